"""Import, export and backup off the UI thread, with progress, cancel and typed reports.

Why: a 200 MB ChatGPT export takes a minute to import and a 10,000-chat export seconds; run on the
UI thread either freezes the window. Each job here runs on a worker thread with a HistoryStore of
its own (WAL lets it read and write beside the window's store), one job at a time. The store does
the work in small steps (`store.bulk`): it reports `(done, total)` and polls a cancel flag.

- `on_progress(Progress)` is called on the event loop's thread (`call_soon_threadsafe`), at most
  about 20 times a second, always before the job's result arrives.
- Cancelling the awaiting task sets the flag, waits for the worker to finish undoing (an import
  deletes what it had added, an export or backup removes its partial file), then raises
  CancelledError: when it is raised, the history and the disk are as they were. If the worker had
  already finished when the cancel came, its work stands.
- World errors are the store's typed errors: `ImportFailed` (its `ImportProblem`), `DiskFullError`
  and `FileNotWritten` (with `path`) for a file that could not be written, other `StoreError`s for
  the history itself. `NothingToDo(Refusal.CHAT_GONE)` when the chat to export no longer exists.

Importing a file tries the likely format first: a .zip or a file named conversations.json is a
ChatGPT export, anything else our archive; when that importer finds the file malformed
(ImportFailed), the other one is tried, and if both refuse it the first one's error is raised.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from desktop_chat.domain import Refusal
from desktop_chat.policy import NO_POLICY, Policy
from desktop_chat.services.changes import Change, ChangeKind, Changes
from desktop_chat.services.conversations import TRASH_KEPT_DAYS, ConversationsService
from desktop_chat.services.refusals import Forbidden, NotAllowed, NothingToDo
from desktop_chat.store import HistoryStore, ImportFailed, ImportReport, export
from desktop_chat.store.bulk import CancelledFn, ProgressFn
from desktop_chat.store.export import DocumentWords, save_text

__all__ = [
    "BackupReport",
    "DocumentWords",
    "ExportFormat",
    "ExportReport",
    "FileJob",
    "FilesService",
    "ImportReport",
    "ImportSource",
    "Progress",
    "ProgressListener",
    "ProgressUnit",
    "export_format_for",
    "likely_sources",
]

log = logging.getLogger(__name__)

_T = TypeVar("_T")


class FileJob(enum.Enum):
    """The kinds of file work, for the words of its progress and of its cancel."""

    IMPORT = "import"
    EXPORT = "export"  # everything into an archive
    BACKUP = "backup"


class ProgressUnit(enum.Enum):
    """What `Progress.done` and `total` count."""

    CONVERSATIONS = "conversations"  # exporting
    BYTES = "bytes"  # importing: bytes of the file read
    PAGES = "pages"  # backing up: database pages copied


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    unit: ProgressUnit

    @property
    def fraction(self) -> float | None:
        """0.0–1.0, or None when the total is not known."""
        return min(1.0, self.done / self.total) if self.total > 0 else None

    @property
    def job(self) -> FileJob:
        return _JOBS[self.unit]


_JOBS = {
    ProgressUnit.BYTES: FileJob.IMPORT,
    ProgressUnit.CONVERSATIONS: FileJob.EXPORT,
    ProgressUnit.PAGES: FileJob.BACKUP,
}

ProgressListener = Callable[[Progress], None]


class ExportFormat(enum.Enum):
    """The file formats of a single chat's export, by file suffix."""

    MARKDOWN = "md"
    HTML = "html"
    JSON = "json"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


def export_format_for(path: Path) -> ExportFormat:
    """The format a file name asks for: .html and .json by their suffix, anything else Markdown."""
    return {".html": ExportFormat.HTML, ".htm": ExportFormat.HTML, ".json": ExportFormat.JSON}.get(
        path.suffix.lower(), ExportFormat.MARKDOWN
    )


