"""Long chats never hit a wall: trimming to the window, learning limits from every context-error shape,
retrying once by itself, calibrating the estimate from the gateway's usage, summaries and titles —
against the real simulator (its own token rule and per-model limits) and a real SQLite file."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from _services_harness import Harness

from desktop_chat.api import ContextTooLong
from desktop_chat.devtools.context_errors import ContextShape
from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.domain import LimitSource, MessageStatus, Problem, Role, SideRequest, TitleSource
from desktop_chat.services.changes import Changes
from desktop_chat.services.chat import ChatService
from desktop_chat.services.context_window import ChatContext, ContextService
from desktop_chat.services.events import AnswerEnded, ContextTrimmed
from desktop_chat.services.model_limits import ModelKnowledge
from desktop_chat.services.summarise import Summariser
from desktop_chat.services.titles import TitleWriter, clean_title
from desktop_chat.settings import ModelOverride

MODEL = "gemini-2.5-flash"
PARAGRAPH = (
    "The quarterly report covers revenue, churn and hiring across the three regions; each section "
    "lists the figures, the change against last year and the reasons the managers gave. "
)


def _wire(harness: Harness, tmp_path: Path, *, window: int | None = None) -> ContextService:
    overrides = (ModelOverride(MODEL, context_window=window),) if window else ()
    knowledge = ModelKnowledge(tmp_path / "knowledge.json", overrides=lambda: overrides,
                               gateway=lambda: harness.base_url)
    context = ContextService(knowledge)
    harness.service = ChatService(harness.store, lambda: harness.client, default_model=lambda: MODEL,
                                  context=context)
    return context


def _chat_requests(sim: SimulatorServer) -> list:
    return [r for r in sim.simulator.records if r.path.endswith("/chat/completions")]


def test_a_500_message_chat_on_an_8k_model_gets_every_answer(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    """The 8k window is set in Settings and enforced by the simulator: no request is refused."""
    _wire(harness, tmp_path, window=8192)
    sim.simulator.set_limits({MODEL: 8192})
    chat = harness.store.create_conversation(model=MODEL, system_prompt="Be brief.")

    async def talk(service: ChatService) -> None:
        for turn in range(250):
            await service.send(chat.id, f"Turn {turn}: {PARAGRAPH * 2}", harness.listen)

    harness.run(talk, timeout=120)
    ended = harness.of(AnswerEnded)
    assert len(ended) == 250
    assert all(e.message is not None and e.message.status is MessageStatus.COMPLETE for e in ended)
    assert not harness.of(ContextTrimmed), "the estimate kept every request under the window"
    requests = _chat_requests(sim)
    assert max(r.prompt_tokens for r in requests) <= 8192
    last = requests[-1]
    assert last.payload["messages"][0] == {"role": "system", "content": "Be brief."}
    assert "Turn 249" in last.payload["messages"][-1]["content"]
    roles = [m["role"] for m in last.payload["messages"][1:]]
    assert roles[0] == "user", "the oldest turn sent starts with its question"
    assert all(a != b for a, b in itertools.pairwise(roles)), "questions and answers pair up"


@pytest.mark.parametrize("shape", [
    ContextShape.OPENAI, ContextShape.ANTHROPIC, ContextShape.GEMINI, ContextShape.LITELLM,
    ContextShape.VLLM, ContextShape.NO_NUMBER, ContextShape.IN_STREAM,
])
def test_a_context_error_is_learned_trimmed_and_retried_once(
    harness: Harness, sim: SimulatorServer, tmp_path: Path, shape: ContextShape
) -> None:
    """The app believes the model takes 1M tokens; the gateway says 2,500: it learns, trims, retries."""
    context = _wire(harness, tmp_path)
    chat = harness.store.create_conversation(model=MODEL)

    async def talk(service: ChatService) -> None:
        for turn in range(12):
            await service.send(chat.id, f"Turn {turn}: {PARAGRAPH * 3}", harness.listen)
        sim.simulator.set_limits({MODEL: {"limit": 2500, "shape": shape.value}})
        await service.send(chat.id, "And now the last question?", harness.listen)

    harness.run(talk, timeout=60)
    (trimmed,) = harness.of(ContextTrimmed)
    assert trimmed.left_out > 0
    last = harness.of(AnswerEnded)[-1]
    assert last.message is not None and last.message.status is MessageStatus.COMPLETE
    limits = context.knowledge.limits(MODEL)
    assert limits.window_source is LimitSource.LEARNED
    if shape is not ContextShape.NO_NUMBER:
        assert limits.context_window == 2500
    requests = _chat_requests(sim)
    assert requests[-1].prompt_tokens <= 2500
    assert "last question" in requests[-1].payload["messages"][-1]["content"]
    # remembered for this gateway and model after a restart
    context.knowledge.flush()
    again = ModelKnowledge(tmp_path / "knowledge.json", gateway=lambda: harness.base_url)
    assert again.limits(MODEL).window_source is LimitSource.LEARNED
    assert ModelKnowledge(tmp_path / "knowledge.json", gateway=lambda: "https://other.example/v1") \
        .limits(MODEL).window_source is LimitSource.STANDARD


def test_a_second_context_error_ends_the_answer_plainly(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    """The newest question alone is over the limit: one retry, then a failure saying so (no loop)."""
    _wire(harness, tmp_path)
    chat = harness.store.create_conversation(model=MODEL)
    sim.simulator.set_limits({MODEL: 30})
    harness.run(lambda s: s.send(chat.id, PARAGRAPH * 4, harness.listen))
    (ended,) = harness.of(AnswerEnded)
    assert isinstance(ended.error, ContextTooLong)
    assert ended.message is not None and ended.message.problem is Problem.CONTEXT_TOO_LONG
    assert len(_chat_requests(sim)) <= 2
    assert harness.store.branch(chat.id)[0].role is Role.USER, "the question is kept"


@pytest.mark.parametrize("language, text", [
    ("english", PARAGRAPH * 3),
    ("chinese", "季度报告涵盖了三个地区的收入、客户流失和招聘情况；"
                "每一部分都列出了数字、与去年的变化以及经理们给出的原因。" * 3),
    ("code", "def total(rows: list[dict[str, int]]) -> int:\n"
             "    return sum(r['amount'] * 2 for r in rows if r)\n" * 6),
])
def test_the_estimate_converges_to_the_gateways_count_within_ten_percent(
    harness: Harness, sim: SimulatorServer, tmp_path: Path, language: str, text: str
) -> None:
    context = _wire(harness, tmp_path)
    chat = harness.store.create_conversation(model=MODEL)
    harness.run(lambda s: _send_all(s, chat.id, [f"{i}. {text}" for i in range(3)], harness))
    branch = harness.store.branch(chat.id)
    plan = context.plan(ChatContext(MODEL, chat.params, ""), [*branch, _pending(branch, f"3. {text}")])
    harness.run(lambda s: s.send(chat.id, f"3. {text}", harness.listen))
    truth = _chat_requests(sim)[-1].prompt_tokens
    assert abs(plan.estimated_tokens - truth) <= 0.10 * truth, (language, plan.estimated_tokens, truth)


async def _send_all(service: ChatService, cid: int, texts: list[str], harness: Harness) -> None:
    for text in texts:
        await service.send(cid, text, harness.listen)


def _pending(branch: list, text: str):  # type: ignore[no-untyped-def]
    from desktop_chat.domain import Message

    return Message(id=-1, conversation_id=branch[0].conversation_id, parent_id=branch[-1].id,
                   role=Role.USER, content=text, created_at=0.0, updated_at=0.0)


def test_summarise_them_stands_in_for_the_earlier_messages(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    context = _wire(harness, tmp_path, window=3000)
    changes = Changes()
    chat = harness.store.create_conversation(model=MODEL)
    summariser = Summariser(harness.store, lambda: harness.client, context,
                            chat_context=lambda cid: harness.service.context_of(cid),
                            summary_model=lambda model: model, changes=changes)
    progress: list[tuple[int, int]] = []

    async def talk(service: ChatService) -> None:
        for turn in range(14):
            await service.send(chat.id, f"Turn {turn}: {PARAGRAPH * 2}", harness.listen)
        before = context.plan(service.context_of(chat.id), harness.store.branch(chat.id))
        assert before.left_out > 0
        await summariser.summarise(chat.id, lambda p: progress.append((p.done, p.total)))
        await service.send(chat.id, "What did we cover first?", harness.listen)

    harness.run(talk, timeout=60)
    (summary,) = harness.store.summaries(chat.id)
    assert summary.covered > 0 and summary.content
    assert progress[0][0] == 0 and progress[-1][0] == progress[-1][1]
    request = _chat_requests(sim)[-1].payload["messages"]
    assert request[0]["role"] == "system" and summary.content in request[0]["content"]
    covered = {m.content for m in harness.store.branch(chat.id)[:summary.covered]}
    assert not any(m["content"] in covered for m in request[1:]), "covered messages are not sent"
    usage = harness.store.usage_between(0, 2**32)
    assert any(r.purpose is SideRequest.SUMMARY for r in usage)


def test_a_new_chat_gets_a_title_but_the_persons_title_wins(harness: Harness, sim: SimulatorServer,
                                                            tmp_path: Path) -> None:
    store = harness.store
    changes = Changes()
    titles = TitleWriter(store, lambda: harness.client, enabled=lambda: True, model_for=lambda m: m,
                         changes=changes)
    harness.service = ChatService(store, lambda: harness.client, default_model=lambda: MODEL,
                                  after_answer=lambda cid, model: titles.after_first_answer(cid, model))
    named = store.create_conversation(model=MODEL)
    mine = store.create_conversation(model=MODEL)

    async def talk(service: ChatService) -> None:
        await service.send(named.id, "Plan the team offsite in Lisbon for May", harness.listen)
        await titles.wait()
        store.rename_conversation(mine.id, "My own name")
        await service.send(mine.id, "Plan the team offsite in Lisbon for May", harness.listen)
        await titles.wait()
        await service.send(named.id, "And the budget?", harness.listen)  # not the first answer: no title
        await titles.wait()

    harness.run(talk)
    first = store.get_conversation(named.id)
    assert first is not None and first.title_source is TitleSource.MODEL and first.title
    assert store.get_conversation(mine.id).title == "My own name"  # type: ignore[union-attr]
    title_requests = [r for r in _chat_requests(sim) if "title" in str(r.payload["messages"][0]).lower()]
    assert len(title_requests) == 1


def test_a_failing_title_request_is_silent(harness: Harness, sim: SimulatorServer) -> None:
    store = harness.store
    titles = TitleWriter(store, lambda: harness.client, enabled=lambda: True,
                         model_for=lambda _m: "no-such-model", changes=Changes())  # the gateway: 404
    harness.service = ChatService(store, lambda: harness.client, default_model=lambda: MODEL,
                                  after_answer=lambda cid, model: titles.after_first_answer(cid, model))
    chat = store.create_conversation(model=MODEL)

    async def talk(service: ChatService) -> None:
        await service.send(chat.id, "Hello there, how are you", harness.listen)
        await titles.wait()

    harness.run(talk)
    got = store.get_conversation(chat.id)
    assert got is not None and got.title == "Hello there, how are you"
    assert got.title_source is TitleSource.FIRST_MESSAGE


@pytest.mark.parametrize("raw, title", [
    ('"Team offsite in Lisbon."', "Team offsite in Lisbon"),
    ("Title: Budget review", "Budget review"),
    ("**Quarterly numbers**\n\nSome explanation", "Quarterly numbers"),
    ("标题：数据库迁移计划。", "数据库迁移计划"),
    ("", ""),
])
def test_titles_are_cleaned(raw: str, title: str) -> None:
    assert clean_title(raw) == title


def test_a_message_longer_than_the_whole_window_is_refused_before_saving(
    harness: Harness, tmp_path: Path
) -> None:
    from desktop_chat.domain import Refusal
    from desktop_chat.services.refusals import NothingToDo

    _wire(harness, tmp_path, window=1000)
    chat = harness.store.create_conversation(model=MODEL)
    with pytest.raises(NothingToDo) as refused:
        harness.run(lambda s: s.send(chat.id, PARAGRAPH * 60, harness.listen))
    assert refused.value.refusal is Refusal.MESSAGE_TOO_LONG
    assert harness.store.branch(chat.id) == []


def test_the_gateways_model_list_figures_win_over_the_standard_ones(tmp_path: Path) -> None:
    from desktop_chat.domain import ModelFacts, Price

    knowledge = ModelKnowledge(tmp_path / "k.json")
    assert knowledge.limits(MODEL).window_source is LimitSource.STANDARD
    knowledge.set_listed([ModelFacts(MODEL, 32_000, 4_000, Price(1.0, 2.0))])
    limits = knowledge.limits(MODEL)
    assert (limits.context_window, limits.window_source, limits.price_source) == (
        32_000, LimitSource.GATEWAY, LimitSource.GATEWAY)
    assert knowledge.limits("anthropic/claude-sonnet-4-5").context_window == 200_000
    assert knowledge.limits("some-unknown-model").context_window is None

