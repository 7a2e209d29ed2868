"""Help → Copy diagnostic report and an answer's "⋯ → Copy request as curl": each puts its text on the
clipboard and says so, in the real window on the real simulator; the key is in neither."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import SHELL_KEY, card_of, env_for, ready, send_and_wait

pytestmark = pytest.mark.gui


def test_help_copy_diagnostic_report_copies_the_report_and_says_so(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    action = shell.window.diagnostic_report_action
    assert action in shell.window.help_menu.actions() and action.text() == "Copy &diagnostic report"
    QApplication.clipboard().clear()
    action.trigger()
    assert "testing the connection" in shell.status.currentMessage()  # busy while the test runs
    qtbot.waitUntil(lambda: QApplication.clipboard().text().startswith("== Desktop Chat diagnostic report"),
                    timeout=20000)
    report = QApplication.clipboard().text()
    assert shell.status.currentMessage() == ("The diagnostic report was copied. "
                                             "Paste it into your message to IT.")
    assert "Qt: 6." in report and "PySide6: 6." in report and "result: OK" in report
    assert SHELL_KEY not in report and SHELL_KEY[3:] not in report


def test_an_answer_cards_more_menu_copies_its_request_as_curl(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    ended = send_and_wait(qtbot, shell, "Hello, curl")
    card = card_of(shell.chat_view, ended.message_id)
    assert card.more_button.isVisible() and card.more_button.accessibleName() == "More actions"
    menu = card.more_actions()  # what "⋯" pops up (a popup grabs the keyboard: not offscreen)
    assert [a.text() for a in menu.actions()] == [
        "Copy request as curl", "Copy request as curl, pictures shortened"]
    QApplication.clipboard().clear()
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: QApplication.clipboard().text().startswith("# The request"), timeout=10000)
    command = QApplication.clipboard().text()
    assert f"curl -N {sim.base_url}/chat/completions" in command and '"content":"Hello, curl"' in command
    assert SHELL_KEY not in command and "$DESKTOP_CHAT_API_KEY" in command
    assert shell.status.currentMessage().startswith("The request was copied as a curl command.")
    user_card = card_of(shell.chat_view, ended.message.parent_id)
    assert not user_card.more_button.isVisible()  # the person's own message has no request of its own
