"""A real proxy from the package registry (proxy.py) and real PAC files, all on 127.0.0.1.

proxy.py runs as a child process (without and with basic-auth credentials); its access log shows
each request that went through it. PAC files are served by a small HTTP server here; the PAC's
answer sends one simulator through the proxy and leaves the other DIRECT.
"""

from __future__ import annotations

import asyncio
import http.server
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_chat.api import ConnectionFailed, GatewayClient, ProxyRefused
from desktop_chat.api.errors import PacFlaw, ProxySetupFailed
from desktop_chat.api.pac import DIRECT, Route, RouteKind, parse_answer
from desktop_chat.devtools.simulator import SimulatorServer

from .conftest import collect, fast_config, make_request

PASSWORD = "pr0xy-S3cret-77ab"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RealProxy:
    port: int
    log: Path
    process: subprocess.Popen[bytes]

    def url(self, userinfo: str = "") -> str:
        return f"http://{userinfo + '@' if userinfo else ''}127.0.0.1:{self.port}"

    def passed(self, target_port: int) -> int:
        """How many requests to 127.0.0.1:`target_port` the proxy's access log shows."""
        deadline = time.monotonic() + 5
        count = 0
        while time.monotonic() < deadline:  # the log line is written as the request ends
            text = self.log.read_text(encoding="utf-8", errors="replace")
            count = text.count(f"127.0.0.1:{target_port}/")
            if count:
                return count
            time.sleep(0.05)
        return count


def _start_proxy(tmp_path: Path, *extra: str) -> Iterator[RealProxy]:
    port = _free_port()
    log = tmp_path / f"proxy-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "proxy", "--hostname", "127.0.0.1", "--port", str(port),
             "--num-workers", "1", "--num-acceptors", "1", *extra],
            stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("proxy.py did not start: " + log.read_text(errors="replace")[-2000:])
                time.sleep(0.1)
        yield RealProxy(port, log, process)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@pytest.fixture
def open_proxy(tmp_path: Path) -> Iterator[RealProxy]:
    yield from _start_proxy(tmp_path)


@pytest.fixture
def locked_proxy(tmp_path: Path) -> Iterator[RealProxy]:
    yield from _start_proxy(tmp_path, "--basic-auth", f"staff:{PASSWORD}")


@pytest.fixture
def gateway() -> Iterator[SimulatorServer]:
    with SimulatorServer(default_tps=0) as server:
        yield server


def _ask(base_url: str, **config: object):
    async def run():
        async with GatewayClient(fast_config(base_url, **config)) as client:
            return await collect(client, make_request())
    return asyncio.run(run())


# -- an explicit proxy ------------------------------------------------------------------------------
def test_requests_go_through_the_real_proxy(open_proxy: RealProxy, gateway: SimulatorServer) -> None:
    outcome = _ask(gateway.base_url, proxy=open_proxy.url())
    assert outcome.error is None, outcome.error
    assert len(gateway.requests) == 1
    assert open_proxy.passed(gateway.port) == 1


def test_the_right_credentials_pass(locked_proxy: RealProxy, gateway: SimulatorServer) -> None:
    outcome = _ask(gateway.base_url, proxy=locked_proxy.url(f"staff:{PASSWORD}"))
    assert outcome.error is None, outcome.error
    assert locked_proxy.passed(gateway.port) == 1


def test_wrong_or_no_credentials_are_a_plain_refusal_that_never_shows_them(
        locked_proxy: RealProxy, gateway: SimulatorServer) -> None:
    from desktop_chat.ui.words.gateway import error_details, error_text

    for userinfo in ("staff:wrong-" + PASSWORD, ""):
        error = _ask(gateway.base_url, proxy=locked_proxy.url(userinfo)).error
        assert isinstance(error, ProxyRefused), error
        assert error.status == 407 and not error.retryable
        assert error_text(error) == ("The proxy refused the connection. Check the proxy address, user name "
                                     "and password.")
        for text in (str(error), repr(error), error_details(error), *(v for _f, v in error.facts())):
            assert PASSWORD not in text
    assert gateway.requests == []


# -- PAC ---------------------------------------------------------------------------------------------
class PacServer:
    """Serves `body` at /proxy.pac on 127.0.0.1 (a thread), counting the downloads."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.downloads = 0
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.downloads += 1
                data = outer.body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ns-proxy-autoconfig")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/proxy.pac"

    def __enter__(self) -> PacServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _pac(proxied_port: int, answer: str) -> str:
    return f"""
