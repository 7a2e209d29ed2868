"""The gateway client: talk to an OpenAI-compatible Chat Completions gateway. No Qt.

Why a package of its own: everything about the wire — building the request, decoding the stream,
retrying, turning failures into typed errors the UI words — lives here, testable against a real socket and
usable from a plain script::

    import asyncio
    from contextlib import aclosing
    from desktop_chat.api import ChatRequest, GatewayClient, GatewayConfig, TextDelta
    from desktop_chat.domain import ChatMessage, Role

    async def main() -> None:
        async with GatewayClient(GatewayConfig("https://aiapi.services", "sk-…")) as client:
            request = ChatRequest("gemini-2.5-flash", [ChatMessage(Role.USER, "Hello")])
            async with aclosing(client.stream_chat(request)) as events:
                async for event in events:
                    if isinstance(event, TextDelta):
                        print(event.text, end="", flush=True)

    asyncio.run(main())

Public interface
----------------
- `GatewayConfig(base_url, api_key, connect_timeout=10, read_timeout=300, retry=RetryPolicy(),
  user_agent=…, ask_for_usage=True, proxy=None)` — repr never shows the key or proxy credentials.
  `proxy` None/"" = the environment's HTTP(S)_PROXY/NO_PROXY; a URL = that proxy for this client
  (`.proxy_display` shows it as "http://***@host:port"; `.check_proxy()` raises `InvalidRequest`).
- `RetryPolicy(max_attempts=4, base_delay=1.0, max_delay=30.0, max_server_delay=60.0, jitter=0.25)`.
- `ChatRequest(model, messages, params=GenerationParams(), stream=True, user=None, modalities=(),
  tools=(), tool_choice=None)`; `tools` (`ToolSpec`s) and `tool_choice` ("auto"/"none"/"required")
  are sent only when set; an assistant `ChatMessage` with `tool_calls` and a `Role.TOOL` one with its
  `tool_call_id` go out in the OpenAI shape (`Flaw.NO_TOOL_CALL_ID`, `BAD_TOOL_CALL`, `BAD_TOOL_NAME`,
  `BAD_TOOL_PARAMETERS`, `NOT_A_CHOICE` name what the services got wrong);
  `.validate()` raises `InvalidRequest(field: RequestField, flaw: Flaw, low=, high=, index=, value=)`
  (`Flaw.BAD_IMAGE`: an `ImagePart` without bytes or an image MIME type);
  `.to_payload()` sends only the parameters that are set; a message's `images` make its content a
  list of parts (text, then `image_url` data URLs); `modalities` is sent only when set.
- `GatewayClient(config, http=None, *, sleep=asyncio.sleep, clock=time.monotonic, …)`:
  `stream_chat(request)` → async iterator of `StreamEvent`; `await complete(request)` →
  `Completion`; `await list_models()` → `ModelList(models, from_gateway, error, facts)` (falls back
  to `SEED_MODELS`; `facts`: `ModelFacts` the gateway's list gave — `parse_models(body)` reads them);
  `with_config(config)` shares the HTTP client — or, if the proxy differs, makes a new one that the
  new client owns (`owns_http`, `shares_http_with(other)`; close the old owner yourself); `await aclose()`.
- Events (frozen dataclasses): `TextDelta(text)`, `ReasoningDelta(text)`, `ImageReceived(mime,
  data)` (a picture in the answer, MIME from its bytes), `RemoteImage(url)` (an http(s) picture, never
  fetched), `UsageReport(usage)`, `Finished(reason, raw_reason, model)` — always last on success —,
  and `Retrying(delay, attempt, max_attempts, error)` before a retry. Every image-output form
  gateways use is read (see `desktop_chat.api.images_out`). Tool calls: `ToolCallStarted(index, id,
  name)` as soon as a call's tool is named, then one `ToolCallsRequested(calls: tuple[ToolCall, …],
  malformed: tuple[MalformedCall(index, id, name, arguments, reason: MalformedReason), …])` before
  `UsageReport`/`Finished` (whose reason is then TOOL_CALLS, also when the gateway said "stop");
  every gateway's shape of them is assembled (see `desktop_chat.api.tool_calls`); never an exception.
  `Completion.tool_calls` / `.malformed_calls` hold them for `complete()`.
- `model_facts` reads `reads_images`/`draws_images` too; `known_image_abilities(model)` →
  `(reads, draws)` for the seed's models (None where not known).
- `normalize_base_url(raw)` → `NormalizedBaseURL(url, changes: tuple[UrlChange, ...],
  is_plain_http_remote, removed_endpoint)`.
- Errors: see the tree in `desktop_chat.api.errors`. `GatewayError` (the world went wrong) carries
  `.problem: Problem` (class-level), `.action: ErrorAction`, `.status`, `.server_message`,
  `.server_code`, `.url`, `.retry_after`, `.technical`, `.retryable` and `.facts()` →
  `((Fact, str), …)`; `ContextTooLong` (and `ContextTooLongInStream`, after HTTP 200) carries
  `.limit`/`.requested` tokens as the server named them (`context_limit_from(text)`);
  `ImagesNotSupported` (and `ImagesNotSupportedInStream`) is a refusal of image parts → CHOOSE_MODEL;
  `ToolsNotSupported` (and `ToolsNotSupportedInStream`) a refusal of `tools` → NONE (the services
  offer to send again without tools; `says_tools_not_supported(text)` knows the wordings);
  `IncompleteAnswer` and `StreamFailed` carry `.partial_text`/`.partial_reasoning`.
  `str(error)` is a key-free technical one-liner for logs; the sentences live in the UI
  (`desktop_chat.ui.words.gateway`). `ProtocolBug` and other exceptions are bugs.

Closing: breaking out of the `async for`, calling `aclose()` on the iterator or cancelling the task
closes the connection at once. Under qasync, install the loop's async-generator hooks or use
`contextlib.aclosing`: qasync installs none, and an async generator left early then complains.

Importing this package does not import httpx; `GatewayClient` pulls it in on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_chat.api.config import GatewayConfig
from desktop_chat.api.errors import (
    AccessDenied,
    AuthenticationFailed,
    BadRequest,
    ConnectionFailed,
    ContextTooLong,
    ContextTooLongInStream,
    EmptyAnswer,
    ErrorAction,
    Fact,
    Flaw,
    GatewayError,
    GatewayTimeout,
    ImagesNotSupported,
    ImagesNotSupportedInStream,
    IncompleteAnswer,
    InsecureConnection,
    InvalidRequest,
    ModelNotAvailable,
    NotAGateway,
    PartialAnswerError,
    ProtocolBug,
    ProxyRefused,
    RateLimited,
    RequestField,
    ServerTrouble,
    StreamFailed,
    ToolsNotSupported,
    ToolsNotSupportedInStream,
    UnreadableAnswer,
    context_limit_from,
    redact,
    says_tools_not_supported,
)
from desktop_chat.api.events import (
    AnswerImage,
    Completion,
    Finished,
    ImageReceived,
    MalformedCall,
    MalformedReason,
    ModelList,
    ReasoningDelta,
    RemoteImage,
    Retrying,
    StreamEvent,
    TextDelta,
    ToolCallsRequested,
    ToolCallStarted,
    UsageReport,
)
from desktop_chat.api.models import (
    SEED_MODEL_ALIASES,
    SEED_MODELS,
    known_image_abilities,
    model_facts,
    parse_models,
)
from desktop_chat.api.request import ChatRequest
from desktop_chat.api.retry import RetryPolicy
from desktop_chat.api.tool_calls import MAX_ARGUMENTS_CHARS, MAX_TOOL_CALLS
from desktop_chat.api.urls import NormalizedBaseURL, UrlChange, normalize_base_url
from desktop_chat.domain import Problem

if TYPE_CHECKING:
    from desktop_chat.api.client import GatewayClient

__all__ = [
    "MAX_ARGUMENTS_CHARS",
    "MAX_TOOL_CALLS",
    "SEED_MODELS",
    "SEED_MODEL_ALIASES",
    "AccessDenied",
    "AnswerImage",
    "AuthenticationFailed",
    "BadRequest",
    "ChatRequest",
    "Completion",
    "ConnectionFailed",
    "ContextTooLong",
    "ContextTooLongInStream",
    "EmptyAnswer",
    "ErrorAction",
    "Fact",
    "Finished",
    "Flaw",
    "GatewayClient",
    "GatewayConfig",
    "GatewayError",
    "GatewayTimeout",
    "ImageReceived",
    "ImagesNotSupported",
    "ImagesNotSupportedInStream",
    "IncompleteAnswer",
    "InsecureConnection",
    "InvalidRequest",
    "MalformedCall",
    "MalformedReason",
    "ModelList",
    "ModelNotAvailable",
    "NormalizedBaseURL",
    "NotAGateway",
    "PartialAnswerError",
    "Problem",
    "ProtocolBug",
    "ProxyRefused",
    "RateLimited",
    "ReasoningDelta",
    "RemoteImage",
    "RequestField",
    "RetryPolicy",
    "Retrying",
    "ServerTrouble",
    "StreamEvent",
    "StreamFailed",
    "TextDelta",
    "ToolCallStarted",
    "ToolCallsRequested",
    "ToolsNotSupported",
    "ToolsNotSupportedInStream",
    "UnreadableAnswer",
    "UrlChange",
    "UsageReport",
    "context_limit_from",
    "known_image_abilities",
    "model_facts",
    "normalize_base_url",
    "parse_models",
    "redact",
    "says_tools_not_supported",
]


def __getattr__(name: str) -> Any:
    # httpx costs 100–300 ms to import: load it only when the client is needed.
    if name == "GatewayClient":
        from desktop_chat.api.client import GatewayClient

        return GatewayClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
