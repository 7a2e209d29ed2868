"""Durability: the answer writer's flushing, recovery, transactions, and what happens when the
world goes wrong (disk full, read-only file, damaged file, another program holding the lock)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

import desktop_chat
from desktop_chat.domain import EndReason, GenerationParams, MessageStatus, Problem, Role
from desktop_chat.store import (
    CorruptDatabaseError,
    DiskFullError,
    HistoryStore,
    ReadOnlyError,
    StoreError,
)

from .conftest import add_turns, integrity


def _saved_content(path: Path, mid: int) -> str:
    """What another process (or the next start after a crash) would read right now."""
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT content FROM messages WHERE id = ?", (mid,)).fetchone()[0])
    finally:
        conn.close()


def _start(store: HistoryStore, interval: float = 0.5):  # type: ignore[no-untyped-def]
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="question")
    return (
        conv,
        q,
        store.start_answer(
            conv.id, parent_id=q.id, model="m", params=GenerationParams(), flush_interval=interval
        ),
    )


def test_user_message_and_empty_answer_row_are_committed_before_streaming(store: HistoryStore) -> None:
    _conv, q, writer = _start(store)
    conn = sqlite3.connect(store.path)
    rows = conn.execute("SELECT id, role, status FROM messages ORDER BY id").fetchall()
    leaf = conn.execute("SELECT current_leaf_id FROM conversations").fetchone()[0]
    conn.close()
    assert rows == [(q.id, "user", "complete"), (writer.message_id, "assistant", "streaming")]
    assert leaf == writer.message_id


def test_writer_buffers_then_flushes_after_the_interval(store: HistoryStore) -> None:
    _, _, writer = _start(store, interval=0.2)
    writer.append("Hello")
    writer.append(", world")
    assert writer.text == "Hello, world"
    assert _saved_content(store.path, writer.message_id) == "", "within the interval: buffered only"
    time.sleep(0.25)
    writer.append("!")
    assert _saved_content(store.path, writer.message_id) == "Hello, world!"
    writer.append(" more")
    assert not writer.flush_if_due()
    time.sleep(0.25)
    assert writer.flush_if_due()
    assert _saved_content(store.path, writer.message_id) == "Hello, world! more"
    done = writer.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED)
    assert done.content == "Hello, world! more" and done.status is MessageStatus.COMPLETE
    assert done.end_reason is EndReason.FINISHED and done.problem is None
    again = writer.finish(status=MessageStatus.FAILED, end_reason=EndReason.FAILED, problem=Problem.GATEWAY)
    assert again == done, "finishing twice is harmless: the first outcome stands"
    with pytest.raises(RuntimeError):
        writer.append("late")


def test_finish_with_failure_keeps_partial_text_problem_and_the_gateways_words(store: HistoryStore) -> None:
    _, _, writer = _start(store)
    writer.append("Half an ans")
    done = writer.finish(
        status=MessageStatus.FAILED, end_reason=EndReason.FAILED, problem=Problem.SERVER_TROUBLE,
        error="upstream said 503 with key sk-" + "A1b2C3d4E5f6G7h8I9j0K1l2",
    )  # fmt: skip
    assert (done.content, done.status, done.end_reason, done.problem) == (
        "Half an ans",
        MessageStatus.FAILED,
        EndReason.FAILED,
        Problem.SERVER_TROUBLE,
    )
    assert done.error is not None and done.error.startswith("upstream said 503")
    assert "A1b2C3d4E5f6G7h8I9j0K1l2" not in done.error, "anything shaped like a key is masked"
    assert store.get_message(done.id) == done, "what finish() returns is what was saved"


@pytest.mark.parametrize(
    "outcome",
    [
        {"status": MessageStatus.STREAMING, "end_reason": EndReason.FINISHED},
        {"status": MessageStatus.COMPLETE, "end_reason": EndReason.NONE},
        {"status": MessageStatus.FAILED, "end_reason": EndReason.FAILED},  # FAILED needs a problem
        {"status": MessageStatus.INTERRUPTED, "end_reason": EndReason.STOPPED, "problem": Problem.TIMEOUT},
    ],
)
def test_finish_refuses_an_outcome_that_does_not_add_up(store: HistoryStore, outcome: dict) -> None:
    _, _, writer = _start(store)
    with pytest.raises(ValueError):
        writer.finish(**outcome)
    assert not writer.finished
    assert store.get_message(writer.message_id).status is MessageStatus.STREAMING  # type: ignore[union-attr]


def test_leaving_the_writers_block_saves_what_arrived_as_app_closed(store: HistoryStore) -> None:
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="question")
    with (
        pytest.raises(KeyError),
        store.start_answer(conv.id, parent_id=q.id, model="m", params=GenerationParams()) as writer,
    ):
        writer.append("some text")
        raise KeyError("boom")
    msg = store.get_message(writer.message_id)
    assert msg is not None and (msg.content, msg.status, msg.end_reason, msg.problem, msg.error) == (
        "some text", MessageStatus.INTERRUPTED, EndReason.APP_CLOSED, None, None,
    )  # fmt: skip


def test_close_saves_and_interrupts_open_answers(db_path: Path) -> None:
    store = HistoryStore.open(db_path)
    _, _, writer = _start(store)
    writer.append("unsaved tail")
    store.close()
    with HistoryStore.open(db_path) as again:
        msg = again.get_message(writer.message_id)
        assert msg is not None and msg.content == "unsaved tail"
        assert msg.status is MessageStatus.INTERRUPTED
        assert (msg.end_reason, msg.problem, msg.error) == (EndReason.APP_CLOSED, None, None)
        assert again.recover_interrupted() == []


def test_recover_interrupted_after_the_process_vanished(db_path: Path) -> None:
    store = HistoryStore.open(db_path)
    _, _, writer = _start(store)
    writer.append("partial")
    writer.flush()
    store._db.close()  # like a crash: no finish, no close() bookkeeping
    with HistoryStore.open(db_path) as again:
        assert again.recover_interrupted() == [writer.message_id]
        msg = again.get_message(writer.message_id)
        assert (msg.status, msg.content) == (MessageStatus.INTERRUPTED, "partial")  # type: ignore[union-attr]
        assert (msg.end_reason, msg.problem, msg.error) == (EndReason.APP_CLOSED, None, None)  # type: ignore[union-attr]
        assert again.search("partial")[0].message_id == writer.message_id


def test_transaction_is_all_or_nothing_and_nests(store: HistoryStore) -> None:
    conv = store.create_conversation(title="t")
    with pytest.raises(ZeroDivisionError), store.transaction():
        store.add_message(conv.id, parent_id=None, role=Role.USER, content="lost")
        1 / 0  # noqa: B018
    assert store.branch(conv.id) == []
    with store.transaction():
        kept = store.add_message(conv.id, parent_id=None, role=Role.USER, content="kept")
        with pytest.raises(KeyError), store.transaction():
            store.add_message(conv.id, parent_id=kept.id, role=Role.USER, content="inner, rolled back")
            raise KeyError("inner")
    assert [m.content for m in store.branch(conv.id)] == ["kept"]


def test_disk_full_gives_a_plain_error_and_loses_nothing(store: HistoryStore) -> None:
    """Simulated with PRAGMA max_page_count (the file may not grow): SQLite reports SQLITE_FULL
    exactly as for a full disk."""
    conv = store.create_conversation(title="safe")
    saved = add_turns(store, conv.id, 3)
    _, _, writer = _start(store, interval=0)
    writer.append("before the disk filled. ")
    conn = store._db.connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError) as info:
        store.add_message(conv.id, parent_id=saved[-1].id, role=Role.USER, content="x" * 200_000)
    assert info.value.path is None, "the history itself, not a file the person chose"
    assert "full" in info.value.detail.lower(), "SQLite's own words are kept for Details"
    with pytest.raises(DiskFullError):
        writer.append("y" * 200_000)
    assert writer.text.endswith("y" * 200_000), "the text that could not be saved is still held"
    assert [m.id for m in store.branch(conv.id)] == [m.id for m in saved]
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    done = writer.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED)
    assert done.content == "before the disk filled. " + "y" * 200_000
    assert [m.content for m in store.branch(conv.id)] == [m.content for m in saved]
    assert integrity(store.path) == "ok"


def test_read_only_mode_reads_and_refuses_writes_plainly(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        conv = store.create_conversation(title="kept")
        add_turns(store, conv.id, 1)
    before = db_path.read_bytes()
    with HistoryStore.open(db_path, read_only=True) as ro:
        assert [c.title for c in ro.list_conversations()] == ["kept"]
        assert len(ro.branch(conv.id)) == 2
        with pytest.raises(ReadOnlyError) as info:
            ro.add_message(conv.id, parent_id=None, role=Role.USER, content="no")
        assert "readonly" in info.value.detail.lower() or "read-only" in info.value.detail.lower()
    assert db_path.read_bytes() == before


NOBODY = 65534

_READ_ONLY_CHILD = """\
import json, sys
from pathlib import Path
from desktop_chat.store import HistoryStore, StoreError
from desktop_chat.domain import Role
out = {}
try:
    s = HistoryStore.open(Path(sys.argv[1]))
    out['titles'] = [c.title for c in s.list_conversations()]
    s.add_message(1, parent_id=None, role=Role.USER, content='x')
    out['wrote'] = True
