"""The portable form of a conversation (our JSON archive format) and its strict reader.

Why: exports must round-trip exactly — branches, statuses, usage, timestamps — and an import must
reject a malformed file with a message that says what is wrong and where, before anything is
written. Messages refer to their parent by position in the conversation's list (parents first),
so a file does not depend on the row ids of the database it came from.

Archive file: {"format": "desktop-chat-archive", "version": 1, "exported_at": …,
"conversations": [conversation…]}; single export: {"format": "desktop-chat-conversation",
"version": 1, "conversation": conversation}.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from ..domain import Conversation, FinishReason, GenerationParams, Message, MessageStatus, Role, Usage
from .errors import ImportFailed
from .rows import DEFAULT_PARAMS

ARCHIVE_FORMAT = "desktop-chat-archive"
CONVERSATION_FORMAT = "desktop-chat-conversation"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class PortableMessage:
    parent: int | None  # index of the parent in the conversation's message list
    role: Role
    content: str
    created_at: float
    updated_at: float
    reasoning: str = ""
    model: str | None = None
    params: GenerationParams = DEFAULT_PARAMS
    usage: Usage | None = None
    finish_reason: FinishReason | None = None
    status: MessageStatus = MessageStatus.COMPLETE
    error: str | None = None
    latency_ms: int | None = None


@dataclass(frozen=True, slots=True)
class PortableConversation:
    uid: str
    title: str
    created_at: float
    updated_at: float
    messages: tuple[PortableMessage, ...]
    current_leaf: int | None = None  # index into messages
    pinned: bool = False
    archived: bool = False
    model: str | None = None
    params: GenerationParams = DEFAULT_PARAMS
    system_prompt: str = ""
    draft: str = ""


def from_store(conv: Conversation, uid: str, rows: list[Message]) -> PortableConversation:
    index = {m.id: i for i, m in enumerate(rows)}
    msgs = tuple(
        PortableMessage(
            parent=None if m.parent_id is None else index[m.parent_id],
            role=m.role, content=m.content, created_at=m.created_at, updated_at=m.updated_at,
            reasoning=m.reasoning, model=m.model, params=m.params, usage=m.usage,
            finish_reason=m.finish_reason, status=m.status, error=m.error, latency_ms=m.latency_ms,
        )
        for m in rows
    )  # fmt: skip
    return PortableConversation(
        uid=uid, title=conv.title, created_at=conv.created_at, updated_at=conv.updated_at, messages=msgs,
        current_leaf=index.get(conv.current_leaf_id) if conv.current_leaf_id is not None else None,
        pinned=conv.pinned, archived=conv.archived, model=conv.model, params=conv.params,
        system_prompt=conv.system_prompt, draft=conv.draft,
    )  # fmt: skip


def _usage_dict(usage: Usage | None) -> dict[str, int | None] | None:
    if usage is None:
        return None
    return {"prompt": usage.prompt_tokens, "completion": usage.completion_tokens, "total": usage.total_tokens}


def to_dict(conv: PortableConversation) -> dict[str, object]:
    return {
        "uid": conv.uid, "title": conv.title, "created_at": conv.created_at,
        "updated_at": conv.updated_at, "pinned": conv.pinned, "archived": conv.archived,
        "model": conv.model, "params": conv.params.to_dict(),
        "system_prompt": conv.system_prompt, "draft": conv.draft, "current_leaf": conv.current_leaf,
        "messages": [
            {
                "parent": m.parent, "role": m.role.value, "content": m.content, "reasoning": m.reasoning,
                "model": m.model, "params": m.params.to_dict(), "usage": _usage_dict(m.usage),
                "finish_reason": None if m.finish_reason is None else m.finish_reason.value,
                "status": m.status.value, "error": m.error, "created_at": m.created_at,
                "updated_at": m.updated_at, "latency_ms": m.latency_ms,
            }
            for m in conv.messages
        ],
    }  # fmt: skip


class JsonReader:
    """Typed access to a JSON object that reports the path of anything wrong."""

    def __init__(self, obj: object, where: str) -> None:
        if not isinstance(obj, Mapping):
            raise ImportFailed(f"expected an object, found {_kind(obj)}", where=where)
        self.obj = obj
        self.where = where

    def _get(self, key: str, required: bool) -> object:
        if key not in self.obj:
            if required:
                raise ImportFailed(f"'{key}' is missing", where=self.where)
            return None
        return self.obj[key]

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            raise ImportFailed(f"'{key}' should be text, found {_kind(value)}", where=self.where)
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self._get(key, False) is None else self.text(key)

    def number(self, key: str, *, required: bool = False) -> float | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ImportFailed(f"'{key}' should be a number, found {_kind(value)}", where=self.where)
        return value

    def integer(self, key: str) -> int | None:
        value = self.number(key)
        if value is not None and not isinstance(value, int):
            raise ImportFailed(f"'{key}' should be a whole number", where=self.where)
        return value  # type: ignore[return-value]

    def flag(self, key: str) -> bool:
        value = self._get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise ImportFailed(f"'{key}' should be true or false, found {_kind(value)}", where=self.where)
        return value

    def params(self, key: str) -> GenerationParams:
        value = self._get(key, False)
        if value is None:
            return GenerationParams()
        if not isinstance(value, Mapping):
            raise ImportFailed(f"'{key}' should be an object, found {_kind(value)}", where=self.where)
        try:
            return GenerationParams.from_dict(dict(value))
        except (TypeError, ValueError) as exc:
            raise ImportFailed(f"'{key}' has an invalid value ({exc})", where=self.where) from exc

    def choice(self, key: str, enum: type, *, default: object = None) -> object:
        value = self._get(key, False)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise ImportFailed(f"'{key}' is {value!r}; expected one of {allowed}", where=self.where) from None


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__
    )


def read_conversation(obj: object, where: str) -> PortableConversation:
    r = JsonReader(obj, where)
    raw_messages = r._get("messages", True)
    if not isinstance(raw_messages, list):
        raise ImportFailed(f"'messages' should be a list, found {_kind(raw_messages)}", where=where)
    msgs = tuple(_read_message(m, f"{where}.messages[{i}]", i) for i, m in enumerate(raw_messages))
    leaf = r.integer("current_leaf")
    if leaf is not None and not 0 <= leaf < len(msgs):
        raise ImportFailed(f"'current_leaf' {leaf} is not one of its {len(msgs)} messages", where=where)
    created = r.number("created_at", required=True)
    return PortableConversation(
        uid=r.text("uid", required=True), title=r.text("title"), created_at=created,
        updated_at=r.number("updated_at", required=True), messages=msgs, current_leaf=leaf,
        pinned=r.flag("pinned"), archived=r.flag("archived"), model=r.optional_text("model"),
        params=r.params("params"), system_prompt=r.text("system_prompt"), draft=r.text("draft"),
    )  # type: ignore[arg-type]  # fmt: skip


def _read_message(obj: object, where: str, index: int) -> PortableMessage:
    r = JsonReader(obj, where)
    parent = r.integer("parent")
    if parent is not None and not 0 <= parent < index:
        raise ImportFailed(f"'parent' {parent} must point to an earlier message", where=where)
    usage_obj = r._get("usage", False)
    usage = None
    if usage_obj is not None:
        u = JsonReader(usage_obj, f"{where}.usage")
        usage = Usage(u.integer("prompt"), u.integer("completion"), u.integer("total"))
    status = r.choice("status", MessageStatus, default=MessageStatus.COMPLETE)
    role = r.choice("role", Role)
    if role is None:
        raise ImportFailed("'role' is missing", where=where)
    created = r.number("created_at", required=True)
    updated = r.number("updated_at")
    return PortableMessage(
        parent=parent, role=role, content=r.text("content"), created_at=created,
        updated_at=created if updated is None else updated, reasoning=r.text("reasoning"),
        model=r.optional_text("model"), params=r.params("params"), usage=usage,
        finish_reason=r.choice("finish_reason", FinishReason), status=status,
        error=r.optional_text("error"), latency_ms=r.integer("latency_ms"),
    )  # type: ignore[arg-type]  # fmt: skip


def read_document(doc: object, source: str) -> list[PortableConversation]:
    """Conversations from a parsed archive or single-conversation export, validated throughout."""
    top = JsonReader(doc, source)
    fmt = top.text("format")
    if fmt not in (ARCHIVE_FORMAT, CONVERSATION_FORMAT):
        raise ImportFailed("this is not a Desktop Chat export ('format' is missing or unknown)", where=source)
    version = top.integer("version")
    if version is None or version > FORMAT_VERSION:
        raise ImportFailed(
            f"it was written by a newer version of Desktop Chat (format version {version})", where=source
        )
    if fmt == CONVERSATION_FORMAT:
        return [read_conversation(top._get("conversation", True), f"{source}: conversation")]
    items = top._get("conversations", True)
    if not isinstance(items, list):
        raise ImportFailed(f"'conversations' should be a list, found {_kind(items)}", where=source)
    return [read_conversation(c, f"{source}: conversations[{i}]") for i, c in enumerate(items)]
