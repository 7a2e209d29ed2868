"""The patterns the support report needs: URL credentials, tool servers' token headers, idempotence
(the report is scrubbed twice), and `redact_known`, which touches nothing but the given secrets."""

from __future__ import annotations

import pytest

from desktop_chat.redact import MARKER, redact, redact_known


@pytest.mark.parametrize("text, secret", [
    ("via http://bob:s3cr3t-pass@proxy.corp:3128 now", "s3cr3t-pass"),
    ("PAC https://u:pacpass99@pac.corp/proxy.pac", "pacpass99"),
    ("X-Auth-Token: abcdef123456", "abcdef123456"),
    ('{"X-Custom-Secret": "hunter22hunter"}', "hunter22hunter"),
    ("session_token=zz99zz99zz", "zz99zz99zz"),
    ("x-goog-api-key: AbCdEfGh", "AbCdEfGh"),
])
def test_credentials_in_urls_and_token_headers_are_gone(text: str, secret: str) -> None:
    out = redact(text)
    assert secret not in out and MARKER in out


@pytest.mark.parametrize("text", [
    "max_tokens: 100", "prompt token: 5", "see https://example.com/a@b", "write to bob@example.com",
    "key: value", "monkey=banana", "http://***@proxy:3128",
])
def test_ordinary_words_and_masked_urls_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", [
    "password=hunter2", "{'authorization': 'Bearer Zq9unknowntoken12345'}", "Authorization: Basic abcd",
    "Authorization: abcdefg", "X-Api-Key: zzzz9999", "http://a:b@h", "api_key=abc sk-abcdef",
])
def test_redacting_twice_changes_nothing_more(text: str) -> None:
    once = redact(text)
    assert redact(once) == once and "]]" not in once


def test_redact_known_replaces_only_the_secrets_given() -> None:
    body = '{"content":"Bearer tokens and password=x are words; my key is sk-live-123456789"}'
    out = redact_known(body, secrets=["sk-live-123456789"])
    assert out == '{"content":"Bearer tokens and password=x are words; my key is ' + MARKER + '"}'
