"""The in-process readers, one call: bytes + name → ReadDocument, or CannotRead.

Why separate from runner.py: the child process calls this, and so do the fuzzing benchmark and the
tests that want a parser without a process around it. A library raising something we did not
foresee on a hostile file is still the file's fault, not a bug of ours: it becomes DAMAGED (its
type named in `detail`); MemoryError and RecursionError become TOO_COMPLEX.
"""

from __future__ import annotations

from desktop_chat.services.ingest.sniff import HEAD_BYTES, sniff
from desktop_chat.services.ingest.types import (
    CannotRead,
    FileKind,
    IngestLimits,
    PreparedImage,
    ReadDocument,
    ReadProblem,
)


def check_size(data: bytes, kind: FileKind, limits: IngestLimits) -> None:
    if len(data) > limits.max_file_bytes:
        raise CannotRead(ReadProblem.TOO_BIG, f"{len(data)} bytes (limit {limits.max_file_bytes})")
    if not data:
        raise CannotRead(ReadProblem.EMPTY, "a file of 0 bytes")
    if kind is FileKind.UNSUPPORTED:
        raise CannotRead(ReadProblem.UNSUPPORTED_TYPE, "not a format we read")
    if kind is FileKind.IMAGE:
        raise CannotRead(ReadProblem.UNSUPPORTED_TYPE, "an image: it is sent as a picture (prepare_image)")


def _dispatch(data: bytes, name: str, kind: FileKind, limits: IngestLimits) -> ReadDocument:
    if kind is FileKind.PDF:
        from desktop_chat.services.ingest.pdf import read_pdf

        return read_pdf(data, limits)
    if kind is FileKind.DOCX:
        from desktop_chat.services.ingest.office import read_docx

        return read_docx(data, limits)
    if kind is FileKind.XLSX:
        from desktop_chat.services.ingest.office import read_xlsx

        return read_xlsx(data, limits)
    if kind is FileKind.PPTX:
        from desktop_chat.services.ingest.office import read_pptx

        return read_pptx(data, limits)
    if kind is FileKind.CSV:
        from desktop_chat.services.ingest.csvfile import read_csv

        return read_csv(data, name, limits)
    from desktop_chat.services.ingest.textfile import read_text

    return read_text(data, limits)


def parse_document(data: bytes, name: str, limits: IngestLimits) -> ReadDocument:
    """Read a document in this process (no time or memory limit: runner.py adds those)."""
    kind = sniff(data[:HEAD_BYTES], name)
    check_size(data, kind, limits)
    try:
        return _dispatch(data, name, kind, limits)
    except CannotRead:
        raise
    except (MemoryError, RecursionError) as exc:
        raise CannotRead(ReadProblem.TOO_COMPLEX, f"{type(exc).__name__} while reading") from exc
    except Exception as exc:  # a library's own error on a malformed file (see the module docstring)
        raise CannotRead(ReadProblem.DAMAGED, f"{type(exc).__name__}: {exc}"[:500]) from exc


def parse_pdf_pages(data: bytes, limits: IngestLimits) -> list[PreparedImage]:
    """A PDF's pages as images, in this process."""
    kind = sniff(data[:HEAD_BYTES], "file.pdf")
    if kind is not FileKind.PDF:
        raise CannotRead(ReadProblem.UNSUPPORTED_TYPE, "not a PDF")
    check_size(data, kind, limits)
    from desktop_chat.services.ingest.pdf import render_pages

    try:
        return render_pages(data, limits)
    except CannotRead:
        raise
    except (MemoryError, RecursionError) as exc:
        raise CannotRead(ReadProblem.TOO_COMPLEX, f"{type(exc).__name__} while rendering") from exc
    except Exception as exc:
        raise CannotRead(ReadProblem.DAMAGED, f"{type(exc).__name__}: {exc}"[:500]) from exc
