"""A store failure mid-answer (disk full, read-only file) must not lose what the model sent.

Simulated with `PRAGMA query_only` on the store's own connection: SQLite then refuses every write
with SQLITE_READONLY, which the store reports as ReadOnlyError — like a disk that filled up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from _services_harness import Harness

from desktop_chat.domain import MessageStatus
from desktop_chat.services.events import AnswerDelta, AnswerEnded
from desktop_chat.store import HistoryStore, ReadOnlyError, StoreError


def _writable(store: HistoryStore, on: bool) -> None:
    store._db.connection.execute(f"PRAGMA query_only = {'OFF' if on else 'ON'}")


def _listener(harness: Harness, at_delta: dict[int, Callable[[], None]]) -> Callable[[object], None]:
    """Records events like harness.listen and runs `at_delta[n]` when the n-th text delta arrives."""
    count = 0

    def listen(event) -> None:  # type: ignore[no-untyped-def]
        nonlocal count
        harness.listen(event)
        if isinstance(event, AnswerDelta):
            count += 1
            if count in at_delta:
                at_delta[count]()

    return listen


def test_a_passing_store_failure_mid_stream_loses_no_text(harness: Harness, sim) -> None:
    sim.queue("default;tps=100;chunks=150")
    cid = harness.store.create_conversation(model="gemini-2.5-flash").id
    listen = _listener(harness, {
        3: lambda: _writable(harness.store, False),  # the disk is full…
        100: lambda: _writable(harness.store, True),  # …and space was freed a second later
    })

    final = harness.run(lambda s: s.send(cid, "Tell me a story", listen))
    streamed = "".join(e.text for e in harness.of(AnswerDelta))
    assert final is not None and final.status is MessageStatus.COMPLETE
    saved = harness.store.get_message(final.id)
    assert saved is not None and saved.content == streamed and streamed


def test_a_lasting_store_failure_keeps_the_text_and_says_so(harness: Harness, sim, tmp_path) -> None:
    sim.queue("default;tps=100;chunks=80")
    cid = harness.store.create_conversation(model="gemini-2.5-flash").id
    listen = _listener(harness, {3: lambda: _writable(harness.store, False)})

    with pytest.raises(StoreError) as info:
        harness.run(lambda s: s.send(cid, "Tell me a story", listen))
    assert isinstance(info.value, ReadOnlyError)  # typed: the UI words it for the banner
    streamed = "".join(e.text for e in harness.of(AnswerDelta))
    assert len(harness.of(AnswerDelta)) == 80  # the stream was not cut short
    ended = harness.of(AnswerEnded)
    assert len(ended) == 1 and ended[0].message is not None  # the UI learns the answer ended
    assert ended[0].message.content == streamed
    # space is freed; quitting saves what stayed in memory
    _writable(harness.store, True)
    answer_id = ended[0].message_id
    harness.store.close()
    again = HistoryStore.open(tmp_path / "history.sqlite3")
    try:
        saved = again.get_message(answer_id)
        assert saved is not None and saved.content == streamed
        assert saved.status is not MessageStatus.STREAMING
    finally:
        again.close()


def test_regenerating_a_twice_continued_answer_redoes_the_whole_answer(harness: Harness, sim) -> None:
    """Continue twice, then Regenerate the last part: the new answer replies to the user's message."""
    from desktop_chat.domain import Role

    sim.queue("default;finish=length", count=2)
    cid = harness.store.create_conversation(model="gemini-2.5-flash").id
    first = harness.run(lambda s: s.send(cid, "Write a lot", harness.listen))
    assert first is not None
    second = harness.run(lambda s: s.continue_answer(cid, first.id, harness.listen))
    assert second is not None and second.parent_id == first.id
    third = harness.run(lambda s: s.continue_answer(cid, second.id, harness.listen))
    assert third is not None and third.parent_id == second.id
    again = harness.run(lambda s: s.regenerate(cid, third.id, harness.listen))
    assert again is not None and again.parent_id == first.parent_id  # a sibling of the first part
    payload = [r for r in sim.requests if r.path.endswith("/chat/completions")][-1].payload
    assert payload is not None and payload["messages"][-1] == {"role": "user", "content": "Write a lot"}
    assert harness.store.get_message(again.parent_id).role is Role.USER


def test_retrying_a_failed_continuation_continues_again(harness: Harness, sim) -> None:
    from desktop_chat.services.context import CONTINUE_INSTRUCTION

    sim.queue("default;finish=length")
    cid = harness.store.create_conversation(model="gemini-2.5-flash").id
    cut = harness.run(lambda s: s.send(cid, "Write a lot", harness.listen))
    assert cut is not None
    sim.queue("bad_key")
    failed = harness.run(lambda s: s.continue_answer(cid, cut.id, harness.listen))
    assert failed is not None and failed.status is MessageStatus.FAILED and not failed.content
    more = harness.run(lambda s: s.retry(cid, failed.id, harness.listen))
    assert more is not None and more.parent_id == cut.id and more.status is MessageStatus.COMPLETE
    payload = [r for r in sim.requests if r.path.endswith("/chat/completions")][-1].payload
    assert payload is not None
    assert payload["messages"][-1] == {"role": "user", "content": CONTINUE_INSTRUCTION}


def _disk_full(store: HistoryStore, full: bool) -> None:
    """PRAGMA max_page_count: the file may not grow, and SQLite reports SQLITE_FULL like a full disk."""
    conn = store._db.connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages if full else 1073741823}")


def test_an_unsaved_answer_is_saved_on_a_timer_once_space_is_freed(harness: Harness, sim) -> None:
    """The stream ended while the disk was full: no user action, no quit — a retry saves it."""
    import asyncio

    from desktop_chat.services.unsaved import RETRY_SAVE_S

    sim.queue("default")  # the echo of a long message: ~25 kB, more than the file may grow
    cid = harness.store.create_conversation(model="gemini-2.5-flash").id
    saved_later: list = []
    harness.service.unsaved.on_saved = saved_later.append
    heard: list = []
    harness.service.changes.subscribe(heard.append)
    listen = _listener(harness, {2: lambda: _disk_full(harness.store, True)})

    async def scenario(service) -> int:
        with pytest.raises(StoreError):
            await service.send(cid, "Tell me a story " + "padding " * 3000, listen)
        answer_id = harness.of(AnswerEnded)[0].message_id
        held = service.unsaved.get(answer_id)
        assert held is not None and held.message.status is MessageStatus.COMPLETE
        assert harness.store.get_message(answer_id).status is MessageStatus.STREAMING
        await asyncio.sleep(RETRY_SAVE_S * 3)  # still full: the retries fail quietly
        assert service.unsaved.get(answer_id) is not None
        _disk_full(harness.store, False)  # space freed
        for _ in range(40):
            if service.unsaved.get(answer_id) is None:
                break
            await asyncio.sleep(0.1)
        return answer_id

    answer_id = harness.run(scenario)
    streamed = "".join(e.text for e in harness.of(AnswerDelta))
    saved = harness.store.get_message(answer_id)
    assert saved is not None and saved.status is MessageStatus.COMPLETE and saved.content == streamed
    assert [m.id for m in saved_later] == [answer_id]
    from desktop_chat.services.changes import Change, ChangeKind

    assert heard[-1] == Change(ChangeKind.MESSAGES, cid)  # the late save is announced like any write
    assert len(heard) == 3  # the answer's start, its end (unsaved), and the late save
    assert len(harness.service.unsaved) == 0
