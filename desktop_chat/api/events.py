"""What a chat request produces: typed, immutable events and results.

Why a module of its own: the client, the pure stream decoder, the services and the UI all speak
in these types. A streamed answer is an async iterator of `StreamEvent`s; a non-streamed one is a
`Completion`. Both are plain data with no behaviour, so any layer can hold or compare them. Tool
calls arrive as `ToolCallStarted` (as soon as a call's tool is named), then one `ToolCallsRequested`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from desktop_chat.domain import FinishReason, ModelFacts, ToolCall, Usage

if TYPE_CHECKING:
    from desktop_chat.api.errors import GatewayError


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of the answer, to append to what arrived before."""

    text: str


@dataclass(frozen=True, slots=True)
class ReasoningDelta:
    """A piece of the model's thinking (shown apart from the answer, collapsible)."""

    text: str


@dataclass(frozen=True, slots=True, repr=False)
class ImageReceived:
    """A picture in the answer, decoded from a `data:` URL: `mime` is what its bytes are (PNG, JPEG,
    WebP or GIF, read from their magic, never the gateway's claim), `data` the image file's bytes."""

    mime: str
    data: bytes

    def __repr__(self) -> str:  # never megabytes of bytes in a log line or a test failure
        return f"ImageReceived(mime={self.mime!r}, {len(self.data):,} bytes)"


@dataclass(frozen=True, slots=True)
class RemoteImage:
    """A picture the answer gives by http(s) address: never fetched here; the UI shows a placeholder
    that opens the address only when the person confirms."""

    url: str


@dataclass(frozen=True, slots=True)
class ToolCallStarted:
    """The model began a tool call and its tool's name is known (for a "wants to use X…" line).

    `index` is the call's place in the answer (0, 1, … for parallel calls); `id` is the gateway's id
    when it was already given, else the one generated for it (`call_<index>`) — the final word is
    `ToolCallsRequested`, which may differ if a gateway sends the id after the name.
    """

    index: int
    id: str
    name: str


class MalformedReason(enum.StrEnum):
    """Why a tool call the model made cannot be run (the services answer it with an error result)."""

    NO_NAME = "no_name"  # the call never said which tool
    NOT_JSON = "not_json"  # its arguments are not JSON (often: cut off, or a model's typo)
    NOT_AN_OBJECT = "not_an_object"  # its arguments are JSON but not an object (a list, a number…)
    UNREADABLE = "unreadable"  # a fragment of it had the wrong type (a number as the arguments…)
    TOO_LARGE = "too_large"  # its arguments are longer than `MAX_ARGUMENTS_CHARS`
    TOO_MANY = "too_many"  # the answer asked for more calls than `MAX_TOOL_CALLS`


@dataclass(frozen=True, slots=True)
class MalformedCall:
    """A tool call that cannot be run: what arrived of it (`arguments` at most a short excerpt of
    what the model wrote) and why. `id` is the gateway's or a generated one, so a result can be sent."""

    index: int
    id: str
    name: str
    arguments: str
    reason: MalformedReason


@dataclass(frozen=True, slots=True)
class ToolCallsRequested:
    """The answer ended asking for tool calls: sent once, just before `UsageReport`/`Finished`.

    `calls` are complete (a name, arguments that are a JSON object, kept as written; "{}" when the
    model sent none), in the order of their index; `malformed` are the others, with the reason.
    Every id is unique within the answer.
    """

    calls: tuple[ToolCall, ...]
    malformed: tuple[MalformedCall, ...] = ()


@dataclass(frozen=True, slots=True)
class UsageReport:
    """Token counts, as far as the gateway reported them; sent once, just before `Finished`."""

    usage: Usage


@dataclass(frozen=True, slots=True)
class Finished:
    """The answer ended normally; always the last event of a successful stream.

    `reason` is None when the gateway ended with `[DONE]` but never said why; `raw_reason` is the
    gateway's own spelling (for "other" reasons); `model` is the model the gateway says answered.
    """

    reason: FinishReason | None
    raw_reason: str | None
    model: str | None = None


@dataclass(frozen=True, slots=True)
class Retrying:
    """The request failed before any answer arrived and will be sent again after `delay` seconds.

    `attempt` is the number of the attempt about to be made, `error` why the last one failed; the
    UI words it. Cancelling the iteration stops the waiting at once.
    """

    delay: float
    attempt: int
    max_attempts: int
    error: GatewayError


StreamEvent: TypeAlias = (
    TextDelta
    | ReasoningDelta
    | ImageReceived
    | RemoteImage
    | ToolCallStarted
    | ToolCallsRequested
    | UsageReport
    | Finished
    | Retrying
)
AnswerImage: TypeAlias = ImageReceived | RemoteImage


@dataclass(frozen=True, slots=True)
class Completion:
    """A whole answer, as returned by `GatewayClient.complete()`; `images` in the order they came;
    `tool_calls` / `malformed_calls` as in `ToolCallsRequested`."""

    text: str
    reasoning: str = ""
    usage: Usage | None = None
    finish_reason: FinishReason | None = None
    model: str | None = None
    images: tuple[AnswerImage, ...] = ()
    tool_calls: tuple[ToolCall, ...] = ()
    malformed_calls: tuple[MalformedCall, ...] = ()


@dataclass(frozen=True, slots=True)
class ModelList:
    """The models to offer: from the gateway when it answered, else the seed's list (`error` says why).

    `facts` holds what the gateway's list said about its models (context window, output limit,
    price), one entry per listed model that had any; empty for the seed's list.
    """

    models: tuple[str, ...]
    from_gateway: bool
    error: GatewayError | None = None
    facts: tuple[ModelFacts, ...] = ()
