"""The shell's dialogs and start-up sequence: welcome, settings, key storage, files, about.

Why apart from ui/shell.py: these are the "once in a while" paths — first run, changing the key,
export/import/backup — each a few lines of glue between a passive dialog (panels helper) and the
session. Every dialog is opened with `open()`/`show()` and answers through signals; slow work
(keyring, gateway test) runs as tasks on the loop, never `exec()` inside a coroutine.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_chat.secrets import KeyringUnavailable, KeySource, KeyStoreError
from desktop_chat.ui.chat.banners import BannerAction, BannerSpec, banner_for_world_error
from desktop_chat.ui.window.status_bar import Connection

if TYPE_CHECKING:
    from desktop_chat.ui.shell import Shell

log = logging.getLogger(__name__)

DEMO_BANNER = (
    "This is the offline demo: answers come from a built-in simulator, not a real model. "
    "Add your API key in Settings to chat for real."
)


class ShellDialogs:
    """Opens dialogs for the shell and carries out what they ask."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.session = shell.session
        self.window = shell.window
        self.keyring_available = True
        self.key_location = "your system's password store"
        self.welcome: Any = None
        self.settings_dialog: Any = None
        w = self.window
        w.settings_action.triggered.connect(lambda: self.open_settings())
        w.shortcuts_action.triggered.connect(self.open_shortcuts)
        w.about_action.triggered.connect(self.open_about)
        w.log_folder_action.triggered.connect(self.open_log_folder)
        w.export_action.triggered.connect(self.export_current)
        w.export_all_action.triggered.connect(self.export_all)
        w.import_action.triggered.connect(self.import_file)
        w.backup_action.triggered.connect(self.backup)
        for theme, action in w.theme_actions.items():
            action.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
        shell.conversation_list.exportRequested.connect(self.export_conversation)
        self._applying_theme = False
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    # --- start-up --------------------------------------------------------------------------------
    async def startup(self) -> None:
        """After the first paint: HTTP client, key, then the welcome dialog or the model list."""
        session, status = self.session, self.shell.status
        session.warm_up()  # imports httpx (100–300 ms) now that the window is on screen
        try:
            self.key_location = await session.key_store().backend_description_async()
        except KeyringUnavailable:
            self.keyring_available = False
        except KeyStoreError as error:
            log.warning("password store: %s (%s)", error.message, error.detail)
        try:
            await session.load_key()
        except KeyStoreError as error:
            log.warning("key could not be loaded: %s (%s)", error.message, error.detail)
            if not isinstance(error, KeyringUnavailable):
                self.shell._banner(banner_for_world_error(f"{error.message} {error.action}."))
        if session.key is None:
            status.set_connection(Connection.NO_KEY)
            self.open_welcome()
            return
        await self.shell.refresh_models()

    def open_welcome(self) -> None:
        from desktop_chat.ui.dialogs.welcome import WelcomeDialog

        if self.welcome is not None:
            self.welcome.raise_()
            return
        dialog = WelcomeDialog(
            self.window,
            default_base_url=self.session.base_url,
            key_location=self.key_location,
            tester=self.session.test_connection,
            keyring_available=self.keyring_available,
        )
        dialog.keyAccepted.connect(
            lambda url, key, session_only: self.shell.spawn(self.use_key(url, key, session_only))
        )
        dialog.demoRequested.connect(lambda: self.shell.spawn(self.start_demo()))
        dialog.finished.connect(self._welcome_closed)
        self.welcome = dialog
        dialog.open()

    def _welcome_closed(self, _result: int) -> None:
        self.welcome = None
        if not self.session.has_gateway():
            self.shell._banner(BannerSpec(
                "Add your API key to start chatting — or try the offline demo.",
                BannerAction.CHANGE_KEY, "Add key", kind="info",
            ))
        self.shell.composer.focus_input()

    async def use_key(self, base_url: str, key: str, session_only: bool) -> None:
        """Keep the key (keyring, or memory only) and talk to the gateway with it."""
        try:
            await self.session.set_key(base_url, key, session_only=session_only)
        except KeyStoreError as error:
            log.warning("key not saved: %s (%s)", error.message, error.detail)
            await self.session.set_key(base_url, key, session_only=True)
            self.shell._banner(BannerSpec(
                f"{error.message} Your key is kept only until you close the app.",
                BannerAction.OPEN_SETTINGS, "Open settings", kind="warning",
            ))
        self.shell.chat_view.clear_banner()
        await self.shell.refresh_models()

    async def start_demo(self) -> None:
        self.session.start_demo()
        self.shell.status.set_connection(Connection.DEMO)
        self.shell._banner(BannerSpec(DEMO_BANNER, BannerAction.CHANGE_KEY, "Add my key", kind="info"))
        await self.shell.refresh_models()

    # --- settings --------------------------------------------------------------------------------
    def open_settings(self, *, focus_key: bool = False) -> None:
        from desktop_chat.settings import effective_base_url, effective_proxy
        from desktop_chat.ui.dialogs.settings import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        session = self.session
        location = self.key_location if self.keyring_available else "memory only (no password store)"
        if session.key_source is KeySource.ENV:
            location = "the DESKTOP_CHAT_API_KEY environment variable"
        # DESKTOP_CHAT_BASE_URL may override the saved address for this run: the dialog shows the
        # saved one to edit, says which one is in use, and Test tries the one in use
        in_force, overridden = effective_base_url(session.settings, session.environ)
        dialog = SettingsDialog(
            self.window,
            settings=session.settings,
            key_hint=session.key_hint(),
            key_location=location,
            effective_proxy=effective_proxy(session.settings, session.environ, base_url=in_force),
            tester=session.test_connection,
            base_url_override=in_force if overridden else "",
        )
        dialog.saved.connect(lambda settings, key: self.shell.spawn(self.apply_settings(settings, key)))
        dialog.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()
        if focus_key and hasattr(dialog, "replace_button"):
            dialog.replace_button.setChecked(True)

    async def apply_settings(self, settings: Any, key: str | None) -> None:
        session = self.session
        old = session.settings
        if session.base_url_from_env and settings.base_url == session.base_url:
            settings = replace(settings, base_url=old.base_url)  # don't save the override as one's own
        session.update_settings(replace(settings, window_geometry=old.window_geometry,
                                        sidebar_visible=old.sidebar_visible))
        if settings.theme != old.theme or settings.font_size != old.font_size:
            self.apply_theme()
        if key:
            await self.use_key(session.base_url, key, session_only=not self.keyring_available)
        elif settings.base_url != old.base_url and not session.demo:
            await session.load_key()  # keys are kept per gateway host
            if session.key is None:
                self.shell.status.set_connection(Connection.NO_KEY)
                self.shell._banner(BannerSpec(
                    "There is no key saved for this gateway address yet.",
                    BannerAction.CHANGE_KEY, "Add key", kind="info",
                ))
                return
            await self.shell.refresh_models()

    def set_theme(self, theme: str) -> None:
        self.session.update_settings(replace(self.session.settings, theme=theme))
        self.apply_theme()

    def apply_theme(self) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop_chat.ui.window.theme import apply_theme

        settings = self.session.settings
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._applying_theme:
            self._applying_theme = True  # apply_theme may itself emit colorSchemeChanged
            try:
                dark = apply_theme(app, settings.theme, settings.font_size)
            finally:
                self._applying_theme = False
            set_dark = getattr(self.shell.chat_view, "set_dark", None)
            if callable(set_dark):
                set_dark(dark)
        self.window.set_theme_checked(settings.theme)

    def close(self) -> None:
        """The shell is going away: stop following the system's colour scheme."""
        import contextlib

        from PySide6.QtGui import QGuiApplication

        with contextlib.suppress(RuntimeError, TypeError):
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_system_scheme_changed)

    def _on_system_scheme_changed(self, *_args: object) -> None:
        """The desktop switched light/dark: follow it when the theme is "system"."""
        if self.session.settings.theme not in ("light", "dark"):
            self.apply_theme()

    # --- help ------------------------------------------------------------------------------------
    def open_shortcuts(self) -> None:
        from desktop_chat.ui.window.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(_delete_on_close())
        dialog.show()

    def open_about(self) -> None:
        from desktop_chat.logsetup import app_version

        box = QMessageBox(QMessageBox.Icon.Information, "About Desktop Chat",
                          f"<b>Desktop Chat</b> {app_version()}", parent=self.window)
        box.setInformativeText(
            "Chat with the models of your organisation's gateway. Your chats are kept on this "
            f"computer in:\n{self.session.paths.data_dir}"
        )
        box.setAttribute(_delete_on_close())
        box.open()

    def open_log_folder(self) -> None:
        from desktop_chat.ui.system.crash_dialog import open_folder

        open_folder(self.session.paths.log_dir)

    # --- files -----------------------------------------------------------------------------------
    def export_current(self) -> None:
        if self.shell.current_id is None:
            self.shell.status.showMessage("Open a chat to export it.", 4000)
            return
        self.export_conversation(self.shell.current_id, "markdown")

    def export_conversation(self, cid: int, fmt: str) -> None:
        suffix = {"markdown": "md", "json": "json", "html": "html"}.get(fmt, "md")
        title = self.shell._title_of(cid)
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "chat"
        dialog = QFileDialog(self.window, "Export chat", str(Path.home() / f"{safe}.{suffix}"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(["Markdown (*.md)", "Web page (*.html)", "JSON (*.json)"])
        dialog.selectNameFilter({"md": "Markdown (*.md)", "html": "Web page (*.html)",
                                 "json": "JSON (*.json)"}[suffix])
        dialog.fileSelected.connect(lambda path: self._write_export(cid, Path(path)))
        dialog.setAttribute(_delete_on_close())
        dialog.open()

    def _write_export(self, cid: int, path: Path) -> None:
        store = self.shell.store
        exporters = {".html": store.export_html, ".json": store.export_json}
        text = self.shell._store_call(exporters.get(path.suffix.lower(), store.export_markdown), cid)
        if text is None:
            return
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.shell._banner(banner_for_world_error(f"The chat could not be saved to {path.name}: "
                                                      f"{exc.strerror or exc}."))
            return
        self.shell.status.showMessage(f"Exported to {path}", 6000)

    def export_all(self) -> None:
        """File ▸ Export all chats…: every chat into one JSON archive (Import reads it back)."""
        import time

        name = f"desktop-chat-archive-{time.strftime('%Y%m%d-%H%M')}.json"
        dialog = QFileDialog(self.window, "Export all chats", str(Path.home() / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(["Chat archive (*.json)"])
        dialog.setDefaultSuffix("json")
        dialog.fileSelected.connect(lambda path: self._export_all(Path(path)))
        dialog.setAttribute(_delete_on_close())
        dialog.open()

    def _export_all(self, path: Path) -> None:
        from desktop_chat.store import StoreError

        try:
            count = self.shell.store.export_archive(path)
        except StoreError as error:
            self.shell._banner(banner_for_world_error(error.message, error.detail))
            return
        chats = "1 chat" if count == 1 else f"{count} chats"
        self.shell.status.showMessage(f"Exported {chats} to {path}", 8000)

    def import_file(self) -> None:
        dialog = QFileDialog(self.window, "Import chats")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(["Chat archives and ChatGPT exports (*.json *.zip)", "All files (*)"])
        dialog.fileSelected.connect(lambda path: self._import(Path(path)))
        dialog.setAttribute(_delete_on_close())
        dialog.open()

    def _import(self, path: Path) -> None:
        from desktop_chat.store import ImportFailed, StoreError

        store = self.shell.store
        chatgpt_first = path.suffix.lower() == ".zip" or path.name == "conversations.json"
        order = [store.import_chatgpt, store.import_archive]
        if not chatgpt_first:
            order.reverse()
        error: StoreError | None = None
        for importer in order:
            try:
                report = importer(path)
            except ImportFailed as failure:
                error = error or failure
                continue
            except StoreError as failure:
                error = failure
                break
            self.shell.refresh_list()
            self.shell.status.showMessage(f"Imported from {path.name}: {_describe(report)}", 8000)
            return
        if error is not None:
            self.shell._banner(banner_for_world_error(error.message, error.detail))

    def backup(self) -> None:
        import time

        name = f"desktop-chat-backup-{time.strftime('%Y%m%d-%H%M')}.sqlite3"
        dialog = QFileDialog(self.window, "Back up history", str(self.session.paths.backups_dir / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self._backup(Path(path)))
        dialog.setAttribute(_delete_on_close())
        dialog.open()

    def _backup(self, path: Path) -> None:
        if self.shell._store_call(self.shell.store.backup_to, path) is None and path.exists():
            self.shell.status.showMessage(f"History backed up to {path}", 6000)


def _delete_on_close() -> Any:
    from PySide6.QtCore import Qt

    return Qt.WidgetAttribute.WA_DeleteOnClose


def _describe(report: Any) -> str:
    text = f"{report.imported} chats imported"
    if report.skipped_duplicates:
        text += f", {report.skipped_duplicates} already here"
    return text + "."
