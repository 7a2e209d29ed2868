""""Something went wrong": what people see when the app itself has a bug.

Why: an unexpected exception must never kill the app or vanish silently (qasync drops errors of
tasks unless `sys.excepthook` reports them). The shell's excepthook logs the report and shows this
dialog, non-modal, with the details (already redacted: no API key) ready to copy into an email to
IT. Further errors while it is open are appended instead of stacking dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Plain message, the log location, and copyable details. Open it with `.show()`/`.open()`."""

    openLogFolderRequested = Signal()

    def __init__(self, parent: QWidget | None, *, details: str, log_path: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong — Desktop Chat"))
        self.setAccessibleName(self.tr("Something went wrong"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(620, 420)

        heading = QLabel("<b>{}</b>".format(_escape(self.tr("Something went wrong."))), self)
        text = _escape(self.tr(
            "The app kept running and your chats are safe. If this keeps happening, "
            "send the details below to your IT contact."
        ))
        if log_path:
            text += "<br>" + _escape(self.tr("The details were also written to the log file: {path}")).format(
                path=f"<code>{_escape(log_path)}</code>")
        explanation = QLabel(text, self)
        explanation.setWordWrap(True)
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.log_button = QPushButton(self.tr("Open log folder"), self)
        self.log_button.setAccessibleName(self.tr("Open log folder"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button.clicked.connect(self.openLogFolderRequested)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.count = 1

    def add_report(self, details: str) -> None:
        """Another error while the dialog is open: append instead of opening a second dialog."""
        self.count += 1
        self.details.appendPlainText("\n" + "-" * 60 + "\n" + details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
