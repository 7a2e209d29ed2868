"""Automatic daily backups of the history, and Restore from one of them.

Why: people never think about backups until the laptop dies. Once a day the app copies the history
with SQLite's backup API — on a worker thread, in small steps with a short pause between them, from
a read snapshot of its own, so an answer streaming at the same time neither waits nor slows — into
a folder of the person's or IT's choice (a synced company folder works) and keeps the newest N.

- A copy is written under a temporary name, checked with `PRAGMA integrity_check`, and only then
  renamed to `desktop-chat-YYYY-MM-DD-HHMMSS.sqlite3`: a synced folder never sees half a file, and
  never a damaged one under our name.
- Pruning touches only files named exactly so; anything else in the folder is never deleted.
- A folder that is missing, unwritable or full is a typed `BackupFailed` (`BackupProblem`); the
  UI says so once per kind of problem, not every day.
- The time of the last good backup is state, not a setting: `backups-state.json` beside the window
  state (`BackupState`).
- Restore: `check_backup` refuses a damaged file or one that is not a history; `prepare_restore`
  copies the chosen backup beside the history and checks the copy (the current history is not
  touched yet); `swap_in` — once the store is closed — renames the current file (with its -wal/-shm)
  aside as `history.sqlite3.before-restore-YYYYMMDD-HHMMSS` and moves the copy in its place.

The plan in force (`backup_plan`): the organisation's policy (`backup_folder`, `backups_kept`) over
the person's settings (`auto_backup`, `backup_folder`, `backups_kept`); "" = the app's own folder.
No Qt here; no sentences: the UI words results.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import errno
import json
import logging
import os
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_chat.paths import AppPaths, write_text_atomically
from desktop_chat.store import DiskFullError, FileNotWritten, HistoryStore, StoreError

__all__ = [
    "BACKUP_INTERVAL_S",
    "BackupDone",
    "BackupFailed",
    "BackupFile",
    "BackupPlan",
    "BackupProblem",
    "BackupResult",
    "BackupState",
    "BackupsService",
    "RestoreRefused",
    "backup_name",
    "backup_plan",
    "check_backup",
    "is_ours",
    "list_backups",
    "make_backup",
    "prepare_restore",
    "prune",
    "read_backup_state",
    "swap_in",
    "write_backup_state",
]

log = logging.getLogger(__name__)

BACKUP_INTERVAL_S = 24 * 3600.0
STEP_PAGES = 256  # 1 MB of 4 KB pages per backup step
STEP_PAUSE_S = 0.01  # between 1 MB steps (≤ 100 MB/s): the streaming answer keeps the CPU it needs
_NAME = re.compile(r"^desktop-chat-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.sqlite3$")
STATE_FILE = "backups-state.json"


class BackupProblem(enum.Enum):
    """Why a backup could not be made (the UI words each once)."""

    FOLDER_MISSING = "folder_missing"  # the chosen folder is not there (a synced drive not mounted)
    NOT_WRITABLE = "not_writable"
    DISK_FULL = "disk_full"
    COPY_DAMAGED = "copy_damaged"  # the copy failed its integrity check; it was removed
    HISTORY_UNREADABLE = "history_unreadable"


@dataclass(frozen=True, slots=True)
class BackupPlan:
    enabled: bool
    folder: Path
    kept: int
    folder_locked: bool = False  # set by the organisation's policy
    kept_locked: bool = False
    enabled_locked: bool = False
    default_folder: bool = True  # the app's own folder: created when missing


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    taken_at: float  # seconds since the epoch, local time of the name
    size: int  # bytes


@dataclass(frozen=True, slots=True)
class BackupDone:
    file: BackupFile
    pruned: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class BackupFailed:
    problem: BackupProblem
    folder: Path
    detail: str = ""


BackupResult = BackupDone | BackupFailed


@dataclass(frozen=True, slots=True)
class BackupState:
    """`last_good`: when the last backup succeeded (None: never); `problem_said`: the problem the
    person was last told about (told again only when it changes, or after a success)."""

    last_good: float | None = None
    problem_said: BackupProblem | None = None

    def is_due(self, now: float, interval: float = BACKUP_INTERVAL_S) -> bool:
        return self.last_good is None or now - self.last_good >= interval or now < self.last_good


class RestoreRefused(Exception):
    """The chosen backup can't be restored: damaged, or not a history. The history is untouched."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


