"""The shortcut table: complete, parseable, and shown in a read-only two-column dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop_chat.ui.window.shortcuts import SHORTCUTS, ShortcutsDialog, description_for, display_keys

pytestmark = pytest.mark.gui


REQUIRED = {
    "Enter", "Shift+Enter", "Ctrl+Enter", "Esc", "Ctrl+N", "Ctrl+F", "Ctrl+,", "Ctrl+Shift+S", "F2",
    "Delete", "Ctrl+C", "Ctrl+Q", "F1", "Ctrl+L", "Alt+Up", "Alt+Down",
}  # fmt: skip


def test_table_is_complete_and_unique():
    keys = [k for k, _ in SHORTCUTS]
    assert set(keys) >= REQUIRED
    assert len(keys) == len(set(keys))
    assert all(description for _, description in SHORTCUTS)
    assert description_for("Esc") == "Stop the answer"
    with pytest.raises(KeyError):
        description_for("Ctrl+Alt+Del")


@pytest.mark.parametrize(("keys", "_description"), SHORTCUTS)
def test_every_key_sequence_parses(keys, _description):
    sequence = QKeySequence(keys)
    assert sequence.count() == 1 and sequence[0].key() != Qt.Key.Key_unknown
    assert display_keys(keys)


def test_dialog_lists_every_shortcut(qtbot):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    table = dialog.table
    assert table.columnCount() == 2 and table.rowCount() == len(SHORTCUTS)
    assert [table.horizontalHeaderItem(i).text() for i in range(2)] == ["Keys", "Action"]
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert ("Ctrl+N", "New chat") in rows and ("Esc", "Stop the answer") in rows
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert table.accessibleName() == "Keyboard shortcuts"
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
