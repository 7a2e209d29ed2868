"""A gateway sending absurd values must give a plain error or be ignored — never crash the app.

Deeply nested JSON makes Python's json raise RecursionError (not ValueError); usage counts of
Infinity or 1e30 overflow int() or SQLite's INTEGER; a huge model list must not stall the loop.
"""

from __future__ import annotations

import json

import pytest

from desktop_chat.api import StreamFailed, UsageReport
from desktop_chat.api.classify import server_words
from desktop_chat.api.decoder import StreamDecoder, events_from_completion
from desktop_chat.api.models import parse_model_list

DEEP = b"[" * 100_000 + b"]" * 100_000


def _events(body: bytes) -> list:
    decoder = StreamDecoder()
    events = decoder.feed(body)
    events += decoder.end()
    return events


def test_deeply_nested_stream_chunk_is_a_plain_failure() -> None:
    decoder = StreamDecoder()
    decoder.feed(b'data: {"choices":[{"delta":{"content":"Hi"}}]}\n\ndata: ' + DEEP + b"\n\n")
    assert isinstance(decoder.failure, StreamFailed)
    assert decoder.failure.partial_text == "Hi"


def test_deeply_nested_bodies_elsewhere_are_unreadable_not_crashes() -> None:
    with pytest.raises(StreamFailed):
        events_from_completion(DEEP)
    assert parse_model_list(DEEP) is None
    server_words("application/json", DEEP)  # no RecursionError
    decoder = StreamDecoder()
    decoder.feed(b"event: error\ndata: " + DEEP + b"\n\n")
    assert isinstance(decoder.failure, StreamFailed)


@pytest.mark.parametrize("value", ["Infinity", "NaN", "1e30", "-5", "123456789012345678901234567890"])
def test_absurd_usage_counts_are_dropped(value: str) -> None:
    body = (
        b'data: {"choices":[{"delta":{"content":"Hi"},"finish_reason":"stop"}],'
        b'"usage":{"prompt_tokens":' + value.encode() + b',"completion_tokens":7}}\n\ndata: [DONE]\n\n'
    )
    usage = next(e.usage for e in _events(body) if isinstance(e, UsageReport))
    assert usage.prompt_tokens is None and usage.completion_tokens == 7
    plain = json.dumps({"choices": [{"message": {"content": "Hi"}, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 7}})
    plain = plain.replace('"prompt_tokens": 1', f'"prompt_tokens": {value}')
    usage = next(e.usage for e in events_from_completion(plain.encode()) if isinstance(e, UsageReport))
    assert usage.prompt_tokens is None and usage.completion_tokens == 7


@pytest.mark.timeout(60)  # generous: a quadratic de-duplication takes minutes here, a linear one 0.1 s
def test_a_huge_model_list_is_read_without_stalling() -> None:
    ids = [f"model-{i}" for i in range(200_000)]
    body = json.dumps({"data": [{"id": i} for i in ids + ids[:10]]}).encode()
    assert parse_model_list(body) == tuple(ids)
