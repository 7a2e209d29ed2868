"""Tool calls assembled from every shape gateways send them in, and a fuzzing sample of the assembly.

The decoder is fed real SSE bytes (and whole JSON bodies): OpenAI's fragments by index, parallel
calls, the whole call in one chunk, ids repeated or missing, no `index`, several calls under one
index, arguments as an object, the legacy `function_call`, "stop" instead of "tool_calls", and
broken calls of every kind — each must come out as a complete call or a typed malformed one.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_chat.api import (
    MAX_ARGUMENTS_CHARS,
    MAX_TOOL_CALLS,
    Finished,
    MalformedReason,
    StreamEvent,
    TextDelta,
    ToolCallsRequested,
    ToolCallStarted,
    UsageReport,
)
from desktop_chat.api.decoder import StreamDecoder, events_from_completion
from desktop_chat.api.errors import PartialAnswerError
from desktop_chat.domain import FinishReason, ToolCall


def chunk(delta: object, finish: str | None = None) -> dict[str, Any]:
    return {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def body(*chunks: object, done: bool = True) -> bytes:
    lines = [b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks]
    if done:
        lines.append(b"data: [DONE]\n\n")
    return b"".join(lines)


def decode(data: bytes, piece: int = 0) -> list[StreamEvent]:
    decoder = StreamDecoder()
    events: list[StreamEvent] = []
    step = piece or len(data) or 1
    for start in range(0, len(data), step):
        events += decoder.feed(data[start : start + step])
    events += decoder.end()
    assert decoder.failure is None, decoder.failure
    return events


def requested(events: list[StreamEvent]) -> ToolCallsRequested:
    [found] = [e for e in events if isinstance(e, ToolCallsRequested)]
    return found


def last(events: list[StreamEvent]) -> Finished:
    assert isinstance(events[-1], Finished)
    return events[-1]


def frag(index: int | None = None, id: str | None = None, name: str | None = None,
         arguments: object = None, **extra: object) -> dict[str, Any]:
    function: dict[str, Any] = {}
    if name is not None:
        function["name"] = name
    if arguments is not None:
        function["arguments"] = arguments
    out: dict[str, Any] = {**extra}
    if index is not None:
        out["index"] = index
    if id is not None:
        out["id"] = id
    out["type"] = "function"
    out["function"] = function
    return out


def openai_stream(calls: list[tuple[str, str, str]], piece: int = 4, finish: str = "tool_calls") -> bytes:
    chunks: list[object] = []
    for index, (call_id, name, arguments) in enumerate(calls):
        opening: dict[str, Any] = {"tool_calls": [frag(index, call_id, name, "")]}
        if index == 0:
            opening = {"role": "assistant", "content": None, **opening}
        chunks.append(chunk(opening))
        for start in range(0, len(arguments), piece):
            fragment = {"index": index, "function": {"arguments": arguments[start : start + piece]}}
            chunks.append(chunk({"tool_calls": [fragment]}))
    chunks.append(chunk({}, finish))
    chunks.append({"choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}})
    return body(*chunks)


def test_openai_fragments_by_index_become_one_call_with_its_events_in_order() -> None:
    events = decode(openai_stream([("call_abc", "get_current_time", '{"timezone": "Europe/Paris"}')]))
    kinds = [type(e) for e in events]
    assert kinds == [ToolCallStarted, ToolCallsRequested, UsageReport, Finished]
    assert events[0] == ToolCallStarted(0, "call_abc", "get_current_time")
    assert requested(events) == ToolCallsRequested(
        (ToolCall("call_abc", "get_current_time", '{"timezone": "Europe/Paris"}'),), ())
    assert events[-1] == Finished(FinishReason.TOOL_CALLS, "tool_calls", None)


def test_parallel_calls_keep_their_order_and_any_cut_of_the_bytes_gives_the_same() -> None:
    data = openai_stream([("call_1", "a", '{"x": 1}'), ("call_2", "b", '{"y": [1, 2, {"z": "é"}]}')], piece=3)
    whole = decode(data)
    assert requested(whole).calls == (ToolCall("call_1", "a", '{"x": 1}'),
                                      ToolCall("call_2", "b", '{"y": [1, 2, {"z": "é"}]}'))
    for piece in (1, 7, 64):
        assert decode(data, piece) == whole


def test_text_before_the_calls_stays_text() -> None:
    data = body(chunk({"role": "assistant", "content": "Let me check."}),
                chunk({"tool_calls": [frag(0, "c1", "f", "{}")]}), chunk({}, "tool_calls"))
    events = decode(data)
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["Let me check."]
    assert requested(events).calls == (ToolCall("c1", "f", "{}"),)


def test_whole_call_in_one_chunk_and_stop_instead_of_tool_calls() -> None:
    events = decode(body(chunk({"tool_calls": [frag(0, "c1", "f", '{"a": 1}')]}, "stop")))
    assert requested(events).calls == (ToolCall("c1", "f", '{"a": 1}'),)
    assert last(events).reason is FinishReason.TOOL_CALLS and last(events).raw_reason == "stop"


def test_a_cut_off_answer_keeps_length_as_its_reason() -> None:
    events = decode(body(chunk({"tool_calls": [frag(0, "c1", "f", '{"a": ')]}, "length")))
    assert requested(events).malformed[0].reason is MalformedReason.NOT_JSON
    assert last(events).reason is FinishReason.LENGTH


def test_id_and_name_repeated_in_every_fragment() -> None:
    data = body(*(chunk({"tool_calls": [frag(0, "c1", "get", part)]}) for part in ('{"q"', ': "x', '"}')),
                chunk({}, "tool_calls"))
    events = decode(data)
    assert requested(events).calls == (ToolCall("c1", "get", '{"q": "x"}'),)
    assert len([e for e in events if isinstance(e, ToolCallStarted)]) == 1


def test_no_index_one_call_per_id_and_fragments_without_id_to_the_call_before() -> None:
    data = body(chunk({"tool_calls": [frag(None, "a", "one", '{"n"')]}),
                chunk({"tool_calls": [frag(None, None, None, ": 1}")]}),
                chunk({"tool_calls": [frag(None, "b", "two", "")]}),
                chunk({"tool_calls": [frag(None, "b", None, '{"m": 2}')]}),
                chunk({}, "tool_calls"))
    calls = requested(decode(data)).calls
    assert calls == (ToolCall("a", "one", '{"n": 1}'), ToolCall("b", "two", '{"m": 2}'))


def test_no_index_and_no_id_is_call_zero_with_a_generated_id() -> None:
    data = body(chunk({"tool_calls": [{"function": {"name": "f", "arguments": '{"a"'}}]}),
                chunk({"tool_calls": [{"function": {"arguments": ": 2}"}}]}), chunk({}, "tool_calls"))
    events = decode(data)
    assert events[0] == ToolCallStarted(0, "call_0", "f")
    assert requested(events).calls == (ToolCall("call_0", "f", '{"a": 2}'),)


def test_parallel_calls_all_under_index_zero_are_told_apart() -> None:
    with_ids = body(chunk({"tool_calls": [frag(0, "a", "f", '{"c": "Paris"}')]}),
                    chunk({"tool_calls": [frag(0, "b", "f", '{"c": "Tokyo"}')]}), chunk({}, "tool_calls"))
    assert [c.id for c in requested(decode(with_ids)).calls] == ["a", "b"]
    without_ids = body(chunk({"tool_calls": [frag(0, None, "f", '{"c": "Paris"}')]}),
                       chunk({"tool_calls": [frag(0, None, "f", '{"c": "Tokyo"}')]}), chunk({}, "tool_calls"))
    calls = requested(decode(without_ids)).calls
    assert [c.arguments for c in calls] == ['{"c": "Paris"}', '{"c": "Tokyo"}']
    assert len({c.id for c in calls}) == 2


def test_arguments_as_an_object_and_empty_arguments() -> None:
    data = body(chunk({"tool_calls": [frag(0, "a", "f", {"x": "é"}), frag(1, "b", "g", "  ")]}),
                chunk({}, "tool_calls"))
    assert requested(decode(data)).calls == (ToolCall("a", "f", '{"x": "é"}'), ToolCall("b", "g", "{}"))


def test_legacy_function_call_streamed_and_whole() -> None:
    data = body(chunk({"function_call": {"name": "f", "arguments": ""}}),
                chunk({"function_call": {"arguments": '{"k": true}'}}), chunk({}, "function_call"))
    events = decode(data)
    assert requested(events).calls == (ToolCall("call_0", "f", '{"k": true}'),)
    assert last(events).reason is FinishReason.TOOL_CALLS
    whole = events_from_completion(json.dumps({"choices": [{"message": {
        "role": "assistant", "content": None, "function_call": {"name": "f", "arguments": "{}"}},
        "finish_reason": "function_call"}]}).encode())
    assert requested(whole).calls == (ToolCall("call_0", "f", "{}"),)


def test_whole_body_calls_each_their_own_even_without_index() -> None:
    message = {"role": "assistant", "content": "On it.", "tool_calls": [
        {"id": "x", "type": "function", "function": {"name": "f", "arguments": '{"a": 1}'}},
        {"id": "x", "type": "function", "function": {"name": "f", "arguments": '{"a": 2}'}},
        {"type": "function", "function": {"name": "g", "arguments": "nope"}}]}
    events = events_from_completion(json.dumps({"choices": [{"message": message, "finish_reason": "stop"}],
                                                "model": "m"}).encode())
    found = requested(events)
    assert [c.id for c in found.calls] == ["x", "x_2"]  # ids made unique within the answer
    assert [(m.id, m.name, m.reason) for m in found.malformed] == [("call_2", "g", MalformedReason.NOT_JSON)]
    assert isinstance(events[0], TextDelta) and events[-1] == Finished(FinishReason.TOOL_CALLS, "stop", "m")


def test_every_broken_call_is_reported_with_its_reason() -> None:
    data = body(chunk({"tool_calls": [
        frag(0, "a", None, "{}"),  # no name
        frag(1, "b", "f", '{"timezone": "Eur'),  # cut off
        frag(2, "c", "f", "[1, 2]"),  # not an object
        frag(3, "d", "f", 42),  # wrong type
        {"index": 4, "id": "e", "function": "f()"},  # function is not an object
        frag(5, "f", "f", "null"),
    ]}), chunk({}, "tool_calls"))
    found = requested(decode(data))
    assert found.calls == ()
    reason = MalformedReason
    assert [(m.id, m.reason) for m in found.malformed] == [
        ("a", reason.NO_NAME), ("b", reason.NOT_JSON), ("c", reason.NOT_AN_OBJECT),
        ("d", reason.UNREADABLE), ("e", reason.UNREADABLE), ("f", reason.NOT_AN_OBJECT)]
    assert found.malformed[1].arguments == '{"timezone": "Eur'


def test_limits_too_many_calls_and_too_long_arguments() -> None:
    many = [frag(i, f"c{i}", "f", "{}") for i in range(MAX_TOOL_CALLS + 5)]
    found = requested(decode(body(chunk({"tool_calls": many}), chunk({}, "tool_calls"))))
    assert len(found.calls) == MAX_TOOL_CALLS
    assert [m.reason for m in found.malformed] == [MalformedReason.TOO_MANY] * 5
    huge = '{"a": "' + "x" * MAX_ARGUMENTS_CHARS + '"}'
    found = requested(decode(body(chunk({"tool_calls": [frag(0, "c", "f", huge)]}), chunk({}, "tool_calls"))))
    assert found.malformed[0].reason is MalformedReason.TOO_LARGE and len(found.malformed[0].arguments) <= 200


def test_plain_text_answers_have_no_tool_events() -> None:
    events = decode(body(chunk({"content": "Hi"}), chunk({"tool_calls": []}), chunk({}, "stop")))
    assert not [e for e in events if isinstance(e, ToolCallsRequested | ToolCallStarted)]
    assert last(events).reason is FinishReason.STOP


# -- fuzzing sample (benchmarks/fuzz_tool_calls.py runs 100,000 and more) -----------------------------
JUNK = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=4), st.just([]), st.just({}))
ARGUMENT_PIECES = st.sampled_from(
    ["{", "}", '"', ":", ",", " ", '"a"', "1", "[", "]", '{"x": 1}', "null", ""]
)


@st.composite
def fragment(draw: st.DrawFn) -> object:
    if draw(st.integers(0, 20)) == 0:
        return draw(JUNK)
    out: dict[str, Any] = {}
    if draw(st.booleans()):
        out["index"] = draw(st.one_of(st.integers(0, 3), JUNK))
    if draw(st.booleans()):
        out["id"] = draw(st.one_of(st.sampled_from(["a", "b", "call_0", "call_1"]), JUNK))
    if draw(st.integers(0, 3)):
        function: dict[str, Any] = {}
        if draw(st.booleans()):
            function["name"] = draw(st.one_of(st.sampled_from(["f", "g"]), JUNK))
        if draw(st.integers(0, 3)):
            objects = st.dictionaries(st.text(max_size=2), st.integers())
            function["arguments"] = draw(st.one_of(ARGUMENT_PIECES, objects, JUNK))
        out["function"] = function if draw(st.integers(0, 15)) else draw(JUNK)
    return out


@st.composite
def delta_stream(draw: st.DrawFn) -> list[object]:
    chunks: list[object] = []
    for _ in range(draw(st.integers(0, 12))):
        delta: dict[str, Any] = {}
        if draw(st.integers(0, 4)) == 0:
            delta["content"] = draw(st.sampled_from(["Hi", "", None]))
        key = "tool_calls" if draw(st.integers(0, 6)) else "function_call"
        delta[key] = draw(st.one_of(st.lists(fragment(), max_size=3), fragment()))
        finish = draw(st.sampled_from([None, None, None, "tool_calls", "stop", "length", "function_call"]))
        chunks.append(chunk(delta, finish))
    chunks.append(chunk({}, draw(st.sampled_from(["tool_calls", "stop", "weird"]))))
    return chunks


def check_outcome(events: list[StreamEvent]) -> None:
    """Every call is complete (a name, arguments a JSON object) or reported malformed; ids unique."""
    found = [e for e in events if isinstance(e, ToolCallsRequested)]
    assert len(found) <= 1 and isinstance(events[-1], Finished)
    if found:
        ids = [c.id for c in found[0].calls] + [m.id for m in found[0].malformed]
        assert len(ids) == len(set(ids)) and all(ids)
        for call in found[0].calls:
            assert call.name and isinstance(json.loads(call.arguments), dict)
        assert all(isinstance(m.reason, MalformedReason) for m in found[0].malformed)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(delta_stream(), st.integers(1, 40))
def test_fuzz_arbitrary_delta_sequences_never_raise(chunks: list[object], piece: int) -> None:
    data = body(*chunks)
    decoder = StreamDecoder()
    events: list[StreamEvent] = []
    try:
        for start in range(0, len(data), piece):
            events += decoder.feed(data[start : start + piece])
        events += decoder.end()
    except PartialAnswerError:
        return  # a documented outcome (a chunk the decoder could not read), never a crash
    if decoder.failure is None:
        check_outcome(events)
