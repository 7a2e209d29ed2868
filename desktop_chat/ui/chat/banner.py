"""The banner above the messages: one sentence, one helpful button, details on demand.

Why: when something goes wrong (UX.md, "Words for when things go wrong") the person reads what
happened in their terms and gets one action; the technical details stay one click away. The text
can be updated in place (a retry countdown) without rebuilding anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

KINDS = ("error", "info", "warning")


class Banner(QFrame):
    actionTriggered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setProperty("kind", "error")
        self._action_id = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 8, 8)
        outer.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.label = QLabel(self)
        self.label.setObjectName("BannerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName("Notice")
        self.details_button = QToolButton(self)
        self.details_button.setText("Details")
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName("Show details")
        self.details_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details_button.toggled.connect(self._toggle_details)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("BannerAction")
        self.action_button.clicked.connect(lambda: self.actionTriggered.emit(self._action_id))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName("Dismiss notice")
        self.close_button.setToolTip("Dismiss")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.clear)
        row.addWidget(self.label, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.action_button)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        self.details = QLabel(self)
        self.details.setObjectName("BannerDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName("Details")
        self.details.hide()
        outer.addWidget(self.details)
        self.hide()

    @property
    def action_id(self) -> str:
        return self._action_id

    def show_message(
        self,
        text: str,
        *,
        action_id: str = "",
        action_label: str = "",
        details: str = "",
        kind: str = "error",
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"banner kind must be one of {KINDS}, not {kind!r}")
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        for child in self.findChildren(QLabel):
            child.style().unpolish(child)
            child.style().polish(child)
        self.label.setText(text)
        self._action_id = action_id
        self.action_button.setText(action_label or action_id)
        self.action_button.setAccessibleName(action_label or action_id)
        self.action_button.setVisible(bool(action_id))
        self.details.setText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.details.hide()
        self.show()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def clear(self) -> None:
        self.hide()
        self._action_id = ""

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
        self.details_button.setAccessibleName("Hide details" if on else "Show details")
