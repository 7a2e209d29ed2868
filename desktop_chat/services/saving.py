"""Saving one answer while it streams, through store failures and silences.

Why apart from the use cases: a full disk or a read-only file must not cut an answer short, and a
model that pauses must not leave text unsaved for as long as it is silent. `Saving` wraps the
store's AnswerWriter so a failed write only keeps the text in memory (later flushes retry) and a
failed final save hands the answer to `UnsavedAnswers`; `KeepFlushing` offers the buffer to the
store on a timer while the stream is quiet. No Qt: the running asyncio loop's timers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

from desktop_chat.domain import Message
from desktop_chat.services.unsaved import AnswerOutcome, UnsavedAnswers
from desktop_chat.store import StoreError

if TYPE_CHECKING:
    from desktop_chat.store import AnswerWriter

log = logging.getLogger(__name__)

FLUSH_CHECK_S = 0.25  # how often a silent stream's buffered text is offered to the store


class Saving:
    """One answer's writer, kept streaming through store failures (disk full, read-only file).

    A failed write leaves the text in the writer's memory: the stream goes on, later flushes retry,
    and if even the final save fails the answer is reported from memory, held in `UnsavedAnswers`
    (retried every 0.5 s and at quit; the store's `close()` is the last resort) and the StoreError
    reaches the UI, which words it.
    """

    def __init__(self, writer: AnswerWriter, answer: Message, unsaved: UnsavedAnswers) -> None:
        self.writer = writer
        self._answer = answer
        self._held = unsaved
        self._trouble: StoreError | None = None  # the first failed write
        self._unsaved: StoreError | None = None  # the final save failed

    def append(self, text: str, reasoning: str) -> None:
        try:
            self.writer.append(text, reasoning)
        except StoreError as error:  # the chunk is buffered; a later flush or finish retries
            if self._trouble is None:
                self._trouble = error
                log.warning("answer %s: saving failed mid-stream, text kept in memory: %s",
                            self.writer.message_id, error.detail or type(error).__name__)

    def finish(self, outcome: AnswerOutcome) -> Message:
        try:
            return outcome.save(self.writer)
        except StoreError as error:
            self._unsaved = error
            log.warning("answer %s could not be saved; kept in memory: %s",
                        self.writer.message_id, error.detail or type(error).__name__)
            memory = outcome.applied_to(self._answer, self.writer.text, self.writer.reasoning)
            self._held.add(self.writer, outcome, memory, error)  # saved later, on a timer or at quit
            return memory

    def raise_if_unsaved(self) -> None:
        if self._unsaved is not None:
            raise self._unsaved


class KeepFlushing:
    """Offers the writer's buffer to the store every FLUSH_CHECK_S while the stream is silent.

    The writer checks its 0.5 s interval only when text arrives; a model that pauses mid-answer
    would otherwise leave the last chunks unsaved for as long as it is silent.
    """

    def __init__(self, writer: AnswerWriter) -> None:
        self._writer = writer
        self._loop = asyncio.get_running_loop()
        self._handle: asyncio.TimerHandle | None = self._loop.call_later(FLUSH_CHECK_S, self._tick)

    def _tick(self) -> None:
        if self._writer.finished:
            self._handle = None
            return
        with contextlib.suppress(StoreError):  # the text stays buffered; the end reports a lasting failure
            self._writer.flush_if_due()
        self._handle = self._loop.call_later(FLUSH_CHECK_S, self._tick)

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
