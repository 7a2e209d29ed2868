"""Tool calls and their results in the history: stored, read back on every read path, in call
order, gone with their message, kept across kill -9, per-chat tools_enabled, carried by archives
exactly, refused with a path when malformed, shown by the Markdown and HTML exports."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_chat.domain import (
    EndReason,
    FinishReason,
    GenerationParams,
    Message,
    MessageStatus,
    Role,
    ToolCall,
    ToolOutcome,
    ToolResult,
)
from desktop_chat.store import HistoryStore, ImportFailed, ImportProblem, export
from desktop_chat.store.export import DocumentWords

from .conftest import add_turns, integrity

TIME = ToolCall("call_a", "time_get_current_time", '{"timezone": "Europe/Paris"}')
FILES = ToolCall("call_b", "files_read", '{"path": "notes.txt"}')
BROKEN = ToolCall("call_c", "files_read", '{"path": ')  # malformed, kept as written
DONE_A = ToolResult("call_a", ToolOutcome.DONE, "2025-03-01T12:00:00+01:00", server="time",
                    tool="get_current_time", duration_ms=200)  # fmt: skip
FAILED_B = ToolResult("call_b", ToolOutcome.FAILED, "no such file", server="files", tool="read",
                      duration_ms=35, is_error=True)  # fmt: skip
MALFORMED_C = ToolResult("call_c", ToolOutcome.MALFORMED, "arguments are not a JSON object")


def _tool_chat(store: HistoryStore) -> tuple[int, Message, Message, Message]:
    """A question, an answer that called three tools (results saved out of order), then the
    model's next words as a child of that answer."""
    conv = store.create_conversation(model="m")
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="What time is it in Paris?")
    writer = store.start_answer(conv.id, parent_id=q.id, model="m", params=GenerationParams())
    writer.append("Let me check.")
    store.set_tool_calls(writer.message_id, [TIME, FILES, BROKEN])
    store.add_tool_result(writer.message_id, FAILED_B)
    store.add_tool_result(writer.message_id, MALFORMED_C)
    store.add_tool_result(writer.message_id, DONE_A)
    called = writer.finish(
        status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED, finish_reason=FinishReason.TOOL_CALLS
    )
    after = store.add_message(conv.id, parent_id=called.id, role=Role.ASSISTANT, content="It is noon.")
    return conv.id, q, called, after


def _has_tools(m: Message) -> bool:
    return m.tool_calls == (TIME, FILES, BROKEN) and m.tool_results == (DONE_A, FAILED_B, MALFORMED_C)


def test_calls_and_results_come_back_on_every_read_path(store: HistoryStore) -> None:
    cid, q, called, after = _tool_chat(store)
    assert _has_tools(called), "the writer's final message carries them"
    assert (after.tool_calls, after.tool_results, after.role) == ((), (), Role.ASSISTANT)
    got = store.get_message(called.id)
    assert got is not None and _has_tools(got)
    assert [_has_tools(m) for m in store.branch(cid)] == [False, True, False]
    assert [_has_tools(m) for m in store.branch_tail(cid, 2)] == [True, False]
    assert [_has_tools(b.message) for b in store.branch_with_siblings(cid)] == [False, True, False]
    assert [_has_tools(m) for m in store.siblings(called.id)] == [True]
    assert store.get_message(q.id).tool_calls == ()  # type: ignore[union-attr]
    doc = json.loads(store.export_json(cid))  # every message of the tree (messages.all_in)
    assert [len(m.get("tool_calls", [])) for m in doc["conversation"]["messages"]] == [0, 3, 0]


def test_no_stored_message_has_the_tool_role(store: HistoryStore) -> None:
    import sqlite3

    _tool_chat(store)
    with store.transaction() as conn:
        assert {r[0] for r in conn.execute("SELECT role FROM messages")} == {"user", "assistant"}
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute(
            "INSERT INTO messages(conversation_id, role, created_at, updated_at) VALUES (1, 'tool', 0, 0)"
        )


def test_a_chat_without_tools_reads_no_tool_results(store: HistoryStore) -> None:
    """The calls come with the row: without any, no query about results is made at all."""
    conv = store.create_conversation()
    add_turns(store, conv.id, 3)
    statements: list[str] = []
    conn = store._db.connection
    conn.set_trace_callback(statements.append)
    try:
        store.branch_with_siblings(conv.id)
        store.get_message(2)
    finally:
        conn.set_trace_callback(None)
    assert not [s for s in statements if "tool_results" in s], statements


