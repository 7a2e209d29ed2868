"""Import: conversations read one at a time, inserted in short transactions, undone on any failure.

Why: an import must be all or nothing, yet a 200 MB export cannot be one transaction — it would
hold the write lock for seconds, and the answer streaming on the UI thread (its writer flushes
every half second) would wait that long. So conversations are inserted in transactions of at most
`CHUNK_BUDGET_S` (checked after every message, so a long conversation spans several), ended
early when another thread of the process waits for the file's write gate, with a pause after
each commit in which other connections get the lock. The conversations committed so
far are remembered, and if anything goes wrong later — a malformed conversation further down the
file, a full disk, the person pressing Cancel — they are deleted again before the error is
raised, so the history is as it was. Conversations already
present (same uid) are skipped, which makes importing the same file twice harmless. A message's
attachments go in with it, their blobs put first (a blob already stored, from this history or
another chat of the file, is kept once); the undo frees them through the attachments' triggers.
An answer's tool calls go in its row, their results right after it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from ..domain import MessageStatus
from ..redact import redact
from . import attachments, conversations, messages, summaries, tools
from .bulk import Pace
from .connection import WriteGate, gate_of
from .portable import PortableConversation, PortableMessage

log = logging.getLogger(__name__)

Transaction = Callable[[], contextlib.AbstractContextManager[sqlite3.Connection]]

CHUNK_BUDGET_S = 0.010  # the longest one import transaction keeps inserting
# The least time between two import transactions, in which other connections' writes take the
# lock. Writers of this process wait on the file's write gate and get it the moment the import
# commits. A writer of another process waits in SQLite's busy handler, which retries after 1, 3,
# 8, 18, 33, 53… ms: a gap of 10 ms is usually found at once, and one of 30 ms — used for a while
# after another process was seen writing — cannot be missed.
PAUSE_S = 0.010
POLITE_PAUSE_S = 0.030
POLITE_FOR_S = 2.0
# The import checkpoints the WAL itself, between two of its transactions, at most this often.
# SQLite runs an automatic checkpoint in whichever connection commits past 1000 WAL pages; the
# import writes nearly all the pages, so it does that work on its own thread and keeps the WAL
# short — otherwise an answer's small flush on the UI thread would land on a checkpoint of
# megabytes (and its fsync) and wait for it. Meanwhile it holds the checkpoints of the file's
# write gate: every connection of this process to the file, its own included, turns its automatic
# checkpoints off, so none runs inside a commit while the write lock is wanted.
CHECKPOINT_EVERY_S = 0.25
_MAX_PENDING_MESSAGES = 5000  # conversations read ahead of the inserts, at most about this big


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    skipped_duplicates: int
    messages: int = 0


@dataclass(slots=True)
class _Partial:
    """A conversation whose row is committed but whose messages are not all inserted yet."""

    conv: PortableConversation
    cid: int
    ids: list[int] = field(default_factory=list)  # ids of the messages inserted so far


class _Importer:
    def __init__(
        self, transaction: Transaction, pace: Pace, budget_s: float, checkpoint: Callable[[], None] | None
    ) -> None:
        self._transaction = transaction
        self._checkpoint = checkpoint
        self._checkpointed_at = time.monotonic()
        self._pace = pace
        self._budget = budget_s
        self._data_version: int | None = None
        self._hold = contextlib.ExitStack()  # the write gate's checkpoints, while held
        self._holding = False
        self._gate: WriteGate | None = None
        self._steps = 0  # budget checks in the current transaction
        self._partial: _Partial | None = None
        self.others_wrote_at = -float("inf")  # when another process was last seen writing
        self._gate_seen: int | None = None  # the gate's transactions when this one's last began
        self.added: list[int] = []  # committed conversation ids, for the undo
        self.imported = self.skipped = self.messages = 0

    def insert_some(self, pending: deque[PortableConversation]) -> None:
        """One transaction: insert from the front of `pending` until the time budget is spent.

        The budget is checked after every message, so a conversation with thousands of messages
        or a few very long ones is spread over several transactions.
        """
        self._pace.check()
        started = time.monotonic()
        new: list[int] = []
        imported = skipped = count = 0
        self._steps = 0
        with self._transaction() as conn:
            if not self._holding:
                self._holding = True
                self._gate = gate_of(conn)
                if self._gate is not None and self._checkpoint is not None:
                    self._hold.enter_context(self._gate.hold_checkpoints())
            # data_version changes when another connection committed since this one last looked;
            # when no other connection of this process went through the gate meanwhile, it was
            # another process.
            version = int(conn.execute("PRAGMA data_version").fetchone()[0])
            seen = None if self._gate is None else self._gate.transactions
            in_process = seen is not None and self._gate_seen is not None and seen - self._gate_seen > 1
            if self._data_version is not None and version != self._data_version and not in_process:
                self.others_wrote_at = time.monotonic()
            self._data_version = version
            self._gate_seen = seen
            while pending and self._more_time(started):
                conv = pending[0]
                if self._partial is None:
                    if conversations.uid_exists(conn, conv.uid):
                        pending.popleft()
                        skipped += 1
                        continue
                    self._partial = _Partial(conv, insert_conversation(conn, conv))
                    new.append(self._partial.cid)
                part = self._partial
                while len(part.ids) < len(conv.messages) and self._more_time(started):
                    part.ids.append(
                        insert_message(conn, part.cid, conv.messages[len(part.ids)], part.ids, conv.blobs)
                    )
                if len(part.ids) == len(conv.messages):
                    finish_conversation(conn, part.cid, conv, part.ids)
                    pending.popleft()
                    self._partial = None
                    imported += 1
                    count += len(conv.messages)
        self.added += new
        self.imported += imported
        self.skipped += skipped
        self.messages += count

    def _more_time(self, started: float) -> bool:
        """Go on inserting: the budget is not spent and no other thread waits for the write gate
        (the window saving an answer gets it after this message, not after the budget). The first
        message of a transaction always goes in, so the import moves on however busy the file."""
        self._steps += 1
        if self._steps > 1 and self._gate is not None and self._gate.wanted:
            return False
        return self._steps == 1 or time.monotonic() - started < self._budget

    def checkpoint_if_due(self, *, force: bool = False) -> None:
        """Copy the WAL into the database (PASSIVE: never waits for other connections)."""
        now = time.monotonic()
        if self._checkpoint is not None and (force or now - self._checkpointed_at >= CHECKPOINT_EVERY_S):
            self._checkpoint()
            self._checkpointed_at = time.monotonic()

    def restore(self) -> None:
        """Give the automatic checkpoints back (each connection turns its own on at its next write)."""
        self._hold.close()
        self._holding = False

    def undo(self, pause_s: float) -> None:
        """Delete what was committed, in short transactions too; never interrupted by a cancel."""
        while self.added:
            started = time.monotonic()
            with self._transaction() as conn:
                while self.added and time.monotonic() - started < self._budget:
                    conversations.delete(conn, [self.added.pop()])
            time.sleep(pause_s)


def import_conversations(
    transaction: Transaction,
    items: Iterable[PortableConversation],
    pace: Pace,
    position: Callable[[], tuple[int, int]],
    *,
    budget_s: float = CHUNK_BUDGET_S,
    pause_s: float = PAUSE_S,
    checkpoint: Callable[[], None] | None = None,
) -> ImportReport:
    """Insert the conversations `items` yields; on any exception undo them, then re-raise.

    Between two transactions at least `pause_s` passes, spent reading the next conversations
    (the lock is not held while parsing). `position()` is (done, total) of the reading, for
    `pace`; `pace` may raise Cancelled. `checkpoint()` (outside any transaction) checkpoints
    the WAL; when given, the import does that itself between its transactions.
    """
    importer = _Importer(transaction, pace, budget_s, checkpoint)
    polite_s = max(pause_s, POLITE_PAUSE_S) if pause_s > 0 else 0.0
    source = iter(items)
    pending: deque[PortableConversation] = deque()
    held = 0  # messages in `pending`
    exhausted = False
    try:
        while True:
            now = time.monotonic()
            until = now + (polite_s if now - importer.others_wrote_at < POLITE_FOR_S else pause_s)
            while (
                not exhausted and held < _MAX_PENDING_MESSAGES and (not pending or time.monotonic() < until)
            ):
                conv = next(source, None)
                pace.step(*position())
                if conv is None:
                    exhausted = True
                else:
                    pending.append(conv)
                    held += len(conv.messages) + 1
            if not pending:
                break
            if (rest := until - time.monotonic()) > 0:
                time.sleep(rest)
            # Right before its own transaction: the first write after a checkpoint restarts the
            # WAL and syncs its header, and that write should be this one, not the UI's.
            importer.checkpoint_if_due()
            importer.insert_some(pending)
            held = sum(len(c.messages) + 1 for c in pending)
    except BaseException:
        try:
            importer.undo(pause_s)
        except Exception:  # the original error is what the caller must see; this one is logged
            log.exception("could not undo a failed import: %d conversations stay", len(importer.added))
        raise
    finally:
        try:
            importer.restore()
            importer.checkpoint_if_due(force=True)
        except Exception:
            log.exception("could not restore the checkpoint setting after an import")
    pace.finish(position()[1])
    return ImportReport(
        imported=importer.imported, skipped_duplicates=importer.skipped, messages=importer.messages
    )


def insert_one(conn: sqlite3.Connection, conv: PortableConversation) -> int:
    """Insert one conversation and its messages; returns its id. The caller holds the transaction."""
    cid = insert_conversation(conn, conv)
    ids: list[int] = []
    for m in conv.messages:
        ids.append(insert_message(conn, cid, m, ids, conv.blobs))
    finish_conversation(conn, cid, conv, ids)
    return cid


def insert_conversation(conn: sqlite3.Connection, conv: PortableConversation) -> int:
    """The conversation's row, without its messages yet; returns its id."""
    return conversations.insert(
        conn, title=conv.title, model=conv.model, params=conv.params, system_prompt=conv.system_prompt,
        now=conv.created_at, uid=conv.uid,
    )  # fmt: skip


