"""A chat request: every parameter of the seed API, checked (typed refusals), turned into JSON.

Why: the request is built from settings a non-programmer edits (style, length, advanced knobs), so
out-of-range values must be caught before sending, naming the field and its limits (typed values
the UI words next to the field), and parameters the user never set must not be sent at all
(gateways differ in their defaults and some reject parameters they do not know). Pure: no I/O.

Images: a message with `images` is sent as a list of content parts, its text first (left out when
empty) and then one `{"type": "image_url", "image_url": {"url": "data:<mime>;base64,…"}}` each; a
message without images keeps its plain string `content`. `modalities` (("image", "text") for models
that draw) is sent only when set. Base64 is encoded once per image, in C (a few MB take milliseconds).

Tools: `tools` (`ToolSpec`s) go out as `{"type": "function", "function": {"name", "description",
"parameters"}}` only when there are some, `tool_choice` ("auto" | "none" | "required") only when set.
An assistant message that called tools carries `tool_calls` (`content` null when it said nothing);
a `Role.TOOL` message is `{"role": "tool", "tool_call_id", "content"}`. The services make tool names
fit `^[a-zA-Z0-9_-]{1,64}$` and parameters a JSON object; anything else is refused by `validate`.
"""

from __future__ import annotations

import base64
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from desktop_chat.api.errors import Flaw, InvalidRequest, ProtocolBug, RequestField
from desktop_chat.domain import ChatMessage, GenerationParams, ImagePart, Role, ToolCall, ToolSpec

MAX_STOP_SEQUENCES = 4
_ROLES = frozenset(role.value for role in Role)
TOOL_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")  # what OpenAI accepts as a function's name
TOOL_CHOICES = frozenset({"auto", "none", "required"})


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """One call of POST /v1/chat/completions. `messages` is stored as a tuple."""

    model: str
    messages: Sequence[ChatMessage]
    params: GenerationParams = field(default_factory=GenerationParams)
    stream: bool = True
    user: str | None = None
    modalities: tuple[str, ...] = ()  # ("image", "text") asks an image-drawing model for pictures
    tools: tuple[ToolSpec, ...] = ()  # the tools the model may call (sent only when there are some)
    tool_choice: str | None = None  # "auto" | "none" | "required"; sent only when set

    def __post_init__(self) -> None:
        if not isinstance(self.messages, tuple):
            object.__setattr__(self, "messages", tuple(self.messages))
        if not isinstance(self.tools, tuple):
            object.__setattr__(self, "tools", tuple(self.tools))

    def validate(self) -> ChatRequest:
        """Return self if every field is usable, else raise `InvalidRequest` naming the field."""
        if not isinstance(self.model, str) or not self.model.strip():
            raise InvalidRequest(RequestField.MODEL, Flaw.MISSING)
        if not self.messages:
            raise InvalidRequest(RequestField.MESSAGES, Flaw.MISSING)
        for number, message in enumerate(self.messages, start=1):
            role = getattr(message, "role", None)
            if str(role) not in _ROLES:
                raise InvalidRequest(RequestField.MESSAGES, Flaw.BAD_ROLE, index=number)
            if not isinstance(getattr(message, "content", None), str):
                raise InvalidRequest(RequestField.MESSAGES, Flaw.NO_TEXT, index=number)
            for image in getattr(message, "images", ()):
                if not _usable_image(image):
                    raise InvalidRequest(RequestField.MESSAGES, Flaw.BAD_IMAGE, index=number)
            if role == Role.TOOL:
                call_id = getattr(message, "tool_call_id", None)
                if not isinstance(call_id, str) or not call_id:
                    raise InvalidRequest(RequestField.MESSAGES, Flaw.NO_TOOL_CALL_ID, index=number)
            for call in getattr(message, "tool_calls", ()):
                if not _usable_call(call):
                    raise InvalidRequest(RequestField.MESSAGES, Flaw.BAD_TOOL_CALL, index=number)
        self._validate_tools()
        p = self.params
        _check_range(p.temperature, 0, 2, RequestField.TEMPERATURE)
        _check_range(p.top_p, 0, 1, RequestField.TOP_P)
        _check_range(p.presence_penalty, -2, 2, RequestField.PRESENCE_PENALTY)
        _check_range(p.frequency_penalty, -2, 2, RequestField.FREQUENCY_PENALTY)
        if p.max_tokens is not None and (
            isinstance(p.max_tokens, bool) or not isinstance(p.max_tokens, int) or p.max_tokens < 1
        ):
            raise InvalidRequest(RequestField.MAX_TOKENS, Flaw.NOT_A_WHOLE_NUMBER, low=1)
        stops = _stop_tuple(p.stop)
        if len(stops) > MAX_STOP_SEQUENCES:
            raise InvalidRequest(RequestField.STOP, Flaw.TOO_MANY, high=MAX_STOP_SEQUENCES)
        if any(not isinstance(s, str) or s == "" for s in stops):
            raise InvalidRequest(RequestField.STOP, Flaw.EMPTY_ITEM)
        if self.user is not None and not isinstance(self.user, str):
            raise InvalidRequest(RequestField.USER, Flaw.NOT_TEXT)
        if not isinstance(self.stream, bool):
            raise InvalidRequest(RequestField.STREAM, Flaw.NOT_ON_OR_OFF)
        if isinstance(self.modalities, str) or any(not isinstance(m, str) or not m for m in self.modalities):
            raise ProtocolBug(f"modalities must be a tuple of names, not {self.modalities!r}")  # ours
        return self

    def _validate_tools(self) -> None:
        """Tools the services offer are named and described right; anything else is their bug."""
        for number, tool in enumerate(self.tools, start=1):
            name = getattr(tool, "name", None)
            if not isinstance(tool, ToolSpec) or not isinstance(name, str) or not TOOL_NAME.fullmatch(name):
                shown = name if isinstance(name, str) else None
                raise InvalidRequest(RequestField.TOOLS, Flaw.BAD_TOOL_NAME, index=number, value=shown)
            if not isinstance(tool.description, str) or not isinstance(_parameters(tool), dict):
                raise InvalidRequest(RequestField.TOOLS, Flaw.BAD_TOOL_PARAMETERS, index=number, value=name)
        if len({tool.name for tool in self.tools}) != len(self.tools):
            raise InvalidRequest(RequestField.TOOLS, Flaw.BAD_TOOL_NAME)  # two tools of the same name
        choice = self.tool_choice
        if choice is not None and choice not in TOOL_CHOICES:
            shown = choice if isinstance(choice, str) else None
            raise InvalidRequest(RequestField.TOOL_CHOICE, Flaw.NOT_A_CHOICE, value=shown)

    def to_payload(self) -> dict[str, Any]:
        """The JSON body: model, messages, stream and only the parameters that are set."""
        p = self.params
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": [_message_payload(m) for m in self.messages],
        }
        for name in ("temperature", "top_p", "max_tokens", "presence_penalty", "frequency_penalty"):
            value = getattr(p, name)
            if value is not None:
                payload[name] = value
        stops = _stop_tuple(p.stop)
        if len(stops) == 1:
            payload["stop"] = stops[0]
        elif stops:
            payload["stop"] = list(stops)
        if self.user:
            payload["user"] = self.user
        if self.modalities:
            payload["modalities"] = list(self.modalities)
        if self.tools:
            payload["tools"] = [tool_payload(tool) for tool in self.tools]
        if self.tool_choice is not None:
            payload["tool_choice"] = self.tool_choice
        payload["stream"] = self.stream
        return payload


