"""What the simulator answers: one "scenario" per behaviour of real gateways, chosen per request.

Why: every oddity seen in real gateways must be playable on demand over a real socket, so that
the client, the app's offline demo and the benchmarks meet them exactly as they occur in the wild.
This module is pure: it turns a scenario spec and a request into a `Reply` — a status, headers and
either a whole body or a stream of byte pieces, `Pause`s and a `DROP` — which the server plays.

A spec is `name;key=value;key=value`, e.g. `drop;after=5` or `default;tps=50;first_delay=2`.

Answers (streamed when the request asks for it, else one JSON `chat.completion`):
  default      Markdown echo of the last user message (reasoning first for the DeepSeek model)
  reasoning    `reasoning_content` (or `field=reasoning`) chunks, then the answer
  think        inline `<think>…</think>` at the start of `content`, tags split across chunks
  messy        CRLF, comments, `data:` without space, event/id/retry/unknown fields, an Azure
               empty-choices chunk, role-only/null/"" deltas, one event over two `data:` lines,
               U+2028/U+0085 and multi-byte characters inside the text
  silent       nothing for an hour after the headers (first_delay=3600)
  drop         `after=N` chunks, then the connection closes mid-body
  truncated    `after=N` chunks, then a clean end without finish_reason or [DONE]
  error_after  `after=N` chunks, then `data: {"error": {…}}` (code as a number)
  error_event  `after=N` chunks, then `event: error` + data
  garbage      `after=N` chunks, then a non-JSON `data:` line (`lines=2`: over two data: lines)
  plain_json   a JSON `chat.completion` even when `stream: true` was asked
  empty        HTTP 200 with an empty body (llama.cpp on context overflow)
Failures before any answer:
  status       `code=N` with a seed-shaped JSON error; `retry_after=S`, `retry_after_ms=MS`,
               `retry_after_date=S` (an HTTP date S seconds ahead), `message=…`, `error_code=…`
  flaky        like `status` for the first `fails=N` requests with the same spec, then `default`
  html         an nginx HTML error page (`status=502`); `portal`: an HTML page with status 200
  text         `Internal Server Error` as text/plain (`status=500`)
  bad_key (401), bad_key_400 (400 "Invalid API key"), no_model (404 model_not_found)
  context      a context-length error: `shape=openai|anthropic|gemini|litellm|vllm|no_number|
               in_stream|empty` (see context_errors.py; default openai: 400 context_length_exceeded),
               `limit=N` (8192) and `requested=M` (12000) tokens named in it
For GET /models: no_models (HTML 404), models_fail (500), models_garbage (HTML with 200); the
default list carries the extra fields set per model (`context_length`, `pricing`…, see gateway.py).

Parameters every streamed answer understands:
  tps=N (tokens per second, 0 = as fast as possible), first_delay=S (silence before the first
  token), header_delay=S (silence before the status line), chunks=N (number of content chunks),
  eol=lf|crlf|cr, split=N (write the body in N-byte pieces, cutting lines and UTF-8 characters),
  usage=separate|last|empty_delta|partial|none, finish=stop|length|content_filter|tool_calls|STOP|
  <anything>|none, done=1|0 ([DONE] at the end), text=... (the answer instead of the echo).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Mapping
from email.utils import formatdate
from http import HTTPStatus

from desktop_chat.devtools.context_errors import ContextShape, context_error_reply
from desktop_chat.devtools.replies import ChatContext, Reply, Spec
from desktop_chat.devtools.streams import completion_reply, stream_reply

STREAM_SCENARIOS = frozenset(
    {
        "default",
        "reasoning",
        "think",
        "messy",
        "drop",
        "truncated",
        "error_after",
        "error_event",
        "garbage",
        "silent",
    }
)
# Scenarios that answer (when nothing else goes wrong): a model's context limit applies to them.
ANSWER_SCENARIOS = STREAM_SCENARIOS | {"plain_json"}
MODELS_SCENARIOS = frozenset({"no_models", "models_fail", "models_garbage"})
ERROR_SCENARIOS = frozenset(
    {
        "plain_json",
        "empty",
        "html",
        "text",
        "status",
        "bad_key",
        "bad_key_400",
        "context",
        "no_model",
        "flaky",
    }
)
ALL_SCENARIOS = STREAM_SCENARIOS | MODELS_SCENARIOS | ERROR_SCENARIOS


def json_error(
    status: int, message: str, kind: str, code: object, headers: list[tuple[str, str]] | None = None
) -> Reply:
    body = json.dumps({"error": {"message": message, "type": kind, "param": None, "code": code}}).encode()
    return Reply(status=status, body=body, headers=headers or [])


NGINX_PAGE = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}"
    "</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n"
)
def reason_phrase(status: int) -> str:
    """The HTTP reason phrase of `status` ("Site Overloaded" for 529, which the stdlib lacks)."""
    if status == 529:
        return "Site Overloaded"
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def html_page(status: int) -> Reply:
    page = NGINX_PAGE.format(status=status, reason=reason_phrase(status))
    return Reply(status=status, content_type="text/html", body=page.encode())


def error_reply(spec: Spec) -> Reply | None:
    """Replies that are errors before any answer (None for answer scenarios)."""
    name = spec.name
    if name == "html":
        return html_page(int(spec.num("status", 502)))
    if name == "portal":  # a captive portal or a web site answering 200 with a page
        return Reply(
            content_type="text/html; charset=utf-8",
            body=b"<!DOCTYPE html><html><body><h1>Welcome to the guest Wi-Fi</h1></body></html>",
        )
    if name == "text":
        status = int(spec.num("status", 500))
        return Reply(
            status=status,
            content_type="text/plain",
            body=spec.text("body", reason_phrase(status)).encode(),
        )
    if name == "bad_key":
        return json_error(401, "Invalid API key provided", "invalid_request_error", "invalid_api_key")
    if name == "bad_key_400":
        return json_error(400, "Authentication Error, Invalid API key provided", "auth_error", "400")
    if name == "no_model":
        return json_error(
            404,
            "The model does not exist or you do not have access to it.",
            "invalid_request_error",
            "model_not_found",
        )
    if name in ("status", "flaky"):
        status = int(spec.num("code", 503))
        headers: list[tuple[str, str]] = []
        if "retry_after" in spec.params:
            headers.append(("Retry-After", spec.params["retry_after"]))
        if "retry_after_ms" in spec.params:
            headers.append(("retry-after-ms", spec.params["retry_after_ms"]))
        if "retry_after_date" in spec.params:
            headers.append(
                ("Retry-After", formatdate(time.time() + spec.num("retry_after_date", 5), usegmt=True))
            )
        message = spec.text("message", reason_phrase(status) + " (simulated)")
        raw_code = spec.text("error_code", str(status))
        code: str | int = int(raw_code) if raw_code.isdigit() else raw_code
        return json_error(
            status, message, "server_error" if status >= 500 else "invalid_request_error", code, headers
        )
    return None


def chat_reply(spec: Spec, ctx: ChatContext, failures_so_far: Callable[[], int] | None = None) -> Reply:
    """The reply to POST /chat/completions for this scenario."""
    if spec.name == "flaky":
        if failures_so_far is not None and failures_so_far() < int(spec.num("fails", 2)):
            reply = error_reply(spec)
            assert reply is not None
            return reply
        spec = Spec("default", spec.params)
    elif spec.name == "empty":
        return Reply(content_type="text/event-stream", body=b"")
    elif spec.name == "plain_json":
        return completion_reply(spec, ctx)
    elif spec.name == "context":
        shape = ContextShape.parse(spec.params.get("shape"), ContextShape.OPENAI)
        limit, requested = int(spec.num("limit", 8192)), int(spec.num("requested", 12000))
        return context_error_reply(shape, limit, requested, stream=ctx.stream)
    else:
        reply = error_reply(spec)
        if reply is not None:
            reply.header_delay = spec.num("header_delay", 0)
            return reply
    if spec.name not in STREAM_SCENARIOS:
        spec = Spec("default", spec.params)
    if not ctx.stream:
        return completion_reply(spec, ctx)
    return stream_reply(spec, ctx)


def models_reply(
    spec: Spec, model_ids: Iterable[str], extra: Mapping[str, Mapping[str, object]] | None = None
) -> Reply:
    """The reply to GET /models; `extra` adds fields to the items of some models (by id)."""
    if spec.name == "no_models":
        return html_page(404)
    if spec.name == "models_fail":
        return json_error(500, "Internal server error (simulated)", "server_error", 500)
    if spec.name == "models_garbage":
        return Reply(content_type="text/html", body=b"<html><body>Welcome to our portal</body></html>")
    created = int(time.time())
    extra = extra or {}
    data = [
        {"id": m, "object": "model", "created": created, "owned_by": m.split("-")[0], **extra.get(m, {})}
        for m in model_ids
    ]
    return Reply(body=json.dumps({"object": "list", "data": data}).encode())
