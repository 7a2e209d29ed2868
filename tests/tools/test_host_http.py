"""ToolHost over Streamable HTTP against the SDK-written test server on 127.0.0.1: headers (auth),
slow tools (time-out, cancellation), failing tools, huge results, tools added while running, a server
that goes away and comes back."""

from __future__ import annotations

import asyncio
import time

from desktop_chat.domain import ToolOutcome
from desktop_chat.services.tools.config import ServerConfig, Transport
from desktop_chat.services.tools.content import MAX_RESULT_CHARS
from desktop_chat.services.tools.host import Failure, ServerState, ToolHost
from tests.tools.conftest import HttpServer, ready, run, start_http_server, stop_http_server, wait_until

TOKEN = "s3cret-token"


def remote(server: HttpServer, name: str = "remote", token: str = TOKEN) -> ServerConfig:
    return ServerConfig(
        name, Transport.HTTP, url=server.url, headers={"Authorization": f"Bearer {token}", "X-Test": "hello"}
    )


def started(host: ToolHost, server: HttpServer) -> ToolHost:
    host.start([remote(server)])
    wait_until(lambda: ready(host, "remote"))
    return host


def test_headers_reach_the_server_and_annotations_are_kept(host: ToolHost, http_server: HttpServer) -> None:
    started(host, http_server)
    specs = {s.name: s for s in host.tools()}
    assert {"echo", "slow", "huge", "add_tool", "headers_seen"} <= set(specs)
    assert specs["echo"].read_only is True and specs["slow"].destructive is True
    assert specs["huge"].read_only is None
    result = run(host.call("headers_seen", {}))
    assert result.content == f"authorization=Bearer {TOKEN};x-test=hello"


def test_a_wrong_token_is_a_connect_failure(host: ToolHost, http_server: HttpServer) -> None:
    report = run(host.test(remote(http_server, token="wrong")))
    assert not report.ok and report.failure in (Failure.CONNECT, Failure.HANDSHAKE)
    assert "wrong" not in report.detail
    assert run(host.test(remote(http_server))).ok


def test_a_slow_tool_times_out_and_the_server_stays_usable(host: ToolHost, http_server: HttpServer) -> None:
    started(host, http_server)
    result = run(host.call("slow", {"seconds": 30}, timeout_s=0.5))
    assert result.outcome is ToolOutcome.TIMED_OUT
    assert result.duration_ms is not None and result.duration_ms < 10_000
    assert run(host.call("echo", {"text": "still here"})).content == "still here"


def test_cancelling_the_awaiting_task_cancels_the_call_on_the_host(
    host: ToolHost, http_server: HttpServer
) -> None:
    started(host, http_server)

    async def cancel_midway() -> float:
        task = asyncio.ensure_future(host.call("slow", {"seconds": 30}))
        await asyncio.sleep(0.5)
        began = time.monotonic()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            return time.monotonic() - began
        raise AssertionError("the call was not cancelled")

    assert run(cancel_midway()) < 5
    assert run(host.call("echo", {"text": "ok"})).outcome is ToolOutcome.DONE


def test_failing_tools_are_errors_for_the_model(host: ToolHost, http_server: HttpServer) -> None:
    started(host, http_server)
    raised = run(host.call("fail_with_exception", {"reason": "disk full"}))
    assert raised.outcome is ToolOutcome.FAILED and raised.is_error
    assert "fail_with_exception" in raised.content
    wrong_args = run(host.call("echo", {"no_such_argument": 1}))
    assert wrong_args.outcome is ToolOutcome.FAILED and wrong_args.is_error


def test_a_huge_result_is_capped(host: ToolHost, http_server: HttpServer) -> None:
    started(host, http_server)
    result = run(host.call("huge", {"size": 2_000_000}))
    assert result.outcome is ToolOutcome.DONE
    assert MAX_RESULT_CHARS < len(result.content) < MAX_RESULT_CHARS + 100
    assert result.content.endswith("more characters left out]")


def test_tools_added_while_running_are_offered(host: ToolHost, http_server: HttpServer) -> None:
    started(host, http_server)
    changes = []
    host._on_change = changes.append
    assert run(host.call("add_tool", {"name": "brand_new"})).outcome is ToolOutcome.DONE
    wait_until(lambda: "brand_new" in {s.name for s in host.tools()})
    assert run(host.call("brand_new", {})).content == "I am brand_new"
    assert changes[-1].state is ServerState.READY


def test_a_server_that_goes_away_fails_calls_and_is_reconnected_when_back() -> None:
    server = start_http_server()
    host = ToolHost(backoff_initial_s=0.2, backoff_max_s=1.0, max_failures=100)
    try:
        host.start([ServerConfig("remote", Transport.HTTP, url=server.url)])
        wait_until(lambda: ready(host, "remote"))
        port = server.port
        stop_http_server(server)
        gone = run(host.call("echo", {"text": "anyone?"}))
        assert gone.outcome is ToolOutcome.FAILED
        wait_until(lambda: (s := host.status("remote")) is not None and s.state is not ServerState.READY)
        server = start_http_server(port=port)
        wait_until(lambda: ready(host, "remote"))
        assert run(host.call("echo", {"text": "back"})).content == "back"
    finally:
        host.stop()
        stop_http_server(server)
