"""Attachments in the history: content-addressed blobs, messages and drafts carrying them, their
space freed by every delete path, orphans collected, the file shrinking, search and exports."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from desktop_chat.domain import AttachmentKind, EndReason, GenerationParams, MessageStatus, Role
from desktop_chat.store import BlobMissing, HistoryStore, ImportFailed, ImportProblem, NewAttachment
from desktop_chat.store import attachments as rows
from desktop_chat.store.drafts import NEW_CHAT

from .conftest import integrity


def _image(store: HistoryStore, data: bytes, name: str = "shot.png") -> NewAttachment:
    sha = store.put_blob(data)
    return NewAttachment(AttachmentKind.IMAGE, name, "image/png", len(data), sha, width=40, height=30)


def _document(store: HistoryStore, data: bytes, text: str, name: str = "notes.txt") -> NewAttachment:
    sha = store.put_blob(data)
    return NewAttachment(AttachmentKind.DOCUMENT, name, "text/plain", len(data), sha, text=text, pages=1)


def _blob_rows(store: HistoryStore) -> int:
    with store._db.read() as conn:
        return rows.blob_count(conn)


def _chat_with_image(store: HistoryStore, data: bytes) -> tuple[int, int]:
    conv = store.create_conversation()
    msg = store.add_message(
        conv.id, parent_id=None, role=Role.USER, content="see", attachments=[_image(store, data)]
    )
    return conv.id, msg.id


# --- blobs and dedup ----------------------------------------------------------------------------


def test_the_same_bytes_are_stored_once_across_pastes_and_chats(store: HistoryStore) -> None:
    data = os.urandom(10_000)
    first = store.put_blob(data)
    assert first == hashlib.sha256(data).hexdigest()
    assert store.put_blob(data) == first, "a no-op the second time"
    a, _ = _chat_with_image(store, data)
    b, _ = _chat_with_image(store, data)
    assert a != b
    assert _blob_rows(store) == 1
    assert store.blob(first) == data and store.has_blob(first)
    assert store.blob("0" * 64) is None and not store.has_blob("0" * 64)
    assert store.attachment_bytes_in_use() == 10_000, "counted once"


def test_every_message_read_carries_its_attachments_in_order(store: HistoryStore) -> None:
    conv = store.create_conversation()
    doc = _document(store, b"hello world", "hello world text")
    img = _image(store, b"png-bytes")
    q = store.add_message(
        conv.id, parent_id=None, role=Role.USER, content="two files", attachments=[doc, img]
    )
    assert [a.name for a in q.attachments] == ["notes.txt", "shot.png"]
    assert q.attachments[0].text == "hello world text" and q.attachments[0].pages == 1
    assert (q.attachments[1].width, q.attachments[1].height) == (40, 30)
    plain = store.add_message(conv.id, parent_id=q.id, role=Role.ASSISTANT, content="ok")
    assert plain.attachments == ()
    for got in (
        store.get_message(q.id),
        store.branch(conv.id)[0],
        store.branch_tail(conv.id, 5)[0],
        store.branch_with_siblings(conv.id)[0].message,
        store.siblings(q.id)[0],
    ):
        assert got is not None and got.attachments == q.attachments
    assert store.branch(conv.id)[1].attachments == ()


def test_a_message_naming_a_missing_blob_is_not_saved(store: HistoryStore) -> None:
    conv = store.create_conversation()
    ghost = NewAttachment(AttachmentKind.IMAGE, "x.png", "image/png", 3, "f" * 64)
    with pytest.raises(BlobMissing) as caught:
        store.add_message(conv.id, parent_id=None, role=Role.USER, content="q", attachments=[ghost])
    assert isinstance(caught.value, LookupError) and caught.value.sha256 == "f" * 64
    assert store.branch(conv.id) == []
    with pytest.raises(BlobMissing):
        store.add_draft_attachment(NEW_CHAT, ghost)
    sha = store.put_blob(b"real")
    scan = NewAttachment(AttachmentKind.DOCUMENT, "s.pdf", "application/pdf", 4, sha, scanned=True,
                         page_images=("e" * 64,))  # fmt: skip
    with pytest.raises(BlobMissing):
        store.add_draft_attachment(NEW_CHAT, scan)


def test_an_answers_image_is_added_as_it_arrives_and_the_final_message_has_it(store: HistoryStore) -> None:
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="draw a cat")
    writer = store.start_answer(conv.id, parent_id=q.id, model="img", params=GenerationParams())
    writer.append("Here it is")
    added = store.add_attachment(writer.message_id, _image(store, b"cat-png", "image-1.png"))
    assert added.name == "image-1.png" and added.id > 0
    second = store.add_attachment(writer.message_id, _image(store, b"cat-2", "image-2.png"))
    final = writer.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED)
    assert [a.id for a in final.attachments] == [added.id, second.id]
    with pytest.raises(LookupError):
        store.add_attachment(999_999, _image(store, b"x"))


# --- drafts -------------------------------------------------------------------------------------


def test_draft_chips_are_kept_per_slot_and_move_with_the_new_chat(store: HistoryStore, db_path: Path) -> None:
    a = store.add_draft_attachment(NEW_CHAT, _image(store, b"one", "one.png"))
    b = store.add_draft_attachment(NEW_CHAT, _document(store, b"two", "two", "two.txt"))
    assert [x.id for x in store.draft_attachments(NEW_CHAT)] == [a.id, b.id]
    conv = store.create_conversation()
    slot = str(conv.id)
    store.add_draft_attachment(slot, _image(store, b"zero", "zero.png"))
    store.move_draft_attachments(NEW_CHAT, slot)
    assert store.draft_attachments(NEW_CHAT) == []
    assert [x.name for x in store.draft_attachments(slot)] == ["zero.png", "one.png", "two.txt"]
    store.close()
    with HistoryStore.open(db_path) as again:
        assert [x.name for x in again.draft_attachments(slot)] == ["zero.png", "one.png", "two.txt"]
        assert again.search("two") == [], "drafts are not searched"


def test_removing_a_chip_frees_its_blob_unless_a_message_still_names_it(store: HistoryStore) -> None:
    shared = b"shared screenshot"
    _chat_with_image(store, shared)
    chip = store.add_draft_attachment(NEW_CHAT, _image(store, shared))
    own = store.add_draft_attachment(NEW_CHAT, _image(store, b"only in the draft"))
    assert _blob_rows(store) == 2
    store.remove_draft_attachment(own.id)
    assert not store.has_blob(own.sha256)
    store.remove_draft_attachment(chip.id)
    assert store.has_blob(chip.sha256), "the sent message still shows it"
    store.remove_draft_attachment(chip.id)  # gone already: nothing happens
    store.add_draft_attachment("7", _image(store, b"a"))
    store.add_draft_attachment("7", _image(store, b"b"))
    store.clear_draft_attachments("7")
    assert store.draft_attachments("7") == [] and _blob_rows(store) == 1


# --- space freed by every delete path -------------------------------------------------------------


def test_deleting_a_subtree_frees_blobs_only_its_messages_named(store: HistoryStore) -> None:
    conv = store.create_conversation()
    keep = store.add_message(conv.id, parent_id=None, role=Role.USER, content="root",
                             attachments=[_image(store, b"root image")])  # fmt: skip
    child = store.add_message(conv.id, parent_id=keep.id, role=Role.ASSISTANT, content="child",
                              attachments=[_image(store, b"child image"),
                                           _image(store, b"root image")])  # fmt: skip
    store.add_message(conv.id, parent_id=child.id, role=Role.USER, content="grandchild",
                      attachments=[_image(store, b"grandchild image")])  # fmt: skip
    assert _blob_rows(store) == 3
    store.delete_message(child.id)
    assert _blob_rows(store) == 1
    assert store.has_blob(keep.attachments[0].sha256)
    assert store.get_message(keep.id).attachments == keep.attachments  # type: ignore[union-attr]


def test_emptying_the_trash_frees_the_chats_blobs_and_its_draft_chips(store: HistoryStore) -> None:
    cid, _ = _chat_with_image(store, b"in the chat")
    store.add_draft_attachment(str(cid), _image(store, b"in its draft"))
    other, _ = _chat_with_image(store, b"elsewhere")
    store.trash_conversation(cid)
    assert _blob_rows(store) == 3, "the trash keeps everything until emptied"
    assert store.purge_trash() == 1
    assert _blob_rows(store) == 1
    assert store.draft_attachments(str(cid)) == []
    assert len(store.branch(other)[0].attachments) == 1


def test_foreign_key_cascades_fire_the_blob_triggers(store: HistoryStore) -> None:
    """SQLite runs the attachments' AFTER DELETE trigger for rows removed by an ON DELETE CASCADE,
    from a message and from a conversation (its messages, then their attachments)."""
    cid, mid = _chat_with_image(store, b"cascade one")
    with store.transaction() as conn:
        conn.execute("DELETE FROM messages WHERE id = ?", (mid,))
    assert _blob_rows(store) == 0
    cid, _ = _chat_with_image(store, b"cascade two")
    with store.transaction() as conn:
        conn.execute("UPDATE conversations SET current_leaf_id = NULL WHERE id = ?", (cid,))
        conn.execute("DELETE FROM conversations WHERE id = ?", (cid,))
        assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert _blob_rows(store) == 0


def test_a_blob_named_only_as_a_scans_page_lives_as_long_as_that_attachment(store: HistoryStore) -> None:
    conv = store.create_conversation()
    pdf = store.put_blob(b"%PDF scan")
    page = store.put_blob(b"page 1 as png")
    scan = NewAttachment(AttachmentKind.DOCUMENT, "scan.pdf", "application/pdf", 9, pdf, scanned=True,
                         page_images=(page,))  # fmt: skip
    msg = store.add_message(conv.id, parent_id=None, role=Role.USER, content="", attachments=[scan])
    assert msg.attachments[0].page_images == (page,) and msg.attachments[0].scanned
    with store._db.read() as conn:
        assert rows.collect_orphans(conn, put_before=time.time() + 10) == 0
    store.delete_message(msg.id)
    assert _blob_rows(store) == 0


def test_orphan_blobs_older_than_an_hour_are_collected_at_open(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        old = store.put_blob(b"put, then the app crashed")
        fresh = store.put_blob(b"put a moment ago")
        cid, _ = _chat_with_image(store, b"named, and old")
        with store.transaction() as conn:
            assert [r[0] for r in conn.execute("SELECT sha256 FROM unnamed_blobs ORDER BY created_at")] == [
                old, fresh,
            ], "only blobs never named are candidates"  # fmt: skip
            for table in ("blobs", "unnamed_blobs"):
                conn.execute(f"UPDATE {table} SET created_at = created_at - 7200 WHERE sha256 <> ?", (fresh,))
    with HistoryStore.open(db_path) as store:
        assert not store.has_blob(old)
        assert store.has_blob(fresh), "perhaps about to be named"
        assert len(store.branch(cid)[0].attachments) == 1
        assert store.has_blob(store.branch(cid)[0].attachments[0].sha256)


def _file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def test_the_file_shrinks_when_a_chat_with_5_mb_is_deleted_for_good(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        _chat_with_image(store, b"small")
        with store._db.read() as conn:
            assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2, "incremental from the start"
    base = db_path.stat().st_size
    with HistoryStore.open(db_path) as store:
        cid, _ = _chat_with_image(store, os.urandom(5 * 1024 * 1024))
    grown = db_path.stat().st_size
    assert grown > base + 5 * 1024 * 1024
    with HistoryStore.open(db_path) as store:
        store.trash_conversation(cid)
        store.purge_trash()
        with store._db.read() as conn:
            assert conn.execute("PRAGMA freelist_count").fetchone()[0] < 64
        assert _file_size(db_path) < grown + 6 * 1024 * 1024  # the WAL may still hold pages
    assert db_path.stat().st_size < base + 512 * 1024, (base, grown, db_path.stat().st_size)
    assert integrity(db_path) == "ok"


def test_an_old_file_is_converted_to_incremental_vacuum_once(tmp_path: Path) -> None:
    from .conftest import FIXTURES, build_from_sql

    path = build_from_sql(FIXTURES / "schema_v4.sql", tmp_path / "history.sqlite3")
    with HistoryStore.open(path) as store:
        cid, _ = _chat_with_image(store, os.urandom(2 * 1024 * 1024))
    grown = path.stat().st_size
    with HistoryStore.open(path) as store:
        store.trash_conversation(cid)
        store.purge_trash()
    assert path.stat().st_size < grown - 1024 * 1024


# --- search -------------------------------------------------------------------------------------


def test_search_finds_attachment_names_and_document_text_as_hits_on_their_message(
    store: HistoryStore,
) -> None:
    conv = store.create_conversation(title="Legal")
    doc = _document(store, b"c", "The indemnity clause caps liability at two million.", "contract-final.pdf")
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="please check", attachments=[doc])
    img = _image(store, b"w", "whiteboard-photo.png")
    a = store.add_message(conv.id, parent_id=q.id, role=Role.ASSISTANT, content="done", attachments=[img])
    hits = store.search("indemnity")
    assert [(h.conversation_id, h.message_id, h.role) for h in hits] == [(conv.id, q.id, Role.USER)]
    assert "<b>indemnity</b>" in hits[0].snippet_html.lower()
    assert [h.message_id for h in store.search("whiteboard")] == [a.id]
    assert "<b>" in store.search("whiteboard")[0].snippet_html
    both = store.add_message(conv.id, parent_id=a.id, role=Role.USER, content="liability again",
                             attachments=[_document(store, b"d", "liability", "liability.txt")])  # fmt: skip
    found = [h.message_id for h in store.search("liability")]
    assert len(found) == 2 and set(found) == {q.id, both.id}, "one hit per message"
    store.trash_conversation(conv.id)
    assert store.search("indemnity") == []
    store.restore_conversation(conv.id)
    store.delete_message(q.id)
    assert store.search("indemnity") == [] and store.search("whiteboard") == []


# --- export / import ----------------------------------------------------------------------------


def _rich_history(store: HistoryStore) -> int:
    conv = store.create_conversation(title="With files")
    shot = os.urandom(3000)
    q = store.add_message(
        conv.id, parent_id=None, role=Role.USER, content="look",
        attachments=[_image(store, shot), _document(store, b"doc bytes", "doc text", "a.txt")],
    )  # fmt: skip
    sent = store.put_blob(b"scaled")
    page = store.put_blob(b"page")
    pdf = store.put_blob(b"pdf")
    store.add_message(
        conv.id, parent_id=q.id, role=Role.ASSISTANT, content="seen",
        attachments=[
            NewAttachment(AttachmentKind.IMAGE, "again.png", "image/png", 3000,
                          hashlib.sha256(shot).hexdigest(),
                          sent_sha256=sent, width=10, height=20),
            NewAttachment(AttachmentKind.DOCUMENT, "scan.pdf", "application/pdf", 3, pdf, pages=1,
                          left_out=5, scanned=True, page_images=(page,)),
        ],
    )  # fmt: skip
    return conv.id


def _strip_ids(store: HistoryStore, cid: int) -> list[list[object]]:
    """Each message's attachments without their row ids (an import gives new ones)."""
    import dataclasses

    return [[dataclasses.replace(a, id=0) for a in m.attachments] for m in store.branch(cid)]


