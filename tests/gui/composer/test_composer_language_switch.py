"""The composer rewrites every word it shows when the language changes, and keeps what is in it.

In the real window: a draft with text and a pasted screenshot for a model that sees no images (a
chip, and the line that says so with its buttons), the context meter with its story; then, while
an answer streams, the Stop button. A translator that wraps every sentence in ⟦…⟧ is put in force
through the app's own `Languages` (as Settings → Language does); every word of the composer must
then be wrapped, and the draft, its file and its thumbnail still there.
"""

from __future__ import annotations

import pytest
from helpers import env_for, ready, settle, start_slow_answer
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData

from desktop_chat.ui.chat.attachments import size_text
from desktop_chat.ui.sidebar.model_catalog import friendly_model_name
from tests.gui.composer.test_attaching import BLIND, chips_ready, choose_model, paste, png_bytes
from tests.gui.test_every_sentence_translatable import CLOSE, OPEN, WrappingTranslator, untranslated

pytestmark = pytest.mark.gui

DRAFT = "What is on this picture"


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_the_composers_words_follow_a_language_switch(qtbot, qapp, make_shell, sim) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    choose_model(shell, BLIND)
    mime = QMimeData()
    mime.setData("image/png", png_bytes(640, 480))
    paste(qtbot, shell, mime)
    qtbot.waitUntil(lambda: chips_ready(shell, 1), timeout=10000)
    composer = shell.composer
    qtbot.waitUntil(lambda: bool(composer.chips.issue_rows), timeout=5000)
    composer.edit.insertPlainText(DRAFT)
    meter = composer.meter
    qtbot.waitUntil(lambda: bool(meter.text()) and bool(meter.toolTip()), timeout=5000)
    chip = next(iter(composer.chips.chips.values()))
    thumbnail = chip.picture.pixmap().cacheKey()
    size = size_text(shell.session.attachments.draft(shell.current_id)[0].size)  # Qt's own unit words
    data = (DRAFT, "pasted-image.png", BLIND, friendly_model_name(BLIND), "640", "480", size)

    translator = WrappingTranslator(qapp)
    try:
        shell.languages.install([translator])
        qtbot.waitUntil(lambda: meter.toolTip().startswith(OPEN), timeout=5000)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old issue line
        problems = untranslated([composer], data)
        assert not problems, "still in the old language after the switch:\n" + "\n".join(problems)
        assert composer.text() == DRAFT
        assert list(composer.chips.chips.values()) == [chip]  # the chip itself kept: no new reading
        assert chip.picture.pixmap().cacheKey() == thumbnail
        assert composer.button.text() == f"{OPEN}Send{CLOSE}" and composer.button.isEnabled()
    finally:
        qapp.removeTranslator(translator)
        shell.languages.install([])
    assert composer.button.text() == "Send" and chip.remove.toolTip() == "Remove"


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_the_stop_button_follows_a_language_switch_and_send_comes_back(qtbot, qapp, make_shell, sim) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    start_slow_answer(qtbot, shell, sim)
    composer = shell.composer
    translator = WrappingTranslator(qapp)
    try:
        shell.languages.install([translator])
        assert composer.button.text() == f"{OPEN}Stop{CLOSE}"
        assert composer.button.accessibleName() == f"{OPEN}Stop the answer{CLOSE}"
        assert composer.button.toolTip() == f"{OPEN}Stop (Esc){CLOSE}"
        shell.stop_current()
        settle(qtbot, shell)
        assert composer.button.text() == f"{OPEN}Send{CLOSE}"
        assert composer.button.toolTip() == f"{OPEN}Send (Enter){CLOSE}"  # not "Stop (Esc)" left over
    finally:
        qapp.removeTranslator(translator)
        shell.languages.install([])


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_an_open_file_picker_takes_the_new_words(qtbot, qapp, make_shell, sim) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    dialog = shell.attachments.ask_files()
    all_files = dialog.nameFilters()[1]
    dialog.selectNameFilter(all_files)
    assert dialog.windowTitle() == "Attach files"
    translator = WrappingTranslator(qapp)
    try:
        shell.languages.install([translator])
        shell.attachments.retranslate()  # the lead's MainController._retranslate calls it
        assert dialog.windowTitle() == f"{OPEN}Attach files{CLOSE}"
        assert all(f.startswith(OPEN) for f in dialog.nameFilters())
        assert dialog.selectedNameFilter() == dialog.nameFilters()[1]  # the chosen filter kept
    finally:
        qapp.removeTranslator(translator)
        shell.languages.install([])
    dialog.reject()
    qtbot.waitUntil(lambda: shell.attachments.file_dialog() is None, timeout=3000)
    shell.attachments.retranslate()  # a closed picker is left alone
