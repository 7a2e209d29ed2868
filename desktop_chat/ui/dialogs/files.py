"""File ▸ Import, Export, Export all, Back up: the file dialogs, a progress window with Cancel, the report.

Why a controller of its own: bulk file work can take minutes (a 200 MB ChatGPT export, 10,000 chats),
so it runs in the files service on a worker thread while the window stays responsive; this object
asks for the file, shows how far the work has come, cancels it when asked (the service leaves the
history and the target file as they were) and says what happened. One job at a time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from desktop_chat.domain import Message
from desktop_chat.services import DocumentWords, ExportFormat, FileJob, FilesService, Progress
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import Notices
from desktop_chat.ui.problems import notice_for
from desktop_chat.ui.tasks import TaskRunner

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by

PROGRESS_AFTER_MS = 300  # quick jobs finish without a progress window flashing up

_SUFFIX = {ExportFormat.MARKDOWN: "md", ExportFormat.HTML: "html", ExportFormat.JSON: "json"}


def _filters() -> dict[ExportFormat, str]:
    return {
        ExportFormat.MARKDOWN: translate("Files", "Markdown (*.md)"),
        ExportFormat.HTML: translate("Files", "Web page (*.html)"),
        ExportFormat.JSON: translate("Files", "JSON (*.json)"),
    }


def exported_words() -> DocumentWords:
    """The words of an exported chat; an answer that did not end well says so as its card does."""
    from desktop_chat.ui.words.files import document_words

    return document_words(note=_card_note)


def _card_note(message: Message) -> str:
    from desktop_chat.ui.chat.card import notice_for
    from desktop_chat.ui.chat.entry import MessageEntry

    notice = notice_for(MessageEntry(message))
    return "" if notice is None else notice[1]


class FilesController(QObject):
    def __init__(
        self,
        *,
        files: FilesService,
        parent_window: QWidget,
        current: CurrentChat,
        title_of: Callable[[int], str],
        backups_dir: Path,
        notices: Notices,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._files = files
        self._window = parent_window
        self._current = current
        self._title_of = title_of
        self._backups_dir = backups_dir
        self._notices = notices
        self._tasks = tasks
        self._job: asyncio.Task[Any] | None = None
        self.progress_dialog: QProgressDialog | None = None

    def busy(self) -> bool:
        return self._job is not None and not self._job.done()

    # --- asking for a file -----------------------------------------------------------------------
    def _ask(self, title: str, start: str, filters: list[str], on_path: Callable[[Path], object], *,
             save: bool, selected: str = "", suffix: str = "") -> QFileDialog:
        dialog = QFileDialog(self._window, title, start)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        if not save:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(filters)
        if selected:
            dialog.selectNameFilter(selected)
        if suffix:
            dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(lambda path: on_path(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_current(self) -> None:
        if self._current.id is None:
            self._notices.say(translate("Files", "Open a chat to export it."))
            return
        self.export_conversation(self._current.id, ExportFormat.MARKDOWN)

    def export_conversation(self, cid: int, fmt: ExportFormat) -> None:
        title = self._title_of(cid) or translate("Files", "chat")
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "chat"
        filters = _filters()
        start = str(Path.home() / f"{safe}.{_SUFFIX[fmt]}")
        self._ask(translate("Files", "Export chat"), start, list(filters.values()),
                  lambda path: self.run_export_chat(cid, path), save=True, selected=filters[fmt])

    def export_all(self) -> None:
        name = f"desktop-chat-archive-{time.strftime('%Y%m%d-%H%M')}.json"
        kinds = [translate("Files", "Chat archive (*.json)")]
        self._ask(translate("Files", "Export all chats"), str(Path.home() / name), kinds,
                  self.run_export_all, save=True, suffix="json")

    def import_file(self) -> None:
        kinds = [translate("Files", "Chat archives and ChatGPT exports (*.json *.zip)"),
                 translate("Files", "All files (*)")]
        self._ask(translate("Files", "Import chats"), "", kinds, self.run_import, save=False)

    def backup(self) -> None:
        name = f"desktop-chat-backup-{time.strftime('%Y%m%d-%H%M')}.sqlite3"
        kinds = [translate("Files", "History backup (*.sqlite3)")]
        self._ask(translate("Files", "Back up history"), str(self._backups_dir / name), kinds,
                  self.run_backup, save=True)

    # --- the work --------------------------------------------------------------------------------
    def run_import(self, path: Path) -> asyncio.Task[Any] | None:
        from desktop_chat.ui.words.files import import_report_text

        async def job() -> None:
            report = await self._files.import_file(path, self._on_progress)
            self._notices.say(import_report_text(report, path), 8000)

        return self._start(FileJob.IMPORT, job())

    def run_export_all(self, path: Path) -> asyncio.Task[Any] | None:
        from desktop_chat.ui.words.files import export_report_text

        async def job() -> None:
            report = await self._files.export_all(path, self._on_progress)
            self._notices.say(export_report_text(report), 8000)

        return self._start(FileJob.EXPORT, job())

    def run_export_chat(self, cid: int, path: Path) -> asyncio.Task[Any] | None:
        from desktop_chat.ui.words.files import chat_exported_text

        async def job() -> None:
            written = await self._files.export_chat(cid, path)
            self._notices.say(chat_exported_text(written), 6000)

        return self._start(FileJob.EXPORT, job())

    def run_backup(self, path: Path) -> asyncio.Task[Any] | None:
        from desktop_chat.ui.words.files import backup_report_text

        async def job() -> None:
            report = await self._files.backup(path, self._on_progress)
            self._notices.say(backup_report_text(report), 6000)

        return self._start(FileJob.BACKUP, job())

    def _start(self, job: FileJob, coro: Coroutine[Any, Any, None]) -> asyncio.Task[Any] | None:
        from desktop_chat.ui.words.files import job_title

        label = job_title(job)
        if self.busy():
            coro.close()
            self._notices.say(translate("Files", "Wait for the file work under way to finish, or cancel it."))
            return None
        dialog = QProgressDialog(label, translate("Files", "Cancel"), 0, 0, self._window)
        dialog.setWindowTitle(translate("Files", "Desktop Chat"))
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        self._job = self._tasks.spawn(self._guarded(job, coro), on_done=lambda _t: self._finished())
        dialog.canceled.connect(self.cancel)
        return self._job

    async def _guarded(self, job: FileJob, coro: Coroutine[Any, Any, None]) -> None:
        from desktop_chat.ui.words.files import cancelled_text

        try:
            await coro
        except asyncio.CancelledError:
            self._notices.say(cancelled_text(job), 6000)
            raise
        except Exception as exc:
            notice = notice_for(exc)
            if notice is None:
                raise
            self._notices.show(notice)

    def cancel(self) -> None:
        if self._job is not None and not self._job.done():
            self._job.cancel()

    def _on_progress(self, progress: Progress) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        from desktop_chat.ui.words.files import progress_text

        dialog.setLabelText(progress_text(progress))
        if progress.total > 0:
            scale = max(1, progress.total // 1_000_000 + 1)  # QProgressDialog counts in int
            dialog.setMaximum(progress.total // scale)
            dialog.setValue(min(progress.done, progress.total) // scale)

    def _finished(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        self._job = None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()
