"""Start and watch a real LiteLLM proxy on 127.0.0.1 for the integration tests of our gateway client.

Why: our client is written against the API description and the gateway oddities we know; a real, widely used
gateway is the check that we read its streams, usage and errors the way it actually sends them.
The proxy comes from `.venv-litellm` (scripts/setup-litellm.sh, pinned with hashes), runs only
mock models (no provider is ever called) and is started once per session, fully offline: local
model cost map, no telemetry, no proxy variables, no database.
"""

from __future__ import annotations

import json
import os
import socket
import string
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
LITELLM_BIN = REPO_ROOT / ".venv-litellm" / "bin" / "litellm"
CONFIG_TEMPLATE = Path(__file__).with_name("proxy_config.template.yaml")

MASTER_KEY = "sk-litellm-test"  # made up; the proxy's only valid key (no database)
CLAUDE_TEXT = "Hello from the mock Claude: Grüße, 東京, naïve café ✓ — and a few more words."
GEMINI_TEXT = "Hi from the mock Gemini."
CHAT_MODELS = ("claude-sonnet-4-5", "gemini-2.5-flash")
RATE_LIMITED = "mock-rate-limited"
SERVER_ERROR = "mock-server-error"
CONTEXT_WINDOW = "mock-context-window"
OVERLOADED = "mock-overloaded"
ALL_MODELS = (*CHAT_MODELS, RATE_LIMITED, SERVER_ERROR, CONTEXT_WINDOW, OVERLOADED)

STARTUP_TIMEOUT = 90.0
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
# Anything that would make the proxy reach out, or use a database / real provider key.
_DROPPED_VARS = (*_PROXY_VARS, "DATABASE_URL", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "LITELLM_MASTER_KEY",
                 "REDIS_HOST", "REDIS_URL")


@dataclass(frozen=True, slots=True)
class LiteLLMProxy:
    """A running proxy: where it listens, its key, and its combined stdout/stderr log."""

    base_url: str  # http://127.0.0.1:PORT (no /v1: our client adds it)
    master_key: str
    log_path: Path
    startup_seconds: float
    startup_log: str  # the log as it was when the proxy became ready

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def access_count(self, status: int) -> int:
        """How many chat requests the proxy answered with `status`, from uvicorn's access log."""
        needle = f'"POST /v1/chat/completions HTTP/1.1" {status}'
        return self.log().count(needle)

    def wait_for_access_count(self, status: int, expected: int, timeout: float = 5.0) -> int:
        """The count once it reaches `expected` (the access line is written as the response ends)."""
        deadline = time.monotonic() + timeout
        count = self.access_count(status)
        while count < expected and time.monotonic() < deadline:
            time.sleep(0.05)
            count = self.access_count(status)
        return count


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def render_config(master_key: str = MASTER_KEY) -> str:
    """The proxy's YAML config (JSON strings are valid YAML double-quoted scalars)."""
    template = string.Template(CONFIG_TEMPLATE.read_text(encoding="utf-8"))
    return template.substitute(
        master_key=json.dumps(master_key),
        claude_text=json.dumps(CLAUDE_TEXT, ensure_ascii=False),
        gemini_text=json.dumps(GEMINI_TEXT, ensure_ascii=False),
    )


def _offline_env(workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED_VARS}
    env.update(
        LITELLM_LOCAL_MODEL_COST_MAP="True",  # the bundled cost map, not a download at start-up
        LITELLM_TELEMETRY="False",
        LITELLM_DONT_SHOW_FEEDBACK_BOX="True",
        DISABLE_SCHEMA_UPDATE="True",  # no database migrations (there is no database)
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
        PYTHONUNBUFFERED="1",  # the access log must reach the file as requests are answered
        HOME=str(workdir),
    )
    return env


def _log_tail(path: Path, limit: int = 6000) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no log)"
    return text[-limit:]


def _wait_until_ready(proc: subprocess.Popen[bytes], base_url: str, log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    with httpx.Client(timeout=2.0, trust_env=False) as http:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"LiteLLM exited with code {proc.returncode} while starting; its log:\n"
                            f"{_log_tail(log_path)}", pytrace=False)
            try:
                if http.get(f"{base_url}/health/liveliness").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
    pytest.fail(f"LiteLLM was not ready within {STARTUP_TIMEOUT:.0f} s; its log:\n{_log_tail(log_path)}",
                pytrace=False)


def start_proxy(workdir: Path, config: str | None = None) -> tuple[subprocess.Popen[bytes], LiteLLMProxy]:
    """Write the config (`config`, else the template's) into `workdir`, start the proxy there and wait
    until it answers.

    Fails the test (with the proxy's log) if it exits or is not ready within `STARTUP_TIMEOUT`.
    """
    config_path = workdir / "config.yaml"
    config_path.write_text(render_config() if config is None else config, encoding="utf-8")
    config_path.chmod(0o600)  # holds the master key, which is never put on a command line
    log_path = workdir / "proxy.log"
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    with log_path.open("wb") as log_file:
        proc = subprocess.Popen(
            [str(LITELLM_BIN), "--config", str(config_path), "--host", "127.0.0.1", "--port", str(port)],
            cwd=workdir, env=_offline_env(workdir), stdin=subprocess.DEVNULL, stdout=log_file,
            stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        _wait_until_ready(proc, base_url, log_path)
    except BaseException:
        stop_proxy(proc)
        raise
    startup_seconds = time.monotonic() - started
    return proc, LiteLLMProxy(base_url, MASTER_KEY, log_path, startup_seconds, _log_tail(log_path, 10**6))


def stop_proxy(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL if it lingers."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
