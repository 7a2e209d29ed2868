"""What a running answer reports to whoever shows it: plain, frozen events.

Why: the services know nothing about Qt. A use case (send, regenerate, continue…) calls a
`Listener` with these events; the UI controller turns them into Qt signals, tests collect them in
a list. Every event names its conversation so several answers can stream at once.

Order of one turn: TurnStarted → (AnswerRetrying | AnswerDelta)* → AnswerEnded (always last, also
when stopped or failed; `error` is the plain-language GatewayError or None).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from desktop_chat.domain import Message, Usage

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
class AnswerEnded:
    """The answer is final and saved: COMPLETE, INTERRUPTED or FAILED (see `message.status`).

    `message` is None when the answer row was removed because nothing was sent at all (the gateway
    could not be reached): the user's message is kept and can be sent later with Retry.
    """

    conversation_id: int
    message_id: int
    message: Message | None
    error: GatewayError | None = None
    usage: Usage | None = None
    stopped: bool = False  # the user pressed Stop


ChatEvent: TypeAlias = TurnStarted | AnswerDelta | AnswerRetrying | AnswerEnded
Listener: TypeAlias = Callable[[ChatEvent], None]
