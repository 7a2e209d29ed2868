"""Turn the bytes of a streamed Chat Completions answer into typed events. Pure: no I/O, no clock.

Why: this is where every oddity of real gateways is absorbed, so it must be
testable byte by byte without a network, and it is the per-chunk hot path of every answer, so it
works on bytes, splits lines with C code (`bytes.splitlines`, which breaks only at CR, LF and CRLF,
never at U+2028/U+0085), decodes UTF-8 only once a whole event is assembled, and parses JSON once.

Server-Sent Events rules applied: CR, LF or CRLF end a line, even when split across reads; `:`
lines are comments; `data:` with one optional space; several `data:` lines join with "\\n"; `event:`
names an event (`error` means failure); `id:`, `retry:` and unknown fields are ignored; a blank
line dispatches. Leniency: at the end of the body a pending event or unterminated line still counts.

Use: `feed(bytes)` returns the events found; after each call look at `done` (the stream said
`[DONE]`; stop reading) and `failure` (a `StreamFailed` to raise after yielding the events).
At the end of the body call `end()`: it returns the closing events or raises `IncompleteAnswer`.
"""

from __future__ import annotations

import json
from typing import Any

from desktop_chat.api.errors import (
    IncompleteAnswer,
    StreamFailed,
    UnreadableAnswer,
    short_snippet,
    stream_failure,
)
from desktop_chat.api.events import Finished, ReasoningDelta, StreamEvent, TextDelta, UsageReport
from desktop_chat.api.think import ThinkSplitter
from desktop_chat.domain import FinishReason, Usage

MAX_TOKEN_COUNT = 2**53  # anything above (or negative, or not finite) is not a real count


def _loads(data: bytes | str) -> Any:
    """json.loads whose only failure is ValueError: deep nesting raises RecursionError otherwise."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def token_count(value: object) -> int | None:
    """A usage count as an int, or None for anything absurd (bool, text, NaN, ±inf, < 0, huge)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value or not 0 <= value <= MAX_TOKEN_COUNT:  # NaN, negative, inf, overflow
        return None
    return int(value)
_DONE = b"[DONE]"


