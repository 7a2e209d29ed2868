"""Tools through a real LiteLLM proxy whose upstream is our simulator: what arrives, what comes back.

Why: the app sends `tools`, assistant `tool_calls` and `role: "tool"` results in the OpenAI shape; a
gateway in between may rename, re-chunk or re-number the calls it passes back. Here LiteLLM (the
pinned version in .venv-litellm) sits between our client and the simulator playing a tool-calling
model, so the test sees both what the upstream received and what our decoder made of LiteLLM's
stream. A proxy of its own (its config names the simulator's port), started once for this module.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import pytest
from _litellm_proxy import LITELLM_BIN, MASTER_KEY, LiteLLMProxy, start_proxy, stop_proxy

from desktop_chat.api import (
    ChatRequest,
    Finished,
    GatewayClient,
    GatewayConfig,
    GatewayError,
    MalformedReason,
    RetryPolicy,
    StreamEvent,
    TextDelta,
    ToolCallsRequested,
    ToolCallStarted,
    ToolsNotSupported,
)
from desktop_chat.devtools.simulator import SimulatorServer, ToolScript
from desktop_chat.domain import ChatMessage, FinishReason, Role, ToolCall, ToolSpec

TIME = ToolSpec("time__get_current_time", "Get the current time in a timezone", json.dumps({
    "type": "object", "properties": {"timezone": {"type": "string", "description": "IANA name"}},
    "required": ["timezone"]}))
CONVERT = ToolSpec("time__convert_time", "Convert a time", json.dumps({
    "type": "object", "properties": {"source_timezone": {"type": "string"}, "time": {"type": "string"},
                                     "target_timezone": {"type": "string"}},
    "required": ["source_timezone", "time", "target_timezone"]}))
ASK = ChatMessage(Role.USER, "What time is it in Paris?")
REFUSING = "claude-sonnet-4-5"  # the upstream model that refuses tools


def _config(upstream: str) -> str:
    models = {"sim-tools": "gemini-2.5-flash", "sim-no-tools": REFUSING}
    entries = "".join(
        f"  - model_name: {name}\n"
        f"    litellm_params:\n"
        f"      model: {json.dumps('openai/' + upstream_model)}\n"
        f"      api_base: {json.dumps(upstream)}\n"
        f"      api_key: sk-upstream-sim\n"
        for name, upstream_model in models.items()
    )
    return (
        f"model_list:\n{entries}"
        "litellm_settings:\n  num_retries: 0\n  telemetry: false\n  drop_params: false\n"
        f"general_settings:\n  master_key: {json.dumps(MASTER_KEY)}\n"
    )


@pytest.fixture(scope="module")
def upstream() -> Iterator[SimulatorServer]:
    with SimulatorServer(default_tps=0, no_tool_models=frozenset({REFUSING})) as server:
        yield server


@pytest.fixture(scope="module")
def proxy(upstream: SimulatorServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiteLLMProxy]:
    if not LITELLM_BIN.exists():
        pytest.skip("LiteLLM is not installed: run scripts/setup-litellm.sh")
    proc, running = start_proxy(tmp_path_factory.mktemp("litellm-tools"), _config(upstream.base_url))
    try:
        yield running
    finally:
        stop_proxy(proc)


@pytest.fixture
def sim(upstream: SimulatorServer) -> SimulatorServer:
    upstream.simulator.records.clear()
    return upstream


def _run(proxy: LiteLLMProxy, request: ChatRequest) -> tuple[list[StreamEvent], GatewayError | None]:
    async def go() -> tuple[list[StreamEvent], GatewayError | None]:
        config = GatewayConfig(proxy.base_url, proxy.master_key, retry=RetryPolicy(max_attempts=1))
        events: list[StreamEvent] = []
        async with GatewayClient(config) as client:
            try:
                async for event in client.stream_chat(request):
                    events.append(event)
            except GatewayError as exc:
                return events, exc
        return events, None

    return asyncio.run(go())


def _requested(events: list[StreamEvent]) -> ToolCallsRequested:
    [found] = [e for e in events if isinstance(e, ToolCallsRequested)]
    return found


def _upstream_payloads(sim: SimulatorServer) -> list[dict[str, object]]:
    return [r.payload for r in sim.requests if r.path.endswith("/chat/completions") and r.payload]


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "whole"])
def test_a_tool_round_trip_through_litellm(proxy: LiteLLMProxy, sim: SimulatorServer, stream: bool) -> None:
    request = ChatRequest("sim-tools", [ASK], stream=stream, tools=(TIME,), tool_choice="auto")
    events, error = _run(proxy, request)
    assert error is None, error
    [call] = _requested(events).calls
    assert call.name == "time__get_current_time"
    assert json.loads(call.arguments) == {"timezone": "Europe/Paris"}
    assert call.id.startswith("call_sim")  # LiteLLM passes the upstream's id on
    assert [e.name for e in events if isinstance(e, ToolCallStarted)] == ["time__get_current_time"]
    finished = events[-1]
    assert isinstance(finished, Finished) and finished.reason is FinishReason.TOOL_CALLS
    [sent] = _upstream_payloads(sim)
    assert sent["tools"] == [{"type": "function", "function": {  # passed on as we wrote it
        "name": "time__get_current_time", "description": "Get the current time in a timezone",
        "parameters": json.loads(TIME.parameters_json)}}]
    assert sent["tool_choice"] == "auto"

    follow_up = [ASK, ChatMessage(Role.ASSISTANT, "", tool_calls=(call,)),
                 ChatMessage(Role.TOOL, '{"datetime": "2025-06-01T14:00:00+02:00"}', tool_call_id=call.id)]
    events, error = _run(proxy, ChatRequest("sim-tools", follow_up, stream=stream, tools=(TIME,)))
    assert error is None, error
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == (
        'The tool said: {"datetime": "2025-06-01T14:00:00+02:00"}')
    assert sim.requests[-1].tool_messages == [(call.id, '{"datetime": "2025-06-01T14:00:00+02:00"}')]
    messages = sim.requests[-1].payload["messages"]  # type: ignore[index]
    assert messages[1]["role"] == "assistant" and messages[1]["tool_calls"][0]["id"] == call.id
    assert json.loads(messages[1]["tool_calls"][0]["function"]["arguments"]) == {"timezone": "Europe/Paris"}


def test_parallel_and_split_calls_come_back_assembled(proxy: LiteLLMProxy, sim: SimulatorServer) -> None:
    sim.simulator.tool_script = ToolScript.PARALLEL
    try:
        events, error = _run(proxy, ChatRequest("sim-tools", [ASK], tools=(TIME, CONVERT)))
        assert error is None, error
        calls = _requested(events).calls
        assert [c.name for c in calls] == ["time__get_current_time", "time__convert_time"]
        assert json.loads(calls[1].arguments)["source_timezone"] == "Asia/Tokyo"
        sim.simulator.tool_script = ToolScript.SPLIT
        events, error = _run(proxy, ChatRequest("sim-tools", [ASK], tools=(TIME,)))
        assert error is None, error
        [call] = _requested(events).calls
        assert json.loads(call.arguments) == {"timezone": "Europe/Paris"}
    finally:
        sim.simulator.tool_script = ToolScript.ONCE_THEN_ANSWER


def test_malformed_arguments_come_back_as_written(proxy: LiteLLMProxy, sim: SimulatorServer) -> None:
    sim.simulator.tool_script = ToolScript.MALFORMED
    try:
        events, error = _run(proxy, ChatRequest("sim-tools", [ASK], tools=(TIME,)))
    finally:
        sim.simulator.tool_script = ToolScript.ONCE_THEN_ANSWER
    assert error is None, error
    [bad] = _requested(events).malformed
    assert bad.reason is MalformedReason.NOT_JSON and bad.arguments == '{"timezone": "Eur'


def test_an_unanswered_call_is_the_upstreams_400(proxy: LiteLLMProxy, sim: SimulatorServer) -> None:
    call = ToolCall("call_x", "time__get_current_time", "{}")
    dangling = [ASK, ChatMessage(Role.ASSISTANT, "", tool_calls=(call,)), ChatMessage(Role.USER, "Well?")]
    _events, error = _run(proxy, ChatRequest("sim-tools", dangling, tools=(TIME,)))
    assert error is not None and error.status == 400
    assert "did not have response messages" in (error.server_message or "")


def test_the_upstreams_refusal_of_tools_reaches_us_as_tools_not_supported(
    proxy: LiteLLMProxy, sim: SimulatorServer
) -> None:
    _events, error = _run(proxy, ChatRequest("sim-no-tools", [ASK], tools=(TIME,)))
    assert isinstance(error, ToolsNotSupported), error
    assert "does not support tools" in (error.server_message or "")
    events, error = _run(proxy, ChatRequest("sim-no-tools", [ASK]))  # "retry without tools"
    assert error is None and any(isinstance(e, TextDelta) for e in events)
