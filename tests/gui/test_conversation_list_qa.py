"""Chat list fixes found in QA: the keyboard keeps working after an inline rename."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_chat.ui.conversations.panel import ConversationListPanel

try:
    from ._panels_helpers import DAY, conv
except ImportError:
    from _panels_helpers import DAY, conv

pytestmark = pytest.mark.gui
NOW = 1_773_565_200.0


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
