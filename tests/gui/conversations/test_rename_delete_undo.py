"""Renaming, deleting and undoing in the chat list: the panel alone, then in the window, also while
the deleted chat's answer streams."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_chat.domain import MessageStatus, Role
from desktop_chat.ui.conversations import panel as cl
from desktop_chat.ui.conversations.panel import ConversationListPanel
from tests.gui.helpers import (
    DAY,
    SHELL_KEY,
    activate,
    click_row,
    conv,
    env_for,
    make_chats,
    ready,
    settle,
    start_slow_answer,
    type_and_send,
)
from tests.gui.helpers import LIST_NOW as NOW

pytestmark = pytest.mark.gui


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


def test_after_inline_rename_and_list_refresh_delete_key_still_works(qtbot):  # type: ignore[no-untyped-def]
    panel = ConversationListPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 500)
    rows = [conv(3, "Email to Anna", NOW - 3600), conv(4, "Budget", NOW - DAY)]
    panel.set_conversations(rows, now=NOW)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)

    def store_renamed(cid: int, title: str) -> None:  # what the shell does: save, then reload the list
        panel.set_conversations([conv(3, title, NOW), rows[1]], now=NOW)

    panel.renameRequested.connect(store_renamed)
    rect = panel.list_view.visualRect(panel.model.index_of(3))
    qtbot.mouseClick(panel.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel.start_rename(3)
    editor = panel.list_view.findChild(QLineEdit)
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    editor.setText("Email to Bob")
    with qtbot.waitSignal(panel.renameRequested, timeout=1000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert panel.list_view.state() != panel.list_view.State.EditingState
    assert panel.model.index_of(3).data(Qt.ItemDataRole.EditRole) == "Email to Bob"
    assert panel.current_conversation_id() == 3
    focused = QApplication.focusWidget()
    assert focused is panel.list_view
    with qtbot.waitSignal(panel.deleteRequested, timeout=1000) as blocker:
        qtbot.keyClick(focused, Qt.Key.Key_Delete)
    assert blocker.args == [3]


def test_deleting_the_chat_whose_answer_streams_then_undo(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    cid = start_slow_answer(qtbot, shell, sim)
    shell.conversation_list.delete_conversation(cid)
    assert shell.current_id is None
    shell.conversation_list._on_undo()  # Undo while the stopped answer is still being saved
    settle(qtbot, shell)
    assert shell.session.store.get_conversation(cid) is not None
    answer = shell.session.store.branch(cid)[-1]
    assert answer.role is Role.ASSISTANT and answer.status is MessageStatus.INTERRUPTED
    assert shell.chat_view.entries() == []  # the new chat stays on screen
    shell.open_conversation(cid)
    assert shell.chat_view.entries()[-1].message.id == answer.id


def test_deleting_another_chat_whose_answer_streams(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    first = start_slow_answer(qtbot, shell, sim)
    shell.new_chat()
    type_and_send(qtbot, shell, "Second")
    second = shell.current_id
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(second), timeout=10000)
    shell.conversation_list.delete_conversation(first)
    settle(qtbot, shell)
    assert shell.current_id == second
    assert first not in [c.id for c in shell.session.store.list_conversations()]


def test_arrow_keys_walk_the_list_and_delete_then_ctrl_z_undoes(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 3)
    activate(qtbot, shell)
    view = shell.conversation_list.list_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    first = shell.current_id
    assert first is not None
    assert QApplication.focusWidget() is view  # walking the list keeps the focus in the list
    qtbot.keyClick(view, Qt.Key.Key_Down)
    second = shell.current_id
    assert second not in (None, first)
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert second not in [c.id for c in shell.session.store.list_conversations()]
    assert QApplication.focusWidget() is view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert second in [c.id for c in shell.session.store.list_conversations()]
    assert sorted(ids) == sorted(c.id for c in shell.session.store.list_conversations())
