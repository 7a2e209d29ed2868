"""ChatView's context rows: the divider where earlier messages stop being sent, and summary cards.

Why: the person must see which messages the model gets (issue 9, "Never hitting the wall") and be
able to read, edit and remove the summary that stands in for the earlier ones. These rows live in
the same virtual list as the messages, so they must stay in the right place however rows come and
go (older messages loaded later, answers appended, messages deleted) — and cost nothing off screen.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_chat.domain import Role, Summary
from desktop_chat.ui.chat.view import DIVIDER_KEY, ChatView, MessageEntry, summary_key
from tests.gui.helpers import all_fragments, entry, many_entries, next_tab_stop, shown_chat_view

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot) -> ChatView:
    return shown_chat_view(qtbot, 900, 800)


def chat(count: int) -> list[MessageEntry]:
    return [entry(i, Role.USER if i % 2 else Role.ASSISTANT, f"Message {i}.") for i in range(1, count + 1)]


def summary(sid: int = 7, *, through: int = 4, covered: int = 4, content: str = "- The trip is in **May**.",
            model: str | None = "gemini-2.5-flash") -> Summary:
    now = time.time()
    return Summary(id=sid, conversation_id=1, through_message_id=through, content=content,
                   created_at=now, updated_at=now, covered=covered, model=model)


def rows(view: ChatView) -> list[int]:
    return view.message_list().row_keys()


def before(view: ChatView, key: int) -> int | None:
    """The key of the row right after `key` (what the divider sits before)."""
    keys = rows(view)
    index = keys.index(key)
    return keys[index + 1] if index + 1 < len(keys) else None


# --- the divider ----------------------------------------------------------------------------------
def test_divider_sits_before_the_first_message_sent_and_says_how_many_are_not(view: ChatView) -> None:
    view.set_conversation(1, chat(20))
    view.set_context_cut(15, 14)
    assert before(view, DIVIDER_KEY) == 15
    assert view.row_keys() == list(range(1, 21))  # the messages' ids only
    assert [e.id for e in view.entries()] == list(range(1, 21))
    view.scroll_to_message(15)
    divider = view.divider()
    assert divider is not None and divider.isVisible()
    assert divider.label.text() == "Earlier messages are not sent to the model — 14 messages"
    assert "newest messages that fit" in divider.toolTip() and "gist" in divider.toolTip()
    assert divider.accessibleName() == divider.label.text()
    assert divider.button.text() == "Summarise them" and divider.button.isVisible()
    assert divider.button.isEnabled() and divider.button.accessibleName()
    view.set_context_cut(2, 1)
    view.scroll_to_message(2)
    d = view.divider()
    assert d is not None and d.label.text() == "Earlier messages are not sent to the model — 1 message"


def test_divider_moves_updates_in_place_and_goes_at_zero(view: ChatView) -> None:
    view.set_conversation(1, chat(20))
    view.set_context_cut(18, 17)
    first = view.divider()
    assert first is not None and before(view, DIVIDER_KEY) == 18
    view.set_context_cut(18, 16, summarising=True)  # same place: the same widget, new words
    assert view.divider() is first
    assert not first.button.isEnabled() and first.button.text() == "Summarising…"
    assert first.label.text().endswith("— 16 messages")
    view.set_context_cut(18, 16, can_summarise=False)
    assert first.button.isHidden()
    view.set_context_cut(19, 18)
    assert before(view, DIVIDER_KEY) == 19 and rows(view).count(DIVIDER_KEY) == 1
    view.set_context_cut(19, 0)
    assert DIVIDER_KEY not in rows(view) and view.context_cut() is None
    view.set_context_cut(19, 18)
    view.set_context_cut(None, 18)
    assert DIVIDER_KEY not in rows(view)


def test_summarise_button_emits_and_not_while_summarising(view: ChatView, qtbot) -> None:
    view.set_conversation(1, chat(20))
    view.set_context_cut(19, 18)
    divider = view.divider()
    assert divider is not None
    with qtbot.waitSignal(view.summariseRequested, timeout=1000):
        qtbot.mouseClick(divider.button, Qt.MouseButton.LeftButton)
    view.set_context_cut(19, 18, summarising=True)
    with qtbot.assertNotEmitted(view.summariseRequested):
        qtbot.mouseClick(divider.button, Qt.MouseButton.LeftButton)
    view.set_context_cut(19, 18)
    divider.button.setFocus()  # keyboard: Space on the focused button
    with qtbot.waitSignal(view.summariseRequested, timeout=1000):
        qtbot.keyClick(divider.button, Qt.Key.Key_Space)


def test_divider_for_a_message_not_loaded_yet_shows_once_it_is(view: ChatView) -> None:
    entries = chat(40)
    view.set_conversation(1, entries[30:])  # the newest first…
    view.set_context_cut(12, 11)
    assert DIVIDER_KEY not in rows(view)
    assert view.context_cut() == (12, 11)
    view.prepend_entries(entries[20:30])  # …older ones later, not yet the one
    assert DIVIDER_KEY not in rows(view)
    view.prepend_entries(entries[:20])
    assert before(view, DIVIDER_KEY) == 12
    assert view.row_keys() == list(range(1, 41))


def test_divider_follows_appends_removals_and_redraws(view: ChatView) -> None:
    view.set_conversation(1, chat(10))
    view.set_context_cut(5, 4)
    view.append_entry(entry(11, Role.USER, "One more"))
    assert before(view, DIVIDER_KEY) == 5 and rows(view)[-1] == 11
    view.set_context_cut(11, 10)
    assert before(view, DIVIDER_KEY) == 11
    view.remove_entry(11)  # its message went: the divider waits for it again
    assert DIVIDER_KEY not in rows(view)
    view.append_entry(entry(11, Role.USER, "One more"))
    assert before(view, DIVIDER_KEY) == 11
    view.set_conversation(1, [*chat(10), entry(11, Role.USER, "One more"), entry(12, Role.ASSISTANT, "Yes")])
    assert before(view, DIVIDER_KEY) == 11 and rows(view)[-1] == 12  # same chat: kept
    view.set_conversation(1, chat(10))  # same chat redrawn from scratch (another branch)
    assert DIVIDER_KEY not in rows(view) and view.context_cut() == (11, 10)
    view.set_conversation(2, chat(30)[10:])  # another chat: its own cut, set by the controller
    assert DIVIDER_KEY not in rows(view) and view.context_cut() is None


# --- summaries ------------------------------------------------------------------------------------
def test_summary_card_sits_after_its_message_and_before_the_divider(view: ChatView) -> None:
    view.set_conversation(1, chat(10))
    view.set_summaries([(summary(through=4, covered=4), 4)])
    view.set_context_cut(5, 4)
    keys = rows(view)
    assert keys[keys.index(4) + 1 : keys.index(5)] == [summary_key(7), DIVIDER_KEY]
    card = view.summary_card_for(7)
    assert card is not None and card.isVisible()
    assert card.title.text() == "Summary of the 4 earlier messages"
    assert card.model_label.text() == "Gemini 2.5 Flash"
    assert "May" in "\n".join(v.toPlainText() for v in card.body.text_views())
    assert card.accessibleName().startswith("Summary of the 4 earlier messages")
    assert card.edit_button.accessibleName() and card.remove_button.accessibleName()
    assert view.card_for(4) is not None  # a card of its own, beside the message's
    view.set_summaries([(summary(through=6, covered=1), 6)])  # moved, its words updated
    keys = rows(view)
    assert keys[keys.index(6) + 1] == summary_key(7) and keys.count(summary_key(7)) == 1
    moved = view.summary_card_for(7)
    assert moved is not None and moved.title.text() == "Summary of the 1 earlier message"
    view.set_summaries([])
    assert [k for k in rows(view) if k < 0] == [DIVIDER_KEY]


def test_summary_is_model_output_shown_safely(view: ChatView) -> None:
    text = '<img src="file:///etc/passwd"> <script>alert(1)</script> [x](file:///etc/hosts) **bold**'
    view.set_conversation(1, chat(6))
    view.set_summaries([(summary(content=text, through=2), 2)])
    card = view.summary_card_for(7)
    assert card is not None
    shown = "\n".join(v.toPlainText() for v in card.body.text_views())
    assert "bold" in shown and '<img src="file:///etc/passwd">' in shown  # shown as text…
    for browser in card.body.text_views():
        doc = browser.document()
        assert not [f for f in all_fragments(doc) if f.charFormat().isImageFormat()]  # …nothing loaded
        assert not [f for f in all_fragments(doc) if f.charFormat().anchorHref().startswith("file:")]


def test_summary_for_a_message_not_loaded_yet_comes_with_it(view: ChatView) -> None:
    entries = chat(30)
    view.set_conversation(1, entries[20:])
    view.set_summaries([(summary(through=10, covered=10), 10)])
    view.set_context_cut(11, 10)
    assert [k for k in rows(view) if k < 0] == []
    view.prepend_entries(entries[:20])
    keys = rows(view)
    assert keys[keys.index(10) + 1 : keys.index(11)] == [summary_key(7), DIVIDER_KEY]


def test_edit_then_save_emits_the_new_text(view: ChatView, qtbot) -> None:
    view.set_conversation(1, chat(6))
    view.set_summaries([(summary(through=2), 2)])
    card = view.summary_card_for(7)
    assert card is not None
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    editor = card.editor
    assert editor is not None and editor.toPlainText() == "- The trip is in **May**."
    assert not card.body.isVisibleTo(card)
    editor.selectAll()
    qtbot.keyClicks(editor, "The trip is in June.")
    save = next(b for b in card.findChildren(type(card.edit_button)) if b.text() == "Save")
    with qtbot.waitSignal(view.summaryEdited, timeout=1000) as blocker:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert blocker.args == [7, "The trip is in June."]
    assert card.editor is None and card.body.isVisibleTo(card)
    assert "June" in "\n".join(v.toPlainText() for v in card.body.text_views())  # shown at once
    assert view.summaries()[0].content == "The trip is in June."


def test_ctrl_enter_saves_and_esc_or_cancel_emit_nothing(view: ChatView, qtbot) -> None:
    view.set_conversation(1, chat(6))
    view.set_summaries([(summary(through=2), 2)])
    card = view.summary_card_for(7)
    assert card is not None
    with qtbot.assertNotEmitted(view.summaryEdited):
        card.start_edit()
        assert card.editor is not None
        qtbot.keyClicks(card.editor, " More.")
        qtbot.keyClick(card.editor, Qt.Key.Key_Escape)
        assert card.editor is None
        card.start_edit()
        assert card.editor is not None
        qtbot.keyClicks(card.editor, " More.")
        cancel = next(b for b in card.findChildren(type(card.edit_button)) if b.text() == "Cancel")
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert card.editor is None
    assert "More" not in "\n".join(v.toPlainText() for v in card.body.text_views())
    card.start_edit()
    assert card.editor is not None
    qtbot.keyClick(card.editor, Qt.Key.Key_Return)  # Enter is a new line…
    assert card.editor is not None
    qtbot.keyClicks(card.editor, "Second line")
    with qtbot.waitSignal(view.summaryEdited, timeout=1000) as blocker:  # …Ctrl+Enter saves
        qtbot.keyClick(card.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [7, "- The trip is in **May**.\nSecond line"]


def test_an_edit_in_progress_survives_scrolling_and_new_data(view: ChatView, qtbot) -> None:
    entries = many_entries(60)
    view.set_conversation(1, entries)
    view.set_summaries([(summary(through=30), 30)])
    view.scroll_to_message(30)
    card = view.summary_card_for(7)
    assert card is not None
    card.start_edit()
    assert card.editor is not None
    qtbot.keyClicks(card.editor, " typed")
    view.jump_to_latest()  # far away: the card is kept (pinned) with what was typed
    assert view.summary_card_for(7) is card and card.editor is not None
    view.set_summaries([(summary(through=30, covered=5), 30)])
    assert view.summary_card_for(7) is card and card.editor.toPlainText().endswith(" typed")


def test_remove_asks_without_blocking_then_emits(view: ChatView, qtbot) -> None:
    view.set_conversation(1, chat(6))
    view.set_summaries([(summary(through=2), 2)])
    card = view.summary_card_for(7)
    assert card is not None
    with qtbot.assertNotEmitted(view.summaryRemoved):
        qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)  # returns: open(), not exec()
        box = view.summary_dialog()
        assert box is not None and box.isVisible() and box.isModal()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: view.summary_dialog() is None)
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    box = view.summary_dialog()
    assert box is not None
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    with qtbot.waitSignal(view.summaryRemoved, timeout=1000) as blocker:
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert blocker.args == [7]
    qtbot.waitUntil(lambda: view.summary_dialog() is None)


# --- appearance and keyboard ----------------------------------------------------------------------
def test_tab_walks_from_the_summary_to_the_divider_button(view: ChatView) -> None:
    view.set_conversation(1, chat(6))
    view.set_summaries([(summary(through=2), 2)])
    view.set_context_cut(3, 2)
    card, divider = view.summary_card_for(7), view.divider()
    assert card is not None and divider is not None
    assert next_tab_stop(card.edit_button) is card.remove_button
    assert next_tab_stop(card.remove_button) is divider.button


def test_dark_mode_and_font_size_reach_the_rows(view: ChatView) -> None:
    view.set_conversation(1, chat(6))
    view.set_summaries([(summary(through=2), 2)])
    view.set_context_cut(3, 2)
    light = view.summary_card_for(7)
    assert light is not None
    light_bg = light.palette().window().color().name()
    view.set_dark(True)
    dark = view.summary_card_for(7)
    divider = view.divider()
    assert dark is not None and dark is not light and divider is not None  # rebuilt in the new theme
    assert dark.palette().window().color().name() != light_bg
    assert divider.label.palette().windowText().color().lightness() > 100  # muted text on dark
    view.set_font_point_size(16)
    bigger = view.divider()
    assert bigger is not None and bigger.label.font().pointSizeF() == pytest.approx(16, abs=0.2)


# --- long chats -----------------------------------------------------------------------------------
def test_rows_in_a_long_chat_build_no_cards_off_screen(view: ChatView) -> None:
    entries = many_entries(2000)
    view.set_conversation(1, entries)
    live = view.laid_out_count()
    assert live < 30
    view.set_context_cut(1500, 1499)
    view.set_summaries([(summary(through=1499, covered=1499), 1499)])
    assert view.laid_out_count() <= live
    assert view.divider() is None and view.summary_card_for(7) is None  # off screen: not built
    keys = rows(view)
    assert keys[keys.index(1499) + 1 : keys.index(1500)] == [summary_key(7), DIVIDER_KEY]
    assert view.is_following()
    view.scroll_to_message(1500)
    assert view.divider() is not None and view.laid_out_count() < 30


def test_rows_placed_above_the_screen_do_not_move_what_is_read(view: ChatView, qtbot) -> None:
    entries = many_entries(200)
    view.set_conversation(1, entries)
    view.scroll_to_message(150)
    qtbot.wait(1)
    bar = view.message_list().verticalScrollBar()
    top = view.message_list().row_rect_top(150)
    assert top is not None
    offset = bar.value() - top
    view.set_context_cut(40, 39)  # far above what is read
    view.set_summaries([(summary(through=39), 39)])
    new_top = view.message_list().row_rect_top(150)
    assert new_top is not None and bar.value() - new_top == offset
    assert not view.is_following()


def test_on_a_narrow_window_the_button_goes_under_the_sentence(qtbot) -> None:
    narrow = shown_chat_view(qtbot, 420, 700)
    narrow.set_conversation(1, chat(6))
    narrow.set_context_cut(3, 2)
    divider = narrow.divider()
    assert divider is not None
    assert divider.button.geometry().top() >= divider.label.geometry().bottom()  # stacked
    assert divider.button.geometry().right() <= divider.width()
    narrow.resize(1000, 700)
    qtbot.waitUntil(lambda: narrow.divider() is not None
                    and narrow.divider().button.geometry().top() < narrow.divider().label.geometry().bottom())
