"""The chat list panel alone: selection, headings, the context menu, the empty state, keyboard use
(search: test_search.py; rename, delete and undo: test_rename_delete_undo.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_chat.ui.conversations import panel as cl
from desktop_chat.ui.conversations.model import Roles
from desktop_chat.ui.conversations.panel import EMPTY_TEXT
from tests.gui.helpers import DAY, Hit, click_row, conv
from tests.gui.helpers import LIST_NOW as NOW

pytestmark = pytest.mark.gui


def test_click_selects_and_set_current_is_silent(qtbot, panel):
    with qtbot.waitSignal(panel.conversationSelected) as blocker:
        click_row(qtbot, panel, 3)
    assert blocker.args == [3]
    assert panel.current_conversation_id() == 3
    with qtbot.assertNotEmitted(panel.conversationSelected):
        panel.set_current(4)
        panel.set_conversations([conv(4, "Budget", NOW - DAY), conv(5, "New", NOW)], now=NOW)
    assert panel.current_conversation_id() == 4


def test_headers_cannot_be_selected(qtbot, panel):
    view = panel.list_view
    with qtbot.assertNotEmitted(panel.conversationSelected):
        heading = view.visualRect(panel.model.index(0, 0)).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=heading)
    assert view.selectionModel().selectedIndexes() == []


def test_new_chat_button(qtbot, panel):
    with qtbot.waitSignal(panel.newChatRequested):
        qtbot.mouseClick(panel.new_chat_button, Qt.MouseButton.LeftButton)


def test_context_menu_actions(qtbot, panel):
    menu = panel.context_menu_for(3)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Rename", "Pin", "Archive", "Export as", "Delete"]
    actions = {a.text(): a for a in menu.actions()}
    with qtbot.waitSignal(panel.pinRequested) as blocker:
        actions["Pin"].trigger()
    assert blocker.args == [3, True]
    with qtbot.waitSignal(panel.archiveRequested) as blocker:
        actions["Archive"].trigger()
    assert blocker.args == [3, True]
    export = {a.text(): a for a in actions["Export as"].menu().actions()}
    assert list(export) == ["Markdown (.md)", "JSON (.json)", "Web page (.html)"]
    formats = (("Markdown (.md)", "markdown"), ("JSON (.json)", "json"), ("Web page (.html)", "html"))
    for label, fmt in formats:
        with qtbot.waitSignal(panel.exportRequested) as blocker:
            export[label].trigger()
        assert blocker.args == [3, fmt]
    with qtbot.waitSignal(panel.deleteRequested) as blocker:
        actions["Delete"].trigger()
    assert blocker.args == [3] and panel.toast.isVisible()
    pinned = {a.text(): a for a in panel.context_menu_for(1).actions()}
    assert "Unpin" in pinned
    with qtbot.waitSignal(panel.pinRequested) as blocker:
        pinned["Unpin"].trigger()
    assert blocker.args == [1, False]
    assert panel.context_menu_for(999) is None


def test_unarchive_in_the_menu_of_an_archived_chat(qtbot, panel):
    panel.set_conversations([conv(9, "Old", NOW - 50 * DAY, archived=True)], now=NOW)
    actions = {a.text(): a for a in panel.context_menu_for(9).actions()}
    with qtbot.waitSignal(panel.archiveRequested) as blocker:
        actions["Unarchive"].trigger()
    assert blocker.args == [9, False]


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups can't grab input
def test_right_click_opens_the_menu(qtbot, panel):
    rect = panel.list_view.visualRect(panel.model.index_of(3))
    with qtbot.waitSignal(panel.list_view.customContextMenuRequested):
        panel.list_view.customContextMenuRequested.emit(rect.center())
    menus = [m for m in panel.findChildren(cl.QMenu) if m.isVisible()]
    assert menus and menus[0].accessibleName() == "Actions for Email to Anna"
    menus[0].close()
    panel.list_view.customContextMenuRequested.emit(QPoint(5, 480))  # empty area: no menu


def test_empty_state_and_archived_toggle(qtbot, panel):
    panel.set_conversations([], now=NOW)
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == EMPTY_TEXT == "No chats yet — start one with New chat (Ctrl+N)"
    with qtbot.waitSignal(panel.showArchivedToggled) as blocker:
        qtbot.mouseClick(panel.archived_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert panel.archived_button.text() == "Hide archived chats"
    assert panel.empty_label.text() == "No archived chats."
    with qtbot.waitSignal(panel.showArchivedToggled) as blocker:
        panel.archived_button.click()
    assert blocker.args == [False]


def test_select_adjacent_skips_headings(qtbot, panel):
    panel.set_current(1)  # pinned, first row after its heading
    with qtbot.waitSignal(panel.conversationSelected) as blocker:
        assert panel.select_adjacent(1) == 2  # skips the "Today" heading
    assert blocker.args == [2]
    assert panel.select_adjacent(2) == 4
    assert panel.select_adjacent(1) is None  # at the end: stays
    assert panel.select_adjacent(-3) == 1


def test_streaming_indicator_and_painting(qtbot, panel):
    panel.set_streaming(3, True)
    assert panel.model.data(panel.model.index_of(3), Roles.STREAMING) is True
    image = panel.grab().toImage()  # paints headings, elided titles, the streaming dot
    assert not image.isNull()
    panel.search_box.setText("a")
    panel.set_search_results("a", [Hit(3, 1, "Email to Anna", "<b>a</b> " * 80)])
    assert not panel.grab().toImage().isNull()


def test_keyboard_reachability_and_names(qtbot, panel):
    for widget in (panel.new_chat_button, panel.search_box, panel.list_view, panel.results_view,
                   panel.archived_button):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    assert panel.search_box.nextInFocusChain() is not None
