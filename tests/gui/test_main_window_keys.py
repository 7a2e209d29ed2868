"""Every shortcut in the F1 list works: registered on the window, or handled by a named widget."""

from __future__ import annotations

import pytest
from _shell_helpers import SHELL_KEY
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QWidget

from desktop_chat.domain import Role
from desktop_chat.ui.window.main_window import WIDGET_SHORTCUTS
from desktop_chat.ui.window.shortcuts import SHORTCUTS

pytestmark = pytest.mark.gui


def registered_keys(root: QWidget) -> set[str]:
    """The key sequences of the enabled-able QActions and QShortcuts living under `root`."""
    keys: set[str] = set()
    for action in [*root.actions(), *root.findChildren(QAction)]:
        keys.update(seq.toString() for seq in action.shortcuts())
    for shortcut in root.findChildren(QShortcut):
        keys.add(shortcut.key().toString())
    return keys


def test_every_listed_shortcut_is_registered_or_widget_handled(qtbot, make_shell):
    shell = make_shell(start=False)
    keys = registered_keys(shell.window)
    missing = [
        k for k, _ in SHORTCUTS
        if QKeySequence(k).toString() not in keys and k not in WIDGET_SHORTCUTS
    ]  # fmt: skip
    assert missing == []
    # a widget-level entry must not also be a window-wide shortcut (it would steal the key)
    listed = {k for k, _ in SHORTCUTS}
    assert set(WIDGET_SHORTCUTS) <= listed


def activate(qtbot, shell) -> None:
    """Window shortcuts need the active window (offscreen windows are not activated by show())."""
    with qtbot.waitActive(shell.window, timeout=3000):
        shell.window.activateWindow()
    shell.composer.focus_input()


def make_chats(shell, n: int) -> list[int]:
    ids = []
    for i in range(n):
        conv = shell.session.store.create_conversation(model="gemini-2.5-flash", title=f"Chat {i}")
        shell.session.store.add_message(conv.id, parent_id=None, role=Role.USER, content=f"hello {i}")
        ids.append(conv.id)
    shell.chats.refresh()
    return ids


def test_alt_up_down_switch_chats_from_the_message_box(qtbot, make_shell):
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 3)
    activate(qtbot, shell)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    first = shell.current_id
    assert first in ids
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    second = shell.current_id
    assert second in ids and second != first
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shell.current_id == first


def test_f2_renames_the_current_chat(qtbot, make_shell):
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 2)
    shell.open_conversation(ids[0])
    activate(qtbot, shell)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_F2)
    view = shell.conversation_list.list_view
    assert view.state() == QAbstractItemView.State.EditingState
    editor = view.focusWidget() if view.focusWidget() is not view else None
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Renamed by F2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.session.store.get_conversation(ids[0]).title == "Renamed by F2", timeout=3000)


def test_ctrl_shift_e_exports_the_current_chat(qtbot, make_shell):
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 1)
    shell.open_conversation(ids[0])
    activate(qtbot, shell)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialogs = [d for d in shell.window.findChildren(QFileDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "Export chat"
    dialogs[0].reject()


def test_ctrl_q_quits_from_the_message_box_and_from_another_window_of_the_app(qtbot, make_shell):
    from PySide6.QtWidgets import QApplication

    shell = make_shell(start=False)
    assert shell.window.quit_action.shortcutContext() is Qt.ShortcutContext.ApplicationShortcut
    activate(qtbot, shell)
    quits: list[int] = []
    shell.window.quit_action.triggered.connect(lambda: quits.append(1))
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == [1]
    # the keyboard shortcuts window (F1) has the focus: Ctrl+Q still quits the app
    shell.window.shortcuts_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.isVisible() and w.windowTitle() == "Keyboard shortcuts")
    with qtbot.waitActive(dialog, timeout=3000):
        dialog.activateWindow()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == [1, 1]
    dialog.close()
