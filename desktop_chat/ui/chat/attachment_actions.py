"""What the chat view does when a chip or an inline image is used: preview, save, copy.

Why apart from the cards: cards come and go as rows scroll, but a viewer, a save dialog or a
copy in progress must outlive the card that started it, so the view owns one of these and the
cards only say which attachment and what for. Nothing blocks: dialogs open with open(), the bytes
of a saved copy are read from the history store and written on a worker thread, and the
full-size decode for the clipboard runs there too. A copy is always the original bytes, under
the attachment's own name with any folder parts stripped (an answer image: "image-<chat>-<n>").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop_chat.domain import Attachment, AttachmentKind, Message, Role
from desktop_chat.ui.chat.attachments import (
    AttachmentAction,
    display_name,
    image_file_name,
    safe_file_name,
    shown_images,
)
from desktop_chat.ui.chat.thumbnails import DecodeFailed, DecodeResult, ImageKey, ImageLoader, run_off_thread


class _NotStored(Exception):
    """The bytes of the attachment are not in the history (any more)."""


def _write(blob: Callable[[str], bytes | None], sha256: str, path: Path) -> Path:
    data = blob(sha256)
    if data is None:
        raise _NotStored(sha256)
    path.write_bytes(data)
    return path


class AttachmentActions(QObject):
    """Previews, saved copies and clipboard copies for the attachments of one chat view."""

    saved = Signal(object)  # Path written
    problemShown = Signal(str)  # the sentence shown (not saved, not copied)
    imageCopied = Signal(QImage)

    def __init__(self, view: QWidget, loader: ImageLoader) -> None:
        super().__init__(view)
        self._view = view
        self._loader = loader
        self._dialogs: list[QDialog] = []
        self._save_dialog: QFileDialog | None = None
        self._problem_box: QMessageBox | None = None

    def dialogs(self) -> list[QDialog]:
        """The previews and viewers open now."""
        return [d for d in self._dialogs if d.isVisible()]

    def save_dialog(self) -> QFileDialog | None:
        return self._save_dialog

    def problem_box(self) -> QMessageBox | None:
        return self._problem_box

    # --- entry point ------------------------------------------------------------------------------
    def act(self, message: Message, attachment: Attachment, action: AttachmentAction) -> None:
        if action is AttachmentAction.OPEN:
            self.open(message, attachment)
        elif action is AttachmentAction.SAVE:
            self.ask_save(message, attachment)
        elif action is AttachmentAction.COPY_IMAGE:
            self.copy_image(attachment)

    def open(self, message: Message, attachment: Attachment) -> QDialog:
        dialog: QDialog
        if attachment.kind is AttachmentKind.IMAGE:
            from desktop_chat.ui.chat.image_viewer import ImageViewer

            def act(a: AttachmentAction) -> None:
                self.act(message, attachment, a)

            dialog = ImageViewer(attachment, self._loader, act, self._view)
        else:
            from desktop_chat.ui.chat.document_preview import DocumentPreview

            def save() -> None:
                self.ask_save(message, attachment)

            dialog = DocumentPreview(attachment, save, self._view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self._dialogs.append(dialog)
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    # --- Save a copy… / Save image… -------------------------------------------------------------
    def suggested_name(self, message: Message, attachment: Attachment) -> str:
        if message.role is Role.ASSISTANT and attachment.kind is AttachmentKind.IMAGE:
            images = shown_images(message)
            number = attachment.id
            if number <= 0:
                number = images.index(attachment) + 1 if attachment in images else 1
            return image_file_name(attachment, message.conversation_id, number)
        return safe_file_name(display_name(attachment))

    def ask_save(self, message: Message, attachment: Attachment) -> QFileDialog:
        if self._save_dialog is not None:
            self._save_dialog.close()
        name = self.suggested_name(message, attachment)
        title = self.tr("Save image") if attachment.kind is AttachmentKind.IMAGE else self.tr("Save a copy")
        dialog = QFileDialog(self._view, title, str(Path.home() / name))
        dialog.setObjectName("SaveAttachmentDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        suffix = name.rpartition(".")[2] if "." in name else ""
        if suffix:
            dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(lambda path: self.save_to(attachment, Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_save(d))
        self._save_dialog = dialog
        dialog.open()
        return dialog

    def _forget_save(self, dialog: QFileDialog) -> None:
        if self._save_dialog is dialog:
            self._save_dialog = None

    def save_to(self, attachment: Attachment, path: Path) -> None:
        """Write the original bytes to `path`, off the UI thread; `saved` or a plain message after."""
        source = self._loader.source()
        if source is None:
            self._problem(self.tr("“{name}” is not available right now, so nothing was saved.").format(
                name=display_name(attachment)))
            return

        def done(result: object) -> None:
            if isinstance(result, Path):
                self.saved.emit(result)
            elif isinstance(result, _NotStored):
                self._problem(self.tr("“{name}” is no longer in your history, so nothing was saved.").format(
                    name=display_name(attachment)))
            else:
                self._problem(self.tr("“{name}” could not be saved there. Choose another folder.").format(
                    name=display_name(attachment)), str(result))

        run_off_thread(lambda: _write(source.blob, attachment.sha256, path), done)

    def _problem(self, text: str, details: str = "", *, title: str = "") -> None:
        if self._problem_box is not None:
            self._problem_box.close()
        box = QMessageBox(self._view)
        box.setObjectName("AttachmentProblem")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or self.tr("Not saved"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.finished.connect(lambda _r, b=box: self._forget_problem(b))
        self._problem_box = box
        self.problemShown.emit(text)
        box.open()

    def _forget_problem(self, box: QMessageBox) -> None:
        if self._problem_box is box:
            self._problem_box = None

    # --- Copy image -------------------------------------------------------------------------------
    def copy_image(self, attachment: Attachment) -> None:
        """The full picture on the clipboard, once decoded (off the UI thread)."""

        def done(result: DecodeResult) -> None:
            if isinstance(result, QImage):
                QGuiApplication.clipboard().setImage(result)
                self.imageCopied.emit(result)
            elif result is DecodeFailed.MISSING:
                self._problem(self.tr("“{name}” is no longer in your history.").format(
                    name=display_name(attachment)), title=self.tr("Not copied"))
            else:
                text = self.tr("“{name}” can't be copied: it is not a picture this app can show.")
                self._problem(text.format(name=display_name(attachment)), title=self.tr("Not copied"))

        if self._loader.request(ImageKey(attachment.sha256, (0, 0)), self, done, keep=False):
            text = self.tr("“{name}” is not available right now.")
            self._problem(text.format(name=display_name(attachment)), title=self.tr("Not copied"))
