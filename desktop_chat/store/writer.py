"""AnswerWriter: saves an answer while it streams, so a crash loses at most the last half second.

Why: the answer's row is committed before the first token (status STREAMING), text arriving in
many small chunks is buffered in memory and appended to the row at most every `flush_interval`
seconds — a cheap clock check on `append`, no timer thread — and on stop, error and quit. Each
flush is one small `content = content || ?` update in a WAL transaction with synchronous=NORMAL,
i.e. no fsync: well under a millisecond, so the UI thread never stalls.

If a flush fails (disk full, read-only file) the unsaved text stays in the buffer and the error
is raised; a later flush or `finish` retries, so nothing the model sent is dropped silently.

A quiet stream (no chunk for a while) only flushes when the caller asks: call `flush_if_due()`
from an idle timer to keep the "at most ~1 s lost" promise during long pauses.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..domain import EndReason, FinishReason, Message, MessageStatus, Problem, Usage
from ..redact import redact
from . import conversations, messages

if TYPE_CHECKING:
    from .connection import Database

FLUSH_INTERVAL_S = 0.5


class AnswerWriter:
    """Appends streamed text to one assistant message; create it with `HistoryStore.start_answer`."""

    def __init__(
        self,
        db: Database,
        *,
        conversation_id: int,
        message_id: int,
        flush_interval: float = FLUSH_INTERVAL_S,
        on_done: Callable[[AnswerWriter], None] | None = None,
    ) -> None:
        self._db = db
        self.conversation_id = conversation_id
        self.message_id = message_id
        self.flush_interval = flush_interval
        self._on_done = on_done
        self._saved_text: list[str] = []
        self._saved_reasoning: list[str] = []
        self._pending_text: list[str] = []
        self._pending_reasoning: list[str] = []
        self._last_flush = time.monotonic()
        self._lock = threading.Lock()
        self._finished: Message | None = None

    def __repr__(self) -> str:
        return f"AnswerWriter(message_id={self.message_id}, chars={len(self.text)}, finished={self.finished})"

    @property
    def text(self) -> str:
        """Everything received so far (saved or still buffered)."""
        return "".join(self._saved_text) + "".join(self._pending_text)

    @property
    def reasoning(self) -> str:
        return "".join(self._saved_reasoning) + "".join(self._pending_reasoning)

    @property
    def finished(self) -> bool:
        return self._finished is not None

    def append(self, text: str = "", reasoning: str = "") -> None:
        """Buffer a chunk; write the buffer if `flush_interval` has passed since the last write."""
        if self._finished is not None:
            raise RuntimeError("append() after finish()")
        if text:
            self._pending_text.append(text)
        if reasoning:
            self._pending_reasoning.append(reasoning)
        if time.monotonic() - self._last_flush >= self.flush_interval:
            self.flush()

    def flush_if_due(self) -> bool:
        """Flush when the interval has passed and something is buffered; True if it wrote."""
        buffered = bool(self._pending_text or self._pending_reasoning)
        if self._finished is None and buffered and time.monotonic() - self._last_flush >= self.flush_interval:
            self.flush()
            return True
        return False

    def flush(self) -> None:
        """Write buffered text now (a no-op when nothing is buffered)."""
        with self._lock:
            if not self._pending_text and not self._pending_reasoning:
                self._last_flush = time.monotonic()
                return
            try:
                with self._db.transaction() as conn:
                    self._write_pending(conn)
            except BaseException:
                # Retry at the next interval, not on every chunk: a locked file would otherwise
                # make each chunk wait the whole busy timeout.
                self._last_flush = time.monotonic()
                raise
            self._commit_pending()
            self._last_flush = time.monotonic()

    def _write_pending(self, conn: sqlite3.Connection) -> None:
        text = "".join(self._pending_text)
        reasoning = "".join(self._pending_reasoning)
        if text or reasoning:
            conn.execute(
                "UPDATE messages SET content = content || ?, reasoning = reasoning || ?, updated_at = ? "
                "WHERE id = ?",
                (text, reasoning, time.time(), self.message_id),
            )

    def _commit_pending(self) -> None:
        text = "".join(self._pending_text)
        reasoning = "".join(self._pending_reasoning)
        self._pending_text.clear()
        self._pending_reasoning.clear()
        if text:
            self._saved_text.append(text)
        if reasoning:
            self._saved_reasoning.append(reasoning)

    def finish(
        self,
        *,
        status: MessageStatus,
        end_reason: EndReason,
        problem: Problem | None = None,
        error: str | None = None,
        usage: Usage | None = None,
        finish_reason: FinishReason | None = None,
        latency_ms: int | None = None,
    ) -> Message:
        """Write the rest of the text and the outcome in one transaction; returns the saved message.

        `end_reason` says why the answer ended; with EndReason.FAILED, `problem` says what went
        wrong (and only then). `error` is the gateway's own technical words, if any. A second
        call returns the first call's message unchanged.
        """
        status = MessageStatus(status)
        end_reason = EndReason(end_reason)
        if status is MessageStatus.STREAMING:
            raise ValueError("finish() needs a final status, not STREAMING")
        if end_reason is EndReason.NONE:
            raise ValueError("finish() needs an end reason, not NONE")
        if (end_reason is EndReason.FAILED) != (problem is not None):
            raise ValueError(f"a problem goes with EndReason.FAILED only (got {end_reason!r}, {problem!r})")
        with self._lock:
            if self._finished is not None:
                return self._finished
            usage = usage or Usage()
            now = time.time()
            with self._db.transaction() as conn:
                self._write_pending(conn)
                conn.execute(
                    "UPDATE messages SET status = ?, finish_reason = ?, prompt_tokens = ?, "
                    "completion_tokens = ?, total_tokens = ?, error = ?, latency_ms = ?, updated_at = ?, "
                    "end_reason = ?, problem = ? WHERE id = ?",
                    (
                        status.value, None if finish_reason is None else FinishReason(finish_reason).value,
                        usage.prompt_tokens, usage.completion_tokens, usage.total_tokens,
                        _redact(error), latency_ms, now, end_reason.value,
                        None if problem is None else Problem(problem).value, self.message_id,
                    ),
                )  # fmt: skip
                conversations.touch(conn, self.conversation_id, now)
                message = messages.get(conn, self.message_id)
            if message is None:
                raise LookupError(f"message {self.message_id} was deleted while streaming")
            self._commit_pending()
            self._finished = message
        if self._on_done is not None:
            self._on_done(self)
        return message

    def __enter__(self) -> AnswerWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        """A writer left unfinished (the block returned or raised) keeps its text as APP_CLOSED."""
        if self._finished is None:
            self.finish(status=MessageStatus.INTERRUPTED, end_reason=EndReason.APP_CLOSED)


def _redact(text: str | None) -> str | None:
    """Error texts may quote a server reply or header: mask anything that looks like a key."""
    return None if text is None else redact(text)
