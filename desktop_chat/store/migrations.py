"""The schema, as an ordered list of named migrations, and the code that applies them safely.

Why: people keep years of chats, and the worst thing a desktop client can do is lose them on an
upgrade. So each migration runs in its own transaction (all or nothing), the file is copied with
SQLite's backup API before the first one runs, `PRAGMA user_version` records how far a file has
come, and a file from a newer version is refused before anything touches it.

Never edit a migration that has shipped: add a new one. Tests upgrade a checked-in fixture of every
earlier schema (tests/store/fixtures/schema_v*.sql) to the current one.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..domain import MessageStatus
from .errors import NewerSchemaError
from .legacy import legacy_end


@dataclass(frozen=True, slots=True)
class Migration:
    version: int  # the user_version after it ran
    name: str
    statements: tuple[str, ...]
    # Runs after the statements, in the same transaction, for data a statement can't express.
    backfill: Callable[[sqlite3.Connection], None] | None = None


M001_INITIAL = Migration(
    1,
    "m001_initial",
    (
        """CREATE TABLE schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at REAL NOT NULL
        )""",
        """CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            trashed_at REAL,
            model TEXT,
            params TEXT NOT NULL DEFAULT '{}',
            system_prompt TEXT NOT NULL DEFAULT '',
            draft TEXT NOT NULL DEFAULT '',
            current_leaf_id INTEGER REFERENCES messages(id) ON DELETE SET NULL
        )""",
        # parent_id has no ON DELETE action on purpose: a cascade down a 2,000-message chain would
        # exceed SQLite's trigger depth. Subtrees are deleted in one statement instead.
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES messages(id),
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
            content TEXT NOT NULL DEFAULT '',
            reasoning TEXT NOT NULL DEFAULT '',
            model TEXT,
            params TEXT NOT NULL DEFAULT '{}',
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            total_tokens INTEGER,
            finish_reason TEXT,
            status TEXT NOT NULL DEFAULT 'complete'
                CHECK (status IN ('complete', 'streaming', 'interrupted', 'failed')),
            error TEXT,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            latency_ms INTEGER
        )""",
        "CREATE INDEX messages_by_conversation ON messages(conversation_id, parent_id)",
        "CREATE INDEX messages_by_parent ON messages(parent_id)",
        "CREATE INDEX messages_streaming ON messages(id) WHERE status = 'streaming'",
        """CREATE INDEX conversations_listing
            ON conversations(archived, pinned DESC, updated_at DESC, id DESC) WHERE trashed_at IS NULL""",
        "CREATE INDEX conversations_trash ON conversations(trashed_at) WHERE trashed_at IS NOT NULL",
    ),
)

_TOKENIZER = "unicode61 remove_diacritics 2"
_INDEX_MESSAGE = (
    "INSERT INTO message_index(rowid, content, reasoning) "
    "SELECT new.id, dc_search_text(new.content), dc_search_text(new.reasoning) "
    "WHERE new.status <> 'streaming';"
)
_UNINDEX_MESSAGE = (
    "INSERT INTO message_index(message_index, rowid, content, reasoning) "
    "SELECT 'delete', old.id, dc_search_text(old.content), dc_search_text(old.reasoning) "
    "WHERE old.status <> 'streaming';"
)
_INDEX_TITLE = "INSERT INTO title_index(rowid, title) VALUES (new.id, dc_search_text(new.title));"
_UNINDEX_TITLE = (
    "INSERT INTO title_index(title_index, rowid, title) VALUES ('delete', old.id, dc_search_text(old.title));"
)

