"""The person's say-so for tool calls: the services' approver, answered by the cards in the chat.

Why a controller of its own: a call waits, inside a running answer, for a click that may come
minutes later, possibly after the person looked at another chat. The chat service awaits
`approve(request)`; this shows the question on the answer's card (again whenever that chat comes
back on screen), says in the status bar when a call waits in a chat that is not on screen, and
resolves the wait with the person's `ToolDecision`. Stop cancels the wait (the service then saves
the call as stopped) and the card forgets the question. Running and finished calls are passed to
the view as the answer's events arrive.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from desktop_chat.domain import ToolDecision
from desktop_chat.services import AnswerEnded, ApprovalRequest, ToolFinished, ToolRunning
from desktop_chat.ui.chat.streaming import Streaming
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import Notices

translate = QCoreApplication.translate


class ToolApprovals(QObject):
    """See the module docstring."""

    def __init__(self, *, view: ChatView, current: CurrentChat, streaming: Streaming, notices: Notices,
                 redraw: Callable[[], None], parent: QObject | None = None) -> None:
        """`redraw()` draws the chat on screen again from the history (a result was saved)."""
        super().__init__(parent)
        self._view = view
        self._redraw = redraw
        self._current = current
        self._notices = notices
        self._waiting: dict[str, tuple[ApprovalRequest, asyncio.Future[ToolDecision]]] = {}
        view.toolDecision.connect(self._decided)
        current.changed.connect(self._show_waiting)
        streaming.toolRunning.connect(self._running)
        streaming.toolFinished.connect(self._finished)
        streaming.answerEnded.connect(self._answer_ended)

    def waiting(self) -> list[ApprovalRequest]:
        """The calls waiting for the person, oldest first."""
        return [request for request, _ in self._waiting.values()]

    async def approve(self, request: ApprovalRequest) -> ToolDecision:
        """Ask the person about `request.call` on its answer's card; wait for the answer."""
        future: asyncio.Future[ToolDecision] = asyncio.get_running_loop().create_future()
        self._waiting[request.call.id] = (request, future)
        if self._current.is_current(request.conversation_id):
            self._view.ask_tool_approval(request.message_id, request.call, request.spec)
        else:
            self._notices.say(translate(
                "ToolApprovals", "A tool is waiting for your go-ahead in another chat."), 8000)
        try:
            return await future
        finally:
            self._waiting.pop(request.call.id, None)

    def _decided(self, call_id: str, decision: object) -> None:
        waiting = self._waiting.get(call_id)
        if waiting is None or waiting[1].done() or not isinstance(decision, ToolDecision):
            return
        waiting[1].set_result(decision)

    def _show_waiting(self, cid: int | None) -> None:
        for request, _future in self._waiting.values():
            if request.conversation_id == cid:
                self._view.ask_tool_approval(request.message_id, request.call, request.spec)

    def _running(self, event: ToolRunning) -> None:
        if self._current.is_current(event.conversation_id):
            elapsed = max(0.0, time.time() - event.started)
            self._view.set_tool_running(event.message_id, event.call_id, time.monotonic() - elapsed)

    def _finished(self, event: ToolFinished) -> None:
        """The result is saved: the card shows it from the stored message, the question is gone."""
        if not self._current.is_current(event.conversation_id):
            return
        self._redraw()
        if not any(r.message_id == event.message_id for r, _ in self._waiting.values()):
            self._view.clear_tool_activity(event.message_id)

    def _answer_ended(self, event: AnswerEnded) -> None:
        if event.stopped:
            self._view.clear_tool_activity(event.message_id)
