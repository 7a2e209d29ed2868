"""The gateway client: send a chat request, stream back typed events, retry what may be retried.

Why: this is the one place that talks HTTP to the gateway. It owns the rules that make a flaky
network bearable — retries only before the first answer byte, visible as `Retrying` events and
stoppable; a stream that ends badly is never reported as success; cancelling (breaking out of the
loop, `aclose()`, cancelling the task) closes the connection at once, so the gateway stops
generating (and billing). One `httpx.AsyncClient` is shared by every request and by the clients
made with `with_config` — unless the proxy changes, see there. The key is sent only in the
Authorization header; it and the proxy's credentials are scrubbed from every error.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from typing import cast

import httpx

from desktop_chat.api.classify import error_from_status, error_from_transport, looks_like_html
from desktop_chat.api.config import GatewayConfig
from desktop_chat.api.decoder import StreamDecoder, events_from_completion
from desktop_chat.api.errors import (
    EmptyAnswer,
    GatewayError,
    GatewayTimeout,
    IncompleteAnswer,
    InsecureConnection,
    NotAGateway,
    ProtocolBug,
    short_snippet,
)
from desktop_chat.api.events import (
    Completion,
    Finished,
    ModelList,
    ReasoningDelta,
    Retrying,
    StreamEvent,
    TextDelta,
    ToolCallsRequested,
    UsageReport,
)
from desktop_chat.api.models import SEED_MODELS, parse_models
from desktop_chat.api.request import ChatRequest
from desktop_chat.api.retry import parse_retry_after

ERROR_BODY_LIMIT = 64 * 1024
JSON_BODY_LIMIT = 48 * 1024 * 1024  # a whole answer may carry a picture of up to 25 MB as base64
HEAVY_REQUEST = 256 * 1024  # bytes of images above which the body is built on a worker thread
_STREAM_ERRORS = (httpx.TransportError, httpx.DecodingError)


def make_http_client(config: GatewayConfig) -> httpx.AsyncClient:
    """The shared HTTP client: TLS verified against the operating system's trust store (plus
    `config.ca_bundle`), no redirects, and `config.proxy` if set — else the PAC file's choice per
    address (`config.pac_url`), else the system's proxy: HTTP(S)_PROXY/ALL_PROXY/NO_PROXY, and on
    Windows and macOS the system's settings (httpx reads them with urllib's `getproxies`).

    Raises `InvalidRequest` for an unusable proxy address or CA file (nothing is sent)."""
    from desktop_chat.api.tls import ssl_context

    config.check_proxy()
    verify = ssl_context(config.ca_bundle)
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=5, keepalive_expiry=30)
    transport: httpx.AsyncBaseTransport | None = None
    if config.pac is not None:
        from desktop_chat.api.pac import PacTransport

        def route(proxy: str | None) -> httpx.AsyncBaseTransport:
            return httpx.AsyncHTTPTransport(
                verify=verify, limits=limits, proxy=None if proxy is None else httpx.Proxy(proxy)
            )

        transport = PacTransport(config.pac, verify=verify, make_transport=route)
    return httpx.AsyncClient(
        timeout=_timeout(config),
        limits=limits,
        follow_redirects=False,
        proxy=config.proxy_url,
        verify=verify,
        transport=transport,
        trust_env=transport is None,
    )


def wire_body(payload: dict[str, object]) -> bytes:
    """The bytes of a request body as the client sends them (see `_json_body`)."""
    return _json_body(payload)


def _json_body(payload: dict[str, object]) -> bytes:
    """The request body as httpx would encode `json=` (compact, UTF-8, no NaN), with every image's
    data URL spliced in as bytes: base64 needs no JSON escaping, so the big strings never pass
    through the encoder."""
    urls: list[str] = []
    marker = f"@dc-image-{random.getrandbits(64):016x}-"  # printable ASCII: written as it is
    light = _without_image_urls(payload, urls, marker)
    text = json.dumps(light, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if not urls:
        return text.encode("utf-8")
    pieces = text.split(marker)
    out = [pieces[0].encode("utf-8")]
    for piece in pieces[1:]:
        number, _, rest = piece.partition("@")
        out.append(urls[int(number)].encode("ascii"))
        out.append(rest.encode("utf-8"))
    return b"".join(out)


_DATA_URL_HEAD = re.compile(r"data:image/[A-Za-z0-9.+-]+;base64,\Z")


def _plain_data_url(url: str) -> bool:
    """A data URL as the request builder writes them — `data:image/…;base64,` then base64, whose
    alphabet JSON writes as it is (checking the head is enough; scanning MBs would cost what the
    splice saves)."""
    comma = url.find(",", 0, 80)
    return comma > 0 and _DATA_URL_HEAD.match(url, 0, comma + 1) is not None and url.isascii()


def _without_image_urls(payload: dict[str, object], urls: list[str], marker: str) -> dict[str, object]:
    """A copy of `payload` whose `image_url.url` data URLs are markers naming their place in `urls`."""
    messages = payload.get("messages")
    if not isinstance(messages, list):
        return payload
    light_messages: list[object] = []
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, list):
            light_messages.append(message)
            continue
        parts: list[object] = []
        for part in content:
            image = part.get("image_url") if isinstance(part, dict) else None
            url = image.get("url") if isinstance(image, dict) else None
            if isinstance(image, dict) and isinstance(url, str) and _plain_data_url(url):
                parts.append({**part, "image_url": {**image, "url": f"{marker}{len(urls)}@"}})
                urls.append(url)
            else:
                parts.append(part)
        light_messages.append({**message, "content": parts})
    return {**payload, "messages": light_messages}


def _timeout(config: GatewayConfig) -> httpx.Timeout:
    return httpx.Timeout(
        connect=config.connect_timeout,
        read=config.read_timeout,
        write=max(config.connect_timeout, 30.0),
        pool=config.connect_timeout,
    )


class GatewayClient:
    """Talks to one gateway with one key. Usable from a plain `asyncio.run()` script.

    `sleep` is awaited for every retry wait (inject a fake one to test timing without waiting);
    `clock` is kept as `client.clock` so callers timing an answer share the same (fake) time;
    `wall_clock` reads Unix time for `Retry-After` dates; `rand` gives the jitter.
    """

    def __init__(
        self,
        config: GatewayConfig,
        http: httpx.AsyncClient | None = None,
        *,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._config = config
        self._base = config.normalized()
        config.check_key()
        config.check_proxy()
        self._owns_http = http is None
        self._http = http if http is not None else make_http_client(config)
        self._sleep = sleep
        self.clock = clock
        self._wall_clock = wall_clock
        self._rand = rand
        self._usage_option_rejected = False

    def __repr__(self) -> str:
        return f"GatewayClient(base_url={self._base.url!r}, proxy={self._config.proxy_display!r})"

    @property
    def config(self) -> GatewayConfig:
        return self._config

    @property
    def base_url(self) -> str:
        """The normalised base URL in use (ends in /v1)."""
        return self._base.url

    @property
    def http(self) -> httpx.AsyncClient:
        return self._http

    @property
    def owns_http(self) -> bool:
        """True if `aclose()` closes the HTTP client (this client, or its family, created it)."""
        return self._owns_http

    def shares_http_with(self, other: GatewayClient) -> bool:
        return self._http is other._http

    def with_config(self, config: GatewayConfig) -> GatewayClient:
        """A client for new settings.

        Same proxy (`config.proxy_url` equal): it shares this client's HTTP connections and their
        ownership, so closing either closes both. Different proxy: httpx fixes the proxy when an
        HTTP client is made, so the new client gets a *fresh* HTTP client of its own
        (`owns_http` True, `shares_http_with(self)` False). The caller then owns two pools:
        adopt the new client as the owner and `await old.aclose()` once nothing uses the old one
        (requests still running on it finish on the old proxy).
        """
        same_proxy = config.network == self._config.network
        other = GatewayClient(
            config,
            self._http if same_proxy else None,
            sleep=self._sleep,
            clock=self.clock,
            wall_clock=self._wall_clock,
            rand=self._rand,
        )
        if same_proxy:
            other._owns_http = self._owns_http
        return other

    async def aclose(self) -> None:
        """Close the HTTP client if this family of clients created it."""
        if self._owns_http and not self._http.is_closed:
            await self._http.aclose()

    async def __aenter__(self) -> GatewayClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- requests ---------------------------------------------------------------------------------
    def _headers(self, accept: str) -> dict[str, str]:
        headers = {"User-Agent": self._config.user_agent, "Accept": accept}
        if self._config.api_key:
            headers["Authorization"] = f"Bearer {self._config.api_key}"
        return headers

    def _scrubbed(self, error: GatewayError) -> GatewayError:
        for secret in (self._config.api_key, *self._config.proxy_secrets()):
            error.scrub(secret)
        return error

    async def _transport_error(
        self, exc: httpx.TransportError | httpx.DecodingError, url: str
    ) -> GatewayError:
        """The error for a failure before any answer; a refused certificate gets the certificate's
        issuer, subject and expiry, read in a worker thread without trusting it (nothing is sent)."""
        error = error_from_transport(exc, url=url)
        if isinstance(error, InsecureConnection):
            await self._describe_certificate(error, exc, url)
        return error

    async def _describe_certificate(self, error: InsecureConnection, exc: BaseException, url: str) -> None:
        from desktop_chat.api.tls import cert_problem, peer_certificate, verification_error

        parts = httpx.URL(url)
        host, port = parts.host, parts.port or 443
        proxy = self._config.proxy_url
        if proxy is None and self._config.pac is None:
            proxy = _system_proxy_for(parts)
        elif proxy is None:
            proxy = _pac_proxy_in_use(self._http)
        peer = await asyncio.to_thread(peer_certificate, host, port, proxy)
        error.host = host
        error.cert_problem = cert_problem(verification_error(exc), peer, host)
        if peer is not None:
            error.issuer, error.subject, error.expires, error.names = (
                peer.issuer, peer.subject, peer.not_after, peer.names)

    async def _open(
        self, url: str, payload: dict[str, object], *, heavy: bool = False
    ) -> tuple[GatewayError | None, httpx.Response | None]:
        """Send the request; (None, response) for a 2xx whose body is still unread, else (error, None).

        `heavy` (MBs of images): the images' base64 is spliced into the body as bytes instead of going
        through `json.dumps`, whose C encoder holds the GIL for the whole call (~85 ms for 14 MB on
        the window's thread, and a worker thread would not help)."""
        if self._http.is_closed:
            raise ProtocolBug("GatewayClient used after aclose()")
        body = _json_body(payload)
        headers = self._headers("text/event-stream, application/json")
        headers["Content-Type"] = "application/json"
        request = self._http.build_request(
            "POST",
            url,
            content=body,
            headers=headers,
            timeout=_timeout(self._config),
        )
        try:
            response = await self._http.send(request, stream=True)
        except _STREAM_ERRORS as exc:
            return self._scrubbed(await self._transport_error(exc, url)), None
        if 200 <= response.status_code < 300:
            return None, response
        try:
            async with aclosing(_byte_chunks(response)) as error_chunks:
                body = await _read_capped(error_chunks, ERROR_BODY_LIMIT)
        except _STREAM_ERRORS:
            body = b""
        finally:
            await response.aclose()
        retry_after = parse_retry_after(response.headers, self._wall_clock())
        error = error_from_status(
            response.status_code,
            response.headers.get("content-type", ""),
            body,
            url=url,
            retry_after=retry_after,
        )
        return self._scrubbed(error), None

    def wire_payload(self, request: ChatRequest) -> dict[str, object]:
        """The body this client sends for `request` (encode it with `wire_body`): the request's own
        fields, the policy's `user` id (every request) and the usage option (unless this gateway
        refused it). One place, so "Copy request as curl" sends exactly what the app sends."""
        payload = request.to_payload()
        if self._config.end_user and "user" not in payload:  # the policy's id on every request
            payload["user"] = self._config.end_user
        if request.stream and self._config.ask_for_usage and not self._usage_option_rejected:
            payload["stream_options"] = {"include_usage": True}
        return payload

    async def stream_chat(self, request: ChatRequest) -> AsyncGenerator[StreamEvent, None]:
        """Events of one answer: deltas, then `UsageReport` (if known) and `Finished` last.

        Raises `InvalidRequest` before sending, a `GatewayError` when the world goes wrong
        (`IncompleteAnswer`/`StreamFailed` carry the partial answer). Retries show up as `Retrying`.
        """
        request.validate()
        heavy = sum(len(i.data) for m in request.messages for i in m.images) > HEAVY_REQUEST
        payload = await asyncio.to_thread(self.wire_payload, request) if heavy else self.wire_payload(request)
        url = self._base.endpoint("chat/completions")
        policy = self._config.retry
        attempt = 1
        while True:
            error, response = await self._open(url, payload, heavy=heavy)
            if response is not None:
                break
            assert error is not None
            if (
                "stream_options" in payload
                and error.status in (400, 422)
                and "stream_options" in (f"{error.server_message} {error.server_code}")
            ):
                self._usage_option_rejected = True  # this gateway rejects the option: ask without it
                del payload["stream_options"]
                continue
            delay = policy.delay_for(attempt, error.retry_after, self._rand) if error.retryable else None
            if delay is None:
                raise error
            attempt += 1
            yield Retrying(delay, attempt, policy.max_attempts, error)
            await self._sleep(delay)
        async with aclosing(self._body_events(response, url)) as events:
            async for event in events:
                yield event

    async def _body_events(self, response: httpx.Response, url: str) -> AsyncGenerator[StreamEvent, None]:
        chunks = _byte_chunks(response)
        decoder = StreamDecoder()
        try:
            first = b""
            async for raw in chunks:
                first += raw
                if first.strip():
                    break
            head = first.lstrip()[:1]
            if head in (b"{", b"[", b"<"):
                body = await _read_capped(chunks, JSON_BODY_LIMIT, first)
                for event in self._whole_body_events(response, body, url):
                    yield event
                return
            if not first.strip():
                raise self._scrubbed(EmptyAnswer(status=response.status_code, url=url))
            feed = decoder.feed
            events = feed(first)
            while True:
                for event in events:
                    yield event
                if decoder.failure is not None:
                    raise self._scrubbed(decoder.failure)
                if decoder.done:
                    return
                try:
                    raw = await chunks.__anext__()
                except StopAsyncIteration:
                    break
                events = feed(raw)
            try:
                events = decoder.end()
            except IncompleteAnswer as exc:
                raise self._scrubbed(exc) from None
            for event in events:
                yield event
            if decoder.failure is not None:
                raise self._scrubbed(decoder.failure)
        except _STREAM_ERRORS as exc:
            technical = f"{type(exc).__name__}: {exc}"
            if not decoder.saw_bytes and isinstance(exc, httpx.TimeoutException):
                raise self._scrubbed(GatewayTimeout(url=url, technical=technical, retryable=False)) from None
            raise self._scrubbed(
                IncompleteAnswer(
                    url=url,
                    technical=technical,
                    partial_text=decoder.partial_text,
                    partial_reasoning=decoder.partial_reasoning,
                )
            ) from None
        finally:
            await chunks.aclose()
            await response.aclose()

    def _whole_body_events(self, response: httpx.Response, body: bytes, url: str) -> list[StreamEvent]:
        content_type = response.headers.get("content-type", "")
        if looks_like_html(content_type, body):
            raise self._scrubbed(
                NotAGateway(
                    status=response.status_code,
                    url=url,
                    server_message=short_snippet(body.decode("utf-8", "replace")),
                )
            )
        try:
            return events_from_completion(body)
        except GatewayError as exc:
            exc.status, exc.url = response.status_code, url
            raise self._scrubbed(exc) from None

    async def complete(
        self, request: ChatRequest, on_retry: Callable[[Retrying], object] | None = None
    ) -> Completion:
        """The whole answer at once (streamed or not, as `request.stream` says)."""
        text: list[str] = []
        reasoning: list[str] = []
        usage = None
        finished: Finished | None = None
        calls: ToolCallsRequested | None = None
        async with aclosing(self.stream_chat(request)) as events:
            async for event in events:
                if isinstance(event, TextDelta):
                    text.append(event.text)
                elif isinstance(event, ReasoningDelta):
                    reasoning.append(event.text)
                elif isinstance(event, UsageReport):
                    usage = event.usage
                elif isinstance(event, ToolCallsRequested):
                    calls = event
                elif isinstance(event, Finished):
                    finished = event
                elif isinstance(event, Retrying) and on_retry is not None:
                    on_retry(event)
        return Completion(
            text="".join(text),
            reasoning="".join(reasoning),
            usage=usage,
            finish_reason=None if finished is None else finished.reason,
            model=None if finished is None else finished.model,
            tool_calls=() if calls is None else calls.calls,
            malformed_calls=() if calls is None else calls.malformed,
        )

    async def list_models(self) -> ModelList:
        """The gateway's models (with the `facts` its list gave), or the seed's list with the reason the
        gateway's could not be had."""
        url = self._base.endpoint("models")
        if self._http.is_closed:
            raise ProtocolBug("GatewayClient used after aclose()")
        error: GatewayError
        try:
            response = await self._http.get(
                url, headers=self._headers("application/json"), timeout=_timeout(self._config)
            )
        except _STREAM_ERRORS as exc:
            error = await self._transport_error(exc, url)
        else:
            body = response.content
            content_type = response.headers.get("content-type", "")
            if 200 <= response.status_code < 300:
                parsed = None if looks_like_html(content_type, body) else parse_models(body)
                if parsed is not None and parsed[0]:
                    return ModelList(parsed[0], True, None, parsed[1])
                error = NotAGateway(
                    status=response.status_code,
                    url=url,
                    server_message=short_snippet(body.decode("utf-8", "replace")) or None,
                )
            else:
                error = error_from_status(response.status_code, content_type, body, url=url)
        return ModelList(SEED_MODELS, False, self._scrubbed(error))


def _system_proxy_for(url: httpx.URL) -> str | None:
    """The proxy httpx takes from the system for `url` (as `trust_env` does), or None for direct."""
    from urllib.request import getproxies, proxy_bypass

    proxies = getproxies()
    if proxies.get("no") and proxy_bypass(url.host):
        return None
    found = proxies.get(url.scheme) or proxies.get("all")
    return found if found and found.startswith("http://") else None


def _pac_proxy_in_use(http: httpx.AsyncClient) -> str | None:
    """The first proxy the PAC file chose for the last request, if the client routes by a PAC."""
    from desktop_chat.api.pac import PacTransport, RouteKind

    transport = getattr(http, "_transport", None)
    if isinstance(transport, PacTransport):
        for route in transport.last_routes:
            return route.proxy_url if route.kind is RouteKind.PROXY else None
    return None


def _byte_chunks(response: httpx.Response) -> AsyncGenerator[bytes, None]:
    """The body's byte chunks. httpx annotates `aiter_bytes()` as an AsyncIterator, but it is an async
    generator; closing it early (`aclose`) is how the connection is released at once."""
    return cast("AsyncGenerator[bytes, None]", response.aiter_bytes())


async def _read_capped(chunks: AsyncIterator[bytes], limit: int, first: bytes = b"") -> bytes:
    parts = [first]
    size = len(first)
    async for raw in chunks:
        parts.append(raw)
        size += len(raw)
        if size >= limit:
            break
    return b"".join(parts)[:limit]
