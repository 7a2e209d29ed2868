"""ConversationsService against a real SQLite file: every write announced, refusals typed."""

from __future__ import annotations

import time

import pytest

from desktop_chat.domain import ChatSettings, GenerationParams, Refusal, Role, Usage
from desktop_chat.services.changes import Change, ChangeKind, Changes
from desktop_chat.services.conversations import ConversationsService, merge_search_hits
from desktop_chat.services.refusals import NothingToDo
from desktop_chat.store import HistoryStore

SETTINGS = ChatSettings("gemini-2.5-flash", GenerationParams(temperature=0.3), "Be brief.")


class Heard:
    def __init__(self, changes: Changes) -> None:
        self.changes: list[Change] = []
        changes.subscribe(self.changes.append)

    def take(self) -> list[Change]:
        out, self.changes[:] = list(self.changes), []
        return out


@pytest.fixture
def streaming() -> set[int]:
    return set()


@pytest.fixture
def service(store: HistoryStore, streaming: set[int]) -> ConversationsService:
    return ConversationsService(store, is_streaming=streaming.__contains__)


@pytest.fixture
def heard(service: ConversationsService) -> Heard:
    return Heard(service.changes)


def add_turn(store: HistoryStore, cid: int, text: str, parent: int | None = None) -> tuple[int, int]:
    user = store.add_message(cid, parent_id=parent, role=Role.USER, content=text)
    answer = store.add_message(cid, parent_id=user.id, role=Role.ASSISTANT, content=f"Answer to {text}")
    return user.id, answer.id


def test_create_saves_the_settings_and_takes_the_new_chats_draft(service, store, heard) -> None:
    service.save_draft(None, "Half a thought")
    assert service.new_chat_draft() == "Half a thought"
    assert heard.take() == [Change(ChangeKind.DRAFT, None)]
    created = service.create(SETTINGS)
    assert (created.model, created.params, created.system_prompt) == (
        SETTINGS.model, SETTINGS.params, SETTINGS.system_prompt)
    assert created.draft == "Half a thought" and service.new_chat_draft() == ""
    assert heard.take() == [Change(ChangeKind.LISTING, created.id)]
    assert service.title(created.id) == ""  # untitled: the UI says "New chat"
    assert service.get(created.id) == created
    assert [c.id for c in service.list()] == [created.id]


def test_drafts_are_kept_per_chat_without_moving_it_up(service, store, heard) -> None:
    first = service.create(SETTINGS)
    second = service.create(SETTINGS)
    assert service.list()[0].id == second.id
    service.save_draft(first.id, "for the first")
    assert service.get(first.id).draft == "for the first"
    assert service.list()[0].id == second.id  # the order stays
    assert heard.take()[-1] == Change(ChangeKind.DRAFT, first.id)


def test_rename_pin_archive_trash_restore_and_the_list(service, store, heard) -> None:
    a, b = service.create(SETTINGS), service.create(SETTINGS)
    heard.take()
    service.rename(a.id, "  Budget  ")
    assert service.title(a.id) == "Budget"
    service.set_pinned(a.id, True)
    assert [c.id for c in service.list()] == [a.id, b.id]  # pinned first
    service.set_archived(b.id, True)
    assert [c.id for c in service.list()] == [a.id]
    assert [c.id for c in service.list(archived=True)] == [b.id]
    service.trash(a.id)
    assert service.list() == [] and [c.id for c in service.in_trash()] == [a.id]
    service.restore(a.id)
    assert [c.id for c in service.list()] == [a.id]
    assert [c.kind for c in heard.take()] == [ChangeKind.LISTING] * 5
    assert service.list(limit=0) == []


def test_empty_trash_and_the_thirty_day_purge(service, store, heard) -> None:
    old, recent, kept = (service.create(SETTINGS) for _ in range(3))
    service.trash(old.id)
    service.trash(recent.id)
    with store.transaction() as conn:  # trashed 31 days ago
        month_ago = time.time() - 31 * 86400
        conn.execute("UPDATE conversations SET trashed_at = ? WHERE id = ?", (month_ago, old.id))
    heard.take()
    assert service.purge_old_trash() == 1
    assert service.get(old.id) is None and service.get(recent.id) is not None
    assert heard.take() == [Change(ChangeKind.LISTING)]
    assert service.purge_old_trash() == 0 and heard.take() == []  # nothing purged, nothing announced
    assert service.empty_trash() == 1
    assert service.in_trash() == [] and [c.id for c in service.list()] == [kept.id]
    service.optimize()


def test_search_shows_a_chat_once_when_title_and_message_match(service, store) -> None:
    conv = service.create(SETTINGS)
    service.rename(conv.id, "Quarterly budget")
    store.add_message(conv.id, parent_id=None, role=Role.USER, content="Check the budget numbers")
    other = service.create(SETTINGS)
    service.rename(other.id, "Budget for travel")
    hits = store.search("budget")
    assert len([h for h in hits if h.conversation_id == conv.id]) == 2  # the store reports both
    merged = service.search("budget")
    assert merged == merge_search_hits(hits)
    assert [(h.conversation_id, bool(h.message_id)) for h in merged if h.conversation_id == conv.id] == [
        (conv.id, True)
    ]
    assert any(h.conversation_id == other.id for h in merged)  # a title-only hit stays
    assert len(merged) == 2
    assert service.search("   ") == []


