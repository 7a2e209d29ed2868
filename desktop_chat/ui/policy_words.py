"""What the organisation's policy looks like on screen: "Set by your organisation", greyed.

Why one module: every control the system policy locks (Settings, the sidebar, the menus) shows the
same small grey caption and the same tooltip, and is disabled the same way, so a person learns it
once and IT can tell people "the greyed items are ours". The words are here (context
"PolicyWords"); `LockedCaption` words itself again on a language change; `lock()` disables a
widget or action and gives it the tooltip; `PolicyInForce` is what a window hands its dialogs
(the policy and the file it came from, for the "Managed by your organisation" line).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from desktop_chat.services import Policy
from desktop_chat.ui.language import is_language_change

LOCKED_PROPERTY = "lockedByPolicy"  # a dynamic property set on what `lock()` disabled (tests read it)


def set_by_organisation() -> str:
    """The caption and tooltip of a locked control."""
    return QCoreApplication.translate("PolicyWords", "Set by your organisation")


def managed_text(source: str | None) -> str:
    """The one line that says a policy is in force, and where it is read from."""
    if source:
        return QCoreApplication.translate(
            "PolicyWords", "Managed by your organisation (policy: {path})").format(path=source)
    return QCoreApplication.translate("PolicyWords", "Managed by your organisation")


@dataclass(frozen=True, slots=True)
class PolicyInForce:
    """The policy a window runs under and where it was read from ("" when there is none)."""

    policy: Policy
    source: str = ""

    @property
    def active(self) -> bool:
        """Does the organisation decide anything here?"""
        return self.policy != Policy()


def lock(items: Iterable[QWidget | QAction], locked: bool = True) -> None:
    """Disable `items` with the "Set by your organisation" tooltip (or leave them as they are when
    not `locked`). Call it again after a retranslate() that rewrote their tooltips."""
    if not locked:
        return
    words = set_by_organisation()
    for item in items:
        item.setEnabled(False)
        item.setToolTip(words)
        if isinstance(item, QAction):
            item.setStatusTip(words)
        item.setProperty(LOCKED_PROPERTY, True)


def is_locked(item: QObject) -> bool:
    return bool(item.property(LOCKED_PROPERTY))


class LockedCaption(QLabel):
    """The small grey "Set by your organisation" under (or beside) a locked control."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedCaption")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setEnabled(False)  # muted, like the app's other captions
        font = self.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(set_by_organisation())
        self.setToolTip(set_by_organisation())

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)


def policy_of(widget: QWidget | None) -> PolicyInForce:
    """The policy the window of `widget` runs under (`MainWindow.policy_in_force`); none without one."""
    window = widget.window() if widget is not None else None
    found = getattr(window, "policy_in_force", None)
    return found if isinstance(found, PolicyInForce) else PolicyInForce(Policy())


def place_after(widget: QWidget, caption: QWidget) -> None:
    """Put `caption` right under `widget` in the layout that holds it (a box, or a form's next row)."""
    from PySide6.QtWidgets import QBoxLayout, QFormLayout

    holder = widget.parentWidget()
    layout = holder.layout() if holder is not None else None
    if isinstance(layout, QBoxLayout) and (index := layout.indexOf(widget)) >= 0:
        layout.insertWidget(index + 1, caption)
    elif isinstance(layout, QFormLayout) and (row := _form_row(layout, widget)) >= 0:
        layout.insertRow(row + 1, "", caption)
    elif layout is not None:
        layout.addWidget(caption)


def _form_row(form: QWidget | object, widget: QWidget) -> int:
    from PySide6.QtWidgets import QFormLayout

    if not isinstance(form, QFormLayout):
        return -1
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is not None and item.widget() is widget:
            return row
    return -1
