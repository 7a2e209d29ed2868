"""The image viewer: one attachment picture, fitted to the window or at 100 %, scrolling if larger.

Why a dialog of its own: a chip's thumbnail and an answer's inline picture are scaled down; this
shows the picture itself. Its full-size decode runs on the worker like every other (with the same
allocation limit) and is not cached — one large picture must not push fifty thumbnails out of the
cache. The dialog opens at once with "Loading…" and never blocks (open(), not exec()). Its words
follow a language switch (`retranslate`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop_chat.domain import Attachment
from desktop_chat.ui.chat.attachments import AttachmentAction, cannot_show_text, display_name
from desktop_chat.ui.chat.thumbnails import DecodeResult, ImageKey, ImageLoader
from desktop_chat.ui.language import is_language_change


class ImageViewer(QDialog):
    """Shows one picture; Save image… and Copy image go back to `on_action`."""

    def __init__(self, attachment: Attachment, loader: ImageLoader,
                 on_action: Callable[[AttachmentAction], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("ImageViewer")
        self.setWindowTitle(display_name(attachment))
        self.setModal(False)
        self.resize(900, 700)
        self._image: QImage | None = None
        self._fit = True
        self._failed = False  # the picture could not be decoded: its sentence instead
        layout = QVBoxLayout(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("ViewerScroll")
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidgetResizable(False)
        self.picture = QLabel()
        self.picture.setObjectName("ViewerPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(display_name(attachment))
        self.scroll_area.setWidget(self.picture)
        layout.addWidget(self.scroll_area, 1)
        row = QHBoxLayout()
        self.fit_button = QPushButton(self)
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.actual_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.close_button = close = QPushButton(self)
        for button in (self.fit_button, self.actual_button, self.save_button, self.copy_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.fit_button.toggled.connect(self.set_fit)
        self.actual_button.clicked.connect(lambda: self.set_fit(False))
        self.save_button.clicked.connect(lambda: on_action(AttachmentAction.SAVE))
        self.copy_button.clicked.connect(lambda: on_action(AttachmentAction.COPY_IMAGE))
        close.clicked.connect(self.close)
        copy_keys = QKeySequence(QKeySequence.StandardKey.Copy)
        QShortcut(copy_keys, self, lambda: on_action(AttachmentAction.COPY_IMAGE))
        self.copy_button.setEnabled(False)
        self.retranslate()
        loader.request(ImageKey(attachment.sha256, (0, 0)), self, self.set_image, keep=False)

    def retranslate(self) -> None:
        """Write the viewer's words in the language in force (the picture's state decides which)."""
        self.setAccessibleName(self.tr("Image viewer"))
        self.fit_button.setText(self.tr("Fit to window"))
        self.fit_button.setAccessibleName(self.tr("Fit the image to the window"))
        self.actual_button.setText(self.tr("100 %"))
        self.actual_button.setAccessibleName(self.tr("Show the image at its actual size"))
        self.save_button.setText(self.tr("Save image…"))
        self.save_button.setAccessibleName(self.tr("Save the image to a file"))
        self.copy_button.setText(self.tr("Copy image"))
        self.copy_button.setAccessibleName(self.tr("Copy the image to the clipboard"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the image viewer"))
        if self._image is None:
            self.picture.setText(cannot_show_text(self.attachment) if self._failed else self.tr("Loading…"))
            self.picture.adjustSize()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_image(self, result: DecodeResult) -> None:
        if isinstance(result, QImage):
            self._image = result
            self.copy_button.setEnabled(True)
            self._show()
        else:
            self._failed = True
            self.picture.setText(cannot_show_text(self.attachment))
            self.picture.adjustSize()

    def image(self) -> QImage | None:
        return self._image

    def is_fitted(self) -> bool:
        return self._fit

    def set_fit(self, fit: bool) -> None:
        self._fit = fit
        if self.fit_button.isChecked() != fit:
            self.fit_button.setChecked(fit)
        self._show()

    def shown_size(self) -> QSize:
        """Logical size of the picture as drawn right now."""
        return self.picture.size()

    def _show(self) -> None:
        if self._image is None:
            return
        dpr = self.devicePixelRatioF()
        image = self._image
        if self._fit:
            room = self.scroll_area.viewport().size() * dpr
            if image.width() > room.width() or image.height() > room.height():
                image = image.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(dpr)
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.deviceIndependentSize().toSize())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._show()
