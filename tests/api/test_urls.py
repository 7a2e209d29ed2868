"""Pasted gateway addresses are normalised to one base ending in /v1, saying (typed) what changed."""

from __future__ import annotations

import pytest

from desktop_chat.api import Flaw, InvalidRequest, RequestField, UrlChange, normalize_base_url

ADDED_SCHEME, REMOVED_QUERY, REMOVED_ENDPOINT, ADDED_V1 = UrlChange


@pytest.mark.parametrize(
    ("raw", "url", "changes", "removed"),
    [
        ("https://aiapi.services/v1", "https://aiapi.services/v1", (), None),
        ("https://aiapi.services/v1/", "https://aiapi.services/v1", (), None),
        ("https://aiapi.services", "https://aiapi.services/v1", (ADDED_V1,), None),
        ("https://aiapi.services/", "https://aiapi.services/v1", (ADDED_V1,), None),
        (
            "  https://aiapi.services/v1/chat/completions  ",
            "https://aiapi.services/v1",
            (REMOVED_ENDPOINT,),
            "/chat/completions",
        ),
        ("https://aiapi.services/v1/models", "https://aiapi.services/v1", (REMOVED_ENDPOINT,), "/models"),
        ("aiapi.services", "https://aiapi.services/v1", (ADDED_SCHEME, ADDED_V1), None),
        ("localhost:4000", "http://localhost:4000/v1", (ADDED_SCHEME, ADDED_V1), None),
        ("HTTPS://AIAPI.services:443/openai/V1", "https://aiapi.services/openai/v1", (), None),
        ("https://h.example/v1?x=1#frag", "https://h.example/v1", (REMOVED_QUERY,), None),
        (
            "h.example/v1/completions?x=1",
            "https://h.example/v1",
            (ADDED_SCHEME, REMOVED_QUERY, REMOVED_ENDPOINT),
            "/completions",
        ),
        ("http://[::1]:8080/v1", "http://[::1]:8080/v1", (), None),
    ],
)
def test_normalisation(raw: str, url: str, changes: tuple[UrlChange, ...], removed: str | None) -> None:
    result = normalize_base_url(raw)
    assert (result.url, result.changes, result.removed_endpoint) == (url, changes, removed)
    assert result.scheme == url.split("://")[0]
    assert result.endpoint("chat/completions") == url + "/chat/completions"


@pytest.mark.parametrize(
    ("raw", "plain_remote"),
    [
        ("http://gateway.corp/v1", True),
        ("http://127.0.0.1:8000", False),
        ("http://localhost/v1", False),
        ("https://gateway.corp", False),
    ],
)
def test_plain_http_to_another_machine_is_flagged(raw: str, plain_remote: bool) -> None:
    assert normalize_base_url(raw).is_plain_http_remote is plain_remote


@pytest.mark.parametrize(
    ("raw", "flaw"),
    [
        ("", Flaw.MISSING),
        ("   ", Flaw.MISSING),
        ("ftp://host/v1", Flaw.WRONG_SCHEME),
        ("https://", Flaw.MALFORMED),
        ("https://host:99999/v1", Flaw.MALFORMED),
        ("https://user:pw@host/v1", Flaw.HAS_CREDENTIALS),
    ],
)
def test_unusable_addresses_are_refused_with_the_reason(raw: str, flaw: Flaw) -> None:
    with pytest.raises(InvalidRequest) as info:
        normalize_base_url(raw)
    assert (info.value.field, info.value.flaw) == (RequestField.BASE_URL, flaw)
    assert info.value.field == "base_url"  # a StrEnum: callers comparing with the wire name still work
    assert "pw" not in str(info.value) and info.value.value is None
