"""The chips of a sent message: one per attached file — thumbnail or file icon, name, size, pages.

Why buttons: a chip is something to open (Enter or a click shows the image, or the text the model
read from a document, with Save a copy…), so it is a keyboard-reachable button with an accessible
name and a tooltip with the full name, type and size. A chip's thumbnail is decoded at thumbnail
size by the view's `ImageLoader`, off the UI thread; until it arrives (or without a source) the
chip shows the file-type icon, at the same size, so nothing moves when it fills in. Chips are laid
out by hand in rows of fixed-size cells (`attachments.chips_height`), the same numbers the view's
height estimate uses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon, QImage, QKeyEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolButton, QWidget

from desktop_chat.domain import Attachment, AttachmentKind
from desktop_chat.ui.chat.attachments import (
    CHIP_GAP,
    CHIP_HEIGHT,
    CHIP_WIDTH,
    THUMB_SIZE,
    chip_detail_text,
    chips_height,
    chips_per_row,
    chips_width,
    display_name,
    tooltip_text,
)
from desktop_chat.ui.chat.thumbnails import DecodeResult, ImageKey, ImageLoader


class AttachmentChip(QToolButton):
    """One attached file; `clicked` (mouse, Space or Enter) opens its preview."""

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("AttachmentChip")
        self.setProperty("kind", attachment.kind.value)
        self.setFixedSize(CHIP_WIDTH, CHIP_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoRaise(False)
        name = display_name(attachment)
        detail = chip_detail_text(attachment)
        if attachment.kind is AttachmentKind.IMAGE:
            self.setAccessibleName(self.tr("Image {name}, {detail}").format(name=name, detail=detail))
        else:
            self.setAccessibleName(self.tr("Document {name}, {detail}").format(name=name, detail=detail))
        self.setAccessibleDescription(self.tr("Press Enter to open"))
        self.setToolTip(tooltip_text(attachment))
        self._name = name
        self._detail = detail
        self._thumb: QPixmap | None = None
        self._failed = False

    # --- picture ------------------------------------------------------------------------------
    def thumb_key(self) -> ImageKey | None:
        if self.attachment.kind is not AttachmentKind.IMAGE:
            return None
        side = round(THUMB_SIZE * self.devicePixelRatioF())
        return ImageKey(self.attachment.sent_hash, (side, side))

    def set_thumbnail(self, result: DecodeResult) -> None:
        if isinstance(result, QImage):
            pixmap = QPixmap.fromImage(result)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self._thumb = pixmap
        else:
            self._failed = True
        self.update()

    def has_thumbnail(self) -> bool:
        return self._thumb is not None

    def thumbnail_size(self) -> QSize | None:
        """Pixels of the decoded thumbnail (None until it arrived)."""
        return None if self._thumb is None else self._thumb.size()

    def _icon(self) -> QIcon:
        style = self.style()
        if self.attachment.kind is AttachmentKind.IMAGE:
            return style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    # --- drawing ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the frame and focus (style sheet); text and icon are drawn here
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        pad = (CHIP_HEIGHT - THUMB_SIZE) // 2
        square = QRect(pad, pad, THUMB_SIZE, THUMB_SIZE)
        if self._thumb is not None:
            size = self._thumb.deviceIndependentSize().toSize()
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(square.center())
            painter.drawPixmap(target, self._thumb)
        else:
            self._icon().paint(painter, square.adjusted(6, 6, -6, -6))
        text_left = square.right() + 8
        width = self.width() - text_left - 8
        font = self.font()
        metrics = QFontMetrics(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        name = metrics.elidedText(self._name, Qt.TextElideMode.ElideMiddle, width)
        line = metrics.height()
        top = (self.height() - 2 * line) // 2
        painter.drawText(QRect(text_left, top, width, line), Qt.AlignmentFlag.AlignVCenter, name)
        small = QFontMetrics(font)
        muted = self.palette().color(self.foregroundRole())
        muted.setAlphaF(0.65)
        painter.setPen(muted)
        detail = small.elidedText(self._detail, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(text_left, top + line, width, line), Qt.AlignmentFlag.AlignVCenter, detail)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class ChipStrip(QWidget):
    """The chips of one message, in rows; `on_open(index)` when one is activated."""

    def __init__(self, attachments: tuple[Attachment, ...], on_open: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttachmentChips")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.chips: list[AttachmentChip] = []
        for index, attachment in enumerate(attachments):
            chip = AttachmentChip(attachment, self)
            chip.clicked.connect(lambda _checked=False, i=index: on_open(i))
            self.chips.append(chip)

    def request_thumbnails(self, loader: ImageLoader | None) -> None:
        if loader is None:
            return
        for chip in self.chips:
            key = chip.thumb_key()
            if key is not None and not chip.has_thumbnail():
                loader.request(key, chip, chip.set_thumbnail)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return chips_height(len(self.chips), width)

    def ideal_width(self, max_width: int) -> int:
        return chips_width(len(self.chips), max_width)

    def sizeHint(self) -> QSize:
        width = max(self.width(), CHIP_WIDTH)
        return QSize(chips_width(len(self.chips), width), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(CHIP_WIDTH, CHIP_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        per_row = chips_per_row(self.width())
        for index, chip in enumerate(self.chips):
            row, col = divmod(index, per_row)
            chip.move(col * (CHIP_WIDTH + CHIP_GAP), row * (CHIP_HEIGHT + CHIP_GAP))