function FindProxyForURL(url, host) {{
    if (isPlainHostName(host) || dnsDomainIs(host, ".example.invalid")) return "DIRECT";
    if (shExpMatch(url, "*:{proxied_port}/*")) return "{answer}";
    return "DIRECT";
}}
"""


def test_a_pac_sends_the_gateway_through_the_proxy_and_other_addresses_direct(
        open_proxy: RealProxy, gateway: SimulatorServer) -> None:
    with SimulatorServer(default_tps=0) as other, PacServer(
            _pac(gateway.port, f"PROXY 127.0.0.1:{open_proxy.port}; DIRECT")) as pac:
        async def run():
            config = fast_config(gateway.base_url, pac_url=pac.url)
            async with GatewayClient(config) as client:
                first = await collect(client, make_request())
                # the address changes: the PAC is evaluated again for the new one (the file not fetched again)
                moved = client.with_config(fast_config(other.base_url, pac_url=pac.url))
                assert moved.shares_http_with(client)
                second = await collect(moved, make_request())
                return first, second
        first, second = asyncio.run(run())
        assert first.error is None and second.error is None, (first.error, second.error)
        assert len(gateway.requests) == 1 and len(other.requests) == 1
        assert open_proxy.passed(gateway.port) == 1
        assert open_proxy.passed(other.port) == 0  # DIRECT
        assert pac.downloads == 1


def test_a_dead_proxy_falls_back_to_direct_only_when_the_pac_says_so(gateway: SimulatorServer) -> None:
    dead = _free_port()
    with PacServer(_pac(gateway.port, f"PROXY 127.0.0.1:{dead}; DIRECT")) as pac:
        assert _ask(gateway.base_url, pac_url=pac.url).error is None
    assert len(gateway.requests) == 1
    with PacServer(_pac(gateway.port, f"PROXY 127.0.0.1:{dead}")) as pac:
        error = _ask(gateway.base_url, pac_url=pac.url).error
    assert isinstance(error, ConnectionFailed) and not isinstance(error, ProxySetupFailed)
    assert len(gateway.requests) == 1  # nothing more arrived


def test_a_broken_pac_file_is_a_plain_sentence_and_nothing_is_sent(gateway: SimulatorServer) -> None:
    from desktop_chat.ui.words.gateway import error_text

    with PacServer("function FindProxyForURL(url, host) { return ; ) }") as pac:
        error = _ask(gateway.base_url, pac_url=pac.url).error
        assert isinstance(error, ProxySetupFailed) and error.pac_flaw is PacFlaw.MALFORMED
        assert error_text(error) == (
            f"The automatic proxy settings (PAC file) at {pac.url} don't work (the script has an error), "
            "so nothing was sent. Ask IT to check the file.")
    assert gateway.requests == []


def test_a_pac_address_that_does_not_answer(gateway: SimulatorServer) -> None:
    from desktop_chat.ui.words.gateway import error_text

    url = f"http://127.0.0.1:{_free_port()}/proxy.pac"
    error = _ask(gateway.base_url, pac_url=url).error
    assert isinstance(error, ProxySetupFailed) and error.pac_flaw is PacFlaw.UNREACHABLE
    assert not error.retryable
    assert url in error_text(error)
    assert gateway.requests == []


def test_a_pac_naming_only_socks_says_so(gateway: SimulatorServer) -> None:
    with PacServer(_pac(gateway.port, "SOCKS 127.0.0.1:1080")) as pac:
        error = _ask(gateway.base_url, pac_url=pac.url).error
    assert isinstance(error, ProxySetupFailed) and error.pac_flaw is PacFlaw.SOCKS_ONLY
    assert gateway.requests == []


def test_an_explicit_proxy_wins_over_the_pac(open_proxy: RealProxy, gateway: SimulatorServer) -> None:
    url = f"http://127.0.0.1:{_free_port()}/proxy.pac"  # would fail if it were used
    assert _ask(gateway.base_url, proxy=open_proxy.url(), pac_url=url).error is None
    assert open_proxy.passed(gateway.port) == 1


def test_pac_answers_are_parsed_into_routes() -> None:
    assert parse_answer("PROXY a.corp:3128; HTTPS b.corp:443 ; SOCKS5 c:1; DIRECT") == (
        Route(RouteKind.PROXY, "http://a.corp:3128"), Route(RouteKind.PROXY, "https://b.corp:443"), DIRECT)
    assert parse_answer("DIRECT") == (DIRECT,)
    for bad in ("", "PROXY", "PROXY a b", "BANANA x:1", None, 3):
        with pytest.raises(Exception) as failed:
            parse_answer(bad)
        assert getattr(failed.value, "flaw", None) is PacFlaw.BAD_ANSWER
