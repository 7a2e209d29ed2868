"""Import: read a file fully, validate it, then insert everything in one transaction.

Why: an import must be all or nothing. A truncated or malformed file is rejected while reading,
with the line and column (JSON) or the item path (structure) in the message, before the database
is touched; the insert itself runs in one transaction, so a failure half way (disk full) leaves
the history exactly as it was. Conversations already present (same uid) are skipped, which makes
importing the same archive twice harmless.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..domain import MessageStatus
from ..redact import redact
from . import conversations, messages
from .errors import ImportFailed
from .portable import PortableConversation, read_document


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    skipped_duplicates: int
    messages: int = 0


def load_json(path: Path, *, data: bytes | None = None) -> object:
    """Parse a JSON file, turning every way it can be unreadable into an ImportFailed."""
    name = path.name
    try:
        raw = path.read_bytes() if data is None else data
    except OSError as exc:
        raise ImportFailed(f"the file could not be read ({exc.strerror or exc})", where=name) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed("the file is not UTF-8 text", where=f"{name}, byte {exc.start}") from exc
    if not text.strip():
        raise ImportFailed("the file is empty", where=name)
    try:
        return json.loads(text)
    except RecursionError:
        raise ImportFailed("the file is nested too deeply to be an export", where=name) from None
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) - 1
        problem = (
            "the file ends too early (it may be truncated)" if truncated else f"invalid JSON ({exc.msg})"
        )
        raise ImportFailed(problem, where=f"{name}, line {exc.lineno}, column {exc.colno}") from exc


def read_archive(path: Path) -> list[PortableConversation]:
    return read_document(load_json(path), path.name)


def insert_all(conn: sqlite3.Connection, items: list[PortableConversation]) -> ImportReport:
    """Insert conversations that are not there yet (by uid); the caller holds the transaction."""
    imported = skipped = count = 0
    seen: set[str] = set()
    for conv in items:
        if conv.uid in seen or conversations.uid_exists(conn, conv.uid):
            skipped += 1
            continue
        seen.add(conv.uid)
        _insert_one(conn, conv)
        imported += 1
        count += len(conv.messages)
    return ImportReport(imported=imported, skipped_duplicates=skipped, messages=count)


def _insert_one(conn: sqlite3.Connection, conv: PortableConversation) -> None:
    cid = conversations.insert(
        conn, title=conv.title, model=conv.model, params=conv.params, system_prompt=conv.system_prompt,
        now=conv.created_at, uid=conv.uid,
    )  # fmt: skip
    ids: list[int] = []
    for m in conv.messages:
        ids.append(
            messages.insert(
                conn, cid=cid, parent_id=None if m.parent is None else ids[m.parent], role=m.role,
                content=m.content, now=m.created_at, updated_at=m.updated_at, reasoning=m.reasoning,
                model=m.model, params=m.params, usage=m.usage,
                status=MessageStatus.INTERRUPTED if m.status is MessageStatus.STREAMING else m.status,
                finish_reason=m.finish_reason, error=_redact(m.error), latency_ms=m.latency_ms,
            )
        )  # fmt: skip
    conn.execute(
        "UPDATE conversations SET updated_at = ?, pinned = ?, archived = ?, draft = ?, current_leaf_id = ? "
        "WHERE id = ?",
        (
            conv.updated_at, int(conv.pinned), int(conv.archived), conv.draft,
            None if conv.current_leaf is None else ids[conv.current_leaf], cid,
        ),
    )  # fmt: skip


def _redact(text: str | None) -> str | None:
    """Error texts may quote a server reply or header: mask anything that looks like a key."""
    return None if text is None else redact(text)
