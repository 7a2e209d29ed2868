"""The portable form of a conversation (our JSON archive format) and its strict reader.

Why: exports must round-trip exactly — branches, statuses, usage, timestamps — and an import must
reject a malformed file with a typed problem that says what is wrong and where (the item path and
the field). Messages refer to their parent by position in the conversation's list (parents first),
so a file does not depend on the row ids of the database it came from.

Archive file: {"format": "desktop-chat-archive", "version": 1, "exported_at": …,
"conversations": [conversation…]}; single export: {"format": "desktop-chat-conversation",
"version": 1, "conversation": conversation}. Messages carry `end_reason` and `problem`; an archive
written before those existed has neither, and `legacy_end` reads its status and error sentence.
A message's `attachments` name their bytes by SHA-256; the conversation's `blobs` hold each of
those bytes once (base64), so an archive is self-contained. On reading, every blob is decoded
(at most MAX_BLOB_BYTES), its hash checked, and every attachment's blobs must be in the file.
Files written before attachments existed have neither field and read as before.
An answer that called tools carries `tool_calls` ([{"id", "name", "arguments"}]) and
`tool_results` (one per call, each naming its call's id); a conversation carries `tools_enabled`.
Files written before tools existed have none of these: no calls, and tools on.

`iter_document` reads an archive from a `JsonStream` one conversation at a time, so a large file
is never held in memory or parsed in one GIL-holding call.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from ..domain import (
    Attachment,
    AttachmentKind,
    Conversation,
    EndReason,
    FinishReason,
    GenerationParams,
    Message,
    MessageStatus,
    Problem,
    Role,
    Summary,
    TitleSource,
    ToolCall,
    ToolOutcome,
    ToolResult,
    Usage,
)
from .errors import ImportFailed, ImportProblem
from .json_stream import JsonStream
from .legacy import legacy_end
from .rows import DEFAULT_PARAMS

ARCHIVE_FORMAT = "desktop-chat-archive"
CONVERSATION_FORMAT = "desktop-chat-conversation"
FORMAT_VERSION = 1  # attachments and blobs were added without a new version: old files read as before
MAX_BLOB_BYTES = 60 * (1 << 20)  # one attachment's bytes, decoded, at most


@dataclass(frozen=True, slots=True)
class PortableAttachment:
    """An attachment as the archive keeps it: `Attachment` without the row id."""

    kind: AttachmentKind
    name: str
    mime: str
    size: int
    sha256: str
    sent_sha256: str | None = None
    width: int | None = None
    height: int | None = None
    text: str = ""
    pages: int | None = None
    left_out: int = 0
    scanned: bool = False
    page_images: tuple[str, ...] = ()

    @classmethod
    def of(cls, a: Attachment) -> PortableAttachment:
        return cls(
            kind=a.kind, name=a.name, mime=a.mime, size=a.size, sha256=a.sha256, sent_sha256=a.sent_sha256,
            width=a.width, height=a.height, text=a.text, pages=a.pages, left_out=a.left_out,
            scanned=a.scanned, page_images=a.page_images,
        )  # fmt: skip

    def hashes(self) -> tuple[str, ...]:
        return (self.sha256, *((self.sent_sha256,) if self.sent_sha256 else ()), *self.page_images)


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
    end_reason: EndReason = EndReason.NONE
    problem: Problem | None = None
    attachments: tuple[PortableAttachment, ...] = ()
    tool_calls: tuple[ToolCall, ...] = ()
    tool_results: tuple[ToolResult, ...] = ()  # in the order of the calls


@dataclass(frozen=True, slots=True)
class PortableSummary:
    """A summary of the branch up to message `through` (an index into the conversation's messages)."""

    through: int
    content: str
    created_at: float
    updated_at: float
    covered: int = 0
    model: str | None = None
    usage: Usage | None = None


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
    summaries: tuple[PortableSummary, ...] = ()
    keep_turns: int | None = None
    title_source: TitleSource = TitleSource.PERSON
    blobs: Mapping[str, bytes] = field(default_factory=dict)  # sha256 → bytes, for the attachments
    tools_enabled: bool = True


def from_store(
    conv: Conversation, uid: str, rows: list[Message], summaries: list[Summary] | None = None,
    blobs: Mapping[str, bytes] | None = None,
) -> PortableConversation:  # fmt: skip
    index = {m.id: i for i, m in enumerate(rows)}
    msgs = tuple(
        PortableMessage(
            parent=None if m.parent_id is None else index[m.parent_id],
            role=m.role, content=m.content, created_at=m.created_at, updated_at=m.updated_at,
            reasoning=m.reasoning, model=m.model, params=m.params, usage=m.usage,
            finish_reason=m.finish_reason, status=m.status, error=m.error, latency_ms=m.latency_ms,
            end_reason=m.end_reason, problem=m.problem,
            attachments=tuple(PortableAttachment.of(a) for a in m.attachments),
            tool_calls=m.tool_calls, tool_results=m.tool_results,
        )
        for m in rows
    )  # fmt: skip
    return PortableConversation(
        uid=uid, title=conv.title, created_at=conv.created_at, updated_at=conv.updated_at, messages=msgs,
        current_leaf=index.get(conv.current_leaf_id) if conv.current_leaf_id is not None else None,
        pinned=conv.pinned, archived=conv.archived, model=conv.model, params=conv.params,
        system_prompt=conv.system_prompt, draft=conv.draft,
        summaries=tuple(
            PortableSummary(
                through=index[s.through_message_id], content=s.content, created_at=s.created_at,
                updated_at=s.updated_at, covered=s.covered, model=s.model, usage=s.usage,
            )
            for s in summaries or () if s.through_message_id in index
        ),
        keep_turns=conv.keep_turns, title_source=conv.title_source, blobs=dict(blobs or {}),
        tools_enabled=conv.tools_enabled,
    )  # fmt: skip


def _attachment_dict(a: PortableAttachment) -> dict[str, object]:
    return {
        "kind": a.kind.value, "name": a.name, "mime": a.mime, "size": a.size, "sha256": a.sha256,
        "sent_sha256": a.sent_sha256, "width": a.width, "height": a.height, "text": a.text,
        "pages": a.pages, "left_out": a.left_out, "scanned": a.scanned, "page_images": list(a.page_images),
    }  # fmt: skip


def _message_dict(m: PortableMessage) -> dict[str, object]:
    out: dict[str, object] = {
        "parent": m.parent, "role": m.role.value, "content": m.content, "reasoning": m.reasoning,
        "model": m.model, "params": m.params.to_dict(), "usage": _usage_dict(m.usage),
        "finish_reason": None if m.finish_reason is None else m.finish_reason.value,
        "status": m.status.value, "error": m.error, "created_at": m.created_at,
        "updated_at": m.updated_at, "latency_ms": m.latency_ms,
        "end_reason": m.end_reason.value, "problem": None if m.problem is None else m.problem.value,
    }  # fmt: skip
    if m.attachments:
        out["attachments"] = [_attachment_dict(a) for a in m.attachments]
    if m.tool_calls:
        out["tool_calls"] = [{"id": c.id, "name": c.name, "arguments": c.arguments} for c in m.tool_calls]
    if m.tool_results:
        out["tool_results"] = [
            {
                "call_id": r.call_id, "outcome": r.outcome.value, "content": r.content, "server": r.server,
                "tool": r.tool, "duration_ms": r.duration_ms, "is_error": r.is_error,
            }
            for r in m.tool_results
        ]  # fmt: skip
    return out


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
        "messages": [_message_dict(m) for m in conv.messages],
        "summaries": [
            {
                "through": s.through, "content": s.content, "covered": s.covered, "model": s.model,
                "usage": _usage_dict(s.usage), "created_at": s.created_at, "updated_at": s.updated_at,
            }
            for s in conv.summaries
        ],
        "keep_turns": conv.keep_turns, "title_source": conv.title_source.value,
        "tools_enabled": conv.tools_enabled,
        **({"blobs": _blobs_dict(conv.blobs)} if conv.blobs else {}),
    }  # fmt: skip


