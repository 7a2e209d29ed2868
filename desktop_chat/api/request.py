"""A chat request: every parameter of the seed API, checked in plain words, turned into JSON.

Why: the request is built from settings a non-programmer edits (style, length, advanced knobs), so
out-of-range values must be caught before sending, with a sentence that names the field in the
user's words, and parameters the user never set must not be sent at all (gateways differ in their
defaults and some reject parameters they do not know). Pure: no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_chat.api.errors import InvalidRequest
from desktop_chat.domain import ChatMessage, GenerationParams, Role

MAX_STOP_SEQUENCES = 4
_ROLES = frozenset(role.value for role in Role)


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """One call of POST /v1/chat/completions. `messages` is stored as a tuple."""

    model: str
    messages: Sequence[ChatMessage]
    params: GenerationParams = field(default_factory=GenerationParams)
    stream: bool = True
    user: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.messages, tuple):
            object.__setattr__(self, "messages", tuple(self.messages))

    def validate(self) -> ChatRequest:
        """Return self if every field is usable, else raise `InvalidRequest` naming the field."""
        if not isinstance(self.model, str) or not self.model.strip():
            raise InvalidRequest("Please choose a model.", "model")
        if not self.messages:
            raise InvalidRequest("There is no message to send.", "messages")
        for number, message in enumerate(self.messages, start=1):
            role = getattr(message, "role", None)
            if str(role) not in _ROLES:
                raise InvalidRequest(
                    f"Message {number} must come from the system, the user or the assistant.", "messages"
                )
            if not isinstance(getattr(message, "content", None), str):
                raise InvalidRequest(f"Message {number} has no text.", "messages")
        p = self.params
        _check_range(p.temperature, 0, 2, "Temperature must be between 0 and 2.", "temperature")
        _check_range(p.top_p, 0, 1, "Top P must be between 0 and 1.", "top_p")
        _check_range(
            p.presence_penalty, -2, 2, "Presence penalty must be between -2 and 2.", "presence_penalty"
        )
        _check_range(
            p.frequency_penalty, -2, 2, "Frequency penalty must be between -2 and 2.", "frequency_penalty"
        )
        if p.max_tokens is not None and (
            isinstance(p.max_tokens, bool) or not isinstance(p.max_tokens, int) or p.max_tokens < 1
        ):
            raise InvalidRequest("Maximum length must be a whole number of at least 1 token.", "max_tokens")
        stops = _stop_tuple(p.stop)
        if len(stops) > MAX_STOP_SEQUENCES:
            raise InvalidRequest(f"You can give at most {MAX_STOP_SEQUENCES} stop sequences.", "stop")
        if any(not isinstance(s, str) or s == "" for s in stops):
            raise InvalidRequest("A stop sequence can't be empty.", "stop")
        if self.user is not None and not isinstance(self.user, str):
            raise InvalidRequest("The user identifier must be text.", "user")
        if not isinstance(self.stream, bool):
            raise InvalidRequest("Streaming must be switched on or off.", "stream")
        return self

    def to_payload(self) -> dict[str, Any]:
        """The JSON body: model, messages, stream and only the parameters that are set."""
        p = self.params
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": str(m.role), "content": m.content} for m in self.messages],
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
        payload["stream"] = self.stream
        return payload


def _stop_tuple(stop: object) -> tuple[str, ...]:
    if stop is None:
        return ()
    if isinstance(stop, str):
        return (stop,)
    return tuple(stop)  # type: ignore[call-overload]


def _check_range(value: object, low: float, high: float, message: str, name: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise InvalidRequest(message, name)
    if not low <= value <= high:
        raise InvalidRequest(message, name)