class StreamDecoder:
    """Incremental decoder of one SSE chat stream; see the module docstring for the protocol."""

    __slots__ = (
        "_at_end",
        "_data",
        "_event",
        "_finish_raw",
        "_pending",
        "_reasoning_parts",
        "_skip_lf",
        "_splitter",
        "_text_parts",
        "_usage",
        "done",
        "failure",
        "model",
        "saw_bytes",
    )

    def __init__(self) -> None:
        self._pending = b""  # the unfinished last line
        self._skip_lf = False  # the previous read ended in CR: a leading LF belongs to it
        self._data: list[bytes] = []  # data lines of the event being assembled
        self._event: bytes | None = None  # its `event:` name
        self._splitter: ThinkSplitter | None = ThinkSplitter()  # None once content is plain text
        self._text_parts: list[str] = []
        self._reasoning_parts: list[str] = []
        self._finish_raw: str | None = None
        self._usage: dict[str, Any] | None = None
        self._at_end = False
        self.model: str | None = None
        self.done = False
        self.failure: StreamFailed | None = None
        self.saw_bytes = False

    # -- what arrived so far -------------------------------------------------------------------
    @property
    def partial_text(self) -> str:
        return "".join(self._text_parts)

    @property
    def partial_reasoning(self) -> str:
        return "".join(self._reasoning_parts)

    # -- framing ---------------------------------------------------------------------------------
    def feed(self, chunk: bytes) -> list[StreamEvent]:
        """Events completed by this read (possibly none)."""
        out: list[StreamEvent] = []
        if not chunk or self.done or self.failure is not None:
            return out
        self.saw_bytes = True
        if self._skip_lf:
            self._skip_lf = False
            if chunk[0] == 10:
                chunk = chunk[1:]
        buf = self._pending + chunk if self._pending else chunk
        end = max(buf.rfind(b"\n"), buf.rfind(b"\r"))
        if end < 0:
            self._pending = buf
            return out
        if end == len(buf) - 1:
            self._pending = b""
            if buf[end] == 13:
                self._skip_lf = True
            lines = buf.splitlines()
        else:
            self._pending = buf[end + 1 :]
            lines = buf[: end + 1].splitlines()
        self._lines(lines, out)
        return out

    def _lines(self, lines: list[bytes], out: list[StreamEvent]) -> None:
        data = self._data
        for line in lines:
            if not line:
                if data:
                    self._dispatch(out)
                    data = self._data
                    if self.done or self.failure is not None:
                        return
                else:
                    self._event = None
            elif line[:5] == b"data:":
                data.append(line[6:] if line[5:6] == b" " else line[5:])
            elif line[0] == 58:  # ":" comment / keep-alive
                continue
            else:
                name, _, value = line.partition(b":")
                if name == b"event":
                    self._event = value[1:] if value[:1] == b" " else value
                # id:, retry: and unknown fields are ignored

    def _dispatch(self, out: list[StreamEvent]) -> None:
        data = self._data
        payload = data[0] if len(data) == 1 else b"\n".join(data)
        self._data = []
        event, self._event = self._event, None
        if event is not None and event.strip().lower() == b"error":
            self._fail_with_payload(payload)
            return
        if payload == _DONE:
            self._finish(out)
            return
        try:
            obj = _loads(payload)
        except ValueError:
            if not payload.strip() or self._at_end:
                return  # blank, or the last event cut off by the end of the body: not a server error
            self._fail_with_payload(payload)
            return
        try:
            self._chunk(obj, out)
        except (AttributeError, TypeError, IndexError, KeyError, ValueError):
            self._fail(payload, unreadable=True)

    # -- chunk contents -------------------------------------------------------------------------
    def _chunk(self, obj: dict[str, Any], out: list[StreamEvent]) -> None:
        if type(obj) is not dict:
            raise TypeError("chunk is not an object")
        error = obj.get("error")
        if error is not None:
            self._fail_with_error_object(error)
            return
        choices = obj.get("choices")
        if choices:
            choice = choices[0]
            delta = choice.get("delta")
            if delta is None:
                delta = choice.get("message")
            if delta:
                reasoning = delta.get("reasoning_content") or delta.get("reasoning")
                if reasoning:
                    if type(reasoning) is not str:
                        raise TypeError("reasoning is not text")
                    self._reasoning_parts.append(reasoning)
                    out.append(ReasoningDelta(reasoning))
                content = delta.get("content")
                if content:
                    if type(content) is not str:
                        raise TypeError("content is not text")
                    if self._splitter is None:
                        self._text_parts.append(content)
                        out.append(TextDelta(content))
                    else:
                        self._content_via_splitter(content, out)
            reason = choice.get("finish_reason")
            if reason:
                self._finish_raw = str(reason)
        usage = obj.get("usage")
        if usage:
            self._merge_usage(usage)
        if self.model is None:
            model = obj.get("model")
            if model:
                self.model = str(model)

    def _content_via_splitter(self, content: str, out: list[StreamEvent]) -> None:
        splitter = self._splitter
        assert splitter is not None
        self._emit_split(*splitter.feed(content), out)
        if splitter.passthrough:
            self._splitter = None

    def _merge_usage(self, usage: dict[str, Any]) -> None:
        if type(usage) is not dict:
            return
        merged = dict(self._usage or {})
        for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
            value = token_count(usage.get(key))
            if value is not None:
                merged[key] = value
        self._usage = merged

    # -- endings --------------------------------------------------------------------------------
    def _flush_splitter(self, out: list[StreamEvent]) -> None:
        if self._splitter is not None:
            reasoning, text = self._splitter.flush()
            self._splitter = None
            self._emit_split(reasoning, text, out)

    def _emit_split(self, reasoning: str, text: str, out: list[StreamEvent]) -> None:
        """Records and emits what the <think> splitter separated."""
        if reasoning:
            self._reasoning_parts.append(reasoning)
            out.append(ReasoningDelta(reasoning))
        if text:
            self._text_parts.append(text)
            out.append(TextDelta(text))

    def _finish(self, out: list[StreamEvent]) -> None:
        self._flush_splitter(out)
        if self._usage:
            out.append(UsageReport(usage_from_dict(self._usage)))
        out.append(Finished(FinishReason.parse(self._finish_raw), self._finish_raw, self.model))
        self.done = True

    def end(self) -> list[StreamEvent]:
        """The body ended: the closing events, or `IncompleteAnswer` if the answer never finished."""
        out: list[StreamEvent] = []
        if self.done or self.failure is not None:
            return out
        self._at_end = True
        if self._pending:
            line, self._pending = self._pending, b""
            self._lines([line], out)
        if self._data and not self.done and self.failure is None:
            self._dispatch(out)
        if self.done or self.failure is not None:
            return out
        if self._finish_raw is not None:
            self._finish(out)
            return out
        self._flush_splitter(out)
        raise IncompleteAnswer(partial_text=self.partial_text, partial_reasoning=self.partial_reasoning)

    def _fail_with_payload(self, payload: bytes) -> None:
        try:
            obj = _loads(payload)
        except ValueError:
            obj = None
        if isinstance(obj, dict) and obj.get("error") is not None:
            self._fail_with_error_object(obj["error"])
        elif isinstance(obj, dict) and ("message" in obj or "code" in obj):
            self._fail_with_error_object(obj)
        else:
            self._fail(payload)

    def _fail_with_error_object(self, error: object) -> None:
        message, code = error_fields(error)
        self._fail(None, server_message=message, server_code=code)

    def _fail(
        self,
        payload: bytes | None,
        *,
        unreadable: bool = False,
        server_message: str | None = None,
        server_code: str | None = None,
    ) -> None:
        """Record the failure: the server's error (`payload` or its fields), or an unreadable event."""
        if payload is not None and server_message is None:
            server_message = short_snippet(payload.decode("utf-8", "replace"))
        self._flush_splitter([])
        if unreadable:
            self.failure = UnreadableAnswer(
                in_stream=True,
                server_message=server_message,
                partial_text=self.partial_text,
                partial_reasoning=self.partial_reasoning,
            )
            return
        self.failure = stream_failure(
            server_message=server_message,
            server_code=server_code,
            partial_text=self.partial_text,
            partial_reasoning=self.partial_reasoning,
        )