def _blobs_dict(blobs: Mapping[str, bytes]) -> dict[str, str]:
    return {sha: base64.b64encode(data).decode("ascii") for sha, data in blobs.items()}


_E = TypeVar("_E", bound=enum.Enum)


class JsonReader:
    """Typed access to a JSON object; anything wrong is an ImportFailed naming the item and field."""

    def __init__(self, obj: object, where: str) -> None:
        if not isinstance(obj, Mapping):
            raise ImportFailed(ImportProblem.NOT_AN_OBJECT, where=where, detail=f"found {_kind(obj)}")
        self.obj: Mapping[str, object] = obj
        self.where = where

    def get(self, key: str, *, required: bool = False) -> object:
        if key not in self.obj:
            if required:
                raise ImportFailed(ImportProblem.MISSING_FIELD, where=self.where, field=key)
            return None
        return self.obj[key]

    def _refuse(self, problem: ImportProblem, key: str, value: object) -> ImportFailed:
        return ImportFailed(problem, where=self.where, field=key, detail=f"found {_kind(value)}")

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self.get(key, required=required)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self._refuse(ImportProblem.NOT_TEXT, key, value)
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self.get(key) is None else self.text(key)

    def number(self, key: str, *, required: bool = False) -> float | None:
        value = self.get(key, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise self._refuse(ImportProblem.NOT_A_NUMBER, key, value)
        return value

    def integer(self, key: str) -> int | None:
        value = self.number(key)
        if value is not None and not isinstance(value, int):
            raise self._refuse(ImportProblem.NOT_A_WHOLE_NUMBER, key, value)
        return value

    def flag(self, key: str) -> bool:
        value = self.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self._refuse(ImportProblem.NOT_TRUE_OR_FALSE, key, value)
        return value

    def params(self, key: str) -> GenerationParams:
        value = self.get(key)
        if value is None:
            return GenerationParams()
        if not isinstance(value, Mapping):
            raise self._refuse(ImportProblem.NOT_AN_OBJECT, key, value)
        try:
            return GenerationParams.from_dict(dict(value))
        except (TypeError, ValueError) as exc:
            raise ImportFailed(
                ImportProblem.INVALID_VALUE, where=self.where, field=key, detail=str(exc)
            ) from exc

    def choice(self, key: str, enum_type: type[_E]) -> _E | None:
        value = self.get(key)
        if value is None:
            return None
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(str(e.value) for e in enum_type)
            raise ImportFailed(
                ImportProblem.INVALID_VALUE, where=self.where, field=key,
                detail=f"{value!r}; expected one of {allowed}",
            ) from None  # fmt: skip


def _kind(value: object) -> str:
    """The JSON kind of a value, for `detail` (technical, not shown as a sentence)."""
    names = {dict: "object", list: "list", str: "text", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number" if isinstance(value, int | float) else type(value).__name__)


def read_conversation(obj: object, where: str) -> PortableConversation:
    r = JsonReader(obj, where)
    raw_messages = r.get("messages", required=True)
    if not isinstance(raw_messages, list):
        raise r._refuse(ImportProblem.NOT_A_LIST, "messages", raw_messages)
    msgs = tuple(_read_message(m, f"{where}.messages[{i}]", i) for i, m in enumerate(raw_messages))
    leaf = r.integer("current_leaf")
    if leaf is not None and not 0 <= leaf < len(msgs):
        raise ImportFailed(
            ImportProblem.BAD_REFERENCE, where=where, field="current_leaf",
            detail=f"{leaf} is not one of its {len(msgs)} messages",
        )  # fmt: skip
    created = r.number("created_at", required=True)
    updated = r.number("updated_at", required=True)
    assert created is not None and updated is not None
    raw_summaries = r.get("summaries")
    if raw_summaries is not None and not isinstance(raw_summaries, list):
        raise r._refuse(ImportProblem.NOT_A_LIST, "summaries", raw_summaries)
    found = tuple(
        _read_summary(s, f"{where}.summaries[{i}]", len(msgs)) for i, s in enumerate(raw_summaries or ())
    )
    keep_turns = r.integer("keep_turns")
    if keep_turns is not None and keep_turns <= 0:
        keep_turns = None
    blobs = _read_blobs(r.get("blobs"), where)
    for i, m in enumerate(msgs):
        for j, a in enumerate(m.attachments):
            for sha in a.hashes():
                if sha not in blobs:
                    raise ImportFailed(
                        ImportProblem.BAD_REFERENCE, where=f"{where}.messages[{i}].attachments[{j}]",
                        field="sha256", detail=f"{sha} is not among the conversation's blobs",
                    )  # fmt: skip
    return PortableConversation(
        uid=r.text("uid", required=True), title=r.text("title"), created_at=created,
        updated_at=updated, messages=msgs, current_leaf=leaf,
        pinned=r.flag("pinned"), archived=r.flag("archived"), model=r.optional_text("model"),
        params=r.params("params"), system_prompt=r.text("system_prompt"), draft=r.text("draft"),
        summaries=found, keep_turns=keep_turns,
        title_source=r.choice("title_source", TitleSource) or TitleSource.PERSON, blobs=blobs,
        tools_enabled=r.flag("tools_enabled") if r.get("tools_enabled") is not None else True,
    )  # fmt: skip


_MAX_BLOB_CHARS = 4 * ((MAX_BLOB_BYTES + 2) // 3)  # base64 of MAX_BLOB_BYTES


def _read_blobs(obj: object, where: str) -> dict[str, bytes]:
    """The conversation's blobs, each decoded and its hash checked."""
    if obj is None:
        return {}
    r = JsonReader(obj, where)
    out: dict[str, bytes] = {}
    for sha, value in r.obj.items():
        field_name = f"blobs.{sha}"
        if not isinstance(value, str):
            raise r._refuse(ImportProblem.NOT_TEXT, field_name, value)
        if len(value) > _MAX_BLOB_CHARS:
            raise ImportFailed(
                ImportProblem.TOO_BIG, where=where, field=field_name,
                detail=f"an attachment over {MAX_BLOB_BYTES} bytes",
            )  # fmt: skip
        try:
            data = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ImportFailed(
                ImportProblem.INVALID_VALUE, where=where, field=field_name, detail=f"not base64: {exc}"
            ) from None
        if hashlib.sha256(data).hexdigest() != sha:
            raise ImportFailed(
                ImportProblem.INVALID_VALUE, where=where, field=field_name,
                detail="the bytes do not have this SHA-256 (damaged or altered)",
            )  # fmt: skip
        out[sha] = data
    return out


def _read_attachment(obj: object, where: str) -> PortableAttachment:
    r = JsonReader(obj, where)
    kind = r.choice("kind", AttachmentKind)
    if kind is None:
        raise ImportFailed(ImportProblem.MISSING_FIELD, where=where, field="kind")
    size = r.integer("size")
    if size is None or size < 0:
        raise ImportFailed(ImportProblem.INVALID_VALUE, where=where, field="size", detail=repr(size))
    pages_obj = r.get("page_images")
    if pages_obj is not None and not isinstance(pages_obj, list):
        raise r._refuse(ImportProblem.NOT_A_LIST, "page_images", pages_obj)
    page_images = tuple(pages_obj or ())
    if not all(isinstance(h, str) for h in page_images):
        raise ImportFailed(ImportProblem.NOT_TEXT, where=where, field="page_images")
    return PortableAttachment(
        kind=kind, name=r.text("name", required=True), mime=r.text("mime", required=True), size=size,
        sha256=r.text("sha256", required=True), sent_sha256=r.optional_text("sent_sha256"),
        width=r.integer("width"), height=r.integer("height"), text=r.text("text"), pages=r.integer("pages"),
        left_out=max(0, r.integer("left_out") or 0), scanned=r.flag("scanned"),
        page_images=tuple(str(h) for h in page_images),
    )  # fmt: skip


def _usage_of(r: JsonReader, where: str) -> Usage | None:
    usage_obj = r.get("usage")
    if usage_obj is None:
        return None
    u = JsonReader(usage_obj, f"{where}.usage")
    return Usage(u.integer("prompt"), u.integer("completion"), u.integer("total"))


def _read_summary(obj: object, where: str, count: int) -> PortableSummary:
    r = JsonReader(obj, where)
    through = r.integer("through")
    if through is None:
        raise ImportFailed(ImportProblem.MISSING_FIELD, where=where, field="through")
    if not 0 <= through < count:
        raise ImportFailed(
            ImportProblem.BAD_REFERENCE, where=where, field="through",
            detail=f"{through} is not one of its {count} messages",
        )  # fmt: skip
    created = r.number("created_at", required=True)
    assert created is not None
    updated = r.number("updated_at")
    return PortableSummary(
        through=through, content=r.text("content", required=True), created_at=created,
        updated_at=created if updated is None else updated, covered=max(0, r.integer("covered") or 0),
        model=r.optional_text("model"), usage=_usage_of(r, where),
    )  # fmt: skip


def _read_message(obj: object, where: str, index: int) -> PortableMessage:
    r = JsonReader(obj, where)
    parent = r.integer("parent")
    if parent is not None and not 0 <= parent < index:
        raise ImportFailed(
            ImportProblem.BAD_REFERENCE, where=where, field="parent",
            detail=f"{parent} must point to an earlier message",
        )  # fmt: skip
    usage = _usage_of(r, where)
    status = r.choice("status", MessageStatus) or MessageStatus.COMPLETE
    role = r.choice("role", Role)
    if role is None:
        raise ImportFailed(ImportProblem.MISSING_FIELD, where=where, field="role")
    created = r.number("created_at", required=True)
    assert created is not None
    updated = r.number("updated_at")
    error = r.optional_text("error")
    if "end_reason" in r.obj:
        end_reason = r.choice("end_reason", EndReason) or EndReason.NONE
        problem = r.choice("problem", Problem)
    else:  # written before end reasons were saved: read the status and the sentence as they did
        end_reason, problem, error = legacy_end(status, error, role=role)
    raw_attachments = r.get("attachments")
    if raw_attachments is not None and not isinstance(raw_attachments, list):
        raise r._refuse(ImportProblem.NOT_A_LIST, "attachments", raw_attachments)
    found = tuple(
        _read_attachment(a, f"{where}.attachments[{i}]") for i, a in enumerate(raw_attachments or ())
    )
    calls = _read_tool_calls(r, where, role)
    results = _read_tool_results(r, where, calls)
    return PortableMessage(
        parent=parent, role=role, content=r.text("content"), created_at=created,
        updated_at=created if updated is None else updated, reasoning=r.text("reasoning"),
        model=r.optional_text("model"), params=r.params("params"), usage=usage,
        finish_reason=r.choice("finish_reason", FinishReason), status=status,
        error=error, latency_ms=r.integer("latency_ms"), end_reason=end_reason, problem=problem,
        attachments=found, tool_calls=calls, tool_results=results,
    )  # fmt: skip


def _list_of(r: JsonReader, key: str) -> list[object]:
    value = r.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise r._refuse(ImportProblem.NOT_A_LIST, key, value)
    return value


def _read_tool_calls(r: JsonReader, where: str, role: Role) -> tuple[ToolCall, ...]:
    """An answer's calls: each with an id of its own, a name and its arguments as written."""
    raw = _list_of(r, "tool_calls")
    if raw and role is not Role.ASSISTANT:
        raise ImportFailed(
            ImportProblem.INVALID_VALUE, where=where, field="tool_calls",
            detail=f"a {role.value} message calls no tools: only answers do",
        )  # fmt: skip
    calls: list[ToolCall] = []
    seen: set[str] = set()
    for i, obj in enumerate(raw):
        c = JsonReader(obj, f"{where}.tool_calls[{i}]")
        call = ToolCall(
            id=c.text("id", required=True), name=c.text("name", required=True), arguments=c.text("arguments")
        )
        if not call.id or call.id in seen:
            raise ImportFailed(
                ImportProblem.INVALID_VALUE, where=c.where, field="id",
                detail="empty" if not call.id else f"{call.id!r} is the id of an earlier call too",
            )  # fmt: skip
        seen.add(call.id)
        calls.append(call)
    return tuple(calls)


def _read_tool_results(r: JsonReader, where: str, calls: tuple[ToolCall, ...]) -> tuple[ToolResult, ...]:
    """What came of the calls: at most one per call, each naming one of them; in call order."""
    order = {c.id: i for i, c in enumerate(calls)}
    found: dict[str, ToolResult] = {}
    for i, obj in enumerate(_list_of(r, "tool_results")):
        t = JsonReader(obj, f"{where}.tool_results[{i}]")
        call_id = t.text("call_id", required=True)
        if call_id not in order:
            raise ImportFailed(
                ImportProblem.BAD_REFERENCE, where=t.where, field="call_id",
                detail=f"{call_id!r} is not one of the message's tool calls",
            )  # fmt: skip
        if call_id in found:
            raise ImportFailed(
                ImportProblem.INVALID_VALUE, where=t.where, field="call_id",
                detail=f"a second result for {call_id!r}",
            )  # fmt: skip
        outcome = t.choice("outcome", ToolOutcome)
        if outcome is None:
            raise ImportFailed(ImportProblem.MISSING_FIELD, where=t.where, field="outcome")
        duration = t.integer("duration_ms")
        if duration is not None and duration < 0:
            raise ImportFailed(
                ImportProblem.INVALID_VALUE, where=t.where, field="duration_ms", detail=repr(duration)
            )
        found[call_id] = ToolResult(
            call_id=call_id, outcome=outcome, content=t.text("content"), server=t.text("server"),
            tool=t.text("tool"), duration_ms=duration, is_error=t.flag("is_error"),
        )  # fmt: skip
    return tuple(sorted(found.values(), key=lambda res: order[res.call_id]))


def _check_format(fmt: object, version: object, source: str) -> None:
    if fmt not in (ARCHIVE_FORMAT, CONVERSATION_FORMAT):
        raise ImportFailed(
            ImportProblem.NOT_A_CHAT_ARCHIVE, where=source, field="format", detail=repr(fmt)[:80]
        )
    if isinstance(version, bool) or not isinstance(version, int) or version > FORMAT_VERSION:
        raise ImportFailed(
            ImportProblem.NEWER_FORMAT, where=source, field="version", detail=f"format version {version!r}"
        )


def iter_document(stream: JsonStream) -> Iterator[PortableConversation]:
    """Conversations of an archive or single-conversation export, validated, one at a time.

    The header is checked as soon as it is read (our exports write it first); a file whose
    `format` comes after its conversations is refused once it is read to the end, so a caller
    that inserts while iterating must undo what it added when this raises.
    """
    source = stream.name
    if stream.first() != "{":
        # Decode the first value so a broken or absurd file reports its JSON problem as a whole-file
        # parse would; a list is read one element at a time (it may be a large ChatGPT export).
        if stream.peek() == "[":
            stream.expect("[")
            for _ in stream.items():
                break
        else:
            stream.value()
        raise ImportFailed(ImportProblem.NOT_AN_OBJECT, where=source, detail="the file is not a JSON object")
    stream.expect("{")
    header: dict[str, object] = {}
    checked = False
    count = 0
    for key in stream.members():
        if key == "conversations" and stream.peek() == "[":
            stream.expect("[")
            for item in stream.items():
                if not checked and "format" in header and "version" in header:
                    _check_format(header["format"], header["version"], source)
                    checked = True
                yield read_conversation(item, f"{source}: conversations[{count}]")
                count += 1
            header.setdefault("conversations", [])
            continue
        value = stream.value()
        if key == "conversation":
            header[key] = value
            continue
        header[key] = value
        if not checked and "format" in header and "version" in header:
            _check_format(header["format"], header["version"], source)
            checked = True
    stream.end()
    _check_format(header.get("format"), header.get("version"), source)
    if header.get("format") == CONVERSATION_FORMAT:
        if "conversation" not in header:
            raise ImportFailed(ImportProblem.MISSING_FIELD, where=source, field="conversation")
        yield read_conversation(header["conversation"], f"{source}: conversation")
    elif "conversations" not in header:
        raise ImportFailed(ImportProblem.MISSING_FIELD, where=source, field="conversations")
    elif not isinstance(header["conversations"], list):
        raise ImportFailed(
            ImportProblem.NOT_A_LIST, where=source, field="conversations",
            detail=f"found {_kind(header['conversations'])}",
        )  # fmt: skip
