"""redact(): known key values and credential-looking patterns never survive."""

from __future__ import annotations

import json
import logging
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_chat.redact import MARKER, RedactingFilter, redact

KEY_CHARS = st.characters(min_codepoint=0x21, max_codepoint=0x7E)
keys = st.text(KEY_CHARS, min_size=8, max_size=80)
TEXT = st.text(max_size=200)


@settings(max_examples=300, deadline=None, database=None)
@given(before=TEXT, key=keys, after=TEXT)
def test_a_known_key_anywhere_in_text_is_gone(before: str, key: str, after: str) -> None:
    out = redact(before + key + after, secrets=[key])
    assert key not in out


@settings(max_examples=200, deadline=None, database=None)
@given(key=keys, text=TEXT)
def test_escaped_forms_of_a_key_are_gone_too(key: str, text: str) -> None:
    for form in (repr(key), json.dumps(key), quote(key, safe="")):
        out = redact(f"{text} {form} {text}", secrets=[key])
        assert key not in out
        assert form[1:-1] not in out if form[0] in "'\"" else form not in out


@settings(max_examples=200, deadline=None, database=None)
@given(suffix=st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-"), min_size=9))
def test_unknown_keys_in_headers_and_fields_are_gone(suffix: str) -> None:
    token = "Zq9" + suffix  # a prefix no template contains, so only a leak can leave it in the output
    samples = [
        f"Authorization: Bearer {token}",
        f"{{'authorization': 'Bearer {token}', 'accept': 'text/event-stream'}}",
        f'{{"Authorization": "Bearer {token}"}}',
        f"api-key: {token}",
        f"x-api-key={token}&model=x",
        f'{{"api_key": "{token}", "model": "gpt"}}',
        f"https://gw.example/v1?apikey={token}",
        f"sk-{token}",
        f"sk-proj-{token}",
        f"AIza{token}abcdefgh",
        f"headers=[(b'authorization', b'Bearer {token}')]",
    ]
    for sample in samples:
        out = redact(sample)
        assert token not in out, sample
        assert MARKER in out


def test_ordinary_text_is_left_alone() -> None:
    text = (
        'POST /v1/chat/completions {"model": "gpt-4o", "max_tokens": 512, "stream": true} '
        "Ask the author about the task-list; keys and tokens are discussed in chapter 3."
    )
    assert redact(text) == text
    assert redact("no key here", secrets=["abc", ""]) == "no key here"  # too short to hunt for


def test_keeps_what_is_useful_around_the_secret() -> None:
    out = redact("Authorization: Bearer sk-abcdef123456 sent to https://gw.example/v1")
    assert out == f"Authorization: Bearer {MARKER} sent to https://gw.example/v1"


@pytest.mark.parametrize("key", ["REDACTED", "D]abcdefg", "[REDACTED]x"])
def test_keys_resembling_the_marker_are_still_removed(key: str) -> None:
    for text in (key, key + "abcdefg", MARKER + key, "[REDACTE" + key + "]"):
        assert key not in redact(text, secrets=[key])


def _record(msg: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    return logging.LogRecord(
        "t", logging.ERROR, __file__, 1, msg, args, exc_info, sinfo="stack: sk-stackabcdef"
    )


def test_filter_redacts_message_args_exception_and_stack() -> None:
    key = "mysecret-0123456789"
    try:
        raise RuntimeError(f"request failed with key {key}")
    except RuntimeError as exc:
        record = _record("sending %s to %s", {"api_key": key}, "gw", exc=exc)
    assert RedactingFilter(lambda: [key]).filter(record) is True
    formatted = logging.Formatter("%(message)s").format(record)
    assert key not in formatted and "sk-stackabcdef" not in formatted
    assert "RuntimeError" in formatted and "sending" in formatted


def test_filter_survives_bad_format_args_and_a_broken_provider() -> None:
    record = _record("%d items for %s", "not-a-number", "key sk-abcdefgh1234")

    def broken() -> list[str]:
        raise OSError("keyring gone")

    assert RedactingFilter(broken).filter(record)
    assert "sk-abcdefgh1234" not in record.getMessage()
