"""A small transient message with one action button ("Chat deleted · Undo").

Why: destructive actions happen at once and are undone from here, instead of asking "Are you
sure?" every time. The toast floats at the bottom of its parent, does not take focus, and hides
itself after a timeout; the action stays reachable from the keyboard (Tab, or the owner's Ctrl+Z).
Its message is its owner's sentence: after a language switch the owner writes it again
(`set_words`), the toast's own words it rewrites itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop_chat.ui.language import is_language_change

DEFAULT_TIMEOUT_MS = 8000


class Toast(QFrame):
    """Overlay child of `parent`; `show_message` replaces whatever it showed before."""

    actionTriggered = Signal()
    dismissed = Signal()  # hidden without the action: timed out, closed, or replaced

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(False)
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setObjectName("toastText")
        self._label.setWordWrap(True)
        self._action = QPushButton(self)
        self._action.setObjectName("toastAction")
        self._action.setCursor(Qt.CursorShape.PointingHandCursor)
        self._action.clicked.connect(self._on_action)
        self._close = QToolButton(self)
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.setStyleSheet(
            "#toast { background: rgba(40, 40, 46, 235); border-radius: 8px; }"
            "#toastText { color: white; }"
            "#toastAction { color: #8ab4ff; background: transparent; border: none; font-weight: bold;"
            " padding: 4px 8px; }"
            "#toastAction:focus { border: 1px solid #8ab4ff; border-radius: 4px; }"
            "QToolButton { color: #cfcfd4; border: none; padding: 2px 6px; }"
        )
        parent.installEventFilter(self)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Notification"))
        self._close.setAccessibleName(self.tr("Dismiss notification"))
        self._close.setToolTip(self.tr("Dismiss"))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    @property
    def text(self) -> str:
        return self._label.text()

    @property
    def action_text(self) -> str:
        return self._action.text()

    @property
    def action_button(self) -> QPushButton:
        return self._action

    def show_message(self, text: str, action_text: str = "", timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        if self.isVisible():
            self._hide(dismissed=True)
        self._write(text, action_text)
        self._reposition()
        self.show()
        self.raise_()
        self._timer.start(timeout_ms)

    def set_words(self, text: str, action_text: str = "") -> None:
        """The message on show, written again (another language): same action, same time left."""
        self._write(text, action_text)
        if self.isVisible():
            self._reposition()

    def _write(self, text: str, action_text: str) -> None:
        self._label.setText(text)
        self._action.setText(action_text)
        self._action.setAccessibleName(action_text)
        self._action.setVisible(bool(action_text))
        self.setAccessibleDescription(text)

    def trigger_action(self) -> bool:
        """Run the action if the toast is showing one; True if it did."""
        if self.isVisible() and self._action.isVisible():
            self._on_action()
            return True
        return False

    def dismiss(self) -> None:
        if self.isVisible():
            self._hide(dismissed=True)

    def _on_action(self) -> None:
        self._hide(dismissed=False)
        self.actionTriggered.emit()

    def _hide(self, *, dismissed: bool) -> None:
        self._timer.stop()
        self.hide()
        if dismissed:
            self.dismissed.emit()

    def _reposition(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        margin = 10
        width = min(max(parent.width() - 2 * margin, 120), 420)
        layout = self.layout()
        height = layout.heightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
        height = max(height, self.sizeHint().height())
        self.setGeometry((parent.width() - width) // 2, parent.height() - height - margin, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._reposition()
        return False
