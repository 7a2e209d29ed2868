"""The pictures a model answered with, inline after the answer's text: Open larger, Save, Copy.

Why like this: a generated image is the answer, so it is shown where the text is — scaled to the
column (never wider than the card, never enlarged, aspect kept, sharp on high-DPI screens), with
the three things people do with it as buttons under it and in its context menu. Each frame has
its final size at once, from the width and height stored with the attachment, and shows a quiet
placeholder until the worker has decoded the picture (at most the column's width × the device
pixel ratio, once, whatever the window's width): rows do not jump as they fill in. Bytes that do
not decode give a "can't be shown" frame with the file's name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QContextMenuEvent, QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QSizePolicy, QWidget

from desktop_chat.domain import Attachment
from desktop_chat.ui.chat.attachments import (
    IMAGE_BAR_HEIGHT,
    IMAGE_GAP,
    IMAGE_MAX_HEIGHT,
    AttachmentAction,
    cannot_show_text,
    display_name,
    image_display_size,
    tooltip_text,
)
from desktop_chat.ui.chat.context import MAX_COLUMN, card_button
from desktop_chat.ui.chat.thumbnails import DecodeResult, ImageKey, ImageLoader

CARD_CHROME = 28  # the card's left and right margins: the widest an image is drawn


class AnswerImage(QWidget):
    """One image of an answer, with its button row; `on_action(action)` for what is asked."""

    def __init__(self, attachment: Attachment, on_action: Callable[[AttachmentAction], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self._on_action = on_action
        self._pixmap: QPixmap | None = None
        self._failed = False
        self.setObjectName("AnswerImage")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Image {name}").format(name=display_name(attachment)))
        self.setToolTip(tooltip_text(attachment))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.bar = QWidget(self)
        self.bar.setObjectName("ImageActions")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 2, 0, 0)
        row.setSpacing(2)
        self.open_button = card_button(self.bar, self.tr("Open larger"), self.tr("Open the image larger"))
        self.save_button = card_button(self.bar, self.tr("Save image…"), self.tr("Save the image to a file"))
        self.copy_button = card_button(self.bar, self.tr("Copy image"),
                                       self.tr("Copy the image to the clipboard"))
        buttons = ((self.open_button, AttachmentAction.OPEN), (self.save_button, AttachmentAction.SAVE),
                   (self.copy_button, AttachmentAction.COPY_IMAGE))
        for button, action in buttons:
            button.setObjectName("ActionButton")
            button.clicked.connect(lambda _checked=False, a=action: self._on_action(a))
            row.addWidget(button)
        row.addStretch(1)

    # --- picture ------------------------------------------------------------------------------
    def image_key(self) -> ImageKey:
        """The decode wanted: at most the widest column × the device pixel ratio, once."""
        dpr = self.devicePixelRatioF()
        box = (round((MAX_COLUMN - CARD_CHROME) * dpr), round(IMAGE_MAX_HEIGHT * dpr))
        return ImageKey(self.attachment.sha256, box)

    def request(self, loader: ImageLoader | None) -> None:
        if loader is not None and self._pixmap is None and not self._failed:
            loader.request(self.image_key(), self, self.set_image)

    def set_image(self, result: DecodeResult) -> None:
        if isinstance(result, QImage):
            pixmap = QPixmap.fromImage(result)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self._pixmap = pixmap
        else:
            self._failed = True
            self.open_button.setEnabled(False)
            self.copy_button.setEnabled(False)
        self.update()

    def decoded_size(self) -> QSize | None:
        """Pixels of the decoded picture (None until it arrived or when it failed)."""
        return None if self._pixmap is None else self._pixmap.size()

    def failed(self) -> bool:
        return self._failed

    def status_text(self) -> str:
        """What the frame says instead of a picture ("" once the picture is shown)."""
        if self._failed:
            return cannot_show_text(self.attachment)
        return "" if self._pixmap is not None else display_name(self.attachment)

    # --- geometry -----------------------------------------------------------------------------
    def picture_rect(self) -> QRect:
        w, h = image_display_size(self.attachment, self.width())
        return QRect(0, 0, min(w, self.width()), h)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return image_display_size(self.attachment, width)[1] + IMAGE_BAR_HEIGHT

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(64, self.heightForWidth(64))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        top = self.picture_rect().bottom() + 1
        self.bar.setGeometry(0, top, self.width(), IMAGE_BAR_HEIGHT)

    # --- drawing and input --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.picture_rect()
        if self._pixmap is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawPixmap(rect, self._pixmap)
        else:
            pal = self.palette()
            painter.setPen(pal.color(pal.ColorRole.Mid))
            painter.setBrush(pal.color(pal.ColorRole.AlternateBase))
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 8, 8)
            painter.setPen(pal.color(pal.ColorRole.WindowText))
            painter.drawText(rect.adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.status_text())
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (event.button() is Qt.MouseButton.LeftButton and self._pixmap is not None
                and self.picture_rect().contains(event.position().toPoint())):
            self._on_action(AttachmentAction.OPEN)
            return
        super().mouseReleaseEvent(event)

    def context_menu(self) -> QMenu:
        """The menu of a right-click: the same three actions as the buttons."""
        menu = QMenu(self)
        menu.setObjectName("ImageMenu")
        for text, action, enabled in (
            (self.tr("Open larger"), AttachmentAction.OPEN, not self._failed),
            (self.tr("Save image…"), AttachmentAction.SAVE, True),
            (self.tr("Copy image"), AttachmentAction.COPY_IMAGE, not self._failed),
        ):
            item = menu.addAction(text)
            item.setEnabled(enabled)
            item.triggered.connect(lambda _checked=False, a=action: self._on_action(a))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu().popup(event.globalPos())

    def show_menu_at(self, pos: QPoint) -> QMenu:
        menu = self.context_menu()
        menu.popup(self.mapToGlobal(pos))
        return menu


def _bound(on_action: Callable[[int, AttachmentAction], None], index: int,
           ) -> Callable[[AttachmentAction], None]:
    return lambda action: on_action(index, action)


class AnswerImages(QWidget):
    """An answer's images, one under the other; `on_action(index, action)`."""

    def __init__(self, images: tuple[Attachment, ...], on_action: Callable[[int, AttachmentAction], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnswerImages")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.images = [AnswerImage(a, _bound(on_action, index), self) for index, a in enumerate(images)]

    def request(self, loader: ImageLoader | None) -> None:
        for image in self.images:
            image.request(loader)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heights = [image.heightForWidth(width) for image in self.images]
        return sum(heights) + IMAGE_GAP * max(0, len(heights) - 1)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(64, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        y = 0
        for image in self.images:
            h = image.heightForWidth(self.width())
            image.setGeometry(0, y, self.width(), h)
            y += h + IMAGE_GAP
