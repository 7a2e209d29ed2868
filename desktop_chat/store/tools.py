"""SQL helpers for tool calls and their results: an answer's calls, what came of each.

Why: a chat that used tools must reopen offline years later exactly as it ran, and be re-sent
correctly (the assistant message with its `tool_calls`, then one `role: "tool"` message per
result). Stored messages never have role 'tool': a result belongs to the answer that called the
tool, and the model's words after the results are a new answer, a child of that one.

The calls are JSON text in the answer's own row (`messages.tool_calls`, NULL when none), read
with the row: a chat without tools costs nothing more, not even a probe. Results are rows of
`tool_results` (one per call, `position` = the call's index), each committed as its call ends,
so a crash keeps every result that had ended. `attach` reads them only for messages that have
calls, in call order. Helpers never commit.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from ..domain import Message, Role, ToolCall, ToolOutcome, ToolResult

_OUTCOMES: dict[str, ToolOutcome] = {o.value: o for o in ToolOutcome}
_READ = "call_id, outcome, content, server, tool, duration_ms, is_error"
_BOUND_IDS = 500  # up to this many ids are bound one by one, more as one JSON list


def calls_to_json(calls: Sequence[ToolCall]) -> str | None:
    """The column's text for `calls` (None when there are none)."""
    if not calls:
        return None
    return json.dumps(
        [{"id": c.id, "name": c.name, "arguments": c.arguments} for c in calls], ensure_ascii=False
    )


def calls_from_json(raw: object) -> tuple[ToolCall, ...]:
    """The calls saved in the column; NULL (and, defensively, anything unreadable) is none."""
    if raw is None:
        return ()
    try:
        items = json.loads(str(raw))
        return tuple(
            ToolCall(id=str(c["id"]), name=str(c["name"]), arguments=str(c.get("arguments", "")))
            for c in items
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return ()


def check_calls(calls: Sequence[ToolCall]) -> None:
    """ValueError unless every call has an id of its own (results are matched to calls by id)."""
    seen: set[str] = set()
    for call in calls:
        if not call.id:
            raise ValueError(f"a tool call without an id: {call!r}")
        if call.id in seen:
            raise ValueError(f"two tool calls with the id {call.id!r}")
        seen.add(call.id)


def set_calls(conn: sqlite3.Connection, message_id: int, calls: Sequence[ToolCall], now: float) -> None:
    """Keep `calls` as what answer `message_id` asked for, replacing any saved before.

    Results of calls no longer named go. LookupError when the message is gone; ValueError when it
    is not an answer or the ids are not unique.
    """
    check_calls(calls)
    row = conn.execute("SELECT role FROM messages WHERE id = ?", (message_id,)).fetchone()
    if row is None:
        raise LookupError(f"no message with id {message_id}")
    if row[0] != Role.ASSISTANT.value:
        raise ValueError(f"message {message_id} is not an answer: only answers call tools")
    conn.execute(
        "UPDATE messages SET tool_calls = ?, updated_at = max(updated_at, ?) WHERE id = ?",
        (calls_to_json(calls), now, message_id),
    )
    ids = [c.id for c in calls]
    conn.execute(
        "DELETE FROM tool_results WHERE message_id = ? AND call_id NOT IN (SELECT value FROM json_each(?))",
        (message_id, json.dumps(ids)),
    )
    # A call that moved (calls replaced in another order) keeps its result at its new position.
    for position, call_id in enumerate(ids):
        conn.execute(
            "UPDATE tool_results SET position = ? WHERE message_id = ? AND call_id = ? AND position <> ?",
            (-1 - position, message_id, call_id, position),
        )
    conn.execute(
        "UPDATE tool_results SET position = -1 - position WHERE message_id = ? AND position < 0",
        (message_id,),
    )


def add_result(conn: sqlite3.Connection, message_id: int, result: ToolResult, now: float) -> None:
    """Keep what came of one call of answer `message_id` (a second result for it replaces the first).

    LookupError when the message is gone; ValueError when it made no call with `result.call_id`.
    """
    row = conn.execute("SELECT tool_calls FROM messages WHERE id = ?", (message_id,)).fetchone()
    if row is None:
        raise LookupError(f"no message with id {message_id}")
    ids = [c.id for c in calls_from_json(row[0])]
    if result.call_id not in ids:
        raise ValueError(f"message {message_id} made no tool call with the id {result.call_id!r}")
    conn.execute(
        "INSERT INTO tool_results(message_id, position, call_id, outcome, content, server, tool, "
        "duration_ms, is_error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(message_id, position) DO UPDATE SET call_id = excluded.call_id, "
        "outcome = excluded.outcome, content = excluded.content, server = excluded.server, "
        "tool = excluded.tool, duration_ms = excluded.duration_ms, is_error = excluded.is_error, "
        "created_at = excluded.created_at",
        (
            message_id, ids.index(result.call_id), result.call_id, ToolOutcome(result.outcome).value,
            result.content, result.server, result.tool,
            None if result.duration_ms is None else int(result.duration_ms), int(result.is_error), now,
        ),
    )  # fmt: skip


def from_row(row: Sequence[Any]) -> ToolResult:
    call_id, outcome, content, server, tool, duration, is_error = row
    return ToolResult(
        call_id=str(call_id),
        outcome=_OUTCOMES.get(str(outcome), ToolOutcome.FAILED),  # a newer outcome reads as a failure
        content=str(content),
        server=str(server),
        tool=str(tool),
        duration_ms=None if duration is None else int(duration),
        is_error=bool(is_error),
    )


def of_messages(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[ToolResult, ...]]:
    """The results of each message in `ids` that has any, in call order (one query)."""
    if not ids:
        return {}
    args: tuple[object, ...]
    if len(ids) <= _BOUND_IDS:
        where, args = f"IN ({','.join('?' * len(ids))})", tuple(ids)
    else:
        where, args = "IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),)
    rows = conn.execute(
        f"SELECT message_id, {_READ} FROM tool_results WHERE message_id {where} "
        "ORDER BY message_id, position",
        args,
    ).fetchall()
    found: dict[int, list[ToolResult]] = {}
    for row in rows:
        found.setdefault(int(row[0]), []).append(from_row(row[1:]))
    return {mid: tuple(items) for mid, items in found.items()}


def attach(conn: sqlite3.Connection, msgs: list[Message]) -> list[Message]:
    """`msgs` with the results of their calls; no query, and the same list, when none made calls."""
    callers = [m.id for m in msgs if m.tool_calls]
    if not callers:
        return msgs
    found = of_messages(conn, callers)
    if not found:
        return msgs
    return [dataclasses.replace(m, tool_results=found[m.id]) if m.id in found else m for m in msgs]
