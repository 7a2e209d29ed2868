"""The one SQLite connection of a history store, its pragmas, and the one transaction helper.

Why: durability comes from a few settings that must hold for every use of the file — WAL (readers
never block the writer, a crash never leaves a half-written page), `synchronous=NORMAL`, foreign
keys, a busy timeout so a second process waits instead of failing — and from one way to write:
`transaction()`. Helpers elsewhere never commit; they run inside it. The connection is shared
between threads (the UI thread reads and writes small things, workers import or search), so every
use holds one re-entrant lock.

Opening is careful: a file that is not SQLite, or was written by a newer version, is refused after
reading it through a read-only connection, so it is left byte for byte as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from . import migrations
from .errors import CorruptDatabaseError, FolderNotCreatable, UnsafeLocation, UpgradeNeedsWriting, translate
from .fts_text import index_text

BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"


@contextlib.contextmanager
def world_errors() -> Iterator[None]:
    """Re-raise SQLite errors that come from the world (disk, permissions, damage) as StoreError."""
    try:
        yield
    except sqlite3.Error as exc:
        mapped = translate(exc)
        if mapped is None:
            raise
        raise mapped from exc


def _connect(target: str, *, uri: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(
        target,
        uri=uri,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    conn.create_function("dc_search_text", 1, index_text, deterministic=True)
    return conn


def _read_only_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def probe(path: Path) -> int:
    """The schema version of an existing file (0 for an empty or missing one), without changing it.

    Raises CorruptDatabaseError for a file that is not an SQLite database or cannot be read, and
    NewerSchemaError for one written by a newer version of the app.
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
        raise CorruptDatabaseError(detail=f"{path}: no SQLite header")
    wal = path.with_name(path.name + "-wal")
    if header[18:20] == b"\x02\x02" and not (wal.exists() and wal.stat().st_size > 0):
        # A WAL file closed cleanly: the header is authoritative, and even a read-only connection
        # would leave -wal/-shm files behind, so read the version from the header itself.
        version = int.from_bytes(header[60:64], "big")
        migrations.check_not_newer(version)
        return version
    try:
        with world_errors():
            conn = _connect(_read_only_uri(path), uri=True)
            try:
                version = migrations.user_version(conn)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(detail=f"{type(exc).__name__}: {exc}") from exc
    migrations.check_not_newer(version)
    return version


class Database:
    """One connection, its lock and its transaction depth."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self.lock = threading.RLock()
        self._depth = 0
        self._closed = False

    @classmethod
    def open(cls, path: Path, *, backup_dir: Path, read_only: bool = False) -> Database:
        version = probe(path)
        if read_only:
            if version < migrations.LATEST_VERSION:
                latest = migrations.LATEST_VERSION
                raise UpgradeNeedsWriting(f"schema version {version}, this app needs {latest}")
            with world_errors():
                conn = _connect(_read_only_uri(path), uri=True)
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA query_only = ON")
            return cls(conn, path, read_only=True)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FolderNotCreatable(f"{path.parent}: {exc}") from exc
        with world_errors():
            conn = _connect(str(path), uri=False)
            try:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise UnsafeLocation(f"journal_mode={mode}")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                db = cls(conn, path, read_only=False)
                migrations.migrate(conn, backup=lambda v: db.backup_to(backup_dir / _backup_name(v)))
            except BaseException:
                conn.close()
                raise
        return db

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for helpers that run inside `transaction()` or `read()`."""
        if self._closed:
            raise RuntimeError("the history store is closed")
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing writes. Re-entrant: a nested block is a savepoint inside the outer one."""
        with self.lock, world_errors():
            conn = self.connection
            depth = self._depth
            name = f"dc_sp{depth}"
            conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield conn
            except BaseException:
                self._depth -= 1
                if depth == 0:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                else:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                raise
            self._depth -= 1
            if depth == 0:
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            else:
                conn.execute(f"RELEASE {name}")

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """Reads under the lock, with world errors translated."""
        with self.lock, world_errors():
            yield self.connection

    def backup_to(self, dest: Path) -> None:
        """A consistent copy of the whole database, written to `dest` atomically.

        Uses a separate read connection, so a large copy neither holds the store's lock nor blocks
        writers (WAL readers see one snapshot for the whole copy).
        """
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".partial")
        with world_errors():
            source = _connect(_read_only_uri(self.path), uri=True)
            try:
                tmp.unlink(missing_ok=True)
                target = sqlite3.connect(str(tmp))
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
            tmp.replace(dest)

    def close(self) -> None:
        with self.lock:
            if not self._closed:
                self._closed = True
                self._conn.close()


def _backup_name(version: int) -> str:
    return migrations.backup_file_name(version, time.time())
