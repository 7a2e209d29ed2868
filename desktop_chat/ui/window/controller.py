"""The window as a whole: where it was left, its theme, and the Help menu.

Why a controller of its own: the window's place, size, sidebar and panel sizes are not settings the
person chose — they go to the window-state file, apart from user settings, read once at start and
written once at quit. The theme follows the settings (or the desktop's light/dark switch when the
theme is "system"); Help opens the shortcuts list, About, and the log folder.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_chat.services import Session, Theme, WindowState
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.window.main_window import MainWindow

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


class WindowController(QObject):
    def __init__(self, *, window: MainWindow, chat_view: ChatView, session: Session,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._chat_view = chat_view
        self._session = session
        self._applying_theme = False
        window.shortcuts_action.triggered.connect(self.open_shortcuts)
        window.about_action.triggered.connect(self.open_about)
        window.log_folder_action.triggered.connect(self.open_log_folder)
        for theme, action in window.theme_actions.items():
            action.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    # --- where the window was left ---------------------------------------------------------------
    def restore(self) -> None:
        state = self._session.window_state()
        self.window.restore_geometry_b64(state.geometry)
        self.window.set_sidebar_visible(state.sidebar_visible)
        self.window.restore_panel_sizes(state.panel_sizes)
        self.window.set_theme_checked(self._session.settings.theme)

    def save(self) -> None:
        self._session.save_window_state(WindowState(
            geometry=self.window.geometry_b64(), sidebar_visible=self.window.sidebar_wanted(),
            panel_sizes=self.window.panel_sizes(),
        ))

    def bring_to_front(self) -> None:
        w = self.window
        if w.isMinimized():
            w.showNormal()
        w.show()
        w.raise_()
        w.activateWindow()

    # --- theme -----------------------------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        """`theme` is a menu action's key: "system", "light" or "dark"."""
        self._session.update_settings(replace(self._session.settings, theme=Theme(theme)))
        self.apply_theme()

    def apply_theme(self) -> None:
        from desktop_chat.ui.window.theme import apply_theme

        settings = self._session.settings
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._applying_theme:
            self._applying_theme = True  # apply_theme may itself emit colorSchemeChanged
            try:
                dark = apply_theme(app, settings.theme, settings.font_size)
            finally:
                self._applying_theme = False
            self._chat_view.set_dark(dark)
        self.window.set_theme_checked(settings.theme)

    def _on_system_scheme_changed(self, *_args: object) -> None:
        """The desktop switched light/dark: follow it when the theme is "system"."""
        if self._session.settings.theme is Theme.SYSTEM:
            self.apply_theme()

    def close(self) -> None:
        """Going away: stop following the system's colour scheme."""
        with contextlib.suppress(RuntimeError, TypeError):
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_system_scheme_changed)

    # --- help ------------------------------------------------------------------------------------
    def open_shortcuts(self) -> None:
        from desktop_chat.ui.window.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def open_about(self) -> None:
        from desktop_chat.services import app_version

        box = QMessageBox(QMessageBox.Icon.Information, translate("Window", "About Desktop Chat"),
                          f"<b>Desktop Chat</b> {app_version()}", parent=self.window)
        box.setInformativeText(
            translate(
                "Window", "Chat with the models of your organisation's gateway. Your chats are kept on this "
                "computer in:\n{folder}").format(folder=self._session.paths.data_dir)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def open_log_folder(self) -> None:
        from desktop_chat.ui.system.excepthook import open_folder

        open_folder(self._session.paths.log_dir)
