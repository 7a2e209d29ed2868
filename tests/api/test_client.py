"""Every known gateway behaviour, end to end over real sockets to the simulator."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from desktop_chat.api import (
    SEED_MODELS,
    AuthenticationFailed,
    ChatRequest,
    Completion,
    ConnectionFailed,
    ContextTooLong,
    EmptyAnswer,
    Finished,
    GatewayClient,
    GatewayTimeout,
    IncompleteAnswer,
    ModelNotAvailable,
    NotAGateway,
    ProtocolBug,
    ReasoningDelta,
    ServerTrouble,
    StreamFailed,
    TextDelta,
    UsageReport,
)
from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.devtools.token_rule import count_text
from desktop_chat.domain import ChatMessage, FinishReason, GenerationParams, Role, Usage

from .conftest import KEY, collect, fast_config, make_request, stream

ECHO_START = "## You said: “Hello there”"


def test_default_answer_streams_markdown_with_usage_and_finish(sim: SimulatorServer) -> None:
    outcome = stream(sim.base_url)
    assert outcome.error is None
    assert outcome.text.startswith(ECHO_START)
    assert "- It has **2 words**" in outcome.text and "```text\nHello there\n```" in outcome.text
    usage = outcome.of(UsageReport)
    assert len(usage) == 1 and usage[0].usage.completion_tokens == count_text(outcome.text)  # token_rule
    assert outcome.events[-1] == Finished(FinishReason.STOP, "stop", "gemini-2.5-flash")
    sent = sim.requests[0]
    assert sent.payload == {
        "model": "gemini-2.5-flash",
        "messages": [{"role": "user", "content": "Hello there"}],
        "stream": True,
        "stream_options": {"include_usage": True},
    }


UNICODE_LINE = "\n\nUnicode check: café — 🙂 — 中文 — a line\u2028separator and a next\u0085line."


def test_framing_oddities_give_the_same_answer(sim: SimulatorServer) -> None:
    odd = stream(sim.scenario_url("messy"))  # CRLF, comments, data: without space, event/id/retry, …
    assert odd.error is None and isinstance(odd.events[-1], Finished)
    assert odd.text == stream(sim.base_url).text + UNICODE_LINE


@pytest.mark.parametrize(
    "spec", ["messy;split=3", "default;eol=cr;split=1", "default;eol=crlf;split=2", "default;eol=lf;split=5"]
)
def test_reads_split_anywhere_give_the_same_answer(sim: SimulatorServer, spec: str) -> None:
    outcome = stream(sim.scenario_url(f"{spec};text=Héllo wörld 🙂 and more"))
    assert outcome.error is None and isinstance(outcome.events[-1], Finished)
    expected = "Héllo wörld 🙂 and more" + (UNICODE_LINE if spec.startswith("messy") else "")
    assert outcome.text == expected


def test_deepseek_streams_reasoning_content_first(sim: SimulatorServer) -> None:
    outcome = stream(sim.base_url, make_request("deepseek-ai/deepseek-r1-0528-maas"))
    kinds = [type(e) for e in outcome.events]
    assert kinds.index(ReasoningDelta) < kinds.index(TextDelta)
    assert ReasoningDelta not in kinds[kinds.index(TextDelta) :]
    assert outcome.reasoning.startswith("The user wrote a message.") and outcome.text.startswith(ECHO_START)


@pytest.mark.parametrize("spec", ["reasoning;field=reasoning", "think"])
def test_reasoning_field_and_inline_think_tags(sim: SimulatorServer, spec: str) -> None:
    outcome = stream(sim.scenario_url(spec))
    assert outcome.reasoning.startswith("The user wrote a message.")
    assert "<think>" not in outcome.text and "</think>" not in outcome.reasoning
    assert outcome.text.startswith(ECHO_START)


@pytest.mark.parametrize("usage", ["separate", "last", "empty_delta", "partial", "none"])
def test_usage_wherever_it_arrives(sim: SimulatorServer, usage: str) -> None:
    outcome = stream(sim.scenario_url(f"default;usage={usage}"))
    reports = outcome.of(UsageReport)
    assert isinstance(outcome.events[-1], Finished)
    if usage == "none":
        assert reports == []
    elif usage == "partial":
        assert reports[0].usage == Usage(None, count_text(outcome.text), None)
    else:
        assert reports[0].usage.total_tokens == reports[0].usage.prompt_tokens + count_text(outcome.text)


@pytest.mark.parametrize(
    ("finish", "reason"),
    [
        ("length", FinishReason.LENGTH),
        ("content_filter", FinishReason.CONTENT_FILTER),
        ("STOP", FinishReason.STOP),
        ("tool_calls", FinishReason.TOOL_CALLS),
        ("weird_reason", FinishReason.OTHER),
    ],
)
def test_finish_reasons(sim: SimulatorServer, finish: str, reason: FinishReason) -> None:
    outcome = stream(sim.scenario_url(f"default;finish={finish}"))
    assert outcome.events[-1] == Finished(reason, finish, "gemini-2.5-flash")


def test_done_without_finish_reason_and_finish_without_done_both_end_normally(sim: SimulatorServer) -> None:
    assert stream(sim.scenario_url("default;finish=none")).events[-1] == Finished(
        None, None, "gemini-2.5-flash"
    )
    assert stream(sim.scenario_url("default;done=0")).events[-1].reason is FinishReason.STOP


@pytest.mark.parametrize("spec", ["drop;after=4", "truncated;after=4", "default;finish=none;done=0"])
def test_dropped_or_silently_truncated_streams_are_incomplete_with_the_partial_text(
    sim: SimulatorServer, spec: str
) -> None:
    outcome = stream(sim.scenario_url(spec))
    assert isinstance(outcome.error, IncompleteAnswer)
    assert not any(isinstance(e, Finished) for e in outcome.events)
    assert outcome.error.partial_text == outcome.text and outcome.text.startswith("## You")
    assert outcome.error.action == "continue"


@pytest.mark.parametrize("spec", ["error_after;after=3", "error_event;after=3", "garbage;after=3"])
def test_errors_after_http_200_keep_the_partial_text(sim: SimulatorServer, spec: str) -> None:
    outcome = stream(sim.scenario_url(spec))
    assert isinstance(outcome.error, StreamFailed)
    assert outcome.error.partial_text == outcome.text != ""
    assert outcome.error.server_message
    assert len(sim.requests) == 1  # never retried


def test_server_ignoring_stream_true_answers_with_plain_json(sim: SimulatorServer) -> None:
    outcome = stream(sim.scenario_url("plain_json"), make_request("deepseek-ai/deepseek-r1-0528-maas"))
    assert [type(e) for e in outcome.events] == [ReasoningDelta, TextDelta, UsageReport, Finished]
    assert outcome.text.startswith(ECHO_START)


def test_empty_200_is_reported_not_success(sim: SimulatorServer) -> None:
    outcome = stream(sim.scenario_url("empty"))
    assert isinstance(outcome.error, EmptyAnswer) and outcome.events == []


@pytest.mark.parametrize(
    ("spec", "kind", "status"),
    [
        ("html;status=502", ServerTrouble, 502),
        ("text;status=500", ServerTrouble, 500),
        ("status;code=529", ServerTrouble, 529),
        ("status;code=504", GatewayTimeout, 504),
        ("bad_key_400", AuthenticationFailed, 400),
        ("context", ContextTooLong, 400),
        ("html;status=404", NotAGateway, 404),
    ],
)
def test_error_pages_and_unexpected_status_codes(
    sim: SimulatorServer, spec: str, kind: type, status: int
) -> None:
    outcome = stream(sim.scenario_url(spec))
    assert type(outcome.error) is kind and outcome.error.status == status
    if outcome.error.server_message:
        assert "<" not in outcome.error.server_message


def test_unknown_model_and_wrong_base_url(sim: SimulatorServer) -> None:
    assert isinstance(stream(sim.base_url, make_request("gpt-99")).error, ModelNotAvailable)
    wrong = stream(sim.base_url.removesuffix("/v1") + "/nothing-here")
    assert isinstance(wrong.error, NotAGateway) and wrong.error.status == 404


def test_html_page_with_status_200_is_not_a_gateway(sim: SimulatorServer) -> None:
    outcome = stream(sim.scenario_url("portal"))
    assert isinstance(outcome.error, NotAGateway) and outcome.error.status == 200
    assert outcome.error.server_message == "Welcome to the guest Wi-Fi"


def test_non_streamed_request_and_complete(sim: SimulatorServer) -> None:
    async def run() -> tuple[Completion, Completion]:
        async with GatewayClient(fast_config(sim.base_url)) as client:
            plain = await client.complete(make_request("deepseek-ai/deepseek-r1-0528-maas", stream=False))
            streamed = await client.complete(make_request())
            return plain, streamed

    plain, streamed = asyncio.run(run())
    assert plain.text.startswith(ECHO_START) and plain.reasoning.startswith("The user wrote")
    assert plain.finish_reason is FinishReason.STOP and plain.model == "deepseek-ai/deepseek-r1-0528-maas"
    assert plain.usage is not None and plain.usage.total_tokens
    assert streamed.text.startswith(ECHO_START) and streamed.usage is not None
    assert sim.requests[0].payload["stream"] is False and "stream_options" not in sim.requests[0].payload


def test_all_seed_parameters_reach_the_gateway_and_unset_ones_do_not(sim: SimulatorServer) -> None:
    params = GenerationParams(temperature=0.2, max_tokens=50, stop=("END", "STOP"))
    stream(sim.base_url, ChatRequest("claude-sonnet-4-5", [ChatMessage(Role.USER, "x")], params, user="u1"))
    payload = sim.requests[0].payload
    assert {k: payload[k] for k in ("temperature", "max_tokens", "stop", "user")} == {
        "temperature": 0.2,
        "max_tokens": 50,
        "stop": ["END", "STOP"],
        "user": "u1",
    }
    assert "top_p" not in payload and "presence_penalty" not in payload and "frequency_penalty" not in payload


def test_stream_options_are_dropped_for_a_gateway_that_rejects_them(sim: SimulatorServer) -> None:
    sim.queue("status;code=400;message=Unrecognized request argument supplied: stream_options")

    async def run():
        async with GatewayClient(fast_config(sim.base_url)) as client:
            first = await collect(client, make_request())
            second = await collect(client, make_request())
            return first, second

    first, second = asyncio.run(run())
    assert first.error is None and second.error is None
    payloads = [r.payload for r in sim.requests]
    assert "stream_options" in payloads[0] and "stream_options" not in payloads[1]
    assert "stream_options" not in payloads[2]


def test_long_silence_before_the_first_token_is_waited_for(sim: SimulatorServer) -> None:
    outcome = stream(sim.scenario_url("default;first_delay=0.3"), read_timeout=5)
    assert outcome.error is None and outcome.text.startswith(ECHO_START)


def test_silence_beyond_the_read_timeout_is_a_timeout(sim: SimulatorServer) -> None:
    outcome = stream(sim.scenario_url("default;header_delay=2"), read_timeout=0.2)
    assert isinstance(outcome.error, GatewayTimeout)
    mid = stream(sim.scenario_url("default;first_delay=2"), read_timeout=0.2)
    assert isinstance(mid.error, GatewayTimeout | IncompleteAnswer)


def test_list_models_from_the_gateway(sim: SimulatorServer) -> None:
    async def run():
        async with GatewayClient(fast_config(sim.base_url)) as client:
            return await client.list_models()

    models = asyncio.run(run())
    assert models.from_gateway and models.error is None
    assert "claude-sonnet-4-5" in models.models and "deepseek-ai/deepseek-r1-0528-maas" in models.models


@pytest.mark.parametrize(
    ("spec", "kind"),
    [("no_models", NotAGateway), ("models_fail", ServerTrouble), ("models_garbage", NotAGateway)],
)
def test_list_models_falls_back_to_the_seed_list(sim: SimulatorServer, spec: str, kind: type) -> None:
    async def run():
        async with GatewayClient(fast_config(sim.scenario_url(spec))) as client:
            return await client.list_models()

    models = asyncio.run(run())
    assert models.models == SEED_MODELS and not models.from_gateway
    assert type(models.error) is kind


def test_list_models_when_the_gateway_is_unreachable() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    async def run():
        async with GatewayClient(fast_config(f"http://127.0.0.1:{port}")) as client:
            return await client.list_models()

    models = asyncio.run(run())
    assert models.models == SEED_MODELS and isinstance(models.error, ConnectionFailed)


def test_with_config_shares_the_http_client_and_closed_clients_are_a_bug(sim: SimulatorServer) -> None:
    async def run() -> None:
        client = GatewayClient(fast_config(sim.base_url))
        other = client.with_config(fast_config(sim.scenario_url("think"), key="sk-other"))
        assert other.http is client.http and other.base_url.endswith("/_sim/think/v1")
        assert (await other.complete(make_request())).reasoning
        await other.aclose()
        assert client.http.is_closed
        with pytest.raises(ProtocolBug):
            await client.complete(make_request())

    asyncio.run(run())


def test_an_external_http_client_is_not_closed_by_us(sim: SimulatorServer) -> None:
    async def run() -> bool:
        async with httpx.AsyncClient() as http:
            async with GatewayClient(fast_config(sim.base_url), http) as client:
                await client.complete(make_request())
            return http.is_closed

    assert asyncio.run(run()) is False


def test_a_self_signed_certificate_is_refused_before_sending(tmp_path) -> None:
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a throwaway certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    with SimulatorServer(ssl_context=context) as tls:
        outcome = stream(tls.base_url)
        assert type(outcome.error).__name__ == "InsecureConnection"
        assert outcome.error.action == "check_address" and not outcome.error.retryable  # → Settings
        assert tls.requests == []  # nothing was sent


def test_usable_from_a_plain_asyncio_run_script(sim: SimulatorServer, tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "script.py"
    script.write_text(
        "import asyncio, sys\n"
        "from contextlib import aclosing\n"
        "from desktop_chat.api import ChatRequest, GatewayClient, GatewayConfig, TextDelta\n"
        "from desktop_chat.domain import ChatMessage, Role\n"
        "async def main():\n"
        "    async with GatewayClient(GatewayConfig(sys.argv[1], 'sk-script')) as client:\n"
        "        request = ChatRequest('gemini-2.5-flash', [ChatMessage(Role.USER, 'Hi script')])\n"
        "        async with aclosing(client.stream_chat(request)) as events:\n"
        "            async for event in events:\n"
        "                if isinstance(event, TextDelta):\n"
        "                    print(event.text, end='')\n"
        "asyncio.run(main())\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(script), sim.base_url],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "NO_PROXY": "127.0.0.1"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("## You said: “Hi script”") and done.stderr == ""
    assert KEY not in done.stdout
