"""One printing job on a worker thread: read the chat, build and lay out its document, paint it.

Why a module of its own: the same steps serve the printer and the PDF, and both must be testable
without a dialog. Everything here runs off the window's thread and may take seconds for a long
chat; `progress(stage, done, total)` is called as it goes, and a set `cancel` event stops it at the
next message or page (PrintCancelled). A PDF is painted into memory and written to a temporary
name that is renamed at the end, so a cancel or a failure never leaves a half file.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from desktop_chat.services import AttachmentService, ConversationsService, DiskFullError, FileNotWritten
from desktop_chat.ui.printing.document import build_document, chat_date
from desktop_chat.ui.printing.geometry import geometry_of, set_up_paper
from desktop_chat.ui.printing.pagination import keep_together
from desktop_chat.ui.printing.painting import RunningHead, paint_pages
from desktop_chat.ui.printing.source import PrintCancelled, check, gather_chat
from desktop_chat.ui.printing.words import PrintWords

PDF_DPI = 600


class Stage(enum.Enum):
    READING = "reading"  # messages and pictures from the history
    LAYING_OUT = "laying_out"  # building the document (counted in messages) and arranging pages
    PAINTING = "painting"  # pages


class NothingToPrint(Exception):
    """The chat is gone or has no message."""


Progress = Callable[[Stage, int, int], None]


@dataclass(frozen=True, slots=True)
class PrintJob:
    """What to print and with which words; the services are read on the worker thread."""

    conversations: ConversationsService
    attachments: AttachmentService
    cid: int
    words: PrintWords
    locale: QLocale


def _noop(_stage: Stage, _done: int, _total: int) -> None:
    pass


def print_to(device: QPagedPaintDevice, job: PrintJob, *, progress: Progress = _noop,
             cancel: threading.Event | None = None) -> int:
    """Print the chat on `device` (already set up: paper, margins); returns the page count."""
    chat = gather_chat(job.conversations, job.attachments, job.cid, cancel=cancel,
                       progress=lambda done, total: progress(Stage.READING, done, total))
    if chat is None or not chat.messages:
        raise NothingToPrint
    page = geometry_of(device)
    doc = build_document(chat, job.words, page, device, job.locale, cancel=cancel,
                         progress=lambda done, total: progress(Stage.LAYING_OUT, done, total))
    keep_together(doc, page.body, cancel)
    check(cancel)
    head = RunningHead(chat.title or job.words.untitled, chat_date(job.locale, chat.when), job.words.page_of)
    return paint_pages(doc, device, page, head, cancel=cancel,
                       progress=lambda done, total: progress(Stage.PAINTING, done, total))


def pdf_bytes(job: PrintJob, *, title: str = "", progress: Progress = _noop,
              cancel: threading.Event | None = None) -> tuple[bytes, int]:
    """The chat as a PDF in memory, and its page count."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setCreator("Desktop Chat")
    if title:
        writer.setTitle(title)
    set_up_paper(writer, job.locale)
    try:
        pages = print_to(writer, job, progress=progress, cancel=cancel)
    finally:
        del writer
        buffer.close()
    return bytes(array.data()), pages


def write_pdf(path: Path, job: PrintJob, *, title: str = "", progress: Progress = _noop,
              cancel: threading.Event | None = None) -> int:
    """Write the chat's PDF at `path` atomically; FileNotWritten / DiskFullError when it cannot be."""
    data, pages = pdf_bytes(job, title=title, progress=progress, cancel=cancel)
    check(cancel)
    tmp = path.with_name(path.name + ".partial")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if cancel is not None and cancel.is_set():
            raise PrintCancelled
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(str(exc), path=path) from exc
        raise FileNotWritten(str(exc), path=path, reason=exc.strerror or str(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    return pages
