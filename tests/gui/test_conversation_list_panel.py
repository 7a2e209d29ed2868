"""The chat list panel: every signal, the undo toast, search results, rename, keyboard use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from desktop_chat.ui.conversations import panel as cl
from desktop_chat.ui.conversations.model import Roles
from desktop_chat.ui.conversations.panel import EMPTY_TEXT, ConversationListPanel

try:
    from ._panels_helpers import DAY, Hit, conv
except ImportError:
    from _panels_helpers import DAY, Hit, conv

pytestmark = pytest.mark.gui
NOW = 1_773_565_200.0  # a fixed "now"


@pytest.fixture
def panel(qtbot):
    widget = ConversationListPanel()
    qtbot.addWidget(widget)
    widget.resize(300, 500)
    widget.set_conversations(
        [
            conv(1, "Style guide", NOW - 20 * DAY, pinned=True),
            conv(2, "Quarterly report summary " * 5, NOW - 60),
            conv(3, "Email to Anna", NOW - 3600),
            conv(4, "Budget", NOW - DAY),
        ],
        now=NOW,
    )
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_row(qtbot, panel, cid, button=Qt.MouseButton.LeftButton):
    view = panel.list_view
    rect = view.visualRect(panel.model.index_of(cid))
    qtbot.mouseClick(view.viewport(), button, pos=rect.center())


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


def test_delete_key_deletes_and_undo_restores(qtbot, panel):
    click_row(qtbot, panel, 3)
    with qtbot.waitSignal(panel.deleteRequested) as blocker:
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Delete)
    assert blocker.args == [3]
    assert panel.toast.isVisible()
    assert panel.toast.text == "Chat deleted" and panel.toast.action_text == "Undo"
    with qtbot.waitSignal(panel.undoDeleteRequested) as blocker:
        qtbot.mouseClick(panel.toast.action_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [3]
    assert not panel.toast.isVisible()


def test_ctrl_z_undoes_while_the_toast_shows(qtbot, panel):
    panel.delete_conversation(4)
    panel.list_view.setFocus()
    with qtbot.waitSignal(panel.undoDeleteRequested) as blocker:
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [4]
    with qtbot.assertNotEmitted(panel.undoDeleteRequested):  # nothing left to undo
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_toast_times_out_and_undo_is_gone(qtbot, panel, monkeypatch):
    monkeypatch.setattr(cl, "UNDO_TIMEOUT_MS", 50)
    panel.delete_conversation(2)
    with qtbot.waitSignal(panel.toast.dismissed, timeout=2000):
        pass
    assert not panel.toast.isVisible()
    with qtbot.assertNotEmitted(panel.undoDeleteRequested):
        assert panel.toast.trigger_action() is False


def test_second_delete_replaces_the_undo(qtbot, panel):
    panel.delete_conversation(2)
    panel.delete_conversation(3)
    with qtbot.waitSignal(panel.undoDeleteRequested) as blocker:
        panel.toast.trigger_action()
    assert blocker.args == [3]


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


def test_inline_rename_with_f2(qtbot, panel):
    click_row(qtbot, panel, 3)
    qtbot.keyClick(panel.list_view, Qt.Key.Key_F2)
    editor = panel.list_view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Email to Anna"
    editor.setText("  Email to   Bob ")
    with qtbot.waitSignal(panel.renameRequested) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert blocker.args == [3, "Email to Bob"]


def test_rename_to_same_or_empty_title_is_ignored(qtbot, panel):
    with qtbot.assertNotEmitted(panel.renameRequested):
        for text in ("Email to Anna", "   "):
            panel.start_rename(3)
            editor = panel.list_view.findChild(QLineEdit)
            editor.setText(text)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: panel.list_view.state() != panel.list_view.State.EditingState)


def test_search_is_debounced_and_results_replace_the_list(qtbot, panel):
    emitted = []
    panel.searchQueryChanged.connect(emitted.append)
    with qtbot.waitSignal(panel.searchQueryChanged) as blocker:
        qtbot.keyClicks(panel.search_box, "rep")
    assert blocker.args == ["rep"] and emitted == ["rep"]
    assert panel.stack.currentWidget() is panel.results_view  # waiting for results
    panel.set_search_results("rep", [Hit(2, 11, "Quarterly report", "the <b>rep</b>ort"),
                                     Hit(4, None, "Budget", "<b>rep</b>ly")])
    assert panel.results_model.rowCount() == 2
    with qtbot.waitSignal(panel.searchResultActivated) as blocker:
        rect = panel.results_view.visualRect(panel.results_model.index(1, 0))
        qtbot.mouseClick(panel.results_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [4, 0]
    with qtbot.waitSignal(panel.searchResultActivated) as blocker:
        qtbot.keyClick(panel.results_view, Qt.Key.Key_Return)
    assert blocker.args == [4, 0]
    with qtbot.waitSignal(panel.searchQueryChanged) as blocker:
        panel.search_box.clear()
    assert blocker.args == [""]
    assert panel.stack.currentWidget() is panel.list_view


def test_enter_in_the_search_box_opens_the_best_hit(qtbot, panel):
    panel.search_box.setText("report")
    panel.set_search_results("report", [Hit(2, 11, "Quarterly report", "<b>report</b>")])
    with qtbot.waitSignal(panel.searchResultActivated) as blocker:
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert blocker.args == [2, 11]


def test_stale_results_are_ignored_and_no_match_is_said(qtbot, panel):
    panel.search_box.setText("report")
    panel.set_search_results("rep", [Hit(2, 11, "Quarterly report", "<b>rep</b>")])
    assert panel.results_model.rowCount() == 0
    panel.set_search_results("report", [])
    assert panel.stack.currentWidget() is panel.no_results_label
    assert panel.no_results_label.text() == "No chats match “report”."


def test_escape_clears_the_search(qtbot, panel):
    panel.search_box.setText("x")
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Escape)
    assert panel.search_box.text() == ""


def test_focus_search(qtbot, panel):
    panel.activateWindow()
    panel.search_box.setText("old")
    panel.list_view.setFocus()
    panel.focus_search()
    qtbot.waitUntil(panel.search_box.hasFocus)
    assert panel.search_box.selectedText() == "old"


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


def test_real_store_hits_render_safely(qtbot, panel, tmp_path):
    """Search hits from a real SQLite history: markup typed by a user never becomes markup."""
    from desktop_chat.domain import Role
    from desktop_chat.store import HistoryStore

    store = HistoryStore.open(tmp_path / "history.sqlite3")
    try:
        chat = store.create_conversation(title="Budget <i>2026</i>")
        message = store.add_message(chat.id, parent_id=None, role=Role.USER,
                                    content='Please check the budget <img src="file:///etc/passwd"> & totals')
        hits = store.search("budget")
        panel.set_conversations(store.list_conversations())
    finally:
        store.close()
    assert {h.message_id for h in hits} >= {message.id}
    panel.search_box.setText("budget")
    panel.set_search_results("budget", hits)
    model = panel.results_model
    shown = [(model.data(model.index(r, 0)), model.data(model.index(r, 0), Roles.SNIPPET_HTML))
             for r in range(model.rowCount())]
    assert all(title == "Budget <i>2026</i>" for title, _ in shown)  # a title is plain text
    for _, snippet in shown:
        assert "<img" not in snippet and "<i>" not in snippet and "<b>" in snippet.lower()
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), Roles.MESSAGE_ID))
    with qtbot.waitSignal(panel.searchResultActivated) as blocker:
        rect = panel.results_view.visualRect(model.index(row, 0))
        qtbot.mouseClick(panel.results_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [chat.id, message.id]
    assert not panel.results_view.grab().toImage().isNull()
