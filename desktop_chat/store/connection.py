"""The one SQLite connection of a history store, its pragmas, and the one transaction helper.

Why: durability comes from a few settings that must hold for every use of the file — WAL (readers
never block the writer, a crash never leaves a half-written page), `synchronous=NORMAL`, foreign
keys, a busy timeout so a second process waits instead of failing — and from one way to write:
`transaction()`. Helpers elsewhere never commit; they run inside it. The connection is shared
between threads (the UI thread reads and writes small things, workers import or search), so every
use holds one re-entrant lock.

Two connections of this process to the same file (the window's store and a worker's store, which
imports beside it) also take one process-wide lock per file around each outermost transaction, the
write gate. Without it, a writer that finds the file locked sleeps in SQLite's busy handler, which
retries after 1, 3, 8, 18, 33, 53, 78 … ms: the UI thread waited up to 80 ms for an import
transaction of 10 ms. With the gate it waits on a lock that wakes it the moment the other commits.
Other processes still meet SQLite's busy handler. The gate also lets one connection (an import,
which writes nearly all the pages) take over the WAL's checkpoints: the others turn their automatic
checkpoint off meanwhile, so a small commit on the UI thread never copies megabytes of someone
else's pages into the database (SQLite runs that checkpoint in whichever commit passes 1000 pages).

Opening is careful: a file that is not SQLite, or was written by a newer version, is refused after
reading it through a read-only connection, so it is left byte for byte as it was.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from . import migrations
from .errors import CorruptDatabaseError, FolderNotCreatable, UnsafeLocation, UpgradeNeedsWriting, translate
from .fts_text import index_text

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"


class WriteGate:
    """What the connections of this process to one file share: the write lock, and whether one
    of them (an import) checkpoints the WAL itself, so that no other runs an automatic checkpoint
    inside its own commit meanwhile."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.owner: int | None = None  # the thread holding `lock`
        self._holders = 0
        self._waiting = 0
        self._count_lock = threading.Lock()
        self.transactions = 0  # outermost transactions ended through the gate, for `data_version`

    @property
    def checkpoints_held(self) -> bool:
        return self._holders > 0

    @property
    def wanted(self) -> bool:
        """Another thread waits for the lock: a long writer (an import) commits early for it."""
        return self._waiting > 0

    def acquire(self, timeout: float) -> bool:
        with self._count_lock:
            self._waiting += 1
        try:
            got = self.lock.acquire(timeout=timeout)
        finally:
            with self._count_lock:
                self._waiting -= 1
        if got:
            self.owner = threading.get_ident()
        return got

    def release(self) -> None:
        self.transactions += 1
        self.owner = None
        self.lock.release()

    @contextlib.contextmanager
    def hold_checkpoints(self) -> Iterator[None]:
        """Within the block, every connection of this process to the file turns its automatic
        checkpoints off at its next transaction (and back on after): the holder checkpoints."""
        with self._count_lock:
            self._holders += 1
        try:
            yield
        finally:
            with self._count_lock:
                self._holders -= 1


_gates: dict[str, WriteGate] = {}
_gates_lock = threading.Lock()


def write_gate(path: Path | str) -> WriteGate:
    """The gate of the database file at `path`, shared by every connection of this process."""
    key = os.path.normcase(os.path.realpath(path))
    with _gates_lock:
        return _gates.setdefault(key, WriteGate())


def gate_of(conn: sqlite3.Connection) -> WriteGate | None:
    """The gate of the file `conn` has open as its main database; None for an in-memory one."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return write_gate(file) if file else None
    return None


@contextlib.contextmanager
def _gated(gate: WriteGate | None) -> Iterator[None]:
    """Hold `gate` (if any) for the block.

    A thread that already holds it (a transaction on one connection, writing through a second one
    to the same file) and a wait longer than BUSY_TIMEOUT_MS go on without it: SQLite's own busy
    handling then decides, as it would without the gate, so nothing hangs.
    """
    held = gate is not None and gate.owner != threading.get_ident() and gate.acquire(BUSY_TIMEOUT_MS / 1000)
    try:
        yield
    finally:
        if held:
            assert gate is not None
            gate.release()


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
        self._gate = None if read_only else write_gate(path)
        self._autocheckpoint: int | None = None  # the setting while a gate's holder turned it off
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
                if version == 0:
                    # Before the first page is written (even switching to WAL writes one), or never:
                    # deleted attachments give their pages back to the file system.
                    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise UnsafeLocation(f"journal_mode={mode}")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                db = cls(conn, path, read_only=False)
                applied = migrations.migrate(
                    conn, backup=lambda v: db.backup_to(backup_dir / _backup_name(v))
                )
                if migrations.M005_ATTACHMENTS.name in applied and version >= 1:
                    _convert_to_incremental_vacuum(conn)
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
        with self.lock, world_errors(), _gated(self._gate if self._depth == 0 else None):
            conn = self.connection
            depth = self._depth
            if depth == 0:
                self._follow_checkpoint_hold(conn)
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

    def _follow_checkpoint_hold(self, conn: sqlite3.Connection) -> None:
        """Automatic checkpoints off while another connection of this process holds them."""
        if self._gate is None:
            return
        held = self._gate.checkpoints_held
        if held and self._autocheckpoint is None:
            self._autocheckpoint = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
            conn.execute("PRAGMA wal_autocheckpoint = 0")
        elif not held and self._autocheckpoint is not None:
            conn.execute(f"PRAGMA wal_autocheckpoint = {self._autocheckpoint}")
            self._autocheckpoint = None

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """Reads under the lock, with world errors translated."""
        with self.lock, world_errors():
            yield self.connection

    def give_back_free_pages(self, *, at_least: int = 1) -> int:
        """Return the file's free pages to the file system when there are `at_least` of them, and
        checkpoint so the file itself shrinks; returns how many were free. A no-op inside a
        transaction (the next call does it) and for a file without auto-vacuum.

        `incremental_vacuum` frees one page per step of its statement, and Python's `execute`
        runs one step: `executescript` (sqlite3_exec) runs them all. It commits nothing here, as
        it only runs outside a transaction; it holds the write gate like a transaction.
        """
        with self.lock, world_errors():
            conn = self.connection
            free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
            if free < max(1, at_least) or conn.in_transaction or self._depth:
                return free
            with _gated(self._gate):
                conn.executescript("PRAGMA incremental_vacuum")
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            return free

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


def _convert_to_incremental_vacuum(conn: sqlite3.Connection) -> None:
    """Once, right after the upgrade that brought attachments: an older file gets incremental
    auto-vacuum, which only a VACUUM (a rewrite of the whole file, outside any transaction) can
    switch on. A file that can't be rewritten now (no room for the copy, locked) keeps working
    without it; its freed pages are reused, only the file does not shrink."""
    if int(conn.execute("PRAGMA auto_vacuum").fetchone()[0]) != 0:
        return
    try:
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("VACUUM")
    except sqlite3.Error as exc:
        log.warning("history not converted to incremental vacuum: %s: %s", type(exc).__name__, exc)


def _backup_name(version: int) -> str:
    return migrations.backup_file_name(version, time.time())
