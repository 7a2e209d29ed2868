"""The errors of the gateway client, split into "the world went wrong" and "we have a bug".

Why: users are office staff. When the network, the gateway or the model fails, they need one
plain sentence and one button that helps, with the technical facts kept for a Details view.
This layer writes no sentences: each error says *what* went wrong with typed values — its class,
its `problem` (a `desktop_chat.domain.Problem`), its suggested `action` and its `facts()` — and
the UI words them in one place. When *our* code is wrong, that is a bug to report, not something
to explain away. The two never share a base class, so `except GatewayError` can never swallow a bug.

    Exception
    ├── GatewayError                 the world went wrong: .problem, .action, .facts(), .retryable
    │   ├── AuthenticationFailed     401, or 400 saying the key is bad            → CHANGE_KEY
    │   ├── AccessDenied             402 / 403 (quota or permission)              → CHOOSE_MODEL
    │   ├── NotAGateway              404 without a model message, HTML pages      → CHECK_ADDRESS
    │   ├── ModelNotAvailable        400 / 404 about the model                    → CHOOSE_MODEL
    │   ├── ContextTooLong           400 on context length, 413; .limit, .requested → NEW_CHAT
    │   │   └── ContextTooLongInStream  the same, said after HTTP 200 (also a StreamFailed)
    │   ├── ImagesNotSupported       400 (or 404/422/500) "image_url is only supported…" → CHOOSE_MODEL
    │   │   └── ImagesNotSupportedInStream  the same, said after HTTP 200 (also a StreamFailed)
    │   ├── ToolsNotSupported        400 (or 404/422/500) "does not support tools"…  → NONE
    │   │   └── ToolsNotSupportedInStream   the same, said after HTTP 200 (also a StreamFailed)
    │   ├── RateLimited              429 (retried automatically)                  → WAIT
    │   ├── ServerTrouble            409, 500, 502, 503, 529… (retried)           → WAIT
    │   ├── GatewayTimeout           408, 504, or no first byte in time (retried) → RETRY
    │   ├── ConnectionFailed         DNS, refused, reset before an answer         → CHECK_CONNECTION
    │   │   ├── ProxyRefused         the proxy said no (407, or a proxy error); not retried
    │   │   └── ProxySetupFailed     the PAC file could not be had or used (`pac_flaw`) → CHECK_ADDRESS
    │   ├── InsecureConnection       TLS certificate problem (`cert_problem`, host, issuer…); nothing
    │   │                            was sent                                     → CHECK_ADDRESS
    │   ├── BadRequest               any other 4xx (e.g. 422)                     → NONE
    │   └── PartialAnswerError       the answer began but did not end well; keeps the partial text
    │       ├── IncompleteAnswer     dropped, or ended without finish_reason / [DONE] → CONTINUE
    │       │   └── EmptyAnswer      HTTP 200 with an empty body                  → RETRY
    │       └── StreamFailed         an error reported after HTTP 200             → RETRY
    │           └── UnreadableAnswer the answer (or, `in_stream`, a part of it) was not readable
    ├── InvalidRequest (ValueError)  a field of the request is unusable: `field`, `flaw`, limits
    └── ProtocolBug (RuntimeError)   our own mistake, e.g. using a closed client: log it, report it

`str()`/`repr()` of an error is a technical one-liner for logs (class, status, server's words).
The key never appears in any of these: every server text passes through `redact()`, and the
client scrubs the key and the proxy's credentials from every error it raises (`scrub`).
"""

from __future__ import annotations

import datetime
import enum
import re
from typing import Any, ClassVar

from desktop_chat.domain import Problem
from desktop_chat.redact import redact as _redact


class ErrorAction(enum.StrEnum):
    """The one thing the user can do about an error; the UI gives each value its button."""

    CHANGE_KEY = "change_key"
    CHECK_ADDRESS = "check_address"
    CHOOSE_MODEL = "choose_model"
    NEW_CHAT = "new_chat"
    WAIT = "wait"
    RETRY = "retry"
    CHECK_CONNECTION = "check_connection"
    CONTINUE = "continue"
    NONE = "none"


