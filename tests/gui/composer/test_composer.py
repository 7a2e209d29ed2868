"""The composer keeps people's habits: Enter sends, Shift+Enter breaks the line, Esc stops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_chat.ui.composer.widget import DRAFT_DEBOUNCE_MS, Composer

pytestmark = pytest.mark.gui


@pytest.fixture
def composer(qtbot):
    widget = Composer()
    qtbot.addWidget(widget)
    widget.show()
    widget.focus_input()
    return widget


def test_enter_sends_stripped_text(qtbot, composer):
    qtbot.keyClicks(composer.edit, "  hello  ")
    with qtbot.waitSignal(composer.sendRequested) as blocker:
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert blocker.args == ["hello"]


def test_shift_enter_is_a_new_line(qtbot, composer):
    qtbot.keyClicks(composer.edit, "one")
    with qtbot.assertNotEmitted(composer.sendRequested):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(composer.edit, "two")
    assert composer.text() == "one\ntwo"


def test_ctrl_enter_also_sends(qtbot, composer):
    qtbot.keyClicks(composer.edit, "hi")
    with qtbot.waitSignal(composer.sendRequested) as blocker:
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["hi"]


def test_empty_text_is_not_sent(qtbot, composer):
    qtbot.keyClicks(composer.edit, "   ")
    with qtbot.assertNotEmitted(composer.sendRequested):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert not composer.button.isEnabled()


def test_streaming_turns_button_into_stop_and_esc_stops(qtbot, composer):
    composer.set_streaming(True)
    assert composer.button.text() == "Stop"
    qtbot.keyClicks(composer.edit, "next question")
    with qtbot.assertNotEmitted(composer.sendRequested):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(composer.stopRequested):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Escape)
    with qtbot.waitSignal(composer.stopRequested):
        qtbot.mouseClick(composer.button, Qt.MouseButton.LeftButton)
    composer.set_streaming(False)
    assert composer.button.text() == "Send"
    assert composer.text() == "next question"  # what was typed meanwhile is kept


def test_draft_is_reported_debounced_and_not_when_loaded(qtbot, composer):
    with qtbot.assertNotEmitted(composer.draftChanged, wait=DRAFT_DEBOUNCE_MS + 100):
        composer.set_text("loaded draft")
    with qtbot.waitSignal(composer.draftChanged, timeout=DRAFT_DEBOUNCE_MS * 4) as blocker:
        qtbot.keyClicks(composer.edit, "!")
    assert blocker.args == ["loaded draft!"]


def test_flush_draft_emits_pending_at_once(qtbot, composer):
    qtbot.keyClicks(composer.edit, "abc")
    with qtbot.waitSignal(composer.draftChanged, timeout=50) as blocker:
        composer.flush_draft()
    assert blocker.args == ["abc"]


def test_cannot_send_says_why(qtbot, composer):
    composer.set_can_send(False, "Choose a model first.")
    qtbot.keyClicks(composer.edit, "hi")
    assert not composer.button.isEnabled()
    assert composer.button.toolTip() == "Choose a model first."
    with qtbot.assertNotEmitted(composer.sendRequested):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)


def test_grows_with_text_up_to_a_limit(qtbot, composer):
    start = composer.edit.height()
    composer.set_text("\n".join(f"line {i}" for i in range(4)))
    grown = composer.edit.height()
    assert grown > start
    composer.set_text("\n".join(f"line {i}" for i in range(50)))
    assert composer.edit.height() > grown
    assert composer.edit.height() < 20 * composer.edit.fontMetrics().lineSpacing()


def test_every_control_has_an_accessible_name(composer):
    assert composer.edit.accessibleName() == "Message"
    assert composer.button.accessibleName()
