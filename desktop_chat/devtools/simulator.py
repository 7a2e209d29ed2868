"""A gateway simulator: an OpenAI-compatible Chat Completions server on 127.0.0.1 we fully control.

Why: tests, benchmarks, the app's offline demo and the README's "try it without a key" path all need
a gateway that behaves like the seed API *and* can misbehave like real gateways, on demand, over a
real socket, with no dependency and no network. Standard library only (asyncio streams); it starts
in a few milliseconds, in a background thread (`SimulatorServer`) or as a command:

    python -m desktop_chat.devtools.simulator --port 8765     # base URL http://127.0.0.1:8765/v1

Endpoints: `GET /v1/models`, `POST /v1/chat/completions` (streamed or not, with usage). Keys: any
Bearer key works except `sk-bad` (401) and `sk-bad-400` (400 "Invalid API key"); no key → 401.
Models: the seed's ids; `deepseek-ai/deepseek-r1-0528-maas` streams `reasoning_content` first;
unknown models → 404 `model_not_found`. Default answer: friendly Markdown reflecting your last
message, ~200 tokens/s, then a usage chunk and `[DONE]`.

Choosing a scenario (see `scenarios.py` for names and parameters), first match wins:
  1. queued: `server.queue("drop;after=3")` or `POST /_sim/queue {"scenario": …, "count": 1,
     "endpoint": "chat"|"models"}` (`DELETE /_sim/queue` clears) — for the next requests;
  2. header `X-Sim-Scenario: status;code=429;retry_after=2`;
  3. query `?scenario=…` on the endpoint URL;
  4. a base URL prefix: `http://127.0.0.1:N/_sim/<spec>/v1` (works with any client);
  5. the model name `sim/<spec>` (e.g. `sim/think`).
`GET /_sim/requests` lists what was received (keys never shown), including when a client hung up.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import socket
import ssl
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from desktop_chat.api.models import SEED_MODEL_ALIASES, SEED_MODELS
from desktop_chat.devtools.scenarios import (
    DROP,
    ChatContext,
    Pause,
    Reply,
    Spec,
    chat_reply,
    html_page,
    json_error,
    models_reply,
)

BAD_KEY = "sk-bad"
BAD_KEY_400 = "sk-bad-400"
_STATUS_TEXT = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    409: "Conflict",
    413: "Payload Too Large",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    529: "Site Overloaded",
}
_FLUSH_AT = 64 * 1024


@dataclass
class RequestRecord:
    """One request as the simulator saw it."""

    method: str
    path: str
    scenario: str
    payload: dict[str, Any] | None
    headers: dict[str, str] = field(repr=False)
    started_at: float = field(default_factory=time.monotonic)
    finished_at: float | None = None
    disconnected_at: float | None = None  # when the client hung up before the reply was complete
    status: int | None = None

    def public(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "scenario": self.scenario,
            "status": self.status,
            "payload": self.payload,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "disconnected_at": self.disconnected_at,
            "has_key": "authorization" in self.headers,
        }


class Simulator:
    """The server's state and request handling; runs on one asyncio loop."""

    def __init__(self, default_tps: float = 200.0) -> None:
        self.default_tps = default_tps
        self.records: list[RequestRecord] = []
        self._queues: dict[str, deque[str]] = {"chat": deque(), "models": deque()}
        self._counters: dict[str, int] = {}
        self._lock = threading.Lock()
        self._writers: set[asyncio.StreamWriter] = set()
        self.disconnect_event: asyncio.Event | None = None

    def queue(self, spec: str, count: int = 1, endpoint: str = "chat") -> None:
        with self._lock:
            self._queues[endpoint].extend([spec] * count)

    def clear_queue(self) -> None:
        with self._lock:
            for q in self._queues.values():
                q.clear()

    def _next_queued(self, endpoint: str) -> str | None:
        with self._lock:
            q = self._queues[endpoint]
            return q.popleft() if q else None

    # -- HTTP plumbing ------------------------------------------------------------------------------
    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._writers.add(writer)
        prefix = b""
        try:
            while True:
                try:
                    head = prefix + await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    break
                prefix = b""
                lines = head.decode("latin-1").split("\r\n")
                try:
                    method, target, _version = lines[0].split(" ", 2)
                except ValueError:
                    break
                headers: dict[str, str] = {}
                for line in lines[1:]:
                    if ":" in line:
                        key, _, value = line.partition(":")
                        headers[key.strip().lower()] = value.strip()
                length = int(headers.get("content-length") or 0)
                try:
                    body = await reader.readexactly(length) if length else b""
                except (asyncio.IncompleteReadError, ConnectionError):
                    break
                keep, prefix = await self._respond(method.upper(), target, headers, body, reader, writer)
                if not keep or headers.get("connection", "").lower() == "close":
                    break
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _respond(
        self,
        method: str,
        target: str,
        headers: dict[str, str],
        body: bytes,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> tuple[bool, bytes]:
        record, reply = self.route(method, target, headers, body)
        self.records.append(record)
        watch = asyncio.ensure_future(reader.read(1))  # completes with b"" when the client hangs up
        try:
            ok = await self._play(reply, record, writer, watch)
        finally:
            prefix = b""
            if not watch.done():
                watch.cancel()
                with contextlib.suppress(asyncio.CancelledError, ConnectionError):
                    await watch
            elif not watch.cancelled() and watch.exception() is None:
                prefix = watch.result()
        record.finished_at = time.monotonic()
        return ok, prefix

    async def _play(
        self, reply: Reply, record: RequestRecord, writer: asyncio.StreamWriter, watch: asyncio.Future[bytes]
    ) -> bool:
        record.status = reply.status
        if reply.header_delay and not await self._pause(reply.header_delay, record, watch):
            return False
        status_line = f"HTTP/1.1 {reply.status} {_STATUS_TEXT.get(reply.status, 'Status')}\r\n"
        head = [status_line, f"Content-Type: {reply.content_type}\r\n", "Server: desktop-chat-simulator\r\n"]
        head += [f"{k}: {v}\r\n" for k, v in reply.headers]
        if reply.stream is None:
            head.append(f"Content-Length: {len(reply.body)}\r\n\r\n")
            writer.write("".join(head).encode("latin-1") + reply.body)
            return await self._drain(writer, record)
        head.append("Transfer-Encoding: chunked\r\n\r\n")
        writer.write("".join(head).encode("latin-1"))
        pending: list[bytes] = []
        size = 0
        for piece in reply.stream:
            if isinstance(piece, bytes):
                pending.append(piece)
                size += len(piece)
                if size < _FLUSH_AT:
                    continue
            if pending:
                if not await self._send(b"".join(pending), reply.split, record, writer, watch):
                    return False
                pending, size = [], 0
            if isinstance(piece, Pause) and not await self._pause(piece.seconds, record, watch):
                return False
            if piece is DROP:
                await self._drain(writer, record)
                return False
        if pending and not await self._send(b"".join(pending), reply.split, record, writer, watch):
            return False
        if watch.done():
            self._note_disconnect(record)
            return False
        writer.write(b"0\r\n\r\n")
        return await self._drain(writer, record)

    async def _send(
        self,
        data: bytes,
        split: int,
        record: RequestRecord,
        writer: asyncio.StreamWriter,
        watch: asyncio.Future[bytes],
    ) -> bool:
        if watch.done():
            self._note_disconnect(record)
            return False
        if split <= 0:
            writer.write(b"%x\r\n%b\r\n" % (len(data), data))
            return await self._drain(writer, record)
        for start in range(0, len(data), split):
            part = data[start : start + split]
            writer.write(b"%x\r\n%b\r\n" % (len(part), part))
            if not await self._drain(writer, record) or not await self._pause(0.0002, record, watch):
                return False
        return True

    async def _drain(self, writer: asyncio.StreamWriter, record: RequestRecord) -> bool:
        try:
            await writer.drain()
        except (ConnectionError, RuntimeError):
            self._note_disconnect(record)
            return False
        return True

    async def _pause(self, seconds: float, record: RequestRecord, watch: asyncio.Future[bytes]) -> bool:
        """Wait, unless the client hangs up first (then note when, and say False)."""
        if not watch.done():
            await asyncio.wait({watch}, timeout=seconds)
        if watch.done():
            self._note_disconnect(record)
            return False
        return True

    def _note_disconnect(self, record: RequestRecord) -> None:
        if record.disconnected_at is None:
            record.disconnected_at = time.monotonic()
            if self.disconnect_event is not None:
                self.disconnect_event.set()

    # -- routing ------------------------------------------------------------------------------------
    def route(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[RequestRecord, Reply]:
        parts = urlsplit(target)
        path = unquote(parts.path)
        query = parse_qs(parts.query)
        prefix_spec: str | None = None
        if path.startswith("/_sim/") and path not in ("/_sim/queue", "/_sim/requests"):
            rest = path[len("/_sim/") :]
            prefix_spec, _, remainder = rest.partition("/")
            path = "/" + remainder
        payload: dict[str, Any] | None = None
        if body:
            try:
                loaded = json.loads(body)
                payload = loaded if isinstance(loaded, dict) else None
            except ValueError:
                payload = None
        record = RequestRecord(method, parts.path, "", payload, headers)
        if path.startswith("/v1/"):
            path = path[3:]
        endpoint = {"/models": "models", "/chat/completions": "chat"}.get(path.rstrip("/"))
        if path.startswith("/_sim/"):
            return record, self._control(method, path, payload)
        if (
            endpoint is None
            or (endpoint == "models" and method != "GET")
            or (endpoint == "chat" and method != "POST")
        ):
            return record, html_page(404)
        model = str((payload or {}).get("model") or "")
        spec_text = (
            self._next_queued(endpoint)
            or headers.get("x-sim-scenario")
            or (query.get("scenario") or [None])[0]
            or prefix_spec
            or (model[4:] if model.startswith("sim/") else None)
        )
        record.scenario = spec_text or "default"
        spec = Spec.parse(spec_text or "default")
        auth = headers.get("authorization", "")
        key = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        if not key or key == BAD_KEY:
            return record, json_error(
                401, "Invalid API key provided", "invalid_request_error", "invalid_api_key"
            )
        if key == BAD_KEY_400:
            return record, json_error(
                400, "Authentication Error, Invalid API key provided", "auth_error", "400"
            )
        if endpoint == "models":
            return record, models_reply(spec, SEED_MODELS)
        if payload is None or not isinstance(payload.get("messages"), list):
            return record, json_error(
                400, "Invalid request: 'messages' is required.", "invalid_request_error", "invalid_request"
            )
        if not model.startswith("sim/") and model not in SEED_MODELS and model not in SEED_MODEL_ALIASES:
            return record, json_error(
                404, f"The model `{model}` does not exist.", "invalid_request_error", "model_not_found"
            )
        served_model = "sim" if model.startswith("sim/") else SEED_MODEL_ALIASES.get(model, model)
        ctx = ChatContext(served_model, payload, self.default_tps)
        counter_key = spec_text or ""
        return record, chat_reply(spec, ctx, lambda: self._bump(counter_key))

    def _bump(self, key: str) -> int:
        with self._lock:
            count = self._counters.get(key, 0)
            self._counters[key] = count + 1
            return count

    def _control(self, method: str, path: str, payload: dict[str, Any] | None) -> Reply:
        if (
            path == "/_sim/queue"
            and method == "POST"
            and payload
            and isinstance(payload.get("scenario"), str)
        ):
            self.queue(
                payload["scenario"], int(payload.get("count", 1)), str(payload.get("endpoint", "chat"))
            )
            return Reply(body=b'{"queued": true}')
        if path == "/_sim/queue" and method == "DELETE":
            self.clear_queue()
            return Reply(body=b'{"cleared": true}')
        if path == "/_sim/requests" and method == "GET":
            return Reply(body=json.dumps([r.public() for r in self.records]).encode())
        return html_page(404)

    async def close_connections(self) -> None:
        for writer in list(self._writers):
            writer.close()


class SimulatorServer:
    """The simulator in a background thread: `with SimulatorServer() as sim: sim.base_url …`."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        default_tps: float = 200.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.ssl_context = ssl_context  # serve HTTPS (e.g. with a self-signed certificate, for TLS tests)
        self.host = host
        self.port = port
        self.simulator = Simulator(default_tps)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    @property
    def origin(self) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://{self.host}:{self.port}"

    def scenario_url(self, spec: str) -> str:
        """A base URL that plays `spec` for every request made through it."""
        return f"{self.origin}/_sim/{spec}/v1"

    @property
    def requests(self) -> list[RequestRecord]:
        return list(self.simulator.records)

    def queue(self, spec: str, count: int = 1, endpoint: str = "chat") -> None:
        self.simulator.queue(spec, count, endpoint)

    def wait_for_disconnect(self, timeout: float = 5.0) -> RequestRecord | None:
        """The first request whose client hung up, waiting up to `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for record in self.simulator.records:
                if record.disconnected_at is not None:
                    return record
            time.sleep(0.002)
        return None

    def start(self) -> SimulatorServer:
        if self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._run, name="gateway-simulator", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._server = loop.run_until_complete(
                asyncio.start_server(
                    self.simulator.handle, self.host, self.port, limit=1 << 20, ssl=self.ssl_context
                )
            )
            self.port = self._server.sockets[0].getsockname()[1]
        except BaseException as exc:
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            await self.simulator.close_connections()
            await asyncio.sleep(0)
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), loop)
        thread.join(10)
        self._thread = None
        self._loop = None

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


async def serve(host: str, port: int, default_tps: float, announce: bool = True) -> None:
    simulator = Simulator(default_tps)
    server = await asyncio.start_server(simulator.handle, host, port, limit=1 << 20)
    actual = server.sockets[0].getsockname()[1]
    if announce:
        print(
            f"Gateway simulator listening on http://{host}:{actual}/v1 "
            f"(any key works except '{BAD_KEY}'; Ctrl+C to stop)",
            flush=True,
        )
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop_chat.devtools.simulator",
        description="An OpenAI-compatible gateway simulator on 127.0.0.1.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (0 picks a free one; default 8765)")
    parser.add_argument("--tps", type=float, default=200.0, help="default tokens per second (0 = unlimited)")
    args = parser.parse_args(argv)
    try:
        asyncio.run(serve(args.host, args.port, args.tps))
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"Could not start the simulator: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
