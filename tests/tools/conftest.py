"""Fixtures for the MCP tests: real server processes (mcp-server-time, the SDK-written test server
over stdio and over Streamable HTTP on 127.0.0.1) and a ToolHost with quick backoff."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_chat.services.tools.config import ServerConfig, Transport
from desktop_chat.services.tools.host import ServerState, ToolHost

REPO = Path(__file__).resolve().parents[2]
PY_ENV = {"PYTHONPATH": str(REPO)}


def run(coro: Any) -> Any:
    """Run a coroutine on a fresh asyncio loop: the caller's loop, foreign to the host's."""
    return asyncio.run(coro)


def wait_until(predicate: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Poll until `predicate()` (the deadline only keeps a broken build from hanging)."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.02)


def time_server(name: str = "time", **extra: Any) -> ServerConfig:
    return ServerConfig(
        name, Transport.STDIO, command=sys.executable, args=("-m", "mcp_server_time"), **extra
    )


def stdio_test_server(
    name: str = "test", *args: str, env: dict[str, str] | None = None, **extra: Any
) -> ServerConfig:
    return ServerConfig(
        name,
        Transport.STDIO,
        command=sys.executable,
        args=("-m", "tests.tools.mcp_test_server", "--stdio", *args),
        env={**PY_ENV, **(env or {})},
        **extra,
    )


@pytest.fixture
def host() -> Iterator[ToolHost]:
    tool_host = ToolHost(backoff_initial_s=0.1, backoff_max_s=0.4, max_failures=4, connect_timeout_s=60.0)
    yield tool_host
    tool_host.stop()


def ready(host: ToolHost, name: str) -> bool:
    status = host.status(name)
    return status is not None and status.state is ServerState.READY


class HttpServer:
    def __init__(self, proc: subprocess.Popen[str], port: int) -> None:
        self.proc = proc
        self.port = port
        self.url = f"http://127.0.0.1:{port}/mcp"


def start_http_server(*args: str, port: int = 0) -> HttpServer:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.tools.mcp_test_server", "--http", str(port), *args],
        cwd=REPO,
        env={**os.environ, **PY_ENV},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("PORT "), line
    return HttpServer(proc, int(line.split()[1]))


def stop_http_server(server: HttpServer) -> None:
    server.proc.kill()
    server.proc.wait(10)
    if server.proc.stdout is not None:
        server.proc.stdout.close()


@pytest.fixture(scope="module")
def http_server() -> Iterator[HttpServer]:
    server = start_http_server("--token", "s3cret-token")
    yield server
    stop_http_server(server)
