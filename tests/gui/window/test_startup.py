"""Start-up paths: first run (welcome), environment overrides, the offline demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_chat.domain import MessageStatus, Role
from tests.gui.helpers import (
    SHELL_KEY,
    answered,
)

pytestmark = pytest.mark.gui


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
