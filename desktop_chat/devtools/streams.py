"""Streamed answers of the simulator: `text/event-stream` bodies with every framing oddity on demand.

Why: real gateways frame Server-Sent Events in many ways (CR/LF/CRLF, comments, `data:` without a
space, one event over several `data:` lines, empty `choices`, usage anywhere, reasoning fields,
inline `<think>`), and end them well or badly. This module writes those bytes, piece by piece,
with the pauses that give a token rate. Pure: the server plays what it yields.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

from desktop_chat.devtools import answers, attachments, token_rule
from desktop_chat.devtools.replies import DROP, ChatContext, Pause, Piece, Reply, Spec


class _Chunks:
    """Builds the `data:` lines of one streamed answer."""

    def __init__(self, model: str, eol: bytes, compact: bool = True) -> None:
        self.model = model
        self.eol = eol
        self.created = int(time.time())
        self.id = f"chatcmpl-sim{self.created}"
        self.separators = (",", ":") if compact else (", ", ": ")

    def obj(
        self,
        delta: dict[str, Any] | None,
        finish: str | None = None,
        usage: dict[str, int] | None = None,
        *,
        empty_choices: bool = False,
    ) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
        }
        out["choices"] = (
            [] if empty_choices else [{"index": 0, "delta": delta or {}, "finish_reason": finish}]
        )
        if usage is not None:
            out["usage"] = usage
        return out

    def data(self, obj: object) -> bytes:
        # raw UTF-8, as real gateways send it: multi-byte characters and U+2028 travel unescaped
        payload = (
            obj
            if isinstance(obj, bytes)
            else json.dumps(obj, separators=self.separators, ensure_ascii=False).encode()
        )
        return b"data: " + payload + self.eol + self.eol

    def chunk(
        self,
        delta: dict[str, Any] | None,
        finish: str | None = None,
        usage: dict[str, int] | None = None,
        *,
        empty_choices: bool = False,
    ) -> bytes:
        return self.data(self.obj(delta, finish, usage, empty_choices=empty_choices))


def stream_reply(spec: Spec, ctx: ChatContext) -> Reply:
    """A `text/event-stream` answer, with the oddities the spec asks for."""
    eol = {"lf": b"\n", "crlf": b"\r\n", "cr": b"\r"}[
        spec.text("eol", "crlf" if spec.name == "messy" else "lf")
    ]
    split = int(spec.num("split", 0))
    reply = Reply(
        content_type="text/event-stream; charset=utf-8",
        stream=None,
        headers=[("Cache-Control", "no-cache")],
        header_delay=spec.num("header_delay", 0),
        split=split,
    )
    reply.stream = _stream_pieces(spec, ctx, _Chunks(ctx.model, eol, compact=spec.name != "messy"))
    return reply


def answer_text(spec: Spec, ctx: ChatContext) -> str:
    if "text" in spec.params:
        text = spec.params["text"]
    else:
        messages = ctx.payload.get("messages")
        text = answers.side_answer(messages) or _echo_with_attachments(messages, ctx.model)
    if spec.name == "messy":
        text += "\n\nUnicode check: café — 🙂 — 中文 — a line\u2028separator and a next\u0085line."
    return text


def _echo_with_attachments(messages: object, model: str) -> str:
    """The echo of the last user message; when it has attachments, first what they are
    ("1 image 1280×720 PNG, 1 document of 2,314 words:"), and the echo quotes only the typed text."""
    content = answers.last_user_content(messages)
    typed = attachments.text_of(content)
    documents = attachments.documents_in(typed)
    note = attachments.describe(attachments.images_of(content), documents)
    echo = answers.echo_answer(attachments.without_documents(typed) if documents else typed, model)
    return f"{note}:\n\n{echo}" if note else echo


def usage_for(ctx: ChatContext, written: str) -> dict[str, int]:
    """The usage the simulator reports, by its token rule (`token_rule.py`): the request's messages,
    and everything the reply wrote (`written`: reasoning, as real gateways count it, and answer)."""
    prompt = token_rule.count_prompt(_messages(ctx))
    completion = token_rule.count_text(written)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _messages(ctx: ChatContext) -> list[object]:
    messages = ctx.payload.get("messages")
    return messages if isinstance(messages, list) else []


def _stream_pieces(spec: Spec, ctx: ChatContext, c: _Chunks) -> Iterator[Piece]:
    name = spec.name
    tps = spec.num("tps", ctx.default_tps)
    gap = Pause(1.0 / tps) if tps > 0 else None
    first_delay = spec.num("first_delay", 3600.0 if name == "silent" else 0.0)
    base = answers.tokens(answer_text(spec, ctx))
    count = int(spec.num("chunks", len(base)))
    content = list(answers.cycle_tokens(base, count)) if count != len(base) else base
    reasoning_mode = (
        spec.text("field", "reasoning_content")
        if (name == "reasoning" or (name == "default" and ctx.model.startswith("deepseek-ai/")))
        else None
    )
    messy = name == "messy"

    if messy:
        yield b": OPENROUTER PROCESSING" + c.eol + c.eol
        azure = c.obj(None, empty_choices=True)
        azure["model"] = ""
        azure["prompt_filter_results"] = [{"prompt_index": 0, "content_filter_results": {}}]
        yield c.data(azure)
        role = json.dumps(c.obj({"role": "assistant"}), separators=(",", ":")).encode()
        yield (
            b"event: message" + c.eol + b"id: 1" + c.eol + b"retry: 3000" + c.eol + b"x-unknown: yes" + c.eol
        )
        yield b"data:" + role + c.eol + c.eol
        yield c.chunk({"content": None})
        yield c.chunk({"content": ""})
        yield c.chunk({})
    else:
        yield c.chunk({"role": "assistant", "content": ""})
    if first_delay > 0:
        yield Pause(first_delay)
    if reasoning_mode:
        for token in answers.tokens(answers.REASONING_TEXT):
            yield c.chunk({"role": "assistant", "content": None, reasoning_mode: token})
            if gap:
                yield gap
    if name == "think":
        content = ["<thi", "nk>", *answers.tokens(answers.REASONING_TEXT), "</th", "ink>", "\n\n", *content]

    stop_after = {"drop": 5, "truncated": 5, "error_after": 5, "error_event": 5, "garbage": 5}.get(name)
    if stop_after is not None:
        stop_after = int(spec.num("after", stop_after))
    usage_mode = spec.text("usage", "separate")
    finish = spec.text("finish", "stop")
    finish_value = None if finish == "none" else finish
    written = "".join(content) + (answers.REASONING_TEXT if reasoning_mode else "")
    usage = usage_for(ctx, written)
    if usage_mode == "partial":
        usage = {"completion_tokens": usage["completion_tokens"]}

    last = len(content) - 1
    for index, token in enumerate(content):
        if stop_after is not None and index >= stop_after:
            break
        if messy and index == 2:  # one event over two data: lines, joined with "\n"
            text = json.dumps(c.obj({"content": token}), separators=(", ", ": "), ensure_ascii=False).encode()
            head, _, tail = text.partition(b", ")
            yield b"data: " + head + b"," + c.eol + b"data:" + tail + c.eol + c.eol
        elif usage_mode == "last" and index == last:
            yield c.chunk({"content": token}, usage=usage)
        else:
            yield c.chunk({"content": token})
        if messy and index % 10 == 3:
            yield b": ping" + c.eol
        if gap:
            yield gap

    if stop_after is not None:
        if name == "drop":
            yield DROP
            return
        if name == "error_after":
            yield c.data(
                {
                    "error": {
                        "message": "The upstream model crashed (simulated).",
                        "type": "server_error",
                        "code": 500,
                    }
                }
            )
        elif name == "error_event":
            yield (
                b"event: error" + c.eol + c.data({"message": "Overloaded (simulated)", "code": "overloaded"})
            )
        elif name == "garbage":  # `lines=2`: the same words over two data: lines
            if spec.num("lines", 1) >= 2:
                yield b"data: Internal error:" + c.eol + b"data:upstream connection reset" + c.eol + c.eol
            else:
                yield c.data(b"Internal error: upstream connection reset")
        return  # truncated: a clean end without finish_reason or [DONE]

    if usage_mode == "empty_delta":
        yield c.chunk({}, usage=usage)
        yield c.chunk({}, finish_value)
    elif usage_mode in ("separate", "partial"):
        yield c.chunk({}, finish_value)
        yield c.chunk(None, usage=usage, empty_choices=True)
    else:
        yield c.chunk({}, finish_value)
    if spec.text("done", "1") != "0":
        yield c.data(b"[DONE]")


def completion_reply(spec: Spec, ctx: ChatContext) -> Reply:
    """A plain JSON `chat.completion` (non-streamed request, or `plain_json`)."""
    text = answer_text(spec, ctx)
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if ctx.model.startswith("deepseek-ai/") or spec.name == "reasoning":
        message["reasoning_content"] = answers.REASONING_TEXT
    finish = spec.text("finish", "stop")
    body = {
        "id": f"chatcmpl-sim{int(time.time())}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": ctx.model,
        "choices": [{"index": 0, "message": message, "finish_reason": None if finish == "none" else finish}],
        "usage": usage_for(ctx, str(message.get("reasoning_content") or "") + text),
    }
    return Reply(body=json.dumps(body).encode(), header_delay=spec.num("header_delay", 0))
