"""The status bar's words about the chat on screen: the answer's tokens while it streams, the chat's total.

Why apart: the count follows the answer of the chat on screen only — "≈120 tokens" estimated while
it streams, the gateway's own count once it ended, nothing when nothing arrived — and the chat's
total tokens when a chat is opened or an answer ends. The live text comes from the chat service.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop_chat.domain import Price
from desktop_chat.services import (
    AnswerDelta,
    AnswerEnded,
    Change,
    ChangeKind,
    ChatService,
    ConversationsService,
    TurnStarted,
)
from desktop_chat.ui.chat.streaming import Streaming
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.window.status_bar import StatusBar, estimate_tokens


class AnswerStatus(QObject):
    def __init__(self, *, status: StatusBar, current: CurrentChat, streaming: Streaming,
                 chat: Callable[[], ChatService], conversations: ConversationsService,
                 price_for: Callable[[str], Price | None] = lambda _model: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._price_for = price_for
        self._status = status
        self._current = current
        self._chat = chat
        self._conversations = conversations
        self._chars: dict[int, int] = {}  # conversation id → characters received of its answer
        streaming.turnStarted.connect(self._on_turn_started)
        streaming.answerDelta.connect(self._on_delta)
        streaming.answerEnded.connect(self._on_ended)
        current.changed.connect(self._on_current_changed)
        # a summary written or removed changes the chat's total too (its tokens count)
        self._unsubscribe = conversations.changes.subscribe(self._on_change)

    def close(self) -> None:
        self._unsubscribe()

    def _on_change(self, change: Change) -> None:
        cid = change.conversation_id
        if (change.kind is ChangeKind.MESSAGES and cid is not None and self._current.is_current(cid)
                and not self._chat().is_streaming(cid)):
            self.show_usage()

    def _on_turn_started(self, event: TurnStarted) -> None:
        self._chars[event.conversation_id] = 0
        if self._current.is_current(event.conversation_id):
            self._status.set_answer_progress(0, estimated=True, streaming=True)

    def _on_delta(self, event: AnswerDelta) -> None:
        cid = event.conversation_id
        chars = self._chars.get(cid, 0) + len(event.text)
        self._chars[cid] = chars
        if self._current.is_current(cid):
            self._status.set_answer_progress(max(1, round(chars / 4)), estimated=True, streaming=True)

    def _on_ended(self, event: AnswerEnded) -> None:
        self._chars.pop(event.conversation_id, None)
        if not self._current.is_current(event.conversation_id):
            return
        self.show_usage()
        message, status = event.message, self._status
        if message is not None and message.usage is not None and message.usage.completion_tokens:
            status.set_answer_progress(message.usage.completion_tokens, estimated=False, streaming=False)
        elif message is not None and message.content:
            status.set_answer_progress(estimate_tokens(message.content), estimated=True, streaming=False)
        else:  # nothing arrived (failed, stopped at once, not sent): no "≈0 tokens", no "Waiting…"
            self._status.clear_answer()

    def _on_current_changed(self, cid: int | None) -> None:
        self.show_usage()
        live = self._chat().live_answer(cid) if cid is not None else None
        if live is not None:
            self._status.set_answer_progress(estimate_tokens(live.text), estimated=True, streaming=True)
        else:
            self._status.clear_answer()

    def show_usage(self) -> None:
        cid = self._current.id
        if cid is None:
            self._status.set_conversation_usage(None)
            return
        usage = self._conversations.usage_and_cost(cid, self._price_for)
        self._status.set_conversation_usage(usage.tokens, usage.cost)  # no "0 tokens" when unknown
