"""File ▸ Print… and File ▸ Export as PDF…: the dialogs, the job on a worker thread, the report.

Why a controller of its own: printing a long chat (every message rendered, every picture decoded,
the pages laid out and painted) takes seconds, so it runs off the window's thread like the files
controller's work: a progress window appears if it takes more than a moment, Cancel stops it at
the next message or page and leaves no file, a failure (disk full, no permission, a printer that
will not start) is one sentence in the banner, never a traceback. One job at a time. The chat on
screen is printed as it is shown (its current branch); with no chat on screen, `available` is
False (the window disables its actions) and the actions say so if called anyway.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from desktop_chat.services import AttachmentService, ConversationsService
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import Notice, Notices
from desktop_chat.ui.printing import words as w
from desktop_chat.ui.printing.geometry import set_up_paper
from desktop_chat.ui.printing.job import NothingToPrint, PrintJob, Stage, print_to, write_pdf
from desktop_chat.ui.printing.painting import PaintingFailed
from desktop_chat.ui.printing.source import PrintCancelled
from desktop_chat.ui.problems import notice_for
from desktop_chat.ui.tasks import TaskRunner

PROGRESS_AFTER_MS = 300  # a short chat prints without a progress window flashing up
STEPS = 1000  # the progress bar's scale: reading 10 %, building 40 %, painting 50 %

T = TypeVar("T")
Work = Callable[[threading.Event, Callable[[Stage, int, int], None]], T]

_SHARE = {Stage.READING: (0.0, 0.1), Stage.LAYING_OUT: (0.1, 0.4), Stage.PAINTING: (0.5, 0.5)}


def file_name_for(title: str) -> str:
    """A file name from the chat's title: letters, digits, spaces, '-' and '_' kept; '.pdf' added."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip(" _")
    return f"{safe or w.default_file_name()}.pdf"


class PrintController(QObject):
    availableChanged = Signal(bool)  # a chat is on screen (the window enables Print… and Export as PDF…)

    def __init__(
        self,
        *,
        conversations: ConversationsService,
        attachments: AttachmentService,
        parent_window: QWidget,
        current: CurrentChat,
        notices: Notices,
        tasks: TaskRunner,
        start_dir: Callable[[], Path] = Path.home,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._conversations = conversations
        self._attachments = attachments
        self._window = parent_window
        self._current = current
        self._notices = notices
        self._tasks = tasks
        self._start_dir = start_dir
        self._job: asyncio.Task[Any] | None = None
        self._printer: QPrinter | None = None
        self.progress_dialog: QProgressDialog | None = None
        current.changed.connect(self._announce)
        current.adopted.connect(self._announce)

    # --- what the window asks --------------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self._current.id is not None

    def busy(self) -> bool:
        return self._job is not None and not self._job.done()

    def print_current(self) -> QPrintDialog | None:
        """The print dialog for the chat on screen; printing starts when the person accepts it."""
        cid = self._current.id
        if cid is None:
            self._notices.say(w.nothing_to_print_text())
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up_paper(printer, QLocale())
        printer.setDocName(self._conversations.title(cid) or w.default_file_name())
        self._printer = printer
        dialog = QPrintDialog(printer, self._window)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.accepted.connect(lambda: self.run_print(cid, printer))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # open() without a receiver, as the stubs do not allow
        return dialog

    def export_pdf_current(self) -> QFileDialog | None:
        """The Save dialog (the chat's title as the name, .pdf); the PDF is written when it is accepted."""
        cid = self._current.id
        if cid is None:
            self._notices.say(w.nothing_to_print_text())
            return None
        start = self._start_dir() / file_name_for(self._conversations.title(cid))
        dialog = QFileDialog(self._window, w.pdf_dialog_title(), str(start))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([w.pdf_filter()])
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.run_export_pdf(cid, Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def cancel(self) -> None:
        if self._job is not None and not self._job.done():
            self._job.cancel()

    # --- the work --------------------------------------------------------------------------------
    def _print_job(self, cid: int) -> PrintJob:
        return PrintJob(self._conversations, self._attachments, cid, w.print_words(), QLocale())

    def run_print(self, cid: int, printer: QPrinter) -> asyncio.Task[Any] | None:
        """Print chat `cid` on `printer` (set up by the print dialog, or by a test)."""
        job = self._print_job(cid)

        def work(cancel: threading.Event, progress: Callable[[Stage, int, int], None]) -> int:
            return print_to(printer, job, progress=progress, cancel=cancel)

        async def run() -> None:
            pages = await self._in_thread(work)
            self._notices.say(w.printed_text(pages), 6000)

        return self._start(run(), w.print_cancelled_text())

    def run_export_pdf(self, cid: int, path: Path) -> asyncio.Task[Any] | None:
        """Write chat `cid` as a PDF at `path`."""
        job = self._print_job(cid)
        title = self._conversations.title(cid) or job.words.untitled

        def work(cancel: threading.Event, progress: Callable[[Stage, int, int], None]) -> int:
            return write_pdf(path, job, title=title, progress=progress, cancel=cancel)

        async def run() -> None:
            pages = await self._in_thread(work)
            self._notices.say(w.pdf_written_text(str(path), pages), 6000)

        return self._start(run(), w.pdf_cancelled_text())

    def _start(self, coro: Any, cancelled_text: str) -> asyncio.Task[Any] | None:
        if self.busy():
            coro.close()
            self._notices.say(w.busy_text())
            return None
        label = w.job_title()
        dialog = QProgressDialog(label, w.cancel_label(), 0, STEPS, self._window)
        dialog.setWindowTitle(w.app_name())
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        guarded = self._guarded(coro, cancelled_text)
        self._job = self._tasks.spawn(guarded, on_done=lambda _t: self._finished())
        dialog.canceled.connect(self.cancel)
        return self._job

    async def _in_thread(self, work: Work[T]) -> T:
        """Run `work` on a worker thread; a cancel of this task sets its event and waits for it to stop."""
        loop = asyncio.get_running_loop()
        cancel = threading.Event()

        def progress(stage: Stage, done: int, total: int) -> None:
            loop.call_soon_threadsafe(self._on_progress, stage, done, total)

        future = asyncio.ensure_future(asyncio.to_thread(work, cancel, progress))
        try:
            return await asyncio.shield(future)
        except asyncio.CancelledError:
            cancel.set()
            with contextlib.suppress(BaseException):
                await future  # the thread stops at its next check and removes what it wrote
            raise

    async def _guarded(self, coro: Any, cancelled_text: str) -> None:
        try:
            await coro
        except asyncio.CancelledError:
            self._notices.say(cancelled_text, 6000)
            raise
        except PrintCancelled:
            self._notices.say(cancelled_text, 6000)
        except NothingToPrint:
            self._notices.say(w.empty_chat_text(), 6000)
        except PaintingFailed:
            self._notices.show(Notice(w.printer_failed_text(), topic="print"))
        except Exception as exc:
            notice = notice_for(exc)
            if notice is None:
                raise
            self._notices.show(notice)

    def _on_progress(self, stage: Stage, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        if stage is Stage.READING:
            dialog.setLabelText(w.preparing_text(done, total))
        elif stage is Stage.LAYING_OUT:
            dialog.setLabelText(w.laying_out_text())
        else:
            dialog.setLabelText(w.painting_text(done, total))
        start, share = _SHARE[stage]
        fraction = start + share * (done / total if total else 1.0)
        dialog.setValue(min(STEPS - 1, int(fraction * STEPS)))

    def _finished(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        self._job = None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _announce(self, *_args: object) -> None:
        self.availableChanged.emit(self.available)
