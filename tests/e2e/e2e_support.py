"""End-to-end fixtures: a real X server (Xvfb), the gateway simulator, and the app as a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_chat.devtools.simulator import SimulatorServer

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"
E2E_KEY = "sk-e2e-test-key-4f9a1b2c3d"


def _free_display() -> int:
    for number in range(120, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture(scope="session")
def xvfb() -> Iterator[str]:
    """A private X display (":N"); skipped cleanly only when Xvfb is not installed."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    number = _free_display()
    proc = subprocess.Popen(
        [binary, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"Xvfb :{number} did not start")
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def sim() -> Iterator[SimulatorServer]:
    with SimulatorServer(default_tps=80) as server:
        yield server


@pytest.fixture
def app_env(xvfb: str, sim: SimulatorServer, desktop_chat_home: Path, tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(var, None)
    env.update(
        DISPLAY=xvfb,
        QT_QPA_PLATFORM="xcb",
        DESKTOP_CHAT_HOME=str(desktop_chat_home),
        DESKTOP_CHAT_BASE_URL=sim.base_url,
        DESKTOP_CHAT_API_KEY=E2E_KEY,
        DESKTOP_CHAT_E2E_DUMP=str(tmp_path / "dump.json"),
        PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),
        NO_PROXY="127.0.0.1,localhost",
    )
    return env


def start_app(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_chat", *args], env=env, cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def xdotool(env: dict[str, str], *args: str, timeout: float = 15) -> str:
    out = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=timeout)
    return out.stdout.strip()


def screenshot(env: dict[str, str], name: str) -> Path | None:
    importer = Path("/usr/bin/import")
    if not importer.exists():
        return None
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / name
    subprocess.run([str(importer), "-window", "root", str(target)], env=env, timeout=30, check=False)
    return target if target.exists() else None
