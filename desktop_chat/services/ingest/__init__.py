"""Attached files → what the model is sent: documents as text, images prepared for a data: URL.

Why a package of its own, Qt-free: reading a PDF, a Word file or a photograph is pure work on bytes
that the AttachmentService runs on a worker thread and the tests and benchmarks run without a
window. Documents are parsed in a child process (runner.py) with a time limit, an address-space
limit and cancellation; images are prepared in the calling thread (images.py), bombs refused from
their declared size. Every library (pypdfium2, python-docx, openpyxl, python-pptx, Pillow,
charset-normalizer) is imported inside the function that needs it: importing this package loads
none of them, so start-up does not pay for them.

Public interface
----------------
- `sniff(head, name) -> FileKind`: magic bytes first, extension second (`HEAD_BYTES` suffice).
- `read_document(data, name, *, limits, cancel) -> ReadDocument` (child process).
- `render_pdf_pages(data, *, limits, cancel) -> list[PreparedImage]`: a scan's pages (child process).
- `prepare_image(data, *, limits) -> PreparedImage` (calling thread).
- `CannotRead(problem: ReadProblem, detail)`: the only exception any of them raises for a bad file.
- Types: `FileKind`, `ReadProblem`, `LeftOut`, `ReadDocument`, `PreparedImage`, `IngestLimits`.
- `image_mime(head)`: the real MIME type of image bytes, or None.
"""

from __future__ import annotations

from desktop_chat.domain import image_mime
from desktop_chat.services.ingest.images import prepare_image
from desktop_chat.services.ingest.runner import read_document, render_pdf_pages
from desktop_chat.services.ingest.sniff import HEAD_BYTES, image_size, sniff
from desktop_chat.services.ingest.types import (
    CannotRead,
    FileKind,
    IngestLimits,
    LeftOut,
    PreparedImage,
    ReadDocument,
    ReadProblem,
)

__all__ = [
    "HEAD_BYTES",
    "CannotRead",
    "FileKind",
    "IngestLimits",
    "LeftOut",
    "PreparedImage",
    "ReadDocument",
    "ReadProblem",
    "image_mime",
    "image_size",
    "prepare_image",
    "read_document",
    "render_pdf_pages",
    "sniff",
]
