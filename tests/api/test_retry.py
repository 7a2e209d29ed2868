"""Retries: which failures, how long to wait (with a fake clock), visible and cancellable."""

from __future__ import annotations

import asyncio
import time
from email.utils import formatdate

import pytest

from desktop_chat.api import (
    AuthenticationFailed,
    Finished,
    GatewayClient,
    RateLimited,
    Retrying,
    RetryPolicy,
    ServerTrouble,
)
from desktop_chat.api.retry import parse_retry_after
from desktop_chat.devtools.simulator import SimulatorServer

from .conftest import KEY, collect, fast_config, make_request

NOW = 1_700_000_000.0


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after({"Retry-After": "7"}, NOW) == 7
    assert parse_retry_after({"retry-after-ms": "1500"}, NOW) == 1.5
    assert parse_retry_after({"retry-after-ms": "250", "Retry-After": "9"}, NOW) == 0.25
    assert parse_retry_after({"Retry-After": formatdate(NOW + 12, usegmt=True)}, NOW) == 12
    assert parse_retry_after({"Retry-After": formatdate(NOW - 50, usegmt=True)}, NOW) == 0
    assert parse_retry_after({"Retry-After": "soon"}, NOW) is None
    assert parse_retry_after({}, NOW) is None


def test_backoff_doubles_up_to_the_cap_with_bounded_jitter() -> None:
    policy = RetryPolicy(max_attempts=10, base_delay=1, max_delay=5, jitter=0)
    assert [policy.delay_for(n, None) for n in range(1, 6)] == [1, 2, 4, 5, 5]
    jittery = RetryPolicy(max_attempts=10, base_delay=4, max_delay=30, jitter=0.25)
    assert jittery.delay_for(1, None, rand=lambda: 0.0) == 4
    assert jittery.delay_for(1, None, rand=lambda: 0.999) == pytest.approx(3.001, abs=0.01)
    assert policy.delay_for(10, None) is None  # no attempts left
    assert policy.delay_for(1, 3.5) == 3.5  # the server's delay wins
    assert RetryPolicy(max_server_delay=60).delay_for(1, 61) is None  # …unless it is too long


