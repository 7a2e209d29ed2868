"""The chat use cases against the real simulator (127.0.0.1) and a real SQLite file."""

from __future__ import annotations

import asyncio
import socket

import pytest
from _services_harness import KEY, Harness

from desktop_chat.api import AuthenticationFailed, ConnectionFailed, IncompleteAnswer, StreamFailed
from desktop_chat.domain import EndReason, FinishReason, MessageStatus, Problem, Refusal, Role
from desktop_chat.services.chat import NothingToDo
from desktop_chat.services.context import CONTINUE_INSTRUCTION
from desktop_chat.services.events import AnswerDelta, AnswerEnded, AnswerRetrying, TurnStarted


def new_chat(h: Harness) -> int:
    return h.store.create_conversation(model="gemini-2.5-flash").id


def test_send_streams_saves_and_titles(harness: Harness) -> None:
    cid = new_chat(harness)
    harness.store.save_draft(cid, "Hello there")
    final = harness.run(lambda s: s.send(cid, "Hello there", harness.listen))
    assert final is not None and final.status is MessageStatus.COMPLETE
    streamed = "".join(e.text for e in harness.of(AnswerDelta))
    assert streamed and final.content == streamed
    assert final.usage is not None and final.usage.completion_tokens
    assert final.finish_reason is FinishReason.STOP
    assert final.end_reason is EndReason.FINISHED and final.problem is None and final.error is None
    assert not harness.of(AnswerEnded)[-1].stopped
    branch = harness.store.branch(cid)
    assert [(m.role, m.status) for m in branch] == [
        (Role.USER, MessageStatus.COMPLETE),
        (Role.ASSISTANT, MessageStatus.COMPLETE),
    ]
    assert branch[0].content == "Hello there"
    conversation = harness.store.get_conversation(cid)
    assert conversation is not None
    assert conversation.title == "Hello there" and conversation.draft == ""
    assert isinstance(harness.events[0], TurnStarted) and isinstance(harness.events[-1], AnswerEnded)


def test_user_message_is_committed_before_the_request(harness: Harness, sim) -> None:
    sim.queue("silent")  # the gateway never answers
    cid = new_chat(harness)
    seen: list[list[tuple[Role, MessageStatus]]] = []

    async def go(service):
        task = asyncio.ensure_future(service.send(cid, "Keep me", harness.listen))
        while not harness.of(TurnStarted):
            await asyncio.sleep(0.01)
        seen.append([(m.role, m.status) for m in harness.store.branch(cid)])
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    harness.run(go)
    assert seen == [[(Role.USER, MessageStatus.COMPLETE), (Role.ASSISTANT, MessageStatus.STREAMING)]]


async def sending_with_text(harness: Harness, service, cid: int) -> asyncio.Future:  # type: ignore[no-untyped-def]
    """Starts sending and returns the task once a few pieces of the answer have arrived."""
    task = asyncio.ensure_future(service.send(cid, "Tell me a story", harness.listen))
    while len(harness.of(AnswerDelta)) < 3:
        await asyncio.sleep(0.01)
    return task


def test_stop_keeps_partial_text_as_interrupted(harness: Harness, sim) -> None:
    sim.queue("default;tps=40")
    cid = new_chat(harness)

    async def go(service):
        task = await sending_with_text(harness, service, cid)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    harness.run(go)
    ended = harness.of(AnswerEnded)[-1]
    assert ended.end_reason is EndReason.STOPPED and ended.stopped and ended.message is not None
    answer = harness.store.get_message(ended.message_id)
    assert answer is not None and answer.status is MessageStatus.INTERRUPTED
    assert answer.content == "".join(e.text for e in harness.of(AnswerDelta))
    assert answer.content and answer.end_reason is EndReason.STOPPED and answer.error is None
    assert sim.wait_for_disconnect(5) is not None  # the connection was closed at once


def test_an_answer_cut_off_by_quitting_says_the_app_closed(harness: Harness, sim) -> None:
    sim.queue("default;tps=40")
    cid = new_chat(harness)

    async def go(service):
        task = await sending_with_text(harness, service, cid)
        service.begin_shutdown()  # the app quits: the person did not stop this answer
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    harness.run(go)
    answer = harness.store.get_message(harness.of(AnswerEnded)[-1].message_id)
    assert answer is not None and answer.status is MessageStatus.INTERRUPTED
    assert answer.end_reason is EndReason.APP_CLOSED  # as after a crash, not "stopped by the person"
    ended = harness.of(AnswerEnded)[-1]
    assert ended.end_reason is EndReason.APP_CLOSED and ended.stopped


def test_dropped_stream_is_interrupted_with_text_kept(harness: Harness, sim) -> None:
    sim.queue("drop;after=3")
    cid = new_chat(harness)
    final = harness.run(lambda s: s.send(cid, "Hi", harness.listen))
    ended = harness.of(AnswerEnded)[-1]
    assert isinstance(ended.error, IncompleteAnswer)
    assert final is not None and final.status is MessageStatus.INTERRUPTED
    assert final.end_reason is EndReason.FAILED and final.problem is Problem.BROKEN_OFF
    assert final.content and ended.end_reason is EndReason.FAILED
    assert final.error is None  # no words of the gateway: the UI words the problem


