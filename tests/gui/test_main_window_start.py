"""Start-up paths: first run (welcome), env overrides, offline demo, settings, crashes shown not lost."""

from __future__ import annotations

import asyncio
import logging

import pytest
from _shell_helpers import SHELL_KEY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_chat.domain import MessageStatus, Role

pytestmark = pytest.mark.gui


def answered(shell) -> bool:
    return shell.current_id is not None and not shell.streaming.is_streaming(shell.current_id)


def test_first_run_shows_welcome_and_key_opens_the_chat(qtbot, make_shell, sim):
    from desktop_chat.ui.dialogs.welcome import WelcomeDialog

    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url})  # an address, but no key anywhere
    qtbot.waitUntil(shell.welcome_open, timeout=10000)
    welcome = shell.gateway.welcome
    assert isinstance(welcome, WelcomeDialog) and welcome.isVisible()
    assert "No API key" in shell.status.connection_label.text()
    # what the dialog emits after a successful test: the key is used (kept for this session here)
    welcome.keyAccepted.emit(sim.base_url, SHELL_KEY, True)
    welcome.accept()
    qtbot.waitUntil(lambda: "Connected" in shell.status.connection_label.text(), timeout=10000)
    assert shell.session.key is not None and shell.session.key.reveal() == SHELL_KEY
    assert shell.session.settings.first_run_done
    assert SHELL_KEY not in shell.session.paths.settings_file.read_text(encoding="utf-8")
    qtbot.keyClicks(shell.composer.edit, "Hi")
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: answered(shell), timeout=10000)
    assert shell.session.store.branch(shell.current_id)[-1].status is MessageStatus.COMPLETE


def test_welcome_tester_checks_key_and_address(qtbot, make_shell, sim, run):
    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url})
    qtbot.waitUntil(shell.welcome_open, timeout=10000)
    good = run(shell.session.test_connection(sim.base_url, SHELL_KEY))
    assert good.from_gateway and "gemini-2.5-flash" in good.models
    bad = run(shell.session.test_connection(sim.base_url, "sk-bad"))
    from desktop_chat.ui.words.gateway import error_text

    assert bad.error is not None and error_text(bad.error) == "The gateway did not accept your API key."


def test_env_overrides_skip_welcome(qtbot, make_shell, sim):
    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY})
    qtbot.waitUntil(lambda: "Connected" in shell.status.connection_label.text(), timeout=10000)
    assert not shell.welcome_open()
    assert shell.session.can_skip_welcome()
    from desktop_chat.ui.words.settings_file import key_hint_text

    assert key_hint_text(shell.session.key_hint()) == "from DESKTOP_CHAT_API_KEY"


def test_offline_demo_from_the_welcome_screen(qtbot, make_shell):
    shell = make_shell({})  # fresh machine: no key, default address
    qtbot.waitUntil(shell.welcome_open, timeout=10000)
    shell.gateway.welcome.demoRequested.emit()
    shell.gateway.welcome.accept()
    qtbot.waitUntil(lambda: "demo" in shell.status.connection_label.text().lower(), timeout=10000)
    assert shell.session.base_url.startswith("http://127.0.0.1:")
    assert "offline demo" in shell.chat_view.banner.label.text()
    qtbot.keyClicks(shell.composer.edit, "Show me the demo")
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: answered(shell), timeout=10000)
    answer = shell.session.store.branch(shell.current_id)[-1]
    assert answer.role is Role.ASSISTANT and answer.status is MessageStatus.COMPLETE and answer.content


def test_settings_dialog_opens_with_ctrl_comma(qtbot, make_shell, sim):
    from desktop_chat.ui.dialogs.settings import SettingsDialog

    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY})
    qtbot.waitUntil(lambda: "Connected" in shell.status.connection_label.text(), timeout=10000)
    shell.window.activateWindow()
    shell.window.settings_action.trigger()
    dialog = shell.gateway.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    assert SHELL_KEY not in dialog.key_hint_label.text()
    dialog.reject()
    assert shell.window.settings_action.shortcut().toString() == "Ctrl+,"


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


def test_unexpected_exception_shows_dialog_and_is_logged_without_key(qtbot, make_shell, sim, tmp_path):
    import sys

    from desktop_chat.logsetup import setup_logging, teardown_logging
    from desktop_chat.ui.system.crash_dialog import CrashDialog, install_excepthook

    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY})
    qtbot.waitUntil(lambda: shell.session.key is not None, timeout=10000)
    paths = shell.session.paths
    old_hook = sys.excepthook
    setup_logging(paths.log_file, secrets_provider=shell.session.secrets, level=logging.INFO)
    install_excepthook(paths, shell.session.secrets, lambda: shell.window)
    try:
        async def buggy() -> None:
            await asyncio.sleep(0)
            raise ValueError(f"boom with the key {SHELL_KEY} inside")

        shell.tasks.spawn(buggy())
        qtbot.waitUntil(
            lambda: any(isinstance(w, CrashDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
            timeout=5000,
        )
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
        )
        details = dialog.details.toPlainText()
        assert "ValueError" in details and "boom" in details and SHELL_KEY not in details
        assert shell.window.isVisible()  # the app keeps running
        dialog.close()
    finally:
        sys.excepthook = old_hook
        teardown_logging()
    log_text = paths.log_file.read_text(encoding="utf-8")
    assert "ValueError" in log_text and SHELL_KEY not in log_text
