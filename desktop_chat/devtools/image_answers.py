"""The simulator playing an image-drawing model: some text and a real PNG, in each form gateways use.

Why: "generated images don't display through OpenAI-compatible gateways" is a top complaint of chat
clients, because each gateway passes the picture on in its own shape. The simulator answers a request
that asks for `modalities: ["image", …]` in the shape chosen by `ImageForm` (the server's
`image_form`, `POST /_sim/image-form {"form": "markdown"}`, or `image_form=…` in a scenario spec),
streamed or not. Pure: it builds the `Reply` the server plays.

Forms on the wire:
  images        text chunks, then a late chunk `{"delta": {"images": [{"type": "image_url",
                "image_url": {"url": "data:image/png;base64,…"}, "index": 0}]}}` (OpenRouter,
                LiteLLM ≥ 1.77); non-streamed: `message.images`
  legacy_image  `delta.image` / `message.image` = `{"url": "data:…", "detail": "auto"}` (LiteLLM < 1.77)
  parts         `content` as a list: `[{"type": "text", …}, {"type": "image_url", …}]`
  markdown      `![image](data:image/png;base64,…)` in the text, cut into many small chunks
                (new-api / one-api relays); non-streamed: inside the `content` string
  remote        an `images` entry whose URL is https:// (never a real host: `.invalid`)
"""

from __future__ import annotations

import base64
import enum
import json
import time
from collections.abc import Iterator
from typing import Any

from desktop_chat.devtools import answers, token_rule
from desktop_chat.devtools.attachments import colour_for, make_png
from desktop_chat.devtools.replies import ChatContext, Pause, Piece, Reply, Spec, choice
from desktop_chat.devtools.streams import usage_for

IMAGE_SIZE = (64, 48)
MARKDOWN_PIECE = 7  # characters per chunk of a Markdown image (cuts `![`, `](`, `data:` and the base64)


class ImageForm(enum.StrEnum):
    IMAGES = "images"
    LEGACY_IMAGE = "legacy_image"
    PARTS = "parts"
    MARKDOWN = "markdown"
    REMOTE = "remote"

    @classmethod
    def parse(cls, raw: object, default: ImageForm) -> ImageForm:
        return choice(cls, raw, default)


def wants_images(payload: dict[str, Any]) -> bool:
    """Whether the request asks for pictures (`modalities` containing "image")."""
    modalities = payload.get("modalities")
    return isinstance(modalities, list) and "image" in modalities


def picture(number: int) -> tuple[bytes, str]:
    """The PNG for request `number` (its own colour) and its data URL."""
    png = make_png(*IMAGE_SIZE, colour_for(number))
    return png, "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def remote_url(number: int) -> str:
    return f"https://images.simulator.invalid/generated/{number}.png"


def image_reply(spec: Spec, ctx: ChatContext, form: ImageForm, number: int) -> Reply:
    """The answer of an image-drawing model: a sentence, and the picture in `form`."""
    width, height = IMAGE_SIZE
    text = spec.text("text", f"Here is the picture you asked for (simulated, {width}×{height}).")
    _png, url = picture(number)
    if form is ImageForm.REMOTE:
        url = remote_url(number)
    if not ctx.stream:
        return _completion(ctx, form, text, url)
    reply = Reply(content_type="text/event-stream; charset=utf-8", headers=[("Cache-Control", "no-cache")])
    reply.stream = _pieces(spec, ctx, form, text, url)
    return reply


def _entry(url: str) -> dict[str, Any]:
    return {"type": "image_url", "image_url": {"url": url}, "index": 0}


def _completion(ctx: ChatContext, form: ImageForm, text: str, url: str) -> Reply:
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if form in (ImageForm.IMAGES, ImageForm.REMOTE):
        message["images"] = [_entry(url)]
    elif form is ImageForm.LEGACY_IMAGE:
        message["image"] = {"url": url, "detail": "auto"}
    elif form is ImageForm.PARTS:
        message["content"] = [
            {"type": "text", "text": text},
            {"type": "image_url", "image_url": {"url": url}},
        ]
    else:
        message["content"] = f"{text}\n\n![image]({url})"
    body = {
        "id": f"chatcmpl-sim{int(time.time())}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": ctx.model,
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": usage_for(ctx, text),
    }
    return Reply(body=json.dumps(body).encode())


def _pieces(spec: Spec, ctx: ChatContext, form: ImageForm, text: str, url: str) -> Iterator[Piece]:
    created = int(time.time())

    def chunk(delta: dict[str, Any] | None, finish: str | None = None, usage: object = None) -> bytes:
        obj: dict[str, Any] = {
            "id": f"chatcmpl-sim{created}",
            "object": "chat.completion.chunk",
            "created": created,
            "model": ctx.model,
            "choices": [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        if usage is not None:
            obj["usage"] = usage
        return b"data: " + json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode() + b"\n\n"

    tps = spec.num("tps", ctx.default_tps)
    gap = Pause(1.0 / tps) if tps > 0 else None
    yield chunk({"role": "assistant", "content": ""})
    if form is ImageForm.PARTS:
        yield chunk({"content": [{"type": "text", "text": text}]})
        yield chunk({"content": [{"type": "image_url", "image_url": {"url": url}}]})
    else:
        for token in answers.tokens(text):
            yield chunk({"content": token})
            if gap:
                yield gap
        if form is ImageForm.MARKDOWN:
            markdown = f"\n\n![image]({url})"
            step = int(spec.num("piece", MARKDOWN_PIECE)) or MARKDOWN_PIECE
            for start in range(0, len(markdown), step):
                yield chunk({"content": markdown[start : start + step]})
        elif form is ImageForm.LEGACY_IMAGE:
            yield chunk({"image": {"url": url, "detail": "auto"}})
        else:  # IMAGES, REMOTE: the picture in a late chunk of its own
            yield chunk({"role": "assistant", "content": "", "images": [_entry(url)]})
    yield chunk({}, "stop")
    prompt = token_rule.count_prompt(ctx.payload.get("messages") or [])
    completion = token_rule.count_text(text)
    yield chunk(None, usage={"prompt_tokens": prompt, "completion_tokens": completion,
                             "total_tokens": prompt + completion})
    yield b"data: [DONE]\n\n"
