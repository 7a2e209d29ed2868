"""The files on the draft, as chips above the message box: thumbnail or icon, name, size, ✕.

Why a widget of its own: attaching is the first thing people do with a screenshot or a contract,
so what is attached must be visible at a glance, removable with one click, previewable, and say
plainly when something won't work with the chat's model — with the button that helps right there
(switch model, remove the images, send a scan's pages as images). Passive: it shows what the
controller gives it and emits what the person asked for.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.domain import Attachment, AttachmentKind
from desktop_chat.ui.composer.meter import AMBER
from desktop_chat.ui.language import is_language_change

THUMB = 36  # px, the chip's picture


class Chip(QFrame):
    """One file on the draft (or one being read: `attachment` None)."""

    removeClicked = Signal()
    opened = Signal()

    def __init__(self, title: str, detail: str, *, tooltip: str, busy: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AttachmentChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._name = title
        self._busy = busy
        self.setAccessibleName(title)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 3, 2, 3)
        row.setSpacing(6)
        self.picture = QLabel(self)
        self.picture.setFixedSize(THUMB, THUMB)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.picture)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(0)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        metrics = self.title.fontMetrics()
        self.title.setText(metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, 180))
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setObjectName("ChipDetail")
        self.detail.setEnabled(not busy)
        words.addWidget(self.title)
        words.addWidget(self.detail)
        row.addLayout(words)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.clicked.connect(self.removeClicked)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        style = self.style()
        icon = QStyle.StandardPixmap.SP_BrowserReload if busy else QStyle.StandardPixmap.SP_FileIcon
        self.picture.setPixmap(style.standardIcon(icon).pixmap(QSize(24, 24)))
        self.set_words(detail, tooltip)

    def set_words(self, detail: str, tooltip: str) -> None:
        """The line under the name and the tooltip (translated; given again after a language switch)."""
        self.setToolTip(tooltip)
        self.setAccessibleDescription(detail)
        self.detail.setText(detail)
        self.retranslate()

    def retranslate(self) -> None:
        title, busy = self._name, self._busy
        self.remove.setAccessibleName(self.tr("Remove {name}").format(name=title) if not busy
                                      else self.tr("Stop reading {name}").format(name=title))
        self.remove.setToolTip(self.tr("Remove") if not busy else self.tr("Stop reading this file"))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_image(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        ratio = self.devicePixelRatioF()
        side = int(THUMB * ratio)
        pixmap = pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeClicked.emit()
            return
        super().keyPressEvent(event)


class IssueAction(enum.Enum):
    """What a button under the chips does (the controller decides how)."""

    SWITCH_MODEL = "switch_model"
    REMOVE_IMAGES = "remove_images"
    PAGES_AS_IMAGES = "pages_as_images"
    REMOVE_FILE = "remove_file"


class AttachmentChips(QWidget):
    """The row of chips, and under it one line per issue with its buttons. Hidden when empty."""

    removeRequested = Signal(int)  # attachment id
    cancelRequested = Signal(int)  # key of a file being read
    previewRequested = Signal(object)  # Attachment
    issueAction = Signal(object, object)  # IssueAction, the issue's attachments (tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttachmentChips")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 12, 0)
        outer.setSpacing(4)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._strip = QWidget(self._scroll)
        self._row = QHBoxLayout(self._strip)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        self._scroll.setWidget(self._strip)
        outer.addWidget(self._scroll)
        self._issues = QVBoxLayout()
        self._issues.setContentsMargins(0, 0, 0, 0)
        self._issues.setSpacing(2)
        outer.addLayout(self._issues)
        self.chips: dict[int, Chip] = {}  # attachment id → chip
        self.reading: dict[int, Chip] = {}  # key → chip of a file being read
        self._shown: dict[int, Attachment] = {}  # attachment id → the file its chip shows
        self._reading_names: dict[int, str] = {}  # key → the name of the file being read
        self.issue_rows: list[QWidget] = []
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        """The chips' words written again from the files they show (their thumbnails stay); the issue
        lines are the controller's, shown again by its `check()`."""
        from desktop_chat.ui.chat.attachments import tooltip_text
        from desktop_chat.ui.words.attachments import reading_text

        self.setAccessibleName(self.tr("Attached files"))
        for attachment_id, chip in self.chips.items():
            attachment = self._shown[attachment_id]
            chip.set_words(self._detail(attachment), tooltip_text(attachment))
        for key, chip in self.reading.items():
            name = self._reading_names[key]
            chip.set_words(self.tr("Reading…"), reading_text(name))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # --- what is shown -------------------------------------------------------------------------
    def show_files(self, attachments: Sequence[Attachment], reading: Sequence[tuple[int, str]]) -> None:
        from desktop_chat.ui.chat.attachments import tooltip_text
        from desktop_chat.ui.words.attachments import reading_text

        for chip in [*self.chips.values(), *self.reading.values()]:
            chip.deleteLater()
        self.chips, self.reading = {}, {}
        self._shown = {a.id: a for a in attachments}
        self._reading_names = dict(reading)
        position = 0
        for attachment in attachments:
            chip = Chip(attachment.name, self._detail(attachment), tooltip=tooltip_text(attachment),
                        busy=False, parent=self._strip)
            chip.removeClicked.connect(lambda a=attachment: self.removeRequested.emit(a.id))
            chip.opened.connect(lambda a=attachment: self.previewRequested.emit(a))
            self._row.insertWidget(position, chip)
            position += 1
            self.chips[attachment.id] = chip
        for key, name in reading:
            chip = Chip(name, self.tr("Reading…"), tooltip=reading_text(name), busy=True, parent=self._strip)
            chip.removeClicked.connect(lambda k=key: self.cancelRequested.emit(k))
            self._row.insertWidget(position, chip)
            position += 1
            self.reading[key] = chip
        self._fit()

    def set_thumbnail(self, attachment_id: int, image: QImage) -> None:
        chip = self.chips.get(attachment_id)
        if chip is not None and not image.isNull():
            chip.set_image(image)

    def show_issues(self, issues: Sequence[tuple[str, tuple[tuple[IssueAction, str], ...], object]]) -> None:
        """Each issue: its sentence, its buttons as (IssueAction, label), and what they act on."""
        for row in self.issue_rows:
            row.deleteLater()
        self.issue_rows = []
        for text, buttons, payload in issues:
            row = QFrame(self)
            row.setObjectName("AttachmentIssue")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(6)
            label = QLabel(text, row)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setObjectName("AttachmentIssueText")
            tint = label.palette()  # amber like the meter near the limit: a warning, not an error
            tint.setColor(QPalette.ColorRole.WindowText, QColor(AMBER))
            label.setPalette(tint)
            line.addWidget(label, 1)
            for action, caption in buttons:
                button = QToolButton(row)
                button.setText(caption)
                button.setAccessibleName(caption)
                button.setObjectName("AttachmentIssueButton")
                button.clicked.connect(lambda _=False, a=action, p=payload: self.issueAction.emit(a, p))
                line.addWidget(button)
            self._issues.addWidget(row)
            self.issue_rows.append(row)
        self._fit()

    def _fit(self) -> None:
        has = bool(self.chips or self.reading)
        self._scroll.setVisible(has)
        if has:
            chip = next(iter([*self.chips.values(), *self.reading.values()]))
            bar = self._scroll.horizontalScrollBar().sizeHint().height()
            self._scroll.setFixedHeight(chip.sizeHint().height() + bar + 2)
        self.setVisible(has or bool(self.issue_rows))

    def _detail(self, attachment: Attachment) -> str:
        """The sent message's chip line ("2.4 MB · 12 pages"), and a picture's pixels as it is sent."""
        from desktop_chat.ui.chat.attachments import chip_detail_text

        detail = chip_detail_text(attachment)
        if attachment.kind is AttachmentKind.IMAGE and attachment.width and attachment.height:
            return self.tr("{detail} · {width}×{height}").format(
                detail=detail, width=attachment.width, height=attachment.height)
        return detail
