"""Migrations: from an empty file, from every frozen fixture (v1…v5), atomic, backed up, newer refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_chat.domain import EndReason, MessageStatus, Problem, TitleSource
from desktop_chat.store import LATEST_VERSION, HistoryStore, NewerSchemaError
from desktop_chat.store import migrations as mig

from .conftest import FIXTURES, build_from_sql, integrity


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_empty_database_gets_every_migration_in_order(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        conn = sqlite3.connect(store.path)
        names = [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY version")]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        conn.close()
    assert (
        names
        == [m.name for m in mig.MIGRATIONS]
        == [
            "m001_initial",
            "m002_search_and_identity",
            "m003_end_reasons_and_drafts",
            "m004_context_and_usage",
            "m005_attachments",
            "m006_tools",
        ]
    )
    assert _version(db_path) == LATEST_VERSION == 6
    assert mode == "wal"
    assert not (db_path.parent / "backups").exists(), "a brand-new file needs no backup"


def test_v1_fixture_upgrades_with_data_intact_and_searchable(tmp_path: Path) -> None:
    path = build_from_sql(FIXTURES / "schema_v1.sql", tmp_path / "data" / "history.sqlite3")
    assert _version(path) == 1
    with HistoryStore.open(path) as store:
        assert _version(path) == LATEST_VERSION
        conv = store.get_conversation(1)
        assert conv is not None
        assert (conv.title, conv.pinned, conv.system_prompt, conv.draft) == (
            "Quarterly report summary",
            True,
            "Be brief.",
            "half-typed draft",
        )
        assert conv.params.temperature == 0.2
        assert [m.id for m in store.branch(1)] == [1, 3, 4, 5]
        assert [m.id for m in store.siblings(2)] == [2, 3]
        assert store.get_message(2).usage.total_tokens == 150  # type: ignore[union-attr]
        # The first release's wording of a broken-off answer reads as one.
        seven = store.get_message(7)
        assert seven is not None
        assert (seven.status, seven.end_reason, seven.problem, seven.error) == (
            MessageStatus.INTERRUPTED, EndReason.FAILED, Problem.BROKEN_OFF, None,
        )  # fmt: skip
        assert store.get_message(2).end_reason is EndReason.FINISHED  # type: ignore[union-attr]
        assert store.get_message(1).end_reason is EndReason.NONE  # type: ignore[union-attr]
        # The answer left streaming by the old version is recovered, then indexed.
        assert store.get_message(5).end_reason is EndReason.NONE  # type: ignore[union-attr]
        assert store.recover_interrupted() == [5]
        five = store.get_message(5)
        assert five is not None and five.status is MessageStatus.INTERRUPTED
        assert (five.end_reason, five.problem, five.error) == (EndReason.APP_CLOSED, None, None)
        assert {h.message_id for h in store.search("outlook")} == {4, 5}
        assert {h.message_id for h in store.search("数据库")} >= {None, 6, 7}
        assert [h.message_id for h in store.search("バックアップ")] == [7]
        assert store.search("zebras") == [], "trashed conversations stay out of search"
        assert [c.id for c in store.list_conversations()] == [1]
        assert [c.id for c in store.list_conversations(archived=True)] == [2]
        # The identity column was backfilled: exports carry a uid, and ids are unique.
        uids = {store.export_json(c) for c in (1, 2, 3)}
        assert len(uids) == 3
    assert integrity(path) == "ok"


def test_upgrade_backs_up_the_old_file_first(tmp_path: Path) -> None:
    path = build_from_sql(FIXTURES / "schema_v1.sql", tmp_path / "data" / "history.sqlite3")
    backups = tmp_path / "elsewhere"
    HistoryStore.open(path, backup_dir=backups).close()
    copies = list(backups.glob("history-v1-before-upgrade-*.sqlite3"))
    assert len(copies) == 1
    assert _version(copies[0]) == 1
    assert integrity(copies[0]) == "ok"
    conn = sqlite3.connect(copies[0])
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 8
    conn.close()
    # Opening an up-to-date file makes no further copy.
    HistoryStore.open(path, backup_dir=backups).close()
    assert len(list(backups.iterdir())) == 1


def test_default_backup_folder_is_beside_the_database(tmp_path: Path) -> None:
    path = build_from_sql(FIXTURES / "schema_v1.sql", tmp_path / "data" / "history.sqlite3")
    HistoryStore.open(path).close()
    assert len(list((path.parent / "backups").glob("*.sqlite3"))) == 1


def test_a_failing_migration_leaves_the_file_at_the_previous_version(tmp_path: Path) -> None:
    path = build_from_sql(FIXTURES / "schema_v1.sql", tmp_path / "history.sqlite3")
    broken = mig.Migration(
        2,
        "m002_broken",
        ("ALTER TABLE conversations ADD COLUMN uid TEXT", "CREATE TABLE conversations (x)"),
    )
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        mig.migrate(conn, backup=lambda v: tmp_path / "unused", steps=(mig.M001_INITIAL, broken))
    columns = [r[1] for r in conn.execute("PRAGMA table_info(conversations)")]
    conn.close()
    assert "uid" not in columns, "the half-applied migration was rolled back"
    assert _version(path) == 1
    with HistoryStore.open(path) as store:  # and the real migration still applies afterwards
        assert store.get_conversation(2) is not None


def test_newer_schema_is_refused_and_the_file_left_byte_identical(db_path: Path) -> None:
    HistoryStore.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = db_path.read_bytes()
    siblings_before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(NewerSchemaError) as info:
        HistoryStore.open(db_path)
    assert (
        info.value.detail
        == f"file schema version {LATEST_VERSION + 5}, this app knows up to {LATEST_VERSION}"
    )
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings_before


def test_a_file_upgraded_by_another_process_is_not_migrated_again(tmp_path: Path) -> None:
    """A second process that opens the file after the first upgraded it finds nothing to do."""
    path = build_from_sql(FIXTURES / "schema_v1.sql", tmp_path / "history.sqlite3")
    first = sqlite3.connect(path, isolation_level=None)
    second = sqlite3.connect(path, isolation_level=None)
    from desktop_chat.store.fts_text import index_text

    for c in (first, second):
        c.create_function("dc_search_text", 1, index_text, deterministic=True)
    assert mig.migrate(first, backup=lambda v: tmp_path / "b") == [
        "m002_search_and_identity",
        "m003_end_reasons_and_drafts",
        "m004_context_and_usage",
        "m005_attachments",
        "m006_tools",
    ]
    assert mig.migrate(second, backup=lambda v: tmp_path / "b") == []
    first.close()
    second.close()
    assert integrity(path) == "ok"


# What each answer of the v2 fixture's "Every ending" chat must read as after the upgrade:
# id → (status, end reason, problem, error kept as the gateway's own words).
_V2_ENDINGS = {
    9: (MessageStatus.COMPLETE, EndReason.NONE, None, None),  # a question has no end reason
    10: (MessageStatus.INTERRUPTED, EndReason.STOPPED, None, None),
    11: (MessageStatus.INTERRUPTED, EndReason.APP_CLOSED, None, None),
    12: (MessageStatus.FAILED, EndReason.APP_ERROR, None, None),
    13: (MessageStatus.INTERRUPTED, EndReason.FAILED, Problem.BROKEN_OFF, None),
    14: (MessageStatus.INTERRUPTED, EndReason.FAILED, Problem.BROKEN_OFF, None),
    15: (MessageStatus.FAILED, EndReason.FAILED, Problem.KEY_REJECTED, None),
    16: (MessageStatus.FAILED, EndReason.FAILED, Problem.RATE_LIMITED, None),
    17: (MessageStatus.FAILED, EndReason.FAILED, Problem.STREAM_FAILED, None),
    18: (
        MessageStatus.FAILED,
        EndReason.FAILED,
        Problem.GATEWAY,
        "upstream_error: provider returned 502 Bad Gateway",
    ),
    19: (MessageStatus.COMPLETE, EndReason.FINISHED, None, None),
    20: (MessageStatus.STREAMING, EndReason.NONE, None, None),
    21: (MessageStatus.INTERRUPTED, EndReason.FAILED, Problem.BROKEN_OFF, None),
}


def test_v2_fixture_upgrades_every_saved_ending_to_an_end_reason(tmp_path: Path) -> None:
    path = build_from_sql(FIXTURES / "schema_v2.sql", tmp_path / "data" / "history.sqlite3")
    assert _version(path) == 2
    with HistoryStore.open(path) as store:
        assert _version(path) == LATEST_VERSION
        got = {}
        for mid in _V2_ENDINGS:
            m = store.get_message(mid)
            assert m is not None, mid
            got[mid] = (m.status, m.end_reason, m.problem, m.error)
        assert got == _V2_ENDINGS
        # Everything else came through as it was.
        assert [m.id for m in store.branch(1)] == [1, 3, 4, 5]
        assert [m.id for m in store.siblings(10)] == list(range(10, 22))
        nineteen = store.get_message(19)
        assert nineteen is not None and (nineteen.content, nineteen.latency_ms) == (
            "A finished answer about endings",
            2500,
        )
        assert {h.message_id for h in store.search("outlook")} == {4}, (
            "the streaming answer is not indexed yet"
        )
        assert {h.message_id for h in store.search("endings")} >= {19}
        assert [h.message_id for h in store.search("バックアップ")] == [7]
        assert store.pending_draft() == "", "the new drafts table starts empty"
        assert store.recover_interrupted() == [5, 20]
        twenty = store.get_message(20)
        assert twenty is not None and (twenty.end_reason, twenty.problem) == (EndReason.APP_CLOSED, None)
        assert {h.message_id for h in store.search("outlook")} == {4, 5}
        with store.transaction() as conn:
            conn.execute("INSERT INTO message_index(message_index, rank) VALUES ('integrity-check', 0)")
    assert integrity(path) == "ok"


def test_v2_upgrade_backs_up_the_v2_file_first(tmp_path: Path) -> None:
    path = build_from_sql(FIXTURES / "schema_v2.sql", tmp_path / "data" / "history.sqlite3")
    HistoryStore.open(path).close()
    [copy] = (path.parent / "backups").glob("history-v2-before-upgrade-*.sqlite3")
    assert _version(copy) == 2 and integrity(copy) == "ok"
    conn = sqlite3.connect(copy)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(messages)")]
        assert (
            conn.execute("SELECT error FROM messages WHERE id = 10").fetchone()[0]
            == "You stopped this answer."
        )
    finally:
        conn.close()
    assert "end_reason" not in columns, "the copy is the file as it was"


def test_a_failing_backfill_rolls_the_whole_migration_back(tmp_path: Path) -> None:
    path = build_from_sql(FIXTURES / "schema_v2.sql", tmp_path / "history.sqlite3")

    def explode(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE messages SET error = 'half done'")
        raise RuntimeError("backfill failed")

    broken = mig.Migration(3, "m003_broken", mig.M003_END_REASONS_AND_DRAFTS.statements, backfill=explode)
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(RuntimeError):
        mig.migrate(conn, backup=lambda v: tmp_path / "unused", steps=(*mig.MIGRATIONS[:2], broken))
    columns = [r[1] for r in conn.execute("PRAGMA table_info(messages)")]
    errors = {r[0] for r in conn.execute("SELECT error FROM messages")}
    conn.close()
    assert "end_reason" not in columns and "half done" not in errors
    assert _version(path) == 2


def test_a_newer_file_is_refused_read_only_and_an_old_one_needs_writing(tmp_path: Path) -> None:
    from desktop_chat.store import UpgradeNeedsWriting

    path = build_from_sql(FIXTURES / "schema_v2.sql", tmp_path / "history.sqlite3")
    before = path.read_bytes()
    with pytest.raises(UpgradeNeedsWriting) as info:
        HistoryStore.open(path, read_only=True)
    assert "schema version 2" in info.value.detail
    assert path.read_bytes() == before


def test_v3_fixture_upgrades_to_per_chat_context_settings_summaries_and_side_usage(tmp_path: Path) -> None:
    """m004: chats keep their data; titles already there count as the person's (a model never
    renames them); no chat has a turn limit; summaries and side usage start empty."""
    path = build_from_sql(FIXTURES / "schema_v3.sql", tmp_path / "data" / "history.sqlite3")
    with HistoryStore.open(path) as store:
        assert _version(path) == LATEST_VERSION
        first = store.get_conversation(1)
        assert first is not None and first.title == "Quarterly report summary"
        assert first.title_source is TitleSource.PERSON
        assert first.keep_turns is None
        assert store.pending_draft() == "a new chat being typed"
        assert [m.id for m in store.branch(1)] == [1, 3, 4, 5]
        assert store.summaries(1) == []
        assert sum(r.prompt_tokens for r in store.usage_between(0, 2**32)) > 0, "old answers' usage counts"
        fresh = store.create_conversation()
        assert fresh.title_source is TitleSource.FIRST_MESSAGE
    backups = list((path.parent / "backups").glob("history-v3-before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    assert integrity(path) == "ok"


def test_v4_fixture_upgrades_to_attachments_with_its_data_and_side_tables_intact(tmp_path: Path) -> None:
    """m005: chats, summaries, side usage and drafts stay; no message has attachments; the file
    is converted to incremental auto-vacuum once, after the upgrade; attachments work at once."""
    from desktop_chat.domain import AttachmentKind, Role
    from desktop_chat.store import NewAttachment

    path = build_from_sql(FIXTURES / "schema_v4.sql", tmp_path / "data" / "history.sqlite3")
    assert _version(path) == 4
    with HistoryStore.open(path) as store:
        assert _version(path) == LATEST_VERSION
        first = store.get_conversation(1)
        assert first is not None and (first.title, first.keep_turns) == ("Quarterly report summary", 3)
        ending = store.get_conversation(4)
        assert ending is not None and ending.title_source is TitleSource.MODEL
        assert [m.id for m in store.branch(1)] == [1, 3, 4, 5]
        assert all(m.attachments == () for m in store.branch(1))
        assert [(s.through_message_id, s.covered) for s in store.summaries(1)] == [(3, 2)]
        assert store.pending_draft() == "a new chat being typed"
        assert store.recover_interrupted() == [5, 20]
        assert {h.message_id for h in store.search("outlook")} == {4, 5}
        assert [h.conversation_id for h in store.search("ending") if h.message_id is None] == [4]
        sha = store.put_blob(b"%PDF-1.7 contract")
        store.add_attachment(4, NewAttachment(AttachmentKind.DOCUMENT, "contract.pdf", "application/pdf",
                                              17, sha, text="indemnity clause"))  # fmt: skip
        assert [h.message_id for h in store.search("indemnity")] == [4]
        assert store.get_message(4).attachments[0].name == "contract.pdf"  # type: ignore[union-attr]
        assert store.add_message(1, parent_id=5, role=Role.USER, content="more").attachments == ()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2, "incremental"
        sums = conn.execute("SELECT count(*) FROM side_usage").fetchone()[0]
    finally:
        conn.close()
    assert sums == 2
    assert len(list((path.parent / "backups").glob("history-v4-before-upgrade-*.sqlite3"))) == 1
    assert integrity(path) == "ok"


def test_v5_fixture_upgrades_to_tools_with_its_attachments_intact(tmp_path: Path) -> None:
    """m006: attachments, their blobs, their search rows and the draft's chip stay; no message has
    tool calls; every chat offers tools; an old answer can take calls and results at once."""
    from desktop_chat.domain import Role, ToolCall, ToolOutcome, ToolResult

    path = build_from_sql(FIXTURES / "schema_v5.sql", tmp_path / "data" / "history.sqlite3")
    assert _version(path) == 5
    with HistoryStore.open(path) as store:
        assert _version(path) == LATEST_VERSION == 6
        assert all(c.tools_enabled for c in (store.get_conversation(i) for i in (1, 2, 3, 4)) if c)
        branch = store.branch(1)
        assert [m.id for m in branch] == [1, 3, 4, 5]
        assert [[a.name for a in m.attachments] for m in branch] == [
            ["revenue-chart.png"], ["revenue-chart.png"], ["forecast.txt"], []
        ]
        assert all(m.tool_calls == () and m.tool_results == () for m in branch)
        one = branch[0].attachments[0]
        assert store.blob(one.sha256) == b"\x89PNG\r\n\x1a\nrevenue chart, not a real picture"
        assert [h.message_id for h in store.search("pipeline")] == [4]
        assert [a.name for a in store.draft_attachments("new_chat")] == ["waiting.png"]
        assert store.recover_interrupted() == [5, 20]
        store.set_tool_calls(3, [ToolCall("call_1", "get_current_time", '{"timezone": "UTC"}')])
        store.add_tool_result(3, ToolResult("call_1", ToolOutcome.DONE, "12:00", server="time"))
        three = store.get_message(3)
        assert three is not None and three.attachments == branch[1].attachments
        assert [r.content for r in three.tool_results] == ["12:00"]
        store.update_settings(2, tools_enabled=False)
        assert store.get_conversation(2).tools_enabled is False  # type: ignore[union-attr]
        store.delete_message(1)  # the picture's two references go: its blob too
        assert not store.has_blob(one.sha256)
        assert store.add_message(1, parent_id=None, role=Role.USER, content="again").tool_calls == ()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM tool_results").fetchone()[0] == 0, "went with message 3"
        assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
    finally:
        conn.close()
    assert len(list((path.parent / "backups").glob("history-v5-before-upgrade-*.sqlite3"))) == 1
    assert integrity(path) == "ok"


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
def test_every_fixture_upgrades_to_the_latest_with_data_and_attachments_working(
    tmp_path: Path, version: int
) -> None:
    from desktop_chat.domain import AttachmentKind, Role
    from desktop_chat.store import NewAttachment

    path = build_from_sql(FIXTURES / f"schema_v{version}.sql", tmp_path / "data" / "history.sqlite3")
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT id, content FROM messages ORDER BY id").fetchall()
    titles = conn.execute("SELECT id, title FROM conversations ORDER BY id").fetchall()
    conn.close()
    with HistoryStore.open(path) as store:
        assert _version(path) == LATEST_VERSION
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("SELECT id, content FROM messages ORDER BY id").fetchall() == before
            assert conn.execute("SELECT id, title FROM conversations ORDER BY id").fetchall() == titles
            assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
        finally:
            conn.close()
        sha = store.put_blob(b"\x89PNG fake")
        new = NewAttachment(AttachmentKind.IMAGE, "shot.png", "image/png", 9, sha)
        msg = store.add_message(1, parent_id=None, role=Role.USER, content="look", attachments=[new])
        assert [a.sha256 for a in msg.attachments] == [sha]
        assert all(c.tools_enabled for c in store.list_conversations())
        from desktop_chat.domain import ToolCall, ToolOutcome, ToolResult

        ans = store.add_message(1, parent_id=msg.id, role=Role.ASSISTANT, content="")
        store.set_tool_calls(ans.id, [ToolCall("c1", "lookup", "{}")])
        store.add_tool_result(ans.id, ToolResult("c1", ToolOutcome.DONE, "found"))
        got = store.get_message(ans.id)
        assert got is not None and [r.content for r in got.tool_results] == ["found"]
        store.delete_message(msg.id)
        assert not store.has_blob(sha)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM tool_results").fetchone()[0] == 0
    finally:
        conn.close()
    assert integrity(path) == "ok"
