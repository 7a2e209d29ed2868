"""The message box's behaviour: sending (a new chat gets its row then), drafts, Stop.

Why a controller of its own: the composer widget only edits text and emits "send" or "stop"; what
sending means — refusing without a gateway, creating the conversation for a new chat with the
settings chosen in the sidebar, clearing the box only once the message is on its way — and where
drafts live (every draft in the history, the unsaved new chat's too) is decided here. The draft of
the chat being left is saved before the next one is shown (`CurrentChat.leaving`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop_chat.domain import ChatSettings
from desktop_chat.services import ConversationsService
from desktop_chat.ui.chat.streaming import Streaming
from desktop_chat.ui.composer.widget import Composer
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import Notices
from desktop_chat.ui.problems import attempt


class ComposerController(QObject):
    def __init__(
        self,
        *,
        composer: Composer,
        current: CurrentChat,
        conversations: ConversationsService,
        streaming: Streaming,
        notices: Notices,
        require_gateway: Callable[[], bool],
        new_chat_settings: Callable[[], ChatSettings],
        may_take_focus: Callable[[], bool],
        set_stop_enabled: Callable[[bool], None],
        files_busy: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        """`files_busy()`: a file is still being read for the draft on screen (sending waits)."""
        super().__init__(parent)
        self._files_busy = files_busy
        self._sent: tuple[int, str] | None = None  # the chat and text of the last send, until it is saved
        self.composer = composer
        self._current = current
        self._conversations = conversations
        self._streaming = streaming
        self._notices = notices
        self._require_gateway = require_gateway
        self._new_chat_settings = new_chat_settings
        self._may_take_focus = may_take_focus
        self._set_stop_enabled = set_stop_enabled
        composer.sendRequested.connect(self.send)
        composer.stopRequested.connect(self.stop)
        composer.draftChanged.connect(self._save_draft)
        current.leaving.connect(lambda _cid: composer.flush_draft())
        current.changed.connect(self._on_current_changed)
        streaming.streamingChanged.connect(self._on_streaming_changed)
        streaming.refused.connect(self._on_refused)
        streaming.turnStarted.connect(lambda _event: self._forget_sent())

    def send(self, text: str) -> None:
        if not self._require_gateway():
            return
        if self._files_busy():
            from desktop_chat.domain import Refusal
            from desktop_chat.ui.words.refusals import refusal_text

            self._notices.say(refusal_text(Refusal.ATTACHMENTS_NOT_READY), 5000)
            return
        cid = self._current.id
        if cid is None:
            ok, conversation = attempt(self._notices, self._conversations.create, self._new_chat_settings())
            if not ok or conversation is None:
                return
            cid = conversation.id
            self._current.adopt(cid)  # the new chat's draft moved to it with create()
        self._notices.clear()
        if self._streaming.send(cid, text):
            self._sent = (cid, text)
            self.composer.set_text("")

    def _on_refused(self, cid: int, _refusal: object) -> None:
        """The message was refused before it was saved: its text goes back into the box."""
        sent, self._sent = self._sent, None
        if sent is not None and sent[0] == cid and self._current.is_current(cid) and not self.composer.text():
            self.composer.set_text(sent[1])
            self._save_draft(sent[1])

    def _forget_sent(self) -> None:
        self._sent = None

    def stop(self) -> None:
        if self._current.id is not None:
            self._streaming.stop(self._current.id)

    def save_now(self) -> None:
        """Quitting: the debounced draft goes to the history now."""
        self.composer.flush_draft()

    def _save_draft(self, text: str) -> None:
        attempt(self._notices, self._conversations.save_draft, self._current.id, text)

    def _on_current_changed(self, cid: int | None) -> None:
        if cid is None:
            ok, draft = attempt(self._notices, self._conversations.new_chat_draft)
        else:
            conversation = self._conversations.get(cid)
            ok, draft = True, (conversation.draft if conversation is not None else "")
        self.composer.set_text(draft or "" if ok else "")
        streaming = self._streaming.is_streaming(cid)
        self.composer.set_streaming(streaming)
        self._set_stop_enabled(streaming)
        self.focus()

    def focus(self) -> None:
        """The message box takes the keyboard — unless arrow keys are walking the chat list."""
        if self._may_take_focus():
            self.composer.focus_input()

    def _on_streaming_changed(self, cid: int, streaming: bool) -> None:
        if self._current.is_current(cid):
            self.composer.set_streaming(streaming)
            self._set_stop_enabled(streaming)
