"""A masked API-key field with a Show/Hide button, and tidying of what people paste.

Why: keys are pasted from e-mails and web pages, often with a trailing newline, quotes or a
"Bearer " prefix; the field cleans that up, never shows the key unless asked, and the
Show button is a real button so keyboard users can reach it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop_chat.ui.window.icons import icon


def clean_key(text: str) -> str:
    """The key without surrounding whitespace or quotes and without a leading "Bearer "."""
    key = text.strip().strip("\"'").strip()
    if key[:7].lower() == "bearer ":
        key = key[7:].strip()
    return key


def key_problem(key: str) -> str | None:
    """A plain sentence if `key` (already cleaned) can't be an API key, else None."""
    if not key:
        return QCoreApplication.translate("KeyField", "Paste your API key first.")
    if any(not (0x21 <= ord(ch) <= 0x7E) for ch in key):
        return QCoreApplication.translate(
            "KeyField", "The key contains spaces or unusual characters. Copy it again from where you got it."
        )
    return None


class KeyField(QWidget):
    textChanged = Signal(str)
    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        """`accessible_name`: the field's name for screen readers, already translated ("" = "API key")."""
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.line_edit.setAccessibleName(accessible_name or self.tr("API key"))
        self.line_edit.setPlaceholderText(self.tr("Paste your API key"))
        self.line_edit.textChanged.connect(self.textChanged)
        self.line_edit.returnPressed.connect(self.returnPressed)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._on_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.line_edit)
        self._on_toggled(False)

    def key(self) -> str:
        return clean_key(self.line_edit.text())

    def setText(self, text: str) -> None:
        self.line_edit.setText(text)

    def clear(self) -> None:
        self.line_edit.clear()

    def is_revealed(self) -> bool:
        return self.line_edit.echoMode() == QLineEdit.EchoMode.Normal

    def _on_toggled(self, show: bool) -> None:
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password)
        label = self.tr("Hide key") if show else self.tr("Show key")
        self.toggle.setIcon(icon("eye-off" if show else "eye"))
        self.toggle.setToolTip(label)
        self.toggle.setAccessibleName(label)
