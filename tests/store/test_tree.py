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
