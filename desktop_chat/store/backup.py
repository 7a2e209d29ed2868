"""A copy of the live history file, made in steps with progress and cancel (SQLite's backup API).

Why: a one-shot copy of a large history gives no progress and cannot be stopped. Copying a few
megabytes per `backup` step lets the caller see (pages copied, pages in all) and cancel between
steps. The source connection holds one read transaction for the whole copy: in WAL mode the copy
is one consistent snapshot, and the writes the app keeps making meanwhile (an answer streaming)
neither wait for it nor make SQLite restart the copy from the first page. The copy is written
under a temporary name and renamed when complete, so a cancelled or failed backup leaves nothing.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from .bulk import Pace
from .connection import world_errors

STEP_PAGES = 1024  # 4 MB of 4 KB pages per step


def copy_database(
    source: Path, dest: Path, *, pace: Pace | None = None, step_pages: int = STEP_PAGES
) -> None:
    """Copy the database at `source` to `dest`; `pace` sees (pages done, pages) and may cancel."""
    pace = pace or Pace()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    seen_total = 0

    def step(_status: int, remaining: int, total: int) -> None:
        nonlocal seen_total
        seen_total = total
        pace.step(total - remaining, total)

    try:
        with world_errors():
            src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
            try:
                src.execute("BEGIN")
                src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
                tmp.unlink(missing_ok=True)
                target = sqlite3.connect(str(tmp))
                try:
                    pace.check()
                    src.backup(target, pages=step_pages, progress=step)
                finally:
                    target.close()
            finally:
                with contextlib.suppress(sqlite3.Error):
                    src.execute("ROLLBACK")
                src.close()
        pace.check()
        tmp.replace(dest)
    except BaseException:
        _remove(tmp)
        raise
    pace.finish(seen_total)


def _remove(tmp: Path) -> None:
    for extra in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            tmp.with_name(tmp.name + extra).unlink(missing_ok=True)
