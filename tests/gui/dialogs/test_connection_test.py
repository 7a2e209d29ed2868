"""The connection test of the welcome and settings dialogs in the window, on the real simulator: the
key and address it tries, a gateway without /models, a dialog closed while its test runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import (
    SHELL_KEY,
    env_for,
    ready,
)

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("which", ["settings", "welcome"])
def test_closing_a_dialog_while_its_test_runs(qtbot, make_shell, which) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as hang:  # accepts connections (backlog) and never answers
        hang.bind(("127.0.0.1", 0))
        hang.listen(8)
        url = f"http://127.0.0.1:{hang.getsockname()[1]}/v1"
        shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
        if which == "settings":
            shell.gateway.open_settings()
            dialog = shell.gateway.settings_dialog
            dialog.replace_button.setChecked(True)
            dialog.key_field.setText(SHELL_KEY)
        else:
            shell.gateway.open_welcome()
            dialog = shell.gateway.welcome
            dialog.key_field.setText(SHELL_KEY)
        dialog.url_edit.setText(url)
        dialog.start_test()
        qtbot.wait(100)
        assert dialog.tester.running, dialog.status.text
        task = dialog.tester.task
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(task.done, timeout=3000)
        assert not dialog.isVisible()
        assert shell.gateway.settings_dialog is None and shell.gateway.welcome is None
        qtbot.wait(50)


def test_welcome_tester_checks_key_and_address(qtbot, make_shell, sim, run):
    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url})
    qtbot.waitUntil(shell.welcome_open, timeout=10000)
    good = run(shell.session.test_connection(sim.base_url, SHELL_KEY))
    assert good.from_gateway and "gemini-2.5-flash" in good.models
    bad = run(shell.session.test_connection(sim.base_url, "sk-bad"))
    from desktop_chat.ui.words.gateway import error_text

    assert bad.error is not None and error_text(bad.error) == "The gateway did not accept your API key."


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
