"""CSV/TSV → one Markdown table, the encoding and the delimiter detected, rows capped.

Why the standard library: `csv` reads what Excel writes (quoted newlines, doubled quotes) and its
Sniffer picks the delimiter European Excel uses (`;`) as readily as `,`; nothing else is needed.
"""

from __future__ import annotations

import csv
import io

from desktop_chat.services.ingest.sniff import extension
from desktop_chat.services.ingest.tables import markdown_table, trim
from desktop_chat.services.ingest.textfile import cap, decode_text
from desktop_chat.services.ingest.types import (
    CannotRead,
    FileKind,
    IngestLimits,
    LeftOut,
    ReadDocument,
    ReadProblem,
)

_DELIMITERS = ",;\t|"


def _dialect(sample: str, name: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel_tab if extension(name) == "tsv" else csv.excel


def read_csv(data: bytes, name: str, limits: IngestLimits) -> ReadDocument:
    """The file as a Markdown table (its first row as the header); left_out counts rows not included."""
    text = decode_text(data)
    if not text.strip():
        raise CannotRead(ReadProblem.EMPTY, "the file holds only white space")
    dialect = _dialect(text[:16_384], name)
    rows: list[list[str]] = []
    left = 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            cells = trim(row)
            if not cells:
                continue
            if len(rows) < limits.max_rows:
                rows.append(cells)
            else:
                left += 1
    except csv.Error as exc:
        raise CannotRead(ReadProblem.DAMAGED, f"csv: {exc}") from exc
    table = markdown_table(rows, limits.max_columns)
    if not table:
        raise CannotRead(ReadProblem.EMPTY, "no cells in the file")
    kept, cut = cap(table + "\n", limits)
    if cut:  # cut inside a row: count the rows that did not make it in whole
        whole = kept.count("\n") - 1  # minus the header's separator line
        left += len(rows) - max(0, whole)
    return ReadDocument(kind=FileKind.CSV, text=kept, pages=None, words=len(kept.split()),
                        left_out=left, left_out_unit=LeftOut.ROWS if left else LeftOut.NOTHING)
