"""Two stores of one process on the same file: the write gate and the checkpoints an import holds.

The window's store and a worker's store (an import) write to one file. A write that finds the other
one's transaction open must start as soon as that commits, not at SQLite's next busy retry; and
while an import checkpoints the WAL itself, no other connection's small commit may run a large
checkpoint instead.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from desktop_chat.domain import EndReason, MessageStatus, Role
from desktop_chat.store import HistoryStore, chatgpt, importing
from desktop_chat.store.bulk import Pace
from desktop_chat.store.connection import write_gate
from desktop_chat.store.errors import DatabaseBusyError

from .test_bulk_import import write_export


def _race(holder: HistoryStore, waiter: HistoryStore, hold_s: float) -> float:
    """`holder` keeps a write transaction open for `hold_s` on a thread while `waiter` writes;
    returns how long after the holder's commit the waiter's write got in."""
    opened = threading.Event()
    committed_at: list[float] = []

    def hold() -> None:
        with holder.transaction() as conn:
            conn.execute("UPDATE conversations SET title = 'held' WHERE id = 1")
            opened.set()
            time.sleep(hold_s)
            committed_at.append(time.perf_counter())  # COMMIT follows at once

    thread = threading.Thread(target=hold)
    thread.start()
    opened.wait()
    with waiter.transaction() as conn:
        got_in = time.perf_counter()
        conn.execute("UPDATE conversations SET title = 'waited' WHERE id = 1")
    thread.join()
    return got_in - committed_at[0]


def test_a_write_waiting_for_the_other_store_starts_when_it_commits(db_path: Path) -> None:
    with HistoryStore.open(db_path) as window, HistoryStore.open(db_path) as worker:
        window.create_conversation(title="x")
        # SQLite's busy handler retries 178 and 228 ms after the wait began (then every 100 ms): a
        # commit at 200 ms was seen ~30 ms late. The best of three rounds keeps a busy machine's
        # noise out.
        late = min(_race(worker, window, 0.200) for _ in range(3))
        assert late < 0.010, f"the write got in {late * 1000:.1f} ms after the other commit"
        assert window.get_conversation(1).title == "waited"  # type: ignore[union-attr]


def test_a_thread_writing_through_a_second_store_inside_its_transaction_is_not_held_up(
    db_path: Path,
) -> None:
    """The thread that holds the gate does not wait for itself: SQLite answers busy, as it would
    without the gate, after its own busy timeout (50 ms here), not after the gate's 5 s."""
    with HistoryStore.open(db_path) as one, HistoryStore.open(db_path) as two:
        one.create_conversation(title="x")
        with two.transaction() as conn:
            conn.execute("PRAGMA busy_timeout = 50")
        with one.transaction():
            assert write_gate(db_path).owner == threading.get_ident()
            started = time.perf_counter()
            with pytest.raises(DatabaseBusyError), two.transaction():
                pass
            assert time.perf_counter() - started < 1.0
        assert write_gate(db_path).owner is None
        with two.transaction() as conn:  # released: the other store writes at once
            conn.execute("UPDATE conversations SET title = 'two' WHERE id = 1")
        assert one.get_conversation(1).title == "two"  # type: ignore[union-attr]


def _wal_pages(store: HistoryStore, n: int) -> None:
    """About `n` pages of new data in the WAL, written through `store`."""
    conv = store.create_conversation(title="bulk")
    text = "page filler " * 340  # ~4 KB
    with store.transaction():
        for _ in range(n):
            store.add_message(conv.id, parent_id=None, role=Role.USER, content=text)


def test_while_an_import_holds_the_checkpoints_no_other_commit_checkpoints(db_path: Path) -> None:
    with HistoryStore.open(db_path) as window, HistoryStore.open(db_path) as worker:
        with contextlib.closing(sqlite3.connect(db_path)) as plain:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        base = db_path.stat().st_size
        with write_gate(db_path).hold_checkpoints():
            _wal_pages(worker, 1200)  # past SQLite's 1000-page threshold
            window.create_conversation(title="a small commit")
            assert db_path.stat().st_size == base, "a commit copied the WAL into the database"
        # Released: the same small commit on the same WAL runs SQLite's automatic checkpoint again.
        window.create_conversation(title="another small commit")
        assert db_path.stat().st_size > base


def test_an_import_with_a_long_budget_commits_early_for_a_waiting_answer(
    tmp_path: Path, db_path: Path
) -> None:
    """Half-second import transactions, yet the answer's writes wait for one message, not for them."""
    export = write_export(tmp_path / "conversations.json", 400, size=1500)
    outcome: dict[str, object] = {}

    def run() -> None:
        with HistoryStore.open(db_path) as worker, chatgpt.open_export(export) as stream:
            outcome["report"] = importing.import_conversations(
                worker.transaction, chatgpt.iter_chatgpt(stream), Pace(), lambda: (0, 0),
                budget_s=0.5, pause_s=0.001,
            )  # fmt: skip

    with HistoryStore.open(db_path) as window:
        conv = window.create_conversation(title="live")
        q = window.add_message(conv.id, parent_id=None, role=Role.USER, content="hello")
        writer = window.start_answer(conv.id, parent_id=q.id, model="m", params=q.params, flush_interval=0)
        thread = threading.Thread(target=run)
        thread.start()
        waits: list[float] = []
        while thread.is_alive():
            t0 = time.perf_counter()
            writer.append(text="tok ")
            waits.append(time.perf_counter() - t0)
            time.sleep(0.005)
        thread.join()
        writer.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED)
    assert outcome["report"].imported == 400  # type: ignore[attr-defined]
    assert len(waits) > 10
    waits.sort()
    assert waits[-2] < 0.1, f"writes waited {waits[-2] * 1000:.0f} ms for a 500 ms import transaction"
