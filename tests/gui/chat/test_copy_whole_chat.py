"""Edit ▸ Copy whole chat as text: the chat on screen as Markdown, in the app's words, on the clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import env_for, ready, send_and_wait

pytestmark = pytest.mark.gui


def test_copy_whole_chat_puts_the_chat_in_words_on_the_clipboard(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    send_and_wait(qtbot, shell, "What is the capital of France?")
    QApplication.clipboard().clear()
    shell.window.copy_chat_action.trigger()
    copied = QApplication.clipboard().text()
    assert copied.startswith("# What is the capital of France?")
    assert "Exported from Desktop Chat" in copied
    assert "## You ·" in copied and "## Assistant (" in copied  # speakers by name, not "user"
    assert "What is the capital of France?" in copied and "no real model was asked" in copied
    assert shell.status.currentMessage() == "The whole chat was copied as text."


def test_copy_whole_chat_on_a_new_chat_copies_nothing(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({}, start=False)
    QApplication.clipboard().setText("before")
    shell.window.copy_chat_action.trigger()
    assert QApplication.clipboard().text() == "before"
