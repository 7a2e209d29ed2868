"""The API key appears in no repr, str, error fact, details view or log line (the words: tests/gui)."""

from __future__ import annotations

import asyncio
import logging
import urllib.request

import pytest

from desktop_chat.api import (
    Fact,
    GatewayClient,
    GatewayConfig,
    GatewayError,
    InvalidRequest,
    Retrying,
    RetryPolicy,
    redact,
)
from desktop_chat.devtools.simulator import SimulatorServer

from .conftest import collect, make_request

SECRET = "gw-live-7f3a9b2c44d1e0aa"  # matches none of the generic key patterns: only exact scrubbing hides it


def everything_said(obj: object) -> str:
    parts = [repr(obj), str(obj)]
    if isinstance(obj, GatewayError):
        parts += [value for _, value in obj.facts()]
        parts += [obj.message, str(obj.server_message), str(obj.technical), str(obj.url), str(obj.args)]
    return "\n".join(parts)


def test_config_and_client_reprs_hide_the_key() -> None:
    config = GatewayConfig("https://aiapi.services", SECRET, retry=RetryPolicy())
    client = GatewayClient(config)
    assert SECRET not in repr(config) and SECRET not in str(config) and SECRET not in repr(client)
    asyncio.run(client.aclose())


def test_server_messages_that_echo_the_key_are_scrubbed(
    sim: SimulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sim.queue(f"status;code=503;message=Upstream rejected key {SECRET} (Bearer {SECRET})")
    sim.queue(f"status;code=401;message=Incorrect API key provided: {SECRET}")

    async def run():
        config = GatewayConfig(sim.base_url, SECRET, retry=RetryPolicy(base_delay=0.001, jitter=0))
        async with GatewayClient(config) as client:
            return await collect(client, make_request())

    outcome = asyncio.run(run())
    assert outcome.error is not None and outcome.error.status == 401
    retry = outcome.events[0]
    assert isinstance(retry, Retrying)
    for said in (everything_said(outcome.error), everything_said(retry.error), repr(retry)):
        assert SECRET not in said
    assert "[REDACTED]" in dict(outcome.error.facts())[Fact.SERVER_MESSAGE]
    assert SECRET not in caplog.text  # httpx/httpcore debug logs included
    assert caplog.records  # the capture really was listening


def test_transport_errors_and_stream_failures_hold_no_key(sim: SimulatorServer) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    async def run():
        errors = []
        for base in (f"http://127.0.0.1:{port}", sim.scenario_url("error_after"), sim.scenario_url("drop")):
            config = GatewayConfig(base, SECRET, retry=RetryPolicy(max_attempts=1))
            async with GatewayClient(config) as client:
                errors.append((await collect(client, make_request())).error)
        return errors

    for error in asyncio.run(run()):
        assert error is not None
        assert SECRET not in everything_said(error)


def test_a_key_that_cannot_be_sent_is_refused_without_quoting_it() -> None:
    with pytest.raises(InvalidRequest) as info:
        GatewayClient(GatewayConfig("https://aiapi.services", SECRET + "\n"))
    assert SECRET not in str(info.value) and info.value.field == "api_key"


def test_the_simulator_request_log_never_shows_the_key(sim: SimulatorServer) -> None:
    async def run() -> None:
        async with GatewayClient(GatewayConfig(sim.base_url, SECRET)) as client:
            await client.complete(make_request())

    asyncio.run(run())
    with urllib.request.urlopen(sim.base_url.removesuffix("/v1") + "/_sim/requests", timeout=5) as response:
        log = response.read().decode()
    assert '"has_key": true' in log and SECRET not in log
    assert SECRET not in repr(sim.requests)


def test_redact_hides_key_shapes() -> None:
    text = "Authorization: Bearer abc.def sk-proj-1234567890 AIzaSyA1234567890abc api_key=hunter2 and mine"
    cleaned = redact(text, "mine")
    for leaked in ("abc.def", "sk-proj-1234567890", "AIzaSyA1234567890abc", "hunter2", "mine"):
        assert leaked not in cleaned
