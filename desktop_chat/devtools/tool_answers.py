"""The simulator playing tool-calling models: calls in every shape, the checks a real gateway makes.

Why: the tool loop (ask, approve, run, send the results back, let the model go on) must be tested
against a gateway that calls tools the way real models do — one call, parallel calls, arguments cut
into many fragments, broken JSON, a tool that was never offered, a model that never stops — and
that refuses a conversation whose tool results don't match its calls, as OpenAI does. Pure: it
reads the request and builds the `Reply` the server plays.

When a request offers `tools`, the `ToolScript` (the server's `tool_script`, `POST /_sim/tool-script
{"script": "parallel", "tool": "get_current_time"}`, or `tool_script=…;tool=…` in a scenario spec)
decides; every script but NONE and FOREVER calls while no tool result has come since the last user
message, then answers text quoting the results ("The tool said: …"):
  once_then_answer  (default) one call to the first offered tool (or `tool`), then the answer
  one               the same
  parallel          two calls in one answer (the first two tools, or the first one twice)
  split             one call whose arguments come in 3-character fragments
  malformed         one call whose arguments are cut off: `{"timezone": "Eur`
  unknown           one call to `no_such_tool`, which was not offered
  forever           a call again after every tool result (a model that never stops)
  none              never calls: answers as if no tool was offered
Arguments are built from the tool's JSON Schema: its required properties, each with a value of
its type (`enum`/`default` first; a `timezone` is "Europe/Paris", then "Asia/Tokyo", each next
property or parallel call taking the next value). Streamed
calls look like OpenAI's: the first fragment carries index, id, type and name with `arguments: ""`,
the next ones pieces of the arguments; then `finish_reason: "tool_calls"`, usage, `[DONE]`.
"""

from __future__ import annotations

import enum
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop_chat.devtools import token_rule
from desktop_chat.devtools.replies import ChatContext, Pause, Piece, Reply, Spec, choice

UNKNOWN_TOOL = "no_such_tool"
PIECE = 12  # characters of arguments per fragment (SPLIT: 3)
SPLIT_PIECE = 3
QUOTE_LIMIT = 500  # characters of each tool result quoted in the answer
# OpenAI's own words for a conversation whose tool messages don't match its calls (HTTP 400).
NOT_A_RESPONSE = (
    "Invalid parameter: messages with role 'tool' must be a response to a preceding message with "
    "'tool_calls'."
)
NO_RESPONSE = (
    "An assistant message with 'tool_calls' must be followed by tool messages responding to each "
    "'tool_call_id'. The following tool_call_ids did not have response messages: {ids}"
)
NO_CALL_ID = "Missing parameter 'tool_call_id': messages with role 'tool' must have a 'tool_call_id'."
TOOLS_REFUSED = "registry.ollama.ai/library/{model} does not support tools"  # Ollama's wording


class ToolScript(enum.StrEnum):
    ONCE_THEN_ANSWER = "once_then_answer"
    ONE = "one"
    PARALLEL = "parallel"
    SPLIT = "split"
    MALFORMED = "malformed"
    UNKNOWN = "unknown"
    FOREVER = "forever"
    NONE = "none"

    @classmethod
    def parse(cls, raw: object, default: ToolScript) -> ToolScript:
        return choice(cls, raw, default)


@dataclass(frozen=True, slots=True)
class PlannedCall:
    """A call the simulated model makes: its id, tool name and arguments exactly as sent."""

    id: str
    name: str
    arguments: str