def test_a_chat_with_tools_reads_its_results_in_one_query(store: HistoryStore) -> None:
    cid, *_ = _tool_chat(store)
    statements: list[str] = []
    conn = store._db.connection
    conn.set_trace_callback(statements.append)
    try:
        store.branch_with_siblings(cid)
    finally:
        conn.set_trace_callback(None)
    assert len([s for s in statements if "FROM tool_results" in s]) == 1, statements


def test_a_second_result_for_a_call_replaces_the_first(store: HistoryStore) -> None:
    _, _, called, _ = _tool_chat(store)
    retried = ToolResult("call_b", ToolOutcome.DONE, "the notes", server="files", tool="read", duration_ms=9)
    store.add_tool_result(called.id, retried)
    got = store.get_message(called.id)
    assert got is not None and got.tool_results == (DONE_A, retried, MALFORMED_C)


def test_calls_set_again_replace_the_old_ones_and_keep_matching_results(store: HistoryStore) -> None:
    _, _, called, _ = _tool_chat(store)
    store.set_tool_calls(called.id, [BROKEN, TIME])  # FILES dropped, the rest reordered
    got = store.get_message(called.id)
    assert got is not None
    assert got.tool_calls == (BROKEN, TIME)
    assert got.tool_results == (MALFORMED_C, DONE_A)
    store.set_tool_calls(called.id, [])
    got = store.get_message(called.id)
    assert got is not None and (got.tool_calls, got.tool_results) == ((), ())


def test_wrong_calls_and_results_are_refused(store: HistoryStore) -> None:
    _, q, called, _ = _tool_chat(store)
    with pytest.raises(ValueError, match="not an answer"):
        store.set_tool_calls(q.id, [TIME])
    with pytest.raises(ValueError, match="two tool calls"):
        store.set_tool_calls(called.id, [TIME, TIME])
    with pytest.raises(ValueError, match="without an id"):
        store.set_tool_calls(called.id, [ToolCall("", "x", "{}")])
    with pytest.raises(ValueError, match="no tool call"):
        store.add_tool_result(called.id, ToolResult("call_zzz", ToolOutcome.DONE, "?"))
    with pytest.raises(ValueError, match="no tool call"):
        store.add_tool_result(q.id, ToolResult("call_a", ToolOutcome.DONE, "?"))
    with pytest.raises(LookupError):
        store.set_tool_calls(9999, [TIME])
    with pytest.raises(LookupError):
        store.add_tool_result(9999, DONE_A)
    got = store.get_message(called.id)
    assert got is not None and _has_tools(got), "nothing changed"


def test_a_huge_result_is_stored_whole(store: HistoryStore) -> None:
    _, _, called, _ = _tool_chat(store)
    huge = "".join(f"line {i:06d} ✓\n" for i in range(10_000))  # 140,000 characters
    store.add_tool_result(called.id, ToolResult("call_a", ToolOutcome.DONE, huge, server="time"))
    got = store.get_message(called.id)
    assert got is not None and got.tool_results[0].content == huge


def test_results_go_with_their_message_and_their_chat(store: HistoryStore, db_path: Path) -> None:
    import sqlite3

    def count() -> int:
        conn = sqlite3.connect(db_path)
        try:
            return int(conn.execute("SELECT count(*) FROM tool_results").fetchone()[0])
        finally:
            conn.close()

    cid, q, _, _ = _tool_chat(store)
    other, _, _, _ = _tool_chat(store)
    assert count() == 6
    store.delete_message(q.id)  # the question's subtree: the answer that called, and the next words
    assert count() == 3
    assert store.branch(cid) == []
    store.trash_conversation(other)
    store.purge_trash()
    assert count() == 0
    assert integrity(db_path) == "ok"


def test_tool_results_are_not_searched(store: HistoryStore) -> None:
    _tool_chat(store)
    assert store.search("Paris")  # the question
    assert store.search("2025-03-01T12") == []
    assert [h.message_id for h in store.search("noon")] != []


def test_tools_enabled_per_chat(store: HistoryStore) -> None:
    conv = store.create_conversation()
    assert conv.tools_enabled is True
    store.update_settings(conv.id, tools_enabled=False)
    assert store.get_conversation(conv.id).tools_enabled is False  # type: ignore[union-attr]
    store.update_settings(conv.id, system_prompt="Be brief.")  # None: left as it is
    got = store.get_conversation(conv.id)
    assert got is not None and (got.tools_enabled, got.system_prompt) == (False, "Be brief.")
    assert [c.tools_enabled for c in store.list_conversations()] == [False]
    store.update_settings(conv.id, tools_enabled=True)
    assert store.get_conversation(conv.id).tools_enabled is True  # type: ignore[union-attr]


