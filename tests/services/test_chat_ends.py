"""How answers end and why use cases refuse: typed values only, the live text from the writer."""

from __future__ import annotations

import asyncio

import pytest
from _services_harness import Harness

from desktop_chat.api import BadRequest, ErrorAction, InvalidRequest
from desktop_chat.domain import EndReason, GenerationParams, MessageStatus, Problem, Refusal, Role
from desktop_chat.services.changes import Change, ChangeKind
from desktop_chat.services.chat import NothingToDo
from desktop_chat.services.events import AnswerDelta, AnswerEnded, LiveAnswer, TurnStarted
from desktop_chat.services.refusals import MissingKey


def new_chat(h: Harness, **params: object) -> int:
    return h.store.create_conversation(model="gemini-2.5-flash", params=GenerationParams(**params)).id  # type: ignore[arg-type]


def refusal_of(h: Harness, make) -> Refusal:  # type: ignore[no-untyped-def]
    with pytest.raises(NothingToDo) as refused:
        h.run(make)
    return refused.value.refusal


def test_each_refusal_is_typed_and_nothing_is_saved(harness: Harness) -> None:
    cid = new_chat(harness)
    assert refusal_of(harness, lambda s: s.send(cid, "   ", harness.listen)) is Refusal.NOTHING_TO_SEND
    assert harness.store.branch(cid) == []
    answer = harness.run(lambda s: s.send(cid, "Hi", harness.listen))
    assert answer is not None and answer.parent_id is not None
    user_id = answer.parent_id
    assert refusal_of(harness, lambda s: s.edit_and_resend(cid, user_id, " ", harness.listen)) \
        is Refusal.NOTHING_TO_SEND
    assert refusal_of(harness, lambda s: s.edit_and_resend(cid, answer.id, "x", harness.listen)) \
        is Refusal.ONLY_OWN_MESSAGES_EDITABLE
    assert refusal_of(harness, lambda s: s.regenerate(cid, user_id, harness.listen)) \
        is Refusal.ONLY_ANSWERS_REGENERATE
    assert refusal_of(harness, lambda s: s.continue_answer(cid, user_id, harness.listen)) \
        is Refusal.ONLY_ANSWERS_CONTINUE
    assert refusal_of(harness, lambda s: s.continue_answer(cid, answer.id, harness.listen)) \
        is Refusal.ALREADY_COMPLETE
    assert refusal_of(harness, lambda s: s.retry(cid, 999_999, harness.listen)) is Refusal.MESSAGE_GONE
    assert refusal_of(harness, lambda s: s.send(999_999, "Hi", harness.listen)) is Refusal.CHAT_GONE
    assert [m.id for m in harness.store.branch(cid)] == [user_id, answer.id]  # nothing added


def test_a_root_answer_cannot_be_sent_again(harness: Harness) -> None:
    cid = new_chat(harness)
    orphan = harness.store.add_message(cid, parent_id=None, role=Role.ASSISTANT, content="",
                                       status=MessageStatus.FAILED)
    assert refusal_of(harness, lambda s: s.retry(cid, orphan.id, harness.listen)) is Refusal.CANNOT_SEND_AGAIN


def test_no_key_refuses_before_anything_is_saved(harness: Harness) -> None:
    from desktop_chat.services.chat import ChatService

    def no_key():  # type: ignore[no-untyped-def]
        raise MissingKey()

    service = ChatService(harness.store, no_key, default_model=lambda: "gemini-2.5-flash")
    cid = new_chat(harness)
    with pytest.raises(MissingKey) as refused:
        asyncio.run(service.send(cid, "Hi", harness.listen))
    assert isinstance(refused.value, NothingToDo) and refused.value.refusal is Refusal.NO_KEY
    assert harness.store.branch(cid) == []


def test_a_second_answer_in_the_same_chat_is_refused_as_busy(harness: Harness, sim) -> None:
    sim.queue("default;tps=40")
    cid = new_chat(harness)
    other = new_chat(harness)

    async def go(service):  # type: ignore[no-untyped-def]
        task = asyncio.ensure_future(service.send(cid, "Tell me a story", harness.listen))
        while not harness.of(AnswerDelta):
            await asyncio.sleep(0.01)
        assert service.is_streaming(cid) and service.streaming_conversations() == {cid}
        with pytest.raises(NothingToDo) as refused:
            await service.send(cid, "And another", harness.listen)
        assert not service.is_streaming(other)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return refused.value.refusal

    assert harness.run(go) is Refusal.BUSY
    assert [m.content for m in harness.store.branch(cid)][:1] == ["Tell me a story"]
    assert len(harness.store.branch(cid)) == 2
    assert not harness.service.streaming_conversations()