def test_error_after_200_is_failed_with_text_kept(harness: Harness, sim) -> None:
    sim.queue("error_after;after=3")
    cid = new_chat(harness)
    final = harness.run(lambda s: s.send(cid, "Hi", harness.listen))
    ended = harness.of(AnswerEnded)[-1]
    assert isinstance(ended.error, StreamFailed)
    assert final is not None and final.status is MessageStatus.FAILED
    assert final.end_reason is EndReason.FAILED and final.problem is Problem.STREAM_FAILED
    assert final.content and final.error == ended.error.server_message  # the gateway's own words


def test_bad_key_is_failed_with_its_problem_and_the_gateways_words(harness: Harness, sim) -> None:
    sim.queue("bad_key")
    cid = new_chat(harness)
    final = harness.run(lambda s: s.send(cid, "Hi", harness.listen))
    error = harness.of(AnswerEnded)[-1].error
    assert isinstance(error, AuthenticationFailed)
    assert final is not None and final.status is MessageStatus.FAILED
    assert final.end_reason is EndReason.FAILED and final.problem is Problem.KEY_REJECTED
    assert final.error and final.error == error.server_message  # technical detail, not our sentence
    assert KEY not in (final.error or "")


def test_unreachable_gateway_keeps_message_and_retry_sends_it(harness: Harness, sim) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]
    real_url = harness.base_url
    harness.base_url = f"http://127.0.0.1:{dead_port}/v1"
    cid = new_chat(harness)
    final = harness.run(lambda s: s.send(cid, "Are you there?", harness.listen))
    assert final is None
    ended = harness.of(AnswerEnded)[-1]
    assert isinstance(ended.error, ConnectionFailed) and ended.end_reason is EndReason.FAILED
    assert ended.error.problem is Problem.NO_CONNECTION
    branch = harness.store.branch(cid)
    assert [(m.role, m.content) for m in branch] == [(Role.USER, "Are you there?")]

    harness.base_url = real_url  # back online
    answer = harness.run(lambda s: s.retry(cid, branch[0].id, harness.listen))
    assert answer is not None and answer.status is MessageStatus.COMPLETE
    assert [m.role for m in harness.store.branch(cid)] == [Role.USER, Role.ASSISTANT]


def test_retrying_is_reported_then_completes(harness: Harness, sim) -> None:
    sim.queue("flaky;fails=1;code=503")
    sim.queue("flaky;fails=1;code=503")
    cid = new_chat(harness)
    final = harness.run(lambda s: s.send(cid, "Hi", harness.listen))
    retries = harness.of(AnswerRetrying)
    assert retries and retries[0].attempt == 2
    assert retries[0].error.problem is Problem.SERVER_TROUBLE and retries[0].error.status == 503
    assert final is not None and final.status is MessageStatus.COMPLETE


def test_regenerate_makes_a_sibling(harness: Harness) -> None:
    cid = new_chat(harness)
    first = harness.run(lambda s: s.send(cid, "Hi", harness.listen))
    assert first is not None
    second = harness.run(lambda s: s.regenerate(cid, first.id, harness.listen))
    assert second is not None and second.id != first.id and second.parent_id == first.parent_id
    assert [m.id for m in harness.store.siblings(second.id)] == [first.id, second.id]
    assert harness.store.branch(cid)[-1].id == second.id


def test_edit_and_resend_makes_a_user_sibling(harness: Harness) -> None:
    cid = new_chat(harness)
    harness.run(lambda s: s.send(cid, "Original", harness.listen))
    user = harness.store.branch(cid)[0]
    answer = harness.run(lambda s: s.edit_and_resend(cid, user.id, "Edited", harness.listen))
    assert answer is not None
    branch = harness.store.branch(cid)
    assert [m.content for m in branch][:1] == ["Edited"]
    assert [m.content for m in harness.store.siblings(branch[0].id)] == ["Original", "Edited"]


def test_continue_after_length_cut_appends_a_child_answer(harness: Harness, sim) -> None:
    sim.queue("default;finish=length")
    cid = new_chat(harness)
    cut = harness.run(lambda s: s.send(cid, "Write a lot", harness.listen))
    assert cut is not None and cut.finish_reason is FinishReason.LENGTH
    more = harness.run(lambda s: s.continue_answer(cid, cut.id, harness.listen))
    assert more is not None and more.parent_id == cut.id and more.status is MessageStatus.COMPLETE
    payload = [r for r in sim.requests if r.path.endswith("/chat/completions")][-1].payload
    assert payload is not None
    assert payload["messages"][-2] == {"role": "assistant", "content": cut.content}
    assert payload["messages"][-1] == {"role": "user", "content": CONTINUE_INSTRUCTION}


def test_continue_refuses_a_complete_answer(harness: Harness) -> None:
    cid = new_chat(harness)
    done = harness.run(lambda s: s.send(cid, "Hi", harness.listen))
    assert done is not None
    with pytest.raises(NothingToDo) as refused:
        harness.run(lambda s: s.continue_answer(cid, done.id, harness.listen))
    assert refused.value.refusal is Refusal.ALREADY_COMPLETE


def test_history_is_sent_as_context_with_system_prompt(harness: Harness, sim) -> None:
    cid = new_chat(harness)
    harness.store.update_settings(cid, system_prompt="Be brief.")
    harness.run(lambda s: s.send(cid, "First", harness.listen))
    harness.run(lambda s: s.send(cid, "Second", harness.listen))
    payload = [r for r in sim.requests if r.path.endswith("/chat/completions")][-1].payload
    assert payload is not None
    roles = [m["role"] for m in payload["messages"]]
    assert roles == ["system", "user", "assistant", "user"]
    assert payload["messages"][0]["content"] == "Be brief."
    assert payload["model"] == "gemini-2.5-flash"
