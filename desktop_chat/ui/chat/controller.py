"""The chat on screen: its messages, what its answers do while they stream, and the card buttons.

Why a controller of its own: it is the busiest path of the app (every token passes through
`_on_delta`) and the one with the most rules — only the chat on screen is drawn, other chats keep
streaming and saving in the background (their text lives in the chat service's writers, so a chat
reopened mid-answer shows everything received); an answer that ends updates its own card, not the
whole chat; Regenerate / Continue / Retry / Edit / Delete / ‹ › come from the cards. Everything it
reads comes from the services: the branch with its siblings in one query, the live text of an answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop_chat.domain import BranchMessage, Message, MessageStatus, Price, Role
from desktop_chat.services import (
    AnswerDelta,
    AnswerEnded,
    Change,
    ChangeKind,
    ChatService,
    ConversationsService,
    TurnStarted,
)
from desktop_chat.ui.chat.banners import TOPIC_ANSWER, banner_after_answer
from desktop_chat.ui.chat.entry import MessageEntry
from desktop_chat.ui.chat.streaming import Streaming
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import Notices
from desktop_chat.ui.problems import attempt

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by

FIRST_SCREEN = 60  # messages read and drawn first when a chat opens; the rest right after the paint
REST_STEP = 500  # older messages drawn per turn of the loop after that


class ChatScreen(QObject):
    """Draws the current chat and carries out what its cards ask for."""

    answerSavedLater = Signal(int)  # conversation id: an answer the disk had refused is saved now

    def __init__(
        self,
        *,
        view: ChatView,
        current: CurrentChat,
        conversations: ConversationsService,
        chat: Callable[[], ChatService],
        streaming: Streaming,
        notices: Notices,
        require_gateway: Callable[[], bool],
        say_busy: Callable[[], None],
        price_for: Callable[[str], Price | None] = lambda _model: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._current = current
        self._conversations = conversations
        self._chat = chat
        self._streaming = streaming
        self._notices = notices
        self._require_gateway = require_gateway
        self._say_busy = say_busy
        self._price_for = price_for
        # message id → the technical facts of the gateway error that ended it (this session only)
        self._failure_details: dict[int, str] = {}
        self._rest_for: int | None = None  # the chat whose older messages are still to be drawn

        self._unsubscribe = conversations.changes.subscribe(self._on_change)
        current.changed.connect(self._on_current_changed)
        streaming.turnStarted.connect(self._on_turn_started)
        streaming.answerDelta.connect(self._on_delta)
        streaming.answerEnded.connect(self._on_ended)
        view.regenerateRequested.connect(lambda mid: self._act(streaming.regenerate, mid))
        view.continueRequested.connect(lambda mid: self._act(streaming.continue_answer, mid))
        view.retryRequested.connect(lambda mid: self._act(streaming.retry, mid))
        view.editResendRequested.connect(lambda mid, text: self._act(streaming.edit_and_resend, mid, text))
        view.deleteRequested.connect(self.delete_message)
        view.siblingRequested.connect(self.show_sibling)

    # --- drawing ---------------------------------------------------------------------------------
    def redraw(self) -> None:
        """Draw the current chat's branch from the history, live text included.

        A chat just opened shows its newest messages first (one short query) and gets the older
        ones on the next turn of the loop, after the paint. Later redraws of the same chat (a turn
        started, another branch chosen) read only the newest messages again and keep the rows
        above them that did not change; the whole branch is read only when the change reaches
        further back.
        """
        cid = self._current.id
        if cid is None or self.view.conversation_id() != cid:
            self._rest_for = None  # a pending load of older messages belongs to the chat left
        if cid is None:
            self.view.set_conversation(None, [])
            return
        ok, tail = attempt(self._notices, lambda: self._conversations.branch(cid, last=FIRST_SCREEN))
        if not ok or tail is None:
            return
        entries = [self._entry(b) for b in tail]
        if self.view.conversation_id() == cid and self.view.row_keys():
            merged = self._merge(entries)
            if merged is not None:
                self.view.set_conversation(cid, merged)
                return
            ok, branch = attempt(self._notices, self._conversations.branch, cid)
            if ok and branch is not None:
                self.view.set_conversation(cid, [self._entry(b) for b in branch])
            return
        self.view.set_conversation(cid, entries)
        if len(tail) >= FIRST_SCREEN:  # there may be more above: after the paint
            self._rest_for = cid
            QTimer.singleShot(0, self, self.load_rest)

    def _merge(self, tail: list[MessageEntry]) -> list[MessageEntry] | None:
        """The rows on screen above the tail's first message, then the tail; None if they don't meet."""
        if not tail:
            return []
        shown = self.view.entries()
        first = tail[0].id
        for index, entry in enumerate(shown):
            if entry.id == first:
                return [*shown[:index], *tail]
        if len(tail) < FIRST_SCREEN:  # the whole branch is in the tail
            return tail
        return None

    def load_rest(self, *, all_at_once: bool = False) -> None:
        """The older messages of the chat just opened, a few hundred per turn of the loop.

        Each step reads the messages just above the first one shown (one query) and puts them
        above it; more follow on the next turn, so no step holds the window for long. A search hit
        needs them all before it scrolls: `all_at_once`.
        """
        cid, self._rest_for = self._rest_for, None
        while cid is not None and self._current.is_current(cid) and self.view.conversation_id() == cid:
            keys = self.view.row_keys()
            if not keys:
                return
            first = next((e for e in self.view.entries()[:1]), None)
            above = first.message.parent_id if first is not None else None
            if above is None:
                return  # the first message of the chat is on screen
            ok, older = attempt(self._notices, self._older, cid, above)
            if not ok or not older:
                return
            self.view.prepend_entries([self._entry(b) for b in older])
            if len(older) < REST_STEP:
                return  # that was the rest
            if not all_at_once:
                self._rest_for = cid
                QTimer.singleShot(0, self, self.load_rest)
                return

    def _older(self, cid: int, above: int) -> list[BranchMessage]:
        """The newest REST_STEP messages of the branch ending at `above`, with their siblings."""
        return self._conversations.branch(cid, above, last=REST_STEP)

    def _entry(self, item: BranchMessage) -> MessageEntry:
        message, unsaved = self._with_memory(item.message)
        details = self._failure_details.get(message.id, "")
        cost = self._cost(message)
        ids = item.sibling_ids
        if message.id not in ids or len(ids) < 2:
            return MessageEntry(message, failure_details=details, unsaved_because=unsaved, cost=cost)
        return MessageEntry(message, ids.index(message.id) + 1, len(ids), ids, failure_details=details,
                            unsaved_because=unsaved, cost=cost)

    def _cost(self, message: Message) -> float | None:
        if message.role is not Role.ASSISTANT or message.usage is None or not message.model:
            return None
        price = self._price_for(message.model)
        return None if price is None else price.cost(message.usage)

    def _with_memory(self, message: Message) -> tuple[Message, str]:
        """A streaming row shows the text received so far; an answer the disk refused, its outcome.

        The second value is why an ended answer is not saved yet ("The disk is full…"), or "".
        """
        if message.status is not MessageStatus.STREAMING or message.role is not Role.ASSISTANT:
            return message, ""
        service = self._chat()
        live = service.live_answer(message.conversation_id)
        if live is not None and live.message_id == message.id:
            return dataclasses.replace(message, content=live.text, reasoning=live.reasoning), ""
        unsaved = service.unsaved.get(message.id)
        if unsaved is not None:  # ended but not saved (disk full): the text and why, never "Writing…"
            from desktop_chat.ui.words.store import store_error_text

            held = unsaved.message
            failed = held.status is MessageStatus.FAILED
            status = MessageStatus.FAILED if failed else MessageStatus.INTERRUPTED
            return dataclasses.replace(held, status=status), store_error_text(unsaved.error)[0]
        return message, ""

    def _on_current_changed(self, _cid: int | None) -> None:
        self.redraw()

    # --- streaming -------------------------------------------------------------------------------
    def _on_turn_started(self, event: TurnStarted) -> None:
        if self._current.is_current(event.conversation_id):
            self.redraw()  # the new question and the answer row (and their siblings' ‹ › counts)

    def _on_delta(self, event: AnswerDelta) -> None:
        if self._current.is_current(event.conversation_id):
            self.view.stream_delta(event.message_id, event.text, event.reasoning)

    def _on_ended(self, event: AnswerEnded) -> None:
        message = event.message
        if event.error is not None and message is not None:
            from desktop_chat.ui.words.gateway import error_details

            self._failure_details[message.id] = error_details(event.error)
        if not self._current.is_current(event.conversation_id):
            return
        if message is None:  # nothing was sent: the answer row is gone, the question is the leaf again
            self.view.remove_entry(event.message_id)
        else:
            old = next((e for e in self.view.entries() if e.id == message.id), None)
            if old is None:
                self.redraw()
            else:
                shown, unsaved = self._with_memory(message)
                self.view.update_entry(dataclasses.replace(
                    old, message=shown, failure_details=self._failure_details.get(message.id, ""),
                    unsaved_because=unsaved, cost=self._cost(shown)))
        self._notices.clear(topic=TOPIC_ANSWER)
        notice = banner_after_answer(event.error, answer_saved=message is not None)
        if notice is not None:
            self._notices.show(notice)

    def _on_change(self, change: Change) -> None:
        """An answer whose save had failed is saved now (space was freed): draw the saved row."""
        if change.kind is not ChangeKind.MESSAGES or not self._current.is_current(change.conversation_id):
            return
        if any(e.unsaved_because for e in self.view.entries()):
            self.redraw()
            if not any(e.unsaved_because for e in self.view.entries()):
                self.answerSavedLater.emit(change.conversation_id)

    def close(self) -> None:
        self._unsubscribe()

    # --- what the cards ask for ------------------------------------------------------------------
    def _act(self, action: Callable[..., bool], *args: object) -> None:
        cid = self._current.id
        if cid is None or not self._require_gateway():
            return
        self._notices.clear()
        action(cid, *args)

    def retry_last(self, *, continue_if_possible: bool) -> None:
        """The banner's Retry / Continue: act on the last message of the chat on screen."""
        cid = self._current.id
        if cid is None or not self._require_gateway():
            return
        ok, last = attempt(self._notices, self._conversations.last_message, cid)
        if not ok or last is None:
            return
        self._notices.clear()
        if continue_if_possible and last.role is Role.ASSISTANT:
            self._streaming.continue_answer(cid, last.id)
        else:
            self._streaming.retry(cid, last.id)

    def delete_message(self, mid: int) -> None:
        cid = self._current.id
        if cid is None or self._streaming.is_streaming(cid):
            self._say_busy()
            return
        attempt(self._notices, self._conversations.delete_message, mid)
        self.redraw()

    def show_sibling(self, mid: int) -> None:
        cid = self._current.id
        if cid is None or self._streaming.is_streaming(cid):
            return
        attempt(self._notices, self._conversations.select_branch, cid, mid)
        self.redraw()

    def show_search_hit(self, mid: int, redraw: bool) -> None:
        """Bring message `mid` of the current chat on screen (its branch was just selected)."""
        if redraw:
            self.redraw()
        if self._rest_for is not None:
            self.load_rest(all_at_once=True)  # the hit may lie above the newest messages
        if mid:
            self.view.scroll_to_message(mid)
