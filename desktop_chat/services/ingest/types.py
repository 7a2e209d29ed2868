"""The vocabulary of reading attached files: kinds, limits, results and the one error type.

Why a module of its own: the parent process (read_document's caller), the child process that runs
the parsers and the tests all speak these types, and none of them may pull in a parsing library.
Everything here is the standard library only.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

MB = 1_000_000


class FileKind(enum.StrEnum):
    """What a file is by its bytes (and, second, its name)."""

    IMAGE = "image"
    PDF = "pdf"
    DOCX = "docx"
    XLSX = "xlsx"
    CSV = "csv"
    PPTX = "pptx"
    TEXT = "text"
    UNSUPPORTED = "unsupported"


class ReadProblem(enum.StrEnum):
    """Why a file could not be read; the UI words each one."""

    UNSUPPORTED_TYPE = "unsupported_type"
    TOO_BIG = "too_big"
    DAMAGED = "damaged"
    PASSWORD_PROTECTED = "password_protected"
    TIMED_OUT = "timed_out"
    TOO_COMPLEX = "too_complex"  # zip or decompression bombs, absurd declared sizes, memory limit hit
    EMPTY = "empty"
    CANCELLED = "cancelled"


class CannotRead(Exception):
    """The file (not our code) went wrong: `problem` for the UI, `detail` (technical English) for Details."""

    def __init__(self, problem: ReadProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail

    def __reduce__(self) -> tuple[type[CannotRead], tuple[ReadProblem, str]]:
        return (CannotRead, (self.problem, self.detail))


class LeftOut(enum.StrEnum):
    """The unit of ReadDocument.left_out."""

    NOTHING = "nothing"
    ROWS = "rows"
    CHARACTERS = "characters"
    PAGES = "pages"  # PDF pages, or PPTX slides


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """What the model reads of a document: plain text / Markdown, capped.

    `pages` is the page, slide or sheet count when the format has one; `left_out` counts what the
    caps left out in `left_out_unit`; `scanned` marks a PDF without a text layer (then `text` is "").
    """

    kind: FileKind
    text: str
    pages: int | None
    words: int
    left_out: int = 0
    left_out_unit: LeftOut = LeftOut.NOTHING
    scanned: bool = False


@dataclass(frozen=True, slots=True)
class PreparedImage:
    """An image ready for a data: URL. `scaled` is True when `data` differs from the original bytes."""

    data: bytes
    mime: str  # from the bytes: image/png, image/jpeg, image/webp or image/gif
    width: int
    height: int
    scaled: bool


@dataclass(frozen=True, slots=True)
class IngestLimits:
    """Every cap in one place; the defaults are what the app uses."""

    max_file_bytes: int = 50 * MB
    max_text_chars: int = 400_000
    max_rows: int = 2_000  # per sheet (XLSX) or per file (CSV)
    max_columns: int = 100  # per table; wider tables are cut
    max_sheets: int = 50
    max_pages: int = 1_000  # PDF pages read for text
    max_rendered_pages: int = 50  # PDF pages rendered as images (a scan)
    max_pixels: int = 80_000_000  # declared image size above which nothing is decoded
    max_side: int = 2048  # long side of an image as sent
    timeout_s: float = 30.0
    memory_mb: int = 1024  # address space of the parser's child process
    max_zip_members: int = 10_000
    max_unzipped_bytes: int = 300 * MB  # sum of the declared sizes of an Office file's members
    max_zip_ratio: int = 200  # declared / compressed size of one large member


DEFAULT_LIMITS = IngestLimits()
