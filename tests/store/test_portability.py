"""Export and import: Markdown/HTML/JSON, an exact archive round trip, ChatGPT's export, atomic and
well-explained failures, and no API key anywhere in what we write."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_chat.domain import EndReason, FinishReason, GenerationParams, MessageStatus, Problem, Role, Usage
from desktop_chat.store import DiskFullError, HistoryStore, ImportFailed, ImportProblem, export
from desktop_chat.store.export import DocumentWords

from .conftest import FIXTURES, add_turns, answer


def _populate(store: HistoryStore) -> dict[str, int]:
    params = GenerationParams(temperature=0.4, stop=("###",))
    a = store.create_conversation(model="claude-sonnet-4-5", params=params, system_prompt="Be concise.")
    q = store.add_message(a.id, parent_id=None, role=Role.USER, content="Compare <b>tags</b> & entities")
    w = store.start_answer(a.id, parent_id=q.id, model="claude-sonnet-4-5", params=params)
    w.append(text="First answer.", reasoning="Think about HTML.")
    first = w.finish(
        status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED, finish_reason=FinishReason.STOP,
        usage=Usage(9, 3, 12), latency_ms=900,
    )  # fmt: skip
    second = answer(
        store, a.id, q.id, "Second <img src=x onerror=alert(1)> answer", status=MessageStatus.INTERRUPTED,
        end_reason=EndReason.FAILED, problem=Problem.BROKEN_OFF,
    )  # fmt: skip
    store.set_pinned(a.id, True)
    store.save_draft(a.id, "unsent")
    b = store.create_conversation(title="Archived one")
    add_turns(store, b.id, 2)
    store.set_archived(b.id, True)
    c = store.create_conversation(title="In the trash")
    add_turns(store, c.id, 1)
    store.trash_conversation(c.id)
    return {"a": a.id, "q": q.id, "first": first.id, "second": second.id, "b": b.id, "c": c.id}


def _archive_body(path: Path) -> list[dict]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "desktop-chat-archive" and doc["version"] == 1
    return doc["conversations"]


# The window's words for exported documents live in the UI layer (ui/words/files.py); these are
# the same English, so the documents are tested here without Qt.
ENGLISH = DocumentWords(
    untitled="Untitled chat", exported="Exported from Desktop Chat · started {when}",
    system_prompt="System prompt", reasoning="Reasoning",
    roles={Role.USER: "You", Role.ASSISTANT: "Assistant", Role.SYSTEM: "System"},
    note=lambda m: {MessageStatus.INTERRUPTED: "The answer stopped before it was finished."}.get(m.status, "")
    + (f" {m.error}" if m.error else ""),
    language="en",
)  # fmt: skip


def _document(store: HistoryStore, cid: int, render: Callable[..., str]) -> str:
    conv = store.get_conversation(cid)
    assert conv is not None
    return render(conv, store.branch(cid), ENGLISH)


def test_markdown_shows_the_current_branch(store: HistoryStore) -> None:
    ids = _populate(store)
    md = _document(store, ids["a"], export.markdown)
    assert md.startswith("# Compare <b>tags</b> & entities\n\n*Exported from Desktop Chat · started ")
    assert "Be concise." in md and "## You" in md and "Second <img" in md
    assert "First answer." not in md, "only the branch on screen"
    assert "The answer stopped before it was finished." in md
    store.select_branch(ids["a"], ids["first"])
    md = _document(store, ids["a"], export.markdown)
    assert "## Assistant (claude-sonnet-4-5)" in md and "> Think about HTML." in md
    assert "> **Reasoning**" in md


def test_without_words_a_document_has_no_sentences(store: HistoryStore) -> None:
    """The store writes no sentences of its own: without the UI's words, roles go by wire name."""
    ids = _populate(store)
    md = store.export_markdown(ids["a"])
    assert "## user · " in md and "## assistant (m) · " in md and "**system**" in md
    assert "Exported from" not in md and "stopped" not in md and "You" not in md
    untitled = store.create_conversation()
    assert store.export_markdown(untitled.id) == "#\n"
    assert '<html><head><meta charset="utf-8">' in store.export_html(untitled.id)


