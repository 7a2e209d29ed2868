"""Runs the chat use cases as asyncio tasks and hands their progress to the UI as Qt signals.

Why: widgets must never wait on the network, and background work must reach widgets only through
signals on the main thread (ARCHITECTURE habit 6). The controller owns one task per conversation
(several answers stream at once, one per chat), keeps a strong reference to each (PITFALLS #5),
cancels on Stop (the service saves the partial answer as INTERRUPTED), and routes any unexpected
exception to `sys.excepthook` so it is shown and logged instead of vanishing.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_chat.services.chat import ChatService, NothingToDo
from desktop_chat.services.events import AnswerDelta, AnswerEnded, AnswerRetrying, ChatEvent, TurnStarted

log = logging.getLogger(__name__)


class ChatController(QObject):
    """One streaming task per conversation; signals carry the services' frozen events."""

    turnStarted = Signal(object)  # TurnStarted
    answerDelta = Signal(object)  # AnswerDelta
    answerRetrying = Signal(object)  # AnswerRetrying
    answerEnded = Signal(object)  # AnswerEnded
    streamingChanged = Signal(int, bool)  # conversation id, streaming?
    refused = Signal(int, str)  # conversation id, plain reason (e.g. "This answer is already complete.")
    worldError = Signal(int, object)  # conversation id, StoreError or KeyStoreError-like (has .message)

    def __init__(self, service: Callable[[], ChatService], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks: dict[int, asyncio.Task[Any]] = {}

    # --- use cases -------------------------------------------------------------------------------
    def send(self, conversation_id: int, text: str) -> bool:
        return self._start(conversation_id, lambda s: s.send(conversation_id, text, self._emit))

    def regenerate(self, conversation_id: int, answer_id: int) -> bool:
        return self._start(conversation_id, lambda s: s.regenerate(conversation_id, answer_id, self._emit))

    def edit_and_resend(self, conversation_id: int, message_id: int, text: str) -> bool:
        return self._start(
            conversation_id, lambda s: s.edit_and_resend(conversation_id, message_id, text, self._emit)
        )

    def continue_answer(self, conversation_id: int, answer_id: int) -> bool:
        return self._start(
            conversation_id, lambda s: s.continue_answer(conversation_id, answer_id, self._emit)
        )

    def retry(self, conversation_id: int, message_id: int) -> bool:
        return self._start(conversation_id, lambda s: s.retry(conversation_id, message_id, self._emit))

    def stop(self, conversation_id: int) -> bool:
        """Cancel the answer streaming in this conversation; True if there was one."""
        task = self._tasks.get(conversation_id)
        if task is None or task.done():
            return False
        task.cancel()
        return True

    def stop_all(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()

    async def wait_all(self, timeout: float = 5.0) -> None:
        """After stop_all(): let every task save its partial answer."""
        tasks = [t for t in self._tasks.values() if not t.done()]
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)

    def is_streaming(self, conversation_id: int) -> bool:
        task = self._tasks.get(conversation_id)
        return task is not None and not task.done()

    def streaming_conversations(self) -> list[int]:
        return [cid for cid, task in self._tasks.items() if not task.done()]

    def task(self, conversation_id: int) -> asyncio.Task[Any] | None:
        return self._tasks.get(conversation_id)

    # --- internals -------------------------------------------------------------------------------
    def _start(
        self, conversation_id: int, make: Callable[[ChatService], Coroutine[Any, Any, Any]]
    ) -> bool:
        if self.is_streaming(conversation_id):
            self.refused.emit(conversation_id, "Wait for the answer to finish, or stop it first.")
            return False
        task = asyncio.ensure_future(make(self._service()))
        self._tasks[conversation_id] = task
        task.add_done_callback(lambda t, cid=conversation_id: self._done(cid, t))
        self.streamingChanged.emit(conversation_id, True)
        return True

    def _emit(self, event: ChatEvent) -> None:
        if isinstance(event, AnswerDelta):
            self.answerDelta.emit(event)
        elif isinstance(event, TurnStarted):
            self.turnStarted.emit(event)
        elif isinstance(event, AnswerRetrying):
            self.answerRetrying.emit(event)
        elif isinstance(event, AnswerEnded):
            self.answerEnded.emit(event)

    def _done(self, conversation_id: int, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(conversation_id) is task:
            del self._tasks[conversation_id]
        self.streamingChanged.emit(conversation_id, False)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        if isinstance(exc, NothingToDo):
            self.refused.emit(conversation_id, exc.message)
        elif _is_world_error(exc):
            log.warning("conversation %s: %s", conversation_id, exc)
            self.worldError.emit(conversation_id, exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)


def _is_world_error(exc: BaseException) -> bool:
    """Store and keyring failures: shown as a banner, not as a crash."""
    from desktop_chat.secrets import KeyStoreError

    try:
        from desktop_chat.store import StoreError
    except ImportError:  # pragma: no cover - the store package is always there in the app
        return isinstance(exc, KeyStoreError)
    return isinstance(exc, StoreError | KeyStoreError)
