"""An answer's request as a curl command: what IT runs to reproduce a problem against the gateway.

Why: "the model answered nonsense" or "the gateway says 400" can only be settled by sending the
same request without the app. The command is built from the request the app itself would send
for that answer — the same planned context (system prompt, summary, the turns that fit, files and
pictures), model, parameters, tools, `user`, stream flag and `stream_options` — encoded by the
client's own body encoder, so what curl sends is what the app sends.

The key never appears: the header reads `$DESKTOP_CHAT_API_KEY` (the shell fills it in); proxy
credentials are left to `$DESKTOP_CHAT_PROXY_USER`; a key or proxy password that happens to be
*in the chat's text* is replaced by the redaction marker (nothing else in the body is touched:
a chat about "Bearer tokens" goes out as written). The body travels in a quoted here-doc
(`<<'JSON'`), so no character of any message needs shell quoting; the compact JSON is one line
(newlines inside strings are `\\n`), so it can never contain the closing `JSON` line. curl sends
the here-doc's final newline too: the body is the app's, JSON-equal, plus that one byte.
"""

from __future__ import annotations

import asyncio
import re
import shlex
from typing import TYPE_CHECKING

from desktop_chat.api import ChatRequest, normalize_base_url
from desktop_chat.api.config import DEFAULT_USER_AGENT, display_proxy, proxy_secrets
from desktop_chat.domain import ChatMessage, Message, Refusal, Role
from desktop_chat.redact import redact_known
from desktop_chat.secrets import ENV_VAR as KEY_ENV_VAR
from desktop_chat.services.context import CONTINUE_INSTRUCTION, with_image_bytes
from desktop_chat.services.refusals import NothingToDo

if TYPE_CHECKING:
    from desktop_chat.services.session import Session

PROXY_USER_VAR = "DESKTOP_CHAT_PROXY_USER"
SHORT_IMAGE_KEEP = 48  # base64 characters of each picture kept by the "short" form
_DATA_URL = re.compile(r"(data:image/[A-Za-z0-9.+-]+;base64,)([A-Za-z0-9+/=]+)")

__all__ = ["PROXY_USER_VAR", "planned_request", "request_as_curl"]


async def request_as_curl(session: Session, message_id: int, *, short_images: bool = False) -> str:
    """The curl command line that sends the request behind answer `message_id` (see the module doc).

    For an answer: the request that would be sent now to regenerate it (a continuation: to continue
    its partial answer again; the answer after tool calls: with their results). For a message of
    the person's own: the request that answers it. Raises `NothingToDo` (MESSAGE_GONE, CHAT_GONE,
    CANNOT_SEND_AGAIN) when there is no such request, `InvalidRequest` when the app would refuse it.

    `short_images`: only when the person asked for the short form — each picture's base64 is cut to
    its first characters followed by a marker saying how much was left out, so the command fits in
    an e-mail; the gateway will not read such a picture. By default the body is the real one.
    """
    request = await planned_request(session, message_id)
    client = session.client()
    config = client.config
    from desktop_chat.api.client import wire_body  # the client's own body and encoder: byte for byte

    body = wire_body(client.wire_payload(request)).decode("utf-8")
    if short_images:
        body = _DATA_URL.sub(_shortened, body)
    secrets = (*session.secrets(), *proxy_secrets(config.proxy_url))
    body = redact_known(body, secrets=secrets)
    assert "\n" not in body and "\r" not in body  # compact JSON: the here-doc cannot end early
    return _command(session, config.base_url, config.proxy_url, body, message_id)


def _shortened(match: re.Match[str]) -> str:
    head, data = match.group(1), match.group(2)
    if len(data) <= SHORT_IMAGE_KEEP:
        return match.group(0)
    left_out = len(data) - SHORT_IMAGE_KEEP
    return f"{head}{data[:SHORT_IMAGE_KEEP]}...[{left_out} base64 characters left out by Desktop Chat]"


def _command(session: Session, base_url: str, proxy_url: str | None, body: str, message_id: int) -> str:
    url = normalize_base_url(base_url).endpoint("chat/completions")
    lines = [
        f"# The request Desktop Chat sends for message {message_id}. Set the key first:",
        f"#   export {KEY_ENV_VAR}='sk-…'",
    ]
    args = [f"curl -N {shlex.quote(url)}"]
    if proxy_url:
        shown = display_proxy(proxy_url)
        bare = shown.replace("***@", "")
        args.append(f"--proxy {shlex.quote(bare)}")
        if "***@" in shown:
            lines.append(f"#   export {PROXY_USER_VAR}='user:password'   (the proxy's)")
            args.append(f'--proxy-user "${PROXY_USER_VAR}"')
    if session.settings.pac_url and not proxy_url:
        lines.append("# The app chooses its proxy by the PAC file in Settings: "
                     "add --proxy with the one it names.")
    if session.settings.ca_bundle:
        lines.append(f"# The app also trusts {session.settings.ca_bundle}: add --cacert with it if the "
                     "gateway's certificate is signed by it.")
    args += [
        f'-H "Authorization: Bearer ${KEY_ENV_VAR}"',
        "-H 'Content-Type: application/json'",
        "-H " + shlex.quote("Accept: text/event-stream, application/json"),
        "-H " + shlex.quote(f"User-Agent: {session.client().config.user_agent or DEFAULT_USER_AGENT}"),
        "--data-binary @- <<'JSON'",
    ]
    return "\n".join(lines) + "\n" + " \\\n  ".join(args) + "\n" + body + "\nJSON\n"


async def planned_request(session: Session, message_id: int) -> ChatRequest:
    """The `ChatRequest` the chat service would send now for `message_id` (see `request_as_curl`)."""
    store = session.store
    message = store.get_message(message_id)
    if message is None:
        raise NothingToDo(Refusal.MESSAGE_GONE)
    conversation = store.get_conversation(message.conversation_id)
    if conversation is None:
        raise NothingToDo(Refusal.CHAT_GONE)
    parent, instruction = _what_is_answered(session, message)
    chat = session.chat.chat_context(conversation)
    branch = store.branch(conversation.id, parent.id)
    summaries = store.summaries(conversation.id)
    plan = session.context.plan(chat, branch, summaries, instruction=instruction)
    messages: list[ChatMessage] = list(plan.messages)
    if any(m.images for m in messages):
        messages = await asyncio.to_thread(with_image_bytes, plan.messages, store.blob)
    runner = session.tools.runner() if conversation.tools_enabled else None
    specs = runner.tools() if runner is not None else ()
    modalities = ("image", "text") if session.context.knowledge.images(chat.model).draws else ()
    request = ChatRequest(chat.model, messages, chat.params, modalities=modalities, tools=specs)
    return request.validate()


def _what_is_answered(session: Session, message: Message) -> tuple[Message, ChatMessage | None]:
    """The message the request answers, and the "go on" instruction when it continues an answer."""
    if message.role is not Role.ASSISTANT:
        return message, None
    if message.parent_id is None:
        raise NothingToDo(Refusal.CANNOT_SEND_AGAIN)
    parent = session.store.get_message(message.parent_id)
    if parent is None:
        raise NothingToDo(Refusal.MESSAGE_GONE)
    if parent.role is Role.ASSISTANT and not parent.tool_calls:
        return parent, ChatMessage(Role.USER, CONTINUE_INSTRUCTION)  # a continuation of `parent`
    return parent, None  # a reply to the person, or the answer after tool results

