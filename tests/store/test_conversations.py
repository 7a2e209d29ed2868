"""Conversations: creation, titles, listing order, flags, trash with undo, settings, drafts, usage."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from desktop_chat.domain import GenerationParams, MessageStatus, Role, Usage
from desktop_chat.store import HistoryStore, StorageUnavailable

from .conftest import add_turns, answer


def test_create_and_get_keep_every_setting(store: HistoryStore) -> None:
    params = GenerationParams(temperature=0.3, max_tokens=500, stop=("END",))
    conv = store.create_conversation(
        title="Plan", model="claude-sonnet-4-5", params=params, system_prompt="Be kind"
    )
    again = store.get_conversation(conv.id)
    assert again == conv
    assert (again.title, again.model, again.params, again.system_prompt) == (
        "Plan",
        "claude-sonnet-4-5",
        params,
        "Be kind",
    )
    assert again.current_leaf_id is None and again.draft == "" and not again.pinned
    assert store.get_conversation(9999) is None


def test_first_user_message_titles_an_untitled_chat(store: HistoryStore) -> None:
    conv = store.create_conversation()
    store.add_message(conv.id, parent_id=None, role=Role.SYSTEM, content="You are helpful.")
    text = "\n\n  Please   summarise the attached quarterly notes about revenue growth in the north\nmore"
    store.add_message(conv.id, parent_id=None, role=Role.USER, content=text)
    title = store.get_conversation(conv.id).title  # type: ignore[union-attr]
    assert title.startswith("Please summarise the attached quarterly notes")
    assert title.endswith("…") and len(title) <= 61
    store.add_message(conv.id, parent_id=None, role=Role.USER, content="Another question")
    assert store.get_conversation(conv.id).title == title  # type: ignore[union-attr]
    store.rename_conversation(conv.id, "  My name  ")
    assert store.get_conversation(conv.id).title == "My name"  # type: ignore[union-attr]


def test_listing_is_pinned_first_then_newest_and_skips_archived_and_trash(store: HistoryStore) -> None:
    ids = [store.create_conversation(title=f"c{i}").id for i in range(5)]
    time.sleep(0.002)
    add_turns(store, ids[1], 1)  # bumps c1 to the top of the unpinned ones
    store.set_pinned(ids[3], True)
    store.set_archived(ids[0], True)
    store.trash_conversation(ids[2])
    listed = [c.id for c in store.list_conversations()]
    assert listed == [ids[3], ids[1], ids[4]]
    assert [c.id for c in store.list_conversations(archived=True)] == [ids[0]]
    assert [c.id for c in store.list_conversations(limit=1, offset=1)] == [ids[1]]
    assert store.get_conversation(ids[3]).pinned  # type: ignore[union-attr]


def test_listing_uses_the_partial_index(store: HistoryStore) -> None:
    from desktop_chat.store.conversations import CONVERSATION_COLUMNS

    with store.transaction() as conn:
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                f"EXPLAIN QUERY PLAN SELECT {CONVERSATION_COLUMNS} FROM conversations "
                "WHERE trashed_at IS NULL AND archived = ? ORDER BY archived, pinned DESC, updated_at DESC, "
                "id DESC LIMIT ? OFFSET ?",
                (0, 100, 0),
            )
        )
    assert "conversations_listing" in plan and "TEMP B-TREE" not in plan


def test_trash_restore_and_purge(store: HistoryStore) -> None:
    keep = store.create_conversation(title="keep")
    gone = store.create_conversation(title="gone")
    msgs = add_turns(store, gone.id, 3)
    store.trash_conversation(gone.id)
    assert store.is_trashed(gone.id)
    assert [c.id for c in store.list_trash()] == [gone.id]
    assert store.purge_trash(older_than_s=3600) == 0, "trashed just now: kept for undo"
    store.restore_conversation(gone.id)
    assert {c.id for c in store.list_conversations()} == {keep.id, gone.id}
    store.trash_conversation(gone.id)
    assert store.purge_trash() == 1
    assert store.get_conversation(gone.id) is None
    assert all(store.get_message(m.id) is None for m in msgs)
    assert store.get_conversation(keep.id) is not None


def test_purging_a_long_chain_does_not_hit_sqlite_recursion_limits(store: HistoryStore) -> None:
    conv = store.create_conversation()
    parent = None
    with store.transaction():
        for i in range(1500):
            parent = store.add_message(conv.id, parent_id=parent, role=Role.USER, content=f"m{i}").id
    store.trash_conversation(conv.id)
    assert store.purge_trash() == 1


def test_update_settings_changes_only_what_is_given(store: HistoryStore) -> None:
    conv = store.create_conversation(model="a", params=GenerationParams(temperature=1.0), system_prompt="s")
    store.update_settings(conv.id, model="b")
    got = store.get_conversation(conv.id)
    assert (got.model, got.params.temperature, got.system_prompt) == ("b", 1.0, "s")  # type: ignore[union-attr]
    store.update_settings(conv.id, params=GenerationParams(top_p=0.5), system_prompt="")
    got = store.get_conversation(conv.id)
    assert (got.model, got.params, got.system_prompt) == ("b", GenerationParams(top_p=0.5), "")  # type: ignore[union-attr]
    store.update_settings(conv.id, model=None)
    assert store.get_conversation(conv.id).model is None  # type: ignore[union-attr]
    with pytest.raises(LookupError):
        store.update_settings(12345, model="x")


def test_draft_is_kept_and_does_not_reorder_the_list(store: HistoryStore) -> None:
    a = store.create_conversation(title="a")
    time.sleep(0.002)
    b = store.create_conversation(title="b")
    store.save_draft(a.id, "half a thought")
    assert store.get_conversation(a.id).draft == "half a thought"  # type: ignore[union-attr]
    assert [c.id for c in store.list_conversations()] == [b.id, a.id]


def test_usage_sums_all_messages_of_the_conversation(store: HistoryStore) -> None:
    conv = store.create_conversation()
    assert store.conversation_usage_by_model(conv.id) == []
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="hi")
    answer(store, conv.id, q.id, "one", usage=Usage(10, 5, 15))
    answer(store, conv.id, q.id, "two", usage=Usage(10, 7, None))  # a sibling branch, total unknown
    answer(store, conv.id, q.id, "three", status=MessageStatus.FAILED, error="The model service failed.")
    assert store.conversation_usage_by_model(conv.id) == [("m", Usage(20, 12, 32))]


def _trashed_at(store: HistoryStore, cid: int, when: float) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE conversations SET trashed_at = ? WHERE id = ?", (when, cid))


def test_purge_trash_deletes_only_what_was_trashed_long_enough_ago(store: HistoryStore) -> None:
    day = 86400.0
    now = time.time()
    keep = store.create_conversation(title="never trashed")
    add_turns(store, keep.id, 1)
    old = store.create_conversation(title="old enough")
    old_msgs = add_turns(store, old.id, 2)
    recent = store.create_conversation(title="trashed yesterday")
    add_turns(store, recent.id, 1)
    for cid in (old.id, recent.id):
        store.trash_conversation(cid)
    _trashed_at(store, old.id, now - 31 * day)
    _trashed_at(store, recent.id, now - 1 * day)
    trash = store.list_trash()
    assert [c.id for c in trash] == [recent.id, old.id], "the most recently trashed first"
    assert trash[1].trashed_at == pytest.approx(now - 31 * day)
    assert store.get_conversation(keep.id).trashed_at is None  # type: ignore[union-attr]
    assert store.purge_trash(older_than_s=30 * day) == 1
    assert [c.id for c in store.list_trash()] == [recent.id]
    assert store.get_conversation(old.id) is None
    assert all(store.get_message(m.id) is None for m in old_msgs)
    with store.transaction() as conn:
        left = conn.execute("SELECT count(*) FROM messages WHERE conversation_id = ?", (old.id,)).fetchone()[
            0
        ]
        marks = ", ".join("?" for _ in old_msgs)
        indexed = conn.execute(
            f"SELECT count(*) FROM message_index WHERE rowid IN ({marks})", [m.id for m in old_msgs]
        ).fetchone()[0]
        titles = conn.execute("SELECT count(*) FROM title_index WHERE title_index MATCH 'enough'").fetchone()[
            0
        ]
        conn.execute("INSERT INTO message_index(message_index, rank) VALUES ('integrity-check', 0)")
    assert (left, indexed, titles) == (0, 0, 0), "no message and no search row of it is left"
    assert store.purge_trash(older_than_s=30 * day) == 0
    assert store.purge_trash() == 1, "0 empties the whole trash"
    assert store.list_trash() == [] and store.get_conversation(keep.id) is not None


def test_purging_a_chat_with_an_answer_streaming_forgets_its_writer(db_path: Path) -> None:
    store = HistoryStore.open(db_path)
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="q")
    writer = store.start_answer(conv.id, parent_id=q.id, model="m", params=GenerationParams())
    writer.append("text")
    store.trash_conversation(conv.id)
    assert store.purge_trash() == 1
    store.close()  # must not try to save an answer whose row is gone
    with HistoryStore.open(db_path) as again:
        assert again.get_conversation(conv.id) is None


def test_the_new_chat_draft_is_kept_in_the_file(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        assert store.pending_draft() == ""
        store.save_pending_draft("half a question")
        store.save_pending_draft("half a question, then more")
        store.save_pending_draft("another slot", slot="other")
        assert store.pending_draft() == "half a question, then more"
        assert store.list_conversations() == [], "a draft makes no conversation"
    with HistoryStore.open(db_path) as store:  # survives a restart
        assert store.pending_draft() == "half a question, then more"
        assert store.pending_draft(slot="other") == "another slot"
        store.save_pending_draft("")
        assert store.pending_draft() == ""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT slot, text FROM pending_drafts ORDER BY slot").fetchall()
    finally:
        conn.close()
    assert rows == [("other", "another slot")], "an empty draft leaves no row behind"


def test_a_damaged_file_is_set_aside_with_its_companions(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "history.sqlite3"
    for name, data in (
        ("history.sqlite3", b"damaged"),
        ("history.sqlite3-wal", b"wal"),
        ("history.sqlite3-shm", b"shm"),
    ):
        (folder / name).write_bytes(data)
    first = HistoryStore.set_aside_damaged(path)
    assert first.read_bytes() == b"damaged"
    assert first.with_name(first.name + "-wal").read_bytes() == b"wal"
    assert first.with_name(first.name + "-shm").read_bytes() == b"shm"
    assert not any(
        p.name.startswith("history.sqlite3-") or p.name == "history.sqlite3" for p in folder.iterdir()
    )
    path.write_bytes(b"damaged again")
    second = HistoryStore.set_aside_damaged(path)
    assert second != first and second.read_bytes() == b"damaged again", "a second set-aside keeps the first"
    with pytest.raises(StorageUnavailable):
        HistoryStore.set_aside_damaged(path)  # nothing left to move
