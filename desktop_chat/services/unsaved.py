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
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_chat.domain import Message
from desktop_chat.store import StoreError

if TYPE_CHECKING:
    from desktop_chat.store import AnswerWriter

log = logging.getLogger(__name__)

RETRY_SAVE_S = 0.5


@dataclass(frozen=True, slots=True)
class UnsavedAnswer:
    """An answer that ended but is not saved: `message` as it would be saved, `error` why it isn't."""

    message: Message
    error: StoreError


@dataclass(frozen=True, slots=True)
class _Pending:
    writer: AnswerWriter
    outcome: Mapping[str, Any]
    answer: UnsavedAnswer


class UnsavedAnswers:
    """The answers waiting for the store; see the module docstring."""

    def __init__(self) -> None:
        self._pending: dict[int, _Pending] = {}
        self._handle: asyncio.TimerHandle | None = None
        self.on_saved: Callable[[Message], None] | None = None  # called after a late save succeeded

    def __len__(self) -> int:
        return len(self._pending)

    def get(self, message_id: int) -> UnsavedAnswer | None:
        pending = self._pending.get(message_id)
        return None if pending is None else pending.answer

    def add(
        self, writer: AnswerWriter, outcome: Mapping[str, Any], message: Message, error: StoreError
    ) -> None:
        """Hold `writer` until `writer.finish(**outcome)` succeeds; retries start on the running loop."""
        self._pending[writer.message_id] = _Pending(writer, dict(outcome), UnsavedAnswer(message, error))
        self._schedule()

    def retry(self) -> list[Message]:
        """Try every held save now; returns the answers saved (and reports each to `on_saved`)."""
        saved: list[Message] = []
        for mid, pending in list(self._pending.items()):
            try:
                message = pending.writer.finish(**pending.outcome)
            except StoreError:
                continue  # still no space: the next tick tries again
            except LookupError:  # the answer (or its chat) was deleted meanwhile: nothing to save
                self._pending.pop(mid, None)
                continue
            self._pending.pop(mid, None)
            log.info("answer %s saved after an earlier failure", mid)
            saved.append(message)
        if self.on_saved is not None:
            for message in saved:
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
