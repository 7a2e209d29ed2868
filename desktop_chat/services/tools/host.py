"""ToolHost: runs the configured MCP servers and calls their tools, on a thread of its own.

Why it is shaped like this:
- The SDK is built on anyio and keeps long-lived task groups per session; the window's loop is
  qasync. Mixing them invites "cancel scope in another task" errors and lets a slow server stall the
  UI. So every session lives on ONE background thread running a plain asyncio loop; callers on any
  loop get awaitables bridged with `asyncio.wrap_future(run_coroutine_threadsafe(...))`, and
  cancelling the awaiting task cancels the call on the host (the SDK then tells the server).
- Each server has a supervisor: connect (stdio: the command on the leash, env merged over the SDK's
  minimal safe environment; Streamable HTTP: url + headers), `initialize`, `tools/list` (again on
  `notifications/tools/list_changed`), then wait until the connection ends. A server that fails or
  exits is restarted with backoff (1, 2, 4 … at most 60 s); after `max_failures` failures in a row
  (a server that stayed up `stable_s` starts the count again) it is left FAILED until `restart`.
- A server's stderr goes to the app log line by line, redacted, never to the UI.
- `stop()` closes every session (the SDK ends each child: stdin closed, SIGTERM, SIGKILL, all
  bounded) and joins the thread; if the app is killed, the leash kills the children.
- Commands come only from the ServerConfigs given to `start`/`test` — never from a model.
- `tools()` and `statuses()` are snapshots replaced whole on the host thread: any thread may read them.

The SDK is imported only on the host thread (the first `start` or `test`): importing this module
loads neither `mcp` nor `pydantic`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import enum
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_chat.domain import ToolOutcome, ToolResult, ToolSpec
from desktop_chat.redact import redact
from desktop_chat.services.tools.config import SECRET_PLACEHOLDER, ServerConfig, Transport
from desktop_chat.services.tools.content import cap, result_text
from desktop_chat.services.tools.leash import leashed
from desktop_chat.services.tools.naming import unique_names

if TYPE_CHECKING:
    from mcp import ClientSession
    from mcp.types import Tool

    from desktop_chat.services.tools.secret_store import McpSecretStore

log = logging.getLogger(__name__)
T = TypeVar("T")

CLIENT_NAME = "desktop-chat"
DEFAULT_CALL_TIMEOUT_S = 60.0
MAX_DESCRIPTION_CHARS = 4_000
MAX_STDERR_LINE = 2_000
_HTTP_READ_TIMEOUT_S = 300.0
# The SDK drops an SSE event over 1 MiB (and with it the answer); tools answer more than that (a file's
# text). Still bounded: a hostile server must not make us buffer without end.
MAX_SSE_EVENT_BYTES = 32 * 1024 * 1024


class ServerState(enum.StrEnum):
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"
    STOPPED = "stopped"  # stopped by us, or disabled in the configuration


class Failure(enum.StrEnum):
    """Why a server is not ready (the UI words each; `ServerStatus.detail` keeps the technical words)."""

    NOT_FOUND = "not_found"  # the command is not on PATH (or not a file)
    NOT_STARTED = "not_started"  # the command could not be run
    CONNECT = "connect"  # the URL did not answer, or answered with an HTTP error
    HANDSHAKE = "handshake"  # initialize or tools/list failed or took too long
    EXITED = "exited"  # the connection ended: the process exited or the server closed it
    MISSING_SECRET = "missing_secret"  # a value marked secret is not in the keyring (started without it)


@dataclass(frozen=True, slots=True)
class ServerStatus:
    """Where one server stands. `tools` are its own (names as on the server), when READY."""

    name: str
    state: ServerState
    tools: tuple[ToolSpec, ...] = ()
    failure: Failure | None = None
    detail: str = ""  # technical, for the log and the "details" line
    failures: int = 0  # failures in a row
    retry_in_s: float | None = None  # FAILED and to be retried after this long; None: given up
    missing_secrets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TestReport:
    """What Settings' "Test" button found: whether connecting worked, and the tools it lists."""

    __test__ = False  # not a pytest class

    ok: bool
    tools: tuple[ToolSpec, ...] = ()
    failure: Failure | None = None
    detail: str = ""
    duration_ms: int = 0
    server_name: str = ""  # what the server calls itself (initialize's serverInfo)


