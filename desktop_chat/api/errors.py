"""The errors of the gateway client, split into "the world went wrong" and "we have a bug".

Why: users are office staff. When the network, the gateway or the model fails, they need one
plain sentence and one button that helps, with the technical facts kept for a Details view.
When *our* code is wrong, that is a bug to report, not something to explain away. The two never
share a base class, so `except GatewayError` can never swallow a bug.

    Exception
    ├── GatewayError                 the world went wrong: .message, .action, .details, .retryable
    │   ├── AuthenticationFailed     401, or 400 saying the key is bad            → CHANGE_KEY
    │   ├── AccessDenied             402 / 403 (quota or permission)              → CHOOSE_MODEL
    │   ├── NotAGateway              404 without a model message, HTML pages      → CHECK_ADDRESS
    │   ├── ModelNotAvailable        400 / 404 about the model                    → CHOOSE_MODEL
    │   ├── ContextTooLong           400 on context length, 413                   → NEW_CHAT
    │   ├── RateLimited              429 (retried automatically)                  → WAIT
    │   ├── ServerTrouble            409, 500, 502, 503, 529… (retried)           → WAIT
    │   ├── GatewayTimeout           408, 504, or no first byte in time (retried) → RETRY
    │   ├── ConnectionFailed         DNS, refused, reset before an answer         → CHECK_CONNECTION
    │   ├── InsecureConnection       TLS certificate problem; nothing was sent    → NONE
    │   ├── BadRequest               any other 4xx (e.g. 422)                     → NONE
    │   └── PartialAnswerError       the answer began but did not end well; keeps the partial text
    │       ├── IncompleteAnswer     dropped, or ended without finish_reason / [DONE] → CONTINUE
    │       │   └── EmptyAnswer      HTTP 200 with an empty body                  → RETRY
    │       └── StreamFailed         an error reported after HTTP 200             → RETRY
    ├── InvalidRequest (ValueError)  the request's own fields are out of range (shown next to the field)
    └── ProtocolBug (RuntimeError)   our own mistake, e.g. using a closed client: log it, report it

The key never appears in any of these: every server text passes through `redact()`.
"""

from __future__ import annotations

import enum
import re
from typing import ClassVar

from desktop_chat.redact import redact as _redact


class ErrorAction(enum.StrEnum):
    """The one thing the user can do about an error; `label` is the button's text."""

    CHANGE_KEY = "change_key"
    CHECK_ADDRESS = "check_address"
    CHOOSE_MODEL = "choose_model"
    NEW_CHAT = "new_chat"
    WAIT = "wait"
    RETRY = "retry"
    CHECK_CONNECTION = "check_connection"
    CONTINUE = "continue"
    NONE = "none"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    ErrorAction.CHANGE_KEY: "Change key",
    ErrorAction.CHECK_ADDRESS: "Check the address",
    ErrorAction.CHOOSE_MODEL: "Choose another model",
    ErrorAction.NEW_CHAT: "Start a new chat from here",
    ErrorAction.WAIT: "Try again later",
    ErrorAction.RETRY: "Retry",
    ErrorAction.CHECK_CONNECTION: "Retry",
    ErrorAction.CONTINUE: "Continue",
    ErrorAction.NONE: "",
}


def redact(text: str, *secrets: str) -> str:
    """`text` with the given secrets and anything shaped like a key (sk-…, AIza…, Bearer …) hidden.

    One scrubber for the whole app (desktop_chat.redact); this spelling keeps the client's calls short.
    """
    return _redact(text, secrets=secrets)


