"""Which chat is on screen, and what the list and the sidebar ask for: rename, delete, search, presets.

Why apart from ui/shell.py: each is a few lines of glue between a passive panel's signal and the
history store or the settings, and together they would push the shell past a readable size.
`ChatActions` is mixed into `Shell` and uses its store, session and widgets. `merge_search_hits`
keeps one result per chat when its title and one of its messages both match.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop_chat.ui.chat.banners import banner_for_world_error
from desktop_chat.ui.shell_stream import BRANCH_TAIL
from desktop_chat.ui.window.status_bar import estimate_tokens

if TYPE_CHECKING:
    from desktop_chat.domain import Conversation
    from desktop_chat.store import SearchHit

LIST_LIMIT = 500

log = logging.getLogger(__name__)


def merge_search_hits(hits: Sequence[SearchHit]) -> list[SearchHit]:
    """Drop a chat's title hit when one of its messages matched too (the message is more precise).

    Order is kept (the store ranks them); several message hits of one chat all stay.
    """
    with_message = {h.conversation_id for h in hits if h.message_id}
    return [h for h in hits if h.message_id or h.conversation_id not in with_message]


class ChatActions:
    """Slots for the list's and the sidebar's signals; mixed into Shell."""

    # --- which chat is on screen -----------------------------------------------------------------
    def refresh_list(self) -> None:
        try:
            conversations = self.store.list_conversations(limit=LIST_LIMIT, archived=self._show_archived)
        except Exception:
            log.exception("listing conversations failed")
            return
        self.conversation_list.set_conversations(conversations)
        self.conversation_list.set_current(self.current_id)
        for cid in self.controller.streaming_conversations():
            self.conversation_list.set_streaming(cid, True)

    def _on_show_archived(self, show: bool) -> None:
        self._show_archived = show
        self.refresh_list()

    def new_chat(self) -> None:
        """An empty chat, saved only when the first message is sent."""
        self._leave_current()
        self.current_id = None
        settings = self._default_chat_settings()
        self._new_chat_settings = settings
        self.sidebar.set_settings(settings)
        self._show_messages([])
        self.composer.set_text(self._new_chat_draft)  # what was typed here before a look elsewhere
        self.composer.set_streaming(False)
        self.window.escape_shortcut.setEnabled(False)
        self.conversation_list.set_current(None)
        self.window.set_chat_title(None)
        self.status.set_conversation_usage(None)
        self.status.clear_answer()
        self.composer.focus_input()

    def open_conversation(self, cid: int) -> None:
        if cid == self.current_id:
            self._focus_composer()  # Enter on the chat in the list: on to the message box
            return
        conversation = self.store.get_conversation(cid)
        if conversation is None:
            self.refresh_list()
            return
        self._leave_current()
        self.current_id = cid
        self._show_conversation(conversation)

    def _show_conversation(self, conversation: Conversation) -> None:
        from desktop_chat.ui.sidebar.panel import ChatSettings

        cid = conversation.id
        self.sidebar.set_settings(
            ChatSettings(conversation.model or self.session.default_model(), conversation.params,
                         conversation.system_prompt)
        )
        self._show_messages(self.store.branch_tail(cid, BRANCH_TAIL))
        self.composer.set_text(conversation.draft)
        streaming = self.controller.is_streaming(cid)
        self.composer.set_streaming(streaming)
        self.window.escape_shortcut.setEnabled(streaming)
        self.conversation_list.set_current(cid)
        self.window.set_chat_title(conversation.title or "New chat")
        self._update_usage()
        live = self._live.get(cid)
        if live is not None:
            tokens = estimate_tokens("".join(live.text))
            self.status.set_answer_progress(tokens, estimated=True, streaming=True)
        else:
            self.status.clear_answer()
        self._focus_composer()

    def _focus_composer(self) -> None:
        """The message box takes the keyboard — unless arrow keys are walking the chat list."""
        if not self.conversation_list.keyboard_navigation:
            self.composer.focus_input()

    def _leave_current(self) -> None:
        self.composer.flush_draft()
        self._stop_countdown()
        self.chat_view.clear_banner()

    def _select_adjacent(self, step: int) -> None:
        cid = self.conversation_list.select_adjacent(step)
        if cid is not None:
            self.open_conversation(cid)

    # --- what the list asks for --------------------------------------------------------------------
    def _rename_current(self) -> None:
        """F2: edit the current chat's title in the list."""
        if self.current_id is None:
            self.status.showMessage("Send a message first: a new chat gets its title then.", 4000)
            return
        self.conversation_list.start_rename(self.current_id)

    def _rename(self, cid: int, title: str) -> None:
        self._store_call(self.store.rename_conversation, cid, title)
        if cid == self.current_id:
            self.window.set_chat_title(title)

    def _delete_conversation(self, cid: int) -> None:
        self.controller.stop(cid)
        self._store_call(self.store.trash_conversation, cid)
        self._refresh_search()
        if cid == self.current_id:
            self.current_id = None
            self.new_chat()

    def _undo_delete(self, cid: int) -> None:
        self._store_call(self.store.restore_conversation, cid)
        self._refresh_search()

    def _refresh_search(self) -> None:
        """Search results on show must not lead to what was just deleted (or miss what came back)."""
        if self.conversation_list.is_searching():
            self._search(self.conversation_list.search_box.text())

    def _save_draft(self, text: str) -> None:
        if self.current_id is None:
            self._new_chat_draft = text
            self._draft_setting_timer.start()  # to settings.json soon (and at quit)
            return
        self._store_call_quiet(self.store.save_draft, self.current_id, text)

    def _store_call_quiet(self, fn: Any, *args: Any) -> None:
        from desktop_chat.store import StoreError

        try:
            fn(*args)
        except StoreError as error:
            self._banner(banner_for_world_error(error.message, error.detail))

    def _search(self, query: str) -> None:
        if not query.strip():
            self.conversation_list.set_search_results("", [])
            return
        try:
            hits = self.store.search(query)
        except Exception:
            log.exception("search failed")
            hits = []
        self.conversation_list.set_search_results(query, merge_search_hits(hits))

    def _open_search_hit(self, cid: int, mid: int) -> None:
        if mid and not self.controller.is_streaming(cid):
            try:
                self._store_call_quiet(self.store.select_branch, cid, mid)
            except LookupError:  # results shown before the message (or its chat) was deleted
                mid = 0
                self.status.showMessage("That message is no longer there.", 4000)
        if cid == self.current_id:  # the hit may lie on another branch of the chat on screen
            self._show_messages(self.store.branch_tail(cid, BRANCH_TAIL))
            self._focus_composer()
        else:  # a normal switch: the draft of the chat left is saved to that chat
            self.open_conversation(cid)
        if mid:
            self.chat_view.scroll_to_message(mid)

    def _delete_message(self, mid: int) -> None:
        if self.current_id is None or self.controller.is_streaming(self.current_id):
            self.status.showMessage("Wait for the answer to finish, or stop it first.", 4000)
            return
        self._store_call_quiet(self.store.delete_message, mid)
        self._refresh_search()
        self._show_messages(self.store.branch_tail(self.current_id, BRANCH_TAIL))
        self._update_usage()

    def _show_sibling(self, mid: int) -> None:
        if self.current_id is None or self.controller.is_streaming(self.current_id):
            return
        self._store_call_quiet(self.store.select_branch, self.current_id, mid)
        self._show_messages(self.store.branch_tail(self.current_id, BRANCH_TAIL))

    # --- chat settings (sidebar) -----------------------------------------------------------------
    def _default_chat_settings(self) -> Any:
        from desktop_chat.ui.sidebar.panel import ChatSettings

        s = self.session.settings
        return ChatSettings(self.session.default_model(), s.default_params, s.default_system_prompt)

    def _on_chat_settings(self, settings: Any) -> None:
        if self.current_id is None:
            self._new_chat_settings = settings
            return
        self._store_call_quiet(
            lambda: self.store.update_settings(
                self.current_id, model=settings.model, params=settings.params,
                system_prompt=settings.system_prompt,
            )
        )

    def _make_default(self, settings: Any) -> None:
        from dataclasses import replace

        self.session.update_settings(
            replace(self.session.settings, default_model=settings.model, default_params=settings.params,
                    default_system_prompt=settings.system_prompt)
        )
        self.status.showMessage("Saved as the default for new chats.", 4000)

    def _save_preset(self, name: str, text: str) -> None:
        from dataclasses import replace

        presets = tuple(p for p in self.session.settings.system_prompt_presets if p[0] != name)
        presets = (*presets, (name, text))
        self.session.update_settings(replace(self.session.settings, system_prompt_presets=presets))
        self.sidebar.set_system_prompt_presets(presets)
