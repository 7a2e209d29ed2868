"""The shell: wires the session (history, key, gateway) and the controller to the window's panels.

Why a module of its own: MainWindow is the shape; this is the behaviour — which chat is on screen,
what a click does, what streaming answers do to the chat view, the list and the status bar, which
banner a failure gets, and the start-up sequence after the first paint (key → welcome or chat →
models). Several answers may stream at once; only the one of the chat on screen is drawn, the
others keep saving (the store) and show a small indicator in the list.

Streaming answers and banners are handled in ui/shell_stream.py (mixed in); dialogs (settings,
welcome, files) live in ui/shell_dialogs.py, opened with `open()` and signals, never `exec()` inside
a coroutine.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop_chat.api import GatewayError
from desktop_chat.domain import Conversation, Message
from desktop_chat.ui.banners import (
    BannerAction,
    BannerSpec,
    banner_for_world_error,
)
from desktop_chat.ui.chat.entry import MessageEntry
from desktop_chat.ui.controller import ChatController
from desktop_chat.ui.shell_stream import BRANCH_TAIL, LiveAnswer, StreamingEvents, with_live_text
from desktop_chat.ui.status_bar import Connection, estimate_tokens

if TYPE_CHECKING:
    from desktop_chat.paths import AppPaths
    from desktop_chat.services.session import Session
    from desktop_chat.store import HistoryStore

log = logging.getLogger(__name__)

LIST_LIMIT = 500


def open_store_or_explain(store_cls: Any, paths: AppPaths) -> HistoryStore | None:
    """Open the history; on a world error show the plain message and return None (the app exits)."""
    from desktop_chat.store import StoreError

    try:
        store: HistoryStore = store_cls.open(paths.database, backup_dir=paths.backups_dir)
    except StoreError as error:
        from PySide6.QtWidgets import QMessageBox

        log.error("history could not be opened: %s (%s)", error.message, error.detail)
        box = QMessageBox(QMessageBox.Icon.Critical, "Desktop Chat", error.message)
        box.setInformativeText(error.action)
        box.exec()  # before the event loop runs: no coroutine is involved here
        return None
    recovered = store.recover_interrupted()
    if recovered:
        log.info("marked %d answers interrupted by the last exit", len(recovered))
    return store


class Shell(QObject, StreamingEvents):
    """Owns the window and reacts to everything in it; see the module docstring."""

    quitRequested = Signal(int)

    def __init__(self, session: Session, *, settings_warning: str | None = None) -> None:
        super().__init__()
        from desktop_chat.ui.chat_view import ChatView
        from desktop_chat.ui.conversation_list import ConversationListPanel
        from desktop_chat.ui.main_window import MainWindow
        from desktop_chat.ui.sidebar import ParameterSidebar

        self.session = session
        self.store = session.store
        self.exit_code = 0
        self.current_id: int | None = None
        self._new_chat_settings: Any = None  # sidebar settings of a chat not saved yet
        self._new_chat_draft = ""
        self._live: dict[int, LiveAnswer] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._retry_countdown: tuple[int, GatewayError, float] | None = None
        self._shut_down = False
        self._e2e_dump: Path | None = None
        self._show_archived = False

        self.chat_view = ChatView()
        self.conversation_list = ConversationListPanel()
        self.sidebar = ParameterSidebar()
        self.window = MainWindow(
            conversation_list=self.conversation_list, chat_view=self.chat_view, sidebar=self.sidebar
        )
        self.composer = self.window.composer
        self.status = self.window.status
        self.controller = ChatController(lambda: self.session.chat, self)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick_countdown)

        from desktop_chat.ui.shell_dialogs import ShellDialogs

        self.dialogs = ShellDialogs(self)
        self.dialogs.apply_theme()
        self._connect()
        self._apply_settings_to_window()
        self.refresh_list()
        self.sidebar.set_models(session.models.models, from_cache=False)  # not known yet: no "offline" note
        self.sidebar.set_system_prompt_presets(session.settings.system_prompt_presets)
        self.new_chat()
        if settings_warning:
            self._banner(banner_for_world_error(settings_warning))

    # --- wiring ----------------------------------------------------------------------------------
    def _connect(self) -> None:
        w, c, lst = self.window, self.controller, self.conversation_list
        w.closeRequested.connect(self.request_quit)
        w.quit_action.triggered.connect(self.request_quit)
        w.new_chat_action.triggered.connect(self.new_chat)
        w.find_action.triggered.connect(lst.focus_search)
        w.sidebar_action.toggled.connect(self._on_sidebar_toggled)
        w.focus_composer_action.triggered.connect(self.composer.focus_input)
        w.next_chat_action.triggered.connect(lambda: self._select_adjacent(1))
        w.prev_chat_action.triggered.connect(lambda: self._select_adjacent(-1))
        w.stop_action.triggered.connect(self.stop_current)
        w.escape_shortcut.activated.connect(self.stop_current)
        w.escape_shortcut.setEnabled(False)
        w.copy_chat_action.triggered.connect(self._copy_chat)

        self.composer.sendRequested.connect(self.send)
        self.composer.stopRequested.connect(self.stop_current)
        self.composer.draftChanged.connect(self._save_draft)

        lst.conversationSelected.connect(self.open_conversation)
        lst.newChatRequested.connect(self.new_chat)
        lst.renameRequested.connect(self._rename)
        lst.pinRequested.connect(lambda cid, on: self._store_call(self.store.set_pinned, cid, on))
        lst.archiveRequested.connect(lambda cid, on: self._store_call(self.store.set_archived, cid, on))
        lst.deleteRequested.connect(self._delete_conversation)
        lst.undoDeleteRequested.connect(lambda cid: self._store_call(self.store.restore_conversation, cid))
        lst.searchQueryChanged.connect(self._search)
        lst.searchResultActivated.connect(self._open_search_hit)
        lst.showArchivedToggled.connect(self._on_show_archived)

        self.sidebar.settingsChanged.connect(self._on_chat_settings)
        self.sidebar.refreshModelsRequested.connect(lambda: self.spawn(self.refresh_models()))
        self.sidebar.makeDefaultRequested.connect(self._make_default)
        self.sidebar.savePresetRequested.connect(self._save_preset)

        c.turnStarted.connect(self._on_turn_started)
        c.answerDelta.connect(self._on_delta)
        c.answerRetrying.connect(self._on_retrying)
        c.answerEnded.connect(self._on_ended)
        c.streamingChanged.connect(self._on_streaming_changed)
        c.refused.connect(self._on_refused)
        c.worldError.connect(lambda cid, exc: self._banner_for(cid, banner_for_world_error(exc.message)))

        self._connect_chat_view()

    def _connect_chat_view(self) -> None:
        v = self.chat_view
        v.regenerateRequested.connect(lambda mid: self._run_on_current(self.controller.regenerate, mid))
        v.continueRequested.connect(lambda mid: self._run_on_current(self.controller.continue_answer, mid))
        v.retryRequested.connect(lambda mid: self._run_on_current(self.controller.retry, mid))
        v.editResendRequested.connect(
            lambda mid, text: self._run_on_current(self.controller.edit_and_resend, mid, text)
        )
        v.deleteRequested.connect(self._delete_message)
        v.siblingRequested.connect(self._show_sibling)
        v.bannerActionTriggered.connect(self._on_banner_action)

    # --- tasks -----------------------------------------------------------------------------------
    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run a coroutine on the loop, keeping a strong reference; errors reach the excepthook."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            import sys

            exc = task.exception()
            assert exc is not None
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _store_call(self, fn: Any, *args: Any) -> Any:
        """A store write from a click: world errors become a banner, the list is refreshed."""
        from desktop_chat.store import StoreError

        try:
            result = fn(*args)
        except StoreError as error:
            self._banner(banner_for_world_error(error.message, error.detail))
            return None
        self.refresh_list()
        return result

    # --- window life -----------------------------------------------------------------------------
    def show(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()  # keyboard focus in the composer, shortcuts live
        self.composer.focus_input()

    def start(self) -> None:
        """After the first paint: load the key, then the welcome dialog or the models."""
        QTimer.singleShot(0, lambda: self.spawn(self.dialogs.startup()))

    def welcome_open(self) -> bool:
        return self.dialogs.welcome is not None

    def bring_to_front(self) -> None:
        w = self.window
        if w.isMinimized():
            w.showNormal()
        w.show()
        w.raise_()
        w.activateWindow()

    def request_quit(self) -> None:
        if not self._shut_down:
            self.spawn(self._quit())

    async def _quit(self) -> None:
        await self.shutdown()
        self.quitRequested.emit(self.exit_code)

    async def shutdown(self) -> None:
        """Save the draft, the window's place and every streaming answer; close the history."""
        if self._shut_down:
            return
        self._shut_down = True
        from dataclasses import replace

        current = asyncio.current_task()
        others = [t for t in self._tasks if t is not current and not t.done()]
        for task in others:
            task.cancel()
        if others:
            await asyncio.wait(others, timeout=5)

        self.composer.flush_draft()
        self.session.update_settings(
            replace(self.session.settings, window_geometry=self.window.geometry_b64(),
                    sidebar_visible=self.sidebar.isVisibleTo(self.window))
        )
        self.controller.stop_all()
        await self.controller.wait_all()
        await self.session.aclose()
        self.store.close()
        if shiboken6.isValid(self.window):
            self.window.allow_close()
            self.window.close()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()

    def _apply_settings_to_window(self) -> None:
        settings = self.session.settings
        self.window.restore_geometry_b64(settings.window_geometry)
        self.window.set_sidebar_visible(settings.sidebar_visible)
        self.window.set_theme_checked(settings.theme)

    def _on_sidebar_toggled(self, visible: bool) -> None:
        self.window.set_sidebar_visible(visible)

    # --- conversations ---------------------------------------------------------------------------
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
        self._new_chat_draft = ""
        settings = self._default_chat_settings()
        self._new_chat_settings = settings
        self.sidebar.set_settings(settings)
        self._show_messages([])
        self.composer.set_text("")
        self.composer.set_streaming(False)
        self.window.escape_shortcut.setEnabled(False)
        self.conversation_list.set_current(None)
        self.window.set_chat_title(None)
        self.status.set_conversation_usage(None)
        self.status.clear_answer()
        self.composer.focus_input()

    def open_conversation(self, cid: int) -> None:
        if cid == self.current_id:
            return
        conversation = self.store.get_conversation(cid)
        if conversation is None:
            self.refresh_list()
            return
        self._leave_current()
        self.current_id = cid
        self._show_conversation(conversation)

    def _show_conversation(self, conversation: Conversation) -> None:
        from desktop_chat.ui.sidebar import ChatSettings

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
        self.composer.focus_input()

    def _leave_current(self) -> None:
        self.composer.flush_draft()
        self._stop_countdown()
        self.chat_view.clear_banner()

    def _select_adjacent(self, step: int) -> None:
        cid = self.conversation_list.select_adjacent(step)
        if cid is not None:
            self.open_conversation(cid)

    def _rename(self, cid: int, title: str) -> None:
        self._store_call(self.store.rename_conversation, cid, title)
        if cid == self.current_id:
            self.window.set_chat_title(title)

    def _delete_conversation(self, cid: int) -> None:
        self.controller.stop(cid)
        self._store_call(self.store.trash_conversation, cid)
        if cid == self.current_id:
            self.current_id = None
            self.new_chat()

    def _save_draft(self, text: str) -> None:
        if self.current_id is None:
            self._new_chat_draft = text
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
        self.conversation_list.set_search_results(query, hits)

    def _open_search_hit(self, cid: int, mid: int) -> None:
        if mid and not self.controller.is_streaming(cid):
            self._store_call_quiet(self.store.select_branch, cid, mid)
        self.current_id = None if cid != self.current_id else self.current_id
        self.open_conversation(cid)
        if mid:
            self.chat_view.scroll_to_message(mid)

    def _delete_message(self, mid: int) -> None:
        if self.current_id is None or self.controller.is_streaming(self.current_id):
            self.status.showMessage("Wait for the answer to finish, or stop it first.", 4000)
            return
        self._store_call_quiet(self.store.delete_message, mid)
        self._show_messages(self.store.branch_tail(self.current_id, BRANCH_TAIL))
        self._update_usage()

    def _show_sibling(self, mid: int) -> None:
        if self.current_id is None or self.controller.is_streaming(self.current_id):
            return
        self._store_call_quiet(self.store.select_branch, self.current_id, mid)
        self._show_messages(self.store.branch_tail(self.current_id, BRANCH_TAIL))

    # --- chat settings (sidebar) -----------------------------------------------------------------
    def _default_chat_settings(self) -> Any:
        from desktop_chat.ui.sidebar import ChatSettings

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

    async def refresh_models(self) -> None:
        self.status.set_connection(Connection.CHECKING)
        choice = await self.session.refresh_models()
        self.sidebar.set_models(choice.models, from_cache=choice.from_cache, note=choice.note)
        if choice.error is None:
            self.status.set_connection(Connection.DEMO if self.session.demo else Connection.CONNECTED)
        else:
            self._connection_from_error(choice.error)

    def _connection_from_error(self, error: GatewayError) -> None:
        from desktop_chat.api import ConnectionFailed, GatewayTimeout

        if isinstance(error, ConnectionFailed | GatewayTimeout):
            self.status.set_connection(Connection.OFFLINE, error.message)
        else:
            self.status.set_connection(Connection.CONNECTED, error.message)

    # --- sending ---------------------------------------------------------------------------------
    def send(self, text: str) -> None:
        if not self.session.has_gateway():
            self._banner(BannerSpec("Add your API key to start chatting, or try the offline demo.",
                                    BannerAction.CHANGE_KEY, "Open settings", kind="info"))
            return
        if self.current_id is None:
            s = self._new_chat_settings or self._default_chat_settings()
            conversation = self._store_call(
                lambda: self.store.create_conversation(model=s.model, params=s.params,
                                                       system_prompt=s.system_prompt)
            )
            if conversation is None:
                return
            self.current_id = conversation.id
            self.conversation_list.set_current(conversation.id)
        self.chat_view.clear_banner()
        if self.controller.send(self.current_id, text):
            self.composer.set_text("")

    def stop_current(self) -> None:
        if self.current_id is not None:
            self.controller.stop(self.current_id)

    def _run_on_current(self, action: Any, *args: Any) -> None:
        if self.current_id is None:
            return
        self.chat_view.clear_banner()
        self._stop_countdown()
        action(self.current_id, *args)

    def _on_refused(self, cid: int, reason: str) -> None:
        if cid == self.current_id:
            self.status.showMessage(reason, 5000)

    # --- view helpers ----------------------------------------------------------------------------
    def _show_messages(self, messages: list[Message]) -> None:
        """Draw a branch; an answer still streaming shows the live text (the store lags ≤0.5 s)."""
        live = self._live.get(self.current_id) if self.current_id is not None else None
        if live is not None:
            messages = [
                with_live_text(m, live) if m.id == live.message_id else m for m in messages
            ]
        self.chat_view.set_conversation(self.current_id, [self._entry(m) for m in messages])

    def _entry(self, message: Message) -> MessageEntry:
        """A message with its place among its siblings (for ‹ 2/3 ›)."""
        ids = tuple(s.id for s in self.store.siblings(message.id))
        if message.id not in ids or len(ids) < 2:
            return MessageEntry(message)
        return MessageEntry(message, ids.index(message.id) + 1, len(ids), ids)

    def _title_of(self, cid: int) -> str:
        conversation = self.store.get_conversation(cid)
        return (conversation.title if conversation else "") or "New chat"

    def _update_usage(self) -> None:
        if self.current_id is None:
            self.status.set_conversation_usage(None)
            return
        usage = self.store.conversation_usage(self.current_id)
        self.status.set_conversation_usage(usage.known_total or 0)

    def _copy_chat(self) -> None:
        if self.current_id is not None:
            QApplication.clipboard().setText(self.store.export_markdown(self.current_id))
            self.status.showMessage("The whole chat was copied as text.", 3000)

    # --- test hook -------------------------------------------------------------------------------
    def _visible_chat_text(self) -> str:
        """What the chat view shows right now (its visible text widgets), for the e2e test."""
        self.chat_view.flush_pending_updates()
        return "\n".join(_visible_texts(self.chat_view))

    def enable_e2e_dump(self, path: str) -> None:
        self._e2e_dump = Path(path)

    def _write_e2e_dump(self, cid: int) -> None:
        assert self._e2e_dump is not None
        data = {
            "conversation_id": cid,
            "current_id": self.current_id,
            "window_title": self.window.windowTitle(),
            "status": [
                self.status.connection_label.text(), self.status.answer_text(), self.status.usage_text()
            ],
            "chat_text": self._visible_chat_text(),
            "messages": [
                {"role": m.role.value, "content": m.content, "status": m.status.value}
                for m in self.store.branch(cid)
            ],
        }
        tmp = self._e2e_dump.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        tmp.replace(self._e2e_dump)


def _visible_texts(root: QWidget) -> list[str]:
    from PySide6.QtWidgets import QLabel, QTextEdit

    texts = [w.toPlainText() for w in root.findChildren(QTextEdit) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.text()]
    return texts
