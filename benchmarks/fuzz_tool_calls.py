"""Fuzz the assembly of tool calls: Hypothesis over arbitrary delta sequences through the decoder.

Why: a model's tool calls arrive in fragments whose shape each gateway chooses — indices, ids and
names present or not, arguments cut anywhere, wrong types, interleaved calls, any finish reason —
and whatever arrives, the services must get calls they can run or calls reported malformed, never
an exception. Each example is a byte string Hypothesis draws (so it can shrink a failure to a small
one), read as a sequence of decisions that build a stream of `delta.tool_calls` / `function_call`
chunks (and, one example in four, a whole `chat.completion` body with `message.tool_calls`); the
stream is fed to `StreamDecoder` cut into pieces of a drawn size.

Checked for every example: no exception but the documented `PartialAnswerError`s; at most one
`ToolCallsRequested`, before `Finished`; every call has a name and arguments that parse to a JSON
object; every malformed one has a `MalformedReason`; ids are unique and never empty. Prints the
outcomes (calls, each malformed reason, unreadable chunks), examples per second and the slowest
example; exits 1 on any failure (Hypothesis shows the smallest input that fails).

    .venv/bin/python benchmarks/fuzz_tool_calls.py [--count 100000]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from desktop_chat.api import Finished, StreamEvent, ToolCallsRequested  # noqa: E402
from desktop_chat.api.decoder import StreamDecoder, events_from_completion  # noqa: E402
from desktop_chat.api.errors import PartialAnswerError  # noqa: E402

JUNK: tuple[object, ...] = (None, True, False, 0, 1, -1, 2.5, "", "x", [], {}, [1], {"a": 1})
IDS: tuple[object, ...] = ("a", "b", "call_0", "call_1", "call_0_2", "", 7, None)
NAMES: tuple[object, ...] = ("get_current_time", "f", "g", "", None, 3, ["f"], "x" * 300)
INDICES: tuple[object, ...] = (0, 1, 2, 3, 0, 1, 64, -1, "0", None, True, 2**40)
PIECES: tuple[object, ...] = ('{', '}', '"', ':', ',', ' ', '"timezone"', '"Europe/Paris"', '1', '[', ']',
                              '{"x": 1}', "null", "", "\\", "\\u00e9", "é", '{"a": {"b": [', "]}}", "  ")
CONTENTS: tuple[object, ...] = ("Hi", "", None, "![", "<think>", 5)
FINISHES: tuple[object, ...] = (None, None, None, "tool_calls", "stop", "length", "function_call", "weird", 1)


class Decisions:
    """Reads a drawn byte string as a sequence of small choices; once it runs out, the choices go on
    from a generator seeded with it (so a short draw still makes a rich stream, the same every time)."""

    __slots__ = ("at", "data", "more")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0
        self.more = random.Random(data)

    def number(self, high: int) -> int:
        if self.at >= len(self.data):
            return self.more.randint(0, high)
        value = self.data[self.at]
        self.at += 1
        return value % (high + 1)

    def pick(self, options: tuple[object, ...]) -> object:
        return options[self.number(len(options) - 1)]


def fragment(d: Decisions) -> object:
    if d.number(20) == 0:
        return d.pick(JUNK)
    out: dict[str, Any] = {}
    if d.number(1):
        out["index"] = d.pick(INDICES)
    if d.number(1):
        out["id"] = d.pick(IDS)
    if d.number(3):
        out["type"] = d.pick(("function", "function", "custom", None))
    if d.number(3):
        function: dict[str, Any] = {}
        if d.number(1):
            function["name"] = d.pick(NAMES)
        if d.number(3):
            kind = d.number(9)
            if kind == 0:
                function["arguments"] = d.pick(JUNK)
            elif kind == 1:
                function["arguments"] = {"k": d.pick(PIECES)}
            else:
                function["arguments"] = "".join(str(d.pick(PIECES)) for _ in range(d.number(4)))
        out["function"] = function if d.number(15) else d.pick(JUNK)
    return out


def planned(d: Decisions) -> list[object]:
    """Real calls (an id or not, a name, JSON-object arguments) cut into fragments the way some
    gateway would — with or without index and id, repeated or not — interleaved, a few spoiled."""
    streams: list[list[dict[str, Any]]] = []
    with_index, repeat_id, with_id = d.number(3) != 0, d.number(2) == 0, d.number(4) != 0
    for number in range(1 + d.number(2)):
        keys = ("timezone", "city", "q")
        arguments = json.dumps({str(d.pick(keys)): d.pick(PIECES) for _ in range(d.number(2))})
        size = 1 + d.number(9)
        pieces = [arguments[i : i + size] for i in range(0, len(arguments), size)] or [""]
        fragments: list[dict[str, Any]] = []
        for position, piece in enumerate(pieces):
            fragment_: dict[str, Any] = {"function": {"arguments": piece}}
            if with_index:
                fragment_["index"] = number
            if with_id and (position == 0 or repeat_id):
                fragment_["id"] = f"call_{number}{d.pick(('', 'x'))}"
            if position == 0:
                fragment_["type"] = "function"
                fragment_["function"]["name"] = d.pick(("get_current_time", "f", "g"))
            if d.number(11) == 0:  # spoil it
                fragment_[str(d.pick(("index", "id", "function")))] = d.pick(JUNK)
            fragments.append(fragment_)
        streams.append(fragments)
    out: list[object] = []
    while any(streams):
        live = [s for s in streams if s]
        out.append(live[d.number(len(live) - 1)].pop(0) if d.number(2) else live[0].pop(0))
    return out


def build(d: Decisions) -> tuple[bool, list[object], int]:
    """(whole body?, the chunks — or, for a whole body, one message's tool_calls —, piece size)."""
    whole = d.number(3) == 0
    chunks: list[object] = []
    if d.number(1):
        for item in planned(d):
            chunks.append({"choices": [{"index": 0, "delta": {"tool_calls": [item]}, "finish_reason": None}]})
    for _ in range(d.number(6)):
        delta: dict[str, Any] = {}
        if d.number(4) == 0:
            delta["content"] = d.pick(CONTENTS)
        if d.number(6) == 0:
            delta["role"] = "assistant"
        key = "tool_calls" if d.number(6) else "function_call"
        shape = d.number(5)
        if shape == 0:
            delta[key] = fragment(d)
        elif shape == 1:
            delta[key] = d.pick(JUNK)
        else:
            delta[key] = [fragment(d) for _ in range(d.number(3))]
        chunks.append({"choices": [{"index": 0, "delta": delta, "finish_reason": d.pick(FINISHES)}]})
    chunks.append({"choices": [{"index": 0, "delta": {}, "finish_reason": d.pick(FINISHES[3:])}]})
    return whole, chunks, 1 + d.number(40)


def sse(chunks: list[object]) -> bytes:
    return b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks) + b"data: [DONE]\n\n"


