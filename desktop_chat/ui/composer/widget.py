"""The message box under the chat: where people type, send and stop.

Why a widget of its own: the composer carries the habits people already have (Enter sends,
Shift+Enter is a new line, Ctrl+Enter also sends, Esc stops), keeps a per-conversation draft (the
shell saves it to the store, debounced here) and turns into a Stop button while an answer streams.
It is passive: it emits signals and never touches the store or the network.

Files come in three ways, all ending in `filesOffered` (an `Offered`): the attach button (the
controller opens the file picker), paste (Ctrl+V of a screenshot — image data on the clipboard —
or of files copied in a file manager, `text/uri-list`) and drops onto the box (the main window
forwards drops anywhere on it through `offer_mime`). Above the box, `chips` shows the draft's files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.ui.composer.chips import AttachmentChips
from desktop_chat.ui.language import is_language_change

DRAFT_DEBOUNCE_MS = 400
MAX_VISIBLE_LINES = 8


@dataclass(frozen=True)
class Offered:
    """Files pasted or dropped: local paths, encoded images (bytes, name) and bare images to encode."""

    paths: tuple[Path, ...] = ()
    encoded: tuple[tuple[bytes, str], ...] = ()
    images: tuple[QImage, ...] = field(default=())
    remote: int = 0  # links that are not local files (not fetched)

    def __bool__(self) -> bool:
        return bool(self.paths or self.encoded or self.images or self.remote)


_ENCODED = (("image/png", "png"), ("image/jpeg", "jpg"), ("image/webp", "webp"), ("image/gif", "gif"))


def offered_files(mime: QMimeData) -> Offered:
    """What of `mime` is files or images (empty when it is only text). Reads the clipboard's own
    encoded bytes when it has them (no decoding on the UI thread)."""
    paths: list[Path] = []
    remote = 0
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile():
                paths.append(Path(url.toLocalFile()))
            elif url.scheme() in ("http", "https", "ftp"):
                remote += 1
    if paths or remote:
        return Offered(paths=tuple(paths), remote=remote)
    for kind, extension in _ENCODED:
        if mime.hasFormat(kind):
            data = bytes(mime.data(kind).data())
            if data:
                return Offered(encoded=((data, f"pasted-image.{extension}"),))
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return Offered(images=(image,))
    return Offered()


class _MessageEdit(QPlainTextEdit):
    """A plain text box whose Enter key sends instead of breaking the line; files pasted or
    dropped onto it are offered as attachments instead of being inserted as text."""

    submit = Signal()
    escape = Signal()
    offered = Signal(object)  # Offered

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasUrls() or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = offered_files(source)
        if files:
            self.offered.emit(files)
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if mods & Qt.KeyboardModifier.AltModifier:
                super().keyPressEvent(event)
                return
            self.submit.emit()  # plain Enter and Ctrl+Enter both send
            return
        if key == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """Message box + Send/Stop button. Signals only; the shell decides what they do."""

    sendRequested = Signal(str)  # the text, stripped; empty only when files are attached
    stopRequested = Signal()
    draftChanged = Signal(str)  # debounced; the raw text of the box
    attachRequested = Signal()  # the attach button: the controller opens the file picker
    filesOffered = Signal(object)  # Offered: pasted or dropped files and images

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._streaming = False
        self._can_send = True
        self._loading = False
        self._has_files = False
        self._cannot_send_reason = ""  # the caller's words, in the language of the moment
        self.edit = _MessageEdit(self)
        self.edit.setObjectName("composerEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.button = QPushButton(self)
        self.button.setObjectName("composerSend")
        self.button.setMinimumWidth(88)
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        from desktop_chat.ui.composer.meter import ContextMeter

        self.meter = ContextMeter(self)  # fed by the context controller
        self.attach_button = QToolButton(self)
        self.attach_button.setObjectName("composerAttach")
        self.attach_button.setText("+")
        self.attach_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bigger = self.attach_button.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
        self.attach_button.setFont(bigger)
        self.attach_button.setFixedSize(QSize(34, 34))
        self.attach_button.clicked.connect(self.attachRequested)
        self.chips = AttachmentChips(self)  # fed by the attachments controller
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(2)
        side.addStretch(1)
        side.addWidget(self.meter)
        side.addWidget(self.button)
        row = QHBoxLayout()
        row.setContentsMargins(12, 8, 12, 10)
        row.setSpacing(8)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.edit, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.chips)
        layout.addLayout(row)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self._emit_draft)

        self.edit.submit.connect(self._on_submit)
        self.edit.escape.connect(self._on_escape)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.offered.connect(self.filesOffered)
        self.button.clicked.connect(self._on_button)
        self.setFocusProxy(self.edit)
        self.retranslate()
        self._fit_height()

    def retranslate(self) -> None:
        """Every word of the composer in the current language (Qt's LanguageChange calls it)."""
        self.edit.setAccessibleName(self.tr("Message"))
        self.edit.setAccessibleDescription(
            self.tr("Type your message. Enter sends, Shift+Enter starts a new line."))
        self.edit.setPlaceholderText(self.tr("Message…  (Enter to send, Shift+Enter for a new line)"))
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        self.attach_button.setToolTip(self.tr("Attach files or pictures (you can also paste or drop them)"))
        self._update_button()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # --- API used by the shell ---------------------------------------------------------------
    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Show a conversation's draft without reporting it as a change."""
        self._draft_timer.stop()
        self._loading = True
        try:
            self.edit.setPlainText(text)
            cursor = self.edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.edit.setTextCursor(cursor)
        finally:
            self._loading = False
        self._fit_height()
        self._update_button()

    def flush_draft(self) -> None:
        """Emit a pending debounced draft now (before switching conversation or quitting)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._emit_draft()

    def set_streaming(self, streaming: bool) -> None:
        """While an answer streams here the button reads Stop and Enter does not send."""
        self._streaming = streaming
        self._update_button()

    def is_streaming(self) -> bool:
        return self._streaming

    def set_can_send(self, can_send: bool, reason: str = "") -> None:
        """Disable sending (e.g. no model or no key yet) with a tooltip that says why (`reason`, translated:
        the caller gives it again after a language switch)."""
        self._can_send = can_send
        self._cannot_send_reason = reason
        self._update_button()

    def set_has_files(self, has_files: bool) -> None:
        """Files on the draft: Send works with no text too."""
        self._has_files = has_files
        self._update_button()

    def offer_mime(self, mime: QMimeData) -> bool:
        """Something dropped elsewhere on the window: offered if it is files or images."""
        files = offered_files(mime)
        if files:
            self.filesOffered.emit(files)
        return bool(files)

    def input_widget(self) -> QWidget:
        """The text box itself (the self-test types into it with real key events)."""
        return self.edit

    def focus_input(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals -----------------------------------------------------------------------------
    def _on_submit(self) -> None:
        if self._streaming or not self._can_send:
            return
        text = self.edit.toPlainText().strip()
        if not text and not self._has_files:
            return
        self._draft_timer.stop()
        self.sendRequested.emit(text)

    def _on_escape(self) -> None:
        if self._streaming:
            self.stopRequested.emit()

    def _on_button(self) -> None:
        if self._streaming:
            self.stopRequested.emit()
        else:
            self._on_submit()

    def _on_text_changed(self) -> None:
        self._fit_height()
        self._update_button()
        if not self._loading:
            self._draft_timer.start()

    def _emit_draft(self) -> None:
        self.draftChanged.emit(self.edit.toPlainText())

    def _update_button(self) -> None:
        if self._streaming:
            self.button.setText(self.tr("Stop"))
            self.button.setAccessibleName(self.tr("Stop the answer"))
            self.button.setToolTip(self.tr("Stop (Esc)"))
            self.button.setEnabled(True)
        else:
            self.button.setText(self.tr("Send"))
            self.button.setAccessibleName(self.tr("Send message"))
            self.button.setToolTip(self.tr("Send (Enter)") if self._can_send else self._cannot_send_reason)
            has_text = bool(self.edit.toPlainText().strip())
            self.button.setEnabled(self._can_send and (self._has_files or has_text))

    def _fit_height(self) -> None:
        metrics = self.edit.fontMetrics()
        lines = max(1, min(MAX_VISIBLE_LINES, int(self.edit.document().size().height())))
        margins = self.edit.contentsMargins()
        frame = int(self.edit.document().documentMargin() * 2) + margins.top() + margins.bottom() + 4
        height = lines * metrics.lineSpacing() + frame
        minimum = 2 * metrics.lineSpacing() + frame
        self.edit.setFixedHeight(max(minimum, height))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        chips = self.chips.sizeHint().height() if self.chips.isVisibleTo(self) else 0
        return QSize(hint.width(), chips + max(self.edit.height(), self.button.sizeHint().height()
                                               + self.meter.sizeHint().height() + 2) + 18)
