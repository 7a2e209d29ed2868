"""No orphans: when the app is killed with -9, its stdio MCP servers die too (the leash), and a
normal stop ends every child."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.tools.conftest import PY_ENV, REPO, wait_until

CHILD = """
import sys, time
sys.path.insert(0, {repo!r})
from desktop_chat.services.tools.config import ServerConfig, Transport
from desktop_chat.services.tools.host import ServerState, ToolHost
host = ToolHost(use_leash=sys.argv[2] == "leash")
host.start([ServerConfig("test", Transport.STDIO, command=sys.executable,
                         args=("-m", "tests.tools.mcp_test_server", "--stdio", "--linger", "300"),
                         env={{"PYTHONPATH": {repo!r}}})])
while not ((s := host.status("test")) and s.state is ServerState.READY):
    time.sleep(0.02)
print("READY", flush=True)
if sys.argv[1] == "stop":
    host.stop()
    print("STOPPED", flush=True)
time.sleep(600)
"""


def servers_of(parent: int) -> list[int]:
    """Pids of processes running the test server whose parent is `parent` (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                cmdline = fh.read()
        except OSError:
            continue
        if ppid == parent and b"mcp_test_server" in cmdline:
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def start_child(mode: str, leash: str = "leash") -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(repo=str(REPO)), mode, leash],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env={**os.environ, **PY_ENV},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    return proc


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killing_the_app_with_sigkill_kills_its_servers() -> None:
    app = start_child("wait")
    (server,) = servers_of(app.pid)  # the leash exec'd into the server: the app is its parent
    app.send_signal(signal.SIGKILL)
    app.wait(10)
    wait_until(lambda: not alive(server), timeout_s=10)
    app.stdout.close()  # type: ignore[union-attr]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_without_the_leash_a_lingering_server_would_outlive_the_app() -> None:
    """The control: what the leash is for (the server here lingers 300 s after its stdin closes)."""
    app = start_child("wait", leash="none")
    (server,) = servers_of(app.pid)
    app.send_signal(signal.SIGKILL)
    app.wait(10)
    time.sleep(2)
    try:
        assert alive(server)
    finally:
        os.kill(server, signal.SIGKILL)
        app.stdout.close()  # type: ignore[union-attr]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_stop_ends_every_child() -> None:
    app = start_child("stop")
    (server,) = servers_of(app.pid)
    began = time.monotonic()
    assert app.stdout is not None and app.stdout.readline().strip() == "STOPPED"
    assert not alive(server)
    assert time.monotonic() - began < 15
    app.kill()
    app.wait(10)
    app.stdout.close()
