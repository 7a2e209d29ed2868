"""Every keyboard shortcut of the app, in one table, and the dialog that lists them (F1).

Why: the shell registers its QShortcuts from `SHORTCUTS`, so the list people read and the keys
that work can never drift apart. Keys are in Qt's portable text form (`QKeySequence(keys)`
parses them); the dialog shows them in the platform's own notation (⌘ on macOS).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Enter", "Send the message"),
    ("Shift+Enter", "New line in the message"),
    ("Ctrl+Enter", "Send the message"),
    ("Esc", "Stop the answer"),
    ("Ctrl+N", "New chat"),
    ("Ctrl+F", "Search chats"),
    ("Ctrl+L", "Focus the message box"),
    ("Alt+Up", "Previous chat"),
    ("Alt+Down", "Next chat"),
    ("F2", "Rename chat"),
    ("Delete", "Delete chat (with undo)"),
    ("Ctrl+Z", "Undo delete, while the notice shows"),
    ("Ctrl+C", "Copy the selection"),
    ("Ctrl+Shift+E", "Export the chat"),
    ("Ctrl+,", "Settings"),
    ("Ctrl+Shift+S", "Show or hide the sidebar"),
    ("F1", "Keyboard shortcuts"),
    ("Ctrl+Q", "Quit"),
)


def display_keys(keys: str) -> str:
    """`keys` as the platform writes them (e.g. "⌘N" on macOS); Enter/Esc stay readable."""
    if keys in ("Enter", "Shift+Enter", "Esc"):
        return keys
    text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    return text or keys


def description_for(keys: str) -> str:
    """The description of a shortcut in `SHORTCUTS` (for QShortcut/QAction tooltips)."""
    for k, description in SHORTCUTS:
        if k == keys:
            return description
    raise KeyError(keys)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Keys", "Action"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 0 10px; }"
                                 "QHeaderView::section { padding: 4px 10px; border: none;"
                                 " border-bottom: 1px solid palette(mid); font-weight: bold; }")
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for row, (keys, description) in enumerate(SHORTCUTS):
            key_item = QTableWidgetItem(display_keys(keys))
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(description))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 12)
        note = QLabel("Right-click a chat in the list for Rename, Pin, Archive, Export and Delete.", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(rows_height + header.sizeHint().height() + 6, 520))
        self.resize(440, self.sizeHint().height())
