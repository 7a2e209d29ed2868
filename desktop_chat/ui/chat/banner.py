"""The banner above the messages: one sentence, one helpful button, details on demand.

Why: when something goes wrong the person reads what happened in their terms and gets one
action; the technical details stay one click away. The text can be updated in place (a retry
countdown) without rebuilding anything. It shows a `Notice` (ui/notices.py) and answers with the
notice's typed action.

Its own words (the accessible names, "Details", the dismiss button) follow a language switch
(`retranslate`, on Qt's LanguageChange); the notice's sentence is the notice's own — `Notices`
words it again and shows it anew (`Notices.retranslate`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop_chat.ui.language import is_language_change
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


class Banner(QFrame):
    actionTriggered = Signal(object)  # NoticeAction
    dismissed = Signal()  # the person closed it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setProperty("kind", NoticeKind.ERROR.value)
        self._notice: Notice | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 8, 8)
        outer.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.label = QLabel(self)
        self.label.setObjectName("BannerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_button = QToolButton(self)
        self.details_button.setCheckable(True)
        self.details_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details_button.toggled.connect(self._toggle_details)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("BannerAction")
        self.action_button.clicked.connect(self._on_action)
        self.close_button = QToolButton(self)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self._on_close)
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
        self.details.hide()
        outer.addWidget(self.details)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Write the banner's own words in the language in force (the notice's are the notice's)."""
        self.label.setAccessibleName(translate("Banner", "Notice"))
        self.details_button.setText(translate("Banner", "Details"))
        self._update_details_name()
        self.details.setAccessibleName(translate("Banner", "Details"))
        self._set_dismiss_label(self._notice.dismiss_label if self._notice is not None else "")

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    @property
    def notice(self) -> Notice | None:
        return self._notice

    @property
    def action(self) -> NoticeAction:
        return NoticeAction.NONE if self._notice is None else self._notice.action

    def show_notice(self, notice: Notice) -> None:
        self._notice = notice
        self.setProperty("kind", notice.kind.value)
        self.style().unpolish(self)
        self.style().polish(self)
        for child in self.findChildren(QLabel):
            child.style().unpolish(child)
            child.style().polish(child)
        self.label.setText(notice.text)
        has_action = notice.action is not NoticeAction.NONE
        self.action_button.setText(notice.action_label)
        self.action_button.setAccessibleName(notice.action_label)
        self.action_button.setVisible(has_action)
        self.details.setText(notice.details)
        self.details_button.setVisible(bool(notice.details))
        self.details_button.setChecked(False)
        self.details.hide()
        self._set_dismiss_label(notice.dismiss_label)
        self.show()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def clear(self) -> None:
        self.hide()
        self._notice = None

    def _on_action(self) -> None:
        if self._notice is not None:
            self.actionTriggered.emit(self._notice.action)

    def _on_close(self) -> None:
        self.clear()
        self.dismissed.emit()

    def _set_dismiss_label(self, label: str) -> None:
        if label:
            self.close_button.setText(label)
            self.close_button.setToolTip(
                translate("Banner", "Dismiss this notice and keep waiting for the answer"))
            self.close_button.setAccessibleName(label)
        else:
            self.close_button.setText("✕")
            self.close_button.setToolTip(translate("Banner", "Dismiss"))
            self.close_button.setAccessibleName(translate("Banner", "Dismiss notice"))

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
        self._update_details_name()

    def _update_details_name(self) -> None:
        hide, show = translate("Banner", "Hide details"), translate("Banner", "Show details")
        self.details_button.setAccessibleName(hide if self.details_button.isChecked() else show)
