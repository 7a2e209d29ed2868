"""A sent document's preview: the text the model read from it, read-only, and Save a copy….

Why the extracted text and not the file: it is what the model was given (and what it could not
be given: a note of what the cap left out, or that a scan has no text), and showing it needs no
document library. The original file is one button away (Save a copy…, its exact bytes). Its words
follow a language switch (`retranslate`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop_chat.domain import Attachment
from desktop_chat.ui.chat.attachments import chip_detail_text, display_name, type_text
from desktop_chat.ui.language import is_language_change
from desktop_chat.ui.words.plural import counted


class DocumentPreview(QDialog):
    """Non-modal; `on_save()` when Save a copy… is pressed."""

    def __init__(self, attachment: Attachment, on_save: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("DocumentPreview")
        self.setWindowTitle(display_name(attachment))
        self.setModal(False)
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.info = QLabel(self)
        self.info.setObjectName("PreviewInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("PreviewText")
        self.text.setReadOnly(True)
        self.text.setPlainText(attachment.text)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(on_save)
        self.close_button = close = QPushButton(self)
        close.clicked.connect(self.close)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Write the preview's words in the language in force."""
        self.setAccessibleName(self.tr("Document preview"))
        self.info.setText(self._info_text())
        self.text.setAccessibleName(self.tr("Text the model read"))
        self.save_button.setText(self.tr("Save a copy…"))
        self.save_button.setAccessibleName(self.tr("Save a copy of the original file"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the preview"))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _info_text(self) -> str:
        a = self.attachment
        lines = [f"{type_text(a)} · {chip_detail_text(a)}"]
        if a.scanned:
            lines.append(self.tr("This is a scan without a text layer: the model got no text from it."))
        elif not a.text:
            lines.append(self.tr("No text was read from this file."))
        else:
            lines.append(self.tr("This is the text the model read from the file."))
        if a.left_out:
            lines.append(counted().rows_left_out(a.left_out))
        return "\n".join(lines)
