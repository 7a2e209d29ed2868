"""The shell: wires the session (history, key, gateway) and the controller to the window's panels.

Why a module of its own: MainWindow is the shape; this is the behaviour — which chat is on screen,
what a click does, what streaming answers do to the chat view, the list and the status bar, which
banner a failure gets, and the start-up sequence after the first paint (key → welcome or chat →
models). Several answers may stream at once; only the one of the chat on screen is drawn, the
others keep saving (the store) and show a small indicator in the list.

Mixed in: streaming answers and banners (ui/shell_stream.py), the chat on screen and what the list
and the sidebar ask for (ui/shell_chats.py), test hooks (ui/shell_e2e.py). Dialogs (settings,
welcome, files) live in ui/shell_dialogs.py, opened with `open()` and signals, never `exec()`
inside a coroutine.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop_chat.api import GatewayError
from desktop_chat.domain import Message
from desktop_chat.ui.chat.banners import NO_KEY_TEXT, banner_for_missing_key, banner_for_world_error
from desktop_chat.ui.chat.entry import MessageEntry
from desktop_chat.ui.controller import ChatController
from desktop_chat.ui.shell_chats import ChatActions
from desktop_chat.ui.shell_e2e import E2EHooks
from desktop_chat.ui.shell_stream import (
    SILENCE_AFTER_MS,
    LiveAnswer,
    StreamingEvents,
    as_unsaved,
    with_live_text,
)
from desktop_chat.ui.window.status_bar import Connection

if TYPE_CHECKING:
    from desktop_chat.paths import AppPaths
    from desktop_chat.services.session import Session
    from desktop_chat.store import HistoryStore

log = logging.getLogger(__name__)

NEW_CHAT_DRAFT_SAVE_MS = 1000  # after the composer's own debounce: settings.json is rewritten whole


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


class Shell(QObject, StreamingEvents, ChatActions, E2EHooks):
    """Owns the window and reacts to everything in it; see the module docstring."""

    quitRequested = Signal(int)

    def __init__(self, session: Session, *, settings_warning: str | None = None) -> None:
        super().__init__()
        from desktop_chat.ui.chat.view import ChatView
        from desktop_chat.ui.conversations.panel import ConversationListPanel
        from desktop_chat.ui.window.main_window import MainWindow
        from desktop_chat.ui.sidebar.panel import ParameterSidebar

        self.session = session
        self.store = session.store
        self.exit_code = 0
        self.current_id: int | None = None
        self._new_chat_settings: Any = None  # sidebar settings of a chat not saved yet
        self._new_chat_draft = session.settings.new_chat_draft  # kept in settings.json across restarts
        self._live: dict[int, LiveAnswer] = {}
        # message id → GatewayError.details of answers that failed in this session (never saved)
        self._failure_details: dict[int, str] = {}
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
        self._awaiting: dict[int, float] = {}
        self._silence_shown: set[int] = set()
        self.silence_after_ms = SILENCE_AFTER_MS
        self._silence_timer = QTimer(self)
        self._silence_timer.timeout.connect(self._check_silence)
        self._draft_setting_timer = QTimer(self)  # the new chat's draft → settings.json, debounced
        self._draft_setting_timer.setSingleShot(True)
        self._draft_setting_timer.setInterval(NEW_CHAT_DRAFT_SAVE_MS)
        self._draft_setting_timer.timeout.connect(self._store_new_chat_draft)
        session.chat.unsaved.on_saved = self._on_saved_later

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
        w.focus_composer_action.triggered.connect(self.composer.focus_input)
        w.next_chat_action.triggered.connect(lambda: self._select_adjacent(1))
        w.prev_chat_action.triggered.connect(lambda: self._select_adjacent(-1))
        w.stop_action.triggered.connect(self.stop_current)
        w.escape_shortcut.activated.connect(self.stop_current)
        w.escape_shortcut.setEnabled(False)
        w.copy_chat_action.triggered.connect(self._copy_chat)
        w.rename_action.triggered.connect(self._rename_current)

        self.composer.sendRequested.connect(self.send)
        self.composer.stopRequested.connect(self.stop_current)
        self.composer.draftChanged.connect(self._save_draft)

        lst.conversationSelected.connect(self.open_conversation)
        lst.newChatRequested.connect(self.new_chat)
        lst.renameRequested.connect(self._rename)
        lst.pinRequested.connect(lambda cid, on: self._store_call(self.store.set_pinned, cid, on))
        lst.archiveRequested.connect(lambda cid, on: self._store_call(self.store.set_archived, cid, on))
        lst.deleteRequested.connect(self._delete_conversation)
        lst.undoDeleteRequested.connect(self._undo_delete)
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

        self.session.chat.begin_shutdown()  # answers cut off now were not stopped by the person

        current = asyncio.current_task()
        others = [t for t in self._tasks if t is not current and not t.done()]
        for task in others:
            task.cancel()
        if others:
            await asyncio.wait(others, timeout=5)

        self.composer.flush_draft()
        self._draft_setting_timer.stop()
        self.session.update_settings(
            replace(self.session.settings, window_geometry=self.window.geometry_b64(),
                    sidebar_visible=self.window.sidebar_wanted(), new_chat_draft=self._new_chat_draft)
        )
        self.dialogs.close()
        self._silence_timer.stop()
        self.controller.stop_all()
        await self.controller.wait_all()
        self.save_streaming_answers()  # any task that could not finish in time
        await self.session.aclose()
        self.store.close()
        if shiboken6.isValid(self.window):
            self.window.allow_close()
            self.window.close()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()

    def _store_new_chat_draft(self) -> None:
        """Keep the unsaved new chat's draft in settings.json (it has no row in the history)."""
        from dataclasses import replace

        self._draft_setting_timer.stop()
        if self._shut_down or self.session.settings.new_chat_draft == self._new_chat_draft:
            return
        self.session.update_settings(replace(self.session.settings, new_chat_draft=self._new_chat_draft))

    def save_streaming_answers(self) -> int:
        """Synchronously save every answer still streaming as INTERRUPTED (quit, aboutToQuit).

        HistoryStore.close() does the same for its writers; this also works before the close."""
        return self.session.chat.interrupt_all()

    def _apply_settings_to_window(self) -> None:
        settings = self.session.settings
        self.window.restore_geometry_b64(settings.window_geometry)
        self.window.set_sidebar_visible(settings.sidebar_visible)
        self.window.set_theme_checked(settings.theme)

    # --- models ----------------------------------------------------------------------------------
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
        if not self._require_gateway():
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
            self._new_chat_draft = ""  # it is being sent: the next new chat starts empty
            self._store_new_chat_draft()
            self.conversation_list.set_current(conversation.id)
        self.chat_view.clear_banner()
        if self.controller.send(self.current_id, text):
            self.composer.set_text("")

    def stop_current(self) -> None:
        if self.current_id is not None:
            self.controller.stop(self.current_id)

    def _run_on_current(self, action: Any, *args: Any) -> None:
        if self.current_id is None or not self._require_gateway():
            return
        self.chat_view.clear_banner()
        self._stop_countdown()
        action(self.current_id, *args)

    def _on_refused(self, cid: int, reason: str) -> None:
        if cid != self.current_id:
            return
        if reason == NO_KEY_TEXT:
            self._banner(banner_for_missing_key())
        else:
            self.status.showMessage(reason, 5000)

    # --- view helpers ----------------------------------------------------------------------------
    def _show_messages(self, messages: list[Message]) -> None:
        """Draw a branch; an answer still streaming shows the live text (the store lags ≤0.5 s)."""
        live = self._live.get(self.current_id) if self.current_id is not None else None
        if live is not None:
            messages = [
                with_live_text(m, live) if m.id == live.message_id else m for m in messages
            ]
        unsaved = self.session.chat.unsaved
        if len(unsaved):  # ended but not saved (disk full): the text and why, never "Writing…"
            messages = [as_unsaved(m, unsaved.get(m.id)) for m in messages]
        self.chat_view.set_conversation(self.current_id, [self._entry(m) for m in messages])

    def _entry(self, message: Message) -> MessageEntry:
        """A message with its place among its siblings (for ‹ 2/3 ›)."""
        details = self._failure_details.get(message.id, "")
        ids = tuple(s.id for s in self.store.siblings(message.id))
        if message.id not in ids or len(ids) < 2:
            return MessageEntry(message, failure_details=details)
        return MessageEntry(message, ids.index(message.id) + 1, len(ids), ids, failure_details=details)

    def _title_of(self, cid: int) -> str:
        conversation = self.store.get_conversation(cid)
        return (conversation.title if conversation else "") or "New chat"

    def _update_usage(self) -> None:
        if self.current_id is None:
            self.status.set_conversation_usage(None)
            return
        usage = self.store.conversation_usage(self.current_id)
        self.status.set_conversation_usage(usage.known_total or None)  # no "0 tokens" when unknown

    def _copy_chat(self) -> None:
        if self.current_id is not None:
            QApplication.clipboard().setText(self.store.export_markdown(self.current_id))
            self.status.showMessage("The whole chat was copied as text.", 3000)