class Fact(enum.StrEnum):
    """One technical fact of a `GatewayError`, as listed by `GatewayError.facts()`."""

    HTTP_STATUS = "http_status"
    SERVER_MESSAGE = "server_message"
    SERVER_CODE = "server_code"
    ADDRESS = "address"
    RETRY_AFTER = "retry_after"  # seconds, formatted with :g
    TECHNICAL = "technical"
    KIND = "kind"  # the error's class name
    CONTEXT_LIMIT = "context_limit"  # tokens the model accepts, as the server's message named it
    REQUESTED_TOKENS = "requested_tokens"  # tokens the request needed, as the server's message named it
    HOST = "host"  # the host whose certificate was refused
    CERT_ISSUER = "cert_issuer"  # who issued it (as named in the certificate)
    CERT_SUBJECT = "cert_subject"
    CERT_EXPIRES = "cert_expires"  # ISO date, UTC
    PAC_ADDRESS = "pac_address"  # the proxy auto-configuration file's address (credentials hidden)


class CertProblem(enum.StrEnum):
    """What was wrong with the gateway's certificate (see `desktop_chat.api.tls.cert_problem`)."""

    UNTRUSTED_ISSUER = "untrusted_issuer"  # issued by a CA this computer doesn't trust
    SELF_SIGNED = "self_signed"  # the server's certificate is its own issuer
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    WRONG_HOST = "wrong_host"  # valid, but for other names
    OTHER = "other"  # revoked, weak, unreadable… (the technical details say)


class PacFlaw(enum.StrEnum):
    """Why a proxy auto-configuration (PAC) file gave no usable route (see `desktop_chat.api.pac`)."""

    UNREACHABLE = "unreachable"  # the PAC address did not answer, or answered with an error
    TIMEOUT = "timeout"  # fetching or evaluating it took too long
    TOO_BIG = "too_big"
    MALFORMED = "malformed"  # not JavaScript with a working FindProxyForURL
    BAD_ANSWER = "bad_answer"  # FindProxyForURL returned something that names no route
    SOCKS_ONLY = "socks_only"  # only SOCKS proxies, which this app cannot use


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


def _redacted(value: str | None) -> str | None:
    return None if value is None else redact(value)


class GatewayError(Exception):
    """The world went wrong: `problem` says what, `action` what the user can do, `facts()` the details."""

    problem: ClassVar[Problem] = Problem.GATEWAY
    default_action: ClassVar[ErrorAction] = ErrorAction.RETRY
    default_retryable: ClassVar[bool] = False

    def __init__(
        self,
        *,
        status: int | None = None,
        server_message: str | None = None,
        server_code: str | None = None,
        url: str | None = None,
        retry_after: float | None = None,
        technical: str | None = None,
        retryable: bool | None = None,
    ) -> None:
        super().__init__()
        self.action: ErrorAction = self.default_action
        self.status = status
        self.server_message = _redacted(server_message)
        self.server_code = _redacted(server_code)
        self.url = _redacted(url)
        self.retry_after = retry_after
        self.technical = _redacted(technical)
        self.retryable = self.default_retryable if retryable is None else retryable

    def scrub(self, secret: str) -> None:
        """Hide `secret` (the API key, a proxy password) from every text this error holds."""
        self.server_message = _scrubbed(self.server_message, secret)
        self.server_code = _scrubbed(self.server_code, secret)
        self.url = _scrubbed(self.url, secret)
        self.technical = _scrubbed(self.technical, secret)

    def facts(self) -> tuple[tuple[Fact, str], ...]:
        """The technical facts that are known, in Details order, every text key-free; KIND is last."""
        found: list[tuple[Fact, str]] = []
        if self.status is not None:
            found.append((Fact.HTTP_STATUS, str(self.status)))
        if self.server_message:
            found.append((Fact.SERVER_MESSAGE, self.server_message))
        if self.server_code:
            found.append((Fact.SERVER_CODE, self.server_code))
        if self.url:
            found.append((Fact.ADDRESS, self.url))
        if self.retry_after is not None:
            found.append((Fact.RETRY_AFTER, f"{self.retry_after:g}"))
        if self.technical:
            found.append((Fact.TECHNICAL, self.technical))
        found.append((Fact.KIND, type(self).__name__))
        return tuple(found)

    @property
    def message(self) -> str:
        """The technical one-liner (as `str()`), kept for log lines; the UI words the error itself."""
        return str(self)

    def __str__(self) -> str:
        parts = [type(self).__name__]
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.server_code:
            parts.append(f"code {self.server_code}")
        if self.server_message:
            parts.append(f"server said: {self.server_message}")
        if self.technical:
            parts.append(self.technical)
        return "; ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, server_message={self.server_message!r}, "
            f"server_code={self.server_code!r})"
        )


