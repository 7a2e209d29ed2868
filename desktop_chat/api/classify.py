"""Map what went wrong on the wire (a status code and body, or a transport failure) to a `GatewayError`.

Why: gateways report the same trouble in many shapes — a bad key as 401 or as 400, a missing model
as 400 or 404, an overloaded backend as 502/503/529, error pages as HTML or plain text. The user
should get one sentence for each situation, so the guessing lives here, in one pure function that
tests feed with real-world bodies, and the server's own words are kept (without markup) for Details.
The result is typed (the error's class and fields); the UI words it.
"""

from __future__ import annotations

import json
import ssl

import httpx

from desktop_chat.api.config import display_address
from desktop_chat.api.decoder import error_fields
from desktop_chat.api.errors import (
    AccessDenied,
    AuthenticationFailed,
    BadRequest,
    ConnectionFailed,
    ContextTooLong,
    GatewayError,
    GatewayTimeout,
    ImagesNotSupported,
    InsecureConnection,
    ModelNotAvailable,
    NotAGateway,
    ProxyRefused,
    ProxySetupFailed,
    RateLimited,
    ServerTrouble,
    ToolsNotSupported,
    says_context_too_long,
    says_images_not_supported,
    says_tools_not_supported,
    short_snippet,
)

_KEY_WORDS = (
    "api key",
    "api_key",
    "apikey",
    "invalid_api_key",
    "authentication",
    "unauthorized",
    "unauthenticated",
    "incorrect key",
    "invalid key",
    "invalid token",
    "token is invalid",
    "no connected db",
)
_MODEL_WORDS = (
    "model_not_found",
    "invalid model",
    "unknown model",
    "no such model",
    "model not found",
    "does not exist",
    "not supported",
    "not available",
    "no available channel",
    "invalid_model",
    "not a valid model",
)


def looks_like_html(content_type: str, body: bytes) -> bool:
    head = body[:200].lstrip().lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype", b"<html", b"<head", b"<body"))


def server_words(content_type: str, body: bytes) -> tuple[str | None, str | None]:
    """(message, code) the server gave in its body: JSON error object, or a clean text snippet."""
    text = body.decode("utf-8", "replace")
    if not text.strip():
        return None, None
    if not looks_like_html(content_type, body):
        try:
            obj = json.loads(text)
        except (ValueError, RecursionError):
            obj = None
        if isinstance(obj, dict):
            error = obj.get("error", obj)
            message, code = error_fields(error)
            if message is not None or code is not None:
                return (None if message is None else short_snippet(message, 600)), code
    return short_snippet(text), None


def error_from_status(
    status: int, content_type: str, body: bytes, *, url: str | None = None, retry_after: float | None = None
) -> GatewayError:
    """The `GatewayError` for an HTTP response whose status is not a success."""
    message, code = server_words(content_type, body)
    said = f"{message or ''} {code or ''}".lower()
    kind = _kind_for_status(status, said, looks_like_html(content_type, body))
    return kind(status=status, server_message=message, server_code=code, url=url, retry_after=retry_after)


def _kind_for_status(status: int, said: str, html: bool) -> type[GatewayError]:
    """The error class for `status`, given the server's words (lower case) and whether it sent HTML."""
    if status in (400, 404, 422, 500) and not html and says_images_not_supported(said):
        return ImagesNotSupported  # before the model words: "model … not supported for vision"
    if status in (400, 404, 422, 500) and not html and says_tools_not_supported(said):
        return ToolsNotSupported  # before the model words: "… model does not support tools"
    if status == 401:
        return AuthenticationFailed
    if status in (402, 403):
        return AccessDenied
    if status == 404:
        return ModelNotAvailable if not html and "model" in said else NotAGateway
    if status == 407:
        return ProxyRefused
    if status == 413:
        return ContextTooLong
    if status == 429:
        return RateLimited
    if status in (408, 504):
        return GatewayTimeout
    if status == 409 or status >= 500:
        return ServerTrouble
    if status == 400 or status == 422:
        if any(word in said for word in _KEY_WORDS):
            return AuthenticationFailed
        if says_context_too_long(said):
            return ContextTooLong
        if "model" in said and any(word in said for word in _MODEL_WORDS):
            return ModelNotAvailable
    if html or 300 <= status < 400:
        return NotAGateway
    return BadRequest


def error_from_transport(
    exc: httpx.TransportError | httpx.DecodingError, *, url: str | None = None
) -> GatewayError:
    """The `GatewayError` for a failure before any response arrived."""
    technical = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    from desktop_chat.api.pac import PacFailed  # the PAC transport's failure (httpx is loaded already)

    if isinstance(exc, PacFailed):
        return ProxySetupFailed(
            url=url, technical=technical, pac_flaw=exc.flaw, pac_address=display_address(exc.pac_url)
        )
    if _is_certificate_problem(exc):
        return InsecureConnection(url=url, technical=technical)
    if isinstance(exc, httpx.ProxyError):
        return ProxyRefused(url=url, technical=technical)
    if isinstance(exc, httpx.ReadTimeout | httpx.WriteTimeout | httpx.PoolTimeout):
        return GatewayTimeout(url=url, technical=technical, retryable=False)
    return ConnectionFailed(url=url, technical=technical)


def _is_certificate_problem(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        if isinstance(current, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False
