"""The main window itself: title, focus, accessible names, the sidebar toggle, menus and shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import (
    SHELL_KEY,
    env_for,
    ready,
)

pytestmark = pytest.mark.gui


def test_window_title_focus_names_and_sidebar_toggle(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    assert "Desktop Chat" in shell.window.windowTitle()
    assert shell.composer.edit.hasFocus() or shell.window.focusWidget() is shell.composer.edit
    assert shell.welcome_open() is False
    assert "Connected" in shell.status.connection_label.text()
    for widget in (shell.composer.edit, shell.composer.button, shell.sidebar, shell.status.connection_label):
        assert widget.accessibleName()
    shell.window.resize(1280, 800)  # wide enough for the sidebar (narrow windows hide it)
    qtbot.waitUntil(shell.sidebar.isVisible, timeout=3000)
    shell.window.sidebar_action.trigger()
    assert not shell.sidebar.isVisible()
    shell.window.sidebar_action.trigger()
    assert shell.sidebar.isVisible()


def test_shortcuts_and_menus(qtbot, make_shell, sim):
    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY})
    w = shell.window
    shortcuts = {a.shortcut().toString() for a in w.actions() if not a.shortcut().isEmpty()}
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+,", "Ctrl+Shift+S", "F1", "Ctrl+Q"} <= shortcuts
    menus = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]
    file_items = [a.text().replace("&", "") for a in w.menuBar().actions()[0].menu().actions() if a.text()]
    assert file_items[0] == "New chat" and "Quit" in file_items and any("Import" in t for t in file_items)
    w.shortcuts_action.trigger()
    from desktop_chat.ui.window.shortcuts import ShortcutsDialog

    dialogs = [d for d in QApplication.topLevelWidgets() if isinstance(d, ShortcutsDialog) and d.isVisible()]
    assert dialogs
    for dialog in dialogs:
        dialog.close()
