"""Status codes and bodies seen in the wild map to one kind of error, one `Problem` and one action each."""

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
    ContextTooLongInStream,
    EmptyAnswer,
    ErrorAction,
    Fact,
    GatewayError,
    GatewayTimeout,
    ImagesNotSupported,
    ImagesNotSupportedInStream,
    IncompleteAnswer,
    InsecureConnection,
    ModelNotAvailable,
    NotAGateway,
    PartialAnswerError,
    Problem,
    ProxyRefused,
    RateLimited,
    ServerTrouble,
    StreamFailed,
    ToolsNotSupported,
    ToolsNotSupportedInStream,
    UnreadableAnswer,
)
from desktop_chat.api.classify import error_from_status, error_from_transport
from desktop_chat.api.errors import ProxySetupFailed


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
    assert error.problem is PROBLEMS[kind]
    said = str(error)  # the technical one-liner for logs
    assert said.startswith(kind.__name__) and f"HTTP {status}" in said and "\n" not in said
    facts = dict(error.facts())
    assert facts[Fact.HTTP_STATUS] == str(status) and "gw.example" in facts[Fact.ADDRESS]
    assert facts[Fact.KIND] == kind.__name__ and error.facts()[-1][0] is Fact.KIND


PROBLEMS: dict[type[GatewayError], Problem] = {
    GatewayError: Problem.GATEWAY,
    AuthenticationFailed: Problem.KEY_REJECTED,
    AccessDenied: Problem.ACCESS_DENIED,
    NotAGateway: Problem.NOT_A_GATEWAY,
    ModelNotAvailable: Problem.MODEL_NOT_AVAILABLE,
    ContextTooLong: Problem.CONTEXT_TOO_LONG,
    ContextTooLongInStream: Problem.CONTEXT_TOO_LONG,
    ImagesNotSupported: Problem.IMAGES_NOT_SUPPORTED,
    ImagesNotSupportedInStream: Problem.IMAGES_NOT_SUPPORTED,
    ToolsNotSupported: Problem.TOOLS_NOT_SUPPORTED,
    ToolsNotSupportedInStream: Problem.TOOLS_NOT_SUPPORTED,
    RateLimited: Problem.RATE_LIMITED,
    ServerTrouble: Problem.SERVER_TROUBLE,
    GatewayTimeout: Problem.TIMEOUT,
    ConnectionFailed: Problem.NO_CONNECTION,
    ProxyRefused: Problem.NO_CONNECTION,
    ProxySetupFailed: Problem.NO_CONNECTION,
    InsecureConnection: Problem.INSECURE,
    BadRequest: Problem.REQUEST_REFUSED,
    PartialAnswerError: Problem.GATEWAY,
    IncompleteAnswer: Problem.BROKEN_OFF,
    EmptyAnswer: Problem.EMPTY_ANSWER,
    StreamFailed: Problem.STREAM_FAILED,
    UnreadableAnswer: Problem.STREAM_FAILED,
}


def _all_subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _all_subclasses(sub)
    return found


def test_every_error_class_has_its_problem() -> None:
    # A new subclass fails here until it is given its Problem (and the UI its words).
    assert _all_subclasses(GatewayError) | {GatewayError} == set(PROBLEMS)
    for kind, problem in PROBLEMS.items():
        assert kind.problem is problem, kind
        assert kind().problem is problem


def test_facts_are_typed_ordered_and_only_those_known() -> None:
    error = RateLimited(
        status=429,
        server_message="slow down",
        server_code="rate_limit",
        url="https://gw/v1",
        retry_after=2.5,
        technical="ReadError: x",
    )
    assert error.facts() == (
        (Fact.HTTP_STATUS, "429"),
        (Fact.SERVER_MESSAGE, "slow down"),
        (Fact.SERVER_CODE, "rate_limit"),
        (Fact.ADDRESS, "https://gw/v1"),
        (Fact.RETRY_AFTER, "2.5"),
        (Fact.TECHNICAL, "ReadError: x"),
        (Fact.KIND, "RateLimited"),
    )
    assert ConnectionFailed().facts() == ((Fact.KIND, "ConnectionFailed"),)
    assert str(error) == "RateLimited; HTTP 429; code rate_limit; server said: slow down; ReadError: x"
    assert repr(error) == "RateLimited(status=429, server_message='slow down', server_code='rate_limit')"


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
    facts = dict(error.facts())
    assert (facts[Fact.SERVER_MESSAGE], facts[Fact.SERVER_CODE]) == ("stop: too many items", "1234")


def test_transport_failures() -> None:
    refused = error_from_transport(httpx.ConnectError("[Errno 111] Connection refused"))
    assert isinstance(refused, ConnectionFailed) and refused.retryable
    assert refused.action is ErrorAction.CHECK_CONNECTION and type(refused) is ConnectionFailed
    certificate = httpx.ConnectError("handshake failed")
    certificate.__cause__ = ssl.SSLCertVerificationError("certificate verify failed: self-signed certificate")
    insecure = error_from_transport(certificate)
    assert isinstance(insecure, InsecureConnection) and not insecure.retryable
    assert insecure.problem is Problem.INSECURE and insecure.action is ErrorAction.CHECK_ADDRESS
    assert "handshake failed" in (insecure.technical or "")
    silent = error_from_transport(httpx.ReadTimeout("timed out"))
    assert isinstance(silent, GatewayTimeout) and not silent.retryable


def test_a_proxy_that_says_no_is_its_own_subcase_and_not_retried() -> None:
    by_status = error_from_status(407, "text/plain", b"Proxy Authentication Required")
    by_transport = error_from_transport(httpx.ProxyError("407 Proxy Authentication Required"))
    for error in (by_status, by_transport):
        assert type(error) is ProxyRefused and isinstance(error, ConnectionFailed)
        assert error.problem is Problem.NO_CONNECTION and not error.retryable