def test_html_is_self_contained_and_escaped(store: HistoryStore) -> None:
    ids = _populate(store)
    page = _document(store, ids["a"], export.html_page)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">') and "Content-Security-Policy" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img" not in page
    assert "&lt;b&gt;tags&lt;/b&gt; &amp; entities" in page
    assert '<p class="note">The answer stopped before it was finished.</p>' in page
    for external in ("http://", "https://", "<script", "<link", "url(", "@import"):
        assert external not in page


def test_json_export_keeps_the_whole_tree(store: HistoryStore) -> None:
    ids = _populate(store)
    doc = json.loads(store.export_json(ids["a"]))
    conv = doc["conversation"]
    assert doc["format"] == "desktop-chat-conversation"
    assert [m["parent"] for m in conv["messages"]] == [None, 0, 0]
    assert conv["current_leaf"] == 2 and conv["pinned"] and conv["draft"] == "unsent"
    assert conv["messages"][1]["usage"] == {"prompt": 9, "completion": 3, "total": 12}
    assert conv["messages"][1]["reasoning"] == "Think about HTML."
    assert conv["params"] == {"temperature": 0.4, "stop": ["###"]}


def test_archive_round_trip_is_exact_and_duplicates_are_skipped(tmp_path: Path, store: HistoryStore) -> None:
    _populate(store)
    first = tmp_path / "export" / "all.json"
    assert store.export_archive(first) == 2, "the trash is not exported"
    with HistoryStore.open(tmp_path / "other" / "history.sqlite3") as other:
        report = other.import_archive(first)
        assert (report.imported, report.skipped_duplicates, report.messages) == (2, 0, 7)
        second = tmp_path / "export" / "again.json"
        other.export_archive(second)
        assert _archive_body(second) == _archive_body(first)
        again = other.import_archive(first)
        assert (again.imported, again.skipped_duplicates) == (0, 2)
        pinned = other.list_conversations()[0]
        assert [m.content for m in other.branch(pinned.id)][-1].startswith("Second <img")
        assert len(other.siblings(other.branch(pinned.id)[-1].id)) == 2
        assert other.list_conversations(archived=True)[0].title == "Archived one"
    assert store.import_archive(first).skipped_duplicates == 2, "importing into the source adds nothing"