def error_fields(error: object) -> tuple[str | None, str | None]:
    """(message, code) of an OpenAI-style error object, a bare string, or anything else."""
    if isinstance(error, dict):
        message = error.get("message") or error.get("detail") or error.get("error")
        code = error.get("code") or error.get("type")
        return (None if message is None else str(message)), (None if code is None else str(code))
    if error is None:
        return None, None
    return str(error), None


def usage_from_dict(data: dict[str, Any]) -> Usage:
    """A `Usage` from the gateway's usage object; counts it left out stay None."""

    keys = ("prompt_tokens", "completion_tokens", "total_tokens")
    return Usage(*(token_count(data.get(key)) for key in keys))


def events_from_completion(body: bytes) -> list[StreamEvent]:
    """The events of a plain JSON `chat.completion` body (a server that ignored `stream: true`,
    or a non-streamed request). Raises `StreamFailed` for an error body (`ContextTooLongInStream` when
    it is about the context length), `UnreadableAnswer` for one that is not a completion."""
    try:
        obj = _loads(body)
    except ValueError:
        raise UnreadableAnswer(server_message=short_snippet(body.decode("utf-8", "replace"))) from None
    if not isinstance(obj, dict):
        raise UnreadableAnswer(server_message=short_snippet(body.decode("utf-8", "replace")))
    if obj.get("error") is not None:
        message, code = error_fields(obj["error"])
        raise stream_failure(server_message=message, server_code=code)
    out: list[StreamEvent] = []
    reasoning_parts: list[str] = []
    text_parts: list[str] = []
    finish_raw: str | None = None
    choices = obj.get("choices")
    if isinstance(choices, list) and choices and isinstance(choices[0], dict):
        choice = choices[0]
        said = choice.get("message") or choice.get("delta") or {}
        if isinstance(said, dict):
            reasoning = said.get("reasoning_content") or said.get("reasoning")
            if isinstance(reasoning, str) and reasoning:
                reasoning_parts.append(reasoning)
            content = said.get("content")
            if isinstance(content, str) and content:
                inline_reasoning, text = _split_whole(content)
                if inline_reasoning:
                    reasoning_parts.append(inline_reasoning)
                if text:
                    text_parts.append(text)
        elif isinstance(choice.get("text"), str):
            text_parts.append(choice["text"])
        raw = choice.get("finish_reason")
        finish_raw = None if raw is None else str(raw)
    elif choices is None and obj.get("usage") is None:
        raise UnreadableAnswer(server_message=short_snippet(body.decode("utf-8", "replace")))
    if reasoning_parts:
        out.append(ReasoningDelta("".join(reasoning_parts)))
    if text_parts:
        out.append(TextDelta("".join(text_parts)))
    usage = obj.get("usage")
    if isinstance(usage, dict) and usage:
        out.append(UsageReport(usage_from_dict(usage)))
    model = obj.get("model")
    out.append(Finished(FinishReason.parse(finish_raw), finish_raw, None if model is None else str(model)))
    return out


def _split_whole(content: str) -> tuple[str, str]:
    splitter = ThinkSplitter()
    reasoning, text = splitter.feed(content)
    more_reasoning, more_text = splitter.flush()
    return reasoning + more_reasoning, text + more_text
