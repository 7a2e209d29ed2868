"""SQL helpers for summaries: the model-written text that stands in for the earlier part of a branch.

Why a table of their own rather than a message in the tree: a summary covers the path from the root
up to one message (`through_id`), and every branch passing through that message can use it, while
the messages after it keep their parents — inserting it into the tree would re-parent them and add a
false "‹ 2 / 2 ›" alternative. Deleting the covered message (or the chat) deletes its summaries
(ON DELETE CASCADE). Helpers never commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from ..domain import Summary
from .rows import usage_from

_COLUMNS = (
    "id, conversation_id, through_id, content, created_at, updated_at, covered, model, prompt_tokens, "
    "completion_tokens"
)


def _from_row(row: Sequence[Any]) -> Summary:
    sid, cid, through, content, created, updated, covered, model, prompt, completion = row
    return Summary(
        id=int(sid),
        conversation_id=int(cid),
        through_message_id=int(through),
        content=str(content),
        created_at=float(created),
        updated_at=float(updated),
        covered=int(covered),
        model=None if model is None else str(model),
        usage=usage_from(prompt, completion, None),
    )


def insert(
    conn: sqlite3.Connection, *, cid: int, through_id: int, content: str, covered: int, model: str | None,
    prompt_tokens: int | None, completion_tokens: int | None, now: float, updated_at: float | None = None,
) -> int:  # fmt: skip
    row = conn.execute("SELECT conversation_id FROM messages WHERE id = ?", (through_id,)).fetchone()
    if row is None or int(row[0]) != cid:
        raise LookupError(f"message {through_id} is not in conversation {cid}")
    cur = conn.execute(
        "INSERT INTO summaries (conversation_id, through_id, content, covered, model, prompt_tokens, "
        "completion_tokens, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (cid, through_id, content, covered, model, prompt_tokens, completion_tokens, now,
         now if updated_at is None else updated_at),
    )  # fmt: skip
    assert cur.lastrowid is not None
    return cur.lastrowid


def get(conn: sqlite3.Connection, sid: int) -> Summary | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM summaries WHERE id = ?", (sid,)).fetchone()
    return None if row is None else _from_row(row)


def of_conversation(conn: sqlite3.Connection, cid: int) -> list[Summary]:
    """Every summary of the chat (all branches), oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM summaries WHERE conversation_id = ? ORDER BY id", (cid,)
    ).fetchall()
    return [_from_row(r) for r in rows]


def set_content(conn: sqlite3.Connection, sid: int, content: str, now: float) -> None:
    if conn.execute(
        "UPDATE summaries SET content = ?, updated_at = ? WHERE id = ?", (content, now, sid)
    ).rowcount != 1:
        raise LookupError(f"no summary with id {sid}")


def delete(conn: sqlite3.Connection, sid: int) -> None:
    conn.execute("DELETE FROM summaries WHERE id = ?", (sid,))
