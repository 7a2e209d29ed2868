"""One line of feedback under a form: busy, success (green tick), error or plain info.

Why: both connection dialogs report a test the same way — a small busy bar while it runs, then one
plain sentence with a tick or a cross — in colours that stay readable in light and dark themes.
The sentence is the owner's (it writes it again after a language switch); the line's own word
("Working") it rewrites itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QProgressBar, QVBoxLayout, QWidget

from desktop_chat.ui.language import is_language_change

_COLORS = {  # (light theme, dark theme)
    "success": ("#1b7f37", "#6fdc8c"),
    "error": ("#b3261e", "#ff8a80"),
}


def semantic_color(kind: str, palette: QPalette) -> str:
    """A text colour for "success" or "error" that reads well on `palette`'s window colour."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return _COLORS[kind][1 if dark else 0]


class StatusLine(QWidget):
    changed = Signal()  # the text changed (the owner may need to grow)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(60, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.busy_bar.setAccessibleName(self.tr("Working"))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    @property
    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self._show("", "", busy=False)

    def show_busy(self, text: str) -> None:
        self._show("busy", text, busy=True)

    def show_success(self, text: str) -> None:
        self._show("success", f"✓ {text}")

    def show_error(self, text: str) -> None:
        self._show("error", f"✗ {text}")

    def show_info(self, text: str) -> None:
        self._show("info", text)

    def _show(self, kind: str, text: str, *, busy: bool = False) -> None:
        self.kind = kind
        self.busy_bar.setVisible(busy)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        color = semantic_color(kind, self.palette()) if kind in _COLORS else ""
        self.label.setStyleSheet(f"color: {color};" if color else "")
        self.setVisible(bool(text))
        self.changed.emit()


def note_label(parent: QWidget, *, warning: bool = False) -> QLabel:
    """A hidden, word-wrapped note under a field: muted, or red for a warning."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("warningNote" if warning else "note")
    if warning:
        label.setStyleSheet(f"color: {semantic_color('error', parent.palette())};")
    else:
        label.setEnabled(False)  # muted
    label.hide()
    return label


def show_note(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


def grow_to_fit(window: QWidget) -> None:
    """Make `window` wide enough for its one-line controls and tall enough for its word-wrapped
    labels at that width.

    Top-level widgets don't grow by themselves when a wrapped label gains a line (their minimum
    height ignores height-for-width), so rows would be clipped; call this after texts change.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    # Wider first, up to what the screen offers, when a control that cannot wrap (a check box, a
    # button) got longer words than the window has room for (a row shown later, another language).
    wanted = layout.totalSizeHint().width()
    screen = window.screen()
    room = screen.availableGeometry().width() if screen is not None else wanted
    if wanted > window.width():
        window.resize(min(wanted, room), window.height())
    width = window.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(width, needed)
    window.setMinimumHeight(max(needed, 0))


def stacked(parent: QWidget, *widgets: QWidget | QLayout, spacing: int = 3) -> QWidget:
    """One form field made of a control and the notes under it, so hidden notes take no room."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for item in widgets:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return box
