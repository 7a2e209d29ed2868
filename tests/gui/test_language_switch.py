"""Switching the language while the app runs rewrites every word already on screen.

The window is built and used in English; then a translator that wraps every sentence in ⟦…⟧ is put
in force through the app's own `Languages` (as Settings → Language does). Every text of every
widget the window already had — menus, the sidebar, the composer, the chat with its answer, the
status bar, the chat list — must then be wrapped: a widget that wrote its words once at start and
does not answer Qt's LanguageChange shows up with English left over.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from tests.gui.helpers import env_for, ready, send_and_wait
from tests.gui.test_every_sentence_translatable import (
    USER_TEXT,
    WrappingTranslator,
    untranslated,
    window_data,
)

pytestmark = pytest.mark.gui


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_every_word_on_screen_follows_a_language_switch(qtbot, qapp, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    window = shell.window
    window.resize(1280, 800)
    qtbot.waitUntil(shell.sidebar.isVisible, timeout=3000)
    answer = send_and_wait(qtbot, shell, USER_TEXT).message
    shell.chat_view.flush_pending_updates()
    cid = shell.current_id
    shell.sidebar.advanced_button.setChecked(True)
    assert QCoreApplication.translate("Any", "words") == "words"

    translator = WrappingTranslator(qapp)
    try:
        shell.languages.install([translator])
        qtbot.wait(50)
        shell.chat_view.flush_pending_updates()
        fence_languages = tuple(re.findall(r"^```(\w+)", answer.content, re.MULTILINE))  # data, not words
        data = (USER_TEXT, answer.content, answer.model or "", shell.session.conversations.title(cid) or "",
                *fence_languages, *window_data(shell, sim))
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        problems = untranslated([window, *menus], data)
    finally:
        qapp.removeTranslator(translator)
    assert not problems, "still in the old language after the switch:\n" + "\n".join(problems)