def test_an_archive_round_trips_attachments_and_their_bytes_exactly(
    store: HistoryStore, tmp_path: Path
) -> None:
    cid = _rich_history(store)
    archive = tmp_path / "archive.json"
    assert store.export_archive(archive) == 1
    doc = json.loads(archive.read_text(encoding="utf-8"))
    conv_doc = doc["conversations"][0]
    assert len(conv_doc["blobs"]) == 5, "each blob once per conversation"
    assert "attachments" in conv_doc["messages"][0]
    with HistoryStore.open(tmp_path / "fresh" / "history.sqlite3") as fresh:
        report = fresh.import_archive(archive)
        assert report.imported == 1
        new_cid = fresh.list_conversations()[0].id
        assert _strip_ids(fresh, new_cid) == _strip_ids(store, cid)
        for m in fresh.branch(new_cid):
            for a in m.attachments:
                for sha in (a.sha256, a.sent_sha256, *a.page_images):
                    if sha:
                        assert fresh.blob(sha) == store.blob(sha)
        assert [h.message_id is not None for h in fresh.search("doc")] == [True]
        fresh.delete_message(fresh.branch(new_cid)[0].id)
        assert fresh.attachment_bytes_in_use() == 0, "the undo path and deletes free imported blobs"


def test_import_dedups_blobs_already_in_the_history(store: HistoryStore, tmp_path: Path) -> None:
    cid = _rich_history(store)
    single = tmp_path / "one.json"
    single.write_text(store.export_json(cid), encoding="utf-8")
    before = _blob_rows(store)
    store.trash_conversation(cid)  # the same uid would be skipped; import a copy under a new uid
    data = json.loads(single.read_text(encoding="utf-8"))
    data["conversation"]["uid"] = "0" * 32
    single.write_text(json.dumps(data), encoding="utf-8")
    assert store.import_archive(single).imported == 1
    assert _blob_rows(store) == before


