"""The simulator as a tool-calling model, over a real socket through our client: every script, the
checks it makes of tool results, what it records, and its refusal of tools."""

from __future__ import annotations

import asyncio
import json

import pytest

from desktop_chat.api import (
    BadRequest,
    ChatRequest,
    Completion,
    Finished,
    GatewayClient,
    MalformedReason,
    ToolCallsRequested,
    ToolCallStarted,
    ToolsNotSupported,
)
from desktop_chat.devtools.simulator import SimulatorServer, ToolScript
from desktop_chat.devtools.tool_answers import NOT_A_RESPONSE, UNKNOWN_TOOL, cut_off, value_for
from desktop_chat.domain import ChatMessage, FinishReason, Role, ToolCall, ToolSpec

from .conftest import Outcome, fast_config, stream
from .test_simulator import http

MODEL = "gemini-2.5-flash"
TIME = ToolSpec("get_current_time", "Get the current time in a timezone", json.dumps({
    "type": "object", "properties": {"timezone": {"type": "string"}}, "required": ["timezone"]}))
CONVERT = ToolSpec("convert_time", "Convert a time between timezones", json.dumps({
    "type": "object",
    "properties": {"source_timezone": {"type": "string"}, "time": {"type": "string"},
                   "target_timezone": {"type": "string"}},
    "required": ["source_timezone", "time", "target_timezone"]}))
ASK = ChatMessage(Role.USER, "What time is it in Paris?")


def ask(
    base_url: str, *messages: ChatMessage, stream_: bool = True, tools: tuple[ToolSpec, ...] = (TIME,)
) -> Outcome:
    return stream(base_url, ChatRequest(MODEL, list(messages or [ASK]), stream=stream_, tools=tools))


def calls_of(outcome: Outcome) -> ToolCallsRequested:
    assert outcome.error is None, outcome.error
    [found] = outcome.of(ToolCallsRequested)
    return found


def follow_up(calls: tuple[ToolCall, ...], *results: str) -> list[ChatMessage]:
    answers = [ChatMessage(Role.TOOL, r, tool_call_id=c.id) for c, r in zip(calls, results, strict=True)]
    return [ASK, ChatMessage(Role.ASSISTANT, "", tool_calls=calls), *answers]


@pytest.mark.parametrize("stream_", [True, False], ids=["streamed", "whole"])
def test_once_then_answer_calls_the_tool_then_quotes_its_result(sim: SimulatorServer, stream_: bool) -> None:
    first = ask(sim.base_url, stream_=stream_)
    [call] = calls_of(first).calls
    assert (call.name, json.loads(call.arguments)) == ("get_current_time", {"timezone": "Europe/Paris"})
    assert first.of(ToolCallStarted) == [ToolCallStarted(0, call.id, "get_current_time")]
    assert first.of(Finished)[0].reason is FinishReason.TOOL_CALLS
    assert first.text == ""
    result = '{"datetime": "2025-06-01T14:00:00+02:00"}'
    second = ask(sim.base_url, *follow_up((call,), result), stream_=stream_)
    assert second.error is None and not second.of(ToolCallsRequested)
    assert second.text == 'The tool said: {"datetime": "2025-06-01T14:00:00+02:00"}'
    first_record, second_record = sim.requests
    assert first_record.tools == ["get_current_time"] and first_record.tool_calls_made == ["get_current_time"]
    assert second_record.tool_messages == [(call.id, '{"datetime": "2025-06-01T14:00:00+02:00"}')]
    sent = second_record.payload["messages"][1]  # type: ignore[index]
    assert sent["content"] is None and sent["tool_calls"][0]["id"] == call.id


def test_parallel_calls_two_tools_in_one_answer_and_the_answer_quotes_both(sim: SimulatorServer) -> None:
    url = sim.scenario_url("default;tool_script=parallel")
    calls = calls_of(ask(url, tools=(TIME, CONVERT))).calls
    assert [c.name for c in calls] == ["get_current_time", "convert_time"]
    assert json.loads(calls[1].arguments) == {"source_timezone": "Asia/Tokyo", "time": "14:30",
                                              "target_timezone": "Europe/Paris"}
    assert len({c.id for c in calls}) == 2
    answer = ask(url, *follow_up(calls, "12:00", "13:00"), tools=(TIME, CONVERT))
    assert answer.text == "The tool said: 12:00\nThe tool said: 13:00"


def test_parallel_with_one_tool_calls_it_twice_with_other_arguments(sim: SimulatorServer) -> None:
    calls = calls_of(ask(sim.scenario_url("default;tool_script=parallel"))).calls
    assert [json.loads(c.arguments)["timezone"] for c in calls] == ["Europe/Paris", "Asia/Tokyo"]


def test_split_sends_the_arguments_in_three_character_fragments(sim: SimulatorServer) -> None:
    url = sim.scenario_url("default;tool_script=split")
    [call] = calls_of(ask(url)).calls
    assert json.loads(call.arguments) == {"timezone": "Europe/Paris"}
    body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": "time?"}],
            "tools": [{"type": "function", "function": {"name": "get_current_time", "parameters": {}}}]}
    status, _headers, raw = http(f"{url}/chat/completions", body)
    assert status == 200
    chunks = [json.loads(line[6:]) for line in raw.decode().splitlines() if line.startswith("data: {")]
    chunks = [c for c in chunks if c["choices"] and "tool_calls" in c["choices"][0]["delta"]]
    pieces = [c["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"] for c in chunks[1:]]
    assert all(len(p) <= 3 for p in pieces) and "".join(pieces) == "{}"
    assert chunks[0]["choices"][0]["delta"]["tool_calls"][0]["function"] == {"name": "get_current_time",
                                                                              "arguments": ""}