except StoreError as e:
    out['error'] = type(e).__name__
    out['detail'] = e.detail
print(json.dumps(out))
"""


def _as_nobody() -> None:
    os.setgid(NOBODY)
    os.setgroups([])
    os.setuid(NOBODY)


def _world_readable_dir() -> Path:
    """A fresh folder that every user can reach: the first temp root whose every ancestor lets
    others through (pytest's own tmp_path and a checkout under a home folder are often 0700)."""
    roots = [Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp"), Path("/dev/shm")]
    for root in roots:
        chain = [root.resolve(), *root.resolve().parents]
        if root.is_dir() and all(os.stat(p).st_mode & 0o001 for p in chain):
            folder = Path(tempfile.mkdtemp(prefix="dc-readonly-", dir=root))
            folder.chmod(0o755)
            return folder
    pytest.skip("no temporary folder another user can reach")


def _interpreter_for_nobody() -> str | None:
    """An interpreter `nobody` can run with its standard library (pyenv's under /root is not)."""
    base = os.path.realpath(getattr(sys, "_base_executable", sys.executable))
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    candidates = [base, *(shutil.which(n, path="/usr/local/bin:/usr/bin") for n in (version, "python3"))]
    for python in dict.fromkeys(c for c in candidates if c):
        probe = "import sqlite3, sys; sys.exit(sys.version_info < (3, 11))"
        try:
            ok = subprocess.run([python, "-c", probe], capture_output=True, preexec_fn=_as_nobody,
                                timeout=60)
        except PermissionError:  # the interpreter itself is out of reach
            continue
        if ok.returncode == 0:
            return python
    return None


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_read_only_file_for_a_normal_user_gives_a_plain_error(tmp_path: Path) -> None:
    """A real permission denial: the file and folder are read-only and, since tests run as root
    (who ignores permissions), the check runs in a child process as the unprivileged `nobody`.
    The child gets its own world-readable copy of the package and folder, so the test holds
    wherever the checkout lives and whoever may read it."""
    as_nobody = os.getuid() == 0
    python = _interpreter_for_nobody() if as_nobody else sys.executable
    if python is None:
        pytest.skip("no interpreter the unprivileged user can run")
    shared = _world_readable_dir()
    try:
        package = Path(desktop_chat.__file__).resolve().parent
        shutil.copytree(package, shared / "lib" / package.name,
                        ignore=shutil.ignore_patterns("__pycache__"))
        folder = shared / "history"
        folder.mkdir()
        db_path = folder / "history.sqlite3"
        with HistoryStore.open(db_path, backup_dir=tmp_path / "b") as store:
            conv = store.create_conversation(title="kept")
            add_turns(store, conv.id, 1)
        before = db_path.read_bytes()
        os.chmod(db_path, 0o444)
        os.chmod(folder, 0o555)
        env = {**os.environ, "PYTHONPATH": str(shared / "lib"), "PYTHONDONTWRITEBYTECODE": "1"}
        proc = subprocess.run(
            [python, "-c", _READ_ONLY_CHILD, str(db_path)],
            capture_output=True,
            text=True,
            env=env,
            cwd=shared,
            preexec_fn=_as_nobody if as_nobody else None,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
        result = json.loads(proc.stdout)
        assert "wrote" not in result
        assert result["error"] == "ReadOnlyError", result
        assert "readonly" in result["detail"].lower(), result  # SQLite's own words: a real denial
        os.chmod(folder, 0o755)
        assert db_path.read_bytes() == before
    finally:
        if (shared / "history").exists():
            os.chmod(shared / "history", 0o755)  # rmtree needs to write in it when not root
        shutil.rmtree(shared, ignore_errors=True)


def test_garbage_file_is_reported_as_damaged_and_left_alone(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = os.urandom(8192)
    db_path.write_bytes(garbage)
    with pytest.raises(CorruptDatabaseError) as info:
        HistoryStore.open(db_path)
    assert "no SQLite header" in info.value.detail
    assert db_path.read_bytes() == garbage
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["history.sqlite3"]
    moved = HistoryStore.set_aside_damaged(db_path)
    assert moved.read_bytes() == garbage and not db_path.exists()
    with HistoryStore.open(db_path) as fresh:  # a new history can start beside the damaged one
        assert fresh.list_conversations() == []


def test_damaged_pages_behind_a_valid_header_are_reported_as_damaged(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        conv = store.create_conversation(title="t")
        add_turns(store, conv.id, 50)
    data = bytearray(db_path.read_bytes())
    data[100:4096] = os.urandom(3996)  # page 1's b-tree (the schema) after the 100-byte header
    db_path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as info:
        HistoryStore.open(db_path)
    assert isinstance(info.value, CorruptDatabaseError)


def test_a_second_writer_waits_for_the_lock_instead_of_failing(store: HistoryStore) -> None:
    conv = store.create_conversation()
    other = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE conversations SET draft = 'other' WHERE id = ?", (conv.id,))
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    msg = store.add_message(conv.id, parent_id=None, role=Role.USER, content="after the lock")
    assert time.monotonic() - started >= 0.2
    release.join()
    other.close()
    assert store.get_message(msg.id) is not None


def test_backup_while_writing_is_consistent(store: HistoryStore, tmp_path: Path) -> None:
    conv = store.create_conversation(title="backup me")
    add_turns(store, conv.id, 20)
    _, _, writer = _start(store, interval=0)
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.is_set():
            writer.append("chunk ")

    t = threading.Thread(target=keep_writing)
    t.start()
    try:
        store.backup_to(tmp_path / "copy" / "backup.sqlite3")
    finally:
        stop.set()
        t.join()
    copy = tmp_path / "copy" / "backup.sqlite3"
    assert integrity(copy) == "ok"
    with HistoryStore.open(copy) as restored:
        assert len(restored.branch(conv.id)) == 40
        assert restored.search("backup")[0].message_id is None
    assert not list((tmp_path / "copy").glob("*.partial"))
    shutil.rmtree(tmp_path / "copy")
