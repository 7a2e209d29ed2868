"""Searching the history: the panel's search box and results alone, real store hits rendered
safely, then in the window — hits on other branches, stale hits, merged title and message hits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_chat.domain import Role
from desktop_chat.ui.conversations.model import Roles
from tests.gui.helpers import (
    SHELL_KEY,
    Hit,
    env_for,
    make_chats,
)

pytestmark = pytest.mark.gui


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


def test_a_search_hit_on_another_branch_of_the_open_chat_is_shown(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    conv = shell.session.store.create_conversation(model="gpt-4o", title="Fruit")
    store = shell.session.store
    question = store.add_message(conv.id, parent_id=None, role=Role.USER, content="Name a fruit")
    hidden = store.add_message(conv.id, parent_id=question.id, role=Role.ASSISTANT,
                               content="Quinces are underrated")
    shown = store.add_message(conv.id, parent_id=question.id, role=Role.ASSISTANT, content="Bananas")
    shell.chats.refresh()
    shell.open_conversation(conv.id)
    assert [e.message.id for e in shell.chat_view.entries()][-1] == shown.id
    shell.conversation_list.searchResultActivated.emit(conv.id, hidden.id)
    assert [e.message.id for e in shell.chat_view.entries()][-1] == hidden.id


def test_jumping_to_a_search_hit_keeps_the_draft_of_the_chat_left(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 2)
    shell.open_conversation(ids[0])
    qtbot.keyClicks(shell.composer.edit, "unsaved words")  # still inside the draft debounce
    target = shell.session.store.branch(ids[1])[0]
    shell.conversation_list.searchResultActivated.emit(ids[1], target.id)
    assert shell.current_id == ids[1]
    conversation = shell.session.store.get_conversation(ids[0])
    assert conversation is not None and conversation.draft == "unsaved words"
    shell.new_chat()
    assert shell.composer.text() == ""  # not the other chat's words


def test_a_stale_search_hit_of_a_deleted_message_or_chat_is_harmless(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 2)
    gone = shell.session.store.branch(ids[0])[0]
    shell.open_conversation(ids[0])
    shell.session.store.delete_message(gone.id)
    shell.conversation_list.searchResultActivated.emit(ids[0], gone.id)  # results shown before
    shell.new_chat()
    shell.conversation_list.delete_conversation(ids[1])
    hit = shell.session.store.branch(ids[1])[0] if shell.session.store.get_conversation(ids[1]) else None
    shell.conversation_list.searchResultActivated.emit(ids[1], hit.id if hit else 0)
    assert shell.current_id in (None, ids[1])


def test_search_results_forget_a_chat_deleted_meanwhile(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 2)
    panel = shell.conversation_list
    panel.search_box.setText("hello")
    qtbot.waitUntil(lambda: panel.results_model.rowCount() == 2, timeout=3000)
    panel.delete_conversation(ids[1])
    assert panel.results_model.rowCount() == 1
    panel._on_undo()
    assert panel.results_model.rowCount() == 2


def test_search_shows_a_chat_once_when_title_and_message_match(qtbot, make_shell, sim):
    from desktop_chat.services import merge_search_hits

    shell = make_shell(env_for(sim), start=False)
    conv = shell.session.store.create_conversation(model="gemini-2.5-flash", title="Quarterly budget")
    shell.session.store.add_message(conv.id, parent_id=None, role=Role.USER,
                                    content="Check the budget numbers")
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
