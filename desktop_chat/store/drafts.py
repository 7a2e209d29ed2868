"""SQL helpers for drafts of chats that have no row yet (the "new chat" being typed).

Why: a chat's draft lives in its conversation row, but the text typed into a new chat exists
before any row does. Keeping it in a small table of named slots puts every draft in the history
file (one owner, one transaction helper, one backup) instead of in the settings file. Helpers
never commit.
"""

from __future__ import annotations

import sqlite3

NEW_CHAT = "new_chat"  # the slot of the one unsaved new chat


def save(conn: sqlite3.Connection, slot: str, text: str, now: float) -> None:
    """Keep `text` in `slot`; an empty text removes the slot."""
    if text:
        conn.execute(
            "INSERT INTO pending_drafts(slot, text, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(slot) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
            (slot, text, now),
        )
    else:
        conn.execute("DELETE FROM pending_drafts WHERE slot = ?", (slot,))


def load(conn: sqlite3.Connection, slot: str) -> str:
    row = conn.execute("SELECT text FROM pending_drafts WHERE slot = ?", (slot,)).fetchone()
    return "" if row is None else str(row[0])
