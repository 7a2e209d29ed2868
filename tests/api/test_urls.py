"""Pasted gateway addresses are normalised to one base ending in /v1, saying what changed."""

from __future__ import annotations

import pytest

from desktop_chat.api import InvalidRequest, normalize_base_url


@pytest.mark.parametrize(
    ("raw", "url", "note"),
    [
        ("https://aiapi.services/v1", "https://aiapi.services/v1", None),
        ("https://aiapi.services/v1/", "https://aiapi.services/v1", None),
        ("https://aiapi.services", "https://aiapi.services/v1", "Added '/v1' to the address."),
        ("https://aiapi.services/", "https://aiapi.services/v1", "Added '/v1' to the address."),
        (
            "  https://aiapi.services/v1/chat/completions  ",
            "https://aiapi.services/v1",
            "Removed '/chat/completions' from the address.",
        ),
        (
            "https://aiapi.services/v1/models",
            "https://aiapi.services/v1",
            "Removed '/models' from the address.",
        ),
        (
            "aiapi.services",
            "https://aiapi.services/v1",
            "Added 'https://' to the address. Added '/v1' to the address.",
        ),
        (
            "localhost:4000",
            "http://localhost:4000/v1",
            "Added 'http://' to the address. Added '/v1' to the address.",
        ),
        ("HTTPS://AIAPI.services:443/openai/V1", "https://aiapi.services/openai/v1", None),
        ("https://h.example/v1?x=1#frag", "https://h.example/v1", "Removed the part after '?' or '#'."),
        ("http://[::1]:8080/v1", "http://[::1]:8080/v1", None),
    ],
)
def test_normalisation(raw: str, url: str, note: str | None) -> None:
    result = normalize_base_url(raw)
    assert (result.url, result.note) == (url, note)
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
    "raw", ["", "   ", "ftp://host/v1", "https://", "https://host:99999/v1", "https://user:pw@host/v1"]
)
def test_unusable_addresses_are_refused_in_plain_words(raw: str) -> None:
    with pytest.raises(InvalidRequest) as info:
        normalize_base_url(raw)
    assert info.value.field == "base_url"
    assert "pw" not in str(info.value)
