"""Answers whose final save failed (disk full, read-only history): held in memory, saved later.

Why: when the store refuses the last write of an answer, its row stays STREAMING on disk while the
stream is over. Without this, a chat reopened in the same session would draw that answer as still
"Writing…" and the finished text would wait for quit to be saved. Here each such answer keeps its
writer and the outcome it should have been saved with; a timer on the running loop retries the
save every RETRY_SAVE_S (no user action needed once space is freed), `retry()` does it at once
(quit), and `on_saved` tells the UI when a retry succeeded. No Qt: plain asyncio.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_chat.domain import EndReason, FinishReason, Message, MessageStatus, Problem, Usage
from desktop_chat.store import StoreError

if TYPE_CHECKING:
    from desktop_chat.store import AnswerWriter

log = logging.getLogger(__name__)

RETRY_SAVE_S = 0.5


@dataclass(frozen=True, slots=True)
class AnswerOutcome:
    """How an answer ended, as the writer's `finish` saves it."""

    status: MessageStatus
    end_reason: EndReason
    problem: Problem | None = None
    error: str | None = None  # the gateway's own words only
    usage: Usage | None = None
    finish_reason: FinishReason | None = None
    latency_ms: int | None = None

    def save(self, writer: AnswerWriter) -> Message:
        """Write the rest of the text and this outcome (raises StoreError when the store refuses)."""
        return writer.finish(
            status=self.status, end_reason=self.end_reason, problem=self.problem, error=self.error,
            usage=self.usage, finish_reason=self.finish_reason, latency_ms=self.latency_ms,
        )  # fmt: skip

    def applied_to(self, answer: Message, text: str, reasoning: str) -> Message:
        """`answer` as it would read once saved with this outcome (for an answer held in memory)."""
        return dataclasses.replace(
            answer, content=text, reasoning=reasoning, status=self.status, end_reason=self.end_reason,
            problem=self.problem, error=self.error, usage=self.usage, finish_reason=self.finish_reason,
            latency_ms=self.latency_ms,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class UnsavedAnswer:
    """An answer that ended but is not saved: `message` as it would be saved, `error` why it isn't."""

    message: Message
    error: StoreError

    @property
    def conversation_id(self) -> int:
        return self.message.conversation_id


@dataclass(frozen=True, slots=True)
class _Pending:
    writer: AnswerWriter
    outcome: AnswerOutcome
    answer: UnsavedAnswer


class UnsavedAnswers:
    """The answers waiting for the store; see the module docstring."""

    def __init__(self, *, announce: Callable[[Message], None] | None = None) -> None:
        self._pending: dict[int, _Pending] = {}
        self._handle: asyncio.TimerHandle | None = None
        self._announce = announce  # the owning service's change hook, told of each late save
        self.on_saved: Callable[[Message], None] | None = None  # called after a late save succeeded

    def __len__(self) -> int:
        return len(self._pending)

    def get(self, message_id: int) -> UnsavedAnswer | None:
        pending = self._pending.get(message_id)
        return None if pending is None else pending.answer

    def held(self, conversation_id: int | None = None) -> tuple[UnsavedAnswer, ...]:
        """The answers held in memory (of one chat, or all)."""
        return tuple(
            p.answer for p in self._pending.values()
            if conversation_id is None or p.answer.conversation_id == conversation_id
        )  # fmt: skip

    def add(self, writer: AnswerWriter, outcome: AnswerOutcome, message: Message, error: StoreError) -> None:
        """Hold `writer` until `outcome.save(writer)` succeeds; retries start on the running loop."""
        self._pending[writer.message_id] = _Pending(writer, outcome, UnsavedAnswer(message, error))
        self._schedule()

    def retry(self) -> list[Message]:
        """Try every held save now; returns the answers saved (and reports each to `on_saved`)."""
        saved: list[Message] = []
        for mid, pending in list(self._pending.items()):
            try:
                message = pending.outcome.save(pending.writer)
            except StoreError:
                continue  # still no space: the next tick tries again
            except LookupError:  # the answer (or its chat) was deleted meanwhile: nothing to save
                self._pending.pop(mid, None)
                continue
            self._pending.pop(mid, None)
            log.info("answer %s saved after an earlier failure", mid)
            saved.append(message)
        for message in saved:
            if self._announce is not None:
                self._announce(message)
            if self.on_saved is not None:
                self.on_saved(message)
        return saved

    def stop(self) -> None:
        """No more timed retries (quitting); what is still held is saved by the store's close()."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _schedule(self) -> None:
        if self._handle is not None or not self._pending:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (a synchronous caller): retry() at quit still saves it
            return
        self._handle = loop.call_later(RETRY_SAVE_S, self._tick)

    def _tick(self) -> None:
        self._handle = None
        try:
            self.retry()
        finally:
            self._schedule()
