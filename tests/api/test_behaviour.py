"""Behaviours of real gateways not covered elsewhere, each over a real socket to the simulator.

(test_client.py, test_retry.py and test_cancel.py cover the rest.)
"""

from __future__ import annotations

import asyncio

import pytest

from desktop_chat.api import (
    AccessDenied,
    BadRequest,
    ContextTooLong,
    Finished,
    GatewayClient,
    GatewayConfig,
    GatewayError,
    GatewayTimeout,
    ModelNotAvailable,
    RateLimited,
    Retrying,
    RetryPolicy,
    ServerTrouble,
    StreamFailed,
)
from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.domain import FinishReason, Problem

from .conftest import collect, fast_config, make_request, stream

ODD_TEXT = "a\u2028b\u2029c\u0085d — é 中文 🙂 end"


@pytest.mark.parametrize(
    "spec",
    [
        "default;eol=cr;split=3",  # lone CRs at the end of a read, the next line in the next read
        "default;eol=cr;split=7",
        "default;eol=crlf;split=1",  # every CRLF is cut between CR and LF
        "messy;eol=cr;split=5",  # comments, event/id/retry, two data: lines, all with lone CR
    ],
)
def test_line_endings_and_unicode_separators_split_across_reads(sim: SimulatorServer, spec: str) -> None:
    outcome = stream(sim.scenario_url(f"{spec};text={ODD_TEXT}"))
    assert outcome.error is None and isinstance(outcome.events[-1], Finished)
    assert outcome.text.startswith(ODD_TEXT)  # U+2028/2029/0085 kept, multi-byte characters intact


