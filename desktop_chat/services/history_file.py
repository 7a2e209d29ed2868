"""The history file itself: open it, or set a damaged one aside and start a new history.

Why here: when the history can't be opened (CorruptDatabaseError), the window offers "Start a new
history". That must keep the damaged file (renamed beside the new one, with its -wal/-shm) for
recovery or support, and the UI must reach it without importing the store.
"""

from __future__ import annotations

from pathlib import Path

from desktop_chat.store import HistoryStore


def open_history(path: Path, *, backup_dir: Path | None = None) -> HistoryStore:
    """Open (creating or upgrading) the history; raises the store's typed StoreError."""
    return HistoryStore.open(path, backup_dir=backup_dir)


def start_new_history(path: Path, *, backup_dir: Path | None = None) -> tuple[HistoryStore, Path]:
    """Rename the damaged file at `path` aside and open a new, empty history there.

    Returns the new store and the name the damaged file was kept as.
    """
    kept = HistoryStore.set_aside_damaged(path)
    return HistoryStore.open(path, backup_dir=backup_dir), kept
