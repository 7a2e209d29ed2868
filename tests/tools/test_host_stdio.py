"""ToolHost with real stdio servers: mcp-server-time (third party, from the registry) and the
SDK-written test server (crashes, stderr), started on the leash."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import pytest

from desktop_chat.domain import ToolOutcome
from desktop_chat.services.tools.config import ServerConfig, Transport
from desktop_chat.services.tools.host import Failure, ServerState, ServerStatus, ToolHost
from tests.tools.conftest import ready, run, stdio_test_server, time_server, wait_until


def test_the_time_server_lists_its_tools_and_tells_the_time_in_paris(host: ToolHost) -> None:
    changes = []
    host._on_change = changes.append
    host.start([time_server(auto_approve=frozenset({"get_current_time"}))])
    wait_until(lambda: ready(host, "time"))
    specs = {spec.name: spec for spec in host.tools()}
    assert set(specs) == {"get_current_time", "convert_time"}
    spec = specs["get_current_time"]
    assert (spec.server, spec.tool, spec.read_only, spec.destructive) == (
        "time",
        "get_current_time",
        True,
        False,
    )
    assert "timezone" in json.loads(spec.parameters_json)["properties"]
    assert host.is_auto_approved("get_current_time") and not host.is_auto_approved("convert_time")
    result = run(host.call("get_current_time", {"timezone": "Europe/Paris"}, call_id="call_1"))
    assert (result.outcome, result.call_id, result.server, result.tool) == (
        ToolOutcome.DONE,
        "call_1",
        "time",
        "get_current_time",
    )
    answer = json.loads(result.content)
    assert answer["timezone"] == "Europe/Paris" and answer["datetime"][-6:] in ("+01:00", "+02:00")
    assert result.duration_ms is not None and not result.is_error
    bad = run(host.call("get_current_time", {"timezone": "Nowhere/Atlantis"}))
    assert bad.outcome is ToolOutcome.FAILED and bad.is_error and "Invalid timezone" in bad.content
    assert [c.state for c in changes][:2] == [ServerState.STARTING, ServerState.READY]


def test_a_tool_that_does_not_exist_and_a_server_that_is_not_there(host: ToolHost) -> None:
    result = run(host.call("nothing_here", {}))
    assert result.outcome is ToolOutcome.UNKNOWN_TOOL
    host.start([ServerConfig("ghost", Transport.STDIO, command="no-such-command-for-mcp")])
    wait_until(
        lambda: (
            (s := host.status("ghost")) is not None and s.state is ServerState.FAILED and s.retry_in_s is None
        )
    )
    status = host.status("ghost")
    assert status is not None and status.failure is Failure.NOT_FOUND and status.failures == 4


def test_same_tool_names_on_two_servers_are_qualified(host: ToolHost) -> None:
    host.start([time_server("time"), time_server("clock")])
    wait_until(lambda: ready(host, "time") and ready(host, "clock"))
    names = {spec.name for spec in host.tools()}
    assert names == {
        "time__get_current_time",
        "time__convert_time",
        "clock__get_current_time",
        "clock__convert_time",
    }
    result = run(host.call("clock__get_current_time", {"timezone": "Asia/Tokyo"}))
    assert result.outcome is ToolOutcome.DONE and result.server == "clock"


def test_a_crashing_server_is_restarted_with_backoff_and_its_stderr_is_logged(
    host: ToolHost, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="desktop_chat.services.tools.host")
    changes: list[ServerStatus] = []
    host._on_change = changes.append
    host.start([stdio_test_server("crashy")])
    wait_until(lambda: ready(host, "crashy"))
    result = run(host.call("crash", {}))
    assert result.outcome is ToolOutcome.FAILED  # the server went away mid-call
    wait_until(lambda: any(c.state is ServerState.FAILED and c.failure is Failure.EXITED for c in changes))
    wait_until(lambda: ready(host, "crashy"))  # restarted
    assert run(host.call("echo", {"text": "back"})).content == "back"
    assert any("test server on stdio" in r.getMessage() for r in caplog.records)


def test_a_server_that_keeps_crashing_is_given_up_then_restarted_by_hand(
    host: ToolHost, tmp_path: Path
) -> None:
    flag = tmp_path / "crash-now"
    flag.write_text("1")
    seen = []
    host._on_change = seen.append
    host.start([stdio_test_server("doomed", "--crash-file", str(flag))])
    wait_until(
        lambda: (
            (s := host.status("doomed")) is not None
            and s.state is ServerState.FAILED
            and s.retry_in_s is None
        )
    )
    failed = [s for s in seen if s.state is ServerState.FAILED]
    assert [s.failures for s in failed] == [1, 2, 3, 4]
    assert [s.retry_in_s for s in failed] == [0.1, 0.2, 0.4, None]  # doubling, capped at backoff_max_s
    assert {s.failure for s in failed} <= {Failure.EXITED, Failure.HANDSHAKE}
    flag.unlink()
    host.restart("doomed")
    wait_until(lambda: ready(host, "doomed"))


def test_a_secret_the_server_prints_is_redacted_in_the_log(
    host: ToolHost, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="desktop_chat.services.tools.host")
    host.start(
        [
            stdio_test_server(
                "s",
                "--print-env",
                "TOKEN",
                env={"TOKEN": "hunter2-very-secret"},
                secret_env=frozenset({"TOKEN"}),
            )
        ]
    )
    wait_until(lambda: ready(host, "s"))
    wait_until(lambda: "env TOKEN=" in caplog.text)
    assert "hunter2-very-secret" not in caplog.text and "env TOKEN=[REDACTED]" in caplog.text


def test_test_connects_once_and_lists_the_tools(host: ToolHost) -> None:
    report = run(host.test(time_server()))
    assert report.ok and {t.name for t in report.tools} == {"get_current_time", "convert_time"}
    assert report.server_name == "mcp-time"
    missing = run(host.test(ServerConfig("x", Transport.STDIO, command="no-such-command-for-mcp")))
    assert not missing.ok and missing.failure is Failure.NOT_FOUND
    hangs = run(
        host.test(ServerConfig("sleepy", Transport.STDIO, command="sleep", args=("30",)), timeout_s=1)
    )
    assert not hangs.ok and hangs.failure is Failure.HANDSHAKE
    assert host.statuses() == ()  # testing starts nothing


def test_reconfiguring_stops_removed_servers_and_keeps_unchanged_ones(host: ToolHost) -> None:
    host.start([time_server("a"), time_server("b")])
    wait_until(lambda: ready(host, "a") and ready(host, "b"))
    host.start([time_server("a"), time_server("b", disabled=True)])
    wait_until(lambda: host.status("b") is not None and host.status("b").state is ServerState.STOPPED)  # type: ignore[union-attr]
    assert ready(host, "a")
    assert {s.server for s in host.tools()} == {"a"}
    host.start([])
    wait_until(lambda: host.statuses() == ())
    assert host.tools() == ()


def test_calls_from_many_tasks_at_once(host: ToolHost) -> None:
    host.start([time_server()])
    wait_until(lambda: ready(host, "time"))

    async def many() -> list[ToolOutcome]:
        results = await asyncio.gather(
            *(host.call("get_current_time", {"timezone": "UTC"}) for _ in range(20))
        )
        return [r.outcome for r in results]

    assert run(many()) == [ToolOutcome.DONE] * 20
