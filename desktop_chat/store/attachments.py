"""SQL helpers for attachments: content-addressed blobs, the files on messages and on drafts.

Why: a screenshot pasted twice, or into two chats, must be stored once, and a file attached
years ago must still open offline. So bytes live in one `blobs` table keyed by their SHA-256,
inside the history file itself (crash safety, WAL, backups and the write gate apply unchanged),
and `attachments` / `draft_attachments` rows only name them. The space goes with the last
reference: triggers (see migrations.M005) delete a blob in the same statement that removes the
last row naming it, whichever way that row went (a message's subtree, a chat emptied from the
trash through the foreign-key cascade, a draft chip). A blob put but never referenced (a crash
between the two steps, listed in `unnamed_blobs` until named) is collected when the history is
next opened, once it is an hour old.

Every message the store returns carries its attachments: `attach` reads them for a list of
messages through `attachments_by_message`, and leaves the messages untouched (no copy) when none
of them has any; a list with none costs one index probe. Helpers never commit.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import Attachment, AttachmentKind, Message

ORPHAN_AGE_S = 3600.0  # a blob nobody names is collected at open once this old
_KINDS: dict[str, AttachmentKind] = {k.value: k for k in AttachmentKind}
_FIELDS = (
    "position, kind, name, mime, size, sha256, sent_sha256, width, height, text, pages, left_out, "
    "scanned, page_images, created_at"
)
_READ = (
    "id, kind, name, mime, size, sha256, sent_sha256, width, height, text, pages, left_out, scanned, "
    "page_images"
)


class BlobMissing(LookupError):
    """An attachment names bytes that are not stored: `put_blob` them first (a caller's bug, or a
    blob freed meanwhile because its last other reference went; putting it again fixes that)."""

    def __init__(self, sha256: str) -> None:
        super().__init__(f"no blob {sha256}")
        self.sha256 = sha256


@dataclass(frozen=True, slots=True)
class NewAttachment:
    """An attachment to store: the domain `Attachment` without its id (the store gives that)."""

    kind: AttachmentKind
    name: str
    mime: str
    size: int
    sha256: str
    sent_sha256: str | None = None
    width: int | None = None
    height: int | None = None
    text: str = ""
    pages: int | None = None
    left_out: int = 0
    scanned: bool = False
    page_images: tuple[str, ...] = ()  # blobs of a scan's pages, sent as images

    @classmethod
    def like(cls, a: Attachment) -> NewAttachment:
        """The same file again (an attachment copied to another message, an imported one)."""
        return cls(
            kind=a.kind, name=a.name, mime=a.mime, size=a.size, sha256=a.sha256, sent_sha256=a.sent_sha256,
            width=a.width, height=a.height, text=a.text, pages=a.pages, left_out=a.left_out,
            scanned=a.scanned, page_images=a.page_images,
        )  # fmt: skip

    def hashes(self) -> tuple[str, ...]:
        """Every blob this attachment names."""
        return (self.sha256, *((self.sent_sha256,) if self.sent_sha256 else ()), *self.page_images)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# blobs -------------------------------------------------------------------------------------------


def put_blob(conn: sqlite3.Connection, sha: str, data: bytes, now: float) -> None:
    """Store `data` under its hash `sha` unless it is there already; a new blob is unnamed until
    an attachment names it (a trigger then takes it off `unnamed_blobs`)."""
    added = conn.execute(
        "INSERT INTO blobs(sha256, size, created_at, data) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(sha256) DO NOTHING",
        (sha, len(data), now, data),
    ).rowcount
    if added:
        conn.execute("INSERT INTO unnamed_blobs(sha256, created_at) VALUES (?, ?)", (sha, now))


def blob(conn: sqlite3.Connection, sha: str) -> bytes | None:
    row = conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
    return None if row is None else bytes(row[0])


def has_blob(conn: sqlite3.Connection, sha: str) -> bool:
    return conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)).fetchone() is not None


def require_blobs(conn: sqlite3.Connection, hashes: Iterable[str]) -> None:
    for sha in hashes:
        if not has_blob(conn, sha):
            raise BlobMissing(sha)


def blob_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM blobs").fetchone()[0])


def bytes_in_use(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(sum(size), 0) FROM blobs").fetchone()[0])


# A blob nobody names: the same test the triggers of migration 5 use (kept in step with them).
UNREFERENCED = (
    "NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = blobs.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sent_sha256 = blobs.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM draft_attachments d WHERE d.sha256 = blobs.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM draft_attachments d WHERE d.sent_sha256 = blobs.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM attachments a, json_each(a.page_images) j"
    "  WHERE a.page_images <> '[]' AND j.value = blobs.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM draft_attachments d, json_each(d.page_images) j"
    "  WHERE d.page_images <> '[]' AND j.value = blobs.sha256)"
)


def collect_orphans(conn: sqlite3.Connection, *, put_before: float) -> int:
    """Delete blobs put before `put_before` that no attachment ever named; returns how many went.

    Reads `unnamed_blobs` (a crash's leftovers and the blobs of the last few seconds), never the
    whole `blobs` table; each is checked against every reference once more before it goes.
    """
    return conn.execute(
        "DELETE FROM blobs WHERE sha256 IN (SELECT sha256 FROM unnamed_blobs WHERE created_at < ?) "
        f"AND {UNREFERENCED}",
        (put_before,),
    ).rowcount


# attachments --------------------------------------------------------------------------------------


def _values(position: int, new: NewAttachment, now: float) -> tuple[object, ...]:
    return (
        position, AttachmentKind(new.kind).value, new.name, new.mime, int(new.size), new.sha256,
        new.sent_sha256, new.width, new.height, new.text, new.pages, int(new.left_out), int(new.scanned),
        json.dumps(list(new.page_images)), now,
    )  # fmt: skip


def insert(
    conn: sqlite3.Connection, message_id: int, new: NewAttachment, now: float, *, position: int | None = None
) -> int:
    """One attachment of message `message_id`, after its others unless `position` is given."""
    require_blobs(conn, new.hashes())
    if position is None:
        position = _next_position(conn, "attachments", "message_id", message_id)
    cur = conn.execute(
        f"INSERT INTO attachments(message_id, {_FIELDS}) VALUES (?, {', '.join('?' * 15)})",
        (message_id, *_values(position, new, now)),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def insert_draft(conn: sqlite3.Connection, slot: str, new: NewAttachment, now: float) -> int:
    require_blobs(conn, new.hashes())
    position = _next_position(conn, "draft_attachments", "slot", slot)
    cur = conn.execute(
        f"INSERT INTO draft_attachments(slot, {_FIELDS}) VALUES (?, {', '.join('?' * 15)})",
        (slot, *_values(position, new, now)),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def _next_position(conn: sqlite3.Connection, table: str, owner: str, value: object) -> int:
    row = conn.execute(f"SELECT max(position) FROM {table} WHERE {owner} = ?", (value,)).fetchone()
    return 0 if row[0] is None else int(row[0]) + 1


def from_row(row: Sequence[Any]) -> Attachment:
    (aid, kind, name, mime, size, sha, sent, width, height, text, pages, left_out, scanned, page_images) = row
    return Attachment(
        id=int(aid),
        kind=_KINDS.get(str(kind), AttachmentKind.DOCUMENT),
        name=str(name),
        mime=str(mime),
        size=int(size),
        sha256=str(sha),
        sent_sha256=None if sent is None else str(sent),
        width=None if width is None else int(width),
        height=None if height is None else int(height),
        text=str(text),
        pages=None if pages is None else int(pages),
        left_out=int(left_out),
        scanned=bool(scanned),
        page_images=tuple(str(h) for h in json.loads(page_images)) if page_images != "[]" else (),
    )


def get(conn: sqlite3.Connection, aid: int) -> Attachment:
    row = conn.execute(f"SELECT {_READ} FROM attachments WHERE id = ?", (aid,)).fetchone()
    if row is None:
        raise LookupError(f"no attachment with id {aid}")
    return from_row(row)


def get_draft(conn: sqlite3.Connection, aid: int) -> Attachment:
    row = conn.execute(f"SELECT {_READ} FROM draft_attachments WHERE id = ?", (aid,)).fetchone()
    if row is None:
        raise LookupError(f"no draft attachment with id {aid}")
    return from_row(row)


_BOUND_IDS = 500  # up to this many ids are bound one by one (faster), more as one JSON list


def of_messages(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[Attachment, ...]]:
    """The attachments of each message in `ids` that has any, in position order.

    First one probe of `attachments_by_message` over the ids' range (6 µs): a chat without
    attachments, the common case, costs only that. Otherwise one query for exactly those ids.
    """
    if not ids:
        return {}
    probe = conn.execute(
        "SELECT 1 FROM attachments WHERE message_id BETWEEN ? AND ? LIMIT 1", (min(ids), max(ids))
    ).fetchone()
    if probe is None:
        return {}
    found: dict[int, list[Attachment]] = {}
    args: tuple[object, ...]
    if len(ids) <= _BOUND_IDS:
        where, args = f"IN ({','.join('?' * len(ids))})", tuple(ids)
    else:  # one parameter whatever the number (no SQLITE_MAX_VARIABLE_NUMBER)
        where, args = "IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),)
    rows = conn.execute(
        f"SELECT message_id, {_READ} FROM attachments WHERE message_id {where} ORDER BY message_id, position",
        args,
    ).fetchall()
    for row in rows:
        found.setdefault(int(row[0]), []).append(from_row(row[1:]))
    return {mid: tuple(items) for mid, items in found.items()}


def attach(conn: sqlite3.Connection, msgs: list[Message]) -> list[Message]:
    """`msgs` with their attachments; the same list, uncopied, when none has any."""
    found = of_messages(conn, [m.id for m in msgs])
    if not found:
        return msgs
    return [dataclasses.replace(m, attachments=found[m.id]) if m.id in found else m for m in msgs]


def of_draft(conn: sqlite3.Connection, slot: str) -> list[Attachment]:
    rows = conn.execute(
        f"SELECT {_READ} FROM draft_attachments WHERE slot = ? ORDER BY position, id", (slot,)
    ).fetchall()
    return [from_row(r) for r in rows]


def remove_draft(conn: sqlite3.Connection, aid: int) -> bool:
    return conn.execute("DELETE FROM draft_attachments WHERE id = ?", (aid,)).rowcount > 0


def clear_draft(conn: sqlite3.Connection, slot: str) -> int:
    return conn.execute("DELETE FROM draft_attachments WHERE slot = ?", (slot,)).rowcount


def move_draft(conn: sqlite3.Connection, from_slot: str, to_slot: str) -> int:
    """The chips of `from_slot` follow those already in `to_slot`, in their order."""
    if from_slot == to_slot:
        return 0
    offset = _next_position(conn, "draft_attachments", "slot", to_slot)
    return conn.execute(
        "UPDATE draft_attachments SET slot = ?, position = position + ? WHERE slot = ?",
        (to_slot, offset, from_slot),
    ).rowcount


def hashes_of_conversation(conn: sqlite3.Connection, cid: int) -> list[str]:
    """Every blob the messages of conversation `cid` name (for its export), each once."""
    rows = conn.execute(
        "SELECT a.sha256, a.sent_sha256, a.page_images FROM attachments a "
        "JOIN messages m ON m.id = a.message_id WHERE m.conversation_id = ? ORDER BY a.id",
        (cid,),
    ).fetchall()
    seen: dict[str, None] = {}
    for sha, sent, pages in rows:
        seen[str(sha)] = None
        if sent:
            seen[str(sent)] = None
        if pages != "[]":
            for h in json.loads(pages):
                seen[str(h)] = None
    return list(seen)
