"""Summaries, per-chat turn limits and who named a chat: kept, edited, removed with what they cover,
shared by the branches that pass through the summarised message, and carried by export/import."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_chat.domain import Role, TitleSource, Usage
from desktop_chat.store import HistoryStore

from .conftest import add_turns


def test_a_summary_is_kept_edited_and_removed(store: HistoryStore) -> None:
    chat = store.create_conversation()
    turns = add_turns(store, chat.id, 3)
    kept = store.add_summary(chat.id, through_id=turns[3].id, content="They talked about 2 things.",
                             covered=4, model="gemini-2.5-flash-lite", usage=Usage(900, 40))
    assert kept.through_message_id == turns[3].id and kept.covered == 4
    assert kept.usage == Usage(900, 40, None)
    store.edit_summary(kept.id, "They talked about two things.")
    (again,) = store.summaries(chat.id)
    assert again.content == "They talked about two things." and again.updated_at >= kept.updated_at
    store.delete_summary(kept.id)
    assert store.summaries(chat.id) == []


def test_a_summary_goes_with_the_message_it_covers(store: HistoryStore) -> None:
    chat = store.create_conversation()
    turns = add_turns(store, chat.id, 3)
    store.add_summary(chat.id, through_id=turns[3].id, content="s", covered=4, model=None)
    store.delete_message(turns[2].id)  # the covered answer's question: the subtree goes
    assert store.summaries(chat.id) == []


def test_a_summary_must_cover_a_message_of_its_own_chat(store: HistoryStore) -> None:
    one, other = store.create_conversation(), store.create_conversation()
    turns = add_turns(store, other.id, 1)
    with pytest.raises(LookupError):
        store.add_summary(one.id, through_id=turns[0].id, content="s", covered=1, model=None)


def test_turn_limit_and_title_source_are_kept(store: HistoryStore) -> None:
    chat = store.create_conversation()
    store.add_message(chat.id, parent_id=None, role=Role.USER, content="Plan the offsite")
    assert store.get_conversation(chat.id).title_source is TitleSource.FIRST_MESSAGE  # type: ignore[union-attr]
    assert store.offer_title(chat.id, "Offsite planning")
    got = store.get_conversation(chat.id)
    assert got is not None and got.title == "Offsite planning" and got.title_source is TitleSource.MODEL
    store.rename_conversation(chat.id, "Team offsite")
    assert not store.offer_title(chat.id, "Something else"), "a title the person set wins"
    assert store.get_conversation(chat.id).title == "Team offsite"  # type: ignore[union-attr]
    store.update_settings(chat.id, keep_turns=6)
    assert store.get_conversation(chat.id).keep_turns == 6  # type: ignore[union-attr]
    store.update_settings(chat.id, keep_turns=None)
    assert store.get_conversation(chat.id).keep_turns is None  # type: ignore[union-attr]


def test_summaries_turn_limits_and_title_source_survive_an_archive_round_trip(
    tmp_path: Path, store: HistoryStore
) -> None:
    chat = store.create_conversation(model="claude-sonnet-4-5")
    turns = add_turns(store, chat.id, 4)
    branch_point = turns[5]  # an answer; a second branch grows from its question
    store.add_message(chat.id, parent_id=turns[4].id, role=Role.ASSISTANT, content="other answer")
    store.add_summary(chat.id, through_id=turns[3].id, content="Earlier: budgets agreed.", covered=4,
                      model="m", usage=Usage(1200, 60))
    store.update_settings(chat.id, keep_turns=3)
    store.offer_title(chat.id, "Budgets")
    archive = tmp_path / "all.json"
    store.export_archive(archive)
    with HistoryStore.open(tmp_path / "other" / "history.sqlite3") as fresh:
        fresh.import_archive(archive)
        (copy,) = fresh.list_conversations()
        assert copy.keep_turns == 3 and copy.title == "Budgets" and copy.title_source is TitleSource.MODEL
        (summary,) = fresh.summaries(copy.id)
        through = fresh.get_message(summary.through_message_id)
        assert through is not None and through.content == "answer 1"
        assert summary.content == "Earlier: budgets agreed." and summary.covered == 4
        assert summary.usage == Usage(1200, 60, None)
        original = store.summaries(chat.id)[0]
        assert (summary.created_at, summary.updated_at) == (original.created_at, original.updated_at)
        # both branches pass through the summarised message
        assert branch_point.content == "answer 2"
        tips = [m for m in fresh.branch(copy.id)]
        assert summary.through_message_id in {m.id for m in tips}
