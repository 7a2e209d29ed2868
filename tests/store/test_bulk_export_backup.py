"""Exporting everything and backing up, on a worker thread: progress, cancel, nothing left half-made.

Real SQLite files; the worker uses its own HistoryStore while the test's store keeps writing.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from desktop_chat.domain import Role
from desktop_chat.store import Cancelled, DiskFullError, FileNotWritten, HistoryStore, backup
from desktop_chat.store.bulk import Pace

from .test_bulk_import import counts, in_thread


def _fill(store: HistoryStore, chats: int, *, size: int = 400) -> None:
    text = "lorem ipsum " * (size // 12)
    with store.transaction():
        for i in range(chats):
            conv = store.create_conversation(title=f"chat {i}")
            q = store.add_message(conv.id, parent_id=None, role=Role.USER, content=f"q{i} {text}")
            store.add_message(conv.id, parent_id=q.id, role=Role.ASSISTANT, content=f"a{i} {text}")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_export_progress_counts_conversations_up_to_the_total(tmp_path: Path, db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        _fill(store, 300)
        seen: list[tuple[int, int]] = []
        out = tmp_path / "out" / "all.json"
        job = in_thread(db_path, "export_archive", out, progress=lambda d, t: seen.append((d, t)))
        job["thread"].join()  # type: ignore[attr-defined]
        assert job.get("result") == 300, job.get("error")
        assert seen[-1] == (300, 300) and seen[0][1] == 300
        assert len(json.loads(out.read_text(encoding="utf-8"))["conversations"]) == 300
        assert _leftovers(out.parent) == ["all.json"]


def test_cancel_mid_export_leaves_no_file_and_keeps_an_older_one(tmp_path: Path, db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        _fill(store, 400)
        out = tmp_path / "out" / "all.json"
        polls: list[int] = []

        def cancelled() -> bool:  # polled for every conversation: stop a quarter of the way
            polls.append(1)
            return len(polls) > 100

        job = in_thread(db_path, "export_archive", out, cancelled=cancelled)
        job["thread"].join()  # type: ignore[attr-defined]
        assert isinstance(job.get("error"), Cancelled)
        assert len(polls) == 101
        assert _leftovers(out.parent) == []
        out.write_text("an older export", encoding="utf-8")
        polls.clear()
        job = in_thread(db_path, "export_archive", out, cancelled=cancelled)
        job["thread"].join()  # type: ignore[attr-defined]
        assert isinstance(job.get("error"), Cancelled)
        assert out.read_text(encoding="utf-8") == "an older export"
        assert _leftovers(out.parent) == ["all.json"]


def test_an_export_that_cannot_be_written_is_a_typed_error(tmp_path: Path, store: HistoryStore) -> None:
    _fill(store, 2)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(FileNotWritten) as info:
        store.export_archive(blocker / "all.json")
    assert info.value.path == blocker / "all.json" and info.value.reason
    with pytest.raises(FileNotWritten):
        store.backup_to(blocker / "copy.sqlite3")


def test_backup_while_the_main_store_writes_is_one_consistent_snapshot(tmp_path: Path, db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        _fill(store, 300, size=4000)
        before = counts(store)
        extra = store.create_conversation(title="written during the backup")
        steps: list[tuple[int, int]] = []

        def step(done: int, total: int) -> None:
            steps.append((done, total))
            # a write between every step: SQLite must not restart the copy, the snapshot holds
            store.add_message(extra.id, parent_id=None, role=Role.USER, content=f"during {done}")

        dest = tmp_path / "copy" / "backup.sqlite3"
        backup.copy_database(db_path, dest, pace=Pace(step, max_rate=1e9), step_pages=16)
        assert len(steps) > 10, "the copy was made in many steps"
        assert steps[-1][0] == steps[-1][1] and all(t == steps[0][1] for _, t in steps)
        with HistoryStore.open(dest) as copy:
            assert counts(copy)[:2] == (before[0] + 1, before[1]), "the copy is the state at its start"
            assert copy.list_conversations(limit=1)[0].title == "written during the backup"
        assert _leftovers(dest.parent) == ["backup.sqlite3"]
        assert sqlite3.connect(dest).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_backup_progress_reaches_the_total(tmp_path: Path, db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        _fill(store, 50)
        seen: list[tuple[int, int]] = []
        job = in_thread(
            db_path, "backup_to", tmp_path / "b.sqlite3", progress=lambda d, t: seen.append((d, t))
        )
        job["thread"].join()  # type: ignore[attr-defined]
        assert "error" not in job, job.get("error")
        assert seen and seen[-1][0] == seen[-1][1] > 0
        with HistoryStore.open(tmp_path / "b.sqlite3") as copy:
            assert counts(copy) == counts(store)


def test_cancel_mid_backup_leaves_no_file(tmp_path: Path, db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        _fill(store, 200, size=4000)
    stop = threading.Event()
    steps: list[int] = []

    def step(done: int, total: int) -> None:
        steps.append(done)
        if len(steps) == 3:
            stop.set()

    dest = tmp_path / "copy" / "backup.sqlite3"
    with pytest.raises(Cancelled):
        backup.copy_database(db_path, dest, pace=Pace(step, stop.is_set, max_rate=1e9), step_pages=16)
    assert len(steps) == 3
    assert _leftovers(dest.parent) == []
    # through the store's own method, cancelled before the first step
    with HistoryStore.open(db_path) as store, pytest.raises(Cancelled):
        store.backup_to(dest, cancelled=lambda: True)
    assert _leftovers(dest.parent) == []


def test_a_backup_onto_a_full_disk_is_disk_full(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy's own SQLite connection reports SQLITE_FULL; the partial copy is removed."""
    with HistoryStore.open(db_path) as store:
        _fill(store, 100, size=4000)
    dest = tmp_path / "copy" / "backup.sqlite3"
    real_connect = sqlite3.connect

    def small_target(target: str, *args: object, **kw: object) -> sqlite3.Connection:
        conn = real_connect(target, *args, **kw)  # type: ignore[arg-type]
        if str(target).endswith(".partial"):
            conn.execute("PRAGMA max_page_count = 20")
        return conn

    monkeypatch.setattr(sqlite3, "connect", small_target)
    with pytest.raises(DiskFullError):
        backup.copy_database(db_path, dest)
    assert _leftovers(dest.parent) == []
