"""The window's answers to: no key, a slow first token, the system's dark mode, a gateway without
/models, the settings dialog's Test, duplicate search results — on the real simulator and history."""

from __future__ import annotations

import pytest
from _shell_helpers import SHELL_KEY
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_chat.domain import MessageStatus, Role
from desktop_chat.ui.notices import Notice, NoticeKind

pytestmark = pytest.mark.gui


def env_for(sim) -> dict[str, str]:
    return {"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY}


def ready(qtbot, shell) -> None:
    qtbot.waitUntil(lambda: shell.session.key is not None and not shell.tasks.pending(), timeout=10000)


def send(qtbot, shell, text: str) -> None:
    qtbot.keyClicks(shell.composer.edit, text)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)


def banner(shell) -> tuple[str, str]:
    b = shell.chat_view.banner
    return (b.label.text(), b.action_button.text()) if b.isVisibleTo(shell.chat_view) else ("", "")


def test_no_key_refuses_to_send_and_offers_change_key(qtbot, make_shell, sim):
    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url}, start=False)
    send(qtbot, shell, "Hello without a key")
    assert banner(shell) == ("Add your API key to start chatting.", "Change key")
    assert shell.current_id is None and shell.session.store.list_conversations() == []
    assert shell.composer.text() == "Hello without a key"  # nothing lost
    assert sim.simulator.records == []
    shell.chat_view.banner.action_button.click()
    qtbot.waitUntil(lambda: shell.gateway.settings_dialog is not None, timeout=5000)
    shell.gateway.settings_dialog.reject()


def test_long_silence_banner_until_the_first_token(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    shell.waiting.silence_after_ms = 200
    sim.queue("default;first_delay=1.5")
    send(qtbot, shell, "Take your time")
    qtbot.waitUntil(lambda: banner(shell)[0] == "The model is taking longer than usual.", timeout=5000)
    assert banner(shell)[1] == "Stop"
    assert shell.chat_view.banner.close_button.text() == "Keep waiting"
    qtbot.waitUntil(lambda: banner(shell) == ("", ""), timeout=8000)  # cleared by the first token
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=10000)
    assert shell.session.store.branch(shell.current_id)[-1].status is MessageStatus.COMPLETE
    # the next banner has the ordinary dismiss button again
    shell.notices.show(Notice("The answer was cut short by the length limit.", kind=NoticeKind.INFO))
    assert shell.chat_view.banner.close_button.text() == "✕"


def test_long_silence_stop_and_keep_waiting(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    shell.waiting.silence_after_ms = 150
    sim.queue("default;first_delay=30")
    send(qtbot, shell, "First")
    qtbot.waitUntil(lambda: banner(shell)[1] == "Stop", timeout=5000)
    shell.chat_view.banner.close_button.click()  # Keep waiting
    assert banner(shell) == ("", "")
    qtbot.wait(400)
    assert banner(shell) == ("", "")  # not shown again for this answer
    assert shell.streaming.is_streaming(shell.current_id)
    shell.stop_current()
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=5000)
    sim.queue("default;first_delay=30")
    send(qtbot, shell, "Second")
    qtbot.waitUntil(lambda: banner(shell)[1] == "Stop", timeout=5000)
    shell.chat_view.banner.action_button.click()  # Stop
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=5000)
    assert shell.session.store.branch(shell.current_id)[-1].role is Role.ASSISTANT
    assert shell.session.store.branch(shell.current_id)[-1].status is MessageStatus.INTERRUPTED


def test_system_theme_change_is_followed(qtbot, make_shell, sim, monkeypatch):
    from desktop_chat.ui.window import theme

    shell = make_shell(env_for(sim), start=False)
    calls: list[bool] = []
    original = shell.chat_view.set_dark
    monkeypatch.setattr(shell.chat_view, "set_dark", lambda dark: (calls.append(dark), original(dark)))
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert calls == [theme.system_is_dark()]
    shell.window_controller.set_theme("light")
    calls.clear()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert calls == []  # a forced theme ignores the desktop
    shell.window_controller.set_theme("system")


def test_gateway_without_models_is_accepted_by_the_welcome(qtbot, make_shell, sim):
    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url})
    qtbot.waitUntil(shell.welcome_open, timeout=10000)
    welcome = shell.gateway.welcome
    sim.queue("no_models", endpoint="models")
    accepted: list = []
    welcome.keyAccepted.connect(lambda *args: accepted.append(args))
    welcome.key_field.line_edit.setText(SHELL_KEY)
    welcome.test_button.click()
    qtbot.waitUntil(lambda: bool(accepted), timeout=10000)
    assert accepted[0][1] == SHELL_KEY
    assert [r.path for r in sim.simulator.records][:2] == ["/v1/models", "/v1/chat/completions"]


def test_settings_test_without_a_new_key_tests_the_key_in_use(qtbot, make_shell, sim):
    from desktop_chat.settings import AppSettings

    # the dialog shows (and tests) the saved address, so save the simulator's
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, settings=AppSettings(base_url=sim.base_url))
    ready(qtbot, shell)
    shell.gateway.open_settings()
    dialog = shell.gateway.settings_dialog
    outcomes: list = []
    dialog.tester.finished.connect(outcomes.append)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10000)
    assert outcomes[0].ok, outcomes[0].message
    dialog.reject()


def test_settings_shows_and_tests_the_address_in_force(qtbot, make_shell, sim, run):
    shell = make_shell(env_for(sim))  # DESKTOP_CHAT_BASE_URL overrides the saved address
    ready(qtbot, shell)
    saved_address = shell.session.settings.base_url
    assert saved_address != sim.base_url
    shell.gateway.open_settings()
    dialog = shell.gateway.settings_dialog
    # the saved address is what one edits; the one in force is named (from the session's
    # environment, not the process's) and is the one Test tries
    assert dialog.url_edit.text() == saved_address
    assert dialog.url_override_label.isVisibleTo(dialog)
    assert sim.base_url in dialog.url_override_label.text()
    before = len(sim.requests)
    outcomes: list = []
    dialog.tester.finished.connect(outcomes.append)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10000)
    assert outcomes[0].ok, outcomes[0].message
    assert len(sim.requests) > before  # it reached the simulator, not the saved address
    dialog.reject()
    from dataclasses import replace

    run(shell.gateway.apply_settings(replace(shell.session.settings, base_url=sim.base_url, font_size=13),
                                     None))
    assert shell.session.settings.base_url == saved_address  # the override is not saved as one's own
    assert shell.session.settings.font_size == 13


def test_search_shows_a_chat_once_when_title_and_message_match(qtbot, make_shell, sim):
    from desktop_chat.services import merge_search_hits

    shell = make_shell(env_for(sim), start=False)
    conv = shell.session.store.create_conversation(model="gemini-2.5-flash", title="Quarterly budget")
    shell.session.store.add_message(conv.id, parent_id=None, role=Role.USER, content="Check the budget numbers")
    other = shell.session.store.create_conversation(model="gemini-2.5-flash", title="Budget for travel")
    hits = shell.session.store.search("budget")
    assert len([h for h in hits if h.conversation_id == conv.id]) == 2  # the store reports both
    merged = merge_search_hits(hits)
    assert [(h.conversation_id, bool(h.message_id)) for h in merged if h.conversation_id == conv.id] == [
        (conv.id, True)
    ]
    assert any(h.conversation_id == other.id for h in merged)  # a title-only hit stays
    shell.conversation_list.search_box.setText("budget")
    shell.chats.search("budget")
    assert shell.conversation_list.results_model.rowCount() == 2
