"""The pure stream decoder, byte by byte: framing, chunk contents, endings and failures."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_chat.api import (
    Finished,
    IncompleteAnswer,
    ReasoningDelta,
    StreamFailed,
    TextDelta,
    UnreadableAnswer,
    UsageReport,
)
from desktop_chat.api.decoder import StreamDecoder, events_from_completion
from desktop_chat.domain import FinishReason, Problem, Usage


def chunk(content: str | None = None, finish: str | None = None, **extra: object) -> dict:
    delta = {} if content is None else {"content": content}
    obj: dict = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    obj.update(extra)
    return obj


def sse(*objs: object, eol: str = "\n") -> bytes:
    out = []
    for obj in objs:
        payload = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)
        out.append(f"data: {payload}{eol}{eol}")
    return "".join(out).encode()


def decode(*reads: bytes) -> list:
    decoder = StreamDecoder()
    events: list = []
    for piece in reads:
        events += decoder.feed(piece)
        if decoder.failure is not None:
            raise decoder.failure
        if decoder.done:
            return events
    return events + decoder.end()


def text_of(events: list) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


BASIC = sse(chunk("Hel"), chunk("lo"), chunk(None, "stop"), "[DONE]")


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_every_line_ending_gives_the_same_events(eol: str) -> None:
    data = sse(chunk("Hel"), chunk("lo"), chunk(None, "stop"), "[DONE]", eol=eol)
    assert decode(data) == [TextDelta("Hel"), TextDelta("lo"), Finished(FinishReason.STOP, "stop", "m")]


def test_crlf_split_between_two_reads_is_one_line_ending() -> None:
    data = sse(chunk("a"), chunk(None, "stop"), eol="\r\n")
    first_cr = data.index(b"\r")
    events = decode(data[: first_cr + 1], data[first_cr + 1 :])
    assert text_of(events) == "a"
    assert isinstance(events[-1], Finished)


def test_comments_id_retry_event_and_unknown_fields_are_ignored() -> None:
    data = (
        b": OPENROUTER PROCESSING\n\n: keep-alive\nid: 7\nretry: 3000\nevent: message\nfoo: bar\n"
        + b"data:"
        + json.dumps(chunk("x")).encode()
        + b"\n\n"
        + sse(chunk(None, "stop"), "[DONE]")
    )
    assert decode(data) == [TextDelta("x"), Finished(FinishReason.STOP, "stop", "m")]


def test_data_without_space_and_several_data_lines_join_with_newline() -> None:
    text = json.dumps(chunk("joined"))
    head, tail = text.split(", ", 1)
    data = f"data:{head},\ndata: {tail}\n\n".encode() + sse(chunk(None, "stop"))
    assert text_of(decode(data)) == "joined"


def test_utf8_character_split_across_reads_and_unicode_line_separators_inside_data() -> None:
    content = "café 🙂 a\u2028b\u0085c\u2029d"
    data = sse(chunk(content), chunk(None, "stop"))
    cut = data.index("🙂".encode()) + 2  # inside the 4-byte emoji
    assert text_of(decode(data[:cut], data[cut:])) == content


def test_done_ends_the_stream_and_later_bytes_are_ignored() -> None:
    decoder = StreamDecoder()
    events = decoder.feed(sse(chunk("a"), "[DONE]", chunk("after")))
    assert decoder.done
    assert events == [TextDelta("a"), Finished(None, None, "m")]
    assert decoder.feed(sse(chunk("more"))) == []


def test_finish_reason_without_done_is_a_normal_end() -> None:
    assert decode(sse(chunk("a"), chunk(None, "length")))[-1] == Finished(FinishReason.LENGTH, "length", "m")


def test_neither_finish_reason_nor_done_is_incomplete_with_the_partial_text() -> None:
    decoder = StreamDecoder()
    decoder.feed(sse({"choices": [{"delta": {"reasoning_content": "hmm"}}]}, chunk("partial ")))
    decoder.feed(b'data: {"choices": [{"delta": {"content": "ans')  # cut mid-event
    with pytest.raises(IncompleteAnswer) as info:
        decoder.end()
    assert info.value.partial_text == "partial "
    assert info.value.partial_reasoning == "hmm"


def test_empty_choices_role_only_null_and_empty_content_are_harmless() -> None:
    data = sse(
        {"id": "", "choices": [], "prompt_filter_results": []},
        {"choices": [{"delta": {"role": "assistant"}}]},
        {"choices": [{"delta": {"content": None}}]},
        {"choices": [{"delta": {"content": ""}}]},
        {"choices": [{"delta": {}}]},
        {"choices": [{}]},
        chunk("ok"),
        chunk(None, "stop"),
    )
    assert decode(data) == [TextDelta("ok"), Finished(FinishReason.STOP, "stop", "m")]


@pytest.mark.parametrize(
    "stream",
    [
        # usage in a chunk with empty choices (stream_options.include_usage)
        sse(
            chunk("a"),
            chunk(None, "stop"),
            {"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}},
        ),
        # usage in a chunk with an empty delta, before the finish
        sse(
            chunk("a"),
            {
                "choices": [{"delta": {}}],
                "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
            },
            chunk(None, "stop"),
        ),
        # usage in the last content chunk
        sse(chunk("a", "stop", usage={"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5})),
    ],
    ids=["empty-choices", "empty-delta", "last-chunk"],
)
def test_usage_anywhere_is_reported_once_just_before_finished(stream: bytes) -> None:
    events = decode(stream)
    assert events[-2:] == [UsageReport(Usage(3, 2, 5)), Finished(FinishReason.STOP, "stop", "m")]
    assert len([e for e in events if isinstance(e, UsageReport)]) == 1


def test_partial_usage_keeps_what_is_known_and_no_usage_means_no_report() -> None:
    events = decode(sse(chunk("a", "stop", usage={"completion_tokens": 9})))
    assert UsageReport(Usage(None, 9, None)) in events
    assert not [e for e in decode(BASIC) if isinstance(e, UsageReport)]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("stop", FinishReason.STOP),
        ("STOP", FinishReason.STOP),
        ("length", FinishReason.LENGTH),
        ("content_filter", FinishReason.CONTENT_FILTER),
        ("tool_calls", FinishReason.TOOL_CALLS),
        ("end_turn", FinishReason.OTHER),
    ],
)
def test_finish_reasons_are_normalised_and_raw_kept(raw: str, reason: FinishReason) -> None:
    assert decode(sse(chunk("a"), chunk(None, raw)))[-1] == Finished(reason, raw, "m")


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_reasoning_fields_become_reasoning_deltas(field: str) -> None:
    events = decode(
        sse({"choices": [{"delta": {"content": None, field: "think"}}]}, chunk("answer"), chunk(None, "stop"))
    )
    assert events[:2] == [ReasoningDelta("think"), TextDelta("answer")]


def test_inline_think_tags_split_across_chunks() -> None:
    pieces = ["  <thi", "nk>", "step one", " step two</th", "ink>", "\n\nThe answer", " is 4."]
    events = decode(sse(*[chunk(p) for p in pieces], chunk(None, "stop")))
    reasoning = "".join(e.text for e in events if isinstance(e, ReasoningDelta))
    assert (reasoning, text_of(events)) == ("step one step two", "The answer is 4.")


@pytest.mark.parametrize(
    ("tail", "server_message", "server_code", "kind"),
    [
        (
            b'data: {"error": {"message": "Upstream crashed", "type": "server_error", "code": 500}}\n\n',
            "Upstream crashed",
            "500",
            StreamFailed,
        ),
        (
            b'event: error\ndata: {"message": "Overloaded", "code": "overloaded"}\n\n',
            "Overloaded",
            "overloaded",
            StreamFailed,
        ),
        (b"data: Internal error: upstream reset\n\n", "Internal error: upstream reset", None, StreamFailed),
        (b'data: {"choices": "not a list"}\n\n', None, None, UnreadableAnswer),
    ],
    ids=["data-error", "event-error", "not-json", "bad-shape"],
)
def test_errors_after_200_fail_the_stream_keeping_the_partial_text(
    tail: bytes, server_message: str | None, server_code: str | None, kind: type[StreamFailed]
) -> None:
    with pytest.raises(StreamFailed) as info:
        decode(sse(chunk("kept ")), tail, sse(chunk("never")))
    error = info.value
    assert error.partial_text == "kept "
    if server_message is not None:
        assert error.server_message == server_message
    assert error.server_code == server_code
    assert type(error) is kind and error.problem is Problem.STREAM_FAILED
    if isinstance(error, UnreadableAnswer):  # a part of the stream this app could not read
        assert error.in_stream and '"not a list"' in (error.server_message or "")
    assert str(error).startswith(kind.__name__) and "\n" not in str(error)


def test_json_with_spaces_extra_fields_and_model_is_read() -> None:
    raw = (
        b'data: {"id" : "x", "extra" : {"a": [1, 2]}, "model" : "deepseek", "choices" : '
        b'[ {"index" : 0, "delta" : {"content" : "hi"}, "logprobs": null, "finish_reason" : "stop"} ]}\n\n'
    )
    assert decode(raw) == [TextDelta("hi"), Finished(FinishReason.STOP, "stop", "deepseek")]


def test_a_final_line_without_terminator_still_counts() -> None:
    assert decode(b"data: " + json.dumps(chunk("a")).encode() + b"\n\ndata: [DONE]")[-1] == Finished(
        None, None, "m"
    )


def test_plain_json_completion_becomes_the_same_kind_of_events() -> None:
    body = json.dumps(
        {
            "model": "m",
            "choices": [
                {
                    "message": {"content": "<think>why</think>Because.", "role": "assistant"},
                    "finish_reason": "length",
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
        }
    ).encode()
    assert events_from_completion(body) == [
        ReasoningDelta("why"),
        TextDelta("Because."),
        UsageReport(Usage(1, 2, 3)),
        Finished(FinishReason.LENGTH, "length", "m"),
    ]
    with pytest.raises(StreamFailed) as info:
        events_from_completion(b'{"error": {"message": "nope", "code": 42}}')
    assert (info.value.server_message, info.value.server_code) == ("nope", "42")
    assert type(info.value) is StreamFailed
    for unreadable in (b"{not json", b"[1, 2]", b'{"id": "x"}'):
        with pytest.raises(UnreadableAnswer) as bad:
            events_from_completion(unreadable)
        assert not bad.value.in_stream and bad.value.server_message


# -- property: how the bytes are cut into reads never changes the events ---------------------------


def _stream_strategy() -> st.SearchStrategy[bytes]:
    texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
    eols = st.sampled_from(["\n", "\r\n", "\r"])

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        eol = draw(eols)
        parts: list[str] = [f": comment{eol}"]
        for content in draw(st.lists(texts, max_size=12)):
            style = draw(st.integers(0, 3))
            body = json.dumps(chunk(content), ensure_ascii=draw(st.booleans()))
            if style == 0:
                parts.append(f"data: {body}{eol}{eol}")
            elif style == 1:
                parts.append(f"data:{body}{eol}: ping{eol}{eol}")
            elif style == 2:
                head, tail = body.split(", ", 1)
                parts.append(f"id: 1{eol}data: {head},{eol}data: {tail}{eol}{eol}")
            else:
                parts.append(f"event: message{eol}data: {body}{eol}{eol}")
        parts.append(f"data: {json.dumps(chunk(None, 'stop', usage={'total_tokens': 4}))}{eol}{eol}")
        if draw(st.booleans()):
            parts.append(f"data: [DONE]{eol}{eol}")
        return "".join(parts).encode()

    return build()


@settings(max_examples=200, deadline=None)
@given(data=_stream_strategy(), cuts=st.lists(st.integers(min_value=0, max_value=4000), max_size=30))
def test_any_split_of_a_valid_stream_into_reads_yields_the_same_events(data: bytes, cuts: list[int]) -> None:
    whole = decode(data)
    points = sorted({c % (len(data) + 1) for c in cuts})
    reads = [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]
    assert decode(*reads) == whole
    assert decode(*[data[i : i + 1] for i in range(len(data))]) == whole