# Full-text search (contentless FTS5 kept in step by triggers; answers still streaming are indexed
# when they end) and a stable identity per conversation, which import uses to spot duplicates.
M002_SEARCH_AND_IDENTITY = Migration(
    2,
    "m002_search_and_identity",
    (
        "ALTER TABLE conversations ADD COLUMN uid TEXT",
        "UPDATE conversations SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL",
        "CREATE UNIQUE INDEX conversations_by_uid ON conversations(uid)",
        "CREATE VIRTUAL TABLE message_index USING fts5("
        f"content, reasoning, content='', tokenize='{_TOKENIZER}')",
        f"CREATE VIRTUAL TABLE title_index USING fts5(title, content='', tokenize='{_TOKENIZER}')",
        "INSERT INTO message_index(message_index, rank) VALUES ('rank', 'bm25(1.0, 0.4)')",
        "INSERT INTO message_index(rowid, content, reasoning) SELECT id, dc_search_text(content), "
        "dc_search_text(reasoning) FROM messages WHERE status <> 'streaming'",
        "INSERT INTO title_index(rowid, title) SELECT id, dc_search_text(title) FROM conversations",
        f"CREATE TRIGGER messages_index_insert AFTER INSERT ON messages BEGIN {_INDEX_MESSAGE} END",
        f"CREATE TRIGGER messages_index_delete AFTER DELETE ON messages BEGIN {_UNINDEX_MESSAGE} END",
        "CREATE TRIGGER messages_index_update AFTER UPDATE OF content, reasoning, status ON messages "
        f"BEGIN {_UNINDEX_MESSAGE} {_INDEX_MESSAGE} END",
        f"CREATE TRIGGER titles_index_insert AFTER INSERT ON conversations BEGIN {_INDEX_TITLE} END",
        f"CREATE TRIGGER titles_index_delete AFTER DELETE ON conversations BEGIN {_UNINDEX_TITLE} END",
        "CREATE TRIGGER titles_index_update AFTER UPDATE OF title ON conversations "
        f"BEGIN {_UNINDEX_TITLE} {_INDEX_TITLE} END",
    ),
)


def _backfill_end_reasons(conn: sqlite3.Connection) -> None:
    """Answers that ended badly get the end reason and problem their saved sentence meant."""
    rows = conn.execute(
        "SELECT id, status, error FROM messages "
        "WHERE role = 'assistant' AND status IN ('interrupted', 'failed')"
    ).fetchall()
    updates = []
    for mid, status, error in rows:
        end, problem, kept = legacy_end(MessageStatus(status), error)
        updates.append((end.value, None if problem is None else problem.value, kept, mid))
    conn.executemany("UPDATE messages SET end_reason = ?, problem = ?, error = ? WHERE id = ?", updates)


# Why each answer ended, as typed values in columns of their own (the UI words them), and the text
# typed into a chat that has no row yet ("new chat"), so every draft lives in this file.
M003_END_REASONS_AND_DRAFTS = Migration(
    3,
    "m003_end_reasons_and_drafts",
    (
        "ALTER TABLE messages ADD COLUMN end_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN problem TEXT",
        "UPDATE messages SET end_reason = 'finished' WHERE role = 'assistant' AND status = 'complete'",
        """CREATE TABLE pending_drafts (
            slot TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            updated_at REAL
        )""",
    ),
    backfill=_backfill_end_reasons,
)

# Long chats: per-chat "send the last N turns", who named the chat (a title the person set wins over
# a model's), model-written summaries that stand in for earlier messages of every branch through
# `through_id`, the tokens of the app's own side requests (summaries, titles), and an index for
# the Usage window's period queries over answers.
M004_CONTEXT_AND_USAGE = Migration(
    4,
    "m004_context_and_usage",
    (
        "ALTER TABLE conversations ADD COLUMN keep_turns INTEGER "
        "CHECK (keep_turns IS NULL OR keep_turns > 0)",
        "ALTER TABLE conversations ADD COLUMN title_source TEXT NOT NULL DEFAULT 'first_message'",
        "UPDATE conversations SET title_source = 'person' WHERE title <> ''",
        """CREATE TABLE summaries (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            through_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            content TEXT NOT NULL,
            covered INTEGER NOT NULL DEFAULT 0,
            model TEXT,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )""",
        "CREATE INDEX summaries_by_message ON summaries(through_id)",
        "CREATE INDEX summaries_by_conversation ON summaries(conversation_id)",
        """CREATE TABLE side_usage (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
            purpose TEXT NOT NULL,
            model TEXT,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            created_at REAL NOT NULL
        )""",
        "CREATE INDEX side_usage_by_time ON side_usage(created_at)",
        # covering: the Usage window's sums over a year read the index alone (965 → 431 ms on 1M messages)
        "CREATE INDEX answers_by_time ON messages(created_at, conversation_id, model, prompt_tokens, "
        "completion_tokens) WHERE role = 'assistant'",
    ),
)