def offered(payload: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(name, parameters schema) of each function tool the request offers, in order."""
    tools = payload.get("tools")
    found: list[tuple[str, dict[str, Any]]] = []
    if not isinstance(tools, list):
        return found
    for tool in tools:
        function = tool.get("function") if isinstance(tool, dict) else None
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            parameters = function.get("parameters")
            found.append((function["name"], parameters if isinstance(parameters, dict) else {}))
    return found


def tool_messages(messages: list[Any]) -> list[tuple[str, str]]:
    """(tool_call_id, content) of every `role: "tool"` message, in order."""
    return [
        (str(m.get("tool_call_id") or ""), m["content"] if isinstance(m.get("content"), str) else "")
        for m in messages
        if isinstance(m, dict) and m.get("role") == "tool"
    ]


def conversation_error(messages: list[Any]) -> tuple[str, str] | None:
    """(message, param) of the 400 OpenAI gives when tool results don't answer the calls before them:
    a tool message without a call to answer, or calls left without a result. None when it is sound."""
    pending: set[str] | None = None
    waiting_since = 0
    for number, message in enumerate(messages):
        if not isinstance(message, dict):
            continue
        role = message.get("role")
        if role == "tool":
            call_id = message.get("tool_call_id")
            if not isinstance(call_id, str) or not call_id:
                return NO_CALL_ID, f"messages.[{number}].tool_call_id"
            if pending is None or call_id not in pending:
                return NOT_A_RESPONSE, f"messages.[{number}].role"
            pending.discard(call_id)
            continue
        if pending:
            return NO_RESPONSE.format(ids=", ".join(sorted(pending))), f"messages.[{waiting_since}]"
        pending = None
        calls = message.get("tool_calls") if role == "assistant" else None
        if isinstance(calls, list) and calls:
            pending = {str(c.get("id")) for c in calls if isinstance(c, dict)}
            waiting_since = number
    if pending:
        return NO_RESPONSE.format(ids=", ".join(sorted(pending))), f"messages.[{waiting_since}]"
    return None


def latest_results(messages: list[Any]) -> list[str] | None:
    """The contents of the tool results that end the conversation (since the last user message),
    or None when the conversation does not end with tool results."""
    tail: list[str] = []
    for message in reversed(messages):
        if not isinstance(message, dict):
            continue
        if message.get("role") == "tool":
            tail.append(message["content"] if isinstance(message.get("content"), str) else "")
            continue
        break
    return list(reversed(tail)) if tail else None


def results_since_user(messages: list[Any]) -> bool:
    """Whether any tool result came after the last user message."""
    for message in reversed(messages):
        if isinstance(message, dict):
            if message.get("role") == "user":
                return False
            if message.get("role") == "tool":
                return True
    return False


def plan(
    script: ToolScript, payload: dict[str, Any], number: int, tool: str | None = None
) -> list[PlannedCall]:
    """The calls the simulated model makes now (none: it answers in text)."""
    tools = offered(payload)
    messages = payload.get("messages")
    messages = messages if isinstance(messages, list) else []
    if not tools or script is ToolScript.NONE:
        return []
    if script is not ToolScript.FOREVER and results_since_user(messages):
        return []
    schemas = dict(tools)
    first = tool if tool else tools[0][0]
    if script is ToolScript.UNKNOWN:
        return [PlannedCall(_call_id(number, 0), UNKNOWN_TOOL, "{}")]
    if script is ToolScript.PARALLEL:
        second = tools[1][0] if len(tools) > 1 and not tool else first
        return [
            PlannedCall(_call_id(number, 0), first, _arguments(schemas.get(first, {}), 0)),
            PlannedCall(_call_id(number, 1), second, _arguments(schemas.get(second, {}), 1)),
        ]
    arguments = _arguments(schemas.get(first, {}), 0)
    if script is ToolScript.MALFORMED:
        arguments = cut_off(arguments)
    return [PlannedCall(_call_id(number, 0), first, arguments)]


def _call_id(number: int, index: int) -> str:
    return f"call_sim{number:04d}{index}"


def _arguments(schema: dict[str, Any], variant: int) -> str:
    properties = schema.get("properties")
    properties = properties if isinstance(properties, dict) else {}
    required = schema.get("required")
    names = [n for n in required if isinstance(n, str)] if isinstance(required, list) else []
    values = {name: value_for(name, properties.get(name), variant + n) for n, name in enumerate(names)}
    return json.dumps(values, ensure_ascii=False)


def value_for(name: str, prop: object, variant: int = 0) -> object:
    """A plausible value for the property `name` of JSON-Schema `prop`."""
    prop = prop if isinstance(prop, dict) else {}
    enum_values = prop.get("enum")
    if isinstance(enum_values, list) and enum_values:
        return enum_values[min(variant, len(enum_values) - 1)]
    if "default" in prop:
        return prop["default"]
    kind = prop.get("type", "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    lowered = name.lower()
    if kind == "integer":
        return 1 + variant
    if kind == "number":
        return 1.5 + variant
    if kind == "boolean":
        return True
    if kind == "array":
        return []
    if kind == "object":
        return {}
    if "zone" in lowered:
        return ("Europe/Paris", "Asia/Tokyo", "America/New_York")[variant % 3]
    if "time" in lowered:
        return ("14:30", "09:15")[variant % 2]
    if lowered in ("city", "location", "place"):
        return ("Paris", "Tokyo")[variant % 2]
    return "example" if variant == 0 else f"example {variant + 1}"


def cut_off(arguments: str) -> str:
    """The arguments cut off three characters into their first string value: `{"timezone": "Eur`."""
    start = arguments.find(': "')
    if start < 0:
        return arguments[:-1] if len(arguments) > 1 else "{"
    return arguments[: start + 6]


def answer_text(results: list[str]) -> str:
    """The answer once the tools' results have come: it quotes each of them."""
    quoted = [r if len(r) <= QUOTE_LIMIT else r[: QUOTE_LIMIT - 1] + "…" for r in results]
    return "\n".join(f"The tool said: {r}" for r in quoted)


def tool_reply(spec: Spec, ctx: ChatContext, calls: list[PlannedCall], script: ToolScript) -> Reply:
    """The answer that calls tools, streamed or whole."""
    written = "".join(c.name + c.arguments for c in calls)
    prompt = token_rule.count_prompt(ctx.payload.get("messages") or [])
    usage = {"prompt_tokens": prompt, "completion_tokens": token_rule.count_text(written)}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    if not ctx.stream:
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
                for c in calls
            ],
        }
        body = {
            "id": f"chatcmpl-sim{int(time.time())}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": ctx.model,
            "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}],
            "usage": usage,
        }
        return Reply(body=json.dumps(body).encode(), header_delay=spec.num("header_delay", 0))
    piece = SPLIT_PIECE if script is ToolScript.SPLIT else int(spec.num("piece", PIECE)) or PIECE
    reply = Reply(
        content_type="text/event-stream; charset=utf-8",
        headers=[("Cache-Control", "no-cache")],
        header_delay=spec.num("header_delay", 0),
        split=int(spec.num("split", 0)),
    )
    reply.stream = _pieces(spec, ctx, calls, piece, usage)
    return reply