def test_raw_utf8_really_travels_unescaped(sim: SimulatorServer) -> None:
    """Guard for the test above: the simulator must send U+2028 as raw bytes, not as `\\u2028`."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", sim.port, timeout=10)
    body = '{"model": "gemini-2.5-flash", "stream": true, "messages": [{"role": "user", "content": "x"}]}'
    connection.request(
        "POST",
        "/v1/chat/completions?scenario=default;text=a%E2%80%A8b",
        body,
        {"Authorization": "Bearer sk-anything", "Content-Type": "application/json"},
    )
    raw = connection.getresponse().read()
    connection.close()
    assert "\u2028".encode() in raw


def test_several_data_lines_join_with_a_newline(sim: SimulatorServer) -> None:
    outcome = stream(sim.scenario_url("garbage;after=2;lines=2"))
    assert type(outcome.error) is StreamFailed and outcome.error.problem is Problem.STREAM_FAILED
    # "Internal error:" + "\n" + "upstream…" (a snippet shows the newline as a space); joined with
    # nothing it would read "error:upstream".
    assert outcome.error.server_message == "Internal error: upstream connection reset"


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        ("error_after;after=2", "500"),  # {"code": 500} after HTTP 200
        ("error_event;after=2", "overloaded"),  # event: error, {"code": "overloaded"}
        ("status;code=400;error_code=1234", "1234"),  # a number before the answer
        ("status;code=400;error_code=quota_exceeded", "quota_exceeded"),  # a string
    ],
)
def test_error_code_as_number_or_string(sim: SimulatorServer, spec: str, code: str) -> None:
    outcome = stream(sim.scenario_url(spec))
    assert outcome.error is not None and outcome.error.server_code == code


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("STOP", FinishReason.STOP),
        ("LENGTH", FinishReason.LENGTH),
        ("Content_Filter", FinishReason.CONTENT_FILTER),
        ("TOOL_CALLS", FinishReason.TOOL_CALLS),
    ],
)
def test_upper_case_finish_reasons(sim: SimulatorServer, raw: str, reason: FinishReason) -> None:
    outcome = stream(sim.scenario_url(f"default;finish={raw}"))
    assert outcome.events[-1] == Finished(reason, raw, "gemini-2.5-flash")


@pytest.mark.parametrize(
    ("code", "kind"),
    [(408, GatewayTimeout), (409, ServerTrouble), (429, RateLimited), (500, ServerTrouble),
     (502, ServerTrouble), (503, ServerTrouble), (504, GatewayTimeout), (529, ServerTrouble)],
)  # fmt: skip
def test_retryable_statuses_are_retried(sim: SimulatorServer, code: int, kind: type[GatewayError]) -> None:
    sim.queue(f"status;code={code}")
    outcome = stream(sim.base_url)
    assert outcome.error is None and isinstance(outcome.events[-1], Finished)
    retries = outcome.of(Retrying)
    assert len(retries) == 1 and type(retries[0].error) is kind and retries[0].error.status == code
    named = {408: Problem.TIMEOUT, 504: Problem.TIMEOUT, 429: Problem.RATE_LIMITED}
    expected = named.get(code, Problem.SERVER_TROUBLE)
    assert retries[0].error.problem is expected and retries[0].error.retryable
    assert len(sim.requests) == 2


@pytest.mark.parametrize(
    ("spec", "kind", "status", "problem"),
    [
        ("status;code=402", AccessDenied, 402, Problem.ACCESS_DENIED),
        ("status;code=403", AccessDenied, 403, Problem.ACCESS_DENIED),
        ("no_model", ModelNotAvailable, 404, Problem.MODEL_NOT_AVAILABLE),
        ("status;code=413", ContextTooLong, 413, Problem.CONTEXT_TOO_LONG),
        ("status;code=422", BadRequest, 422, Problem.REQUEST_REFUSED),
        ("html;status=413", ContextTooLong, 413, Problem.CONTEXT_TOO_LONG),
    ],
)
def test_more_status_codes_are_named_and_not_retried(
    sim: SimulatorServer, spec: str, kind: type, status: int, problem: Problem
) -> None:
    sim.queue(spec, 3)
    outcome = stream(sim.base_url)
    assert type(outcome.error) is kind and outcome.error.status == status
    assert outcome.error.problem is problem
    assert outcome.of(Retrying) == [] and len(sim.requests) == 1


@pytest.mark.parametrize("suffix", ["", "/", "/v1/", "/v1/chat/completions", "/v1/chat/completions/"])
def test_pasted_base_url_forms_all_reach_the_gateway(sim: SimulatorServer, suffix: str) -> None:
    async def run() -> str:
        async with GatewayClient(fast_config(sim.origin + suffix)) as client:
            outcome = await collect(client, make_request())
            assert outcome.error is None and isinstance(outcome.events[-1], Finished)
            return client.base_url

    assert asyncio.run(run()) == sim.base_url
    assert sim.requests[-1].path == "/v1/chat/completions"


def test_default_read_timeout_allows_minutes_of_silence() -> None:
    config = GatewayConfig("https://aiapi.services", "sk-test-key-1234")
    assert config.read_timeout >= 120 and config.connect_timeout <= 30

    async def run() -> float | None:
        async with GatewayClient(config) as client:
            return client.http.timeout.read

    assert asyncio.run(run()) == config.read_timeout


def test_a_stop_during_a_long_silence_with_default_timeouts_is_immediate(sim: SimulatorServer) -> None:
    """`silent` says nothing for an hour after the headers; the default read timeout keeps waiting,
    and closing the stream ends the request at once (test_cancel.py measures the hang-up)."""
    import time

    async def run() -> tuple[float, bool]:
        config = GatewayConfig(sim.scenario_url("silent"), "sk-test-key-1234", retry=RetryPolicy())
        async with GatewayClient(config) as client:
            events = client.stream_chat(make_request())
            task = asyncio.ensure_future(events.__anext__())
            done, _ = await asyncio.wait({task}, timeout=0.5)
            still_waiting = not done
            started = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await events.aclose()
            return time.monotonic() - started, still_waiting

    elapsed, still_waiting = asyncio.run(run())
    assert still_waiting  # no timeout, no error, after 0.5 s of silence
    assert elapsed < 0.5
    assert sim.wait_for_disconnect(5) is not None
