"""Errors of the history store: "the world went wrong" (the UI words them) versus bugs.

Why: a full disk, a read-only file or a damaged database are not bugs. The user needs one plain
sentence and one action, and the app must keep running. The store writes no sentences: the class
of the error (and, for an import, its `ImportProblem`) says what happened; `detail` keeps the
technical facts (SQLite's or the OS's own words) for logs and a Details view. Everything else (a
constraint our own code violated, a closed store) is a bug and keeps its original exception.

    StoreError                      any failure to read or write the history; `detail`
     ├── NewerSchemaError           the file was written by a newer app version; nothing was changed
     ├── DiskFullError              no space left, or the file reached its size limit; `path` when
     │                              the file was one the person chose (an export, a backup)
     ├── ReadOnlyError              the history file or its folder can't be written
     │    ├── FolderNotCreatable    the history's folder could not be created
     │    └── UpgradeNeedsWriting   the file needs a schema upgrade but was opened read-only
     ├── CorruptDatabaseError       not a database, or damaged pages
     ├── DatabaseBusyError          another program kept the file locked for too long
     ├── StorageUnavailable         the file could not be read or written (I/O error, can't open)
     ├── UnsafeLocation             the drive does not support the journal the store needs (no WAL)
     ├── FileNotWritten             a file the person chose (export, backup) could not be written;
     │                              `path` and `reason` (the OS's words)
     └── ImportFailed               a file to import is malformed; `problem`, `where`, `field`
"""

from __future__ import annotations

import enum
import sqlite3
from pathlib import Path

# Primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


class StoreError(Exception):
    """The history could not be read or written for a reason outside the app's control."""

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(detail or type(self).__name__)


class NewerSchemaError(StoreError):
    """The file's schema version is above the newest this app knows; the file was not touched."""


class DiskFullError(StoreError):
    """No space left; `path` names the file being written when it is not the history itself."""

    def __init__(self, detail: str = "", *, path: Path | None = None) -> None:
        super().__init__(detail)
        self.path = path


class ReadOnlyError(StoreError):
    """The history file (or its folder) can't be written; what was saved before is intact."""


class FolderNotCreatable(ReadOnlyError):
    """The folder that should hold the history could not be created."""


class UpgradeNeedsWriting(ReadOnlyError):
    """Opened read-only, but the file's schema is older than this app's and must be upgraded."""


class CorruptDatabaseError(StoreError):
    """Not an SQLite database, or damaged pages; the file was left as it was."""


class DatabaseBusyError(StoreError):
    """Another process held the write lock past the busy timeout."""


class StorageUnavailable(StoreError):
    """The file could not be read or written at all (I/O error, can't open: a drive gone, no rights)."""


class UnsafeLocation(StoreError):
    """The drive refuses write-ahead logging (e.g. some network shares), so writes would not be safe."""


class FileNotWritten(StoreError):
    """A file the person chose (an export, a backup) could not be written; `reason` is the OS's text."""

    def __init__(self, detail: str = "", *, path: Path, reason: str = "") -> None:
        super().__init__(detail)
        self.path = path
        self.reason = reason


class ImportProblem(enum.StrEnum):
    """What is wrong with a file to import: one value per way a file can be refused."""

    NOT_READABLE = "not_readable"  # the OS could not read it; `detail` has its words
    NOT_UTF8 = "not_utf8"
    EMPTY = "empty"
    TRUNCATED = "truncated"  # the JSON ends too early
    NOT_JSON = "not_json"  # invalid JSON; `detail` has the parser's message
    TOO_DEEP = "too_deep"  # nested too deeply to be an export
    TOO_BIG = "too_big"  # larger than the importer accepts
    ZIP_DAMAGED = "zip_damaged"
    ZIP_WITHOUT_CONVERSATIONS = "zip_without_conversations"  # no conversations.json inside
    NOT_A_CHATGPT_EXPORT = "not_a_chatgpt_export"  # not a list of conversations
    NOT_A_CHAT_ARCHIVE = "not_a_chat_archive"  # 'format' missing or unknown
    NEWER_FORMAT = "newer_format"  # written by a newer version; `detail` has the version
    MISSING_FIELD = "missing_field"  # `field` is missing
    NOT_AN_OBJECT = "not_an_object"  # `field` (or the item at `where`) should be an object
    NOT_A_LIST = "not_a_list"  # `field` should be a list
    NOT_TEXT = "not_text"  # `field` should be text
    NOT_A_NUMBER = "not_a_number"
    NOT_A_WHOLE_NUMBER = "not_a_whole_number"
    NOT_TRUE_OR_FALSE = "not_true_or_false"
    INVALID_VALUE = "invalid_value"  # `field` holds a value out of range or of an unknown kind
    BAD_REFERENCE = "bad_reference"  # `field` points to a message that is not there or comes later
    LOOP = "loop"  # the conversation's nodes form a loop


class ImportFailed(StoreError):
    """An import file is refused; nothing was imported.

    `problem` says what is wrong, `where` names the place (file, line/column or item path),
    `field` the JSON key concerned (empty when none), `detail` the technical facts.
    """

    def __init__(self, problem: ImportProblem, *, where: str = "", field: str = "", detail: str = "") -> None:
        self.problem = ImportProblem(problem)
        self.where = where
        self.field = field
        super().__init__(detail)
        self.args = (" ".join(p for p in (self.problem.value, field, where, detail) if p),)


def translate(exc: sqlite3.Error) -> StoreError | None:
    """The world-error an SQLite exception stands for, or None when it is a bug of ours."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    detail = f"{type(exc).__name__}: {exc}"
    if primary == _SQLITE_FULL or "disk is full" in text:
        return DiskFullError(detail)
    if primary == _SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyError(detail)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return CorruptDatabaseError(detail)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseBusyError(detail)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "unable to open" in text:
        return StorageUnavailable(detail)
    return None
