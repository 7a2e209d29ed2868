"""Full-text search: prefixes, accents, CJK substrings, snippets, ranking, and an index in step."""

from __future__ import annotations

import pytest

from desktop_chat.domain import EndReason, GenerationParams, MessageStatus, Role
from desktop_chat.store import HistoryStore

from .conftest import answer


@pytest.fixture
def chat(store: HistoryStore) -> dict[str, int]:
    conv = store.create_conversation(title="Kubernetes deployment notes")
    q = store.add_message(
        conv.id, parent_id=None, role=Role.USER, content="How do I deploy to the café server?"
    )
    a = answer(store, conv.id, q.id, "Use a rolling deployment.\nThen check the logs.")
    zh = store.add_message(
        conv.id, parent_id=a.id, role=Role.USER, content="我们需要把分布式数据库系统迁移到新的服务器。"
    )
    ja = store.add_message(
        conv.id, parent_id=zh.id, role=Role.USER, content="東京のデータベースをバックアップしてください"
    )
    return {"conv": conv.id, "q": q.id, "a": a.id, "zh": zh.id, "ja": ja.id}


def _mids(hits: list) -> set[int | None]:
    return {h.message_id for h in hits}


def test_latin_words_match_as_prefixes_ignoring_case_and_accents(store: HistoryStore, chat: dict) -> None:
    assert _mids(store.search("deploy")) == {None, chat["q"], chat["a"]}  # title, "deploy", "deployment"
    assert _mids(store.search("DEPLOYM")) == {None, chat["a"]}
    assert _mids(store.search("cafe")) == {chat["q"]}
    assert _mids(store.search("café")) == {chat["q"]}
    assert _mids(store.search("rolling logs")) == {chat["a"]}, "several words: all must occur"
    assert store.search("rolling nonexistentword") == []


def test_chinese_and_japanese_match_as_substrings(store: HistoryStore, chat: dict) -> None:
    assert _mids(store.search("数据库")) == {chat["zh"]}
    assert _mids(store.search("据库系")) == {chat["zh"]}, "a substring across word boundaries"
    assert _mids(store.search("库")) == {chat["zh"]}, "a single character"
    assert store.search("库数据") == [], "characters must be consecutive"
    assert _mids(store.search("データベース")) == {chat["ja"]}
    assert _mids(store.search("ベース")) == {chat["ja"]}
    assert _mids(store.search("東京 バックアップ")) == {chat["ja"]}
    assert _mids(store.search("ｄｅｐｌｏｙ")) >= {chat["q"]}, "full-width Latin is normalised"


def test_hits_carry_escaped_highlighted_snippets_and_lead_to_the_message(store: HistoryStore) -> None:
    conv = store.create_conversation(title="html")
    long_text = "word " * 80 + "<script>alert(1)</script> the needle is here & there " + "tail " * 80
    msg = store.add_message(conv.id, parent_id=None, role=Role.USER, content=long_text)
    [hit] = [h for h in store.search("needle") if h.message_id is not None]
    assert hit.conversation_id == conv.id and hit.message_id == msg.id and hit.role is Role.USER
    assert hit.conversation_title == "html"
    assert "<b>needle</b>" in hit.snippet_html
    assert "&lt;script&gt;" in hit.snippet_html and "<script>" not in hit.snippet_html
    assert "&amp;" in hit.snippet_html
    assert hit.snippet_html.startswith("…") and hit.snippet_html.endswith("…")
    assert len(hit.snippet_html) < 260
    assert hit.created_at == msg.created_at


def test_title_hits_have_no_message_and_rank_first(store: HistoryStore, chat: dict) -> None:
    hits = store.search("kubernetes")
    assert [(h.message_id, h.role) for h in hits] == [(None, None)]
    assert hits[0].snippet_html == "<b>Kubernetes</b> deployment notes"
    assert store.search("deployment")[0].message_id is None


def test_ranking_prefers_messages_about_the_word(store: HistoryStore) -> None:
    conv = store.create_conversation(title="t")
    once = store.add_message(conv.id, parent_id=None, role=Role.USER, content="banana " + "filler " * 200)
    often = store.add_message(conv.id, parent_id=None, role=Role.USER, content="banana banana split banana")
    hits = store.search("banana")
    assert [h.message_id for h in hits] == [often.id, once.id]
    assert hits[0].rank < hits[1].rank
    assert len(store.search("banana", limit=1)) == 1