def short_snippet(text: str, limit: int = 300) -> str:
    """A one-paragraph, markup-free excerpt of a server's page or message, for humans."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
    text = re.sub(r"(?s)<[^>]*>", " ", text)
    text = re.sub(r"&nbsp;|&#160;", " ", text)
    text = re.sub(r"&lt;", "<", text)
    text = re.sub(r"&gt;", ">", text)
    text = re.sub(r"&amp;", "&", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class GatewayError(Exception):
    """The world went wrong: a plain `message`, a suggested `action` and the facts for `details`."""

    default_message: ClassVar[str] = "Something went wrong while talking to the gateway."
    default_action: ClassVar[ErrorAction] = ErrorAction.RETRY
    default_retryable: ClassVar[bool] = False

    def __init__(
        self,
        message: str | None = None,
        *,
        status: int | None = None,
        server_message: str | None = None,
        server_code: str | None = None,
        url: str | None = None,
        retry_after: float | None = None,
        technical: str | None = None,
        retryable: bool | None = None,
    ) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)
        self.action: ErrorAction = self.default_action
        self.status = status
        self.server_message = None if server_message is None else redact(server_message)
        self.server_code = None if server_code is None else redact(server_code)
        self.url = None if url is None else redact(url)
        self.retry_after = retry_after
        self.technical = None if technical is None else redact(technical)
        self.retryable = self.default_retryable if retryable is None else retryable

    def scrub(self, secret: str) -> None:
        """Hide `secret` (the API key) from every text this error holds."""
        for name in ("message", "server_message", "server_code", "url", "technical"):
            value = getattr(self, name)
            if value:
                setattr(self, name, redact(value, secret))
        self.args = (self.message,)

    @property
    def details(self) -> str:
        """Several lines for a Details view: what happened and what the server said (key-free)."""
        lines = [f"What happened: {self.message}"]
        if self.action.label:
            lines.append(f"Suggested: {self.action.label}")
        if self.status is not None:
            lines.append(f"HTTP status: {self.status}")
        if self.server_message:
            lines.append(f"Server message: {self.server_message}")
        if self.server_code:
            lines.append(f"Server code: {self.server_code}")
        if self.url:
            lines.append(f"Address: {self.url}")
        if self.retry_after is not None:
            lines.append(f"Server asked to wait: {self.retry_after:g} s")
        if self.technical:
            lines.append(f"Technical: {self.technical}")
        lines.append(f"Kind: {type(self).__name__}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, message={self.message!r})"


class AuthenticationFailed(GatewayError):
    default_message = "The gateway did not accept your API key."
    default_action = ErrorAction.CHANGE_KEY


class AccessDenied(GatewayError):
    default_message = "Your account can't use this model right now (quota or permission)."
    default_action = ErrorAction.CHOOSE_MODEL


class NotAGateway(GatewayError):
    default_message = "This address doesn't look like a chat gateway."
    default_action = ErrorAction.CHECK_ADDRESS


class ModelNotAvailable(GatewayError):
    default_message = "This model isn't available with your key."
    default_action = ErrorAction.CHOOSE_MODEL


class ContextTooLong(GatewayError):
    default_message = "This conversation is too long for the model."
    default_action = ErrorAction.NEW_CHAT


class RateLimited(GatewayError):
    default_message = "Too many requests right now."
    default_action = ErrorAction.WAIT
    default_retryable = True


class ServerTrouble(GatewayError):
    default_message = "The model service is having trouble."
    default_action = ErrorAction.WAIT
    default_retryable = True


class GatewayTimeout(GatewayError):
    default_message = "The model service took too long to answer."
    default_action = ErrorAction.RETRY
    default_retryable = True


class ConnectionFailed(GatewayError):
    default_message = "Can't reach the gateway. Check your internet connection or proxy."
    default_action = ErrorAction.CHECK_CONNECTION
    default_retryable = True


class InsecureConnection(GatewayError):
    default_message = "The connection isn't secure (certificate problem), so nothing was sent."
    default_action = ErrorAction.NONE


class BadRequest(GatewayError):
    default_message = "The gateway turned this request down."
    default_action = ErrorAction.NONE


class PartialAnswerError(GatewayError):
    """The answer began but did not end well; what arrived is kept in `partial_text`/`partial_reasoning`."""

    def __init__(
        self,
        message: str | None = None,
        *,
        partial_text: str = "",
        partial_reasoning: str = "",
        **kwargs: object,
    ) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.partial_text = partial_text
        self.partial_reasoning = partial_reasoning


class IncompleteAnswer(PartialAnswerError):
    default_message = "The answer stopped before it was finished. What arrived is kept."
    default_action = ErrorAction.CONTINUE


class EmptyAnswer(IncompleteAnswer):
    default_message = (
        "The gateway sent back an empty answer (this can happen when a conversation is too long)."
    )
    default_action = ErrorAction.RETRY


class StreamFailed(PartialAnswerError):
    default_message = "The model service reported an error while answering. What arrived is kept."
    default_action = ErrorAction.RETRY


class InvalidRequest(ValueError):
    """A field of the request is out of range; `message` names the field in plain words."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ProtocolBug(RuntimeError):
    """Our own mistake (misuse of the client, an impossible state): log with a traceback, report it."""
