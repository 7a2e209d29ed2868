"""What the model is sent: the system prompt plus the branch on screen, as ChatMessages.

Why pure functions of their own: what goes over the wire decides what the model "remembers", and it
is easy to get subtly wrong (a failed answer's partial text, an empty interrupted answer, the
system prompt stored as a message). These rules are tested without a network or a database.

Rules:
- the conversation's system prompt (if any, stripped) comes first;
- stored SYSTEM messages are skipped (the conversation's prompt is the one in force);
- assistant messages with no text at all (a failed or stopped answer before the first token) are
  skipped; user messages are always sent, even two in a row (the gateway accepts that, and
  dropping what the person wrote would be worse);
- a partial (interrupted/failed) assistant answer with text is sent as it is: that is what the
  person saw;
- consecutive assistant messages (an answer and its "Continue" continuation, stored as a child
  message) are joined into one, as the model wrote them as one answer (and some providers reject
  two assistant turns in a row) — but not after an answer that called tools: that one is sent with
  its `tool_calls`, then a `role: "tool"` message per call with its stored result, and the model's
  next words (a new answer, its child) follow those;
- a user message's attachments go with it: each document's text after the typed text, in a
  `<document name="…">` block (the name tells the model which file it is reading; the simulator
  and tests recognise the block), and each image as an image part — planned without its bytes,
  which `with_image_bytes` reads only for the request that goes out. Images a model drew are not
  sent back (OpenAI-style gateways refuse image parts in assistant messages).
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable, Iterable, Sequence

from desktop_chat.domain import (
    Attachment,
    AttachmentKind,
    ChatMessage,
    ImagePart,
    Message,
    Role,
    ToolCall,
    image_mime,
)

CONTINUE_INSTRUCTION = (
    "Continue your previous answer exactly where it stopped. Do not repeat anything already written "
    "and do not add any introduction."
)


SCAN_NOT_SENT = "[A scanned document without a text layer; its pages were not sent as text.]"
IMAGE_TOKENS_UNKNOWN = 1_000  # an image whose size is not known
_MIN_IMAGE_TOKENS = 85
_MAX_IMAGE_TOKENS = 1_600


def document_block(attachment: Attachment) -> str:
    """A document as the model reads it: its name, then its text (or why there is none)."""
    name = attachment.name.replace("\\", "/").rsplit("/", 1)[-1].replace('"', "'").replace("\n", " ")
    body = SCAN_NOT_SENT if attachment.scanned and not attachment.text.strip() else attachment.text
    body = body.replace("</document>", "</ document>")  # the file's own text cannot end the block
    return f'<document name="{name}">\n{body.strip()}\n</document>'


def sent_text(message: Message) -> str:
    """The text sent for a stored message: what was typed, then its documents (user messages)."""
    if message.role is not Role.USER or not message.attachments:
        return message.content
    blocks = [document_block(a) for a in message.attachments if a.kind is AttachmentKind.DOCUMENT]
    if not blocks:
        return message.content
    typed = message.content.strip()
    return "\n\n".join([typed, *blocks] if typed else blocks)


def sent_images(message: Message) -> tuple[ImagePart, ...]:
    """The image parts of a stored message, without their bytes (see `with_image_bytes`)."""
    if message.role is not Role.USER or not message.attachments:
        return ()
    return tuple(
        ImagePart(a.mime, b"", a.width, a.height, sha256=a.sent_hash)
        for a in message.attachments if a.kind is AttachmentKind.IMAGE
    )


def image_tokens(image: ImagePart) -> int:
    """What one image costs in the prompt, roughly: width × height / 750 (Anthropic's rule, between
    OpenAI's tiles and Gemini's flat 258), at least 85 and at most 1,600."""
    if not image.width or not image.height:
        return IMAGE_TOKENS_UNKNOWN
    return max(_MIN_IMAGE_TOKENS, min(_MAX_IMAGE_TOKENS, math.ceil(image.width * image.height / 750)))


def images_tokens(messages: Iterable[ChatMessage]) -> int:
    return sum(image_tokens(i) for m in messages for i in m.images)


def with_image_bytes(
    messages: Sequence[ChatMessage], blob: Callable[[str], bytes | None]
) -> list[ChatMessage]:
    """The messages with every image's bytes read (`blob(sha256)`); an image whose bytes are gone
    (a damaged history) is left out rather than sent empty."""
    out: list[ChatMessage] = []
    for message in messages:
        if not message.images:
            out.append(message)
            continue
        images = []
        for image in message.images:
            data = image.data or (blob(image.sha256) if image.sha256 else None)
            if data:
                mime = image_mime(data) or image.mime
                images.append(dataclasses.replace(image, data=data, mime=mime))
        out.append(dataclasses.replace(message, images=tuple(images)))
    return out


def build_context(system_prompt: str, branch: Iterable[Message]) -> list[ChatMessage]:
    """The messages to send for the branch ending at the message to answer."""
    out: list[ChatMessage] = []
    prompt = (system_prompt or "").strip()
    if prompt:
        out.append(ChatMessage(Role.SYSTEM, prompt))
    out.extend(message for _, message in branch_parts(branch))
    return out


def is_sent(message: Message) -> bool:
    """Whether a stored message is sent at all (stored system messages and empty answers are not;
    an answer that only called tools is)."""
    if message.role is Role.SYSTEM:
        return False
    return not (message.role is Role.ASSISTANT and not message.content.strip() and not message.tool_calls)


NO_TOOL_RESULT = "[No result: the answer was stopped before this tool ran.]"


def tool_messages(message: Message) -> list[ChatMessage]:
    """An answer that called tools as sent: the assistant message with its calls, then one `tool`
    message per call with its result (a call without one gets a note, so the request stays valid)."""
    results = {r.call_id: r for r in message.tool_results}
    calls = tuple(_sendable(c) for c in message.tool_calls)
    out = [ChatMessage(Role.ASSISTANT, message.content, tool_calls=calls)]
    for call in message.tool_calls:
        result = results.get(call.id)
        out.append(ChatMessage(Role.TOOL, NO_TOOL_RESULT if result is None else result.content,
                               tool_call_id=call.id))
    return out


def _sendable(call: ToolCall) -> ToolCall:
    """A call as it can be sent back: arguments that are not a JSON object go as "{}" (providers
    that parse them refuse the whole request otherwise); its result says what was wrong."""
    text = call.arguments.strip()
    try:
        ok = isinstance(json.loads(text), dict) if text else False
    except (ValueError, RecursionError):
        ok = False
    return call if ok else dataclasses.replace(call, arguments="{}")


def estimated_text(message: Message) -> str:
    """All the text a stored message puts into a request (for the token estimate): what is sent,
    its tool calls' names and arguments, and their results."""
    text = sent_text(message)
    if not message.tool_calls:
        return text
    pieces = [text, *(f"{c.name} {c.arguments}" for c in message.tool_calls),
              *(r.content for r in message.tool_results)]
    return "\n".join(pieces)