def _pieces(
    spec: Spec, ctx: ChatContext, calls: list[PlannedCall], piece: int, usage: dict[str, int]
) -> Iterator[Piece]:
    created = int(time.time())

    def chunk(delta: dict[str, Any] | None, finish: str | None = None, with_usage: bool = False) -> bytes:
        obj: dict[str, Any] = {
            "id": f"chatcmpl-sim{created}",
            "object": "chat.completion.chunk",
            "created": created,
            "model": ctx.model,
            "choices": [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        if with_usage:
            obj["usage"] = usage
        return b"data: " + json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode() + b"\n\n"

    tps = spec.num("tps", ctx.default_tps)
    gap = Pause(1.0 / tps) if tps > 0 else None
    for index, call in enumerate(calls):
        opening: dict[str, Any] = {
            "tool_calls": [
                {
                    "index": index,
                    "id": call.id,
                    "type": "function",
                    "function": {"name": call.name, "arguments": ""},
                }
            ]
        }
        if index == 0:
            opening = {"role": "assistant", "content": None, **opening}
        yield chunk(opening)
        for start in range(0, len(call.arguments), piece):
            fragment = call.arguments[start : start + piece]
            yield chunk({"tool_calls": [{"index": index, "function": {"arguments": fragment}}]})
            if gap:
                yield gap
    yield chunk({}, "tool_calls")
    yield chunk(None, with_usage=True)
    yield b"data: [DONE]\n\n"
