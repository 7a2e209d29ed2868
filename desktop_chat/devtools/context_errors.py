"""How the simulator says "the conversation is too long": the shapes real gateways use, on demand.

Why: every gateway words a context overflow its own way — OpenAI's `context_length_exceeded`,
Anthropic's "prompt is too long: N tokens > M maximum", Gemini's "input token count", LiteLLM's
wrapped `ContextWindowExceededError`, vLLM's "you requested", a message with no number at all,
an error inside a stream that began with HTTP 200, llama.cpp's empty HTTP 200 — and the app must
recognise every one of them (and learn the limit when it is named). Pure: `context_error_reply`
turns a shape and the two numbers into a `Reply` the server plays.
"""

from __future__ import annotations

import enum
import json

from desktop_chat.devtools.replies import Reply


class ContextShape(enum.StrEnum):
    """The way a context-length error is sent; the value is its name in specs and `/_sim/limits`."""

    OPENAI = "openai"  # 400, code context_length_exceeded, "maximum context length is N tokens…"
    ANTHROPIC = "anthropic"  # 400, Anthropic's own body, "prompt is too long: M tokens > N maximum"
    GEMINI = "gemini"  # 400, Google's body, "The input token count (M) exceeds … allowed (N)"
    LITELLM = "litellm"  # 400, LiteLLM's body: its ContextWindowExceededError wrapping OpenAI's words
    VLLM = "vllm"  # 400, vLLM's body: "…you requested M tokens (P in the messages, C in the completion)"
    NO_NUMBER = "no_number"  # 400 without a code and without any number
    IN_STREAM = "in_stream"  # HTTP 200, then an OpenAI-style error (a stream event, or the JSON body)
    EMPTY = "empty"  # llama.cpp: HTTP 200 with an empty body

    @classmethod
    def parse(cls, text: str | None, default: ContextShape) -> ContextShape:
        try:
            return cls((text or "").strip().lower())
        except ValueError:
            return default


def context_error_reply(
    shape: ContextShape, limit: int, requested: int, *, prompt: int | None = None, stream: bool = True
) -> Reply:
    """The reply for a request of `requested` tokens (of which `prompt` in the messages) to a model
    that accepts `limit`; `stream` says whether the request asked for a stream (for IN_STREAM)."""
    prompt = requested if prompt is None else prompt
    openai_words = (
        f"This model's maximum context length is {limit} tokens. However, your messages resulted in "
        f"{requested} tokens. Please reduce the length of the messages."
    )
    if shape is ContextShape.EMPTY:
        return Reply(content_type="text/event-stream", body=b"")
    if shape is ContextShape.IN_STREAM:
        error = _openai_error(openai_words, "context_length_exceeded")
        if not stream:
            return Reply(body=json.dumps(error).encode())
        role = {"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"role": "assistant"}}]}
        events = b"data: " + json.dumps(role).encode() + b"\n\ndata: " + json.dumps(error).encode() + b"\n\n"
        return Reply(content_type="text/event-stream", stream=[events])
    body = _error_body(shape, limit, requested, prompt, openai_words)
    return Reply(status=400, body=json.dumps(body).encode())


def _error_body(shape: ContextShape, limit: int, requested: int, prompt: int, openai_words: str) -> object:
    if shape is ContextShape.ANTHROPIC:
        message = f"prompt is too long: {requested} tokens > {limit} maximum"
        return {"type": "error", "error": {"type": "invalid_request_error", "message": message}}
    if shape is ContextShape.GEMINI:
        message = (
            f"The input token count ({requested}) exceeds the maximum number of tokens allowed ({limit})."
        )
        return {"error": {"code": 400, "message": message, "status": "INVALID_ARGUMENT"}}
    if shape is ContextShape.LITELLM:
        message = (
            "litellm.ContextWindowExceededError: litellm.BadRequestError: ContextWindowExceededError: "
            f"OpenAIException - {openai_words}"
        )
        return {"error": {"message": message, "type": None, "param": None, "code": "400"}}
    if shape is ContextShape.VLLM:
        message = (
            f"This model's maximum context length is {limit} tokens. However, you requested {requested} "
            f"tokens ({prompt} in the messages, {requested - prompt} in the completion). Please reduce "
            "the length of the messages or completion."
        )
        return {"object": "error", "message": message, "type": "BadRequestError", "param": None, "code": 400}
    if shape is ContextShape.NO_NUMBER:
        return _openai_error("Input is too long for the requested model.", None)
    return _openai_error(openai_words, "context_length_exceeded")


def _openai_error(message: str, code: str | None) -> dict[str, object]:
    return {"error": {"message": message, "type": "invalid_request_error", "param": None, "code": code}}
