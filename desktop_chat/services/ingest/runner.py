"""read_document and render_pdf_pages: the parser runs in a child process with a time limit.

Why "spawn", not fork: the app's process has Qt and asyncio threads, and forking a threaded process
copies locks held by threads that do not exist in the child. Spawn starts a fresh interpreter that
imports only what the job needs. The calling thread (a worker, never the UI thread) polls the pipe
every 50 ms, so `cancel` and the deadline act within that; a child that overstays is SIGKILLed.
"""

from __future__ import annotations

import json
import multiprocessing
import signal
import threading
import time
from typing import Any

from desktop_chat.services.ingest.child import Job, child_main
from desktop_chat.services.ingest.parsers import check_size
from desktop_chat.services.ingest.sniff import HEAD_BYTES, sniff
from desktop_chat.services.ingest.types import (
    DEFAULT_LIMITS,
    CannotRead,
    FileKind,
    IngestLimits,
    LeftOut,
    PreparedImage,
    ReadDocument,
    ReadProblem,
)

POLL_S = 0.05
_MAX_MESSAGE = 128 * 1024 * 1024


class _Child:
    """One child process and its pipe, for one job."""

    def __init__(self, job: Job, name: str, data: bytes, limits: IngestLimits,
                 cancel: threading.Event | None) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, theirs = context.Pipe(duplex=True)
        self._process = context.Process(
            target=child_main, args=(theirs, limits.memory_mb), name=f"ingest-{job.value}", daemon=True
        )
        self._cancel = cancel
        self._limits = limits
        self._deadline = time.monotonic() + limits.timeout_s
        self._process.start()
        theirs.close()
        # Sent from a thread of its own: a child that never reads must not block the deadline.
        self._sender = threading.Thread(
            target=self._send, args=(job, name, data), name="ingest-send", daemon=True
        )
        self._sender.start()

    def _send(self, job: Job, name: str, data: bytes) -> None:
        try:
            self._conn.send((job.value, name, self._limits))
            self._conn.send_bytes(data)
        except (OSError, ValueError):  # the child died or was killed first: the poll loop says why
            pass

    def _died(self) -> CannotRead:
        self._process.join(1.0)
        code = self._process.exitcode
        if code is not None and code < 0:
            try:
                what = signal.Signals(-code).name
            except ValueError:
                what = f"signal {-code}"
            if -code == signal.SIGKILL:  # the kernel's OOM killer, most likely
                return CannotRead(ReadProblem.TOO_COMPLEX, f"the reader process was killed ({what})")
            return CannotRead(ReadProblem.DAMAGED, f"the reader process died ({what})")
        return CannotRead(ReadProblem.DAMAGED, f"the reader process ended without an answer (exit {code})")

    def receive(self) -> bytes:
        """The child's next message; CannotRead on cancel, deadline or death."""
        while True:
            if self._cancel is not None and self._cancel.is_set():
                raise CannotRead(ReadProblem.CANCELLED, "cancelled")
            remaining = self._deadline - time.monotonic()
            if remaining <= 0:
                raise CannotRead(ReadProblem.TIMED_OUT, f"no answer within {self._limits.timeout_s:g} s")
            try:
                if self._conn.poll(min(POLL_S, remaining)):
                    return self._conn.recv_bytes(_MAX_MESSAGE)
            except (EOFError, OSError):
                raise self._died() from None
            if not self._process.is_alive() and not self._conn.poll(0):
                raise self._died()

    def close(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join(5.0)
        self._conn.close()
        self._sender.join(1.0)
        if self._process.exitcode is not None:
            self._process.close()


def run_in_child(job: Job, data: bytes, name: str, limits: IngestLimits,
                 cancel: threading.Event | None = None) -> tuple[dict[str, Any], list[bytes]]:
    """Run one job in a fresh child: (its JSON header, its image blobs). Raises CannotRead."""
    child = _Child(job, name, data, limits, cancel)
    try:
        try:
            header = json.loads(child.receive())
        except (ValueError, UnicodeDecodeError) as exc:
            raise CannotRead(ReadProblem.DAMAGED, "the reader process answered nonsense") from exc
        if not isinstance(header, dict):
            raise CannotRead(ReadProblem.DAMAGED, "the reader process answered nonsense")
        if header.get("status") == "error":
            try:
                problem = ReadProblem(str(header.get("problem")))
            except ValueError:
                problem = ReadProblem.DAMAGED
            raise CannotRead(problem, str(header.get("detail", "")))
        images = header.get("images")
        blobs = [child.receive() for _ in images] if isinstance(images, list) else []
        return header, blobs
    finally:
        child.close()


def _document(fields: Any) -> ReadDocument:
    try:
        pages = fields["pages"]
        return ReadDocument(
            kind=FileKind(fields["kind"]),
            text=str(fields["text"]),
            pages=int(pages) if pages is not None else None,
            words=int(fields["words"]),
            left_out=int(fields["left_out"]),
            left_out_unit=LeftOut(fields["left_out_unit"]),
            scanned=bool(fields["scanned"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CannotRead(ReadProblem.DAMAGED, "the reader process answered nonsense") from exc


def read_document(data: bytes, name: str, *, limits: IngestLimits = DEFAULT_LIMITS,
                  cancel: threading.Event | None = None) -> ReadDocument:
    """A document's text (see ReadDocument), read in a child process. Raises CannotRead only.

    Call from a worker thread: it blocks for the child's start (~0.1–0.3 s) and the parse.
    """
    check_size(data, sniff(data[:HEAD_BYTES], name), limits)
    header, _ = run_in_child(Job.READ, data, name, limits, cancel)
    return _document(header.get("document"))


def render_pdf_pages(data: bytes, *, limits: IngestLimits = DEFAULT_LIMITS,
                     cancel: threading.Event | None = None) -> list[PreparedImage]:
    """A PDF's first `max_rendered_pages` pages as JPEG images (long side ≤ max_side), in a child."""
    kind = sniff(data[:HEAD_BYTES], "file.pdf")
    if kind is not FileKind.PDF:
        raise CannotRead(ReadProblem.UNSUPPORTED_TYPE, "not a PDF")
    check_size(data, kind, limits)
    header, blobs = run_in_child(Job.RENDER, data, "file.pdf", limits, cancel)
    images = []
    try:
        for head, blob in zip(header["images"], blobs, strict=True):
            images.append(PreparedImage(blob, str(head["mime"]), int(head["width"]), int(head["height"]),
                                        bool(head["scaled"])))
    except (KeyError, TypeError, ValueError) as exc:
        raise CannotRead(ReadProblem.DAMAGED, "the reader process answered nonsense") from exc
    return images
