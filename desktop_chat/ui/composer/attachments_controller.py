"""The draft's files: the attach button, paste and drop, the chips, and what won't work when sending.

Why a controller of its own: files arrive from four places (the file picker, Ctrl+V of a
screenshot or of copied files, a drop anywhere on the window) and must all end the same way — read
off the UI thread by the attachment service, a chip with "Reading…" meanwhile that can be
cancelled, then the file's chip, kept with the draft in the history — while the chips follow the
chat on screen and the chat's model: each time either changes, the service says what would not
work (images for a model that sees none, a file longer than the model's window, a scan) and the
chips show it with the button that helps. A problem with one file is a notice naming that file;
the rest of the draft is untouched.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QObject, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog

from desktop_chat.domain import Attachment, AttachmentKind, ChatSettings
from desktop_chat.services import (
    AttachFailed,
    AttachmentIssue,
    Change,
    ChangeKind,
    ChatContext,
    IssueKind,
    Session,
    StoreError,
)
from desktop_chat.ui.composer.chips import IssueAction
from desktop_chat.ui.composer.widget import Composer, Offered
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import Notices
from desktop_chat.ui.problems import attempt
from desktop_chat.ui.tasks import TaskRunner

translate = QCoreApplication.translate


class AttachmentsController(QObject):
    """See the module docstring."""

    def __init__(
        self,
        *,
        session: Session,
        composer: Composer,
        current: CurrentChat,
        notices: Notices,
        tasks: TaskRunner,
        new_chat_settings: Callable[[], ChatSettings],
        switch_model: Callable[[], None],
        preview: Callable[[Attachment], None] | None = None,
        thumbnail: Callable[[Attachment, int, Callable[[QImage], None]], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._composer = composer
        self._chips = composer.chips
        self._current = current
        self._notices = notices
        self._tasks = tasks
        self._new_chat_settings = new_chat_settings
        self._switch_model = switch_model
        self._preview = preview
        self._thumbnail = thumbnail
        self._files: list[Attachment] = []
        self._dialog: QFileDialog | None = None
        self._closed = False
        self._last_folder = Path.home()
        composer.attachRequested.connect(self.ask_files)
        composer.filesOffered.connect(self.offer)
        self._chips.removeRequested.connect(self.remove)
        self._chips.cancelRequested.connect(self._cancel_reading)
        self._chips.previewRequested.connect(self._open_preview)
        self._chips.issueAction.connect(self._on_issue_action)
        current.changed.connect(lambda _cid: self.refresh())
        self._unsubscribe = session.changes.subscribe(self._on_change)
        self._window = composer.window()
        self._window.setAcceptDrops(True)  # a drop anywhere on the window attaches
        self._window.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (watched is self._window and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove)
                and isinstance(event, QDragMoveEvent)):
            mime = event.mimeData()
            if mime.hasUrls() or mime.hasImage():
                event.acceptProposedAction()
                return True
        elif (watched is self._window and kind is QEvent.Type.Drop and isinstance(event, QDropEvent)
              and self._composer.offer_mime(event.mimeData())):
            event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    def close(self) -> None:
        self._closed = True
        self._window.removeEventFilter(self)
        self._unsubscribe()

    # --- what is on the draft --------------------------------------------------------------------
    @property
    def files(self) -> list[Attachment]:
        """The files on the draft on screen, as last shown."""
        return list(self._files)

    def busy(self) -> bool:
        """A file is still being read for the draft on screen."""
        return bool(self._session.attachments.readings(self._current.id))

    def refresh(self) -> None:
        if self._closed:
            return
        cid = self._current.id
        ok, files = attempt(self._notices, self._session.attachments.draft, cid)
        self._files = list(files or []) if ok else []
        readings = [(r.key, r.name) for r in self._session.attachments.readings(cid)]
        self._chips.show_files(self._files, readings)
        self._composer.set_has_files(bool(self._files))
        self._request_thumbnails()
        self.check()
        self._composer.updateGeometry()

    def check(self) -> list[AttachmentIssue]:
        """What won't work with the chat's model; shown under the chips."""
        chat = self._chat()
        files = self._files
        issues = [] if chat is None or not files else self._session.attachments.issues(chat, files)
        from desktop_chat.ui.sidebar.model_catalog import friendly_model_name
        from desktop_chat.ui.words.attachments import issue_text

        rows = []
        for issue in issues:
            model = friendly_model_name(issue.model)
            if issue.kind is IssueKind.MODEL_READS_NO_IMAGES:
                buttons = ((IssueAction.SWITCH_MODEL, translate("Attachments", "Switch model")),
                           (IssueAction.REMOVE_IMAGES, translate("Attachments", "Remove the images")))
            elif issue.kind is IssueKind.SCAN_NOT_SENT:
                buttons = ((IssueAction.PAGES_AS_IMAGES, translate("Attachments", "Send pages as images")),
                           (IssueAction.REMOVE_FILE, translate("Attachments", "Remove it")))
            else:
                buttons = ((IssueAction.REMOVE_FILE, translate("Attachments", "Remove it")),
                           (IssueAction.SWITCH_MODEL, translate("Attachments", "Switch model")))
            rows.append((issue_text(issue, model), buttons, issue.attachments))
        self._chips.show_issues(rows)
        return issues

    def _chat(self) -> ChatContext | None:
        from desktop_chat.ui.composer.context_controller import chat_in_force

        return chat_in_force(self._session, self._current.id, self._new_chat_settings)

    def _on_change(self, change: Change) -> None:
        if change.conversation_id is not None and change.conversation_id != self._current.id:
            return
        if change.kind in (ChangeKind.DRAFT_ATTACHMENTS, ChangeKind.MESSAGES):
            self.refresh()
        elif change.kind is ChangeKind.CHAT_SETTINGS:
            self.check()

    def _request_thumbnails(self) -> None:
        if self._thumbnail is None:
            return
        for attachment in self._files:
            if attachment.kind is AttachmentKind.IMAGE:
                self._thumbnail(attachment, 72, functools.partial(self._chips.set_thumbnail, attachment.id))

    # --- adding ----------------------------------------------------------------------------------
    def ask_files(self) -> QFileDialog:
        """The file picker (not modal to the loop: it reports through a signal)."""
        dialog = QFileDialog(self._composer.window(), "", str(self._last_folder))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        _name_file_dialog(dialog)
        dialog.filesSelected.connect(lambda paths: self.attach_paths([Path(p) for p in paths]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog

    def file_dialog(self) -> QFileDialog | None:
        """The file picker last opened, while it is open."""
        dialog = self._dialog
        if dialog is None or not shiboken6.isValid(dialog):  # closed: Qt deleted it
            return None
        return dialog

    def retranslate(self) -> None:
        """The language changed: the lines under the chips and an open file picker in the new words."""
        dialog = self.file_dialog()
        if dialog is not None:
            _name_file_dialog(dialog)
        self.check()

    def offer(self, offered: Offered) -> None:
        """Pasted or dropped files and images."""
        if offered.remote and not (offered.paths or offered.encoded or offered.images):
            self._notices.say(translate(
                "Attachments", "Links to files on the web can't be attached. Download the file, then "
                "attach it."), 6000)
        self.attach_paths(list(offered.paths))
        cid = self._current.id
        for data, name in offered.encoded:
            self._tasks.spawn(self._run(self._session.attachments.attach_data(cid, data, name)))
        for image in offered.images:
            self._tasks.spawn(self._run(self._attach_qimage(cid, image)))

    def attach_paths(self, paths: Sequence[Path]) -> None:
        cid = self._current.id
        for path in paths:
            self._last_folder = path.parent
            self._tasks.spawn(self._run(self._session.attachments.attach_file(cid, path)))

    async def _run(self, work: Coroutine[Any, Any, object]) -> None:
        """A file that could not be attached becomes a notice naming it (the task runner words
        world errors); one the person stopped reading is only a remark."""
        try:
            await work
        except AttachFailed as failed:
            from desktop_chat.services import AttachProblem
            from desktop_chat.ui.words.attachments import attach_problem_text

            if failed.problem is not AttachProblem.CANCELLED:
                raise
            self._notices.say(attach_problem_text(failed.problem, failed.name), 4000)

    async def _attach_qimage(self, cid: int | None, image: QImage) -> Attachment:
        """An image that came without encoded bytes: PNG-encoded on a worker thread (QImage may be
        used off the UI thread), then attached."""
        data = await asyncio.to_thread(_png_bytes, image.copy())
        return await self._session.attachments.attach_data(cid, data, "pasted-image.png")

    # --- removing and acting ------------------------------------------------------------------------
    def remove(self, attachment_id: int) -> None:
        attempt(self._notices, self._session.attachments.remove, attachment_id, self._current.id)

    def _cancel_reading(self, key: int) -> None:
        self._session.attachments.cancel(key)

    def _open_preview(self, attachment: Attachment) -> None:
        if self._preview is not None:
            self._preview(attachment)

    def _on_issue_action(self, action: IssueAction, attachments: tuple[Attachment, ...]) -> None:
        if action is IssueAction.SWITCH_MODEL:
            self._switch_model()
        elif action in (IssueAction.REMOVE_IMAGES, IssueAction.REMOVE_FILE):
            for attachment in attachments:
                self.remove(attachment.id)
        elif action is IssueAction.PAGES_AS_IMAGES:
            for scan in attachments:
                self._pages_as_images(scan)

    def _pages_as_images(self, scan: Attachment) -> None:
        cid = self._current.id

        async def job() -> None:
            await self._session.attachments.send_pages_as_images(cid, scan)
            with contextlib.suppress(StoreError):
                self._session.attachments.remove(scan.id, cid)  # its pages now stand for it

        self._tasks.spawn(self._run(job()))


def _name_file_dialog(dialog: QFileDialog) -> None:
    """The file picker's title and filters in the current language (the chosen filter kept)."""
    filters, selected = dialog.nameFilters(), dialog.selectedNameFilter()
    chosen = filters.index(selected) if selected in filters else 0
    dialog.setWindowTitle(translate("Attachments", "Attach files"))
    dialog.setNameFilters([
        translate("Attachments", "Pictures and documents (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.docx "
                  "*.xlsx *.pptx *.csv *.txt *.md *.json)"),
        translate("Attachments", "All files (*)"),
    ])
    dialog.selectNameFilter(dialog.nameFilters()[chosen])


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide wants str
    buffer.close()
    return bytes(data.data())
