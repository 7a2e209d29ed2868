"""The Usage window's query on a real SQLite file: grouping, local days, side requests, the index."""

from __future__ import annotations

import datetime as dt
import time

from desktop_chat.domain import EndReason, GenerationParams, MessageStatus, Role, SideRequest, Usage
from desktop_chat.store import HistoryStore
from desktop_chat.store.usage import UsageRow

ANSWER_USAGE = Usage(100, 20, 120)
SIDE_USAGE = Usage(50, 10, 60)


def at(day: dt.date, hour: int = 12, minute: int = 0) -> float:
    """Unix seconds of a local wall-clock time."""
    return dt.datetime.combine(day, dt.time(hour, minute)).timestamp()


def answered(store: HistoryStore, cid: int, when: float, *, model: str | None = "m",
             usage: Usage | None = ANSWER_USAGE) -> int:  # fmt: skip
    """A question and its answer, both dated `when`; returns the answer's id."""
    q = store.add_message(cid, parent_id=None, role=Role.USER, content="q")
    writer = store.start_answer(cid, parent_id=q.id, model=model or "", params=GenerationParams())
    writer.append("a")
    msg = writer.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED, usage=usage)
    with store.transaction() as conn:
        conn.execute("UPDATE messages SET created_at = ? WHERE id IN (?, ?)", (when, q.id, msg.id))
        if model is None:
            conn.execute("UPDATE messages SET model = NULL WHERE id = ?", (msg.id,))
    return msg.id


def side(store: HistoryStore, purpose: SideRequest, cid: int | None, when: float, model: str = "small",
         usage: Usage | None = SIDE_USAGE) -> None:  # fmt: skip
    store.record_side_usage(purpose, conversation_id=cid, model=model, usage=usage)
    with store.transaction() as conn:
        conn.execute("UPDATE side_usage SET created_at = ? WHERE id = (SELECT max(id) FROM side_usage)",
                     (when,))


TODAY = dt.date.today()
YESTERDAY = TODAY - dt.timedelta(days=1)


def test_answers_group_by_local_day_chat_and_model(store: HistoryStore) -> None:
    a = store.create_conversation(title="Budget")
    b = store.create_conversation(title="Letters")
    answered(store, a.id, at(TODAY, 0, 5), model="m1")  # just after local midnight: today
    answered(store, a.id, at(TODAY, 23, 55), model="m1", usage=Usage(10, 5, 15))
    answered(store, a.id, at(TODAY, 9), model="m2")
    answered(store, a.id, at(YESTERDAY, 23, 59), model="m1")  # just before midnight: yesterday
    answered(store, b.id, at(TODAY, 10), model="m1", usage=Usage(7, 3, 10))

    got = store.usage_between(at(YESTERDAY, 0), at(TODAY + dt.timedelta(days=1), 0))

    assert got == [
        UsageRow(YESTERDAY, a.id, "Budget", "m1", None, 100, 20, 1),
        UsageRow(TODAY, a.id, "Budget", "m1", None, 110, 25, 2),
        UsageRow(TODAY, a.id, "Budget", "m2", None, 100, 20, 1),
        UsageRow(TODAY, b.id, "Letters", "m1", None, 7, 3, 1),
    ]


def test_the_period_is_half_open_and_questions_never_count(store: HistoryStore) -> None:
    c = store.create_conversation(title="x")
    answered(store, c.id, at(TODAY, 0, 0))  # exactly `since`: in
    answered(store, c.id, at(TODAY + dt.timedelta(days=1), 0, 0))  # exactly `until`: out
    with store.transaction() as conn:  # a question with token counts (never happens, but must not count)
        conn.execute("UPDATE messages SET prompt_tokens = 999 WHERE role = 'user'")
    got = rows_of(store, TODAY)
    assert [(r.day, r.requests, r.prompt_tokens) for r in got] == [(TODAY, 1, 100)]


def rows_of(store: HistoryStore, day: dt.date) -> list[UsageRow]:
    return store.usage_between(at(day, 0), at(day + dt.timedelta(days=1), 0))


def test_answers_without_usage_are_left_out_and_partial_counts_count(store: HistoryStore) -> None:
    c = store.create_conversation(title="x")
    answered(store, c.id, at(TODAY), usage=None)
    answered(store, c.id, at(TODAY), usage=Usage(prompt_tokens=40))
    answered(store, c.id, at(TODAY), usage=Usage(completion_tokens=8))
    (row,) = rows_of(store, TODAY)
    assert (row.prompt_tokens, row.completion_tokens, row.requests) == (40, 8, 2)


def test_unknown_model_is_the_empty_string(store: HistoryStore) -> None:
    c = store.create_conversation(title="x")
    answered(store, c.id, at(TODAY), model=None)
    (row,) = rows_of(store, TODAY)
    assert row.model == ""


def test_trashed_chats_still_count(store: HistoryStore) -> None:
    c = store.create_conversation(title="Old plans")
    answered(store, c.id, at(TODAY))
    store.trash_conversation(c.id)
    (row,) = rows_of(store, TODAY)
    assert (row.conversation_id, row.title, row.requests) == (c.id, "Old plans", 1)


def test_side_requests_are_rows_of_their_own_and_outlive_their_chat(store: HistoryStore) -> None:
    c = store.create_conversation(title="Long chat")
    answered(store, c.id, at(TODAY), model="big")
    side(store, SideRequest.SUMMARY, c.id, at(TODAY, 13))
    side(store, SideRequest.SUMMARY, c.id, at(TODAY, 14), usage=Usage(5, 1, 6))
    side(store, SideRequest.TITLE, c.id, at(TODAY, 15))
    side(store, SideRequest.TITLE, None, at(TODAY, 15), usage=None)  # no usage reported: left out

    got = rows_of(store, TODAY)
    assert got == [
        UsageRow(TODAY, c.id, "Long chat", "big", None, 100, 20, 1),
        UsageRow(TODAY, c.id, "Long chat", "small", SideRequest.SUMMARY, 55, 11, 2),
        UsageRow(TODAY, c.id, "Long chat", "small", SideRequest.TITLE, 50, 10, 1),
    ]

    store.trash_conversation(c.id)
    assert store.purge_trash() == 1
    after = rows_of(store, TODAY)
    # The answers went with the chat; the side requests stay, with no chat and no title.
    assert [(r.conversation_id, r.title, r.purpose, r.requests) for r in after] == [
        (None, "", SideRequest.SUMMARY, 2),
        (None, "", SideRequest.TITLE, 1),
    ]


def test_record_side_does_not_commit_on_its_own(store: HistoryStore) -> None:
    from desktop_chat.store.usage import record_side

    try:
        with store.transaction() as conn:
            record_side(conn, SideRequest.TITLE, None, "small", Usage(1, 1, 2), time.time())
            raise RuntimeError("roll back")
    except RuntimeError:
        pass
    assert rows_of(store, TODAY) == []


def test_an_empty_history_has_no_rows(store: HistoryStore) -> None:
    assert store.usage_between(0, time.time() + 86_400) == []


def test_the_query_uses_the_time_indexes(store: HistoryStore) -> None:
    from desktop_chat.store import usage

    with store.transaction() as conn:
        plan = " | ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + usage._ROWS,
                                                         {"since": 0, "until": 1}))
    assert "answers_by_time" in plan and "side_usage_by_time" in plan
    assert "SCAN m " not in plan and "SCAN messages" not in plan, plan