def _scrubbed(value: str | None, secret: str) -> str | None:
    return value if not value else redact(value, secret)


class AuthenticationFailed(GatewayError):
    problem = Problem.KEY_REJECTED
    default_action = ErrorAction.CHANGE_KEY


class AccessDenied(GatewayError):
    problem = Problem.ACCESS_DENIED
    default_action = ErrorAction.CHOOSE_MODEL


class NotAGateway(GatewayError):
    problem = Problem.NOT_A_GATEWAY
    default_action = ErrorAction.CHECK_ADDRESS


class ModelNotAvailable(GatewayError):
    problem = Problem.MODEL_NOT_AVAILABLE
    default_action = ErrorAction.CHOOSE_MODEL


class ContextTooLong(GatewayError):
    """The conversation (plus the room asked for the answer) is more than the model accepts.

    `limit` and `requested` are token counts the server's message named (see `context_limit_from`),
    None when it named none; given explicitly, they win over the message.
    """

    problem = Problem.CONTEXT_TOO_LONG
    default_action = ErrorAction.NEW_CHAT

    def __init__(self, *, limit: int | None = None, requested: int | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if limit is None and requested is None:
            limit, requested = context_limit_from(self.server_message or "")
        self.limit = limit
        self.requested = requested

    def facts(self) -> tuple[tuple[Fact, str], ...]:
        """The common facts, then the context limit and the requested tokens when known; KIND last."""
        found = list(super().facts())
        if self.limit is not None:
            found.insert(-1, (Fact.CONTEXT_LIMIT, str(self.limit)))
        if self.requested is not None:
            found.insert(-1, (Fact.REQUESTED_TOKENS, str(self.requested)))
        return tuple(found)


class ImagesNotSupported(GatewayError):
    """The model reads no images: the request had image parts and the gateway refused them
    ("image_url is only supported by certain models"; see `says_images_not_supported`)."""

    problem = Problem.IMAGES_NOT_SUPPORTED
    default_action = ErrorAction.CHOOSE_MODEL


class ToolsNotSupported(GatewayError):
    """The gateway or the model refused the request's `tools` (or `tool_choice`): "… does not support
    tools", "Function calling is not enabled for models/…" (see `says_tools_not_supported`). The
    services offer to send it again without tools; nothing else to do, hence action NONE."""

    problem = Problem.TOOLS_NOT_SUPPORTED
    default_action = ErrorAction.NONE


class RateLimited(GatewayError):
    problem = Problem.RATE_LIMITED
    default_action = ErrorAction.WAIT
    default_retryable = True


class ServerTrouble(GatewayError):
    problem = Problem.SERVER_TROUBLE
    default_action = ErrorAction.WAIT
    default_retryable = True


class GatewayTimeout(GatewayError):
    problem = Problem.TIMEOUT
    default_action = ErrorAction.RETRY
    default_retryable = True


class ConnectionFailed(GatewayError):
    problem = Problem.NO_CONNECTION
    default_action = ErrorAction.CHECK_CONNECTION
    default_retryable = True


class ProxyRefused(ConnectionFailed):
    """The proxy refused the connection (HTTP 407, or httpx's ProxyError): retrying won't help."""

    default_retryable = False


class ProxySetupFailed(ConnectionFailed):
    """The proxy auto-configuration file could not be fetched or used (`pac_flaw`): nothing was sent,
    and no direct connection was tried instead (the PAC decides that, and it could not). The fix is
    in Settings → Connection or with IT, hence CHECK_ADDRESS; retrying alone won't help."""

    default_action = ErrorAction.CHECK_ADDRESS
    default_retryable = False

    def __init__(
        self, *, pac_flaw: PacFlaw = PacFlaw.UNREACHABLE, pac_address: str = "", **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.pac_flaw = pac_flaw
        self.pac_address = _redacted(pac_address) or ""

    def scrub(self, secret: str) -> None:
        super().scrub(secret)
        self.pac_address = _scrubbed(self.pac_address, secret) or ""

    def facts(self) -> tuple[tuple[Fact, str], ...]:
        found = list(super().facts())
        if self.pac_address:
            found.insert(-1, (Fact.PAC_ADDRESS, self.pac_address))
        return tuple(found)


class InsecureConnection(GatewayError):
    """The gateway's certificate was refused during the TLS handshake, so nothing was sent.

    `cert_problem` says why; `host` is the host connected to; `issuer`, `subject`, `expires` (UTC)
    come from the certificate the server showed (read without trusting it), "" / None when unknown.
    The fix is a CA installed by IT or added in Settings → Certificates, hence CHECK_ADDRESS (the
    button that opens Settings)."""

    problem = Problem.INSECURE
    default_action = ErrorAction.CHECK_ADDRESS

    def __init__(
        self,
        *,
        cert_problem: CertProblem = CertProblem.OTHER,
        host: str = "",
        issuer: str = "",
        subject: str = "",
        expires: datetime.datetime | None = None,
        names: tuple[str, ...] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.cert_problem = cert_problem
        self.host = host
        self.issuer = issuer
        self.subject = subject
        self.expires = expires
        self.names = names

    def facts(self) -> tuple[tuple[Fact, str], ...]:
        found = list(super().facts())
        for fact, value in (
            (Fact.HOST, self.host),
            (Fact.CERT_ISSUER, self.issuer),
            (Fact.CERT_SUBJECT, self.subject),
            (Fact.CERT_EXPIRES, self.expires.date().isoformat() if self.expires is not None else ""),
        ):
            if value:
                found.insert(-1, (fact, value))
        return tuple(found)


class BadRequest(GatewayError):
    problem = Problem.REQUEST_REFUSED
    default_action = ErrorAction.NONE


class PartialAnswerError(GatewayError):
    """The answer began but did not end well; what arrived is kept in `partial_text`/`partial_reasoning`."""

    def __init__(
        self,
        *,
        partial_text: str = "",
        partial_reasoning: str = "",
        status: int | None = None,
        server_message: str | None = None,
        server_code: str | None = None,
        url: str | None = None,
        retry_after: float | None = None,
        technical: str | None = None,
        retryable: bool | None = None,
    ) -> None:
        super().__init__(
            status=status,
            server_message=server_message,
            server_code=server_code,
            url=url,
            retry_after=retry_after,
            technical=technical,
            retryable=retryable,
        )
        self.partial_text = partial_text
        self.partial_reasoning = partial_reasoning


class IncompleteAnswer(PartialAnswerError):
    problem = Problem.BROKEN_OFF
    default_action = ErrorAction.CONTINUE


class EmptyAnswer(IncompleteAnswer):
    problem = Problem.EMPTY_ANSWER
    default_action = ErrorAction.RETRY


class StreamFailed(PartialAnswerError):
    problem = Problem.STREAM_FAILED
    default_action = ErrorAction.RETRY


class ContextTooLongInStream(ContextTooLong, StreamFailed):
    """A context-length error the gateway reported after HTTP 200, in the stream or a 200 JSON body.

    Both a `ContextTooLong` (its problem and action: NEW_CHAT, with `limit`/`requested`) and a
    `StreamFailed` (it keeps `partial_text`/`partial_reasoning`, usually empty).
    """

    problem = Problem.CONTEXT_TOO_LONG  # stated, not inherited: the same problem and words, by design
    default_action = ErrorAction.NEW_CHAT


class ImagesNotSupportedInStream(ImagesNotSupported, StreamFailed):
    """An images-not-supported refusal the gateway reported after HTTP 200 (in the stream or a 200
    JSON body): an `ImagesNotSupported` (problem, action) that keeps the partial answer too."""

    problem = Problem.IMAGES_NOT_SUPPORTED  # stated, not inherited through two bases
    default_action = ErrorAction.CHOOSE_MODEL


class ToolsNotSupportedInStream(ToolsNotSupported, StreamFailed):
    """A refusal of tools the gateway reported after HTTP 200 (in the stream or a 200 JSON body):
    a `ToolsNotSupported` (problem, action) that keeps the partial answer too."""

    problem = Problem.TOOLS_NOT_SUPPORTED  # stated, not inherited through two bases
    default_action = ErrorAction.NONE


def stream_failure(
    *,
    server_message: str | None = None,
    server_code: str | None = None,
    partial_text: str = "",
    partial_reasoning: str = "",
) -> StreamFailed:
    """The error for a failure the gateway reported after HTTP 200: `ContextTooLongInStream` when
    its words are about the context length, `ImagesNotSupportedInStream` when they refuse images,
    `ToolsNotSupportedInStream` when they refuse tools, else a plain `StreamFailed`."""
    said = f"{server_message or ''} {server_code or ''}"
    kind: type[StreamFailed] = StreamFailed
    if says_images_not_supported(said):
        kind = ImagesNotSupportedInStream
    elif says_tools_not_supported(said):
        kind = ToolsNotSupportedInStream
    elif says_context_too_long(said):
        kind = ContextTooLongInStream
    return kind(
        server_message=server_message,
        server_code=server_code,
        partial_text=partial_text,
        partial_reasoning=partial_reasoning,
    )


class UnreadableAnswer(StreamFailed):
    """The gateway's answer could not be read: the whole body, or (`in_stream`) one event of a stream."""

    def __init__(
        self,
        *,
        in_stream: bool = False,
        partial_text: str = "",
        partial_reasoning: str = "",
        status: int | None = None,
        server_message: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(
            partial_text=partial_text,
            partial_reasoning=partial_reasoning,
            status=status,
            server_message=server_message,
            url=url,
        )
        self.in_stream = in_stream


class RequestField(enum.StrEnum):
    """A field of a request or of the connection settings that `InvalidRequest` can name."""

    MODEL = "model"
    MESSAGES = "messages"
    TEMPERATURE = "temperature"
    TOP_P = "top_p"
    PRESENCE_PENALTY = "presence_penalty"
    FREQUENCY_PENALTY = "frequency_penalty"
    MAX_TOKENS = "max_tokens"
    STOP = "stop"
    USER = "user"
    STREAM = "stream"
    TOOLS = "tools"
    TOOL_CHOICE = "tool_choice"
    BASE_URL = "base_url"
    PROXY = "proxy"
    PAC_URL = "pac_url"
    CA_BUNDLE = "ca_bundle"
    API_KEY = "api_key"


class Flaw(enum.StrEnum):
    """What is wrong with the field `InvalidRequest` names."""

    MISSING = "missing"  # empty: no model, no message, no address
    OUT_OF_RANGE = "out_of_range"  # outside `low`…`high` (either may be None: unbounded)
    NOT_A_WHOLE_NUMBER = "not_a_whole_number"  # a whole number of at least `low` is needed
    TOO_MANY = "too_many"  # more than `high` items
    EMPTY_ITEM = "empty_item"  # an item of a list is empty (a stop sequence)
    BAD_ROLE = "bad_role"  # message number `index` has no known role
    NO_TEXT = "no_text"  # message number `index` has no text
    BAD_IMAGE = "bad_image"  # message number `index` has an image with no bytes or no image MIME type
    NO_TOOL_CALL_ID = "no_tool_call_id"  # message number `index` is a tool result that names no call
    BAD_TOOL_CALL = "bad_tool_call"  # message number `index` carries a tool call without an id or name
    BAD_TOOL_NAME = "bad_tool_name"  # tool number `index` is not named ^[a-zA-Z0-9_-]{1,64}$ (`value`)
    BAD_TOOL_PARAMETERS = "bad_tool_parameters"  # tool number `index`: parameters are not a JSON object
    NOT_A_CHOICE = "not_a_choice"  # not one of the accepted values (`value` shows it)
    NOT_TEXT = "not_text"
    NOT_ON_OR_OFF = "not_on_or_off"  # should be True or False
    MALFORMED = "malformed"  # not an address at all; `value` shows it when it may be shown
    WRONG_SCHEME = "wrong_scheme"  # not http:// or https://
    HAS_CREDENTIALS = "has_credentials"  # a user name or password inside the address
    BAD_CHARACTERS = "bad_characters"  # spaces or characters that can't travel in a header
    NOT_FOUND = "not_found"  # the file `value` names does not exist
    UNREADABLE = "unreadable"  # the file `value` names could not be read
    NOT_PEM = "not_pem"  # the file `value` names holds no PEM certificate


class InvalidRequest(ValueError):
    """A field of the request is unusable: `field` and `flaw` say which and why; the UI words it.

    `low`/`high` are the limits of a range, `index` the 1-based number of the message at fault,
    `value` the offending value as it may be shown (credentials already hidden) or None.
    """

    def __init__(
        self,
        field: RequestField,
        flaw: Flaw,
        *,
        low: float | None = None,
        high: float | None = None,
        index: int | None = None,
        value: str | None = None,
    ) -> None:
        self.field = field
        self.flaw = flaw
        self.low = low
        self.high = high
        self.index = index
        self.value = value
        super().__init__(self._summary())

    def _summary(self) -> str:
        known = (("low", self.low), ("high", self.high), ("index", self.index), ("value", self.value))
        extras = [f"{name}={item!r}" for name, item in known if item is not None]
        tail = f" ({', '.join(extras)})" if extras else ""
        return f"InvalidRequest: {self.field.value} {self.flaw.value}{tail}"

    @property
    def message(self) -> str:
        """The technical one-liner (as `str()`), kept for log lines; the UI words the error itself."""
        return str(self)


class ProtocolBug(RuntimeError):
    """Our own mistake (misuse of the client, an impossible state): log with a traceback, report it."""


# -- context-length errors: how servers say it, and the numbers they name ---------------------------
# Lower-case phrases (and codes) that mean "the conversation is longer than the model accepts".
# One list for the whole client: `classify` matches HTTP errors with it, `stream_failure` in-stream ones.
CONTEXT_WORDS: tuple[str, ...] = (
    "context length",
    "context_length",
    "context window",
    "contextwindowexceeded",  # LiteLLM's ContextWindowExceededError
    "maximum context",
    "context limit",  # Anthropic: "input length and `max_tokens` exceed context limit"
    "context size",  # llama.cpp: "exceeds the available context size"
    "too many tokens",
    "prompt is too long",
    "input is too long",
    "too long",
    "reduce the length",
    "exceeds the maximum",
    "maximum number of tokens",
    "token limit",
)
# A window beyond this is a server's mistake (or a joke), not a limit to plan with.
MAX_PLAUSIBLE_TOKENS = 100_000_000

_NUM = r"(?<![\d,])(\d{1,3}(?:[,_]\d{3})+|\d{1,12})"
_GAP = r"[^0-9]{0,40}?"  # a short run of words between a phrase and its number; never backtracks far
# Messages that name both numbers: group 1 is the requested count, group 2 the limit.
_BOTH = (
    # Anthropic: "prompt is too long: 215000 tokens > 200000 maximum"
    rf"{_NUM}\s*tokens?\s*>\s*{_NUM}\s*maximum",
    # Gemini: "The input token count (1200000) exceeds the maximum number of tokens allowed (1048576)"
    rf"input token count\s*\(?{_NUM}\)?{_GAP}maximum number of tokens allowed\s*\(?{_NUM}",
    # llama.cpp: "request (5000 tokens) exceeds the available context size (4096 tokens)"
    rf"\(?{_NUM}\s*tokens?\)?\s*exceeds the available context size\s*\(?{_NUM}",
    # Mistral: "Prompt contains 40000 tokens … too large for model with 32768 maximum context length"
    rf"contains\s*{_NUM}\s*tokens[^.]{{0,60}}?too large for model with\s*{_NUM}",
)
_BOTH_PATTERNS = tuple(re.compile(pattern, re.I) for pattern in _BOTH)
# Messages that name one of them (OpenAI, vLLM and DeepSeek name both, in two sentences).
_LIMIT_ALONE = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        rf"maximum context length is\s*{_NUM}",
        rf"context (?:window|length|size|limit)(?: of| is)?\s*(?:\(|of\s*)?{_NUM}\s*tokens",
        rf"maximum number of tokens allowed\s*(?:is\s*)?\(?{_NUM}",
    )
)
_REQUESTED_ALONE = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        rf"(?:resulted in|requested|request has|prompt has)\s*{_NUM}\s*(?:input\s*)?tokens",
        rf"input token count\s*(?:of|is)?\s*\(?{_NUM}",
    )
)
# Anthropic: "input length and `max_tokens` exceed context limit: 197626 + 8192 > 200000"
_SUM_OVER = re.compile(rf"exceed context limit:\s*{_NUM}\s*\+\s*{_NUM}\s*>\s*{_NUM}", re.I)
_TEXT_LIMIT = 4000  # the numbers come early in every known message; keeps the search short


