"""Every keyboard shortcut of the app, in one table, and the dialog that lists them (F1).

Why: the shell registers its QShortcuts from `SHORTCUTS`, so the list people read and the keys
that work can never drift apart. Keys are in Qt's portable text form (`QKeySequence(keys)`
parses them); the dialog shows them in the platform's own notation (⌘ on macOS). Descriptions are
English source texts (marked with QT_TRANSLATE_NOOP, context "Shortcuts"), translated where shown:
`description_for` gives the translated one. The dialog may stay open while the language changes
(it is not modal): `retranslate` writes its words again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
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

from desktop_chat.ui.language import is_language_change

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Send the message")),
    ("Shift+Enter", QT_TRANSLATE_NOOP("Shortcuts", "New line in the message")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("Shortcuts", "Send the message")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Stop the answer")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New chat")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search chats")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Focus the message box")),
    ("Alt+Up", QT_TRANSLATE_NOOP("Shortcuts", "Previous chat")),
    ("Alt+Down", QT_TRANSLATE_NOOP("Shortcuts", "Next chat")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "Rename chat")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Delete chat (with undo)")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo delete, while the notice shows")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("Shortcuts", "Copy the selection")),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "Export the chat")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print the chat")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the sidebar")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
)


def display_keys(keys: str) -> str:
    """`keys` as the platform writes them (e.g. "⌘N" on macOS); Enter/Esc stay readable."""
    if keys in ("Enter", "Shift+Enter", "Esc"):
        return keys
    text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    return text or keys


def describe(description: str) -> str:
    """A description of `SHORTCUTS`, translated."""
    return QCoreApplication.translate("Shortcuts", description)


def description_for(keys: str) -> str:
    """The translated description of a shortcut in `SHORTCUTS` (for QShortcut/QAction tooltips)."""
    for k, description in SHORTCUTS:
        if k == keys:
            return describe(description)
    raise KeyError(keys)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 0 10px; }"
                                 "QHeaderView::section { padding: 4px 10px; border: none;"
                                 " border-bottom: 1px solid palette(mid); font-weight: bold; }")
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for row in range(len(SHORTCUTS)):
            key_item = QTableWidgetItem()
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 12)
        self.note = note = QLabel(self)
        note.setWordWrap(True)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.retranslate()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(rows_height + header.sizeHint().height() + 6, 520))
        self.resize(440, self.sizeHint().height())

    def retranslate(self) -> None:
        """The dialog's words, the keys in the platform's (translated) notation and what they do."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        for row, (keys, description) in enumerate(SHORTCUTS):
            key_item, description_item = self.table.item(row, 0), self.table.item(row, 1)
            if key_item is not None and description_item is not None:
                key_item.setText(display_keys(keys))
                description_item.setText(describe(description))
        self.note.setText(
            self.tr("Right-click a chat in the list for Rename, Pin, Archive, Export and Delete."))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAccessibleName(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)
