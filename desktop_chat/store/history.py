"""HistoryStore: the one object the rest of the app uses to keep and find conversations.

Why: it ties the pieces together behind a small, typed API — the connection and its transaction
helper, the conversation and message helpers, search, the answer writer, export and import — and
makes every mutating method one transaction, so a crash never leaves half an operation behind.
It returns frozen domain objects only; nothing outside the store sees a cursor or a row.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import (
    Attachment,
    BranchMessage,
    Conversation,
    EndReason,
    GenerationParams,
    Message,
    MessageStatus,
    Role,
    SideRequest,
    Summary,
    TitleSource,
    ToolCall,
    ToolResult,
    Usage,
)
from . import attachments, conversations, drafts, messages, summaries, tools
from .attachments import NewAttachment
from .attachments import insert as insert_attachment
from .bulk import CancelledFn, Pace, ProgressFn
from .connection import Database
from .errors import DiskFullError, FileNotWritten, StorageUnavailable, StoreError
from .rows import DEFAULT_PARAMS, params_to_json
from .writer import FLUSH_INTERVAL_S, AnswerWriter

if TYPE_CHECKING:
    from . import export, portable
    from .importing import ImportReport
    from .search import SearchHit
    from .usage import UsageRow

# search, export, import and backup are imported where used: opening the history needs none of them


class _Unchanged(enum.Enum):
    UNCHANGED = "unchanged"


UNCHANGED = _Unchanged.UNCHANGED
VACUUM_AFTER_FREE_PAGES = 64  # 256 KiB of free pages: worth giving back after a delete


class HistoryStore:
    """Conversations and their message trees in one SQLite file. Thread-safe (one locked connection)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._writers: dict[int, AnswerWriter] = {}

    @classmethod
    def open(cls, path: Path, *, backup_dir: Path | None = None, read_only: bool = False) -> HistoryStore:
        """Open (creating or upgrading) the history at `path`.

        Before an upgrade the file is copied to `backup_dir` (default: `backups/` beside it).
        Raises NewerSchemaError, CorruptDatabaseError, ReadOnlyError or StoreError; in each case
        the file is left as it was.
        """
        path = Path(path)
        db = Database.open(path, backup_dir=backup_dir or path.parent / "backups", read_only=read_only)
        store = cls(db)
        if not read_only:
            try:
                store._collect_orphan_blobs()
            except BaseException:
                store.close()
                raise
        return store

    @staticmethod
    def set_aside_damaged(path: Path) -> Path:
        """Rename a damaged history file (with its -wal/-shm) out of the way; returns the new name.

        Only on the user's explicit request, after CorruptDatabaseError: the next open starts a new
        history, and the damaged file is kept beside it for recovery or support. Raises
        StorageUnavailable when the files can't be renamed.
        """
        path = Path(path)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.damaged-{stamp}")
        n = 1
        while target.exists():  # set aside twice within a second
            n += 1
            target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        try:
            # The companions first: a new file must never find the damaged one's write-ahead log.
            for suffix in ("-wal", "-shm"):
                extra = path.with_name(path.name + suffix)
                if extra.exists():
                    extra.replace(target.with_name(target.name + suffix))
            path.replace(target)
        except OSError as exc:
            raise StorageUnavailable(f"setting {path} aside: {exc}") from exc
        return target

    @property
    def path(self) -> Path:
        return self._db.path

    def close(self) -> None:
        """Save and mark as interrupted any answer still streaming, then close the file."""
        for writer in list(self._writers.values()):
            with contextlib.suppress(StoreError):
                writer.finish(status=MessageStatus.INTERRUPTED, end_reason=EndReason.APP_CLOSED)
        self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """The one transaction helper: all or nothing, nestable (inner blocks are savepoints)."""
        return self._db.transaction()

    # conversations -------------------------------------------------------------------------

    def create_conversation(
        self, *, title: str = "", model: str | None = None, params: GenerationParams = DEFAULT_PARAMS,
        system_prompt: str = "",
    ) -> Conversation:  # fmt: skip
        with self.transaction() as conn:
            cid = conversations.insert(
                conn, title=title, model=model, params=params, system_prompt=system_prompt, now=time.time()
            )
            return self._conversation(conn, cid)

    def get_conversation(self, cid: int) -> Conversation | None:
        with self._db.read() as conn:
            return conversations.get(conn, cid)

    def list_conversations(
        self, *, limit: int = 100, offset: int = 0, archived: bool = False
    ) -> list[Conversation]:
        """Pinned first, then the most recently updated; trashed conversations are left out."""
        with self._db.read() as conn:
            return conversations.listing(conn, limit=limit, offset=offset, archived=archived)

    def list_trash(self) -> list[Conversation]:
        """The conversations in the trash, the most recently trashed first (`trashed_at` set)."""
        with self._db.read() as conn:
            return conversations.trash_listing(conn)

    def is_trashed(self, cid: int) -> bool:
        with self._db.read() as conn:
            return conversations.is_trashed(conn, cid)

    def rename_conversation(
        self, cid: int, title: str, *, source: TitleSource = TitleSource.PERSON
    ) -> None:
        """Give the chat a title; a title the person set is never replaced by a model's."""
        with self.transaction() as conn:
            conversations.set_column(conn, cid, "title", title.strip())
            conversations.set_column(conn, cid, "title_source", TitleSource(source).value)

    def offer_title(self, cid: int, title: str) -> bool:
        """A model's title, kept only if the person has not named the chat; True when it was kept."""
        with self.transaction() as conn:
            conv = conversations.get(conn, cid)
            if conv is None or conv.title_source is TitleSource.PERSON or not title.strip():
                return False
            conversations.set_column(conn, cid, "title", title.strip())
            conversations.set_column(conn, cid, "title_source", TitleSource.MODEL.value)
            return True

    def set_pinned(self, cid: int, pinned: bool) -> None:
        with self.transaction() as conn:
            conversations.set_column(conn, cid, "pinned", int(pinned))

    def set_archived(self, cid: int, archived: bool) -> None:
        with self.transaction() as conn:
            conversations.set_column(conn, cid, "archived", int(archived))

    def trash_conversation(self, cid: int) -> None:
        with self.transaction() as conn:
            conversations.set_trashed(conn, cid, time.time())

    def restore_conversation(self, cid: int) -> None:
        with self.transaction() as conn:
            conversations.set_trashed(conn, cid, None)

    def purge_trash(self, older_than_s: float = 0) -> int:
        """Delete for good the conversations trashed more than `older_than_s` seconds ago.

        Their messages and search-index rows go with them; 0 empties the whole trash. Returns
        how many conversations were deleted.
        """
        with self.transaction() as conn:
            gone = set(conversations.purge_trash(conn, trashed_before=time.time() - older_than_s))
        for mid, writer in list(self._writers.items()):
            if writer.conversation_id in gone:
                self._writers.pop(mid, None)
        if gone:
            self._give_space_back()
        return len(gone)

    def update_settings(
        self, cid: int, *, model: str | _Unchanged | None = UNCHANGED,
        params: GenerationParams | _Unchanged = UNCHANGED, system_prompt: str | _Unchanged = UNCHANGED,
        keep_turns: int | _Unchanged | None = UNCHANGED, tools_enabled: bool | None = None,
    ) -> None:  # fmt: skip
        """Change what the chat is sent with; an argument left out (tools_enabled: None) stays."""
        with self.transaction() as conn:
            conversations.require(conn, cid)
            if model is not UNCHANGED:
                conversations.set_column(conn, cid, "model", model)
            if not isinstance(params, _Unchanged):
                conversations.set_column(conn, cid, "params", params_to_json(params))
            if not isinstance(system_prompt, _Unchanged):
                conversations.set_column(conn, cid, "system_prompt", system_prompt)
            if not isinstance(keep_turns, _Unchanged):
                conversations.set_column(conn, cid, "keep_turns", keep_turns if keep_turns else None)
            if tools_enabled is not None:
                conversations.set_column(conn, cid, "tools_enabled", int(bool(tools_enabled)))

    def save_draft(self, cid: int, text: str) -> None:
        """Keep the unsent text; does not move the chat up the list."""
        with self.transaction() as conn:
            conversations.set_column(conn, cid, "draft", text)

    def save_pending_draft(self, text: str, *, slot: str = drafts.NEW_CHAT) -> None:
        """Keep the text typed in a chat that has no row yet (the new chat); empty text forgets it."""
        with self.transaction() as conn:
            drafts.save(conn, slot, text, time.time())

    def pending_draft(self, *, slot: str = drafts.NEW_CHAT) -> str:
        """The text kept by `save_pending_draft` ("" when none)."""
        with self._db.read() as conn:
            return drafts.load(conn, slot)

    def conversation_usage_by_model(self, cid: int) -> list[tuple[str, Usage]]:
        """Tokens per model over the conversation's answers (all branches) and its side requests."""
        with self._db.read() as conn:
            return conversations.usage_by_model(conn, cid)

    # messages ------------------------------------------------------------------------------

    def add_message(
        self, cid: int, *, parent_id: int | None, role: Role, content: str, model: str | None = None,
        params: GenerationParams = DEFAULT_PARAMS, status: MessageStatus = MessageStatus.COMPLETE,
        attachments: Sequence[NewAttachment] = (),
    ) -> Message:  # fmt: skip
        """Commit a message as the new leaf; the first user message titles an untitled chat.

        `attachments` go in the same transaction, in their order; their blobs must be stored
        already (`put_blob`), else BlobMissing (a LookupError) is raised and nothing is saved.
        """
        now = time.time()
        with self.transaction() as conn:
            mid = messages.insert(
                conn, cid=cid, parent_id=parent_id, role=role, content=content, now=now, model=model,
                params=params, status=status,
            )  # fmt: skip
            for position, new in enumerate(attachments):
                insert_attachment(conn, mid, new, now, position=position)
            self._after_new_leaf(conn, cid, mid, now)
            if Role(role) is Role.USER:
                conv = conversations.get(conn, cid)
                if conv is not None and not conv.title and (title := messages.auto_title(content)):
                    conversations.set_column(conn, cid, "title", title)
            return self._message(conn, mid)

    def get_message(self, mid: int) -> Message | None:
        with self._db.read() as conn:
            return messages.get(conn, mid)

    def branch(self, cid: int, leaf_id: int | None = None) -> list[Message]:
        """The root→leaf path through the current leaf (or `leaf_id`)."""
        with self._db.read() as conn:
            leaf = self._leaf(conn, cid, leaf_id)
            return [] if leaf is None else messages.path_to(conn, leaf)

    def branch_tail(self, cid: int, limit: int = 50) -> list[Message]:
        """The last `limit` messages of the current branch, oldest first; cost independent of length."""
        with self._db.read() as conn:
            leaf = self._leaf(conn, cid, None)
            return [] if leaf is None else messages.path_to(conn, leaf, limit=limit)

    def siblings(self, mid: int) -> list[Message]:
        """Messages with the same parent in the same conversation, oldest first, `mid` included."""
        with self._db.read() as conn:
            return messages.siblings(conn, mid)

    def branch_with_siblings(
        self, cid: int, leaf_id: int | None = None, *, limit: int | None = None
    ) -> list[BranchMessage]:
        """The branch through the current leaf (or `leaf_id`), each message with its siblings' ids.

        One query, whatever the branch's length: what a chat view needs to show the branch and
        its "‹ 2 / 3 ›" switches. `limit` keeps only the last messages, as `branch_tail` does.
        """
        with self._db.read() as conn:
            leaf = self._leaf(conn, cid, leaf_id)
            return [] if leaf is None else messages.path_with_siblings(conn, cid, leaf, limit=limit)

    def select_branch(self, cid: int, mid: int) -> int:
        """Show the branch through `mid`: its newest deepest descendant becomes the current leaf."""
        with self.transaction() as conn:
            msg = messages.get(conn, mid)
            if msg is None or msg.conversation_id != cid:
                raise LookupError(f"message {mid} is not in conversation {cid}")
            leaf = messages.deepest_descendant(conn, mid)
            conversations.set_leaf(conn, cid, leaf)
            return leaf

    def delete_message(self, mid: int) -> None:
        """Delete a message and everything under it; the view falls back to a sibling or the parent."""
        with self.transaction() as conn:
            msg = messages.get(conn, mid)
            if msg is None:
                return
            conv = conversations.get(conn, msg.conversation_id)
            leaf = conv.current_leaf_id if conv else None
            on_branch = leaf is not None and mid in messages.ancestor_ids(conn, leaf)
            others = [s.id for s in messages.siblings(conn, mid) if s.id != mid]
            for gone in messages.subtree_ids(conn, mid):
                self._writers.pop(gone, None)
            messages.delete_subtree(conn, mid)
            if on_branch or leaf is None:
                if others:
                    before = [s for s in others if s < mid]
                    new_leaf: int | None = messages.deepest_descendant(
                        conn, before[-1] if before else others[0]
                    )
                else:
                    new_leaf = msg.parent_id
                conversations.set_leaf(conn, msg.conversation_id, new_leaf)
        self._give_space_back()

    def edit_message_content(self, mid: int, content: str) -> None:
        """Replace a message's text in place; the search index follows."""
        with self.transaction() as conn:
            messages.set_content(conn, mid, content, time.time())

    # attachments ---------------------------------------------------------------------------

    def put_blob(self, data: bytes) -> str:
        """Keep `data` (content-addressed); returns its SHA-256 in hex. A no-op when it is stored.

        Its own short transaction: hash the bytes off the UI thread, then name the blob in a
        message or a draft. A blob left unnamed (a crash in between) is collected at a later open.
        """
        sha = attachments.sha256_of(data)
        with self._db.read() as conn:
            if attachments.has_blob(conn, sha):
                return sha
        with self.transaction() as conn:
            attachments.put_blob(conn, sha, data, time.time())
        return sha

    def blob(self, sha256: str) -> bytes | None:
        """The stored bytes with this hash, or None."""
        with self._db.read() as conn:
            return attachments.blob(conn, sha256)

    def has_blob(self, sha256: str) -> bool:
        with self._db.read() as conn:
            return attachments.has_blob(conn, sha256)

    def add_attachment(self, message_id: int, new: NewAttachment) -> Attachment:
        """Add a file to a saved message after its others (an answer's image as it arrives).

        LookupError when the message is gone; BlobMissing when its blobs are not stored.
        """
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM messages WHERE id = ?", (message_id,)).fetchone() is None:
                raise LookupError(f"no message with id {message_id}")
            aid = attachments.insert(conn, message_id, new, time.time())
            return attachments.get(conn, aid)

    def draft_attachments(self, slot: str) -> list[Attachment]:
        """The chips of a draft: `slot` is str(conversation id), or drafts.NEW_CHAT."""
        with self._db.read() as conn:
            return attachments.of_draft(conn, slot)

    def add_draft_attachment(self, slot: str, new: NewAttachment) -> Attachment:
        """A chip after the draft's others; BlobMissing when its blobs are not stored."""
        with self.transaction() as conn:
            aid = attachments.insert_draft(conn, slot, new, time.time())
            return attachments.get_draft(conn, aid)

    def remove_draft_attachment(self, attachment_id: int) -> None:
        """Remove a chip (✕); its bytes go too when nothing else names them. Gone already: no-op."""
        with self.transaction() as conn:
            removed = attachments.remove_draft(conn, attachment_id)
        if removed:
            self._give_space_back()

    def clear_draft_attachments(self, slot: str) -> None:
        """Remove every chip of a draft (after sending, the chips became the message's)."""
        with self.transaction() as conn:
            removed = attachments.clear_draft(conn, slot)
        if removed:
            self._give_space_back()

    def move_draft_attachments(self, from_slot: str, to_slot: str) -> None:
        """The new chat's chips become a saved chat's (its first message is being sent)."""
        with self.transaction() as conn:
            attachments.move_draft(conn, from_slot, to_slot)

    def attachment_bytes_in_use(self) -> int:
        """Bytes of every stored blob (each counted once, however many messages name it)."""
        with self._db.read() as conn:
            return attachments.bytes_in_use(conn)

    # tools ---------------------------------------------------------------------------------

    def set_tool_calls(self, message_id: int, calls: Sequence[ToolCall]) -> None:
        """Keep the tool calls answer `message_id` asked for (at its end), in the model's order.

        Committed at once. Calling it again replaces the calls (results of calls no longer named
        go); an empty `calls` removes them. LookupError when the message is gone; ValueError when
        it is not an answer, or when a call's id is empty or repeated (results are matched to
        calls by id: give calls without one an id of the app's own first).
        """
        with self.transaction() as conn:
            tools.set_calls(conn, message_id, calls, time.time())

    def add_tool_result(self, message_id: int, result: ToolResult) -> None:
        """Keep what came of one of the answer's calls, committed at once (a crash keeps it).

        Call it as each call ends, in any order: messages carry their results in call order. A
        second result for the same call replaces the first. LookupError when the message is gone;
        ValueError when the answer made no call with `result.call_id` (set_tool_calls first).
        """
        with self.transaction() as conn:
            tools.add_result(conn, message_id, result, time.time())

    # streaming -----------------------------------------------------------------------------

    def start_answer(
        self, cid: int, *, parent_id: int, model: str | None, params: GenerationParams,
        flush_interval: float = FLUSH_INTERVAL_S,
    ) -> AnswerWriter:  # fmt: skip
        """Commit an empty STREAMING assistant message as the new leaf and return its writer."""
        now = time.time()
        with self.transaction() as conn:
            mid = messages.insert(
                conn, cid=cid, parent_id=parent_id, role=Role.ASSISTANT, content="", now=now, model=model,
                params=params, status=MessageStatus.STREAMING,
            )  # fmt: skip
            self._after_new_leaf(conn, cid, mid, now)
        writer = AnswerWriter(
            self._db, conversation_id=cid, message_id=mid, flush_interval=flush_interval,
            on_done=self._forget_writer,
        )  # fmt: skip
        self._writers[mid] = writer
        return writer

    def recover_interrupted(self) -> list[int]:
        """At start-up: answers left STREAMING by a crash end as APP_CLOSED (Continue / Retry)."""
        with self.transaction() as conn:
            ids = [i for i in messages.streaming_ids(conn) if i not in self._writers]
            conn.executemany(
                "UPDATE messages SET status = ?, end_reason = ?, problem = NULL, error = NULL WHERE id = ?",
                [(MessageStatus.INTERRUPTED.value, EndReason.APP_CLOSED.value, i) for i in ids],
            )
            return ids

    # summaries -----------------------------------------------------------------------------

    def add_summary(
        self, cid: int, *, through_id: int, content: str, covered: int, model: str | None,
        usage: Usage | None = None,
    ) -> Summary:  # fmt: skip
        """Keep a summary of the branch up to `through_id` (it is sent instead of those messages)."""
        with self.transaction() as conn:
            sid = summaries.insert(
                conn, cid=cid, through_id=through_id, content=content, covered=covered, model=model,
                prompt_tokens=None if usage is None else usage.prompt_tokens,
                completion_tokens=None if usage is None else usage.completion_tokens, now=time.time(),
            )  # fmt: skip
            found = summaries.get(conn, sid)
            assert found is not None
            return found

    def summaries(self, cid: int) -> list[Summary]:
        """Every summary of the chat, on any branch, oldest first."""
        with self._db.read() as conn:
            return summaries.of_conversation(conn, cid)

    def edit_summary(self, sid: int, content: str) -> None:
        with self.transaction() as conn:
            summaries.set_content(conn, sid, content, time.time())

    def delete_summary(self, sid: int) -> None:
        with self.transaction() as conn:
            summaries.delete(conn, sid)

    # usage ---------------------------------------------------------------------------------

    def usage_between(self, since: float, until: float) -> list[UsageRow]:
        """Tokens used from `since` to `until` (Unix seconds), per local day, chat, model and purpose."""
        from . import usage

        with self._db.read() as conn:
            return usage.rows(conn, since, until)

    def record_side_usage(
        self, purpose: SideRequest, *, conversation_id: int | None, model: str, usage: Usage | None
    ) -> None:
        """Count the tokens of a request the app made on its own (a summary, a title)."""
        from . import usage as usage_rows

        with self.transaction() as conn:
            usage_rows.record_side(conn, purpose, conversation_id, model, usage, time.time())

    # search --------------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Ranked hits over titles, messages and reasoning; Latin words as prefixes, CJK as substrings."""
        from . import search

        with self._db.read() as conn:
            return search.search(conn, query, limit=limit)

    # portability ---------------------------------------------------------------------------

    def export_markdown(self, cid: int, words: export.DocumentWords | None = None) -> str:
        from . import export

        conv = self._require(cid)
        return export.markdown(conv, self.branch(cid), words)

    def export_html(self, cid: int) -> str:
        from . import export

        conv = self._require(cid)
        return export.html_page(conv, self.branch(cid), blob=self.blob)

    def export_json(self, cid: int) -> str:
        from . import export

        with self._db.read() as conn:
            return export.conversation_json(self._portable(conn, cid))

    def export_archive(
        self, path: Path, *, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None
    ) -> int:
        """Every conversation not in the trash, whole trees, into one JSON file; returns the count.

        Written one conversation at a time; `progress(done, total)` counts conversations. On
        `cancelled()` it raises Cancelled and removes the partial file. Each conversation is read
        on its own, so call it on a worker thread with a store of its own: reads never wait for the
        writes other connections make meanwhile.
        """
        from . import export

        with self._db.read() as conn:
            cids = [
                int(r[0])
                for r in conn.execute("SELECT id FROM conversations WHERE trashed_at IS NULL ORDER BY id")
            ]
        pace = Pace(progress, cancelled)
        try:
            return export.write_archive(
                Path(path), (self._portable_locked(cid) for cid in cids), total=len(cids), pace=pace
            )
        except OSError as exc:
            raise _file_error(exc, Path(path)) from exc

    def import_archive(
        self, path: Path, *, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None
    ) -> ImportReport:
        """Import our archive (or a single-conversation JSON export); all or nothing.

        Read one conversation at a time and committed in short transactions, so a streaming
        answer's writes never wait long; any failure (ImportFailed, a full disk, Cancelled) first
        deletes what this import had added. `progress(done, total)` counts bytes of the file.
        """
        from . import importing, portable
        from .json_stream import open_file

        with open_file(Path(path)) as stream:
            return importing.import_conversations(
                self.transaction, portable.iter_document(stream), Pace(progress, cancelled),
                lambda: (stream.bytes_read, stream.total_bytes),
                checkpoint=lambda: importing.passive_checkpoint(self._db.read),
            )  # fmt: skip

    def import_chatgpt(
        self, path: Path, *, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None
    ) -> ImportReport:
        """Import ChatGPT's conversations.json (or its export .zip); all or nothing, as import_archive.

        `progress(done, total)` counts bytes of conversations.json (uncompressed, inside a .zip).
        """
        from . import chatgpt, importing

        with chatgpt.open_export(Path(path)) as stream:
            return importing.import_conversations(
                self.transaction, chatgpt.iter_chatgpt(stream), Pace(progress, cancelled),
                lambda: (stream.bytes_read, stream.total_bytes),
                checkpoint=lambda: importing.passive_checkpoint(self._db.read),
            )  # fmt: skip

    def optimize(self) -> None:
        """Merge the search index into one segment and refresh planner statistics.

        Housekeeping for an idle moment or after a large import; slow on big histories (seconds),
        so call it off the UI thread. Search stays correct without it.
        """
        with self.transaction() as conn:
            conn.execute("INSERT INTO message_index(message_index) VALUES ('optimize')")
            conn.execute("INSERT INTO title_index(title_index) VALUES ('optimize')")
        with self._db.read() as conn:
            conn.execute("PRAGMA optimize")

    def backup_to(
        self, path: Path, *, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None
    ) -> None:
        """A consistent copy of the history while the app runs (SQLite backup API, in steps).

        `progress(done, total)` counts database pages; on `cancelled()` it raises Cancelled and
        removes the partial copy. The copy reads through a connection of its own, one snapshot.
        """
        from .backup import copy_database

        try:
            copy_database(self._db.path, Path(path), pace=Pace(progress, cancelled))
        except OSError as exc:
            raise _file_error(exc, Path(path)) from exc

    # helpers -------------------------------------------------------------------------------

    def _collect_orphan_blobs(self) -> None:
        """Blobs put over an hour ago that nothing names (a crash between putting and naming)."""
        with self.transaction() as conn:
            gone = attachments.collect_orphans(conn, put_before=time.time() - attachments.ORPHAN_AGE_S)
        if gone:
            self._give_space_back()

    def _give_space_back(self) -> None:
        """After deletes: return freed pages to the file system once there are enough of them, and
        checkpoint so the file itself shrinks (a no-op for a file without auto-vacuum)."""
        self._db.give_back_free_pages(at_least=VACUUM_AFTER_FREE_PAGES)

    def _forget_writer(self, writer: AnswerWriter) -> None:
        self._writers.pop(writer.message_id, None)

    def _after_new_leaf(self, conn: sqlite3.Connection, cid: int, mid: int, now: float) -> None:
        conversations.set_leaf(conn, cid, mid)
        conversations.touch(conn, cid, now)

    def _leaf(self, conn: sqlite3.Connection, cid: int, leaf_id: int | None) -> int | None:
        if leaf_id is not None:
            return leaf_id
        row = conn.execute("SELECT current_leaf_id FROM conversations WHERE id = ?", (cid,)).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def _conversation(self, conn: sqlite3.Connection, cid: int) -> Conversation:
        conv = conversations.get(conn, cid)
        if conv is None:
            raise LookupError(f"no conversation with id {cid}")
        return conv

    def _message(self, conn: sqlite3.Connection, mid: int) -> Message:
        msg = messages.get(conn, mid)
        if msg is None:
            raise LookupError(f"no message with id {mid}")
        return msg

    def _require(self, cid: int) -> Conversation:
        with self._db.read() as conn:
            return self._conversation(conn, cid)

    def _portable(self, conn: sqlite3.Connection, cid: int) -> portable.PortableConversation:
        from . import portable

        conv = self._conversation(conn, cid)
        blobs = {
            sha: data
            for sha in attachments.hashes_of_conversation(conn, cid)
            if (data := attachments.blob(conn, sha)) is not None
        }
        return portable.from_store(
            conv, conversations.uid_of(conn, cid), messages.all_in(conn, cid),
            summaries.of_conversation(conn, cid), blobs,
        )

    def _portable_locked(self, cid: int) -> portable.PortableConversation:
        with self._db.read() as conn:
            return self._portable(conn, cid)


def _file_error(exc: OSError, path: Path) -> StoreError:
    """The typed error for a file the person chose (an export, a backup) that could not be written."""
    if exc.errno == errno.ENOSPC:
        return DiskFullError(str(exc), path=path)
    return FileNotWritten(str(exc), path=path, reason=exc.strerror or str(exc))
