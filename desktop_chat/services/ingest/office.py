"""DOCX, XLSX and PPTX → Markdown, through python-docx, openpyxl and python-pptx.

Why these libraries: each is the long-standing, pure-Python reader of its format (no LibreOffice,
nothing to start), and all three parse XML with entity resolution off (python-docx and python-pptx:
lxml with `resolve_entities=False`; openpyxl: lxml the same way, and the stdlib's expat, which has
billion-laughs protection, for sheet data) — tests/ingest checks an entity bomb in each. Every
archive goes through zipcheck.check_zip first, so a library only ever opens a container whose
declared sizes, member count and names are sane.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from desktop_chat.services.ingest.tables import cell_text, markdown_table, trim
from desktop_chat.services.ingest.textfile import cap
from desktop_chat.services.ingest.types import (
    CannotRead,
    FileKind,
    IngestLimits,
    LeftOut,
    ReadDocument,
    ReadProblem,
)
from desktop_chat.services.ingest.zipcheck import check_zip


def _document(kind: FileKind, text: str, pages: int | None, limits: IngestLimits,
              left_out: int = 0, unit: LeftOut = LeftOut.NOTHING) -> ReadDocument:
    text = text.strip()
    if not text:
        raise CannotRead(ReadProblem.EMPTY, f"no text in the {kind.value.upper()} file")
    kept, cut = cap(text + "\n", limits)
    if cut and unit is LeftOut.NOTHING:
        left_out, unit = cut, LeftOut.CHARACTERS
    return ReadDocument(kind=kind, text=kept, pages=pages, words=len(kept.split()),
                        left_out=left_out, left_out_unit=unit)


def _library_error(library: str, exc: Exception) -> CannotRead:
    """A library's error on a malformed package: DAMAGED, or TOO_COMPLEX for an XML entity bomb
    (libxml2 and expat both stop at an entity amplification limit)."""
    detail = f"{library}: {type(exc).__name__}: {exc}"[:500]
    if "amplification" in str(exc).lower():
        return CannotRead(ReadProblem.TOO_COMPLEX, detail)
    return CannotRead(ReadProblem.DAMAGED, detail)


# DOCX ---------------------------------------------------------------------------------------------

def _heading_level(style_name: str) -> int:
    """'Heading 2' → 2, 'Title' → 1, anything else → 0."""
    if style_name == "Title":
        return 1
    if style_name.startswith("Heading "):
        tail = style_name.removeprefix("Heading ").strip()
        if tail.isdigit():
            return max(1, min(6, int(tail)))
    return 0


def _style_name(paragraph: Any) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return ""
    return str(getattr(style, "name", "") or "")


def _docx_table(table: Any, limits: IngestLimits) -> str:
    rows = [trim([cell.text for cell in row.cells]) for row in table.rows]
    return markdown_table([row for row in rows if row] or [], limits.max_columns)


def read_docx(data: bytes, limits: IngestLimits) -> ReadDocument:
    """Paragraphs and tables in document order; headings as '#', list items as '-'."""
    check_zip(data, limits)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors… for a broken package
        raise _library_error("python-docx", exc) from exc
    blocks: list[str] = []
    length = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            block = _docx_table(item, limits)
        else:
            text = item.text.strip()
            if not text:
                continue
            style = _style_name(item)
            level = _heading_level(style)
            if level:
                block = "#" * level + " " + " ".join(text.split())
            elif style.startswith("List"):
                block = "- " + text
            else:
                block = text
        if block:
            blocks.append(block)
            length += len(block) + 2
            if length > limits.max_text_chars:
                break  # cap() below cuts the last block and counts the characters
    return _document(FileKind.DOCX, "\n\n".join(blocks), None, limits)


# XLSX ---------------------------------------------------------------------------------------------

def _sheet_rows(rows: Iterator[tuple[Any, ...]], limits: IngestLimits) -> tuple[list[list[str]], int]:
    """(the first max_rows non-empty rows as text, how many non-empty rows were left out)."""
    kept: list[list[str]] = []
    left = 0
    for values in rows:
        row = trim([cell_text(value) for value in values[: limits.max_columns]])
        if not row:
            continue
        if len(kept) < limits.max_rows:
            kept.append(row)
        else:
            left += 1
    return kept, left


def read_xlsx(data: bytes, limits: IngestLimits) -> ReadDocument:
    """One Markdown table per sheet under '## Sheet name', values (not formulas), rows capped."""
    check_zip(data, limits)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl: KeyError, ValueError, InvalidFileException… for a broken package
        raise _library_error("openpyxl", exc) from exc
    try:
        sheets = list(workbook.worksheets)
        parts: list[str] = []
        left = 0
        any_rows = False
        for sheet in sheets[: limits.max_sheets]:
            try:
                rows, cut = _sheet_rows(sheet.iter_rows(values_only=True), limits)
            except Exception as exc:  # a damaged sheet part: ValueError, KeyError, XML errors
                raise _library_error(f"openpyxl, sheet {sheet.title!r}", exc) from exc
            left += cut
            any_rows = any_rows or bool(rows)
            table = markdown_table(rows, limits.max_columns)
            parts.append(f"## {sheet.title}\n\n{table}" if table else f"## {sheet.title}\n\n(empty)")
        for sheet in sheets[limits.max_sheets:]:
            left += max(0, int(getattr(sheet, "max_row", 0) or 0))  # declared, not counted
        if not any_rows:
            raise CannotRead(ReadProblem.EMPTY, "every sheet is empty")
        return _document(FileKind.XLSX, "\n\n".join(parts), len(sheets), limits,
                         left, LeftOut.ROWS if left else LeftOut.NOTHING)
    finally:
        workbook.close()


# PPTX ---------------------------------------------------------------------------------------------

def _shape_texts(shapes: Any, limits: IngestLimits, depth: int = 0) -> Iterator[str]:
    for shape in shapes:
        if depth < 20 and hasattr(shape, "shapes"):  # a group: its members, in order
            yield from _shape_texts(shape.shapes, limits, depth + 1)
            continue
        if getattr(shape, "has_table", False) and shape.has_table:
            rows = [trim([cell.text for cell in row.cells]) for row in shape.table.rows]
            table = markdown_table([row for row in rows if row], limits.max_columns)
            if table:
                yield table
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            text = shape.text_frame.text.strip()
            if text:
                yield text


def read_pptx(data: bytes, limits: IngestLimits) -> ReadDocument:
    """'## Slide N' then the text of its shapes and tables, then its notes."""
    check_zip(data, limits)
    import pptx

    try:
        presentation = pptx.Presentation(io.BytesIO(data))
        slides = list(presentation.slides)
    except Exception as exc:  # python-pptx raises KeyError, ValueError, lxml errors… for a broken package
        raise _library_error("python-pptx", exc) from exc
    parts: list[str] = []
    length = 0
    done = 0
    for number, slide in enumerate(slides, start=1):
        texts = list(_shape_texts(slide.shapes, limits))
        if slide.has_notes_slide:
            frame = slide.notes_slide.notes_text_frame
            notes = frame.text.strip() if frame is not None else ""
            if notes:
                texts.append("Notes: " + notes)
        block = f"## Slide {number}\n\n" + "\n\n".join(texts)
        if parts and length + len(block) > limits.max_text_chars:
            break  # whole slides only, except a first slide over the cap (cut by characters)
        parts.append(block)
        length += len(block) + 2
        done += 1
    if not any("\n\n" in part.strip() for part in parts):
        raise CannotRead(ReadProblem.EMPTY, "no text on any slide")
    left = len(slides) - done
    return _document(FileKind.PPTX, "\n\n".join(parts), len(slides), limits,
                     left, LeftOut.PAGES if left else LeftOut.NOTHING)
