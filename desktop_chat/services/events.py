"""What a running answer reports to whoever shows it: plain, frozen events.

Why: the services know nothing about Qt. A use case (send, regenerate, continue…) calls a
`Listener` with these events; the UI controller turns them into Qt signals, tests collect them in
a list. Every event names its conversation so several answers can stream at once.

Order of one turn: TurnStarted → (AnswerRetrying | AnswerDelta)* → AnswerEnded (always last, also
when stopped or failed; `error` is the typed GatewayError or None). An answer that called tools
ends (AnswerEnded, finish_reason tool_calls), then (ToolRunning? ToolFinished)* per call, then the
next answer's own TurnStarted (user_message None) … — or ToolRoundsUsedUp when the limit is reached.

The events carry the new pieces of text only. The whole text so far is owned by the answer's
writer; `ChatService.live_answer(conversation_id)` gives it as a `LiveAnswer` snapshot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from desktop_chat.domain import EndReason, Message, ToolResult, Usage

if TYPE_CHECKING:
    from desktop_chat.api import GatewayError


@dataclass(frozen=True, slots=True)
class TurnStarted:
    """The user's message is saved (None for regenerate/continue/retry) and the answer row exists."""

    conversation_id: int
    user_message: Message | None
    answer: Message  # status STREAMING; for "continue" the existing partial answer


@dataclass(frozen=True, slots=True)
class AnswerDelta:
    """New text and/or thinking for the answer being received."""

    conversation_id: int
    message_id: int
    text: str = ""
    reasoning: str = ""


@dataclass(frozen=True, slots=True)
class AnswerRetrying:
    """The gateway failed before answering; the request goes out again in `delay` seconds."""

    conversation_id: int
    message_id: int
    delay: float
    attempt: int
    max_attempts: int
    error: GatewayError


@dataclass(frozen=True, slots=True)
class ContextTrimmed:
    """The gateway said the chat was too long; the request went out again with fewer messages.

    `left_out` messages of the branch are not sent now; `limit` is the window the gateway named
    (None when it named none). The answer goes on streaming as usual.
    """

    conversation_id: int
    message_id: int
    left_out: int
    limit: int | None


@dataclass(frozen=True, slots=True)
class AnswerEnded:
    """The answer is final: COMPLETE, INTERRUPTED or FAILED (see `message.status`), and why it ended.

    `message` is None when the answer row was removed because nothing was sent at all (the gateway
    could not be reached): the user's message is kept and can be sent later with Retry.
    `end_reason` is the message's, also when `message` is None (then FAILED).
    """

    conversation_id: int
    message_id: int
    message: Message | None
    error: GatewayError | None = None
    usage: Usage | None = None
    end_reason: EndReason = EndReason.FINISHED

    @property
    def stopped(self) -> bool:
        """The answer's task was cancelled: by the person (STOPPED) or by quitting (APP_CLOSED)."""
        return self.end_reason in (EndReason.STOPPED, EndReason.APP_CLOSED)


@dataclass(frozen=True, slots=True)
class ToolRunning:
    """A tool call of answer `message_id` was allowed and is running since `started` (Unix seconds)."""

    conversation_id: int
    message_id: int
    call_id: str
    started: float


@dataclass(frozen=True, slots=True)
class ToolFinished:
    """A tool call of answer `message_id` ended (ran, failed, was denied…); its result is saved."""

    conversation_id: int
    message_id: int
    result: ToolResult


@dataclass(frozen=True, slots=True)
class ToolRoundsUsedUp:
    """The model kept calling tools: after `rounds` rounds the app stopped asking it again."""

    conversation_id: int
    message_id: int
    rounds: int


@dataclass(frozen=True, slots=True)
class LiveAnswer:
    """The answer streaming in a chat, as received so far (saved or still buffered)."""

    conversation_id: int
    message_id: int
    text: str
    reasoning: str


ChatEvent: TypeAlias = (
    TurnStarted | AnswerDelta | AnswerRetrying | ContextTrimmed | AnswerEnded | ToolRunning | ToolFinished
    | ToolRoundsUsedUp
)
Listener: TypeAlias = Callable[[ChatEvent], None]