def test_reasoning_is_searchable(store: HistoryStore) -> None:
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="q")
    w = store.start_answer(conv.id, parent_id=q.id, model="r1", params=GenerationParams())
    w.append(text="The answer.", reasoning="Let me consider the hypotenuse first.")
    done = w.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED)
    [hit] = store.search("hypotenuse")
    assert hit.message_id == done.id and "<b>hypotenuse</b>" in hit.snippet_html


def test_index_follows_edits_deletes_renames_trash_and_purge(store: HistoryStore) -> None:
    conv = store.create_conversation(title="alpha title")
    m = store.add_message(conv.id, parent_id=None, role=Role.USER, content="original wording")
    store.edit_message_content(m.id, "replacement wording")
    assert store.search("original") == []
    assert _mids(store.search("replacement")) == {m.id}
    store.rename_conversation(conv.id, "beta title")
    assert store.search("alpha") == [] and _mids(store.search("beta")) == {None}
    store.trash_conversation(conv.id)
    assert store.search("replacement") == [] and store.search("beta") == []
    store.restore_conversation(conv.id)
    assert _mids(store.search("replacement")) == {m.id}
    store.delete_message(m.id)
    assert store.search("replacement") == []
    m2 = store.add_message(conv.id, parent_id=None, role=Role.USER, content="purgeable words")
    store.trash_conversation(conv.id)
    store.purge_trash()
    with store.transaction() as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM message_index WHERE message_index MATCH 'purgeable'"
            ).fetchone()[0]
            == 0
        )
        assert (
            conn.execute("SELECT count(*) FROM title_index WHERE title_index MATCH 'beta'").fetchone()[0] == 0
        )
        conn.execute("INSERT INTO message_index(message_index, rank) VALUES ('integrity-check', 0)")
    assert store.get_message(m2.id) is None


def test_streaming_answers_are_indexed_when_they_end(store: HistoryStore) -> None:
    conv = store.create_conversation()
    q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="q")
    w = store.start_answer(conv.id, parent_id=q.id, model=None, params=GenerationParams())
    w.append("streamingword ")
    w.flush()
    assert store.search("streamingword") == []
    w.append("more")
    done = w.finish(status=MessageStatus.INTERRUPTED, end_reason=EndReason.STOPPED)
    assert _mids(store.search("streamingword")) == {done.id}


def test_query_syntax_is_never_interpreted(store: HistoryStore, chat: dict) -> None:
    for query in ['"', "deploy*", "NEAR(a b)", "-deploy", "a OR b", "col:x", "(", "'", "^", "AND", "*"]:
        store.search(query)  # must not raise
    assert store.search("") == [] and store.search("  ,.; ") == []
    assert _mids(store.search('"deploy"')) == {None, chat["q"], chat["a"]}


def test_optimize_keeps_results_identical(store: HistoryStore, chat: dict) -> None:
    queries = ["deploy", "数据库", "ベース", "logs"]
    before = [[(h.message_id, h.snippet_html) for h in store.search(q)] for q in queries]
    store.optimize()
    assert [[(h.message_id, h.snippet_html) for h in store.search(q)] for q in queries] == before


def test_cjk_single_characters_at_the_end_of_a_run_are_found(store: HistoryStore, chat: dict) -> None:
    assert _mids(store.search("器")) == {chat["zh"]}, "last character before the full stop"
    assert _mids(store.search("い")) == {chat["ja"]}, "last character of the message"
    assert _mids(store.search("服务器")) == {chat["zh"]}


def test_common_words_are_ranked_among_the_newest_matches(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_chat.store import search as search_module

    conv = store.create_conversation(title="fruit")
    for i in range(20):  # documents without the word, so that it is not "everywhere" for bm25
        store.add_message(conv.id, parent_id=None, role=Role.USER, content=f"pear {i}")
    best = store.add_message(conv.id, parent_id=None, role=Role.USER, content="apple apple apple")
    newer = [
        store.add_message(conv.id, parent_id=None, role=Role.USER, content=f"apple {'pie ' * 30}{i}").id
        for i in range(6)
    ]
    assert store.search("apple")[0].message_id == best.id
    monkeypatch.setattr(search_module, "RANK_WINDOW", 4)
    hits = [h.message_id for h in store.search("apple", limit=3) if h.message_id is not None]
    assert best.id not in hits and set(hits) <= set(newer[-4:])
