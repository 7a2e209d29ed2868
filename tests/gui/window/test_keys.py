"""The keyboard: every shortcut in the F1 list works (registered on the window, or handled by a named
widget), the window can be used without a mouse, and Tab walks the panels in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QWidget

from desktop_chat.domain import MessageStatus
from desktop_chat.ui.window.main_window import WIDGET_SHORTCUTS
from desktop_chat.ui.window.shortcuts import SHORTCUTS
from tests.gui.helpers import (
    SHELL_KEY,
    activate,
    env_for,
    focused,
    make_chats,
    ready,
    start_slow_answer,
    type_and_send,
)

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
    store = shell.session.store
    qtbot.waitUntil(lambda: store.get_conversation(ids[0]).title == "Renamed by F2", timeout=3000)


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


def test_a_day_of_chatting_with_the_keyboard_only(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    activate(qtbot, shell)
    edit = shell.composer.edit
    assert focused() is edit
    type_and_send(qtbot, shell, "Quarterly numbers please")
    first = shell.current_id
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(first) and not shell.composer.is_streaming(),
                    timeout=10000)
    # Esc stops a streaming answer
    sim.queue("default;tps=30;chunks=400")
    type_and_send(qtbot, shell, "And a long one")
    qtbot.waitUntil(lambda: bool(getattr(shell.session.chat.live_answer(first), 'text', '')), timeout=5000)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(first), timeout=5000)
    assert shell.session.store.branch(first)[-1].status is MessageStatus.INTERRUPTED
    # Ctrl+N: a new chat, typing goes to the message box
    qtbot.keyClick(edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_id is None and focused() is edit
    # Ctrl+F, type, Enter jumps to the hit, the message box takes over; Esc in search clears it
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = shell.conversation_list.search_box
    assert focused() is box
    qtbot.keyClicks(box, "Quarterly")
    qtbot.waitUntil(lambda: shell.conversation_list.results_model.rowCount() > 0, timeout=3000)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert shell.current_id == first
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert shell.conversation_list.stack.currentWidget() is shell.conversation_list.list_view
    # Ctrl+, opens the settings, Esc closes them and the keyboard is back in the message box
    shell.composer.focus_input()
    qtbot.keyClick(edit, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = shell.gateway.settings_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and shell.gateway.settings_dialog is None
    # F1: the shortcuts window
    activate(qtbot, shell)
    qtbot.keyClick(edit, Qt.Key.Key_F1)
    from desktop_chat.ui.window.shortcuts import ShortcutsDialog

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible()]
    assert len(shown) == 1
    qtbot.keyClick(shown[0], Qt.Key.Key_Escape)
    assert not shown[0].isVisible()


def test_tab_walks_list_chat_composer_sidebar(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 2)
    shell.window.resize(1280, 800)
    shell.open_conversation(ids[0])
    activate(qtbot, shell)
    qtbot.waitUntil(shell.sidebar.isVisible, timeout=3000)
    shell.conversation_list.new_chat_button.setFocus()
    order = []
    widget = focused()
    for _ in range(40):
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = focused()
        if widget is order[0]:
            break
    def area(w) -> str:  # type: ignore[no-untyped-def]
        for name, panel in (("list", shell.conversation_list), ("chat", shell.chat_view),
                            ("composer", shell.composer), ("sidebar", shell.sidebar),
                            ("corner", shell.window.toolbar)):
            if panel is w or panel.isAncestorOf(w):
                return name
        return "other"
    areas = [area(w) for w in order]
    collapsed = [a for i, a in enumerate(areas) if i == 0 or a != areas[i - 1]]
    assert collapsed == ["list", "chat", "composer", "sidebar", "corner"], areas
    assert all(w.accessibleName() for w in order), [type(w).__name__ for w in order if not w.accessibleName()]
    assert widget is order[0]  # the cycle closes
    qtbot.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is order[-1]  # Shift+Tab walks back


def test_esc_in_the_search_box_clears_it_without_stopping_the_answer(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    activate(qtbot, shell)
    cid = start_slow_answer(qtbot, shell, sim)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = shell.conversation_list.search_box
    qtbot.keyClicks(box, "story")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert shell.streaming.is_streaming(cid)
    # F2, Esc: the rename is cancelled, the answer goes on
    qtbot.keyClick(box, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not box
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert shell.streaming.is_streaming(cid)
    # Esc anywhere else in the window stops it
    shell.chat_view.setFocus()
    qtbot.keyClick(shell.chat_view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(cid), timeout=5000)