class ImportSource(enum.Enum):
    """Which importer read a file."""

    CHATGPT = "chatgpt"  # a ChatGPT data export (conversations.json, or its .zip)
    ARCHIVE = "archive"  # Desktop Chat's own archive or single-chat JSON export


def likely_sources(path: Path) -> tuple[ImportSource, ImportSource]:
    """The importers to try, most likely first (by the file's name)."""
    if path.suffix.lower() == ".zip" or path.name == "conversations.json":
        return ImportSource.CHATGPT, ImportSource.ARCHIVE
    return ImportSource.ARCHIVE, ImportSource.CHATGPT


@dataclass(frozen=True, slots=True)
class ExportReport:
    path: Path
    conversations: int


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    pages: int  # database pages copied


Work = Callable[[HistoryStore, ProgressFn, CancelledFn], _T]


class FilesService:
    """Bulk file work on the history at `db_path`; see the module docstring."""

    def __init__(
        self, db_path: Path, *, changes: Changes | None = None, document_words: DocumentWords | None = None,
        policy: Policy = NO_POLICY,
    ) -> None:
        """`policy`: the system policy; with `allow_export`/`allow_import` false those use cases are
        refused (`NotAllowed`) before any file is touched."""
        self._db_path = Path(db_path)
        self._policy = policy
        self._changes = changes
        self._words = document_words or DocumentWords()
        self._one_at_a_time = asyncio.Lock()
        self._running = False

    @property
    def busy(self) -> bool:
        """A job is running (another one waits for it to end)."""
        return self._running

    async def import_file(self, path: Path, on_progress: ProgressListener | None = None) -> ImportReport:
        """Import a ChatGPT export (.zip or .json) or our archive; announces the new chats."""
        if not self._policy.import_allowed:
            raise NotAllowed(Forbidden.IMPORT)
        path = Path(path)
        first_error: ImportFailed | None = None
        for source in likely_sources(path):
            try:
                report = await self._run(_importer(source, path), ProgressUnit.BYTES, on_progress)
            except ImportFailed as error:
                log.info("%s: not importable as %s: %s", path.name, source.value, error)
                first_error = first_error or error
                continue
            if report.imported and self._changes is not None:
                self._changes.emit(Change(ChangeKind.LISTING))
            return report
        assert first_error is not None
        raise first_error

    async def export_all(self, path: Path, on_progress: ProgressListener | None = None) -> ExportReport:
        """Every chat not in the trash into one archive file (Import reads it back)."""
        if not self._policy.export_allowed:
            raise NotAllowed(Forbidden.EXPORT)
        path = Path(path)

        def work(store: HistoryStore, progress: ProgressFn, cancelled: CancelledFn) -> int:
            return store.export_archive(path, progress=progress, cancelled=cancelled)

        count = await self._run(work, ProgressUnit.CONVERSATIONS, on_progress)
        return ExportReport(path=path, conversations=count)

    async def export_chat(self, cid: int, path: Path, fmt: ExportFormat | None = None) -> Path:
        """One chat as Markdown, a web page or JSON (by `fmt`, else by the file's suffix).

        Markdown and HTML show the branch on screen, in the `document_words` given at construction.
        """
        if not self._policy.export_allowed:
            raise NotAllowed(Forbidden.EXPORT)
        path = Path(path)
        chosen = fmt or export_format_for(path)
        words = self._words

        def work(store: HistoryStore, _progress: ProgressFn, _cancelled: CancelledFn) -> Path:
            conv = store.get_conversation(cid)
            if conv is None:
                raise NothingToDo(Refusal.CHAT_GONE)
            if chosen is ExportFormat.JSON:
                text = store.export_json(cid)
            elif chosen is ExportFormat.HTML:
                text = export.html_page(conv, store.branch(cid), words)
            else:
                text = export.markdown(conv, store.branch(cid), words)
            save_text(path, text)
            return path

        return await self._run(work, ProgressUnit.CONVERSATIONS, None)

    async def backup(self, path: Path, on_progress: ProgressListener | None = None) -> BackupReport:
        """A consistent copy of the history file, made while the app keeps working."""
        path = Path(path)
        pages = 0

        def work(store: HistoryStore, progress: ProgressFn, cancelled: CancelledFn) -> None:
            def counted(done: int, total: int) -> None:
                nonlocal pages
                pages = total
                progress(done, total)

            store.backup_to(path, progress=counted, cancelled=cancelled)

        await self._run(work, ProgressUnit.PAGES, on_progress)
        return BackupReport(path=path, pages=pages)

    async def purge_old_trash(self, days: float = TRASH_KEPT_DAYS) -> int:
        """At start: delete for good the chats trashed `days` ago or more, off the window's thread.

        The rule is the conversations service's; it runs here on the worker's own store, so a
        large trash never holds the window up. The list hears of it on the loop's thread.
        """

        def work(store: HistoryStore, _progress: ProgressFn, _cancelled: CancelledFn) -> int:
            return ConversationsService(store).purge_old_trash(days)

        count = await self._run(work, ProgressUnit.CONVERSATIONS, None)
        if count and self._changes is not None:
            self._changes.emit(Change(ChangeKind.LISTING))
        return count

    async def _run(self, work: Work[_T], unit: ProgressUnit, on_progress: ProgressListener | None) -> _T:
        """Run `work` on a worker thread with its own store; see the module docstring for cancel."""
        async with self._one_at_a_time:
            self._running = True
            try:
                return await self._on_worker(work, unit, on_progress)
            finally:
                self._running = False

    async def _on_worker(
        self, work: Work[_T], unit: ProgressUnit, on_progress: ProgressListener | None
    ) -> _T:
        loop = asyncio.get_running_loop()
        stop = threading.Event()
        done: asyncio.Future[_T] = loop.create_future()

        def progress(count: int, total: int) -> None:
            if on_progress is not None:
                _post(loop, on_progress, Progress(count, total, unit))

        def succeed(result: _T) -> None:
            if not done.done():
                done.set_result(result)

        def fail(error: BaseException) -> None:
            if not done.done():
                done.set_exception(error)

        def job() -> None:
            try:
                with HistoryStore.open(self._db_path) as store:
                    result = work(store, progress, stop.is_set)
            except BaseException as error:
                _post(loop, fail, error)
            else:
                _post(loop, succeed, result)

        worker = threading.Thread(target=job, name="desktop-chat-files")
        worker.start()
        try:
            return await asyncio.shield(done)
        except asyncio.CancelledError:
            stop.set()
            await _wait_out(done)
            raise
        finally:
            # The worker's last act was to post its outcome: it has ended, or ends at once.
            worker.join(timeout=1.0)


def _importer(source: ImportSource, path: Path) -> Work[ImportReport]:
    def work(store: HistoryStore, progress: ProgressFn, cancelled: CancelledFn) -> ImportReport:
        read = store.import_chatgpt if source is ImportSource.CHATGPT else store.import_archive
        return read(path, progress=progress, cancelled=cancelled)

    return work


def _post(loop: asyncio.AbstractEventLoop, callback: Callable[..., object], *args: object) -> None:
    """Call `callback(*args)` on the loop's thread; dropped (and logged) once the loop is closed."""
    try:
        loop.call_soon_threadsafe(callback, *args)
    except RuntimeError:
        log.warning("the event loop closed before a file job reported back")


async def _wait_out(done: asyncio.Future[_T]) -> None:
    """Wait for the worker to end, whatever further cancels arrive; its outcome is logged only."""
    while not done.done():
        try:
            await asyncio.shield(done)
        except asyncio.CancelledError:
            continue
        except BaseException:
            break
    if not done.cancelled() and (error := done.exception()) is not None:
        log.info("file job ended after a cancel: %r", error)
