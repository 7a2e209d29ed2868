"""Rows of cells → a Markdown table (GFM pipes), the form the model reads spreadsheets and tables in.

Why one helper: DOCX tables, XLSX sheets, CSV files and PPTX tables must look the same to the model,
and a cell's pipe or newline must never break a table's shape.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence


def cell_text(value: object) -> str:
    """A cell value as table text: numbers without a needless '.0', dates in ISO form, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds").removesuffix(" 00:00:00")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _escape(text: str) -> str:
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def markdown_table(rows: Sequence[Sequence[str]], max_columns: int) -> str:
    """The rows as a Markdown table, the first row as its header; "" when there are no cells."""
    width = min(max((len(row) for row in rows), default=0), max_columns)
    if width == 0:
        return ""
    lines = []
    for index, row in enumerate(rows):
        cells = [_escape(cell) for cell in row[:width]]
        cells += [""] * (width - len(cells))
        lines.append("| " + " | ".join(cells) + " |")
        if index == 0:
            lines.append("|" + "---|" * width)
    return "\n".join(lines)


def trim(row: Sequence[str]) -> list[str]:
    """The row without its trailing empty cells."""
    cells = list(row)
    while cells and not cells[-1].strip():
        cells.pop()
    return cells