def says_context_too_long(text: str) -> bool:
    """Whether `text` (a server's message and code) says the context is too long (`CONTEXT_WORDS`)."""
    lowered = text.lower()
    return any(word in lowered for word in CONTEXT_WORDS)


def context_limit_from(text: str) -> tuple[int | None, int | None]:
    """(limit, requested): the token counts a context-length error message names, None where it names none.

    Knows OpenAI's, vLLM's and DeepSeek's "maximum context length is N tokens. However, your messages
    resulted in M tokens" (or "you requested M tokens"), Anthropic's "M tokens > N maximum" and
    "exceed context limit: A + B > N", Gemini's "input token count (M) exceeds the maximum number of
    tokens allowed (N)", llama.cpp's "(M tokens) exceeds the available context size (N tokens)",
    anywhere in the text (so LiteLLM's wrapped messages too). Numbers may have thousands separators;
    a count that isn't plausible (0, or more than `MAX_PLAUSIBLE_TOKENS`) is None. Pure.
    """
    text = text[:_TEXT_LIMIT]
    match = _SUM_OVER.search(text)
    if match:
        first, second, limit = (_tokens(match.group(i)) for i in (1, 2, 3))
        requested = first + second if first is not None and second is not None else None
        return limit, _plausible(requested)
    for pattern in _BOTH_PATTERNS:
        match = pattern.search(text)
        if match:
            return _tokens(match.group(2)), _tokens(match.group(1))
    return _first_count(_LIMIT_ALONE, text), _first_count(_REQUESTED_ALONE, text)


