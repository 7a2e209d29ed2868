"""Status codes and bodies seen in the wild map to one plain sentence and one action each."""

from __future__ import annotations

import json
import ssl

import httpx
import pytest

from desktop_chat.api import (
    AccessDenied,
    AuthenticationFailed,
    BadRequest,
    ConnectionFailed,
    ContextTooLong,
    ErrorAction,
    GatewayError,
    GatewayTimeout,
    InsecureConnection,
    ModelNotAvailable,
    NotAGateway,
    RateLimited,
    ServerTrouble,
)
from desktop_chat.api.classify import error_from_status, error_from_transport


def seed_error(message: str, code: object = None, kind: str = "invalid_request_error") -> bytes:
    return json.dumps({"error": {"message": message, "type": kind, "code": code}}).encode()


NGINX_502 = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
    b"</center><hr><center>nginx</center></body></html>"
)


@pytest.mark.parametrize(
    ("status", "ctype", "body", "kind", "action", "retryable"),
    [
        (
            401,
            "application/json",
            seed_error("Invalid API key provided", "invalid_api_key"),
            AuthenticationFailed,
            ErrorAction.CHANGE_KEY,
            False,
        ),
        (
            400,
            "application/json",
            seed_error("Authentication Error, Invalid API key provided", "400"),
            AuthenticationFailed,
            ErrorAction.CHANGE_KEY,
            False,
        ),
        (
            400,
            "application/json",
            seed_error("No connected db."),
            AuthenticationFailed,
            ErrorAction.CHANGE_KEY,
            False,
        ),
        (
            402,
            "application/json",
            seed_error("Insufficient quota"),
            AccessDenied,
            ErrorAction.CHOOSE_MODEL,
            False,
        ),
        (403, "text/plain", b"Forbidden", AccessDenied, ErrorAction.CHOOSE_MODEL, False),
        (
            404,
            "text/html",
            b"<html><body><h1>404 Not Found</h1></body></html>",
            NotAGateway,
            ErrorAction.CHECK_ADDRESS,
            False,
        ),
        (
            404,
            "application/json",
            seed_error("The model `x` does not exist", "model_not_found"),
            ModelNotAvailable,
            ErrorAction.CHOOSE_MODEL,
            False,
        ),
        (
            400,
            "application/json",
            seed_error("Invalid model name passed in model=foo"),
            ModelNotAvailable,
            ErrorAction.CHOOSE_MODEL,
            False,
        ),
        (
            400,
            "application/json",
            seed_error("This model's maximum context length is 8192 tokens", "context_length_exceeded"),
            ContextTooLong,
            ErrorAction.NEW_CHAT,
            False,
        ),
        (413, "text/plain", b"Request Entity Too Large", ContextTooLong, ErrorAction.NEW_CHAT, False),
        (429, "application/json", seed_error("Rate limit reached", 429), RateLimited, ErrorAction.WAIT, True),
        (408, "text/plain", b"", GatewayTimeout, ErrorAction.RETRY, True),
        (409, "application/json", seed_error("conflict"), ServerTrouble, ErrorAction.WAIT, True),
        (500, "text/plain", b"Internal Server Error", ServerTrouble, ErrorAction.WAIT, True),
        (502, "text/html", NGINX_502, ServerTrouble, ErrorAction.WAIT, True),
        (503, "application/json", seed_error("Service Unavailable"), ServerTrouble, ErrorAction.WAIT, True),
        (504, "text/html", b"<html>gateway timeout</html>", GatewayTimeout, ErrorAction.RETRY, True),
        (
            529,
            "application/json",
            seed_error("Overloaded", "overloaded_error"),
            ServerTrouble,
            ErrorAction.WAIT,
            True,
        ),
        (
            422,
            "application/json",
            json.dumps({"detail": "temperature: value too large"}).encode(),
            BadRequest,
            ErrorAction.NONE,
            False,
        ),
        (418, "text/plain", b"I'm a teapot", BadRequest, ErrorAction.NONE, False),
    ],
)
def test_status_mapping(
    status: int, ctype: str, body: bytes, kind: type[GatewayError], action: ErrorAction, retryable: bool
) -> None:
    error = error_from_status(status, ctype, body, url="https://gw.example/v1/chat/completions")
    assert type(error) is kind
    assert (error.action, error.retryable, error.status) == (action, retryable, status)
    assert error.message.endswith(".") and "\n" not in error.message
    assert str(status) in error.details and "gw.example" in error.details


def test_html_pages_become_a_short_clean_snippet_without_markup() -> None:
    page = (
        b"<html><head><style>body{color:red}</style><script>alert(1)</script></head><body>"
        b"<h1>502 Bad Gateway</h1>" + b"<p>filler</p>" * 200 + b"</body></html>"
    )
    error = error_from_status(502, "text/html", page)
    assert error.server_message is not None
    assert error.server_message.startswith("502 Bad Gateway filler")
    assert "<" not in error.server_message and "alert" not in error.server_message
    assert len(error.server_message) <= 300


def test_server_message_and_code_are_kept_for_details() -> None:
    error = error_from_status(400, "application/json", seed_error("stop: too many items", 1234))
    assert (error.server_message, error.server_code) == ("stop: too many items", "1234")
    assert "stop: too many items" in error.details and "1234" in error.details


def test_transport_failures() -> None:
    refused = error_from_transport(httpx.ConnectError("[Errno 111] Connection refused"))
    assert isinstance(refused, ConnectionFailed) and refused.retryable
    assert refused.action is ErrorAction.CHECK_CONNECTION
    certificate = httpx.ConnectError("handshake failed")
    certificate.__cause__ = ssl.SSLCertVerificationError("certificate verify failed: self-signed certificate")
    insecure = error_from_transport(certificate)
    assert isinstance(insecure, InsecureConnection) and not insecure.retryable
    assert insecure.message == "The connection isn't secure (certificate problem), so nothing was sent."
    silent = error_from_transport(httpx.ReadTimeout("timed out"))
    assert isinstance(silent, GatewayTimeout) and not silent.retryable