class FakeTime:
    """A clock that only moves when the client sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def run_with_fake_time(base_url: str, policy: RetryPolicy, fake: FakeTime, wall_clock=lambda: NOW):
    async def run():
        client = GatewayClient(
            fast_config(base_url, retry=policy), sleep=fake.sleep, clock=fake.clock, wall_clock=wall_clock
        )
        async with client:
            return await collect(client, make_request())

    return asyncio.run(run())


def test_failures_before_the_answer_are_retried_with_visible_backoff(sim: SimulatorServer) -> None:
    sim.queue("status;code=503", 2)
    sim.queue("status;code=429")
    fake = FakeTime()
    outcome = run_with_fake_time(
        sim.base_url, RetryPolicy(max_attempts=4, base_delay=2, max_delay=30, jitter=0), fake
    )
    assert outcome.error is None and isinstance(outcome.events[-1], Finished)
    retries = outcome.of(Retrying)
    assert [(r.delay, r.attempt, r.max_attempts) for r in retries] == [(2, 2, 4), (4, 3, 4), (8, 4, 4)]
    assert [type(r.error) for r in retries] == [ServerTrouble, ServerTrouble, RateLimited]
    assert fake.sleeps == [2, 4, 8] and fake.clock() == 14
    assert len(sim.requests) == 4


def test_the_servers_retry_after_is_honoured_in_every_form(sim: SimulatorServer) -> None:
    sim.queue("status;code=429;retry_after=7")
    sim.queue("status;code=429;retry_after_ms=1500")
    sim.queue("status;code=503;retry_after_date=20")
    fake = FakeTime()
    policy = RetryPolicy(max_attempts=5, base_delay=1, jitter=0)
    outcome = run_with_fake_time(sim.base_url, policy, fake, wall_clock=time.time)  # the date is real time
    assert outcome.error is None
    assert fake.sleeps[:2] == [7, 1.5]
    assert 18 <= fake.sleeps[2] <= 21  # an HTTP date has one-second resolution


def test_giving_up_after_the_last_attempt_raises_the_last_error(sim: SimulatorServer) -> None:
    sim.queue("status;code=502", 3)
    fake = FakeTime()
    outcome = run_with_fake_time(sim.base_url, RetryPolicy(max_attempts=3, base_delay=1, jitter=0), fake)
    assert isinstance(outcome.error, ServerTrouble) and outcome.error.status == 502
    assert len(outcome.of(Retrying)) == 2 and len(sim.requests) == 3


def test_a_server_delay_beyond_the_cap_is_not_waited_for(sim: SimulatorServer) -> None:
    sim.queue("status;code=429;retry_after=3600")
    fake = FakeTime()
    outcome = run_with_fake_time(sim.base_url, RetryPolicy(max_server_delay=60), fake)
    assert isinstance(outcome.error, RateLimited) and outcome.error.retry_after == 3600
    assert fake.sleeps == [] and len(sim.requests) == 1


@pytest.mark.parametrize(
    "spec", ["status;code=400", "bad_key", "status;code=403", "no_model", "status;code=422", "context"]
)
def test_client_errors_are_never_retried(sim: SimulatorServer, spec: str) -> None:
    sim.queue(spec, 5)
    fake = FakeTime()
    outcome = run_with_fake_time(sim.base_url, RetryPolicy(max_attempts=5), fake)
    assert outcome.error is not None and not outcome.error.retryable
    assert outcome.of(Retrying) == [] and fake.sleeps == [] and len(sim.requests) == 1


def test_connection_refused_is_retried_then_reported() -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fake = FakeTime()
    outcome = run_with_fake_time(f"http://127.0.0.1:{port}", RetryPolicy(max_attempts=3, jitter=0), fake)
    assert type(outcome.error).__name__ == "ConnectionFailed"
    assert fake.sleeps == [1, 2]


def test_errors_mid_stream_are_never_retried(sim: SimulatorServer) -> None:
    sim.queue("drop;after=3")
    fake = FakeTime()
    outcome = run_with_fake_time(sim.base_url, RetryPolicy(max_attempts=4), fake)
    assert type(outcome.error).__name__ == "IncompleteAnswer"
    assert len(sim.requests) == 1 and fake.sleeps == []


def test_waiting_to_retry_is_cancellable_at_once(sim: SimulatorServer) -> None:
    sim.queue("status;code=503", 3)

    async def run() -> tuple[list, float]:
        events: list = []
        async with GatewayClient(
            fast_config(sim.base_url, retry=RetryPolicy(base_delay=30, jitter=0))
        ) as client:

            async def consume() -> None:
                async for event in client.stream_chat(make_request()):
                    events.append(event)

            task = asyncio.create_task(consume())
            while not events:
                await asyncio.sleep(0.005)
            loop = asyncio.get_running_loop()
            start = loop.time()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return events, loop.time() - start

    events, took = asyncio.run(run())
    assert [type(e) for e in events] == [Retrying] and events[0].delay == 30
    assert took < 5  # nowhere near the 30 s wait
    assert len(sim.requests) == 1


def test_max_attempts_one_means_no_retry(sim: SimulatorServer) -> None:
    sim.queue("status;code=503")
    fake = FakeTime()
    outcome = run_with_fake_time(sim.base_url, RetryPolicy(max_attempts=1), fake)
    assert isinstance(outcome.error, ServerTrouble) and fake.sleeps == []


def test_a_bad_key_is_never_retried_and_needs_a_new_key(sim: SimulatorServer) -> None:
    async def run():
        async with GatewayClient(fast_config(sim.base_url, key="sk-bad")) as client:
            return await collect(client, make_request())

    outcome = asyncio.run(run())
    assert isinstance(outcome.error, AuthenticationFailed) and outcome.error.action == "change_key"
    assert KEY not in f"{outcome.error.facts()}{outcome.error}{outcome.error!r}"
