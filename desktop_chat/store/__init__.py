"""The history store: every conversation in one SQLite file that survives crashes and upgrades.

Why: people keep years of chats and browse them offline. This package (plain `sqlite3`, no Qt)
keeps conversations as message trees, saves streamed answers as they arrive, searches a million
messages through FTS5, and exports/imports them. Start with `HistoryStore.open(path)`.

Errors the user should see derive from StoreError (see errors.py for the tree); anything else
raised from here is a bug.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .attachments import BlobMissing, NewAttachment
from .bulk import Cancelled
from .errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    FileNotWritten,
    FolderNotCreatable,
    ImportFailed,
    ImportProblem,
    NewerSchemaError,
    ReadOnlyError,
    StorageUnavailable,
    StoreError,
    UnsafeLocation,
    UpgradeNeedsWriting,
)
from .history import UNCHANGED, HistoryStore
from .migrations import LATEST_VERSION
from .writer import AnswerWriter

if TYPE_CHECKING:
    from .importing import ImportReport
    from .search import SearchHit

# Import and search modules are loaded when first named: opening the app needs neither.
_LATER = {"ImportReport": ".importing", "SearchHit": ".search"}


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value

__all__ = [
    "LATEST_VERSION",
    "UNCHANGED",
    "AnswerWriter",
    "BlobMissing",
    "Cancelled",
    "CorruptDatabaseError",
    "DatabaseBusyError",
    "DiskFullError",
    "FileNotWritten",
    "FolderNotCreatable",
    "HistoryStore",
    "ImportFailed",
    "ImportProblem",
    "ImportReport",
    "NewAttachment",
    "NewerSchemaError",
    "ReadOnlyError",
    "SearchHit",
    "StorageUnavailable",
    "StoreError",
    "UnsafeLocation",
    "UpgradeNeedsWriting",
]
