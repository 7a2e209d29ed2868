"""Stopping an answer closes the connection at once: the gateway sees the hang-up within 100 ms."""

from __future__ import annotations

import asyncio
import time

import pytest

from desktop_chat.api import GatewayClient, TextDelta
from desktop_chat.devtools.simulator import RequestRecord, SimulatorServer

from .conftest import fast_config, make_request

LIMIT = 0.1  # seconds, from the issue


async def _wait_for_hangup(sim: SimulatorServer, timeout: float = 2.0) -> RequestRecord:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for record in sim.requests:
            if record.disconnected_at is not None:
                return record
        await asyncio.sleep(0.001)
    raise AssertionError("the simulator never saw the client hang up")


def test_breaking_out_of_the_loop_closes_the_connection(sim: SimulatorServer) -> None:
    async def run() -> float:
        async with GatewayClient(fast_config(sim.scenario_url("default;tps=20"))) as client:
            events = client.stream_chat(make_request())
            seen = 0
            async for event in events:
                if isinstance(event, TextDelta):
                    seen += 1
                    if seen == 2:
                        break
            stopped = time.monotonic()
            await events.aclose()  # what `aclosing` / the loop's finaliser does
            record = await _wait_for_hangup(sim)
            return record.disconnected_at - stopped

    assert asyncio.run(run()) < LIMIT


@pytest.mark.parametrize(
    "spec",
    ["silent", "default;header_delay=30", "default;tps=5"],
    ids=["silence-before-first-token", "waiting-for-headers", "mid-stream"],
)
def test_cancelling_the_task_closes_the_connection(sim: SimulatorServer, spec: str) -> None:
    async def run() -> tuple[float, int]:
        async with GatewayClient(fast_config(sim.scenario_url(spec))) as client:
            received: list = []

            async def consume() -> None:
                async for event in client.stream_chat(make_request()):
                    received.append(event)

            task = asyncio.create_task(consume())
            while not sim.requests:
                await asyncio.sleep(0.001)
            await asyncio.sleep(0.15)  # well inside the silence / the stream
            cancelled = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            record = await _wait_for_hangup(sim)
            return record.disconnected_at - cancelled, len(received)

    delay, received = asyncio.run(run())
    assert delay < LIMIT
    if spec == "default;tps=5":
        assert received  # it was really mid-stream


def test_a_cancelled_stream_leaves_the_client_usable(sim: SimulatorServer) -> None:
    async def run() -> str:
        async with GatewayClient(fast_config(sim.base_url)) as client:
            sim.queue("silent")
            task = asyncio.create_task(client.complete(make_request()))
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return (await client.complete(make_request())).text

    assert asyncio.run(run()).startswith("## You said")