# --- the plan, names, listing ---------------------------------------------------------------------
def backup_plan(settings: Any, paths: AppPaths, policy: Any = None) -> BackupPlan:
    """The plan in force: `settings` are the settings in force (the session's, the policy applied);
    a `policy` with `locks(name)` says which of them the organisation locked. A plain mapping as
    `policy` (not applied to the settings yet) has its values win."""
    values = {name: getattr(settings, name, default) for name, default in
              (("auto_backup", True), ("backup_folder", ""), ("backups_kept", 7))}
    locked: dict[str, bool] = dict.fromkeys(values, False)
    for name in values:
        if policy is not None and callable(getattr(policy, "locks", None)):
            locked[name] = bool(policy.locks(name))
        elif (forced := _policy_value(policy, name)) is not None:
            values[name], locked[name] = forced, True
    folder_text = str(values["backup_folder"] or "").strip()
    kept = values["backups_kept"]
    kept = kept if isinstance(kept, int) and not isinstance(kept, bool) and kept > 0 else 7
    folder = Path(os.path.expandvars(folder_text)).expanduser() if folder_text else paths.backups_dir
    return BackupPlan(enabled=bool(values["auto_backup"]), folder=folder, kept=kept,
                      folder_locked=locked["backup_folder"], kept_locked=locked["backups_kept"],
                      enabled_locked=locked["auto_backup"], default_folder=not folder_text)


def _policy_value(policy: Any, name: str) -> Any:
    if isinstance(policy, dict):
        return policy.get(name)
    return getattr(policy, name, None) if policy is not None else None


def backup_name(now: float) -> str:
    return time.strftime("desktop-chat-%Y-%m-%d-%H%M%S.sqlite3", time.localtime(now))


def is_ours(path: Path) -> bool:
    return _NAME.match(path.name) is not None


