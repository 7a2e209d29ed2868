"""SQL helpers for the message tree: insert, read a branch, siblings, descendants, delete a subtree.

Why: a conversation is a tree (regenerate and edit create sibling branches; all are kept). The UI
shows one root→leaf path, and on a 2,000-message chat it needs only the last few dozen. Walking up
from the leaf with a recursive CTE and a LIMIT touches exactly those rows through the primary key,
so loading a chat costs the same whatever its length. Every message read carries its attachments
(one more query for the ids read, see attachments.attach) and its tool calls and their results
(the calls are in the row; results cost a query only when a message read made calls, see
tools.attach). Helpers never commit.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from ..domain import (
    BranchMessage,
    EndReason,
    FinishReason,
    GenerationParams,
    Message,
    MessageStatus,
    Problem,
    Role,
    ToolCall,
    Usage,
)
from . import attachments, tools
from .rows import DEFAULT_PARAMS, MESSAGE_COLUMNS, message_from_row, params_to_json, prefixed

# Each step is a scalar primary-key lookup. Written as a join, SQLite 3.40 plans a Bloom filter
# over `messages` for every step: 50 steps took 10-18 ms on 50k messages instead of 0.04 ms.
# The walk ends with one NULL row (the root's parent), which callers filter out.
_WALK_UP = (
    "WITH RECURSIVE up(id, depth) AS ("
    " SELECT ?, 0"
    " UNION ALL SELECT (SELECT parent_id FROM messages WHERE id = up.id), up.depth + 1 FROM up"
    " WHERE up.id IS NOT NULL {limit})"
)
_WALK_DOWN = (
    "WITH RECURSIVE down(id, depth) AS ("
    " SELECT ?, 0"
    " UNION ALL SELECT m.id, down.depth + 1 FROM messages m JOIN down ON m.parent_id = down.id)"
)
_TITLE_LENGTH = 60


def attach(conn: sqlite3.Connection, msgs: list[Message]) -> list[Message]:
    """`msgs` complete: with their attachments and the results of their tool calls."""
    return tools.attach(conn, attachments.attach(conn, msgs))


def auto_title(content: str) -> str:
    """A conversation title from its first message: the first line, cut at a word near 60 chars."""
    for line in content.splitlines():
        text = re.sub(r"\s+", " ", line).strip()
        if text:
            if len(text) <= _TITLE_LENGTH:
                return text
            cut = text[:_TITLE_LENGTH]
            space = cut.rfind(" ")
            return (cut[:space] if space > _TITLE_LENGTH // 2 else cut).rstrip(" ,.;:") + "…"
    return ""


def insert(
    conn: sqlite3.Connection,
    *,
    cid: int,
    parent_id: int | None,
    role: Role,
    content: str,
    now: float,
    reasoning: str = "",
    model: str | None = None,
    params: GenerationParams = DEFAULT_PARAMS,
    status: MessageStatus = MessageStatus.COMPLETE,
    usage: Usage | None = None,
    finish_reason: FinishReason | None = None,
    error: str | None = None,
    latency_ms: int | None = None,
    updated_at: float | None = None,
    end_reason: EndReason = EndReason.NONE,
    problem: Problem | None = None,
    tool_calls: Sequence[ToolCall] = (),
) -> int:
    if parent_id is not None:
        row = conn.execute("SELECT conversation_id FROM messages WHERE id = ?", (parent_id,)).fetchone()
        if row is None or int(row[0]) != cid:
            raise ValueError(f"message {parent_id} is not in conversation {cid}")
    usage = usage or Usage()
    cur = conn.execute(
        "INSERT INTO messages (conversation_id, parent_id, role, content, reasoning, model, params, "
        "prompt_tokens, completion_tokens, total_tokens, finish_reason, status, error, created_at, "
        "updated_at, latency_ms, end_reason, problem, tool_calls) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            cid, parent_id, Role(role).value, content, reasoning, model, params_to_json(params),
            usage.prompt_tokens, usage.completion_tokens, usage.total_tokens,
            None if finish_reason is None else FinishReason(finish_reason).value,
            MessageStatus(status).value, error, now, now if updated_at is None else updated_at, latency_ms,
            EndReason(end_reason).value, None if problem is None else Problem(problem).value,
            tools.calls_to_json(tool_calls),
        ),
    )  # fmt: skip
    assert cur.lastrowid is not None, "an INSERT into a rowid table always sets lastrowid"
    return cur.lastrowid


def get(conn: sqlite3.Connection, mid: int) -> Message | None:
    row = conn.execute(f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE id = ?", (mid,)).fetchone()
    return None if row is None else attach(conn, [message_from_row(row)])[0]


def path_to(conn: sqlite3.Connection, leaf_id: int, *, limit: int | None = None) -> list[Message]:
    """Root→leaf messages ending at `leaf_id` (only the last `limit` of them when given)."""
    walk = _WALK_UP.format(limit="" if limit is None else "LIMIT ?")
    args: tuple[int, ...] = (leaf_id,) if limit is None else (leaf_id, max(0, limit))
    rows = conn.execute(
        f"{walk} SELECT {prefixed(MESSAGE_COLUMNS, 'm')} FROM up JOIN messages m ON m.id = up.id "
        "ORDER BY up.depth DESC",
        args,
    ).fetchall()
    return attach(conn, [message_from_row(r) for r in rows])


def path_with_siblings(
    conn: sqlite3.Connection, cid: int, leaf_id: int, *, limit: int | None = None
) -> list[BranchMessage]:
    """`path_to(leaf_id)` with each message's sibling ids, in one statement.

    The branch is walked up from the leaf as in `path_to`; each message's siblings are read by a
    subquery on `messages_by_conversation` (conversation, parent): a few index entries per
    message, so the cost follows the branch's length, never the size of the conversation. (A
    window over every child of the branch's parents took 4× as long on a 2,000-message chat.)
    """
    walk = _WALK_UP.format(limit="" if limit is None else "LIMIT ?")
    args: tuple[int, ...] = (leaf_id,) if limit is None else (leaf_id, max(0, limit))
    rows = conn.execute(
        f"{walk} SELECT {prefixed(MESSAGE_COLUMNS, 'm')},"
        " (SELECT group_concat(s.id) FROM messages s"
        "  WHERE s.conversation_id = m.conversation_id AND s.parent_id IS m.parent_id)"
        " FROM up JOIN messages m ON m.id = up.id ORDER BY up.depth DESC",
        args,
    ).fetchall()
    # A path never leaves its conversation (insert() refuses a parent from another one), so the
    # leaf's conversation is checked here: in the SQL, that condition made SQLite 3.40 plan a Bloom
    # filter per row and tripled the query's time.
    if not rows or int(rows[-1][1]) != cid:
        return []
    found = attach(conn, [message_from_row(r[:-1]) for r in rows])
    return [BranchMessage(m, _ids(r[-1])) for m, r in zip(found, rows, strict=True)]


def _ids(joined: str) -> tuple[int, ...]:
    """Sibling ids from group_concat, whose order is unspecified: oldest (smallest id) first."""
    if "," not in joined:
        return (int(joined),)
    return tuple(sorted(int(i) for i in joined.split(",")))


def ancestor_ids(conn: sqlite3.Connection, mid: int) -> list[int]:
    walk = _WALK_UP.format(limit="")
    return [int(r[0]) for r in conn.execute(f"{walk} SELECT id FROM up WHERE id IS NOT NULL", (mid,))]


def siblings(conn: sqlite3.Connection, mid: int) -> list[Message]:
    row = conn.execute("SELECT conversation_id, parent_id FROM messages WHERE id = ?", (mid,)).fetchone()
    if row is None:
        return []
    rows = conn.execute(
        f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND parent_id IS ? ORDER BY id",
        (row[0], row[1]),
    ).fetchall()
    return attach(conn, [message_from_row(r) for r in rows])


def deepest_descendant(conn: sqlite3.Connection, mid: int) -> int:
    """The newest of the deepest messages under `mid` (or `mid` itself when it has no children)."""
    row = conn.execute(
        f"{_WALK_DOWN} SELECT id FROM down ORDER BY depth DESC, id DESC LIMIT 1", (mid,)
    ).fetchone()
    return int(row[0])


def subtree_ids(conn: sqlite3.Connection, mid: int) -> list[int]:
    return [int(r[0]) for r in conn.execute(f"{_WALK_DOWN} SELECT id FROM down", (mid,))]


def delete_subtree(conn: sqlite3.Connection, mid: int) -> int:
    """Delete `mid` and everything under it in one statement; returns how many rows went."""
    return conn.execute(
        f"DELETE FROM messages WHERE id IN ({_WALK_DOWN} SELECT id FROM down)", (mid,)
    ).rowcount


def set_content(conn: sqlite3.Connection, mid: int, content: str, now: float) -> None:
    if (
        conn.execute(
            "UPDATE messages SET content = ?, updated_at = ? WHERE id = ?", (content, now, mid)
        ).rowcount
        != 1
    ):
        raise LookupError(f"no message with id {mid}")


def all_in(conn: sqlite3.Connection, cid: int) -> list[Message]:
    """Every message of a conversation, parents before children (ids only grow)."""
    rows = conn.execute(
        f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY id", (cid,)
    ).fetchall()
    return attach(conn, [message_from_row(r) for r in rows])


def streaming_ids(conn: sqlite3.Connection) -> list[int]:
    return [int(r[0]) for r in conn.execute("SELECT id FROM messages WHERE status = 'streaming' ORDER BY id")]