def _archive_with(tmp_path: Path, blobs: dict[str, str], attachments: list[dict[str, object]]) -> Path:
    conv = {
        "uid": "ab" * 16, "title": "t", "created_at": 1.0, "updated_at": 1.0,
        "messages": [
            {"parent": None, "role": "user", "content": "x", "created_at": 1.0, "attachments": attachments}
        ],
        "blobs": blobs,
    }  # fmt: skip
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "desktop-chat-archive", "version": 1, "conversations": [conv]}))
    return path


def _attachment(sha: str) -> dict[str, object]:
    return {"kind": "image", "name": "x.png", "mime": "image/png", "size": 3, "sha256": sha}


def test_an_archive_blob_whose_bytes_do_not_match_its_hash_is_refused(
    store: HistoryStore, tmp_path: Path
) -> None:
    sha = hashlib.sha256(b"abc").hexdigest()
    bad = _archive_with(tmp_path, {sha: base64.b64encode(b"abd").decode()}, [_attachment(sha)])
    with pytest.raises(ImportFailed) as caught:
        store.import_archive(bad)
    assert caught.value.problem is ImportProblem.INVALID_VALUE and caught.value.field == f"blobs.{sha}"
    assert store.list_conversations() == [] and _blob_rows(store) == 0
    missing = _archive_with(tmp_path, {}, [_attachment(sha)])
    with pytest.raises(ImportFailed) as caught:
        store.import_archive(missing)
    assert caught.value.problem is ImportProblem.BAD_REFERENCE
    not_b64 = _archive_with(tmp_path, {sha: "***"}, [_attachment(sha)])
    with pytest.raises(ImportFailed) as caught:
        store.import_archive(not_b64)
    assert caught.value.problem is ImportProblem.INVALID_VALUE


