"""The message tree: branches from regenerate/edit, the shown branch, siblings, deletes, tails."""

from __future__ import annotations

import pytest

from desktop_chat.domain import EndReason, GenerationParams, MessageStatus, Role
from desktop_chat.store import HistoryStore

from .conftest import add_turns, answer


def _ids(msgs: list) -> list[int]:
    return [m.id for m in msgs]


def test_regenerate_and_edit_create_sibling_branches_all_kept(store: HistoryStore) -> None:
    conv = store.create_conversation()
    q1 = store.add_message(conv.id, parent_id=None, role=Role.USER, content="Q1")
    a1 = answer(store, conv.id, q1.id, "A1")
    a1b = answer(store, conv.id, q1.id, "A1 regenerated")  # regenerate
    q1b = store.add_message(conv.id, parent_id=None, role=Role.USER, content="Q1 edited")  # edit
    a2 = answer(store, conv.id, q1b.id, "A2")
    assert _ids(store.branch(conv.id)) == [q1b.id, a2.id]
    assert _ids(store.siblings(a1.id)) == [a1.id, a1b.id]
    assert _ids(store.siblings(q1.id)) == [q1.id, q1b.id]
    assert _ids(store.branch(conv.id, a1.id)) == [q1.id, a1.id]
    assert store.get_conversation(conv.id).current_leaf_id == a2.id  # type: ignore[union-attr]


def test_select_branch_shows_the_newest_deepest_descendant(store: HistoryStore) -> None:
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="Q")
    a_old = answer(store, conv.id, q.id, "old")
    deep = add_turns(store, conv.id, 2, parent=a_old.id)
    shallow_new = store.add_message(conv.id, parent_id=a_old.id, role=Role.USER, content="late")
    a_new = answer(store, conv.id, q.id, "new")
    assert store.get_conversation(conv.id).current_leaf_id == a_new.id  # type: ignore[union-attr]
    leaf = store.select_branch(conv.id, a_old.id)
    assert leaf == deep[-1].id != shallow_new.id
    assert _ids(store.branch(conv.id)) == [q.id, a_old.id, *_ids(deep)]
    assert store.select_branch(conv.id, a_new.id) == a_new.id
    other = store.create_conversation()
    with pytest.raises(LookupError):
        store.select_branch(other.id, a_new.id)


def test_branch_tail_returns_the_last_messages_in_order(store: HistoryStore) -> None:
    conv = store.create_conversation()
    msgs = add_turns(store, conv.id, 60)
    tail = store.branch_tail(conv.id, limit=50)
    assert _ids(tail) == _ids(msgs[-50:])
    assert _ids(store.branch_tail(conv.id, limit=500)) == _ids(msgs)
    assert store.branch_tail(store.create_conversation().id) == []


def test_branch_tail_walks_up_from_the_leaf_through_the_primary_key(store: HistoryStore) -> None:
    conv = store.create_conversation()
    add_turns(store, conv.id, 3)
    from desktop_chat.store import messages as msg_sql

    with store.transaction() as conn:
        sql = msg_sql._WALK_UP.format(limit="LIMIT ?") + " SELECT id FROM up"
        plan = " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, (1, 50)))
    assert "INTEGER PRIMARY KEY" in plan and "SCAN m" not in plan and "BLOOM" not in plan


def test_delete_message_removes_the_subtree_and_falls_back(store: HistoryStore) -> None:
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="Q")
    a1 = answer(store, conv.id, q.id, "first")
    follow = add_turns(store, conv.id, 1, parent=a1.id)
    a2 = answer(store, conv.id, q.id, "second")
    store.select_branch(conv.id, a1.id)
    assert store.get_conversation(conv.id).current_leaf_id == follow[-1].id  # type: ignore[union-attr]
    store.delete_message(a1.id)  # the shown branch goes: fall back to the sibling's branch
    assert all(store.get_message(m.id) is None for m in [a1, *follow])
    assert store.get_conversation(conv.id).current_leaf_id == a2.id  # type: ignore[union-attr]
    store.delete_message(a2.id)  # no sibling left: fall back to the parent
    assert store.get_conversation(conv.id).current_leaf_id == q.id  # type: ignore[union-attr]
    store.delete_message(q.id)
    assert store.get_conversation(conv.id).current_leaf_id is None  # type: ignore[union-attr]
    assert store.branch(conv.id) == []
    store.delete_message(987654)  # already gone: nothing to do