def test_single_conversation_export_imports_too(tmp_path: Path, store: HistoryStore) -> None:
    ids = _populate(store)
    path = tmp_path / "one.json"
    path.write_text(store.export_json(ids["b"]), encoding="utf-8")
    with HistoryStore.open(tmp_path / "o" / "h.sqlite3") as other:
        assert other.import_archive(path).imported == 1
        assert [c.title for c in other.list_conversations(archived=True)] == ["Archived one"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", ImportProblem.EMPTY),
        (b"  \n ", ImportProblem.EMPTY),
        (b"\xff\xfe\x00garbage", ImportProblem.NOT_UTF8),
        (b"<html>not json</html>", ImportProblem.NOT_JSON),
        (b'{"format": "something-else", "version": 1}', ImportProblem.NOT_A_CHAT_ARCHIVE),
        (b'{"format": "desktop-chat-archive", "version": 99}', ImportProblem.NEWER_FORMAT),
        (b'{"format": "desktop-chat-archive", "conversations": []}', ImportProblem.NEWER_FORMAT),
        (b'{"format": "desktop-chat-archive", "version": 1}', ImportProblem.MISSING_FIELD),
        (b'{"format": "desktop-chat-archive", "version": 1, "conversations": 3}', ImportProblem.NOT_A_LIST),
        (b'[{"format": "desktop-chat-archive"}]', ImportProblem.NOT_AN_OBJECT),
        (b'{"format": "desktop-chat-archive", "version": 1, "conversations": [] } x', ImportProblem.NOT_JSON),
    ],
)
def test_unreadable_files_say_what_is_wrong(
    tmp_path: Path, store: HistoryStore, content: bytes, expected: ImportProblem
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as info:
        store.import_archive(path)
    assert info.value.problem is expected
    assert info.value.where.startswith("bad.json")
    assert store.list_conversations() == []


def test_truncated_or_malformed_archives_change_nothing(tmp_path: Path, store: HistoryStore) -> None:
    _populate(store)
    source = tmp_path / "all.json"
    store.export_archive(source)
    with HistoryStore.open(tmp_path / "target" / "h.sqlite3") as target:
        add_turns(target, target.create_conversation(title="mine").id, 1)
        before = target.export_json(1)
        truncated = tmp_path / "truncated.json"
        raw = source.read_bytes()
        truncated.write_bytes(raw[: len(raw) * 2 // 3])
        with pytest.raises(ImportFailed) as info:
            target.import_archive(truncated)
        assert info.value.problem is ImportProblem.TRUNCATED and "line" in info.value.where
        doc = json.loads(raw)
        doc["conversations"][1]["messages"][2]["role"] = "robot"
        broken = tmp_path / "broken.json"
        broken.write_text(json.dumps(doc), encoding="utf-8")
        with pytest.raises(ImportFailed) as info:
            target.import_archive(broken)
        assert info.value.where == "broken.json: conversations[1].messages[2]"
        assert (info.value.problem, info.value.field) == (ImportProblem.INVALID_VALUE, "role")
        assert "'robot'" in info.value.detail
        doc["conversations"][1]["messages"][2]["role"] = "user"
        doc["conversations"][1]["messages"][3]["parent"] = 7
        broken.write_text(json.dumps(doc), encoding="utf-8")
        with pytest.raises(ImportFailed) as info:
            target.import_archive(broken)
        assert (info.value.problem, info.value.field) == (ImportProblem.BAD_REFERENCE, "parent")
        assert info.value.where == "broken.json: conversations[1].messages[3]"
        assert [c.title for c in target.list_conversations()] == ["mine"]
        assert target.export_json(1) == before


def test_import_failing_half_way_rolls_back_everything(tmp_path: Path, store: HistoryStore) -> None:
    """Disk full during the insert (simulated with max_page_count): nothing of the file stays."""
    conv = store.create_conversation(title="big")
    for i in range(30):
        store.add_message(conv.id, parent_id=None, role=Role.USER, content=f"{i} " + "lorem ipsum " * 2000)
    source = tmp_path / "big.json"
    store.export_archive(source)
    with HistoryStore.open(tmp_path / "t" / "h.sqlite3") as target:
        conn = target._db.connection
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0] + 40}")
        with pytest.raises(DiskFullError):
            target.import_archive(source)
        assert target.list_conversations() == []
        assert target.search("lorem") == []


def test_chatgpt_export_becomes_branches(store: HistoryStore) -> None:
    report = store.import_chatgpt(FIXTURES / "chatgpt_conversations.json")
    assert (report.imported, report.skipped_duplicates, report.messages) == (2, 0, 6)
    trip = next(c for c in store.list_conversations() if c.title == "Trip to Lisbon")
    shown = store.branch(trip.id)
    assert [m.content for m in shown] == [
        "Plan a 3-day trip to Lisbon with kids",
        "Day 1: Oceanário. Day 2: tram 28. Day 3: Sintra palaces.",
    ]
    answer_msg = shown[-1]
    assert answer_msg.reasoning == "Families like the Oceanário."
    assert (answer_msg.model, answer_msg.finish_reason) == ("o3", FinishReason.LENGTH)
    assert answer_msg.created_at == 1710000040.5
    assert [m.content for m in store.siblings(shown[0].id)] == [
        "Plan a 3-day trip to Lisbon",
        "Plan a 3-day trip to Lisbon with kids",
    ]
    older = store.branch(trip.id, store.siblings(shown[0].id)[0].id + 1)
    assert older[-1].content.startswith("Day 1: Alfama") and older[-1].model == "gpt-4o"
    assert "print(2+2)" not in store.export_json(trip.id), "tool calls are left out"
    picture = next(c for c in store.list_conversations() if c.title == "图片识别")
    assert store.branch(picture.id)[0].content == "[image]\n这张图片里是什么？"
    assert [h.conversation_id for h in store.search("窗台")] == [picture.id]
    assert store.import_chatgpt(FIXTURES / "chatgpt_conversations.json").skipped_duplicates == 2


def test_chatgpt_zip_export_is_read_directly(tmp_path: Path, store: HistoryStore) -> None:
    archive = tmp_path / "chatgpt-export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(FIXTURES / "chatgpt_conversations.json", "conversations.json")
        zf.writestr("chat.html", "<html></html>")
    assert store.import_chatgpt(archive).imported == 2


def test_malformed_chatgpt_export_names_the_node(tmp_path: Path, store: HistoryStore) -> None:
    data = json.loads((FIXTURES / "chatgpt_conversations.json").read_text(encoding="utf-8"))
    data[1]["mapping"]["a"]["parent"] = "missing-node"
    bad = tmp_path / "conversations.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        store.import_chatgpt(bad)
    assert info.value.where == "conversations.json: conversation 2 ('图片识别'): node 'a'"
    assert (info.value.problem, info.value.field) == (ImportProblem.BAD_REFERENCE, "parent")
    assert "'missing-node'" in info.value.detail
    assert store.list_conversations() == [], "the valid first conversation was not imported either"
    bad.write_text('{"not": "a list"}', encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        store.import_chatgpt(bad)
    assert info.value.problem is ImportProblem.NOT_A_CHATGPT_EXPORT


def test_the_api_key_is_never_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_path: Path) -> None:
    key = "sk-" + "live-Zq8u2TestKeyNeverStored0123456789"  # split so secret scanners see no key
    monkeypatch.setenv("DESKTOP_CHAT_API_KEY", key)
    with HistoryStore.open(db_path) as store:
        ids = _populate(store)
        conv = store.create_conversation(title="failing")
        q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="hello")
        w = store.start_answer(conv.id, parent_id=q.id, model="m", params=GenerationParams())
        w.append("partial")
        w.finish(
            status=MessageStatus.FAILED, end_reason=EndReason.FAILED, problem=Problem.KEY_REJECTED,
            error=f"401 Unauthorized (Authorization: Bearer {key}) request with api_key={key} failed",
        )  # fmt: skip
        out = tmp_path / "out"
        out.mkdir()
        (out / "a.md").write_text(_document(store, conv.id, export.markdown), encoding="utf-8")
        (out / "a.html").write_text(_document(store, conv.id, export.html_page), encoding="utf-8")
        assert "401 Unauthorized" in (out / "a.md").read_text(encoding="utf-8"), "the note has the error"
        (out / "a.json").write_text(store.export_json(conv.id), encoding="utf-8")
        store.export_archive(out / "all.json")
        store.backup_to(out / "backup.sqlite3")
        assert store.get_message(w.message_id).error.startswith("401 Unauthorized")  # type: ignore[union-attr]
        assert ids
        conn = sqlite3.connect(db_path)
        conn.execute("PRAGMA wal_checkpoint(FULL)")
        conn.close()
    files = [p for p in [*db_path.parent.rglob("*"), *out.rglob("*")] if p.is_file()]
    assert len(files) >= 6
    for path in files:
        data = path.read_bytes()
        assert key.encode() not in data, f"API key found in {path}"
        assert key[8:].encode() not in data, f"part of the API key found in {path}"