def insert_message(
    conn: sqlite3.Connection, cid: int, m: PortableMessage, ids: list[int],
    blobs: Mapping[str, bytes] | None = None,
) -> int:  # fmt: skip
    """One message of conversation `cid`; `ids` are the ids of the ones before it (parents first).

    Its attachments' bytes come from `blobs` (the conversation's, checked when read).
    """
    mid = messages.insert(
        conn, cid=cid, parent_id=None if m.parent is None else ids[m.parent], role=m.role,
        content=m.content, now=m.created_at, updated_at=m.updated_at, reasoning=m.reasoning,
        model=m.model, params=m.params, usage=m.usage,
        status=MessageStatus.INTERRUPTED if m.status is MessageStatus.STREAMING else m.status,
        finish_reason=m.finish_reason, error=_redact(m.error), latency_ms=m.latency_ms,
        end_reason=m.end_reason, problem=m.problem, tool_calls=m.tool_calls,
    )  # fmt: skip
    for result in m.tool_results:
        tools.add_result(conn, mid, result, m.updated_at)
    for position, a in enumerate(m.attachments):
        for sha in a.hashes():
            if blobs is not None and sha in blobs:
                attachments.put_blob(conn, sha, blobs[sha], m.created_at)
        new = attachments.NewAttachment(
            kind=a.kind, name=a.name, mime=a.mime, size=a.size, sha256=a.sha256, sent_sha256=a.sent_sha256,
            width=a.width, height=a.height, text=a.text, pages=a.pages, left_out=a.left_out,
            scanned=a.scanned, page_images=a.page_images,
        )  # fmt: skip
        attachments.insert(conn, mid, new, m.created_at, position=position)
    return mid


