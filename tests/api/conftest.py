"""Fixtures for the gateway client tests: one real simulator on 127.0.0.1 for the session."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from contextlib import aclosing
from dataclasses import dataclass, field

import pytest

try:
    import desktop_chat  # noqa: F401
except ModuleNotFoundError:  # a bare `pytest` from a checkout that isn't pip-installed
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))

from desktop_chat.api import (
    ChatRequest,
    GatewayClient,
    GatewayConfig,
    GatewayError,
    ReasoningDelta,
    RetryPolicy,
    StreamEvent,
    TextDelta,
)
from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.domain import ChatMessage, GenerationParams, Role

KEY = "sk-test-0123456789abcdef"


@pytest.fixture(scope="session")
def sim_server() -> Iterator[SimulatorServer]:
    with SimulatorServer(default_tps=0) as server:
        yield server


@pytest.fixture
def sim(sim_server: SimulatorServer) -> SimulatorServer:
    """The shared simulator with an empty queue and request log."""
    sim_server.simulator.clear_queue()
    sim_server.simulator.records.clear()
    return sim_server


def make_request(model: str = "gemini-2.5-flash", text: str = "Hello there", **kwargs: object) -> ChatRequest:
    params = kwargs.pop("params", GenerationParams())
    return ChatRequest(model, [ChatMessage(Role.USER, text)], params=params, **kwargs)  # type: ignore[arg-type]


def fast_config(base_url: str, key: str = KEY, **kwargs: object) -> GatewayConfig:
    kwargs.setdefault("retry", RetryPolicy(max_attempts=4, base_delay=0.001, max_delay=0.01, jitter=0))
    return GatewayConfig(base_url, key, **kwargs)  # type: ignore[arg-type]


@dataclass
class Outcome:
    events: list[StreamEvent] = field(default_factory=list)
    error: GatewayError | None = None

    @property
    def text(self) -> str:
        return "".join(e.text for e in self.events if isinstance(e, TextDelta))

    @property
    def reasoning(self) -> str:
        return "".join(e.text for e in self.events if isinstance(e, ReasoningDelta))

    def of(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]


async def collect(client: GatewayClient, request: ChatRequest) -> Outcome:
    outcome = Outcome()
    try:
        async with aclosing(client.stream_chat(request)) as events:
            async for event in events:
                outcome.events.append(event)
    except GatewayError as exc:
        outcome.error = exc
    return outcome


def stream(base_url: str, request: ChatRequest | None = None, **config: object) -> Outcome:
    """Run one streamed request against `base_url` in a fresh event loop."""

    async def run() -> Outcome:
        async with GatewayClient(fast_config(base_url, **config)) as client:
            return await collect(client, request or make_request())

    return asyncio.run(run())