def test_an_archive_blob_over_the_limit_is_refused_before_decoding(
    store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_chat.store import portable

    monkeypatch.setattr(portable, "_MAX_BLOB_CHARS", 8)
    data = b"0123456789"
    sha = hashlib.sha256(data).hexdigest()
    with pytest.raises(ImportFailed) as caught:
        store.import_archive(
            _archive_with(tmp_path, {sha: base64.b64encode(data).decode()}, [_attachment(sha)])
        )
    assert caught.value.problem is ImportProblem.TOO_BIG
    assert portable.MAX_BLOB_BYTES == 60 * 1024 * 1024


def test_a_failed_import_leaves_no_blob_behind(store: HistoryStore, tmp_path: Path) -> None:
    data = b"good bytes"
    sha = hashlib.sha256(data).hexdigest()
    good = {
        "uid": "cd" * 16, "title": "ok", "created_at": 1.0, "updated_at": 1.0,
        "messages": [{"parent": None, "role": "user", "content": "x", "created_at": 1.0,
                      "attachments": [_attachment(sha)]}],
        "blobs": {sha: base64.b64encode(data).decode()},
    }  # fmt: skip
    broken = {"uid": "ef" * 16, "title": "broken", "created_at": 1.0}  # no messages
    path = tmp_path / "half.json"
    path.write_text(
        json.dumps({"format": "desktop-chat-archive", "version": 1, "conversations": [good, broken]})
    )
    with pytest.raises(ImportFailed):
        store.import_archive(path)
    assert store.list_conversations() == [] and _blob_rows(store) == 0


def test_markdown_names_attachments_and_html_embeds_images_as_data_urls(store: HistoryStore) -> None:
    from desktop_chat.store.export import DocumentWords

    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 20
    conv = store.create_conversation(title="Pictures")
    store.add_message(
        conv.id, parent_id=None, role=Role.USER, content="here",
        attachments=[_image(store, png, "cat_1.png"), _document(store, b"d", "text", "<b>report</b>.txt")],
    )  # fmt: skip
    md = store.export_markdown(conv.id, DocumentWords(attachments="Files"))
    assert "**Files**" in md and "- cat\\_1.png (image/png)" in md and "\\<b\\>report\\</b\\>.txt" in md
    page = store.export_html(conv.id)
    assert f'src="data:image/png;base64,{base64.b64encode(png).decode()}"' in page
    assert "&lt;b&gt;report&lt;/b&gt;.txt" in page and "<b>report</b>" not in page
    assert "img-src data:" in page and "file:" not in page and "http" not in page.split("<body>")[1]


# --- the store's other connections ----------------------------------------------------------------


def test_read_only_store_reads_attachments(db_path: Path) -> None:
    with HistoryStore.open(db_path) as store:
        cid, _ = _chat_with_image(store, b"kept")
    with HistoryStore.open(db_path, read_only=True) as ro:
        sha = ro.branch(cid)[0].attachments[0].sha256
        assert ro.blob(sha) == b"kept"
    assert integrity(db_path) == "ok"


def test_a_backup_carries_the_blobs(store: HistoryStore, tmp_path: Path) -> None:
    _chat_with_image(store, b"backed up")
    copy = tmp_path / "copy.sqlite3"
    store.backup_to(copy)
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT data FROM blobs").fetchone()[0] == b"backed up"
    finally:
        conn.close()