_ATTACHMENT_FIELDS = """
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    sent_sha256 TEXT REFERENCES blobs(sha256),
    width INTEGER,
    height INTEGER,
    text TEXT NOT NULL DEFAULT '',
    pages INTEGER,
    left_out INTEGER NOT NULL DEFAULT 0,
    scanned INTEGER NOT NULL DEFAULT 0 CHECK (scanned IN (0, 1)),
    page_images TEXT NOT NULL DEFAULT '[]',
    created_at REAL NOT NULL"""
# A blob nobody names any more (the same test as attachments.UNREFERENCED, frozen here as shipped).
_UNREFERENCED_BLOB = (
    "NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = blobs.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sent_sha256 = blobs.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM draft_attachments d WHERE d.sha256 = blobs.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM draft_attachments d WHERE d.sent_sha256 = blobs.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM attachments a, json_each(a.page_images) j"
    "  WHERE a.page_images <> '[]' AND j.value = blobs.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM draft_attachments d, json_each(d.page_images) j"
    "  WHERE d.page_images <> '[]' AND j.value = blobs.sha256)"
)
_FREE_BLOBS = (
    "DELETE FROM blobs WHERE sha256 IN (SELECT old.sha256 UNION ALL SELECT old.sent_sha256"
    " UNION ALL SELECT value FROM json_each(old.page_images)) AND " + _UNREFERENCED_BLOB + ";"
)
_NAMED = (
    "DELETE FROM unnamed_blobs WHERE sha256 IN (SELECT new.sha256 UNION ALL SELECT new.sent_sha256"
    " UNION ALL SELECT value FROM json_each(new.page_images));"
)
_INDEX_ATTACHMENT = (
    "INSERT INTO attachment_index(rowid, name, text) "
    "VALUES (new.id, dc_search_text(new.name), dc_search_text(new.text));"
)
_UNINDEX_ATTACHMENT = (
    "INSERT INTO attachment_index(attachment_index, rowid, name, text) "
    "VALUES ('delete', old.id, dc_search_text(old.name), dc_search_text(old.text));"
)

# Attachments: bytes content-addressed in `blobs` (inside this file, so WAL, backups and the write
# gate cover them; `data` is the last column, after what queries read), the files of each message
# and of each draft (slot: a chat's id as text, or the new chat's), and a search index over their
# names and document text. A blob goes in the same statement as the last row naming it, however
# that row went (a subtree, a chat through the foreign-key cascade, a chip): triggers on both
# attachment tables. `unnamed_blobs` lists blobs put but not named yet (the first attachment that
# names one removes it), so the check for a crash's leftovers at open reads a handful of rows, not
# every blob. A chat deleted for good takes its draft's chips with it.
M005_ATTACHMENTS = Migration(
    5,
    "m005_attachments",
    (
        """CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            created_at REAL NOT NULL,
            data BLOB NOT NULL
        )""",
        """CREATE TABLE unnamed_blobs (
            sha256 TEXT PRIMARY KEY REFERENCES blobs(sha256) ON DELETE CASCADE,
            created_at REAL NOT NULL
        )""",
        f"""CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,{_ATTACHMENT_FIELDS}
        )""",
        "CREATE INDEX attachments_by_message ON attachments(message_id, position)",
        "CREATE INDEX attachments_by_blob ON attachments(sha256)",
        "CREATE INDEX attachments_by_sent_blob ON attachments(sent_sha256) WHERE sent_sha256 IS NOT NULL",
        "CREATE INDEX attachments_with_pages ON attachments(id) WHERE page_images <> '[]'",
        f"""CREATE TABLE draft_attachments (
            id INTEGER PRIMARY KEY,
            slot TEXT NOT NULL,{_ATTACHMENT_FIELDS}
        )""",
        "CREATE INDEX draft_attachments_by_slot ON draft_attachments(slot, position)",
        "CREATE INDEX draft_attachments_by_blob ON draft_attachments(sha256)",
        "CREATE INDEX draft_attachments_by_sent_blob ON draft_attachments(sent_sha256) "
        "WHERE sent_sha256 IS NOT NULL",
        "CREATE INDEX draft_attachments_with_pages ON draft_attachments(id) WHERE page_images <> '[]'",
        f"CREATE TRIGGER attachments_free_blobs AFTER DELETE ON attachments BEGIN {_FREE_BLOBS} END",
        f"CREATE TRIGGER attachments_name_blobs AFTER INSERT ON attachments BEGIN {_NAMED} END",
        f"CREATE TRIGGER draft_attachments_name_blobs AFTER INSERT ON draft_attachments BEGIN {_NAMED} END",
        "CREATE TRIGGER draft_attachments_free_blobs AFTER DELETE ON draft_attachments "
        f"BEGIN {_FREE_BLOBS} END",
        "CREATE TRIGGER conversations_drop_draft_attachments AFTER DELETE ON conversations BEGIN "
        "DELETE FROM draft_attachments WHERE slot = CAST(old.id AS TEXT); END",
        "CREATE VIRTUAL TABLE attachment_index USING fts5("
        f"name, text, content='', tokenize='{_TOKENIZER}')",
        f"CREATE TRIGGER attachments_index_insert AFTER INSERT ON attachments BEGIN {_INDEX_ATTACHMENT} END",
        "CREATE TRIGGER attachments_index_delete AFTER DELETE ON attachments "
        f"BEGIN {_UNINDEX_ATTACHMENT} END",
        "CREATE TRIGGER attachments_index_update AFTER UPDATE OF name, text ON attachments "
        f"BEGIN {_UNINDEX_ATTACHMENT} {_INDEX_ATTACHMENT} END",
    ),
)