def tool_payload(tool: ToolSpec) -> dict[str, Any]:
    """One offered tool as JSON: `{"type": "function", "function": {name, description, parameters}}`."""
    function: dict[str, Any] = {"name": tool.name}
    if tool.description:
        function["description"] = tool.description
    function["parameters"] = _parameters(tool)
    return {"type": "function", "function": function}


def _parameters(tool: ToolSpec) -> object:
    """The tool's JSON Schema, parsed ("" counts as "{}"); None when it is not JSON."""
    text = tool.parameters_json
    if not isinstance(text, str):
        return None
    if not text.strip():
        return {}
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _usable_call(call: object) -> bool:
    return (
        isinstance(call, ToolCall)
        and isinstance(call.id, str)
        and bool(call.id)
        and isinstance(call.name, str)
        and bool(call.name)
        and isinstance(call.arguments, str)
    )


def _call_payload(call: ToolCall) -> dict[str, Any]:
    """A call the model made, as it goes back in its assistant message (arguments as written)."""
    return {
        "id": call.id,
        "type": "function",
        "function": {"name": call.name, "arguments": call.arguments or "{}"},
    }


def _message_payload(message: ChatMessage) -> dict[str, Any]:
    """One message as JSON: plain `content`, or a list of parts when it carries images; an answer's
    tool calls; a tool result with the id of its call."""
    if message.role == Role.TOOL:
        return {"role": "tool", "tool_call_id": message.tool_call_id, "content": message.content}
    if message.tool_calls:
        return {
            "role": str(message.role),
            "content": message.content or None,
            "tool_calls": [_call_payload(call) for call in message.tool_calls],
        }
    images = message.images
    if not images:
        return {"role": str(message.role), "content": message.content}
    parts: list[dict[str, Any]] = []
    if message.content:
        parts.append({"type": "text", "text": message.content})
    for image in images:
        parts.append({"type": "image_url", "image_url": {"url": image_data_url(image)}})
    return {"role": str(message.role), "content": parts}


def image_data_url(image: ImagePart) -> str:
    """`data:<mime>;base64,<bytes>` of an image part (the MIME type as the services found it)."""
    return f"data:{image.mime};base64,{base64.b64encode(image.data).decode('ascii')}"


def _usable_image(image: object) -> bool:
    """An `ImagePart` with an image MIME type and some bytes (anything else is a bug upstream)."""
    if not isinstance(image, ImagePart):
        return False
    mime, data = image.mime, image.data
    return (
        isinstance(mime, str)
        and mime.lower().startswith("image/")
        and mime.isascii()
        and "," not in mime
        and ";" not in mime
        and not any(c.isspace() for c in mime)
        and isinstance(data, bytes | bytearray | memoryview)
        and len(data) > 0
    )


def _stop_tuple(stop: object) -> tuple[object, ...]:
    """The stop sequences as a tuple; items are checked by `validate`, as settings may hold anything."""
    if stop is None:
        return ()
    if isinstance(stop, str):
        return (stop,)
    return tuple(cast("Iterable[object]", stop))  # anything else is a bug: tuple() raises TypeError


def _check_range(value: object, low: float, high: float, field: RequestField) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise InvalidRequest(field, Flaw.OUT_OF_RANGE, low=low, high=high)
    if not low <= value <= high:
        raise InvalidRequest(field, Flaw.OUT_OF_RANGE, low=low, high=high)