def finish_conversation(
    conn: sqlite3.Connection, cid: int, conv: PortableConversation, ids: list[int]
) -> None:
    """Once every message is in: the conversation's flags, draft, time and branch on screen."""
    conn.execute(
        "UPDATE conversations SET updated_at = ?, pinned = ?, archived = ?, draft = ?, current_leaf_id = ? "
        "WHERE id = ?",
        (
            conv.updated_at, int(conv.pinned), int(conv.archived), conv.draft,
            None if conv.current_leaf is None else ids[conv.current_leaf], cid,
        ),
    )  # fmt: skip
    conn.execute(
        "UPDATE conversations SET keep_turns = ?, title_source = ?, tools_enabled = ? WHERE id = ?",
        (conv.keep_turns, conv.title_source.value, int(conv.tools_enabled), cid),
    )
    for s in conv.summaries:
        summaries.insert(
            conn, cid=cid, through_id=ids[s.through], content=s.content, covered=s.covered, model=s.model,
            prompt_tokens=None if s.usage is None else s.usage.prompt_tokens,
            completion_tokens=None if s.usage is None else s.usage.completion_tokens,
            now=s.created_at, updated_at=s.updated_at,
        )  # fmt: skip


def _redact(text: str | None) -> str | None:
    """Error texts may quote a server reply or header: mask anything that looks like a key."""
    return None if text is None else redact(text)


def passive_checkpoint(read: Transaction) -> None:
    """A PASSIVE WAL checkpoint through `read()` (a connection outside any transaction)."""
    with read() as conn:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
