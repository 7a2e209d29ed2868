"""Errors of the history store: "the world went wrong" (shown to the user) versus bugs.

Why: a full disk, a read-only file or a damaged database are not bugs. The user needs one plain
sentence and one action, and the app must keep running. Everything else (a constraint our own code
violated, a closed store) is a bug and keeps its original exception and traceback.

    StoreError                  plain `message` + suggested `action` (+ technical `detail`)
     ├── NewerSchemaError       the file was written by a newer app version; nothing was changed
     ├── DiskFullError          no space left, or the file reached its size limit
     ├── ReadOnlyError          the file or its folder can't be written
     ├── CorruptDatabaseError   not a database, or damaged pages
     ├── DatabaseBusyError      another program kept the file locked for too long
     └── ImportFailed           a file to import is malformed; `where` says where
"""

from __future__ import annotations

import sqlite3

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

    default_message = "Your chat history could not be read or saved."
    default_action = "Try again; if it keeps happening, restart the app."

    def __init__(self, message: str | None = None, *, action: str | None = None, detail: str = "") -> None:
        self.message = message or self.default_message
        self.action = action or self.default_action
        self.detail = detail
        super().__init__(self.message)


class NewerSchemaError(StoreError):
    default_message = (
        "Your chat history was saved by a newer version of Desktop Chat. Please update; nothing was changed."
    )
    default_action = "Install the latest version of Desktop Chat."


class DiskFullError(StoreError):
    default_message = (
        "The disk is full, so the last change could not be saved. Everything saved before is safe."
    )
    default_action = "Free some disk space, then try again."


class ReadOnlyError(StoreError):
    default_message = (
        "Your chat history file can't be changed (it is read-only), so nothing new can be saved. "
        "Everything saved before is safe."
    )
    default_action = "Check that you may write to the history file and its folder, then restart the app."


class CorruptDatabaseError(StoreError):
    default_message = (
        "Your chat history file is damaged and can't be opened. It has been left exactly as it was."
    )
    default_action = "Keep a copy of the file for support, then start a new history."


class DatabaseBusyError(StoreError):
    default_message = "Your chat history is being used by another program right now."
    default_action = "Close other copies of Desktop Chat, then try again."


class ImportFailed(StoreError):
    """An import file is malformed; `where` names the place (line/column or item path)."""

    default_action = "Check that you chose the right file and that it is complete; nothing was imported."

    def __init__(self, problem: str, *, where: str = "", detail: str = "") -> None:
        self.problem = problem
        self.where = where
        text = f"The file could not be imported: {problem}" + (f" (at {where})" if where else "") + "."
        super().__init__(text + " Your history was not changed.", detail=detail)


def translate(exc: sqlite3.Error) -> StoreError | None:
    """The world-error an SQLite exception stands for, or None when it is a bug of ours."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    detail = f"{type(exc).__name__}: {exc}"
    if primary == _SQLITE_FULL or "disk is full" in text:
        return DiskFullError(detail=detail)
    if primary == _SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyError(detail=detail)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return CorruptDatabaseError(detail=detail)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseBusyError(detail=detail)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "unable to open" in text:
        return StoreError(
            "Your chat history file could not be read or written.",
            action="Check that the disk is connected and that you may write to the history folder.",
            detail=detail,
        )
    return None