def branch_parts(branch: Iterable[Message]) -> list[tuple[int, ChatMessage]]:
    """The branch's messages as sent (no system prompt), each with the branch index it starts at.

    A continuation joined to its answer makes one part, at the index of the answer: trimming needs
    to know which stored messages each sent message stands for.
    """
    out: list[tuple[int, ChatMessage]] = []
    for index, message in enumerate(branch):
        if not is_sent(message):
            continue
        previous = out[-1][1] if out else None
        if message.role is Role.ASSISTANT and previous is not None and previous.role is Role.ASSISTANT \
                and not previous.tool_calls:
            start = out[-1][0]
            joined = join_continuation(previous.content, message.content)
            if message.tool_calls:  # the continuation went on to call tools: one answer that calls them
                calls = tool_messages(message)
                out[-1] = (start, ChatMessage(Role.ASSISTANT, joined, tool_calls=message.tool_calls))
                out.extend((index, m) for m in calls[1:])
            else:
                out[-1] = (start, ChatMessage(Role.ASSISTANT, joined))
            continue
        if message.role is Role.ASSISTANT and message.tool_calls:
            out.extend((index, m) for m in tool_messages(message))
            continue
        out.append((index, ChatMessage(message.role, sent_text(message), sent_images(message))))
    return out


def build_continue_context(system_prompt: str, branch: Sequence[Message]) -> list[ChatMessage]:
    """Context for "Continue": the branch up to the partial answer, then a short instruction.

    The instruction is sent but never stored; the continuation is saved as a child answer.
    """
    return [*build_context(system_prompt, branch), ChatMessage(Role.USER, CONTINUE_INSTRUCTION)]


def join_continuation(previous: str, addition: str) -> str:
    """Glue a continuation to the partial answer, adding a space only where words would fuse."""
    if not previous or not addition:
        return previous + addition
    if previous[-1].isspace() or addition[0].isspace():
        return previous + addition
    if previous[-1].isalnum() and addition[0].isalnum():
        return previous + " " + addition
    return previous + addition