def test_merge_keeps_order_and_every_message_hit() -> None:
    from desktop_chat.store import SearchHit

    def hit(cid: int, mid: int | None) -> SearchHit:
        return SearchHit(cid, mid, "t", Role.USER if mid else None, "s", 0.0, 0.0)

    hits = [hit(1, None), hit(2, None), hit(1, 10), hit(3, 30), hit(1, 11)]
    assert merge_search_hits(hits) == [hit(2, None), hit(1, 10), hit(3, 30), hit(1, 11)]


def test_the_branch_comes_with_sibling_ids(service, store) -> None:
    conv = service.create(SETTINGS)
    user, first = add_turn(store, conv.id, "Hi")
    second = store.add_message(conv.id, parent_id=user, role=Role.ASSISTANT, content="Another").id
    branch = service.branch(conv.id)
    assert [b.message.id for b in branch] == [user, second]
    assert branch[0].sibling_ids == (user,) and branch[1].sibling_ids == (first, second)
    assert service.last_message(conv.id).id == second
    assert [b.message.id for b in service.branch(conv.id, first)] == [user, first]


def test_select_branch_and_delete_message(service, store, heard) -> None:
    conv = service.create(SETTINGS)
    user, first = add_turn(store, conv.id, "Hi")
    second = store.add_message(conv.id, parent_id=user, role=Role.ASSISTANT, content="Another").id
    heard.take()
    assert service.select_branch(conv.id, first) == first
    assert service.last_message(conv.id).id == first
    assert heard.take() == [Change(ChangeKind.MESSAGES, conv.id)]
    service.delete_message(first)
    assert [b.message.id for b in service.branch(conv.id)] == [user, second]  # falls back to the sibling
    assert heard.take() == [Change(ChangeKind.MESSAGES, conv.id)]
    with pytest.raises(NothingToDo) as gone:
        service.select_branch(conv.id, first)
    assert gone.value.refusal is Refusal.MESSAGE_GONE
    with pytest.raises(NothingToDo) as gone_too:
        service.delete_message(first)
    assert gone_too.value.refusal is Refusal.MESSAGE_GONE
    assert heard.take() == []


def test_nothing_changes_under_a_streaming_answer(service, store, streaming) -> None:
    conv = service.create(SETTINGS)
    user, first = add_turn(store, conv.id, "Hi")
    streaming.add(conv.id)
    for attempt in (lambda: service.select_branch(conv.id, user), lambda: service.delete_message(first)):
        with pytest.raises(NothingToDo) as busy:
            attempt()
        assert busy.value.refusal is Refusal.BUSY
    assert [b.message.id for b in service.branch(conv.id)] == [user, first]


def test_settings_usage_markdown_and_title(service, store, heard) -> None:
    conv = service.create(SETTINGS)
    assert service.usage_and_cost(conv.id, lambda _model: None).tokens is None  # no "0 tokens"
    user, _ = add_turn(store, conv.id, "What is a budget?")
    writer = store.start_answer(conv.id, parent_id=user, model="m", params=GenerationParams())
    from desktop_chat.domain import EndReason, MessageStatus

    writer.append("Done.")
    writer.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED,
                  usage=Usage(prompt_tokens=7, completion_tokens=5))
    assert service.usage_and_cost(conv.id, lambda _model: None).tokens == 12
    heard.take()
    changed = ChatSettings("claude-sonnet-4-5", GenerationParams(max_tokens=50), "")
    service.update_chat_settings(conv.id, changed)
    got = service.get(conv.id)
    assert (got.model, got.params, got.system_prompt) == (changed.model, changed.params, "")
    assert heard.take() == [Change(ChangeKind.CHAT_SETTINGS, conv.id)]
    text = service.as_markdown(conv.id)
    assert "What is a budget?" in text and "Done." in text
    assert service.title(conv.id) == "What is a budget?"  # the first message titles the chat
    assert service.title(999_999) == "" and service.get(999_999) is None
    assert service.last_message(999_999) is None


def test_a_listener_that_fails_does_not_silence_the_others(service) -> None:
    heard: list[Change] = []

    def broken(_change: Change) -> None:
        raise RuntimeError("a bug in a view")

    service.changes.subscribe(broken)
    service.changes.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        service.create(SETTINGS)  # the write happened; the bug still reaches the caller
    assert len(heard) == 1 and len(service.list()) == 1


def test_a_long_branch_with_its_siblings_is_one_query(service, store) -> None:
    conv = service.create(SETTINGS)
    parent: int | None = None
    with store.transaction():
        for n in range(1000):  # 2,000 messages, every answer with one alternative
            user, answer = add_turn(store, conv.id, f"Question {n}", parent)
            store.add_message(conv.id, parent_id=user, role=Role.ASSISTANT, content=f"Other {n}")
            store.select_branch(conv.id, answer)
            parent = answer
    statements: list[str] = []
    store._db.connection.set_trace_callback(statements.append)
    try:
        branch = service.branch(conv.id)
    finally:
        store._db.connection.set_trace_callback(None)
    assert len(branch) == 2000 and all(len(b.sibling_ids) == (1 if n % 2 == 0 else 2)
                                       for n, b in enumerate(branch))
    selects = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    # the leaf, the branch and one probe for attachments over the ids' range: nothing per message
    assert 1 <= len(selects) <= 3, statements
