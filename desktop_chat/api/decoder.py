"""Turn the bytes of a streamed Chat Completions answer into typed events. Pure: no I/O, no clock.

Why: this is where every oddity of real gateways is absorbed, so it must be
testable byte by byte without a network, and it is the per-chunk hot path of every answer, so it
works on bytes, splits lines with C code (`bytes.splitlines`, which breaks only at CR, LF and CRLF,
never at U+2028/U+0085), decodes UTF-8 only once a whole event is assembled, and parses JSON once.

Server-Sent Events rules applied: CR, LF or CRLF end a line, even when split across reads; `:`
lines are comments; `data:` with one optional space; several `data:` lines join with "\\n"; `event:`
names an event (`error` means failure); `id:`, `retry:` and unknown fields are ignored; a blank
line dispatches. Leniency: at the end of the body a pending event or unterminated line still counts.

Tool calls (`delta.tool_calls`, the legacy `function_call`; `message.tool_calls` of a whole body) go
to a `ToolCallAssembler` (tool_calls.py): `ToolCallStarted` as each call is named, one
`ToolCallsRequested` before `UsageReport`/`Finished`, whose reason is then TOOL_CALLS (also when the
gateway said "stop"). A lone `{"content": …}` delta — the hot path — never looks for them.

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
from desktop_chat.api.events import (
    AnswerImage,
    Finished,
    ReasoningDelta,
    StreamEvent,
    TextDelta,
    UsageReport,
)
from desktop_chat.api.images_out import (
    IMAGE_PART_TYPES,
    TEXT_PART_TYPES,
    MarkdownImages,
    image_from_entry,
    images_from_list,
)
from desktop_chat.api.think import ThinkSplitter
from desktop_chat.api.tool_calls import ToolCallAssembler, tool_calls_of
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
        "_bang",
        "_data",
        "_event",
        "_finish_raw",
        "_markdown",
        "_markdown_busy",
        "_pending",
        "_reasoning_parts",
        "_skip_lf",
        "_splitter",
        "_text_parts",
        "_tools",
        "_usage",
        "done",
        "failure",
        "images_dropped",
        "model",
        "saw_bytes",
    )

    def __init__(self) -> None:
        self._pending = b""  # the unfinished last line
        self._skip_lf = False  # the previous read ended in CR: a leading LF belongs to it
        self._data: list[bytes] = []  # data lines of the event being assembled
        self._event: bytes | None = None  # its `event:` name
        self._splitter: ThinkSplitter | None = ThinkSplitter()  # None once content is plain text
        self._markdown = MarkdownImages()  # reads `![…](data:…)` pictures out of the text
        self._markdown_busy = False  # something is held back (by it, or `_bang`): text goes through `_text`
        self._bang = False  # the text so far ended in "!", not yet emitted: is it the start of "!["?
        self._text_parts: list[str] = []
        self._reasoning_parts: list[str] = []
        self._finish_raw: str | None = None
        self._usage: dict[str, Any] | None = None
        self._tools: ToolCallAssembler | None = None  # made when the first tool-call fragment arrives
        self._at_end = False
        self.model: str | None = None
        self.done = False
        self.failure: StreamFailed | None = None
        self.saw_bytes = False
        self.images_dropped = 0  # pictures in the answer that could not be read (see images_out)

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
                    if type(content) is str:
                        if (
                            self._splitter is None
                            and not self._markdown_busy
                            and "![" not in content
                            and content[-1] != "!"
                        ):  # the hot path: plain answer text
                            self._text_parts.append(content)
                            out.append(TextDelta(content))
                        else:
                            self._content(content, out)
                    elif type(content) is list:
                        self._content_parts(content, out)
                    else:
                        raise TypeError("content is not text")
                if content is None or len(delta) > 1:  # a lone {"content": …}: no picture, no call
                    images = delta.get("images")
                    if images:
                        self._images(images, out)
                    image = delta.get("image")
                    if image:
                        self._images([image], out)
                    tool_calls = delta.get("tool_calls")
                    function_call = delta.get("function_call")
                    if tool_calls or function_call:
                        tools = self._tools
                        if tools is None:
                            tools = self._tools = ToolCallAssembler()
                        if tool_calls:
                            tools.feed(tool_calls, out)
                        if function_call:
                            tools.feed_function_call(function_call, out)
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

    def _content(self, content: str, out: list[StreamEvent]) -> None:
        """A piece of `content` text: through the <think> splitter while it is needed, then as text."""
        splitter = self._splitter
        if splitter is None:
            self._text(content, out)
            return
        self._emit_split(*splitter.feed(content), out)
        if splitter.passthrough:
            self._splitter = None

    def _text(self, text: str, out: list[StreamEvent]) -> None:
        """Answer text: as it is, unless it may hold a Markdown data-URL image (from `![` on)."""
        if self._bang:
            self._bang = self._markdown_busy = False
            text = "!" + text
        elif self._markdown_busy:
            self._markdown_feed(text, out)
            return
        if "![" in text:
            self._markdown_feed(text, out)
            return
        if text[-1] == "!":  # perhaps the start of "![": hold back only the "!" (cheaply)
            text = text[:-1]
            self._bang = self._markdown_busy = True
            if not text:
                return
        self._text_parts.append(text)
        out.append(TextDelta(text))

    def _markdown_feed(self, text: str, out: list[StreamEvent]) -> None:
        markdown = self._markdown
        self._markdown_out(markdown.feed(text), out)
        self._markdown_busy = not markdown.idle  # once nothing is held, plain text is fast again

    def _markdown_out(self, pieces: list[str | AnswerImage], out: list[StreamEvent]) -> None:
        markdown = self._markdown
        self.images_dropped += markdown.dropped
        markdown.dropped = 0
        for piece in pieces:
            if type(piece) is str:
                self._text_parts.append(piece)
                out.append(TextDelta(piece))
            else:
                out.append(piece)  # type: ignore[arg-type]  # ImageReceived | RemoteImage

    def _content_parts(self, parts: list[Any], out: list[StreamEvent]) -> None:
        """`content` as a list of parts: text parts go on as text, image parts become pictures."""
        for part in parts:
            if type(part) is str:
                if part:
                    self._content(part, out)
                continue
            if type(part) is not dict:
                continue
            kind = part.get("type")
            if kind is not None and type(kind) is not str:
                continue
            text = part.get("text")
            if (kind in TEXT_PART_TYPES or kind is None) and type(text) is str:
                if text:
                    self._content(text, out)
            elif kind in IMAGE_PART_TYPES:
                self._images([part], out)

    def _images(self, value: object, out: list[StreamEvent]) -> None:
        found, dropped = images_from_list(value)
        self.images_dropped += dropped
        out.extend(found)

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
        """The end of the answer: what the <think> splitter and the Markdown reader still hold."""
        if self._splitter is not None:
            reasoning, text = self._splitter.flush()
            self._splitter = None
            self._emit_split(reasoning, text, out)
        if self._bang:
            self._bang = self._markdown_busy = False
            self._text_parts.append("!")
            out.append(TextDelta("!"))
        elif self._markdown_busy:
            self._markdown_busy = False
            self._markdown_out(self._markdown.flush(), out)

    def _emit_split(self, reasoning: str, text: str, out: list[StreamEvent]) -> None:
        """Records and emits what the <think> splitter separated."""
        if reasoning:
            self._reasoning_parts.append(reasoning)
            out.append(ReasoningDelta(reasoning))
        if text:
            self._text(text, out)

    def _finish(self, out: list[StreamEvent]) -> None:
        self._flush_splitter(out)
        reason = FinishReason.parse(self._finish_raw)
        if self._tools is not None:
            requested = self._tools.result()
            if requested is not None:
                out.append(requested)
                reason = reason_with_calls(reason)
        if self._usage:
            out.append(UsageReport(usage_from_dict(self._usage)))
        out.append(Finished(reason, self._finish_raw, self.model))
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


def reason_with_calls(reason: FinishReason | None) -> FinishReason | None:
    """The finish reason of an answer that made tool calls: TOOL_CALLS, also when the gateway said
    "stop", "function_call" or nothing (some do); a cut-off (LENGTH) or a filter keeps its reason."""
    if reason in (FinishReason.LENGTH, FinishReason.CONTENT_FILTER):
        return reason
    return FinishReason.TOOL_CALLS


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
    said_parts: list[str | AnswerImage] = []  # the answer's text and pictures, in order
    markdown = MarkdownImages()
    finish_raw: str | None = None
    started: list[StreamEvent] = []
    requested = None
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
                said_parts += markdown.feed(text)
            elif isinstance(content, list):
                said_parts += _whole_parts(content, markdown)
            said_parts += markdown.flush()
            for key in ("images", "image"):
                if said.get(key):
                    said_parts += images_from_list(said[key])[0]
            requested = tool_calls_of(said, started)
        elif isinstance(choice.get("text"), str):
            said_parts.append(choice["text"])
        raw = choice.get("finish_reason")
        finish_raw = None if raw is None else str(raw)
    elif choices is None and obj.get("usage") is None:
        raise UnreadableAnswer(server_message=short_snippet(body.decode("utf-8", "replace")))
    if reasoning_parts:
        out.append(ReasoningDelta("".join(reasoning_parts)))
    text_run: list[str] = []
    for part in said_parts:
        if isinstance(part, str):
            text_run.append(part)
            continue
        if text_run:
            out.append(TextDelta("".join(text_run)))
            text_run = []
        out.append(part)
    if "".join(text_run):
        out.append(TextDelta("".join(text_run)))
    reason = FinishReason.parse(finish_raw)
    if requested is not None:
        out += started
        out.append(requested)
        reason = reason_with_calls(reason)
    usage = obj.get("usage")
    if isinstance(usage, dict) and usage:
        out.append(UsageReport(usage_from_dict(usage)))
    model = obj.get("model")
    out.append(Finished(reason, finish_raw, None if model is None else str(model)))
    return out


def _split_whole(content: str) -> tuple[str, str]:
    splitter = ThinkSplitter()
    reasoning, text = splitter.feed(content)
    more_reasoning, more_text = splitter.flush()
    return reasoning + more_reasoning, text + more_text


def _whole_parts(parts: list[Any], markdown: MarkdownImages) -> list[str | AnswerImage]:
    """The text and pictures of a whole answer's `content` list of parts, in order."""
    found: list[str | AnswerImage] = []
    for part in parts:
        if isinstance(part, str):
            found += markdown.feed(part)
        elif isinstance(part, dict):
            kind, text = part.get("type"), part.get("text")
            if kind is not None and not isinstance(kind, str):
                continue
            if (kind in TEXT_PART_TYPES or kind is None) and isinstance(text, str):
                found += markdown.feed(text)
            elif kind in IMAGE_PART_TYPES:
                image = image_from_entry(part)
                if image is not None:
                    found.append(image)
    return found