def test_deleting_another_branch_keeps_the_shown_one(store: HistoryStore) -> None:
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="Q")
    a1 = answer(store, conv.id, q.id, "first")
    a2 = answer(store, conv.id, q.id, "second")
    store.delete_message(a1.id)
    assert store.get_conversation(conv.id).current_leaf_id == a2.id  # type: ignore[union-attr]


def test_parent_must_belong_to_the_same_conversation(store: HistoryStore) -> None:
    a = store.create_conversation()
    b = store.create_conversation()
    q = store.add_message(a.id, parent_id=None, role=Role.USER, content="Q")
    with pytest.raises(ValueError):
        store.add_message(b.id, parent_id=q.id, role=Role.USER, content="wrong")
    with pytest.raises(ValueError):
        store.start_answer(b.id, parent_id=q.id, model=None, params=GenerationParams())
    assert store.branch(b.id) == []


def test_edit_message_content_in_place(store: HistoryStore) -> None:
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="tpyo")
    store.edit_message_content(q.id, "typo fixed")
    got = store.get_message(q.id)
    assert got.content == "typo fixed" and got.updated_at >= q.updated_at  # type: ignore[union-attr]
    with pytest.raises(LookupError):
        store.edit_message_content(424242, "x")


def test_messages_keep_every_field(store: HistoryStore) -> None:
    from desktop_chat.domain import FinishReason, Usage

    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="Q", status=MessageStatus.COMPLETE)
    params = GenerationParams(temperature=0.7, stop=("a", "b"))
    writer = store.start_answer(conv.id, parent_id=q.id, model="deepseek", params=params)
    writer.append(text="Answer", reasoning="Thinking…")
    done = writer.finish(
        status=MessageStatus.COMPLETE,
        end_reason=EndReason.FINISHED,
        finish_reason=FinishReason.LENGTH,
        usage=Usage(11, 22, 33),
        latency_ms=4100,
    )
    assert store.get_message(done.id) == done
    assert (done.content, done.reasoning, done.model, done.params) == (
        "Answer",
        "Thinking…",
        "deepseek",
        params,
    )
    assert (done.finish_reason, done.usage, done.latency_ms) == (FinishReason.LENGTH, Usage(11, 22, 33), 4100)
    assert done.role is Role.ASSISTANT and done.parent_id == q.id
    assert (done.end_reason, done.problem, done.error) == (EndReason.FINISHED, None, None)
    assert store.get_message(q.id).end_reason is EndReason.NONE, "a question has no end reason"  # type: ignore[union-attr]


def _tree(store: HistoryStore) -> dict[str, int]:
    """A chat with edits and regenerations at several depths (shown: q1 a1 q2 a2r q3 a3r):

    q1 ─┬ a1 ─ q2 ─┬ a2
        │          └ a2r ─ q3 ─┬ a3
        │                      ├ a3r
        │                      └ a3rr
        └ a1r
    q1e ─ a1e                       (q1e: q1 edited, a second root)
    """
    conv = store.create_conversation()
    q1 = store.add_message(conv.id, parent_id=None, role=Role.USER, content="q1")
    a1 = answer(store, conv.id, q1.id, "a1")
    a1r = answer(store, conv.id, q1.id, "a1r")
    q2 = store.add_message(conv.id, parent_id=a1.id, role=Role.USER, content="q2")
    a2 = answer(store, conv.id, q2.id, "a2")
    a2r = answer(store, conv.id, q2.id, "a2r")
    q3 = store.add_message(conv.id, parent_id=a2r.id, role=Role.USER, content="q3")
    a3 = answer(store, conv.id, q3.id, "a3")
    a3r = answer(store, conv.id, q3.id, "a3r")
    a3rr = answer(store, conv.id, q3.id, "a3rr")
    q1e = store.add_message(conv.id, parent_id=None, role=Role.USER, content="q1 edited")
    a1e = answer(store, conv.id, q1e.id, "a1'")
    store.select_branch(conv.id, a3r.id)
    return {
        "conv": conv.id, "q1": q1.id, "a1": a1.id, "a1r": a1r.id, "q2": q2.id, "a2": a2.id,
        "a2r": a2r.id, "q3": q3.id, "a3": a3.id, "a3r": a3r.id, "a3rr": a3rr.id, "q1e": q1e.id,
        "a1e": a1e.id,
    }  # fmt: skip


