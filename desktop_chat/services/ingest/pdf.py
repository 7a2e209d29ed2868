"""PDF → text page by page, or its pages as images when it is a scan (pypdfium2, i.e. PDFium).

Why PDFium: Chrome's PDF engine, fuzzed for years by OSS-Fuzz, in C++: several times faster than
pure-Python pypdf on the same file (benchmarks/pdf_text.py), with reading-order text and a renderer
for scans in the same library. Its crashes and loops are contained by the child process this runs
in (see runner.py), not here.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from desktop_chat.services.ingest.types import (
    CannotRead,
    FileKind,
    IngestLimits,
    LeftOut,
    PreparedImage,
    ReadDocument,
    ReadProblem,
)

if TYPE_CHECKING:
    import pypdfium2

_FPDF_ERR_PASSWORD = 4
_FPDF_ERR_FORMAT = 3
_TEXT_CHARS_PER_PAGE = 8  # fewer non-space characters than this per page on average: a scan


def _open(data: bytes) -> pypdfium2.PdfDocument:
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if exc.err_code == _FPDF_ERR_PASSWORD:
            raise CannotRead(ReadProblem.PASSWORD_PROTECTED, str(exc)) from exc
        raise CannotRead(ReadProblem.DAMAGED, str(exc)) from exc


def read_pdf(data: bytes, limits: IngestLimits) -> ReadDocument:
    """The text of every page (up to max_pages and max_text_chars), `--- page N ---` before each."""
    import pypdfium2

    pdf = _open(data)
    try:
        count = len(pdf)
        if count == 0:
            raise CannotRead(ReadProblem.EMPTY, "a PDF without pages")
        parts: list[str] = []
        length = 0
        complete = 0  # pages whose text is in whole
        visible = 0  # non-space characters seen
        seen = 0  # pages whose text was looked at
        for index in range(min(count, limits.max_pages)):
            try:
                page = pdf[index]
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                page.close()
            except pypdfium2.PdfiumError as exc:
                raise CannotRead(ReadProblem.DAMAGED, f"page {index + 1}: {exc}") from exc
            seen += 1
            text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
            visible += sum(1 for ch in text if not ch.isspace())
            block = f"--- page {index + 1} ---\n{text}\n"
            if length + len(block) > limits.max_text_chars:
                parts.append(block[: limits.max_text_chars - length])
                break
            parts.append(block)
            length += len(block)
            complete += 1
        if visible < _TEXT_CHARS_PER_PAGE * seen:
            return ReadDocument(kind=FileKind.PDF, text="", pages=count, words=0, scanned=True)
        text = "".join(parts).rstrip() + "\n"
        left = count - complete
        return ReadDocument(
            kind=FileKind.PDF,
            text=text,
            pages=count,
            words=len(text.split()) - 4 * len(parts),  # the page markers are not the document's words
            left_out=left,
            left_out_unit=LeftOut.PAGES if left else LeftOut.NOTHING,
        )
    finally:
        pdf.close()


def _encode_page(image: Any) -> PreparedImage:
    """A rendered page as JPEG (scans are photographs of paper), grey pages kept grey."""
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=False)
    return PreparedImage(buffer.getvalue(), "image/jpeg", image.width, image.height, scaled=True)


def render_pages(data: bytes, limits: IngestLimits) -> list[PreparedImage]:
    """The first max_rendered_pages pages as JPEG images, long side ≤ max_side (at most 200 dpi)."""
    import pypdfium2

    pdf = _open(data)
    try:
        count = len(pdf)
        if count == 0:
            raise CannotRead(ReadProblem.EMPTY, "a PDF without pages")
        images = []
        for index in range(min(count, limits.max_rendered_pages)):
            try:
                page = pdf[index]
                width, height = page.get_size()
                if not (width > 0 and height > 0):
                    raise CannotRead(ReadProblem.DAMAGED, f"page {index + 1} has no size")
                scale = min(limits.max_side / max(width, height), 200 / 72)
                bitmap = page.render(scale=scale, grayscale=False)
                image = bitmap.to_pil()
                bitmap.close()
                page.close()
            except pypdfium2.PdfiumError as exc:
                raise CannotRead(ReadProblem.DAMAGED, f"page {index + 1}: {exc}") from exc
            images.append(_encode_page(image.convert("RGB") if image.mode not in ("RGB", "L") else image))
        return images
    finally:
        pdf.close()
