"""The simulator's HTTP/1.1 server: parse requests, pick a scenario, play the reply, notice hang-ups.

Why: the simulator must behave like a real gateway at the socket level — keep-alive, chunked
streaming, closing mid-body, status lines and headers of our choosing — and must *see* when a
client hangs up (the client promises the gateway notices a cancel within 100 ms). Standard
library asyncio streams only. `simulator.py` runs it in a thread or as a command.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from desktop_chat.api.models import SEED_MODEL_ALIASES, SEED_MODELS
from desktop_chat.devtools import attachments
from desktop_chat.devtools.context_errors import ContextShape, context_error_reply
from desktop_chat.devtools.image_answers import ImageForm, image_reply, wants_images
from desktop_chat.devtools.replies import DROP, ChatContext, Pause, Reply, Spec
from desktop_chat.devtools.scenarios import (
    ANSWER_SCENARIOS,
    chat_reply,
    html_page,
    json_error,
    models_reply,
    reason_phrase,
)
from desktop_chat.devtools.token_rule import count_prompt
from desktop_chat.devtools.tool_answers import (
    TOOLS_REFUSED,
    ToolScript,
    answer_text,
    conversation_error,
    latest_results,
    offered,
    plan,
    results_since_user,
    tool_messages,
    tool_reply,
)
from desktop_chat.domain import ModelFacts

_CONTROL_PATHS = (
    "/_sim/queue",
    "/_sim/requests",
    "/_sim/limits",
    "/_sim/model-facts",
    "/_sim/image-form",
    "/_sim/tool-script",
)
# Models that take no image parts (they answer one with a 400), and models that draw pictures.
NO_IMAGE_MODELS = frozenset({"deepseek-ai/deepseek-r1-0528-maas"})
IMAGE_MODELS = frozenset({"gemini-2.5-flash-image-preview"})
IMAGES_REFUSED = "image_url is only supported by certain models"
BAD_KEY = "sk-bad"
BAD_KEY_400 = "sk-bad-400"
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
    prompt_tokens: int | None = None  # the request's messages by the simulator's token rule (chat only)
    images: list[tuple[str, int, int]] = field(default_factory=list)  # (mime, width, height); "" unreadable
    documents: list[tuple[str, int]] = field(default_factory=list)  # (name, words) of <document> blocks
    tools: list[str] = field(default_factory=list)  # the names of the tools the request offered
    tool_choice: object = None  # as sent (None when not sent)
    tool_messages: list[tuple[str, str]] = field(default_factory=list)  # (tool_call_id, content)
    tool_calls_made: list[str] = field(default_factory=list)  # names of the calls the reply made

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
            "prompt_tokens": self.prompt_tokens,
            "images": [list(image) for image in self.images],
            "documents": [list(document) for document in self.documents],
            "tools": list(self.tools),
            "tool_choice": self.tool_choice,
            "tool_messages": [list(message) for message in self.tool_messages],
            "tool_calls_made": list(self.tool_calls_made),
        }


class Simulator:
    """The server's state and request handling; runs on one asyncio loop."""

    def __init__(
        self,
        default_tps: float = 200.0,
        *,
        limits: Mapping[str, object] | None = None,
        context_shape: ContextShape = ContextShape.OPENAI,
        model_facts: Mapping[str, ModelFacts | Mapping[str, object]] | None = None,
        no_image_models: frozenset[str] = NO_IMAGE_MODELS,
        image_models: frozenset[str] = IMAGE_MODELS,
        image_form: ImageForm = ImageForm.IMAGES,
        report_modalities: bool = False,
        tool_script: ToolScript = ToolScript.ONCE_THEN_ANSWER,
        tool_name: str | None = None,
        no_tool_models: frozenset[str] = frozenset(),
    ) -> None:
        self.default_tps = default_tps
        self.tool_script = tool_script  # how a model offered tools calls them (`POST /_sim/tool-script`)
        self.tool_name = tool_name  # the tool it calls (None: the first offered)
        self.no_tool_models = no_tool_models  # answer a request with `tools` with 400 TOOLS_REFUSED
        self.no_image_models = no_image_models  # answer an image part with 400 IMAGES_REFUSED
        self.image_models = image_models  # answer `modalities: ["image", …]` with a picture
        self.image_form = image_form  # how the picture travels (`POST /_sim/image-form`)
        self.report_modalities = report_modalities  # the model list says what each model reads and draws
        self.context_shape = context_shape  # how a context overflow is said, unless the model's limit says
        self._limits: dict[str, tuple[int, ContextShape | None]] = {}
        self._model_fields: dict[str, dict[str, object]] = {}
        self.records: list[RequestRecord] = []
        self._queues: dict[str, deque[str]] = {"chat": deque(), "models": deque()}
        self._counters: dict[str, int] = {}
        self._lock = threading.Lock()
        self._writers: set[asyncio.StreamWriter] = set()
        self._handlers: set[asyncio.Task[None]] = set()
        self._closing = False
        self.disconnect_event: asyncio.Event | None = None
        self.set_limits(limits or {})
        self.set_model_facts(model_facts or {})

    def set_limits(self, limits: Mapping[str, object]) -> None:
        """Give models a context limit in tokens: `{model: n}` or `{model: {"limit": n, "shape": "gemini"}}`
        (the shape of the error for that model; else `context_shape`). Unusable entries raise ValueError."""
        parsed: dict[str, tuple[int, ContextShape | None]] = {}
        for model, value in limits.items():
            shape: ContextShape | None = None
            if isinstance(value, Mapping):
                shape = ContextShape(str(value["shape"])) if value.get("shape") is not None else None
                value = value.get("limit")
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"limit of {model!r} must be a whole number of tokens, not {value!r}")
            parsed[str(model)] = (value, shape)
        with self._lock:
            self._limits.update(parsed)

    def clear_limits(self) -> None:
        with self._lock:
            self._limits.clear()

    def set_model_facts(self, facts: Mapping[str, ModelFacts | Mapping[str, object]]) -> None:
        """Fields the model list reports for these models: `ModelFacts` (as OpenRouter spells them:
        `context_length`, `top_provider.max_completion_tokens`, `pricing` in dollars per token, as
        strings) or raw fields to add to the model's item as they are (any shape, absurd ones too)."""
        fields = {
            str(model): (openrouter_fields(value) if isinstance(value, ModelFacts) else dict(value))
            for model, value in facts.items()
        }
        with self._lock:
            self._model_fields.update(fields)

    def clear_model_facts(self) -> None:
        with self._lock:
            self._model_fields.clear()

    def _limit_for(self, *models: str) -> tuple[int, ContextShape] | None:
        with self._lock:
            for model in models:
                if model in self._limits:
                    limit, shape = self._limits[model]
                    return limit, shape or self.context_shape
        return None

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
        """Serve one connection. When the server is stopping, end quietly even if cancelled: on
        Python 3.11 a *cancelled* handler task makes asyncio log an ERROR (its done-callback calls
        `task.exception()`), so cancellation during shutdown is absorbed here and the task ends normally."""
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        try:
            await self._serve_connection(reader, writer)
        except asyncio.CancelledError:
            if not self._closing:
                raise
        finally:
            if task is not None:
                self._handlers.discard(task)

    async def _serve_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
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
                await asyncio.wait_for(writer.wait_closed(), 1.0)

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
        status_line = f"HTTP/1.1 {reply.status} {reason_phrase(reply.status)}\r\n"
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
        if path.startswith("/_sim/") and path not in _CONTROL_PATHS:
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
            or next(iter(query.get("scenario") or ()), None)
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
            with self._lock:
                extra = {model: dict(fields) for model, fields in self._model_fields.items()}
            if self.report_modalities:
                extra = {m: {**self.modality_fields(m), **extra.get(m, {})} for m in SEED_MODELS}
            return record, models_reply(spec, SEED_MODELS, extra)
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
        record.prompt_tokens = count_prompt(payload["messages"])
        self._note_attachments(record, payload["messages"])
        if record.images and served_model in self.no_image_models:
            return record, json_error(400, f"Invalid content type. {IMAGES_REFUSED}.",
                                      "invalid_request_error", "invalid_request_error")
        self._note_tools(record, payload)
        wrong = conversation_error(payload["messages"])
        if wrong is not None:
            message, param = wrong
            error = {"message": message, "type": "invalid_request_error", "param": param, "code": None}
            return record, Reply(status=400, body=json.dumps({"error": error}).encode())
        if record.tools and served_model in self.no_tool_models:
            return record, json_error(400, TOOLS_REFUSED.format(model=served_model), "api_error", None)
        too_long = self._over_limit(spec, ctx, record.prompt_tokens, model, served_model)
        if too_long is not None:
            return record, too_long
        if spec.name == "default" and served_model in self.image_models and wants_images(payload):
            form = ImageForm.parse(spec.params.get("image_form"), self.image_form)
            return record, image_reply(spec, ctx, form, self._bump("image"))
        if spec.name in ("default", "plain_json") and record.tools:
            tool_answer = self._tool_answer(spec, ctx, record)
            if tool_answer is not None:
                return record, tool_answer
        counter_key = spec_text or ""
        return record, chat_reply(spec, ctx, lambda: self._bump(counter_key))

    def _tool_answer(self, spec: Spec, ctx: ChatContext, record: RequestRecord) -> Reply | None:
        """Calls, when the script says the model calls now; else the answer quoting the results
        (None: the ordinary answer, tools or not)."""
        script = ToolScript.parse(spec.params.get("tool_script"), self.tool_script)
        tool = spec.params.get("tool") or self.tool_name
        calls = plan(script, ctx.payload, self._bump("tool"), tool)
        if calls:
            record.tool_calls_made = [call.name for call in calls]
            if spec.name == "plain_json":
                ctx = ChatContext(ctx.model, {**ctx.payload, "stream": False}, ctx.default_tps)
            return tool_reply(spec, ctx, calls, script)
        messages = ctx.payload["messages"]
        results = latest_results(messages)
        if results is None or not results_since_user(messages) or "text" in spec.params:
            return None
        return chat_reply(Spec(spec.name, {**spec.params, "text": answer_text(results)}), ctx)

    @staticmethod
    def _note_tools(record: RequestRecord, payload: dict[str, Any]) -> None:
        record.tools = [name for name, _schema in offered(payload)]
        record.tool_choice = payload.get("tool_choice")
        record.tool_messages = tool_messages(payload["messages"])

    @staticmethod
    def _note_attachments(record: RequestRecord, messages: list[Any]) -> None:
        """The images (type and size by their bytes) and documents of every message, in order."""
        for message in messages:
            content = message.get("content") if isinstance(message, dict) else None
            for image in attachments.images_of(content):
                record.images.append((image.mime, image.width, image.height))
            for document in attachments.documents_in(attachments.text_of(content)):
                record.documents.append((document.name, document.words))

    def modality_fields(self, model: str) -> dict[str, object]:
        """OpenRouter's `architecture` for `model`: what it reads and what it writes."""
        reads = ["text"] if model in self.no_image_models else ["text", "image"]
        draws = ["text", "image"] if model in self.image_models else ["text"]
        return {"architecture": {"input_modalities": reads, "output_modalities": draws}}

    def _over_limit(self, spec: Spec, ctx: ChatContext, prompt: int, *models: str) -> Reply | None:
        """The context error when the model has a limit that prompt + max_tokens exceeds, for
        requests that would get an answer (an error scenario plays as asked)."""
        if spec.name not in ANSWER_SCENARIOS:
            return None
        found = self._limit_for(*models)
        if found is None:
            return None
        limit, shape = found
        room = ctx.payload.get("max_tokens", ctx.payload.get("max_completion_tokens"))
        room = room if isinstance(room, int) and not isinstance(room, bool) and room > 0 else 0
        requested = prompt + room
        if requested <= limit:
            return None
        shape = ContextShape.parse(spec.params.get("context_shape"), shape)
        return context_error_reply(shape, limit, requested, prompt=prompt, stream=ctx.stream)

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
        if path in ("/_sim/limits", "/_sim/model-facts"):
            return self._settings(method, path, payload)
        if path == "/_sim/image-form":
            return self._image_form(method, payload)
        if path == "/_sim/tool-script":
            return self._tool_script(method, payload)
        return html_page(404)

    def _tool_script(self, method: str, payload: dict[str, Any] | None) -> Reply:
        """GET shows how models offered tools call them; POST {"script": "parallel", "tool": "…",
        "refuse_models": ["…"]} sets any of the three; DELETE resets them."""
        if method == "DELETE":
            self.tool_script, self.tool_name = ToolScript.ONCE_THEN_ANSWER, None
            self.no_tool_models = frozenset()
        elif method == "POST":
            payload = payload or {}
            if "script" in payload:
                try:
                    self.tool_script = ToolScript(str(payload["script"]))
                except ValueError:
                    scripts = ", ".join(script.value for script in ToolScript)
                    return json_error(
                        400, f"script must be one of {scripts}", "invalid_request_error", "invalid_request"
                    )
            if "tool" in payload:
                self.tool_name = str(payload["tool"]) if payload["tool"] else None
            if isinstance(payload.get("refuse_models"), list):
                self.no_tool_models = frozenset(str(m) for m in payload["refuse_models"])
        elif method != "GET":
            return html_page(404)
        shown = {
            "script": self.tool_script.value,
            "tool": self.tool_name,
            "refuse_models": sorted(self.no_tool_models),
        }
        return Reply(body=json.dumps(shown).encode())

    def _image_form(self, method: str, payload: dict[str, Any] | None) -> Reply:
        """GET shows the form pictures are sent in, POST {"form": "markdown"} sets it, DELETE resets it."""
        if method == "DELETE":
            self.image_form = ImageForm.IMAGES
        elif method == "POST":
            raw = (payload or {}).get("form")
            try:
                self.image_form = ImageForm(str(raw))
            except ValueError:
                forms = ", ".join(form.value for form in ImageForm)
                return json_error(
                    400, f"form must be one of {forms}", "invalid_request_error", "invalid_request"
                )
        elif method != "GET":
            return html_page(404)
        return Reply(body=json.dumps({"form": self.image_form.value}).encode())

    def _settings(self, method: str, path: str, payload: dict[str, Any] | None) -> Reply:
        limits = path == "/_sim/limits"
        if method == "DELETE":
            if limits:
                self.clear_limits()
            else:
                self.clear_model_facts()
            return Reply(body=b'{"cleared": true}')
        if method == "GET":
            with self._lock:
                shown: object = (
                    {m: {"limit": n, "shape": s} for m, (n, s) in self._limits.items()}
                    if limits
                    else self._model_fields
                )
                return Reply(body=json.dumps(shown).encode())
        if method != "POST" or payload is None:
            return json_error(400, "POST a JSON object", "invalid_request_error", "invalid_request")
        try:
            if limits:
                self.set_limits(payload)
            else:
                self.set_model_facts(payload)
        except (ValueError, KeyError, TypeError) as exc:
            return json_error(400, str(exc), "invalid_request_error", "invalid_request")
        return Reply(body=b'{"set": true}')

    async def close_connections(self, grace: float = 2.0) -> None:
        """Hang up on every client and let the handlers finish (the server is stopping).

        Closing a socket wakes its handler (its hang-up watch reads EOF), which then ends normally;
        handlers still running after `grace` seconds are cancelled, which `handle` absorbs quietly.
        """
        self._closing = True
        for writer in list(self._writers):
            writer.close()
        handlers = [t for t in self._handlers if not t.done()]
        if not handlers:
            return
        _, pending = await asyncio.wait(handlers, timeout=grace)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=grace)


def openrouter_fields(facts: ModelFacts) -> dict[str, object]:
    """`facts` as OpenRouter's model list spells them: `context_length`, `top_provider`, and `pricing`
    as strings of US dollars per token (3.0 per million → "0.000003")."""
    fields: dict[str, object] = {}
    top: dict[str, object] = {}
    if facts.context_window is not None:
        fields["context_length"] = top["context_length"] = facts.context_window
    if facts.max_output is not None:
        top["max_completion_tokens"] = facts.max_output
    if top:
        fields["top_provider"] = top
    if facts.price is not None:
        fields["pricing"] = {
            "prompt": _per_token(facts.price.input_per_million),
            "completion": _per_token(facts.price.output_per_million),
        }
    return fields


def _per_token(per_million: float) -> str:
    text = format(Decimal(repr(per_million)) / Decimal(1_000_000), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