def _by_two_calls(
    store: HistoryStore, cid: int, leaf: int | None = None
) -> list[tuple[int, tuple[int, ...]]]:
    return [(m.id, tuple(s.id for s in store.siblings(m.id))) for m in store.branch(cid, leaf)]


def test_branch_with_siblings_matches_branch_and_siblings_on_every_leaf(store: HistoryStore) -> None:
    t = _tree(store)
    cid = t["conv"]
    current = store.branch_with_siblings(cid)
    assert [b.message.id for b in current] == [t["q1"], t["a1"], t["q2"], t["a2r"], t["q3"], t["a3r"]]
    assert [(b.message.id, b.sibling_ids) for b in current] == _by_two_calls(store, cid)
    assert [b.message for b in current] == store.branch(cid), "the same messages, every field"
    assert [b.sibling_ids for b in current] == [
        (t["q1"], t["q1e"]), (t["a1"], t["a1r"]), (t["q2"],), (t["a2"], t["a2r"]), (t["q3"],),
        (t["a3"], t["a3r"], t["a3rr"]),
    ]  # fmt: skip
    assert [b.position for b in current] == [0, 0, 0, 1, 0, 1]
    for leaf in (t["a1r"], t["a2"], t["a3"], t["a3rr"], t["a1e"], t["q2"], t["q1"]):
        got = [(b.message.id, b.sibling_ids) for b in store.branch_with_siblings(cid, leaf)]
        assert got == _by_two_calls(store, cid, leaf), leaf


def test_branch_with_siblings_follows_deletes_and_new_answers(store: HistoryStore) -> None:
    t = _tree(store)
    cid = t["conv"]
    store.delete_message(t["a3r"])
    assert [(b.message.id, b.sibling_ids) for b in store.branch_with_siblings(cid)] == _by_two_calls(
        store, cid
    )
    assert store.branch_with_siblings(cid)[-1].sibling_ids == (t["a3"], t["a3rr"])
    streaming = store.start_answer(cid, parent_id=t["q3"], model="m", params=GenerationParams())
    last = store.branch_with_siblings(cid)[-1]
    assert last.message.id == streaming.message_id and last.message.status is MessageStatus.STREAMING
    assert last.sibling_ids == (t["a3"], t["a3rr"], streaming.message_id)
    streaming.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED)


def test_branch_with_siblings_tail_and_edges(store: HistoryStore) -> None:
    t = _tree(store)
    cid = t["conv"]
    whole = store.branch_with_siblings(cid)
    assert store.branch_with_siblings(cid, limit=2) == whole[-2:]
    assert store.branch_with_siblings(cid, limit=100) == whole
    assert store.branch_with_siblings(store.create_conversation().id) == [], "an empty chat"
    other = store.create_conversation()
    assert store.branch_with_siblings(other.id, t["a3"]) == [], "a leaf of another chat shows nothing"
    lone = store.create_conversation()
    msgs = add_turns(store, lone.id, 2)
    assert [(b.message.id, b.sibling_ids) for b in store.branch_with_siblings(lone.id)] == [
        (m.id, (m.id,)) for m in msgs
    ], "alone: a 1-tuple of itself"


def test_branch_with_siblings_is_one_statement(store: HistoryStore) -> None:
    t = _tree(store)
    statements: list[str] = []
    conn = store._db.connection
    conn.set_trace_callback(statements.append)
    try:
        assert len(store.branch_with_siblings(t["conv"])) == 6
    finally:
        conn.set_trace_callback(None)
    # the current leaf, the branch with its siblings, then whether any of the ids read has attachments
    assert len(statements) == 3, statements
    assert statements[1].startswith("WITH RECURSIVE")
    assert "FROM attachments" in statements[2]