def whole_body(chunks: list[object]) -> bytes:
    calls: list[object] = []
    for chunk in chunks[:-1]:
        delta = chunk["choices"][0]["delta"]  # type: ignore[index]
        value = delta.get("tool_calls")
        calls += value if isinstance(value, list) else [value]
    message = {"role": "assistant", "content": None, "tool_calls": calls}
    return json.dumps({"choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}]}).encode()


def check(events: list[StreamEvent], tally: collections.Counter[str]) -> None:
    found = [e for e in events if isinstance(e, ToolCallsRequested)]
    assert len(found) <= 1, "more than one ToolCallsRequested"
    assert isinstance(events[-1], Finished), "Finished is not last"
    if not found:
        tally["answers without calls"] += 1
        return
    assert events.index(found[0]) < len(events) - 1
    requested = found[0]
    ids = [c.id for c in requested.calls] + [m.id for m in requested.malformed]
    assert all(ids) and len(ids) == len(set(ids)), f"ids not unique: {ids}"
    for call in requested.calls:
        assert call.name, "a complete call without a name"
        assert isinstance(json.loads(call.arguments), dict), f"arguments not an object: {call.arguments!r}"
        tally["complete calls"] += 1
    for bad in requested.malformed:
        tally[f"malformed: {bad.reason.value}"] += 1


def one(data: bytes, tally: collections.Counter[str]) -> None:
    whole, chunks, piece = build(Decisions(data))
    try:
        if whole:
            events = events_from_completion(whole_body(chunks))
        else:
            body = sse(chunks)
            decoder = StreamDecoder()
            events = []
            for start in range(0, len(body), piece):
                events += decoder.feed(body[start : start + piece])
            events += decoder.end()
            if decoder.failure is not None:
                tally["unreadable chunk (StreamFailed)"] += 1
                return
    except PartialAnswerError as exc:  # documented outcomes: an unreadable chunk or body
        tally[f"documented error: {type(exc).__name__}"] += 1
        return
    check(events, tally)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="examples to run (default 100,000)")
    parser.add_argument("--replay", metavar="HEX", help="run one example again (as printed for the slowest)")
    args = parser.parse_args()
    tally: collections.Counter[str] = collections.Counter()
    if args.replay is not None:
        started = time.perf_counter()
        one(bytes.fromhex(args.replay), tally)
        print(f"{(time.perf_counter() - started) * 1000:.2f} ms: {dict(tally)}")
        return 0
    slowest = (0.0, b"")
    examples = 0

    @settings(max_examples=args.count, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink])
    @given(st.binary(max_size=400))
    def run(data: bytes) -> None:
        nonlocal examples, slowest
        examples += 1
        started = time.perf_counter()
        one(data, tally)
        took = time.perf_counter() - started
        if took > slowest[0]:
            slowest = (took, data)

    started = time.perf_counter()
    try:
        run()
    except Exception as exc:  # Hypothesis has printed the smallest failing example
        print(f"FAILED after {examples:,} examples: {type(exc).__name__}: {exc}")
        return 1
    took = time.perf_counter() - started
    print(f"{examples:,} delta sequences in {took:.1f} s ({examples / took:,.0f}/s, Hypothesis included); "
          "no unhandled exception, every call complete or reported malformed")
    for name, count in sorted(tally.items()):
        print(f"  {name:<40} {count:>10,}")
    replay = slowest[1].hex() or "''"
    again = time.perf_counter()
    one(slowest[1], collections.Counter())
    again = time.perf_counter() - again  # a slow example may be the machine's pause, not the decoder's
    print(f"  slowest example: {slowest[0] * 1000:.2f} ms, run again: {again * 1000:.2f} ms "
          f"(--replay {replay})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