@dataclass(slots=True)
class _Server:
    """Host-thread state of one configured server."""

    config: ServerConfig
    status: ServerStatus
    session: ClientSession | None = None
    task: asyncio.Task[None] | None = None
    scope: Any = None  # the anyio CancelScope the supervisor runs in
    wake: Any = None  # anyio.Event: the connection ended, or the tool list changed
    refresh: bool = False
    secrets: frozenset[str] = field(default_factory=frozenset)  # resolved secret values, for redaction


class _StartFailed(Exception):
    def __init__(self, failure: Failure, detail: str) -> None:
        super().__init__(failure, detail)
        self.failure = failure
        self.detail = detail


def _leaf(exc: BaseException) -> BaseException:
    """The first real exception inside (nested) exception groups."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def _describe(exc: BaseException) -> str:
    exc = _leaf(exc)
    return cap(f"{type(exc).__name__}: {exc}", 500)


def spec_of(server: str, tool: Tool, name: str | None = None) -> ToolSpec:
    """An SDK Tool → ToolSpec (`name`: the unique wire name; its own name when None)."""
    annotations = tool.annotations
    description = tool.description or tool.title or (annotations.title if annotations else None) or ""
    try:
        parameters = json.dumps(tool.input_schema or {"type": "object"}, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        parameters = '{"type": "object"}'
    return ToolSpec(
        name=tool.name if name is None else name,
        description=cap(description, MAX_DESCRIPTION_CHARS),
        parameters_json=parameters,
        server=server,
        tool=tool.name,
        read_only=annotations.read_only_hint if annotations else None,
        destructive=annotations.destructive_hint if annotations else None,
    )


class _WatchedStream:
    """The transport's read stream, passed through, setting `ended` when it ends: how a server's exit
    (or a closed HTTP session) is noticed at once instead of at the next call."""

    def __init__(self, inner: Any, on_end: Callable[[], None]) -> None:
        self._inner = inner
        self._on_end = on_end

    @property
    def last_context(self) -> Any:
        return getattr(self._inner, "last_context", None)

    async def receive(self) -> Any:
        import anyio

        try:
            return await self._inner.receive()
        except (anyio.EndOfStream, anyio.ClosedResourceError, anyio.BrokenResourceError):
            self._on_end()
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()

    def __aiter__(self) -> _WatchedStream:
        return self

    async def __anext__(self) -> Any:
        import anyio

        try:
            return await self.receive()
        except anyio.EndOfStream:
            raise StopAsyncIteration from None

    async def __aenter__(self) -> _WatchedStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class _StderrPump:
    """A pipe for a server's stderr whose lines go to the log (redacted), read by a daemon thread."""

    def __init__(self, server: str, secrets: Iterable[str]) -> None:
        read_fd, write_fd = os.pipe()
        self.writer = os.fdopen(write_fd, "w", encoding="utf-8", errors="replace")
        self._reader = os.fdopen(read_fd, "rb")
        self._server = server
        self._secrets = tuple(secrets)
        self._thread = threading.Thread(target=self._run, name=f"mcp-stderr-{server[:20]}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        with self._reader:
            for raw in self._reader:
                line = raw.decode("utf-8", errors="replace").rstrip()
                if line:
                    log.info("MCP server %r: %s", self._server, redact(cap(line, MAX_STDERR_LINE),
                                                                        secrets=self._secrets))

    def close_writer(self) -> None:
        """Our copy of the write end: closed once the child has its own, so EOF comes when it exits."""
        with contextlib.suppress(OSError):
            self.writer.close()


class ToolHost:
    """Owns every MCP server session on one background thread; see the module docstring."""

    def __init__(
        self,
        *,
        secret_store: McpSecretStore | None = None,
        on_change: Callable[[ServerStatus], None] | None = None,
        backoff_initial_s: float = 1.0,
        backoff_max_s: float = 60.0,
        max_failures: int = 5,
        stable_s: float = 30.0,
        connect_timeout_s: float = 30.0,
        use_leash: bool = True,
    ) -> None:
        self._secret_store = secret_store
        self._on_change = on_change
        self.backoff_initial_s = backoff_initial_s
        self.backoff_max_s = backoff_max_s
        self.max_failures = max_failures
        self.stable_s = stable_s
        self.connect_timeout_s = connect_timeout_s
        self.use_leash = use_leash
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._servers: dict[str, _Server] = {}  # host thread only
        self._statuses: Mapping[str, ServerStatus] = {}
        self._specs: tuple[ToolSpec, ...] = ()
        self._routes: Mapping[str, tuple[str, str]] = {}  # wire name → (server, tool)
        self._auto: frozenset[str] = frozenset()  # wire names of auto-approved tools
        self._closed = False

    # --- the thread ------------------------------------------------------------------------------

    def _ensure_thread(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._closed:
                raise RuntimeError("ToolHost is stopped")
            if self._loop is None:
                loop = asyncio.new_event_loop()
                ready = threading.Event()

                def run() -> None:
                    asyncio.set_event_loop(loop)
                    loop.call_soon(ready.set)
                    try:
                        loop.run_forever()
                    finally:
                        with contextlib.suppress(Exception):
                            loop.run_until_complete(loop.shutdown_asyncgens())
                        loop.close()

                self._thread = threading.Thread(target=run, name="desktop-chat-mcp-host", daemon=True)
                self._thread.start()
                ready.wait()
                self._loop = loop
            return self._loop

    def _submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        return asyncio.run_coroutine_threadsafe(coro, self._ensure_thread())

    async def _bridge(self, coro: Coroutine[Any, Any, T]) -> T:
        """Await `coro` (run on the host loop) from the caller's loop; cancelling cancels it there."""
        return await asyncio.wrap_future(self._submit(coro))

    # --- snapshots, readable from any thread ---------------------------------------------------

    def tools(self) -> tuple[ToolSpec, ...]:
        """Every ready server's tools, names unique and valid for the wire."""
        return self._specs

    def statuses(self) -> tuple[ServerStatus, ...]:
        return tuple(self._statuses.values())

    def status(self, server: str) -> ServerStatus | None:
        return self._statuses.get(server)

    def is_auto_approved(self, name: str) -> bool:
        """Whether the tool offered as `name` is in its server's `autoApprove`."""
        return name in self._auto

    # --- public operations ---------------------------------------------------------------------

    def start(self, configs: Iterable[ServerConfig]) -> None:
        """Run exactly these servers (in the background; returns at once): new ones are started,
        changed ones restarted, missing ones stopped; disabled ones are listed as STOPPED."""
        configs = tuple(configs)
        self._submit(self._apply(configs))

    def restart(self, server: str) -> None:
        """Start a FAILED (or given-up) server again now, its failure count reset."""
        self._submit(self._restart(server))

    async def call(
        self, name: str, arguments: Mapping[str, Any], *, timeout_s: float = DEFAULT_CALL_TIMEOUT_S,
        call_id: str = "",
    ) -> ToolResult:
        """Call the tool offered as `name`; never raises for what a server does (see ToolResult)."""
        return await self._bridge(self._call(name, dict(arguments), timeout_s, call_id))

    async def test(self, config: ServerConfig, *, timeout_s: float = 20.0) -> TestReport:
        """Connect to `config` once, list its tools, disconnect — within `timeout_s`."""
        return await self._bridge(self._test(config, timeout_s))

    def stop(self, timeout_s: float = 10.0) -> None:
        """Close every session, wait (bounded) for the children, end the thread. Blocking: not from the
        host thread itself; from a window's loop prefer `aclose`."""
        with self._lock:
            loop, self._closed = self._loop, True
        if loop is None:
            return
        future = asyncio.run_coroutine_threadsafe(self._stop_all(), loop)
        with contextlib.suppress(concurrent.futures.TimeoutError, concurrent.futures.CancelledError):
            future.result(timeout_s)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout_s)

    async def aclose(self, timeout_s: float = 10.0) -> None:
        await asyncio.to_thread(self.stop, timeout_s)

    # --- host thread -----------------------------------------------------------------------------

    def _publish(self, server: _Server, status: ServerStatus) -> None:
        server.status = status
        self._statuses = {name: s.status for name, s in self._servers.items()}
        self._rebuild_tools()
        if self._on_change is not None:
            try:
                self._on_change(status)
            except Exception:
                log.exception("ToolHost change callback failed")

    def _rebuild_tools(self) -> None:
        own: list[ToolSpec] = []
        for server in self._servers.values():
            if server.status.state is ServerState.READY:
                own.extend(server.status.tools)
        names = unique_names((spec.server, spec.tool) for spec in own)
        specs: list[ToolSpec] = []
        routes: dict[str, tuple[str, str]] = {}
        auto: set[str] = set()
        for spec in own:
            wire = names[(spec.server, spec.tool)]
            if wire in routes:
                continue  # a server listing one tool twice
            routes[wire] = (spec.server, spec.tool)
            specs.append(ToolSpec(wire, spec.description, spec.parameters_json, spec.server, spec.tool,
                                  spec.read_only, spec.destructive))
            if spec.tool in self._servers[spec.server].config.auto_approve:
                auto.add(wire)
        self._specs, self._routes, self._auto = tuple(specs), routes, frozenset(auto)

    async def _apply(self, configs: tuple[ServerConfig, ...]) -> None:
        wanted = {c.name: c for c in configs}
        for name in [n for n in self._servers if n not in wanted]:
            await self._stop_server(self._servers[name])
            del self._servers[name]
        for name, config in wanted.items():
            current = self._servers.get(name)
            if current is not None and current.config == config and (
                config.disabled or current.task is not None
            ):
                continue
            if current is not None:
                await self._stop_server(current)
            server = _Server(config, ServerStatus(name, ServerState.STOPPED))
            self._servers[name] = server
            if config.disabled:
                self._publish(server, server.status)
            else:
                self._launch(server)
        self._statuses = {name: s.status for name, s in self._servers.items()}
        self._rebuild_tools()

    def _launch(self, server: _Server) -> None:
        server.task = asyncio.get_running_loop().create_task(self._supervise(server))

    async def _restart(self, name: str) -> None:
        server = self._servers.get(name)
        if server is None or server.config.disabled:
            return
        await self._stop_server(server)
        self._launch(server)

    async def _stop_server(self, server: _Server) -> None:
        task = server.task
        if server.scope is not None:
            server.scope.cancel()
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        server.task = None
        server.session = None
        if server.status.state is not ServerState.STOPPED:
            self._publish(server, ServerStatus(server.config.name, ServerState.STOPPED))

    async def _stop_all(self) -> None:
        for server in list(self._servers.values()):
            if server.scope is not None:
                server.scope.cancel()
        await asyncio.gather(*(self._stop_server(s) for s in list(self._servers.values())),
                             return_exceptions=True)

    async def _supervise(self, server: _Server) -> None:
        import anyio

        name = server.config.name
        failures = 0
        with anyio.CancelScope() as scope:
            server.scope = scope
            while True:
                self._publish(server, ServerStatus(name, ServerState.STARTING, failures=failures))
                started = time.monotonic()
                failure, detail, was_ready = await self._run_once(server)
                if was_ready and time.monotonic() - started >= self.stable_s:
                    failures = 0
                failures += 1
                gave_up = failures >= self.max_failures
                delay = min(self.backoff_initial_s * 2 ** (failures - 1), self.backoff_max_s)
                log.warning("MCP server %r failed (%s, %d in a row): %s", name, failure.value, failures,
                            detail)
                self._publish(server, ServerStatus(name, ServerState.FAILED, failure=failure, detail=detail,
                                                   failures=failures, retry_in_s=None if gave_up else delay))
                if gave_up:
                    break
                await anyio.sleep(delay)
        server.scope = None

    async def _run_once(self, server: _Server) -> tuple[Failure, str, bool]:
        """One connection's life: (why it ended, detail, whether it got READY). Cancellation (stop)
        propagates."""
        import anyio

        name = server.config.name
        ready = False
        try:
            async with self._connect(server.config, server) as (session, ended, missing):
                with anyio.fail_after(self.connect_timeout_s):
                    tools = await self._list_tools(session, name)
                server.session = session
                ready = True
                self._publish(server, ServerStatus(name, ServerState.READY, tools=tools,
                                                   missing_secrets=missing))
                while not ended.is_set():
                    await server.wake.wait()
                    server.wake = anyio.Event()
                    if server.refresh and not ended.is_set():
                        server.refresh = False
                        try:
                            with anyio.fail_after(self.connect_timeout_s):
                                tools = await self._list_tools(session, name)
                        except Exception as exc:
                            log.warning("MCP server %r: refreshing its tools failed: %s", name,
                                        _describe(exc))
                            continue
                        self._publish(server, ServerStatus(name, ServerState.READY, tools=tools,
                                                           missing_secrets=missing))
                server.session = None
                return Failure.EXITED, "the connection ended", True
        except _StartFailed as exc:
            return exc.failure, exc.detail, ready
        except TimeoutError:
            return Failure.HANDSHAKE, f"no answer within {self.connect_timeout_s:g} s", ready
        except anyio.get_cancelled_exc_class():
            raise
        except BaseException as exc:  # ExceptionGroups from the SDK's task groups included
            leaf = _leaf(exc)
            if isinstance(leaf, anyio.get_cancelled_exc_class()):
                raise
            if not isinstance(leaf, Exception):
                raise
            return (Failure.EXITED if ready else self._classify(leaf)), _describe(leaf), ready
        finally:
            server.session = None

    @staticmethod
    def _classify(exc: BaseException) -> Failure:
        module = type(exc).__module__
        if module.startswith(("httpx", "httpcore")) or isinstance(exc, ConnectionError):
            return Failure.CONNECT
        if isinstance(exc, OSError):
            return Failure.NOT_STARTED
        return Failure.HANDSHAKE

    @staticmethod
    async def _list_tools(session: ClientSession, server_name: str) -> tuple[ToolSpec, ...]:
        from mcp.types import PaginatedRequestParams

        tools: list[ToolSpec] = []
        cursor: str | None = None
        for _page in range(100):
            page = PaginatedRequestParams(cursor=cursor) if cursor else None
            result = await session.list_tools(params=page)
            tools.extend(spec_of(server_name, tool) for tool in result.tools)
            cursor = result.next_cursor
            if not cursor:
                break
        return tuple(tools)

    def _resolve(self, config: ServerConfig) -> tuple[ServerConfig, tuple[str, ...]]:
        """Secret placeholders → keyring values (blocking; on a worker thread of the host)."""
        values = (*config.env.values(), *config.headers.values())
        if SECRET_PLACEHOLDER not in values:
            return config, ()
        if self._secret_store is None:
            from desktop_chat.services.tools.secret_store import McpSecretStore

            self._secret_store = McpSecretStore()
        resolved, missing = self._secret_store.resolve_secrets(config)
        return resolved, tuple(f"{m.place.value}:{m.key}" for m in missing)

    @contextlib.asynccontextmanager
    async def _connect(
        self, config: ServerConfig, server: _Server | None
    ) -> AsyncIterator[tuple[ClientSession, Any, tuple[str, ...]]]:
        """An initialized session to `config`; yields (session, ended event, missing secrets)."""
        import anyio
        import anyio.to_thread
        from mcp import ClientSession
        from mcp.types import Implementation

        resolved, missing = await anyio.to_thread.run_sync(self._resolve, config, abandon_on_cancel=True)
        secrets = frozenset(
            v for k, v in resolved.env.items() if k in config.secret_env
        ) | frozenset(v for k, v in resolved.headers.items() if k in config.secret_headers)
        ended = anyio.Event()
        wake = anyio.Event()
        if server is not None:
            server.wake = wake
            server.secrets = secrets

        def on_end() -> None:
            ended.set()
            if server is not None:
                server.wake.set()

        async def on_message(message: object) -> None:
            from mcp.types import ToolListChangedNotification

            if isinstance(message, ToolListChangedNotification) and server is not None:
                server.refresh = True
                server.wake.set()
            elif isinstance(message, Exception):
                log.info("MCP server %r: transport error: %s", config.name, _describe(message))

        async with contextlib.AsyncExitStack() as stack:
            if resolved.transport is Transport.STDIO:
                streams = await self._open_stdio(resolved, stack, secrets)
            else:
                streams = await self._open_http(resolved, stack)
            read, write = streams
            session = await stack.enter_async_context(
                ClientSession(_WatchedStream(read, on_end), write, message_handler=on_message,
                              client_info=Implementation(name=CLIENT_NAME, version="1"))
            )
            with anyio.fail_after(self.connect_timeout_s):
                await session.initialize()
            yield session, ended, missing

    async def _open_stdio(self, config: ServerConfig, stack: contextlib.AsyncExitStack,
                          secrets: frozenset[str]) -> tuple[Any, Any]:
        from mcp import StdioServerParameters, stdio_client
        from mcp.client.stdio import get_default_environment

        env = get_default_environment() | dict(config.env)
        if shutil.which(config.command, path=env.get("PATH")) is None:
            raise _StartFailed(Failure.NOT_FOUND, config.command)
        command, args = (leashed(config.command, config.args) if self.use_leash
                         else (config.command, list(config.args)))
        pump = _StderrPump(config.name, secrets)
        stack.callback(pump.close_writer)
        params = StdioServerParameters(command=command, args=args, env=dict(config.env))
        try:
            streams = await stack.enter_async_context(stdio_client(params, errlog=pump.writer))
        except OSError as exc:
            raise _StartFailed(Failure.NOT_STARTED, _describe(exc)) from exc
        pump.close_writer()
        return streams

    async def _open_http(self, config: ServerConfig, stack: contextlib.AsyncExitStack) -> tuple[Any, Any]:
        import httpx2
        from mcp.client.streamable_http import streamable_http_client

        client = await stack.enter_async_context(
            httpx2.AsyncClient(headers=dict(config.headers),
                               timeout=httpx2.Timeout(self.connect_timeout_s, read=_HTTP_READ_TIMEOUT_S))
        )
        return await stack.enter_async_context(
            streamable_http_client(config.url, http_client=client, max_sse_event_size=MAX_SSE_EVENT_BYTES)
        )

    async def _call(self, name: str, arguments: dict[str, Any], timeout_s: float, call_id: str) -> ToolResult:
        import anyio
        from mcp.shared.exceptions import MCPError
        from mcp.types import CONNECTION_CLOSED, REQUEST_TIMEOUT

        route = self._routes.get(name)
        if route is None:
            return ToolResult(call_id, ToolOutcome.UNKNOWN_TOOL, f"error: there is no tool named {name!r}")
        server_name, tool = route
        server = self._servers.get(server_name)
        session = server.session if server is not None else None

        def result(outcome: ToolOutcome, content: str, *, is_error: bool = False) -> ToolResult:
            return ToolResult(call_id, outcome, content, server=server_name, tool=tool,
                              duration_ms=int((time.monotonic() - started) * 1000), is_error=is_error)

        started = time.monotonic()
        if server is None or session is None or server.status.state is not ServerState.READY:
            return result(ToolOutcome.FAILED, f"error: the tool's server {server_name!r} is not running")
        try:
            with anyio.fail_after(timeout_s + 2):  # the SDK's own timer starts only once the request is out
                answer = await session.call_tool(tool, arguments, read_timeout_seconds=timeout_s)
        except TimeoutError:
            return result(ToolOutcome.TIMED_OUT, f"error: the tool did not answer within {timeout_s:g} s")
        except MCPError as exc:
            if exc.code == REQUEST_TIMEOUT:
                return result(ToolOutcome.TIMED_OUT, f"error: the tool did not answer within {timeout_s:g} s")
            if exc.code == CONNECTION_CLOSED:
                return result(ToolOutcome.FAILED, f"error: the server {server_name!r} went away mid-call")
            return result(ToolOutcome.FAILED, cap(f"error: {exc.message}", 2_000), is_error=True)
        except Exception as exc:
            if isinstance(_leaf(exc), anyio.get_cancelled_exc_class()):
                raise
            log.warning("MCP call %s on %r failed: %s", tool, server_name, _describe(exc))
            return result(ToolOutcome.FAILED, f"error: the call failed ({type(_leaf(exc)).__name__})")
        text = result_text(answer.content, answer.structured_content)
        if answer.is_error:
            return result(ToolOutcome.FAILED, text or "error", is_error=True)
        return result(ToolOutcome.DONE, text)

    async def _test(self, config: ServerConfig, timeout_s: float) -> TestReport:
        import anyio

        started = time.monotonic()

        def elapsed() -> int:
            return int((time.monotonic() - started) * 1000)

        try:
            with anyio.fail_after(timeout_s):
                async with self._connect(config, None) as (session, _ended, _missing):
                    tools = await self._list_tools(session, config.name)
                    info = session.server_info
                    return TestReport(True, tools, duration_ms=elapsed(),
                                      server_name=info.name if info is not None else "")
        except _StartFailed as exc:
            return TestReport(False, failure=exc.failure, detail=exc.detail, duration_ms=elapsed())
        except TimeoutError:
            return TestReport(False, failure=Failure.HANDSHAKE, detail=f"no answer within {timeout_s:g} s",
                              duration_ms=elapsed())
        except BaseException as exc:
            leaf = _leaf(exc)
            if isinstance(leaf, anyio.get_cancelled_exc_class()) or not isinstance(leaf, Exception):
                raise
            return TestReport(False, failure=self._classify(leaf), detail=_describe(leaf),
                              duration_ms=elapsed())