def _first_count(patterns: tuple[re.Pattern[str], ...], text: str) -> int | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return _tokens(match.group(1))
    return None


def _tokens(raw: str) -> int | None:
    return _plausible(int(raw.replace(",", "").replace("_", "")))


def _plausible(count: int | None) -> int | None:
    return count if count is not None and 0 < count <= MAX_PLAUSIBLE_TOKENS else None


# -- images refused: how servers say the model reads no images ---------------------------------------
# Lower-case phrases seen in real refusals; each is specific enough not to match other errors:
#   OpenAI / Azure: "Invalid content type. image_url is only supported by certain models."
#   DeepSeek: "Failed to deserialize the JSON body into the target type: messages[1]: unknown variant
#     `image_url`, expected `text`"
#   Ollama: "this model does not support image input"; LM Studio: "Model does not support images."
#   llama.cpp (HTTP 500): "image input is not supported - hint: … you may need to provide the mmproj"
#   Gemini: "Image input modality is not enabled for models/…"
#   OpenRouter (404): "No endpoints found that support image input"
#   GitHub Copilot: 'model "claude-sonnet-4.6" not supported for vision'
#   vLLM: "… is not a multimodal model", "At most 0 image(s) may be provided in one request"
# LiteLLM wraps them ("litellm.BadRequestError: OpenAIException - Invalid content type. image_url …").
IMAGE_REFUSAL_WORDS: tuple[str, ...] = (
    "image_url is only supported",
    "image input is not supported",
    "image input modality is not enabled",
    "does not support image",  # "… image input", "… images"
    "doesn't support image",
    "not support image input",
    "support image input",  # OpenRouter's "No endpoints found that support image input"
    "images are not supported",
    "image inputs are not supported",
    "not supported for vision",
    "vision is not supported",
    "does not support vision",
    "vision not supported",
    "is not a multimodal model",
    "at most 0 image",
)
_UNKNOWN_IMAGE_VARIANT = re.compile(r"unknown variant\W{0,3}image_url", re.I)