# Tools: an answer that asked for tools keeps its calls as JSON text on its own row (read with the
# row, so a chat without tools pays nothing), [{"id", "name", "arguments"}] in the model's order,
# NULL when none; what came of each call is a row of `tool_results` (position = the call's index),
# written as each ends. Results are not indexed for search. A stored message never has role
# 'tool': a result belongs to the answer that made the call. Per chat, whether tools are offered.
M006_TOOLS = Migration(
    6,
    "m006_tools",
    (
        "ALTER TABLE messages ADD COLUMN tool_calls TEXT",
        "ALTER TABLE conversations ADD COLUMN tools_enabled INTEGER NOT NULL DEFAULT 1 "
        "CHECK (tools_enabled IN (0, 1))",
        """CREATE TABLE tool_results (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            call_id TEXT NOT NULL,
            outcome TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            server TEXT NOT NULL DEFAULT '',
            tool TEXT NOT NULL DEFAULT '',
            duration_ms INTEGER,
            is_error INTEGER NOT NULL DEFAULT 0 CHECK (is_error IN (0, 1)),
            created_at REAL NOT NULL,
            UNIQUE (message_id, position)
        )""",
    ),
)

MIGRATIONS: tuple[Migration, ...] = (
    M001_INITIAL, M002_SEARCH_AND_IDENTITY, M003_END_REASONS_AND_DRAFTS, M004_CONTEXT_AND_USAGE,
    M005_ATTACHMENTS, M006_TOOLS,
)
LATEST_VERSION = MIGRATIONS[-1].version


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(version: int) -> None:
    if version > LATEST_VERSION:
        raise NewerSchemaError(detail=f"file schema version {version}, this app knows up to {LATEST_VERSION}")


def backup_file_name(version: int, now: float) -> str:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    return f"history-v{version}-before-upgrade-{stamp}.sqlite3"


def migrate(
    conn: sqlite3.Connection,
    *,
    backup: Callable[[int], object],
    upto: int = LATEST_VERSION,
    steps: tuple[Migration, ...] = MIGRATIONS,
) -> list[str]:
    """Apply every pending migration up to `upto`, each in its own IMMEDIATE transaction.

    `conn` must be in autocommit mode (isolation_level=None). `backup(version)` is called once,
    before the first migration of a file that already holds data (version ≥ 1). `steps` is for
    tests that need a migration which fails half way. Another process
    migrating at the same time is harmless: the version is re-read under the write lock.
    Returns the names of the migrations applied.
    """
    start = user_version(conn)
    check_not_newer(start)
    pending = [m for m in steps if start < m.version <= upto]
    if not pending:
        return []
    if start >= 1:
        backup(start)
    applied: list[str] = []
    for migration in pending:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = user_version(conn)
            check_not_newer(current)
            if current >= migration.version:
                conn.execute("COMMIT")
                continue
            for statement in migration.statements:
                conn.execute(statement)
            if migration.backfill is not None:
                migration.backfill(conn)
            conn.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, time.time()),
            )
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(migration.name)
    return applied
