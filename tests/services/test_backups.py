"""Automatic backups and Restore: real SQLite files, a real answer streaming from the simulator."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
from pathlib import Path

import pytest
from _services_harness import Harness

from desktop_chat.domain import MessageStatus, Role
from desktop_chat.paths import AppPaths
from desktop_chat.services.backups import (
    BackupDone,
    BackupFailed,
    BackupPlan,
    BackupProblem,
    BackupsService,
    BackupState,
    RestoreRefused,
    backup_name,
    backup_plan,
    check_backup,
    is_ours,
    list_backups,
    make_backup,
    prepare_restore,
    prune,
    read_backup_state,
    swap_in,
)
from desktop_chat.services.events import AnswerDelta, AnswerEnded
from desktop_chat.settings import AppSettings
from desktop_chat.store import HistoryStore


def app_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs").ensure()


def fill(store: HistoryStore, chats: int, words: int = 400) -> None:
    for n in range(chats):
        cid = store.create_conversation(title=f"Chat {n}", model="gemini-2.5-flash").id
        q = store.add_message(cid, parent_id=None, role=Role.USER, content=f"question {n} " + "word " * words)
        store.add_message(cid, parent_id=q.id, role=Role.ASSISTANT, content=f"answer {n} " + "text " * words)


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def plan(folder: Path, kept: int = 7, *, default: bool = False) -> BackupPlan:
    return BackupPlan(enabled=True, folder=folder, kept=kept, default_folder=default)


def test_a_backup_while_an_answer_streams_is_whole_and_holds_the_finished_messages(
    harness: Harness, sim, tmp_path: Path
) -> None:
    fill(harness.store, 200)  # a few MB: many backup steps while the answer streams
    sim.queue("default;tps=60")
    cid = harness.store.create_conversation(model="gemini-2.5-flash").id
    paths = app_paths(tmp_path / "home")
    folder = tmp_path / "synced"
    folder.mkdir()
    service = BackupsService(paths, lambda: harness.store, lambda: plan(folder))

    async def go(chat):  # type: ignore[no-untyped-def]
        task = asyncio.ensure_future(chat.send(cid, "Tell me a long story", harness.listen))
        while len(harness.of(AnswerDelta)) < 3:
            await asyncio.sleep(0.01)
        deltas_before = len(harness.of(AnswerDelta))
        result = await service.back_up_now()
        deltas_after = len(harness.of(AnswerDelta))
        await task
        return result, deltas_before, deltas_after

    result, before, after = harness.run(go, timeout=60)
    assert isinstance(result, BackupDone)
    assert is_ours(result.file.path) and result.file.path.parent == folder
    assert integrity(result.file.path) == "ok"
    assert not [p for p in folder.iterdir() if not is_ours(p)], "no temporary file is left behind"
    copy = HistoryStore.open(result.file.path, read_only=True)
    try:
        titles = {c.title for c in copy.list_conversations(limit=1000)}
        assert {f"Chat {n}" for n in range(200)} <= titles
        kept = [m for m in copy.branch(next(c.id for c in copy.list_conversations(limit=1000)
                                            if c.title == "Chat 0"))]
        assert [m.status for m in kept] == [MessageStatus.COMPLETE] * 2
    finally:
        copy.close()
    ended = harness.of(AnswerEnded)[-1]
    assert ended.error is None and not ended.stopped
    answer = harness.store.get_message(ended.message_id)
    assert answer is not None and answer.status is MessageStatus.COMPLETE
    assert after > before, "the answer kept streaming while the copy was made"
    state = read_backup_state(paths)
    assert state.last_good == result.file.taken_at and not state.is_due(time.time())


def test_keep_n_removes_only_our_oldest_files(store: HistoryStore, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    others = [folder / "notes.txt", folder / "desktop-chat-old.sqlite3", folder / "history.sqlite3",
              folder / "desktop-chat-2020-01-01-000000.sqlite3.bak"]
    for other in others:
        other.write_text("not ours")
    base = time.time() - 10 * 86400
    for day in range(5):
        (folder / backup_name(base + day * 86400)).write_bytes(b"x" * (day + 1))
    result = make_backup(store, plan(folder, kept=3), now=time.time(), pause_s=0)
    assert isinstance(result, BackupDone)
    ours = list_backups(folder)
    assert ours[0].path == result.file.path and len(ours) == 3
    assert len(result.pruned) == 3 and all(is_ours(p) for p in result.pruned)
    assert all(other.exists() for other in others), "files that are not ours are never deleted"
    assert prune(folder, 1) == tuple(b.path for b in ours[1:])
    assert all(other.exists() for other in others)


def test_a_missing_or_unwritable_folder_is_a_typed_result_said_once(
    store: HistoryStore, tmp_path: Path
) -> None:
    missing = make_backup(store, plan(tmp_path / "not-mounted"), pause_s=0)
    assert isinstance(missing, BackupFailed) and missing.problem is BackupProblem.FOLDER_MISSING
    assert not (tmp_path / "not-mounted").exists(), "a chosen folder is never created in its absence"
    made = make_backup(store, plan(tmp_path / "own", default=True), pause_s=0)
    assert isinstance(made, BackupDone), "the app's own folder is created when missing"

    locked = tmp_path / "locked"
    locked.mkdir()
    now = time.time()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root writes anywhere: the copy's own name is taken instead
            locked.chmod(0o700)
            (locked / f".{backup_name(now)}.tmp.partial").mkdir()
        result = make_backup(store, plan(locked), now=now, pause_s=0)
    finally:
        locked.chmod(0o700)
    assert isinstance(result, BackupFailed) and result.problem is BackupProblem.NOT_WRITABLE
    assert not [p for p in locked.iterdir() if p.is_file()], "nothing half-written is left"

    paths = app_paths(tmp_path / "home")
    service = BackupsService(paths, lambda: store, lambda: plan(tmp_path / "not-mounted"))
    assert service.should_say(BackupProblem.FOLDER_MISSING)
    assert not service.should_say(BackupProblem.FOLDER_MISSING), "said once, not every day"
    assert service.should_say(BackupProblem.DISK_FULL)


def test_unwritable_folder_as_root_is_still_a_typed_result(store: HistoryStore, tmp_path: Path) -> None:
    """Root writes anywhere; a folder path that is a file is refused the same typed way."""
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    result = make_backup(store, plan(blocker, default=True), pause_s=0)
    assert isinstance(result, BackupFailed)
    assert result.problem in {BackupProblem.NOT_WRITABLE, BackupProblem.FOLDER_MISSING}


def test_the_daily_backup_is_due_after_24_hours_and_not_when_off(store: HistoryStore, tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "home")
    now = [1_000_000.0]
    on = [True]
    service = BackupsService(paths, lambda: store,
                             lambda: BackupPlan(enabled=on[0], folder=tmp_path / "b", kept=2),
                             clock=lambda: now[0], pause_s=0)
    assert service.is_due()
    assert isinstance(asyncio.run(service.back_up_if_due()), BackupDone)
    assert asyncio.run(service.back_up_if_due()) is None
    now[0] += 23 * 3600
    assert not service.is_due()
    now[0] += 3600
    assert service.is_due()
    on[0] = False
    assert not service.is_due()
    assert BackupState(last_good=now[0] + 100).is_due(now[0]), "a clock set back does not stop backups"


def test_the_plan_follows_the_settings_and_the_policy(tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "home")
    own = backup_plan(AppSettings(), paths)
    assert own.folder == paths.backups_dir and own.kept == 7 and own.default_folder and not own.folder_locked
    chosen = backup_plan(AppSettings(backup_folder=str(tmp_path / "sync"), backups_kept=3), paths)
    assert chosen.folder == tmp_path / "sync" and chosen.kept == 3 and not chosen.default_folder
    forced = backup_plan(AppSettings(), paths, {"backup_folder": str(tmp_path / "it"), "backups_kept": 30})
    assert forced.folder == tmp_path / "it" and forced.kept == 30
    assert forced.folder_locked and forced.kept_locked and not forced.enabled_locked


def test_restore_keeps_the_current_history_aside_and_brings_the_backups_chats(tmp_path: Path) -> None:
    database = tmp_path / "data" / "history.sqlite3"
    database.parent.mkdir()
    store = HistoryStore.open(database)
    fill(store, 3, words=5)
    made = make_backup(store, plan(tmp_path / "b", default=True), pause_s=0)
    assert isinstance(made, BackupDone)
    store.create_conversation(title="Written after the backup")
    staged = prepare_restore(made.file.path, database)
    assert staged.exists() and integrity(staged) == "ok"
    titles_now = {c.title for c in store.list_conversations(limit=100)}
    assert "Written after the backup" in titles_now, "preparing touches nothing of the current history"
    store.close()

    kept = swap_in(staged, database)
    assert kept.name.startswith("history.sqlite3.before-restore-") and kept.exists()
    assert not staged.exists()
    restored = HistoryStore.open(database)
    try:
        titles = {c.title for c in restored.list_conversations(limit=100)}
        assert titles == {"Chat 0", "Chat 1", "Chat 2"}
    finally:
        restored.close()
    old = HistoryStore.open(kept, read_only=True)
    try:
        assert "Written after the backup" in {c.title for c in old.list_conversations(limit=100)}
    finally:
        old.close()


def test_a_damaged_backup_is_refused_and_the_history_is_untouched(
    store: HistoryStore, tmp_path: Path
) -> None:
    fill(store, 2, words=5)
    made = make_backup(store, plan(tmp_path / "b", default=True), pause_s=0)
    assert isinstance(made, BackupDone)
    damaged = tmp_path / "b" / "desktop-chat-2024-01-01-000000.sqlite3"
    data = bytearray(made.file.path.read_bytes())
    data[4096:8192] = b"\x5a" * 4096  # a page of garbage
    damaged.write_bytes(bytes(data))
    not_sqlite = tmp_path / "b" / "desktop-chat-2024-01-02-000000.sqlite3"
    not_sqlite.write_bytes(b"this is not a database" * 100)
    other_db = tmp_path / "other.sqlite3"
    sqlite3.connect(other_db).execute("CREATE TABLE t(x)").connection.close()
    before = store.path.read_bytes()
    for bad in (damaged, not_sqlite, other_db, tmp_path / "gone.sqlite3"):
        with pytest.raises(RestoreRefused):
            prepare_restore(bad, store.path)
        with pytest.raises(RestoreRefused):
            check_backup(bad)
    assert not store.path.with_name(store.path.name + ".restoring").exists()
    assert store.path.read_bytes() == before
    assert len(store.list_conversations(limit=10)) == 2


def test_the_plan_under_a_real_policy_locks_what_it_gives(tmp_path: Path) -> None:
    from desktop_chat.policy import Policy, PolicyKey, apply_policy

    paths = app_paths(tmp_path / "home")
    policy = Policy(backup_folder=str(tmp_path / "it"), backups_kept=30,
                    defaults_only=frozenset({PolicyKey.BACKUPS_KEPT}))
    in_force = apply_policy(AppSettings(backups_kept=5), policy)
    plan_now = backup_plan(in_force, paths, policy)
    assert plan_now.folder == tmp_path / "it" and plan_now.folder_locked
    assert plan_now.kept == 5 and not plan_now.kept_locked, "a defaults-only key: the person's own value"