def list_backups(folder: Path) -> tuple[BackupFile, ...]:
    """Our backups in `folder`, newest first (other files are not ours, and not listed)."""
    found: list[BackupFile] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return ()
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None:
            continue
        try:
            size = entry.stat().st_size
            taken = time.mktime((*(int(g) for g in match.groups()), 0, 0, -1))  # type: ignore[arg-type]
        except (OSError, ValueError, OverflowError):
            continue
        found.append(BackupFile(entry, taken, size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return tuple(found)


def prune(folder: Path, kept: int, *, spare: Path | None = None) -> tuple[Path, ...]:
    """Delete our backups beyond the newest `kept`; never any other file, never `spare` (the one
    just made, whatever its name says). Returns what went."""
    gone: list[Path] = []
    ours = [b for b in list_backups(folder) if b.path != spare]
    room = max(1, kept) - (1 if spare is not None else 0)  # the spared one counts as kept
    for old in ours[room:]:
        try:
            old.path.unlink()
        except OSError as exc:
            log.info("an old backup could not be removed: %s", exc)
            continue
        gone.append(old.path)
    return tuple(gone)


# --- state ------------------------------------------------------------------------------------
def _state_path(paths: AppPaths) -> Path:
    return paths.state_file.parent / STATE_FILE


def read_backup_state(paths: AppPaths) -> BackupState:
    try:
        data = json.loads(_state_path(paths).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return BackupState()
    except (OSError, ValueError, RecursionError):
        return BackupState()
    if not isinstance(data, dict):
        return BackupState()
    last = data.get("last_good")
    said = data.get("problem_said")
    problem = None
    with contextlib.suppress(ValueError):
        problem = BackupProblem(said) if isinstance(said, str) else None
    good = float(last) if isinstance(last, (int, float)) and not isinstance(last, bool) else None
    return BackupState(good, problem)


def write_backup_state(paths: AppPaths, state: BackupState) -> None:
    payload = {"version": 1, "last_good": state.last_good,
               "problem_said": state.problem_said.value if state.problem_said else None}
    try:
        write_text_atomically(_state_path(paths), json.dumps(payload, indent=2) + "\n", durable=False)
    except OSError as exc:
        log.warning("could not save the backup state: %s", exc)


# --- making a backup ----------------------------------------------------------------------------
def make_backup(store: HistoryStore, plan: BackupPlan, *, now: float | None = None,
                cancelled: Callable[[], bool] | None = None, pause_s: float = STEP_PAUSE_S) -> BackupResult:
    """Copy the history into `plan.folder`, check it, then keep only the newest `plan.kept`.

    Runs on a worker thread (it blocks for as long as the copy takes). `store` is only read from
    through a connection of the copy's own. Raises store.bulk.Cancelled when `cancelled()`.
    """
    now = time.time() if now is None else now
    folder = plan.folder
    if not folder.is_dir():
        if not plan.default_folder:
            return BackupFailed(BackupProblem.FOLDER_MISSING, folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return BackupFailed(_problem_of(exc), folder, str(exc))
    final = folder / backup_name(now)
    n = 1
    while final.exists():  # two backups within one second
        n += 1
        final = folder / backup_name(now + n - 1)
    temp = folder / f".{final.name}.tmp"

    def polite() -> bool:
        if pause_s > 0:
            time.sleep(pause_s)
        return bool(cancelled is not None and cancelled())

    try:
        _copy(store, temp, polite)
    except DiskFullError as exc:
        _remove_quietly(temp)
        return BackupFailed(BackupProblem.DISK_FULL, folder, exc.detail or str(exc))
    except FileNotWritten as exc:
        _remove_quietly(temp)
        return BackupFailed(BackupProblem.NOT_WRITABLE, folder, exc.reason)
    except StoreError as exc:
        _remove_quietly(temp)
        return BackupFailed(BackupProblem.HISTORY_UNREADABLE, folder, exc.detail or str(exc))
    except BaseException:
        _remove_quietly(temp)
        raise
    problem = _self_contained(temp) or _integrity_problem(temp)
    if problem:
        _remove_quietly(temp)
        return BackupFailed(BackupProblem.COPY_DAMAGED, folder, problem)
    try:
        os.replace(temp, final)
    except OSError as exc:
        _remove_quietly(temp)
        return BackupFailed(_problem_of(exc), folder, str(exc))
    made = BackupFile(final, now, final.stat().st_size)
    return BackupDone(made, prune(folder, plan.kept, spare=final))


def lower_thread_priority() -> None:
    """Make the calling thread yield the CPU to the app's others (Linux: this thread's nice 10).

    Call it only on a thread of the backup's own: the copy then never competes with the thread
    that decodes a streaming answer. Elsewhere (Windows, macOS) it does nothing: the pauses
    between steps are the backup's manners there.
    """
    if sys.platform.startswith("linux") and hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def _copy(store: HistoryStore, temp: Path, cancelled: Callable[[], bool]) -> None:
    """The store's stepped copy (its own read snapshot; WAL writers never wait for it)."""
    from desktop_chat.store.backup import copy_database
    from desktop_chat.store.bulk import Pace

    try:
        copy_database(store.path, temp, pace=Pace(None, cancelled), step_pages=STEP_PAGES)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(str(exc), path=temp) from exc
        raise FileNotWritten(str(exc), path=temp, reason=exc.strerror or str(exc)) from exc
    except sqlite3.Error as exc:  # the target could not be opened or written
        text = str(exc)
        if "full" in text.lower():
            raise DiskFullError(text, path=temp) from exc
        raise FileNotWritten(text, path=temp, reason=text) from exc


def _problem_of(exc: OSError) -> BackupProblem:
    if exc.errno == errno.ENOSPC:
        return BackupProblem.DISK_FULL
    if exc.errno == errno.ENOENT:
        return BackupProblem.FOLDER_MISSING
    return BackupProblem.NOT_WRITABLE


def _remove_quietly(path: Path) -> None:
    for extra in ("", "-journal", "-wal", "-shm", ".partial"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + extra).unlink(missing_ok=True)


def _self_contained(path: Path) -> str:
    """Make the copy one file (no -wal/-shm beside it in a synced folder); "" or what went wrong."""
    try:
        conn = sqlite3.connect(str(path))
        try:
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    return ""


def _integrity_problem(path: Path) -> str:
    """"" when `path` is a sound SQLite file holding a history; else what is wrong."""
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            return "; ".join(str(r[0]) for r in rows[:5])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"conversations", "messages"} <= tables:
            return "not a Desktop Chat history"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return ""


# --- restore ------------------------------------------------------------------------------------
def check_backup(path: Path) -> None:
    """Raise RestoreRefused unless `path` is a sound history file."""
    problem = _integrity_problem(path) if Path(path).is_file() else "no such file"
    if problem:
        raise RestoreRefused(Path(path), problem)


def prepare_restore(backup: Path, database: Path) -> Path:
    """Copy `backup` beside `database` (as `<name>.restoring`) and check the copy; returns it.

    The current history is not touched. Raises RestoreRefused (damaged, not a history) or OSError.
    """
    check_backup(backup)
    staged = database.with_name(database.name + ".restoring")
    _remove_quietly(staged)
    src = sqlite3.connect(Path(backup).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(staged))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()  # one self-contained file
        finally:
            dst.close()
    except sqlite3.Error as exc:
        _remove_quietly(staged)
        raise RestoreRefused(Path(backup), str(exc)) from exc
    finally:
        src.close()
    problem = _integrity_problem(staged)
    if problem:
        _remove_quietly(staged)
        raise RestoreRefused(Path(backup), problem)
    return staged


def kept_aside_name(database: Path, now: float | None = None) -> Path:
    """Where the current history goes when a backup takes its place."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(time.time() if now is None else now))
    target = database.with_name(f"{database.name}.before-restore-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = database.with_name(f"{database.name}.before-restore-{stamp}-{n}")
    return target


def swap_in(staged: Path, database: Path, kept: Path | None = None) -> Path:
    """With the history closed: move the current file (and its -wal/-shm) to `kept`, then the
    staged copy in its place. Returns where the old history is kept. Raises OSError (nothing is
    lost: a failed move leaves the current file where it was, or at `kept`)."""
    kept = kept or kept_aside_name(database)
    if database.exists():
        for suffix in ("-wal", "-shm"):
            extra = database.with_name(database.name + suffix)
            if extra.exists():
                extra.replace(kept.with_name(kept.name + suffix))
        database.replace(kept)
    try:
        staged.replace(database)
    except OSError:
        if kept.exists() and not database.exists():
            kept.replace(database)  # the current history goes back where it was
        raise
    return kept


# --- the service the UI uses -------------------------------------------------------------------
class BackupsService:
    """Backups on a worker thread, one at a time, with the state kept between runs."""

    def __init__(self, paths: AppPaths, store: Callable[[], HistoryStore],
                 plan: Callable[[], BackupPlan], *, clock: Callable[[], float] = time.time,
                 pause_s: float = STEP_PAUSE_S) -> None:
        self._paths = paths
        self._store = store
        self._plan = plan
        self._clock = clock
        self._pause_s = pause_s
        self._lock = asyncio.Lock()
        self._stop = threading.Event()
        self._running = False

    @property
    def plan(self) -> BackupPlan:
        return self._plan()

    @property
    def busy(self) -> bool:
        return self._running

    def state(self) -> BackupState:
        return read_backup_state(self._paths)

    def is_due(self) -> bool:
        plan = self._plan()
        return plan.enabled and self.state().is_due(self._clock())

    def backups(self) -> tuple[BackupFile, ...]:
        return list_backups(self._plan().folder)

    async def back_up_if_due(self) -> BackupResult | None:
        """The daily backup, when it is on and the last good one is 24 h old (None: not due)."""
        if not self.is_due():
            return None
        return await self.back_up_now()

    async def back_up_now(self) -> BackupResult:
        async with self._lock:
            self._running = True
            try:
                plan = self._plan()
                store = self._store()
                result = await _on_own_thread(lambda: make_backup(
                    store, plan, now=self._clock(), cancelled=self._stop.is_set, pause_s=self._pause_s))
            finally:
                self._running = False
        if isinstance(result, BackupDone):
            write_backup_state(self._paths, BackupState(result.file.taken_at, None))
            log.info("backup made: %s (%d bytes; %d old ones removed)", result.file.path.name,
                     result.file.size, len(result.pruned))
        else:
            log.warning("backup failed: %s in %s (%s)", result.problem.value, result.folder, result.detail)
        return result

    def should_say(self, problem: BackupProblem) -> bool:
        """Tell the person about `problem` now? Once per kind until a backup succeeds again."""
        state = self.state()
        if state.problem_said is problem:
            return False
        write_backup_state(self._paths, BackupState(state.last_good, problem))
        return True

    def stop(self) -> None:
        """At quit: a copy in progress stops at its next step (and leaves no file)."""
        self._stop.set()


async def _on_own_thread(work: Callable[[], BackupResult]) -> BackupResult:
    """Run `work` on a new thread of low priority (not the loop's pool: its threads would keep it)."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[BackupResult] = loop.create_future()

    def deliver(outcome: BackupResult | BaseException) -> None:
        if done.done():
            return
        if isinstance(outcome, BaseException):
            done.set_exception(outcome)
        else:
            done.set_result(outcome)

    def job() -> None:
        lower_thread_priority()
        try:
            outcome: BackupResult | BaseException = work()
        except BaseException as error:  # handed to the awaiting task
            outcome = error
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(deliver, outcome)

    worker = threading.Thread(target=job, name="desktop-chat-backup", daemon=True)
    worker.start()
    return await asyncio.shield(done)
