"""`GatewayConfig.proxy`: requests really pass through the configured proxy, credentials never leak.

The proxy is a tiny forwarding HTTP proxy written here (absolute-form requests, no CONNECT), on
127.0.0.1, that counts what passes through it and remembers the Proxy-Authorization it saw.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

from desktop_chat.api import (
    ConnectionFailed,
    Flaw,
    GatewayClient,
    GatewayConfig,
    InvalidRequest,
    ProxyRefused,
    RequestField,
)
from desktop_chat.devtools.simulator import SimulatorServer

from .conftest import KEY, collect, fast_config, make_request

PROXY_PASSWORD = "pr0xy-Pa55-9f8e7d"
HOP_HEADERS = {"proxy-authorization", "proxy-connection", "connection", "keep-alive"}


@dataclass
class ForwardingProxy:
    port: int = 0
    targets: list[str] = field(default_factory=list)
    auth_seen: list[str] = field(default_factory=list)
    require_auth: str | None = None  # "user:password" → 407 without it

    @property
    def count(self) -> int:
        return len(self.targets)

    def url(self, userinfo: str = "") -> str:
        return f"http://{userinfo + '@' if userinfo else ''}127.0.0.1:{self.port}"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while await self._one(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        request_line = await reader.readline()
        if not request_line.strip():
            return False
        method, target, version = request_line.decode("latin-1").split()
        headers: list[tuple[str, str]] = []
        while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers.append((name.strip(), value.strip()))
        lower = {n.lower(): v for n, v in headers}
        body = await reader.readexactly(int(lower.get("content-length", "0")))
        self.targets.append(target)
        self.auth_seen.append(lower.get("proxy-authorization", ""))
        if self.require_auth is not None:
            expected = "Basic " + base64.b64encode(self.require_auth.encode()).decode()
            if lower.get("proxy-authorization") != expected:
                writer.write(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                    b'Proxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n'
                )
                await writer.drain()
                return True
        parts = urlsplit(target)
        up_reader, up_writer = await asyncio.open_connection(parts.hostname, parts.port)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        head = [f"{method} {path} {version}"]
        head += [f"{n}: {v}" for n, v in headers if n.lower() not in HOP_HEADERS]
        head.append("Connection: close")
        up_writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
        await up_writer.drain()
        while chunk := await up_reader.read(65536):  # the upstream closes after one response
            writer.write(chunk)
            await writer.drain()
        up_writer.close()
        return False  # one request per client connection: closing tells the client the reply ended


@asynccontextmanager
async def running_proxy(**kwargs: object) -> AsyncIterator[ForwardingProxy]:
    proxy = ForwardingProxy(**kwargs)  # type: ignore[arg-type]
    server = await asyncio.start_server(proxy.handle, "127.0.0.1", 0)
    proxy.port = server.sockets[0].getsockname()[1]
    try:
        yield proxy
    finally:
        server.close()
        await server.wait_closed()


def test_requests_go_through_the_configured_proxy(
    sim: SimulatorServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    caplog.set_level(logging.DEBUG)

    async def run() -> tuple[ForwardingProxy, list[str]]:
        async with running_proxy(require_auth=f"alice:{PROXY_PASSWORD}") as proxy:
            config = fast_config(sim.base_url, proxy=proxy.url(f"alice:{PROXY_PASSWORD}"))
            async with GatewayClient(config) as client:
                outcome = await collect(client, make_request())
                models = await client.list_models()
                said = [repr(config), repr(client), str(config)]
            assert outcome.error is None and outcome.text
            assert models.from_gateway
            return proxy, said

    proxy, said = asyncio.run(run())
    assert proxy.count == 2
    assert proxy.targets[0] == f"{sim.base_url}/chat/completions"
    assert proxy.targets[1] == f"{sim.base_url}/models"
    assert len(sim.requests) == 2  # and the gateway really got them
    for text in said:
        assert PROXY_PASSWORD not in text
        assert "***@127.0.0.1" in text
    assert PROXY_PASSWORD not in caplog.text and caplog.records


def test_without_a_proxy_setting_the_environment_decides(
    sim: SimulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def run(env_proxy: bool, no_proxy: str | None, proxy: str | None) -> int:
        async with running_proxy() as forwarder:
            monkeypatch.delenv("NO_PROXY", raising=False)
            monkeypatch.delenv("no_proxy", raising=False)
            monkeypatch.delenv("HTTP_PROXY", raising=False)
            monkeypatch.delenv("http_proxy", raising=False)
            monkeypatch.delenv("ALL_PROXY", raising=False)
            monkeypatch.delenv("all_proxy", raising=False)
            if env_proxy:
                monkeypatch.setenv("HTTP_PROXY", forwarder.url())
            if no_proxy is not None:
                monkeypatch.setenv("NO_PROXY", no_proxy)
            async with GatewayClient(fast_config(sim.base_url, proxy=proxy)) as client:
                assert (await collect(client, make_request())).error is None
            return forwarder.count

    assert asyncio.run(run(env_proxy=True, no_proxy=None, proxy=None)) == 1
    assert asyncio.run(run(env_proxy=True, no_proxy=None, proxy="")) == 1
    assert asyncio.run(run(env_proxy=True, no_proxy="127.0.0.1", proxy=None)) == 0
    assert asyncio.run(run(env_proxy=False, no_proxy=None, proxy=None)) == 0


def test_with_config_makes_a_new_http_client_only_when_the_proxy_changes(
    sim: SimulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)

    async def run() -> None:
        async with running_proxy() as forwarder:
            direct = GatewayClient(fast_config(sim.base_url))
            same = direct.with_config(fast_config(sim.base_url, key="sk-other-key-123"))
            assert same.shares_http_with(direct) and same.owns_http
            proxied = direct.with_config(fast_config(sim.base_url, proxy=forwarder.url()))
            assert not proxied.shares_http_with(direct) and proxied.owns_http
            assert (await collect(proxied, make_request())).error is None
            assert forwarder.count == 1
            assert (await collect(direct, make_request())).error is None
            assert forwarder.count == 1  # the old client still goes direct
            await direct.aclose()  # the old owner closes its pool; the new one keeps working
            assert not proxied.http.is_closed
            back = proxied.with_config(fast_config(sim.base_url, proxy=f" {forwarder.url()} "))
            assert back.shares_http_with(proxied)  # same proxy once stripped
            assert (await collect(back, make_request())).error is None
            assert forwarder.count == 2
            await proxied.aclose()
            assert back.http.is_closed

    asyncio.run(run())


def test_proxy_refusal_and_bad_proxy_urls_never_show_the_password(
    sim: SimulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_PROXY", raising=False)

    async def run() -> ConnectionFailed:
        async with running_proxy(require_auth="alice:right-one") as proxy:
            config = fast_config(sim.base_url, proxy=proxy.url(f"alice:{PROXY_PASSWORD}"))
            async with GatewayClient(config) as client:
                outcome = await collect(client, make_request())
            assert proxy.count == 1  # 407 is not retried
            assert isinstance(outcome.error, ConnectionFailed)
            return outcome.error

    error = asyncio.run(run())
    assert error.status == 407 and type(error) is ProxyRefused and not error.retryable
    for text in (str(error.facts()), repr(error), str(error)):
        assert PROXY_PASSWORD not in text
    with pytest.raises(InvalidRequest) as info:
        GatewayClient(GatewayConfig(sim.base_url, KEY, proxy=f"ftp://bob:{PROXY_PASSWORD}@proxy:21"))
    assert (info.value.field, info.value.flaw) == (RequestField.PROXY, Flaw.MALFORMED)
    assert PROXY_PASSWORD not in f"{info.value}{info.value.value}"
    assert info.value.value == "ftp://***@proxy:21"
