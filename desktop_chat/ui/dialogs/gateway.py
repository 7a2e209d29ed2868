"""The gateway and its key: start-up, the welcome dialog, Settings, the offline demo, the model list.

Why a controller of its own: these are the "once in a while" paths — first run, changing the key
or the address, trying the demo — and they decide what the status bar's connection dot says. Every
dialog is opened with `open()` and answers through signals; slow work (the keyring, testing the
gateway, listing models) runs as tasks, never `exec()` inside a coroutine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desktop_chat.services import (
    AppSettings,
    ConnectionFailed,
    GatewayError,
    GatewayTimeout,
    KeyHintKind,
    KeyringUnavailable,
    KeyStoreError,
    ModelChoice,
    Session,
    UiLanguage,
)
from desktop_chat.ui.chat.banners import action_words, banner_for_missing_key
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind, Notices
from desktop_chat.ui.problems import notice_for
from desktop_chat.ui.tasks import TaskRunner
from desktop_chat.ui.window.status_bar import Connection, StatusBar

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by

log = logging.getLogger(__name__)


class GatewayController(QObject):
    def __init__(
        self,
        *,
        session: Session,
        parent_window: QWidget,
        status: StatusBar,
        notices: Notices,
        tasks: TaskRunner,
        show_models: Callable[[ModelChoice], None],
        after_welcome: Callable[[], None],
        apply_theme: Callable[[], None],
        apply_language: Callable[[UiLanguage], object] = lambda _language: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._window = parent_window
        self._status = status
        self._notices = notices
        self._tasks = tasks
        self._show_models = show_models
        self._after_welcome = after_welcome
        self._apply_theme = apply_theme
        self._apply_language = apply_language
        self.keyring_available = True
        self._key_location: str | None = None  # the password store's own name, once it answered
        self.welcome: Any = None
        self.settings_dialog: Any = None

    @property
    def key_location(self) -> str:
        """Where the key is kept, for "Kept in …": the store's name, or words for it until it answered."""
        return self._key_location or translate("Gateway", "your system's password store")

    # --- start-up --------------------------------------------------------------------------------
    async def startup(self) -> None:
        """After the first paint: HTTP client, key, then the welcome dialog or the model list."""
        session = self._session
        session.warm_up()  # imports httpx (100–300 ms) now that the window is on screen
        try:
            self._key_location = await session.key_store().backend_description_async()
        except KeyringUnavailable:
            self.keyring_available = False
        except KeyStoreError as error:
            log.warning("password store: %r", error)
        try:
            await session.load_key()
        except KeyStoreError as error:
            log.warning("key could not be loaded: %r", error)
            if not isinstance(error, KeyringUnavailable):
                notice = notice_for(error)
                if notice is not None:
                    self._notices.show(notice)
        if session.key is None:
            self._status.set_connection(Connection.NO_KEY)
            self.open_welcome()
            return
        await self.refresh_models()

    def require_gateway(self) -> bool:
        """Never send without a key: say so with a "Change key" notice instead."""
        if self._session.has_gateway():
            return True
        self._notices.show(banner_for_missing_key())
        return False

    # --- models and the connection dot -----------------------------------------------------------
    def refresh_models_soon(self) -> None:
        self._tasks.spawn(self.refresh_models())

    async def refresh_models(self) -> None:
        self._status.set_connection(Connection.CHECKING)
        choice = await self._session.refresh_models()
        self._show_models(choice)
        if choice.error is None:
            self.connected()
        else:
            self.connection_failed(choice.error)

    def connected(self) -> None:
        self._status.set_connection(Connection.DEMO if self._session.demo else Connection.CONNECTED)

    def connection_failed(self, error: GatewayError) -> None:
        from desktop_chat.ui.words.gateway import error_text

        if isinstance(error, ConnectionFailed | GatewayTimeout):
            self._status.set_connection(Connection.OFFLINE, error_text(error))
        else:
            self._status.set_connection(Connection.CONNECTED, error_text(error))

    # --- welcome ---------------------------------------------------------------------------------
    def welcome_open(self) -> bool:
        return self.welcome is not None

    def open_welcome(self) -> None:
        from desktop_chat.ui.dialogs.welcome import WelcomeDialog

        if self.welcome is not None:
            self.welcome.raise_()
            return
        dialog = WelcomeDialog(
            self._window,
            default_base_url=self._session.base_url,
            key_location=self.key_location,
            tester=self._session.test_connection,
            keyring_available=self.keyring_available,
            tasks=self._tasks,
        )
        dialog.keyAccepted.connect(
            lambda url, key, session_only: self._tasks.spawn(self.use_key(url, key, session_only))
        )
        dialog.demoRequested.connect(lambda: self._tasks.spawn(self.start_demo()))
        dialog.finished.connect(self._welcome_closed)
        self.welcome = dialog
        dialog.open()

    def _welcome_closed(self, _result: int) -> None:
        self.welcome = None
        if not self._session.has_gateway():
            self._notices.show(Notice(
                translate("Gateway", "Add your API key to start chatting — or try the offline demo."),
                NoticeAction.CHANGE_KEY, translate("Gateway", "Add key"), kind=NoticeKind.INFO, topic="key",
            ))
        self._after_welcome()

    async def use_key(self, base_url: str, key: str, session_only: bool) -> None:
        """Keep the key (keyring, or memory only) and talk to the gateway with it."""
        try:
            await self._session.set_key(base_url, key, session_only=session_only)
        except KeyStoreError as error:
            log.warning("key not saved: %r", error)
            await self._session.set_key(base_url, key, session_only=True)
            from desktop_chat.ui.words.keys import key_error_text

            text, _action = key_error_text(error)
            self._notices.show(Notice(
                translate("Gateway", "{problem} Your key is kept only until you close the app.").format(
                    problem=text),
                NoticeAction.OPEN_SETTINGS, action_words(NoticeAction.OPEN_SETTINGS),
                kind=NoticeKind.WARNING, topic="key",
            ))
        else:
            self._notices.clear()
        await self.refresh_models()

    async def start_demo(self) -> None:
        self._session.start_demo()
        self._status.set_connection(Connection.DEMO)
        self._notices.show(Notice(
            translate("Gateway", "This is the offline demo: answers come from a built-in simulator, "
                      "not a real model. "
                "Add your API key in Settings to chat for real."),
            NoticeAction.CHANGE_KEY, translate("Gateway", "Add my key"), kind=NoticeKind.INFO, topic="key",
        ))
        await self.refresh_models()

    # --- settings --------------------------------------------------------------------------------
    def open_settings(self, *, focus_key: bool = False) -> None:
        from desktop_chat.services import STANDARD_FACTS
        from desktop_chat.ui.dialogs.settings import SettingsDialog
        from desktop_chat.ui.dialogs.tools_setup import save_tools, tools_setup
        from desktop_chat.ui.words.settings_file import key_hint_text

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        session = self._session
        location = self.key_location
        if not self.keyring_available:
            location = translate("Gateway", "memory only (no password store)")
        hint = session.key_hint()
        if hint.kind is KeyHintKind.FROM_ENVIRONMENT:
            location = translate("Gateway", "the {variable} environment variable").format(variable=hint.shown)
        # DESKTOP_CHAT_BASE_URL may override the saved address for this run: the dialog shows the
        # saved one to edit, says which one is in use, and Test tries the one in use
        in_force = session.base_url
        # Settings → Models shows the person's figures over those of the other sources, so it needs
        # those without the person's (emptying a cell brings them back)
        knowledge = session.knowledge
        dialog = SettingsDialog(
            self._window,
            settings=session.settings,
            key_hint=key_hint_text(hint),
            key_location=location,
            effective_proxy=session.proxy_in_force(in_force),
            tester=session.test_connection,
            base_url_override=in_force if session.base_url_from_env else "",
            tasks=self._tasks,
            limits=lambda model: knowledge.limits(model, own=False),
            models=tuple(dict.fromkeys((*session.models.models, *STANDARD_FACTS))),
            tools=tools_setup(session.tools),
        )
        dialog.toolsSaved.connect(lambda drafts: self._tasks.spawn(save_tools(session.tools, drafts)))
        dialog.saved.connect(lambda settings, key: self._tasks.spawn(self.apply_settings(settings, key)))
        dialog.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()
        if focus_key:
            dialog.start_replacing_key()

    async def apply_settings(self, settings: AppSettings, key: str | None) -> None:
        session = self._session
        old = session.settings
        if session.base_url_from_env and settings.base_url == session.base_url:
            settings = replace(settings, base_url=old.base_url)  # don't save the override as one's own
        session.update_settings(settings)
        if settings.theme != old.theme or settings.font_size != old.font_size:
            self._apply_theme()
        if settings.language != old.language:
            self._apply_language(UiLanguage(settings.language))
        if key:
            await self.use_key(session.base_url, key, session_only=not self.keyring_available)
        elif settings.base_url != old.base_url and not session.demo:
            await session.load_key()  # keys are kept per gateway host
            if session.key is None:
                self._status.set_connection(Connection.NO_KEY)
                self._notices.show(Notice(
                    translate("Gateway", "There is no key saved for this gateway address yet."),
                    NoticeAction.CHANGE_KEY, translate(
                        "Gateway", "Add key"), kind=NoticeKind.INFO, topic="key",
                ))
                return
            await self.refresh_models()

    def close(self) -> None:
        for dialog in (self.welcome, self.settings_dialog):
            if dialog is not None:
                dialog.close()
