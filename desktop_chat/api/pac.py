"""Proxy auto-configuration (PAC): which proxy a company's PAC file picks for the gateway, per request.

Why: many companies publish no proxy address, only a PAC file — JavaScript whose
`FindProxyForURL(url, host)` answers "PROXY proxy.corp:3128; DIRECT" or "DIRECT" per address.
`PacTransport` is the httpx transport of the shared client when a PAC URL is set: it fetches the
file once (size and time limits, TLS verified like every request), evaluates it for each new
gateway address (scheme, host and port: re-evaluated when the address changes, cached otherwise)
with pypac's evaluator (dukpy's small JavaScript engine, on a worker thread, pypac's PAC helper
functions such as `isInNet` and `dnsDomainIs`), and routes the request: through each PROXY (or
HTTPS proxy) in order, moving to the next entry only when the connection to one could not be
made — so DIRECT is tried only when the PAC lists it. SOCKS entries are skipped (httpx needs
socksio for them, which the app does not ship); a PAC naming only SOCKS is `PacFlaw.SOCKS_ONLY`.
A PAC that cannot be fetched or run raises `PacFailed` (an httpx.TransportError, mapped to
`ProxySetupFailed` by classify): nothing is sent, no silent direct connection.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from desktop_chat.api.config import display_address, display_proxy
from desktop_chat.api.errors import PacFlaw

log = logging.getLogger(__name__)

PAC_SIZE_LIMIT = 1024 * 1024  # bytes; real PAC files are a few KB
PAC_FETCH_TIMEOUT = 10.0  # seconds for the whole download
PAC_EVAL_TIMEOUT = 5.0  # seconds for one FindProxyForURL call


class PacFailed(httpx.TransportError):
    """The PAC file gave no usable route: `flaw` says why, `pac_url` is the file's address."""

    def __init__(self, flaw: PacFlaw, pac_url: str, detail: str = "") -> None:
        super().__init__(f"PAC {flaw.value}: {display_address(pac_url)}" + (f" ({detail})" if detail else ""))
        self.flaw = flaw
        self.pac_url = pac_url


class RouteKind(enum.Enum):
    DIRECT = "direct"
    PROXY = "proxy"


@dataclass(frozen=True, slots=True)
class Route:
    """One entry of a PAC answer that this app can use: DIRECT, or a proxy URL (http:// or https://)."""

    kind: RouteKind
    proxy_url: str = ""


DIRECT = Route(RouteKind.DIRECT)


def parse_answer(answer: object, pac_url: str = "") -> tuple[Route, ...]:
    """The usable routes of a FindProxyForURL answer, in order ("PROXY a:1; HTTPS b:2; DIRECT").

    Raises `PacFailed(SOCKS_ONLY)` when only SOCKS entries were given, `PacFailed(BAD_ANSWER)` when
    nothing usable was (an empty string, a number, "PROXY" without a host). Pure."""
    if not isinstance(answer, str):
        raise PacFailed(PacFlaw.BAD_ANSWER, pac_url, f"answer of type {type(answer).__name__}")
    routes: list[Route] = []
    saw_socks = False
    for entry in (e.strip() for e in answer.split(";")):
        words = entry.split()
        if not words:
            continue
        keyword = words[0].upper()
        if keyword == "DIRECT" and len(words) == 1:
            routes.append(DIRECT)
        elif keyword in ("PROXY", "HTTP", "HTTPS") and len(words) == 2 and _host_port(words[1]):
            scheme = "https" if keyword == "HTTPS" else "http"
            routes.append(Route(RouteKind.PROXY, f"{scheme}://{words[1]}"))
        elif keyword.startswith("SOCKS"):
            saw_socks = True
    if routes:
        return tuple(dict.fromkeys(routes))
    raise PacFailed(PacFlaw.SOCKS_ONLY if saw_socks else PacFlaw.BAD_ANSWER, pac_url, answer[:200])


def _host_port(value: str) -> bool:
    try:
        parts = urlsplit("//" + value)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return False
    return bool(parts.hostname) and "/" not in value and "@" not in value


def evaluate(js: str, url: str, host: str, pac_url: str = "") -> str:
    """FindProxyForURL(url, host) of the PAC script `js`, with pypac's evaluator. Blocking (a worker
    thread); raises `PacFailed(MALFORMED)` for a script that does not run."""
    # ~60 ms with dukpy: only when a PAC is set (pypac ships no type information)
    from pypac.parser import MalformedPacError, PACFile  # type: ignore[import-untyped]

    try:
        answer = PACFile(js).find_proxy_for_url(url, host)
    except MalformedPacError as exc:
        raise PacFailed(PacFlaw.MALFORMED, pac_url, str(exc)[:200]) from None
    except Exception as exc:  # dukpy's JSRuntimeError and friends: the script failed while running
        raise PacFailed(PacFlaw.MALFORMED, pac_url, f"{type(exc).__name__}: {str(exc)[:200]}") from None
    return answer if isinstance(answer, str) else str(answer)