def test_the_live_text_comes_from_the_writer_while_streaming(harness: Harness, sim) -> None:
    sim.queue("default;tps=60")
    cid = new_chat(harness)
    seen: list[tuple[LiveAnswer | None, str]] = []

    async def go(service):  # type: ignore[no-untyped-def]
        assert service.live_answer(cid) is None
        task = asyncio.ensure_future(service.send(cid, "Tell me a story", harness.listen))
        while len(harness.of(AnswerDelta)) < 5:
            await asyncio.sleep(0.005)
        seen.append((service.live_answer(cid), "".join(e.text for e in harness.of(AnswerDelta))))
        final = await task
        seen.append((service.live_answer(cid), ""))
        return final

    final = harness.run(go)
    live, streamed = seen[0]
    assert live is not None and live.conversation_id == cid and live.message_id == final.id
    assert live.text == streamed and live.text and final.content.startswith(live.text)
    assert seen[1][0] is None  # the answer ended: no live text, the store has it all


def test_a_bug_while_streaming_saves_what_arrived_as_an_app_error(harness: Harness, sim) -> None:
    sim.queue("default;tps=100")
    cid = new_chat(harness)

    def listen(event) -> None:  # type: ignore[no-untyped-def]
        harness.listen(event)
        if isinstance(event, AnswerDelta) and len(harness.of(AnswerDelta)) == 3:
            raise ZeroDivisionError("a bug in whoever shows the answer")

    with pytest.raises(ZeroDivisionError):
        harness.run(lambda s: s.send(cid, "Hi", listen))
    answer = harness.store.branch(cid)[-1]
    assert answer.role is Role.ASSISTANT and answer.status is MessageStatus.FAILED
    assert answer.end_reason is EndReason.APP_ERROR and answer.problem is None
    assert answer.content == "".join(e.text for e in harness.of(AnswerDelta))
    assert answer.error == "ZeroDivisionError"


def test_a_request_the_client_refuses_to_build_fails_as_a_refused_request(harness: Harness) -> None:
    cid = new_chat(harness, max_tokens=0)
    final = harness.run(lambda s: s.send(cid, "Hi", harness.listen))
    ended = harness.of(AnswerEnded)[-1]
    assert isinstance(ended.error, BadRequest) and isinstance(ended.error.__cause__, InvalidRequest)
    assert ended.error.action is ErrorAction.NONE
    assert final is not None and final.status is MessageStatus.FAILED
    assert final.end_reason is EndReason.FAILED and final.problem is Problem.REQUEST_REFUSED


def test_interrupt_all_saves_streaming_answers_as_closed_by_the_app(harness: Harness, sim) -> None:
    sim.queue("default;tps=40")
    cid = new_chat(harness)

    async def go(service):  # type: ignore[no-untyped-def]
        task = asyncio.ensure_future(service.send(cid, "Tell me a story", harness.listen))
        while len(harness.of(AnswerDelta)) < 3:
            await asyncio.sleep(0.01)
        assert service.interrupt_all() == 1
        answer = harness.store.branch(cid)[-1]
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return answer

    answer = harness.run(go)
    assert answer.status is MessageStatus.INTERRUPTED and answer.end_reason is EndReason.APP_CLOSED
    assert answer.content  # what arrived before quitting is kept
    again = harness.store.get_message(answer.id)
    assert again is not None and again.end_reason is EndReason.APP_CLOSED  # the late cancel changed nothing


def test_every_answer_announces_its_start_and_end(harness: Harness) -> None:
    cid = new_chat(harness)
    heard: list[tuple[Change, int]] = []
    unsubscribe = harness.service.changes.subscribe(
        lambda change: heard.append((change, len(harness.store.branch(cid))))
    )
    harness.run(lambda s: s.send(cid, "Hi", harness.listen))
    assert [c for c, _ in heard] == [Change(ChangeKind.MESSAGES, cid)] * 2
    assert [n for _, n in heard] == [2, 2]  # the user's message and the answer row exist at the start
    assert isinstance(harness.events[0], TurnStarted)
    unsubscribe()
    harness.run(lambda s: s.send(cid, "Again", harness.listen))
    assert len(heard) == 2


def test_sending_from_the_new_chat_leaves_no_draft_behind(harness: Harness) -> None:
    from desktop_chat.domain import ChatSettings
    from desktop_chat.services.conversations import ConversationsService

    chats = ConversationsService(harness.store, is_streaming=harness.service.is_streaming)
    chats.save_draft(None, "Hello from a new chat")
    created = chats.create(ChatSettings("gemini-2.5-flash"))
    assert created.draft == "Hello from a new chat"  # kept until the message is saved
    harness.run(lambda s: s.send(created.id, "Hello from a new chat", harness.listen))
    after = chats.get(created.id)
    assert after is not None and after.draft == "" and chats.new_chat_draft() == ""
    assert chats.title(created.id) == "Hello from a new chat"
