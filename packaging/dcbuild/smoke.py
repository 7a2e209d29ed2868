"""Smoke test of a frozen app: its `--self-test` against the gateway simulator, on a real display
and a real keyring, then an independent look at what it saved.

Why: a bundle can build cleanly and still miss a Qt plugin, a keyring backend or a system library;
only starting it finds out. The frozen app opens its window, sends one message through the real UI
path, waits for the answer, checks it was saved and round-trips a throwaway keyring entry. This
module supplies what it needs and then checks its work from outside: a fresh DESKTOP_CHAT_HOME,
the simulator on 127.0.0.1 (started from the source tree with the build venv's Python), on Linux
an Xvfb display when there is none and a private D-Bus session with an unlocked gnome-keyring when
the current session has no unlocked Secret Service (a locked one would wait for a password
prompt nobody answers); afterwards it reads the history database and asks the simulator what it
received.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from dcbuild.console import BuildError, note
from dcbuild.project import ROOT

FAKE_KEY = "sk-smoke-test-not-a-real-key"  # the simulator accepts any key but sk-bad*
KEYRING_APT = "gnome-keyring dbus-bin dbus-daemon"
DROP_ENV = ("PYTHONPATH", "PYTHONHOME", "QT_QPA_PLATFORM", "DESKTOP_CHAT_EXIT_AFTER_SHOWN",
            "DESKTOP_CHAT_E2E_DUMP", "DESKTOP_CHAT_API_KEY", "DESKTOP_CHAT_BASE_URL")


@dataclass(frozen=True, slots=True)
class SmokeResult:
    executable: Path
    seconds: float          # the frozen app's self-test, start to exit
    wrapped_session: bool   # True when a private D-Bus session + gnome-keyring was started for it
    output: str


class _Drain:
    """Reads a child's output in a thread so its pipe never fills; `wait_for` finds a line."""

    def __init__(self, stream: object) -> None:
        self.lines: list[str] = []
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            with self._cond:
                self.lines.append(line.rstrip("\n"))
                self._cond.notify_all()

    def wait_for(self, pattern: re.Pattern[str], timeout: float) -> re.Match[str] | None:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for line in self.lines:
                    if match := pattern.search(line):
                        return match
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self._thread.is_alive():  # timed out, or the child exited
                    return None
                self._cond.wait(min(remaining, 0.2))


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        if sys.platform != "win32":
            os.killpg(process.pid, signal.SIGTERM)
        else:
            process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            if sys.platform != "win32":
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
            process.wait(5)


def _popen(cmd: list[str], **kwargs: object) -> subprocess.Popen[str]:
    if sys.platform != "win32":
        kwargs.setdefault("start_new_session", True)  # one process group: stopped as a whole
    return subprocess.Popen(cmd, text=True, **kwargs)  # type: ignore[call-overload, no-any-return]


@contextmanager
def simulator(python: Path) -> Iterator[str]:
    """The gateway simulator on a free port of 127.0.0.1; yields its base URL (…/v1)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    process = _popen([str(python), "-m", "desktop_chat.devtools.simulator", "--port", "0"], cwd=ROOT,
                     env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        drain = _Drain(process.stdout)
        match = drain.wait_for(re.compile(r"(http://127\.0\.0\.1:\d+/v1)"), timeout=30)
        if match is None:
            raise BuildError("The gateway simulator did not start.", "See its output below.",
                             detail="\n".join(drain.lines[-20:]))
        yield match.group(1)
    finally:
        _stop(process)


@contextmanager
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server; yields its DISPLAY value."""
    if shutil.which("Xvfb") is None:
        raise BuildError("There is no display and Xvfb is not installed.",
                         "Install it (apt-get install xvfb xauth) or run with a DISPLAY.")
    read_fd, write_fd = os.pipe()
    process = _popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                     pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number.isdigit():
            raise BuildError("Xvfb did not start.", "Check that `Xvfb :99` works on this machine.")
        yield f":{number}"
    finally:
        _stop(process)


