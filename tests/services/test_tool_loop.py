"""The tool loop against the real simulator (playing tool-calling models) and a real history: calls
decided by the person (or autoApprove), run, their results saved and sent back with their ids,
the model asked again; every way a model gets tool calling wrong; Stop; the round limit."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from _services_harness import Harness

from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.devtools.tool_answers import ToolScript
from desktop_chat.domain import (
    FinishReason,
    MessageStatus,
    Problem,
    Role,
    ToolDecision,
    ToolOutcome,
    ToolResult,
    ToolSpec,
)
from desktop_chat.services.chat import ChatService
from desktop_chat.services.context import build_context
from desktop_chat.services.context_window import ContextService
from desktop_chat.services.events import ToolFinished, ToolRoundsUsedUp, ToolRunning
from desktop_chat.services.model_limits import ModelKnowledge
from desktop_chat.services.tool_loop import DENIED_TEXT, ApprovalRequest

MODEL = "gemini-2.5-flash"
TIME = ToolSpec(
    "get_current_time", "Get the current time in a time zone",
    json.dumps({"type": "object", "properties": {"timezone": {"type": "string"}}, "required": ["timezone"]}),
    server="time", tool="get_current_time", read_only=True,
)
CONVERT = ToolSpec(
    "convert_time", "Convert a time between zones",
    json.dumps({"type": "object", "properties": {"time": {"type": "string"}}, "required": ["time"]}),
    server="time", tool="convert_time",
)


class FakeRunner:
    """Tools run in-process: what they were called with, what they answer."""

    def __init__(self, specs: tuple[ToolSpec, ...] = (TIME, CONVERT), *, auto: frozenset[str] = frozenset(),
                 delay: float = 0.0) -> None:
        self.specs = specs
        self.auto = set(auto)
        self.delay = delay
        self.calls: list[tuple[str, dict[str, object]]] = []
        self.always: list[str] = []

    def tools(self) -> tuple[ToolSpec, ...]:
        return self.specs

    async def settled(self, timeout_s: float = 15.0) -> None:
        return None

    async def call(self, name: str, arguments: dict[str, object], *, timeout_s: float) -> ToolResult:
        self.calls.append((name, arguments))
        if self.delay:
            await asyncio.sleep(self.delay)
        return ToolResult("", ToolOutcome.DONE, f"{name} says 14:05 in {arguments.get('timezone', '?')}",
                          duration_ms=3)

    def auto_approved(self, spec: ToolSpec) -> bool:
        return spec.tool in self.auto

    def always_allow(self, spec: ToolSpec) -> None:
        self.always.append(spec.tool)
        self.auto.add(spec.tool)


def _wire(harness: Harness, tmp_path: Path, runner: FakeRunner | None, *, rounds: int = 10) -> ChatService:
    context = ContextService(ModelKnowledge(tmp_path / "knowledge.json", gateway=lambda: harness.base_url))
    harness.service = ChatService(harness.store, lambda: harness.client, default_model=lambda: MODEL,
                                  context=context, tools=lambda: runner, tool_rounds=lambda: rounds)
    return harness.service


def _requests(sim: SimulatorServer) -> list[dict[str, Any]]:
    return [r.payload for r in sim.simulator.records if r.path.endswith("/chat/completions") and r.payload]


def _answering(decision: ToolDecision, asked: list[ApprovalRequest] | None = None):
    async def approver(request: ApprovalRequest) -> ToolDecision:
        if asked is not None:
            asked.append(request)
        return decision
    return approver


def test_an_auto_approved_call_runs_and_its_result_goes_back_with_its_id(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    runner = FakeRunner(auto=frozenset({"get_current_time"}))
    service = _wire(harness, tmp_path, runner)
    sim.simulator.tool_name = "get_current_time"
    chat = harness.store.create_conversation(model=MODEL)
    harness.run(lambda s: s.send(chat.id, "What time is it in Paris?", harness.listen))

    assert runner.calls == [("get_current_time", {"timezone": "Europe/Paris"})]
    first, second = _requests(sim)[-2:]
    assert [t["function"]["name"] for t in first["tools"]] == ["get_current_time", "convert_time"]
    call_message, tool_message = second["messages"][-2:]
    [call] = call_message["tool_calls"]
    assert call_message["role"] == "assistant" and call["function"]["name"] == "get_current_time"
    assert tool_message == {"role": "tool", "tool_call_id": call["id"],
                            "content": "get_current_time says 14:05 in Europe/Paris"}
    user, asking, answer = harness.store.branch(chat.id)
    assert user.role is Role.USER and asking.finish_reason is FinishReason.TOOL_CALLS
    assert [c.name for c in asking.tool_calls] == ["get_current_time"]
    [result] = asking.tool_results
    assert result.outcome is ToolOutcome.DONE and result.server == "time" and result.duration_ms == 3
    assert answer.parent_id == asking.id and answer.status is MessageStatus.COMPLETE
    assert "14:05" in answer.content  # the model read the result
    assert [type(e).__name__ for e in harness.events if isinstance(e, ToolRunning | ToolFinished)] == [
        "ToolRunning", "ToolFinished"]
    assert not service.is_streaming(chat.id)
    # reopened later, the branch is sent the same way (the calls with their results)
    rebuilt = build_context("", harness.store.branch(chat.id))
    assert [m.role for m in rebuilt] == [Role.USER, Role.ASSISTANT, Role.TOOL, Role.ASSISTANT]


def test_nothing_runs_without_the_persons_say_so(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    runner = FakeRunner()
    service = _wire(harness, tmp_path, runner)
    asked: list[ApprovalRequest] = []
    service.approver = _answering(ToolDecision.DENY, asked)
    chat = harness.store.create_conversation(model=MODEL)
    harness.run(lambda s: s.send(chat.id, "What time is it?", harness.listen))
    assert runner.calls == [] and len(asked) == 1
    assert asked[0].spec.server == "time" and asked[0].arguments == {"timezone": "Europe/Paris"}
    asking = harness.store.branch(chat.id)[1]
    assert asking.tool_results[0].outcome is ToolOutcome.DENIED
    assert _requests(sim)[-1]["messages"][-1] == {"role": "tool", "tool_call_id": asking.tool_calls[0].id,
                                                  "content": DENIED_TEXT}


def test_allow_once_asks_again_next_time_and_always_allow_does_not(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    runner = FakeRunner()
    service = _wire(harness, tmp_path, runner)
    asked: list[ApprovalRequest] = []
    service.approver = _answering(ToolDecision.ALLOW_ONCE, asked)
    chat = harness.store.create_conversation(model=MODEL)
    harness.run(lambda s: s.send(chat.id, "Time?", harness.listen))
    harness.run(lambda s: s.send(chat.id, "And now?", harness.listen))
    assert len(asked) == 2 and len(runner.calls) == 2
    service.approver = _answering(ToolDecision.ALWAYS_ALLOW, asked)
    harness.run(lambda s: s.send(chat.id, "Again?", harness.listen))
    harness.run(lambda s: s.send(chat.id, "Once more?", harness.listen))
    assert len(asked) == 3 and len(runner.calls) == 4 and runner.always == ["get_current_time"]


def test_parallel_calls_each_get_their_result_in_order(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    runner = FakeRunner(auto=frozenset({"get_current_time", "convert_time"}))
    _wire(harness, tmp_path, runner)
    sim.simulator.tool_script = ToolScript.PARALLEL
    chat = harness.store.create_conversation(model=MODEL)
    harness.run(lambda s: s.send(chat.id, "Time in two places", harness.listen))
    asking = harness.store.branch(chat.id)[1]
    assert len(asking.tool_calls) == 2
    assert [r.call_id for r in asking.tool_results] == [c.id for c in asking.tool_calls]
    tool_messages = [m for m in _requests(sim)[1]["messages"] if m["role"] == "tool"]
    assert [m["tool_call_id"] for m in tool_messages] == [c.id for c in asking.tool_calls]


def test_arguments_split_into_many_chunks_are_assembled(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    runner = FakeRunner(auto=frozenset({"get_current_time"}))
    _wire(harness, tmp_path, runner)
    sim.simulator.tool_script = ToolScript.SPLIT
    sim.simulator.tool_name = "get_current_time"
    chat = harness.store.create_conversation(model=MODEL)
    harness.run(lambda s: s.send(chat.id, "Time?", harness.listen))
    assert runner.calls == [("get_current_time", {"timezone": "Europe/Paris"})]


def test_malformed_arguments_and_unknown_tools_are_answered_not_run(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    runner = FakeRunner(auto=frozenset({"get_current_time", "convert_time"}))
    _wire(harness, tmp_path, runner, rounds=1)
    chat = harness.store.create_conversation(model=MODEL)
    for script, outcome in ((ToolScript.MALFORMED, ToolOutcome.MALFORMED),
                            (ToolScript.UNKNOWN, ToolOutcome.UNKNOWN_TOOL)):
        sim.simulator.tool_script = script
        text = f"Try {script.value}"
        harness.run(lambda s, text=text: s.send(chat.id, text, harness.listen))
        asking = harness.store.branch(chat.id)[-1]
        assert asking.tool_calls and asking.tool_results[0].outcome is outcome, script
    assert runner.calls == []
    # sent back, a malformed call carries "{}" (providers that parse arguments refuse the request)
    follow_up = build_context("", harness.store.branch(chat.id))
    sent_calls = [c for m in follow_up for c in m.tool_calls]
    assert all(json.loads(c.arguments) is not None for c in sent_calls)


def test_a_model_that_never_stops_calling_tools_is_stopped_at_the_limit(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    runner = FakeRunner(auto=frozenset({"get_current_time"}))
    _wire(harness, tmp_path, runner, rounds=3)
    sim.simulator.tool_script = ToolScript.FOREVER
    chat = harness.store.create_conversation(model=MODEL)
    harness.run(lambda s: s.send(chat.id, "Loop", harness.listen))
    assert len(runner.calls) == 3
    [used_up] = [e for e in harness.events if isinstance(e, ToolRoundsUsedUp)]
    assert used_up.rounds == 3
    branch = harness.store.branch(chat.id)
    assert len(branch) == 4 and all(m.tool_results for m in branch[1:])


def test_stop_while_a_call_waits_for_the_person_saves_it_as_stopped(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    runner = FakeRunner()
    service = _wire(harness, tmp_path, runner)
    waiting = asyncio.Event()

    async def never_answers(_request: ApprovalRequest) -> ToolDecision:
        waiting.set()
        await asyncio.sleep(3600)
        return ToolDecision.DENY

    service.approver = never_answers
    chat = harness.store.create_conversation(model=MODEL)

    async def send_then_stop(s: ChatService) -> None:
        task = asyncio.ensure_future(s.send(chat.id, "Time?", harness.listen))
        await asyncio.wait_for(waiting.wait(), 10)
        assert s.is_streaming(chat.id)  # between the requests the chat is still answering
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    harness.run(send_then_stop)
    asking = harness.store.branch(chat.id)[-1]
    assert asking.tool_results[0].outcome is ToolOutcome.STOPPED and runner.calls == []
    assert not service.is_streaming(chat.id)


def test_no_tools_are_offered_when_none_are_configured_or_the_chat_has_them_off(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    _wire(harness, tmp_path, None)
    chat = harness.store.create_conversation(model=MODEL)
    harness.run(lambda s: s.send(chat.id, "Hello", harness.listen))
    assert "tools" not in _requests(sim)[-1]
    _wire(harness, tmp_path, FakeRunner())
    harness.store.update_settings(chat.id, tools_enabled=False)
    harness.run(lambda s: s.send(chat.id, "Hello again", harness.listen))
    assert "tools" not in _requests(sim)[-1]


def test_a_gateway_that_refuses_tools_fails_the_answer_plainly(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    _wire(harness, tmp_path, FakeRunner())
    sim.simulator.no_tool_models = frozenset({MODEL})
    chat = harness.store.create_conversation(model=MODEL)
    harness.run(lambda s: s.send(chat.id, "Time?", harness.listen))
    answer = harness.store.branch(chat.id)[-1]
    assert answer.status is MessageStatus.FAILED and answer.problem is Problem.TOOLS_NOT_SUPPORTED
    harness.run(lambda s: s.retry(chat.id, answer.id, harness.listen))  # Retry is "retry without tools"
    assert harness.store.branch(chat.id)[-1].status is MessageStatus.COMPLETE
    assert "tools" not in _requests(sim)[-1]
    assert harness.store.get_conversation(chat.id).tools_enabled is False