def says_images_not_supported(text: str) -> bool:
    """Whether `text` (a server's message and code) says the model takes no images."""
    lowered = text[:_TEXT_LIMIT].lower()
    return any(word in lowered for word in IMAGE_REFUSAL_WORDS) or bool(
        _UNKNOWN_IMAGE_VARIANT.search(lowered)
    )


# -- tools refused: how servers say the model or the gateway takes no tools --------------------------
# Lower-case phrases seen in real refusals (each specific to tools, so other errors never match):
#   Ollama (400): "registry.ollama.ai/library/deepseek-r1:latest does not support tools"
#   DeepSeek (400): "deepseek-reasoner does not support Function Calling"
#   Gemini (400 INVALID_ARGUMENT): "Function calling is not enabled for models/gemma-3-12b-it",
#     "Tool use with function calling is unsupported"
#   OpenRouter (404): "No endpoints found that support tool use. Try disabling \"…\"", and
#     "No endpoints found that support the provided 'tool_choice' value"
#   OpenAI (400, o1-preview): "Unsupported parameter: 'tools' is not supported with this model."
#   vLLM (400): "\"auto\" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set"
#   llama.cpp (500): "tools param requires --jinja flag"; older: "Unsupported param: tools"
#   LiteLLM (400): "litellm.UnsupportedParamsError: openai does not support parameters: ['tools'], for
#     model=…" (also `['tool_choice']`, or a dict `{'tools': …}`); "Deepinfra doesn't support tool_choice=…"
TOOL_REFUSAL_WORDS: tuple[str, ...] = (
    "does not support tools",
    "doesn't support tools",
    "does not support tool use",
    "does not support tool calling",
    "does not support function calling",
    "doesn't support function calling",
    "function calling is not enabled",
    "function calling is not supported",
    "function calling is unsupported",
    "tool calling is not supported",
    "tool use is not supported",
    "tools are not supported",
    "tools is not supported",
    "'tools' is not supported",
    "support tool use",  # OpenRouter's "No endpoints found that support tool use"
    "provided 'tool_choice' value",  # OpenRouter
    "enable-auto-tool-choice",  # vLLM started without a tool parser
    "tools param requires",  # llama.cpp without --jinja
    "unsupported param: tools",
    "doesn't support tool_choice",
)
_TOOL_PARAMETERS = re.compile(r"does not support parameters\W{0,4}'?(?:tools|tool_choice)\b", re.I)
_TOOL_CHOICE_REFUSED = re.compile(r"tool_choice\b[^.\n]{0,60}?\bnot supported", re.I)


def says_tools_not_supported(text: str) -> bool:
    """Whether `text` (a server's message and code) says the model or gateway takes no tools."""
    lowered = text[:_TEXT_LIMIT].lower()
    return (
        any(word in lowered for word in TOOL_REFUSAL_WORDS)
        or bool(_TOOL_PARAMETERS.search(lowered))
        or bool(_TOOL_CHOICE_REFUSED.search(lowered))
    )
