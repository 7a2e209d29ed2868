"""Runs the chat use cases as tasks and hands their progress to the UI as Qt signals.

Why: widgets must never wait on the network, and background work reaches widgets only through
signals on the main thread. One answer streams per conversation at a time (several chats may
stream at once); the tasks live in the window's one `TaskRunner`, keyed by conversation, so Stop
cancels the right one (the service then saves the partial answer as stopped), and a refusal
(`NothingToDo`) or a world error comes back as a typed signal instead of a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_chat.domain import Refusal
from desktop_chat.services import (
    AnswerDelta,
    AnswerEnded,
    AnswerRetrying,
    ChatService,
    ContextTrimmed,
    NothingToDo,
    ToolFinished,
    ToolRoundsUsedUp,
    ToolRunning,
    TurnStarted,
)
from desktop_chat.ui.tasks import TaskRunner


class Streaming(QObject):
    """Starts, stops and reports answers; signals carry the services' frozen events."""

    turnStarted = Signal(object)  # TurnStarted
    answerDelta = Signal(object)  # AnswerDelta
    answerRetrying = Signal(object)  # AnswerRetrying
    contextTrimmed = Signal(object)  # ContextTrimmed
    answerEnded = Signal(object)  # AnswerEnded
    toolRunning = Signal(object)  # ToolRunning
    toolFinished = Signal(object)  # ToolFinished
    toolRoundsUsedUp = Signal(object)  # ToolRoundsUsedUp
    streamingChanged = Signal(int, bool)  # conversation id, streaming?
    refused = Signal(int, object)  # conversation id, Refusal

    def __init__(self, service: Callable[[], ChatService], tasks: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks

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
        return self._tasks.cancel(_key(conversation_id))

    def is_streaming(self, conversation_id: int | None) -> bool:
        return conversation_id is not None and self._tasks.running(_key(conversation_id))

    def streaming_conversations(self) -> list[int]:
        return [k[1] for k in self._tasks.running_keys() if isinstance(k, tuple) and k[0] == "answer"]

    # --- internals -------------------------------------------------------------------------------
    def _start(self, conversation_id: int, make: Callable[[ChatService], Coroutine[Any, Any, Any]]) -> bool:
        if self.is_streaming(conversation_id):
            self.refused.emit(conversation_id, Refusal.BUSY)
            return False
        self._tasks.spawn(self._guarded(conversation_id, make(self._service())), key=_key(conversation_id),
                          on_done=lambda _t: self.streamingChanged.emit(conversation_id, False))
        self.streamingChanged.emit(conversation_id, True)
        return True

    async def _guarded(self, conversation_id: int, coro: Coroutine[Any, Any, Any]) -> None:
        """A refusal is an answer to the person, not an error: report it and end quietly."""
        try:
            await coro
        except NothingToDo as refusal:
            self.refused.emit(conversation_id, refusal.refusal)

    def _emit(self, event: object) -> None:
        if isinstance(event, AnswerDelta):
            self.answerDelta.emit(event)
        elif isinstance(event, TurnStarted):
            self.turnStarted.emit(event)
        elif isinstance(event, AnswerRetrying):
            self.answerRetrying.emit(event)
        elif isinstance(event, ContextTrimmed):
            self.contextTrimmed.emit(event)
        elif isinstance(event, AnswerEnded):
            self.answerEnded.emit(event)
        elif isinstance(event, ToolRunning):
            self.toolRunning.emit(event)
        elif isinstance(event, ToolFinished):
            self.toolFinished.emit(event)
        elif isinstance(event, ToolRoundsUsedUp):
            self.toolRoundsUsedUp.emit(event)


def _key(conversation_id: int) -> tuple[str, int]:
    return ("answer", conversation_id)
