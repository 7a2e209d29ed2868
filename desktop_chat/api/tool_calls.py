"""Assemble the tool calls of an answer from the fragments gateways send. Pure: no I/O, never raises.

Why a module of its own: a model's tool calls reach us in as many shapes as there are gateways, and
the services must get, at the end of the answer, calls they can run or a typed reason why not —
never an exception, never a call silently lost. The shapes absorbed here:

- OpenAI's: `delta.tool_calls: [{"index": 0, "id": "call_…", "type": "function", "function":
  {"name": "…", "arguments": ""}}]`, then `{"index": 0, "function": {"arguments": "{\\"ci"}}`
  fragments to concatenate; several indices are parallel calls;
- the whole call in one chunk; the id (and name) repeated in every fragment;
- no `index`: fragments with an id go to the call of that id (a new id is a new call), fragments
  without one to the call before (or the first);
- several calls under the same index (a Gemini relay's parallel calls): a fragment that names a tool
  at an index whose call already has one starts another call when its id differs, or — without ids
  to tell by — when its name differs or the call before already holds a whole JSON object;
- `arguments` as an object instead of JSON text (taken as its JSON);
- the calls of a whole (non-streamed) answer in `message.tool_calls` (`feed_whole`), and the legacy
  single `function_call` (`feed_function_call`), streamed or whole.

`result()` gives one `ToolCallsRequested`: complete calls (a name, arguments that are a JSON object
after trimming, empty arguments meaning "{}") in index order, each with a unique id (the gateway's,
else `call_<index>`), and the others as `MalformedCall`s with a `MalformedReason`. Bounded: at most
`MAX_TOOL_CALLS` calls (the next ones up to as many again are reported TOO_MANY, any beyond ignored),
`MAX_ARGUMENTS_CHARS` of arguments per call (beyond: TOO_LARGE, the rest not kept).
"""

from __future__ import annotations

import json
from typing import Any

from desktop_chat.api.events import (
    MalformedCall,
    MalformedReason,
    StreamEvent,
    ToolCallsRequested,
    ToolCallStarted,
)
from desktop_chat.domain import ToolCall

MAX_TOOL_CALLS = 64
MAX_ARGUMENTS_CHARS = 1_000_000
MAX_LABEL_CHARS = 256  # an id or name longer than this is not a real one
EXCERPT_CHARS = 200  # of a malformed call's arguments, kept to show and log
_TRACKED_CALLS = 2 * MAX_TOOL_CALLS  # calls over the limit are still reported, up to this many in all


class _Call:
    """One call being assembled."""

    __slots__ = ("id", "index", "name", "over_limit", "parts", "size", "too_large", "unreadable")

    def __init__(self, index: int, call_id: str | None, over_limit: bool) -> None:
        self.index = index
        self.id = call_id
        self.name: str | None = None
        self.parts: list[str] = []
        self.size = 0
        self.too_large = False
        self.unreadable = False
        self.over_limit = over_limit

    def add(self, text: str) -> None:
        if self.over_limit or self.too_large:
            return
        self.size += len(text)
        if self.size > MAX_ARGUMENTS_CHARS:
            self.too_large = True
            self.parts = ["".join(self.parts)[:EXCERPT_CHARS]]  # let go of the megabytes
            return
        self.parts.append(text)

    def holds_whole_object(self) -> bool:
        """Whether the arguments so far are already a complete JSON object (cheap test first)."""
        if self.too_large or not self.parts:
            return False
        text = "".join(self.parts).strip()
        if not text.endswith("}"):
            return False
        return isinstance(_json_object(text), dict)