@pytest.mark.parametrize("stream_", [True, False], ids=["streamed", "whole"])
def test_malformed_arguments_are_reported_not_raised(sim: SimulatorServer, stream_: bool) -> None:
    found = calls_of(ask(sim.scenario_url("default;tool_script=malformed"), stream_=stream_))
    assert found.calls == ()
    [bad] = found.malformed
    assert (bad.name, bad.arguments) == ("get_current_time", '{"timezone": "Eur')
    assert bad.reason is MalformedReason.NOT_JSON


def test_unknown_calls_a_tool_that_was_not_offered(sim: SimulatorServer) -> None:
    [call] = calls_of(ask(sim.scenario_url("default;tool_script=unknown"))).calls
    assert call.name == UNKNOWN_TOOL == "no_such_tool"


def test_forever_calls_again_after_every_result(sim: SimulatorServer) -> None:
    url = sim.scenario_url("default;tool_script=forever")
    messages = [ASK]
    for _round in range(3):
        [call] = calls_of(ask(url, *messages)).calls
        messages += [ChatMessage(Role.ASSISTANT, "", tool_calls=(call,)),
                     ChatMessage(Role.TOOL, "12:00", tool_call_id=call.id)]
    assert len({r.payload["messages"][-1].get("tool_call_id") for r in sim.requests[1:]}) == 2  # type: ignore[index]


def test_none_and_no_tools_answer_in_text(sim: SimulatorServer) -> None:
    assert not ask(sim.scenario_url("default;tool_script=none")).of(ToolCallsRequested)
    plain = ask(sim.base_url, tools=())
    assert plain.text.startswith("## You said") and not plain.of(ToolCallsRequested)
    assert sim.requests[-1].tools == []


def test_a_named_tool_and_the_control_endpoint(sim: SimulatorServer) -> None:
    [call] = calls_of(ask(sim.scenario_url("default;tool=convert_time"), tools=(TIME, CONVERT))).calls
    assert call.name == "convert_time"
    try:
        control = f"{sim.origin}/_sim/tool-script"
        status, _h, raw = http(control, {"script": "parallel", "tool": "get_current_time"})
        assert status == 200 and json.loads(raw) == {"script": "parallel", "tool": "get_current_time",
                                                     "refuse_models": []}
        calls = calls_of(ask(sim.base_url, tools=(TIME, CONVERT))).calls
        assert [c.name for c in calls] == ["get_current_time"] * 2
        assert http(f"{sim.origin}/_sim/tool-script", {"script": "sometimes"})[0] == 400
    finally:
        http(f"{sim.origin}/_sim/tool-script", method="DELETE")
    assert json.loads(http(f"{sim.origin}/_sim/tool-script")[2])["script"] == ToolScript.ONCE_THEN_ANSWER


def test_a_tool_result_that_answers_no_call_is_refused_like_openai(sim: SimulatorServer) -> None:
    orphan = ask(sim.base_url, ASK, ChatMessage(Role.TOOL, "12:00", tool_call_id="call_nobody"))
    assert isinstance(orphan.error, BadRequest) and orphan.error.status == 400
    assert orphan.error.server_message == NOT_A_RESPONSE
    call = ToolCall("call_a", "get_current_time", "{}")
    other = ChatMessage(Role.TOOL, "x", tool_call_id="call_b")
    wrong_id = ask(sim.base_url, *follow_up((call,), "x")[:2], other)
    assert isinstance(wrong_id.error, BadRequest)


def test_calls_left_without_results_are_refused(sim: SimulatorServer) -> None:
    calls = (ToolCall("call_a", "get_current_time", "{}"), ToolCall("call_b", "get_current_time", "{}"))
    half = follow_up(calls, "1", "2")[:3]
    outcome = ask(sim.base_url, *half, ChatMessage(Role.USER, "and?"))
    assert isinstance(outcome.error, BadRequest)
    assert "did not have response messages: call_b" in (outcome.error.server_message or "")
    assert ask(sim.base_url, *half).error is not None  # the last message is still waiting for call_b


def test_a_model_that_refuses_tools() -> None:
    with SimulatorServer(default_tps=0, no_tool_models=frozenset({MODEL})) as server:
        refused = ask(server.base_url)
        assert isinstance(refused.error, ToolsNotSupported)
        assert refused.error.server_message == f"registry.ollama.ai/library/{MODEL} does not support tools"
        assert not ask(server.base_url, tools=()).error  # the retry without tools works


def test_complete_returns_the_calls(sim: SimulatorServer) -> None:
    async def go() -> Completion:
        async with GatewayClient(fast_config(sim.base_url)) as client:
            return await client.complete(ChatRequest(MODEL, [ASK], tools=(TIME,), tool_choice="required"))

    completion = asyncio.run(go())
    assert [c.name for c in completion.tool_calls] == ["get_current_time"] and not completion.malformed_calls
    assert completion.finish_reason is FinishReason.TOOL_CALLS
    assert sim.requests[-1].tool_choice == "required"


def test_schema_values_and_the_cut() -> None:
    assert value_for("timezone", {"type": "string"}) == "Europe/Paris"
    assert value_for("unit", {"type": "string", "enum": ["celsius", "fahrenheit"]}) == "celsius"
    assert value_for("count", {"type": "integer"}) == 1
    assert value_for("flag", {"type": ["null", "boolean"]}) is True
    assert value_for("x", {"type": "string", "default": "d"}) == "d"
    assert cut_off('{"timezone": "Europe/Paris"}') == '{"timezone": "Eur'