def _has_unlocked_secret_service(python: Path, env: dict[str, str]) -> bool:
    if not env.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    probe = ("import secretstorage, sys; c = secretstorage.dbus_init(); "
             "sys.exit(1 if secretstorage.get_default_collection(c).is_locked() else 0)")
    try:
        return subprocess.run([str(python), "-c", probe], env=env, capture_output=True, timeout=15,
                              check=False).returncode == 0
    except subprocess.TimeoutExpired:
        return False


def _keyring_session(home: Path, env: dict[str, str]) -> list[str]:
    """A command prefix: a private session bus with a fresh, unlocked gnome-keyring (no prompt can block)."""
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
    if missing:
        raise BuildError(f"No unlocked Secret Service here, and {', '.join(missing)} is not installed.",
                         f"Install them: apt-get install {KEYRING_APT}")
    home.mkdir(parents=True, exist_ok=True)
    env["HOME"] = str(home)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    script = ('printf smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; '
              'exec "$@"')
    return ["dbus-run-session", "--", "sh", "-c", script, "sh"]


def _check_saved(db: Path) -> None:
    """The history must hold the question and a complete, non-empty answer."""
    if not db.is_file():
        raise BuildError(f"The app saved no history ({db} is missing).", "See the app's log above.")
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        users, answers = conn.execute(
            "SELECT sum(role = 'user'), sum(role = 'assistant' AND status = 'complete' AND content != '') "
            "FROM messages").fetchone()
    conn.close()
    if not users or not answers:
        raise BuildError(f"The history has {users or 0} question(s) and {answers or 0} complete answer(s); "
                         "expected at least one of each.", "See the app's log above.")


def _check_gateway_saw_chat(base_url: str) -> None:
    origin = base_url.rsplit("/v1", 1)[0]
    with urllib.request.urlopen(f"{origin}/_sim/requests", timeout=10) as response:
        seen = json.dumps(json.load(response))
    if "chat/completions" not in seen:
        raise BuildError("The simulator received no chat request from the frozen app.", "See its log above.")


def smoke_test(executable: Path, *, python: Path, work: Path, timeout: float = 180.0) -> SmokeResult:
    """Runs `executable --self-test` as described in the module docstring; raises BuildError on failure."""
    if not executable.exists():
        raise BuildError(f"{executable} does not exist.", "Build first (without --skip-build).")
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    app_home = work / "app-home"
    env = {key: value for key, value in os.environ.items() if key not in DROP_ENV}
    env.update(DESKTOP_CHAT_HOME=str(app_home), DESKTOP_CHAT_API_KEY=FAKE_KEY, NO_PROXY="127.0.0.1,localhost")
    prefix: list[str] = []
    with ExitStack() as stack:
        env["DESKTOP_CHAT_BASE_URL"] = base_url = stack.enter_context(simulator(python))
        if sys.platform.startswith("linux"):
            env["QT_QPA_PLATFORM"] = "xcb"  # a real X window: the xcb plugin and its libraries
            if not env.get("DISPLAY"):
                env["DISPLAY"] = stack.enter_context(xvfb_display())
            if not _has_unlocked_secret_service(python, env):
                prefix = _keyring_session(work / "home", env)
        note(f"running {executable} --self-test" + (" (private D-Bus + gnome-keyring)" if prefix else ""))
        start = time.monotonic()
        process = _popen([*prefix, str(executable), "--self-test"], env=env, cwd=work,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(process)
            output, _ = process.communicate()
            raise BuildError(f"The frozen app's self-test did not finish within {timeout:.0f} s.",
                             "Run it by hand with --self-test to see where it stops.",
                             detail=_tail(output, app_home)) from None
        seconds = time.monotonic() - start
        if process.returncode != 0:
            raise BuildError(f"The frozen app's self-test failed (exit code {process.returncode}).",
                             "Its own words are below.", detail=_tail(output, app_home))
        _check_gateway_saw_chat(base_url)
    _check_saved(app_home / "data" / "history.sqlite3")
    return SmokeResult(executable, seconds, bool(prefix), output)


def _tail(output: str, app_home: Path) -> str:
    text = "\n".join((output or "").splitlines()[-30:])
    log = app_home / "logs" / "desktop-chat.log"
    if log.is_file():
        lines = log.read_text("utf-8", "replace").splitlines()[-30:]
        text += "\n--- app log (last lines) ---\n" + "\n".join(lines)
    return text
