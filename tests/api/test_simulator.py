"""The gateway simulator itself: a real server, startable as a command or in a thread."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from desktop_chat.api import SEED_MODELS
from desktop_chat.devtools.scenarios import Spec
from desktop_chat.devtools.simulator import SimulatorServer

ROOT = Path(__file__).resolve().parents[2]


def http(
    url: str,
    body: dict | None = None,
    key: str | None = "sk-anything",
    method: str | None = None,
    headers: dict | None = None,
) -> tuple[int, dict[str, str], bytes]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


CHAT = {"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": "Hi"}]}


def test_runs_as_a_command_with_main(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_chat.devtools.simulator", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "listening on http://127.0.0.1:" in line and "sk-bad" in line
        base = line.split(" on ", 1)[1].split(" ", 1)[0]
        status, _, body = http(base + "/models")
        assert status == 200
        assert [m["id"] for m in json.loads(body)["data"]] == list(SEED_MODELS)
    finally:
        proc.terminate()
        proc.wait(10)


def test_keys_models_and_plain_completion(sim: SimulatorServer) -> None:
    assert http(sim.base_url + "/models", key=None)[0] == 401
    assert http(sim.base_url + "/models", key="sk-bad")[0] == 401
    assert http(sim.base_url + "/chat/completions", CHAT, key="sk-bad-400")[0] == 400
    status, headers, body = http(sim.base_url + "/chat/completions", CHAT)
    answer = json.loads(body)
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert answer["object"] == "chat.completion" and answer["choices"][0]["finish_reason"] == "stop"
    assert answer["usage"]["total_tokens"] > 0
    assert http(sim.base_url + "/chat/completions", {**CHAT, "model": "claude-sonnet-4-5@20250929"})[0] == 200


def test_streamed_completion_is_server_sent_events(sim: SimulatorServer) -> None:
    status, headers, body = http(sim.base_url + "/chat/completions", {**CHAT, "stream": True})
    assert status == 200 and headers["Content-Type"].startswith("text/event-stream")
    lines = body.decode().split("\n\n")
    assert lines[0].startswith("data: {") and body.endswith(b"data: [DONE]\n\n")


def test_scenarios_by_header_query_prefix_model_and_queue(sim: SimulatorServer) -> None:
    chat = sim.base_url + "/chat/completions"
    assert http(chat, CHAT, headers={"X-Sim-Scenario": "status;code=418"})[0] == 418
    assert http(chat + "?scenario=status%3Bcode%3D409", CHAT)[0] == 409
    assert http(sim.scenario_url("status;code=402") + "/chat/completions", CHAT)[0] == 402
    assert http(chat, {**CHAT, "model": "sim/status;code=403"})[0] == 403
    assert (
        http(sim.base_url.removesuffix("/v1") + "/_sim/queue", {"scenario": "html;status=502", "count": 2})[0]
        == 200
    )
    assert [http(chat, CHAT)[0] for _ in range(3)] == [502, 502, 200]
    assert (
        http(
            sim.base_url.removesuffix("/v1") + "/_sim/queue", {"scenario": "no_models", "endpoint": "models"}
        )[0]
        == 200
    )
    status, _headers, body = http(sim.base_url + "/models")
    assert status == 404 and b"<html>" in body
    assert [r.scenario for r in sim.requests][:4] == [
        "status;code=418",
        "status;code=409",
        "status;code=402",
        "status;code=403",
    ]


def test_unknown_paths_get_an_html_404_and_retry_headers_are_sent(sim: SimulatorServer) -> None:
    status, headers, _body = http(sim.base_url.removesuffix("/v1") + "/", None)
    assert status == 404 and headers["Content-Type"] == "text/html"
    status, headers, _ = http(
        sim.scenario_url("status;code=429;retry_after=3;retry_after_ms=2500") + "/chat/completions", CHAT
    )
    assert (status, headers["Retry-After"], headers["retry-after-ms"]) == (429, "3", "2500")


def test_unknown_models_are_refused_like_a_real_gateway(sim: SimulatorServer) -> None:
    status, _, body = http(sim.base_url + "/chat/completions", {**CHAT, "model": "gpt-9"})
    assert status == 404 and json.loads(body)["error"]["code"] == "model_not_found"


def test_spec_parsing() -> None:
    spec = Spec.parse("Drop-Mid;after=3;tps=50")
    assert (spec.name, spec.num("after", 0), spec.num("tps", 0), spec.num("missing", 7)) == (
        "drop_mid",
        3,
        50,
        7,
    )
    assert Spec.parse("").name == "default"


def test_start_stop_and_restart_in_process() -> None:
    server = SimulatorServer(port=0).start()
    try:
        port = server.port
        assert port != 0 and server.base_url == f"http://127.0.0.1:{port}/v1"
        assert http(server.base_url + "/models")[0] == 200
    finally:
        server.stop()
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2)


def test_flaky_fails_the_first_requests_then_answers(sim: SimulatorServer) -> None:
    chat = sim.base_url + "/chat/completions"
    header = {"X-Sim-Scenario": "flaky;fails=2;code=503;series=test-flaky"}
    assert [http(chat, CHAT, headers=header)[0] for _ in range(3)] == [503, 503, 200]


def test_stop_with_open_connections_is_quiet(caplog: pytest.LogCaptureFixture) -> None:
    """Stopping mid-stream (and with an idle keep-alive connection) logs nothing at ERROR level."""
    import logging
    import socket

    caplog.set_level(logging.DEBUG)
    body = json.dumps(
        {"model": "gemini-2.5-flash", "messages": [{"role": "user", "content": "hi"}], "stream": True}
    )
    post = (
        "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-anything\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n{body}"
    ).encode()
    server = SimulatorServer(default_tps=5).start()  # slow: the answer is still streaming at stop()
    streaming = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    idle = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    try:
        streaming.sendall(post)
        received = b""
        while b"data:" not in received:
            received += streaming.recv(65536)
        assert server.simulator.records and server.simulator.records[-1].finished_at is None
        server.stop()
        assert server._thread is None  # the thread really ended
        rest = b""
        while chunk := streaming.recv(65536):  # the server hung up; no final 0-chunk was sent
            rest += chunk
        assert not (received + rest).endswith(b"0\r\n\r\n")
    finally:
        streaming.close()
        idle.close()
        server.stop()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]