class PacTransport(httpx.AsyncBaseTransport):
    """Routes each request as the PAC file at `pac_url` says; see the module docstring.

    `make_transport(proxy_url or None)` builds the transport for one route (the client passes one
    with its TLS context and limits). `fetch` may be replaced in tests; by default the file is
    downloaded with httpx, directly (never through the PAC itself), TLS verified with `verify`.
    """

    def __init__(
        self,
        pac_url: str,
        *,
        verify: ssl.SSLContext,
        make_transport: Callable[[str | None], httpx.AsyncBaseTransport],
        size_limit: int = PAC_SIZE_LIMIT,
        fetch_timeout: float = PAC_FETCH_TIMEOUT,
        eval_timeout: float = PAC_EVAL_TIMEOUT,
    ) -> None:
        self.pac_url = pac_url
        self._verify = verify
        self._make_transport = make_transport
        self._size_limit = size_limit
        self._fetch_timeout = fetch_timeout
        self._eval_timeout = eval_timeout
        self._script: str | None = None
        self._script_lock = asyncio.Lock()
        self._routes: dict[tuple[str, str, int | None], tuple[Route, ...]] = {}
        self._transports: dict[str | None, httpx.AsyncBaseTransport] = {}
        self.last_routes: tuple[Route, ...] = ()  # what the last request was routed by (for Settings)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        routes = await self.routes_for(request.url)
        last_error: httpx.TransportError | None = None
        for route in routes:
            transport = self._transport_for(route)
            try:
                return await transport.handle_async_request(request)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # the connection to this route could not be made (no byte of the request went out):
                # the PAC's next entry, if it names one
                log.info("PAC route %s failed (%s); trying the next", _route_name(route), type(exc).__name__)
                last_error = exc
        assert last_error is not None  # parse_answer never returns no routes
        raise last_error

    async def routes_for(self, url: httpx.URL) -> tuple[Route, ...]:
        """The PAC's routes for `url`'s scheme, host and port (evaluated once per address)."""
        key = (url.scheme, url.host, url.port)
        cached = self._routes.get(key)
        if cached is not None:
            self.last_routes = cached
            return cached
        script = await self._load_script()
        target = str(url.copy_with(query=None, fragment=None))
        try:
            answer = await asyncio.wait_for(
                asyncio.to_thread(evaluate, script, target, url.host, self.pac_url), self._eval_timeout
            )
        except TimeoutError:
            # the worker thread may run on (a JavaScript loop can't be interrupted); nothing waits for it
            raise PacFailed(PacFlaw.TIMEOUT, self.pac_url, "FindProxyForURL took too long") from None
        routes = parse_answer(answer, self.pac_url)
        self._routes[key] = routes
        self.last_routes = routes
        log.info("PAC routes for %s://%s: %s", url.scheme, url.host, ", ".join(map(_route_name, routes)))
        return routes

    async def _load_script(self) -> str:
        async with self._script_lock:
            if self._script is None:
                self._script = await self._fetch()
            return self._script

    async def _fetch(self) -> str:
        parts = urlsplit(self.pac_url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise PacFailed(PacFlaw.UNREACHABLE, self.pac_url, "not an http(s) address")
        try:
            async with httpx.AsyncClient(
                verify=self._verify, trust_env=False, follow_redirects=True, max_redirects=3,
                timeout=httpx.Timeout(self._fetch_timeout),
            ) as http:
                return await asyncio.wait_for(self._download(http), self._fetch_timeout)
        except TimeoutError:
            raise PacFailed(PacFlaw.TIMEOUT, self.pac_url) from None
        except httpx.TimeoutException as exc:
            raise PacFailed(PacFlaw.TIMEOUT, self.pac_url, type(exc).__name__) from None
        except httpx.HTTPError as exc:
            raise PacFailed(PacFlaw.UNREACHABLE, self.pac_url, type(exc).__name__) from None

    async def _download(self, http: httpx.AsyncClient) -> str:
        accept = {"Accept": "application/x-ns-proxy-autoconfig, */*"}
        async with http.stream("GET", self.pac_url, headers=accept) as response:
            if response.status_code != 200:
                raise PacFailed(PacFlaw.UNREACHABLE, self.pac_url, f"HTTP {response.status_code}")
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > self._size_limit:
                    raise PacFailed(PacFlaw.TOO_BIG, self.pac_url, f"more than {self._size_limit} bytes")
        text = body.decode("utf-8", "replace")
        if "FindProxyForURL" not in text:
            raise PacFailed(PacFlaw.MALFORMED, self.pac_url, "no FindProxyForURL")
        return text

    def _transport_for(self, route: Route) -> httpx.AsyncBaseTransport:
        key = route.proxy_url or None
        transport = self._transports.get(key)
        if transport is None:
            transport = self._transports[key] = self._make_transport(key)
        return transport

    async def aclose(self) -> None:
        for transport in self._transports.values():
            await transport.aclose()
        self._transports.clear()


def _route_name(route: Route) -> str:
    return "DIRECT" if route.kind is RouteKind.DIRECT else display_proxy(route.proxy_url)