def _json_object(text: str) -> object:
    """`json.loads(text)`, or None when it is not JSON (deep nesting included)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _label(value: object) -> tuple[str | None, bool]:
    """(an id or name, or None when absent) and whether it was unreadable (a wrong type, too long)."""
    if value is None:
        return None, False
    if type(value) is not str:
        return None, True
    if not value:
        return None, False
    if len(value) > MAX_LABEL_CHARS:
        return None, True
    return value, False


class ToolCallAssembler:
    """Collects the tool-call fragments of one answer; see the module docstring."""

    __slots__ = ("_by_id", "_calls", "_last", "_top", "ignored")

    def __init__(self) -> None:
        self._calls: dict[int, _Call] = {}
        self._by_id: dict[str, _Call] = {}
        self._last: _Call | None = None
        self._top = -1  # the highest index in use
        self.ignored = 0  # fragments that were not about any call, or calls beyond every limit

    @property
    def empty(self) -> bool:
        return not self._calls

    # -- input -------------------------------------------------------------------------------
    def feed(self, fragments: object, out: list[StreamEvent]) -> None:
        """A streamed `delta.tool_calls` value (a list of fragments; a lone object is taken as one)."""
        if type(fragments) is dict:
            fragments = [fragments]
        elif type(fragments) is not list:
            self.ignored += 1
            return
        for fragment in fragments:
            self._fragment(fragment, out, whole=False)

    def feed_whole(self, calls: object, out: list[StreamEvent]) -> None:
        """`message.tool_calls` of a whole answer: every entry is a call of its own."""
        if type(calls) is dict:
            calls = [calls]
        elif type(calls) is not list:
            self.ignored += 1
            return
        for call in calls:
            self._fragment(call, out, whole=True)

    def feed_function_call(self, value: object, out: list[StreamEvent], *, whole: bool = False) -> None:
        """The legacy `function_call` ({"name", "arguments"}): one call, its arguments in fragments."""
        self._fragment({"function": value}, out, whole=whole)

    def _fragment(self, fragment: object, out: list[StreamEvent], *, whole: bool) -> None:
        if type(fragment) is not dict:
            self.ignored += 1
            return
        raw_index = fragment.get("index")
        index = raw_index if type(raw_index) is int and raw_index >= 0 else None
        call_id, bad_id = _label(fragment.get("id"))
        function = fragment.get("function")
        unreadable = bad_id
        if function is None:
            function = {}
        elif type(function) is not dict:
            function, unreadable = {}, True
        name, bad_name = _label(function.get("name"))
        unreadable = unreadable or bad_name
        arguments = function.get("arguments")
        call = self._open(self._top + 1, call_id) if whole else self._find(index, call_id, name)
        if call is None:
            return
        if call_id is not None and call.id is None:
            call.id = call_id
            self._by_id.setdefault(call_id, call)
        if name is not None and call.name is None:
            call.name = name
            if not call.over_limit:
                out.append(ToolCallStarted(call.index, call.id or f"call_{call.index}", name))
        if unreadable:
            call.unreadable = True
        if arguments is not None:
            if type(arguments) is str:
                if arguments:
                    call.add(arguments)
            elif type(arguments) is dict or type(arguments) is list:
                try:
                    call.add(json.dumps(arguments, ensure_ascii=False))
                except (ValueError, TypeError, RecursionError):
                    call.unreadable = True
            else:
                call.unreadable = True
        self._last = call

    def _find(self, index: int | None, call_id: str | None, name: str | None) -> _Call | None:
        """The call a streamed fragment belongs to, opening a new one when it starts one."""
        if index is not None:
            call = self._calls.get(index)
            if call is None:
                known = self._by_id.get(call_id) if call_id is not None else None
                return known if known is not None else self._open(index, call_id)
            if self._starts_another(call, call_id, name):
                return self._open(self._top + 1, call_id)
            return call
        if call_id is not None:
            known = self._by_id.get(call_id)
            if known is not None:
                return known
            last = self._last
            if last is not None and last.id is None and (name is None or last.name is None):
                return last  # the id of the call before, arriving late
            return self._open(self._top + 1, call_id)
        last = self._last
        if last is None:
            return self._open(0, None)
        if self._starts_another(last, None, name):
            return self._open(self._top + 1, None)
        return last

    @staticmethod
    def _starts_another(call: _Call, call_id: str | None, name: str | None) -> bool:
        if name is None or call.name is None:
            return False  # no name, or the name of this call arriving
        if call_id is not None and call.id is not None:
            return call_id != call.id
        return name != call.name or call.holds_whole_object()

    def _open(self, index: int, call_id: str | None) -> _Call | None:
        if len(self._calls) >= _TRACKED_CALLS:
            self.ignored += 1
            return None
        call = _Call(index, call_id, over_limit=len(self._calls) >= MAX_TOOL_CALLS)
        self._calls[index] = call
        if index > self._top:
            self._top = index
        if call_id is not None:
            self._by_id.setdefault(call_id, call)
        return call

    # -- output ------------------------------------------------------------------------------
    def result(self) -> ToolCallsRequested | None:
        """The calls of the answer (None when it made none)."""
        if not self._calls:
            return None
        calls: list[ToolCall] = []
        malformed: list[MalformedCall] = []
        used: set[str] = set()
        for index in sorted(self._calls):
            call = self._calls[index]
            call_id = _unique(call.id or f"call_{index}", used)
            text = "".join(call.parts)
            reason: MalformedReason | None = None
            arguments = text.strip() or "{}"
            if call.over_limit:
                reason = MalformedReason.TOO_MANY
            elif call.unreadable:
                reason = MalformedReason.UNREADABLE
            elif call.name is None:
                reason = MalformedReason.NO_NAME
            elif call.too_large:
                reason = MalformedReason.TOO_LARGE
            else:
                parsed = _json_object(arguments)
                if parsed is None and arguments != "null":
                    reason = MalformedReason.NOT_JSON
                elif not isinstance(parsed, dict):
                    reason = MalformedReason.NOT_AN_OBJECT
            if reason is None:
                calls.append(ToolCall(call_id, call.name or "", arguments))
            else:
                malformed.append(
                    MalformedCall(index, call_id, call.name or "", text[:EXCERPT_CHARS], reason)
                )
        return ToolCallsRequested(tuple(calls), tuple(malformed))


def _unique(call_id: str, used: set[str]) -> str:
    """`call_id`, or `call_id_2`, `_3`… when an earlier call of the answer already has it."""
    candidate, number = call_id, 1
    while candidate in used:
        number += 1
        candidate = f"{call_id}_{number}"
    used.add(candidate)
    return candidate


def tool_calls_of(message: dict[str, Any], out: list[StreamEvent]) -> ToolCallsRequested | None:
    """The calls of a whole answer's `message` (its `tool_calls`, or a legacy `function_call`),
    with a `ToolCallStarted` per named call appended to `out`; None when it made none."""
    calls = message.get("tool_calls")
    function_call = message.get("function_call")
    if not calls and not function_call:
        return None
    assembler = ToolCallAssembler()
    if calls:
        assembler.feed_whole(calls, out)
    if function_call:
        assembler.feed_function_call(function_call, out, whole=True)
    return assembler.result()
