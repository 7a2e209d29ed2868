"""SQL helpers for conversations: create, read, list, flags, trash, settings, drafts, usage.

Why a module: the sidebar calls `list_conversations` on the UI thread, so the listing query must
stay index-backed (`conversations_listing` is a partial index matching the WHERE and ORDER BY
below exactly). These helpers never commit: `HistoryStore` runs them inside its transaction.
"""

from __future__ import annotations

import sqlite3

from ..domain import Conversation, GenerationParams, Usage
from .rows import CONVERSATION_COLUMNS, conversation_from_row, params_to_json


def new_uid() -> str:
    import uuid  # only when a chat is created

    return uuid.uuid4().hex


def insert(
    conn: sqlite3.Connection,
    *,
    title: str,
    model: str | None,
    params: GenerationParams,
    system_prompt: str,
    now: float,
    uid: str | None = None,
) -> int:
    cur = conn.execute(
        "INSERT INTO conversations (uid, title, created_at, updated_at, model, params, system_prompt) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (uid or new_uid(), title, now, now, model, params_to_json(params), system_prompt),
    )
    assert cur.lastrowid is not None, "an INSERT into a rowid table always sets lastrowid"
    return cur.lastrowid


def get(conn: sqlite3.Connection, cid: int) -> Conversation | None:
    row = conn.execute(f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", (cid,)).fetchone()
    return None if row is None else conversation_from_row(row)


def require(conn: sqlite3.Connection, cid: int) -> None:
    if conn.execute("SELECT 1 FROM conversations WHERE id = ?", (cid,)).fetchone() is None:
        raise LookupError(f"no conversation with id {cid}")


def listing(conn: sqlite3.Connection, *, limit: int, offset: int, archived: bool) -> list[Conversation]:
    rows = conn.execute(
        f"SELECT {CONVERSATION_COLUMNS} FROM conversations "
        "WHERE trashed_at IS NULL AND archived = ? "
        "ORDER BY archived, pinned DESC, updated_at DESC, id DESC LIMIT ? OFFSET ?",
        (int(archived), limit, offset),
    ).fetchall()
    return [conversation_from_row(r) for r in rows]


def trash_listing(conn: sqlite3.Connection) -> list[Conversation]:
    rows = conn.execute(
        f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE trashed_at IS NOT NULL "
        "ORDER BY trashed_at DESC"
    ).fetchall()
    return [conversation_from_row(r) for r in rows]


def set_column(conn: sqlite3.Connection, cid: int, column: str, value: object) -> None:
    assert column in {
        "title", "pinned", "archived", "draft", "model", "params", "system_prompt", "keep_turns",
        "title_source", "tools_enabled",
    }
    if conn.execute(f"UPDATE conversations SET {column} = ? WHERE id = ?", (value, cid)).rowcount != 1:
        raise LookupError(f"no conversation with id {cid}")


def touch(conn: sqlite3.Connection, cid: int, now: float) -> None:
    conn.execute("UPDATE conversations SET updated_at = max(updated_at, ?) WHERE id = ?", (now, cid))


def set_leaf(conn: sqlite3.Connection, cid: int, leaf_id: int | None) -> None:
    conn.execute("UPDATE conversations SET current_leaf_id = ? WHERE id = ?", (leaf_id, cid))


def set_trashed(conn: sqlite3.Connection, cid: int, when: float | None) -> None:
    if conn.execute("UPDATE conversations SET trashed_at = ? WHERE id = ?", (when, cid)).rowcount != 1:
        raise LookupError(f"no conversation with id {cid}")


def is_trashed(conn: sqlite3.Connection, cid: int) -> bool:
    row = conn.execute("SELECT trashed_at FROM conversations WHERE id = ?", (cid,)).fetchone()
    return row is not None and row[0] is not None


def delete(conn: sqlite3.Connection, cids: list[int]) -> None:
    """Delete conversations and all their messages (children first, so no cascade runs deep)."""
    for cid in cids:
        conn.execute("UPDATE conversations SET current_leaf_id = NULL WHERE id = ?", (cid,))
        conn.execute("DELETE FROM messages WHERE conversation_id = ?", (cid,))
        conn.execute("DELETE FROM conversations WHERE id = ?", (cid,))


def purge_trash(conn: sqlite3.Connection, *, trashed_before: float) -> list[int]:
    """Delete the conversations trashed before `trashed_before`; returns their ids."""
    cids = [
        int(r[0])
        for r in conn.execute(
            "SELECT id FROM conversations WHERE trashed_at IS NOT NULL AND trashed_at < ?", (trashed_before,)
        )
    ]
    delete(conn, cids)
    return cids


def usage_by_model(conn: sqlite3.Connection, cid: int) -> list[tuple[str, Usage]]:
    """Token usage of the conversation's answers per model (every branch), and of its side requests."""
    rows = conn.execute(
        "SELECT coalesce(model, ''), sum(prompt_tokens), sum(completion_tokens), sum(total) FROM ("
        " SELECT model, prompt_tokens, completion_tokens, coalesce(total_tokens, prompt_tokens + "
        "  completion_tokens, prompt_tokens, completion_tokens) AS total FROM messages"
        "  WHERE conversation_id = ? AND coalesce(prompt_tokens, completion_tokens, total_tokens) IS NOT NULL"
        " UNION ALL SELECT model, prompt_tokens, completion_tokens, coalesce(prompt_tokens + "
        "  completion_tokens, prompt_tokens, completion_tokens) FROM side_usage WHERE conversation_id = ?"
        ") GROUP BY 1",
        (cid, cid),
    ).fetchall()
    return [(str(model), Usage(prompt, completion, total)) for model, prompt, completion, total in rows]


def uid_of(conn: sqlite3.Connection, cid: int) -> str:
    row = conn.execute("SELECT uid FROM conversations WHERE id = ?", (cid,)).fetchone()
    if row is None:
        raise LookupError(f"no conversation with id {cid}")
    return str(row[0])


def uid_exists(conn: sqlite3.Connection, uid: str) -> bool:
    return conn.execute("SELECT 1 FROM conversations WHERE uid = ?", (uid,)).fetchone() is not None