CHILD = Path(__file__).with_name("child_tools.py")


def test_kill_9_between_two_results_keeps_what_was_committed(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lines: list[str] = []
    first = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("result 1"):
                first.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert first.wait(timeout=60), f"the child saved no result: {lines}"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        reader.join(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    answer_id = int(next(x for x in lines if x.startswith("answer ")).split()[1])
    assert integrity(db) == "ok"
    with HistoryStore.open(db) as store:
        assert store.recover_interrupted() == [answer_id]
        got = store.get_message(answer_id)
        assert got is not None
        assert (got.status, got.end_reason) == (MessageStatus.INTERRUPTED, EndReason.APP_CLOSED)
        assert [c.id for c in got.tool_calls] == ["call_0", "call_1", "call_2"]
        assert got.tool_results == (
            ToolResult("call_0", ToolOutcome.DONE, "12:00", server="time", duration_ms=5),
        ), "the committed result stays; the next one never happened"


# archives -----------------------------------------------------------------------------------


def test_archive_round_trip_carries_calls_results_and_tools_enabled(
    tmp_path: Path, store: HistoryStore
) -> None:
    cid, *_ = _tool_chat(store)
    store.update_settings(cid, tools_enabled=False)
    add_turns(store, store.create_conversation(title="plain").id, 1)
    first = tmp_path / "all.json"
    assert store.export_archive(first) == 2
    doc = json.loads(first.read_text(encoding="utf-8"))
    tools_chat = next(c for c in doc["conversations"] if c["tools_enabled"] is False)
    msg = tools_chat["messages"][1]
    assert msg["tool_calls"][2] == {"id": "call_c", "name": "files_read", "arguments": '{"path": '}
    assert msg["tool_results"][1] == {
        "call_id": "call_b", "outcome": "failed", "content": "no such file", "server": "files",
        "tool": "read", "duration_ms": 35, "is_error": True,
    }  # fmt: skip
    assert "tool_calls" not in tools_chat["messages"][0], "only messages that called tools carry them"
    with HistoryStore.open(tmp_path / "other" / "history.sqlite3") as other:
        assert other.import_archive(first).imported == 2
        second = tmp_path / "again.json"
        other.export_archive(second)
        body = json.loads(second.read_text(encoding="utf-8"))["conversations"]
        assert body == doc["conversations"], "exactly the same archive"
        imported = next(c for c in other.list_conversations() if not c.tools_enabled)
        branch = other.branch(imported.id)
        assert [_has_tools(m) for m in branch] == [False, True, False]
        assert branch[2].parent_id == branch[1].id, "the next words stay a child of the answer"
        assert [c.tools_enabled for c in other.list_conversations()].count(True) == 1


def test_an_archive_from_before_tools_reads_as_before(tmp_path: Path, store: HistoryStore) -> None:
    add_turns(store, store.create_conversation(title="old").id, 1)
    path = tmp_path / "old.json"
    store.export_archive(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    for conv in doc["conversations"]:
        del conv["tools_enabled"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    with HistoryStore.open(tmp_path / "o" / "h.sqlite3") as other:
        assert other.import_archive(path).imported == 1
        [conv] = other.list_conversations()
        assert conv.tools_enabled is True
        assert all(m.tool_calls == () and m.tool_results == () for m in other.branch(conv.id))


def _broken(doc: dict, change: object) -> dict:
    copy = json.loads(json.dumps(doc))
    change(copy["conversations"][0])  # type: ignore[operator]
    return copy


def _answer(conv: dict) -> dict:
    return conv["messages"][1]


# fmt: off
_MALFORMED = [
    (lambda c: _answer(c).update(tool_calls={"id": "x"}), ImportProblem.NOT_A_LIST, "", "tool_calls"),
    (lambda c: _answer(c)["tool_calls"][1].pop("id"), ImportProblem.MISSING_FIELD,
     ".tool_calls[1]", "id"),
    (lambda c: _answer(c)["tool_calls"][0].update(name=7), ImportProblem.NOT_TEXT,
     ".tool_calls[0]", "name"),
    (lambda c: _answer(c)["tool_calls"][1].update(id="call_a"), ImportProblem.INVALID_VALUE,
     ".tool_calls[1]", "id"),
    (lambda c: _answer(c)["tool_calls"].__setitem__(0, "call_a"), ImportProblem.NOT_AN_OBJECT,
     ".tool_calls[0]", ""),
    (lambda c: _answer(c)["tool_results"][2].update(call_id="call_x"), ImportProblem.BAD_REFERENCE,
     ".tool_results[2]", "call_id"),
    (lambda c: _answer(c)["tool_results"][2].update(call_id="call_a"), ImportProblem.INVALID_VALUE,
     ".tool_results[2]", "call_id"),
    (lambda c: _answer(c)["tool_results"][0].update(outcome="exploded"), ImportProblem.INVALID_VALUE,
     ".tool_results[0]", "outcome"),
    (lambda c: _answer(c)["tool_results"][0].pop("outcome"), ImportProblem.MISSING_FIELD,
     ".tool_results[0]", "outcome"),
    (lambda c: _answer(c)["tool_results"][0].update(duration_ms=-5), ImportProblem.INVALID_VALUE,
     ".tool_results[0]", "duration_ms"),
    (lambda c: _answer(c)["tool_results"][0].update(is_error="yes"), ImportProblem.NOT_TRUE_OR_FALSE,
     ".tool_results[0]", "is_error"),
    (lambda c: _answer(c)["tool_results"][0].update(content=["x"]), ImportProblem.NOT_TEXT,
     ".tool_results[0]", "content"),
    (lambda c: c["messages"][0].update(tool_calls=[{"id": "q", "name": "n"}]),
     ImportProblem.INVALID_VALUE, "@0", "tool_calls"),
    (lambda c: c.update(tools_enabled=1), ImportProblem.NOT_TRUE_OR_FALSE, "@conv", "tools_enabled"),
]
# fmt: on


@pytest.mark.parametrize(("change", "problem", "where", "field"), _MALFORMED)
def test_a_malformed_tool_entry_is_refused_with_its_path(
    tmp_path: Path, store: HistoryStore, change: object, problem: ImportProblem, where: str, field: str
) -> None:
    _tool_chat(store)
    source = tmp_path / "all.json"
    store.export_archive(source)
    doc = json.loads(source.read_text(encoding="utf-8"))
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(_broken(doc, change)), encoding="utf-8")
    with HistoryStore.open(tmp_path / "t" / "h.sqlite3") as target:
        with pytest.raises(ImportFailed) as info:
            target.import_archive(path)
        assert target.list_conversations() == []
    expected = {"@conv": "broken.json: conversations[0]", "@0": "broken.json: conversations[0].messages[0]"}
    assert info.value.where == expected.get(where, f"broken.json: conversations[0].messages[1]{where}")
    assert (info.value.problem, info.value.field) == (problem, field)


# documents ----------------------------------------------------------------------------------


def test_markdown_shows_each_call_and_its_result_indented(store: HistoryStore) -> None:
    cid, *_ = _tool_chat(store)
    conv = store.get_conversation(cid)
    assert conv is not None
    words = DocumentWords(
        tool_call=lambda c, r: f"Used {r.tool if r and r.tool else c.name}"
        + (f" ({r.server})" if r and r.server else "")
        + (f" · {r.duration_ms / 1000:.1f} s" if r and r.duration_ms is not None else ""),
        tool_arguments="Arguments", tool_result="Result",
    )  # fmt: skip
    text = export.markdown(conv, store.branch(cid), words)
    assert "**Used get\\_current\\_time (time) · 0.2 s**" in text
    assert '    Arguments: {"timezone": "Europe/Paris"}\n    Result:\n    2025-03-01T12:00:00+01:00' in text
    assert "**Used read (files) · 0.0 s**" in text
    assert "    Result:\n    no such file" in text
    assert text.index("Let me check.") < text.index("Used get") < text.index("It is noon.")
    bare = store.export_markdown(cid)
    assert "**get\\_current\\_time (time) · 0.2 s**" in bare
    assert "**files\\_read · malformed**" in bare, "no server, not done: the outcome is named"


def test_html_folds_each_result_and_escapes_it(store: HistoryStore) -> None:
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="Read it")
    a = store.add_message(conv.id, parent_id=q.id, role=Role.ASSISTANT, content="")
    store.set_tool_calls(a.id, [ToolCall("c1", "<b>evil</b>", '{"q": "<script>alert(1)</script>"}')])
    store.add_tool_result(a.id, ToolResult("c1", ToolOutcome.DONE, "<img src=x onerror=alert(1)> & more",
                                           server="web", duration_ms=1500))  # fmt: skip
    page = store.export_html(conv.id)
    assert '<details class="tool"><summary>&lt;b&gt;evil&lt;/b&gt; (web) · 1.5 s</summary>' in page
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; more" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page and "<img src=x" not in page
