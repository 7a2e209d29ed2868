"""Reader for a ChatGPT data export (`conversations.json`, alone or inside the export's .zip).

Why: people switching to Desktop Chat bring years of ChatGPT history. Each ChatGPT conversation is
a `mapping` of nodes linked by `parent`, the same tree shape as ours: edited questions and
regenerated answers are sibling branches there too, and `current_node` is the leaf on screen.
Nodes we cannot show (hidden system prompts, tool calls and their output, browsing widgets) are
left out and their children attached to the nearest message we keep; "thoughts" become the
reasoning of the answer that follows them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

from ..domain import FinishReason, MessageStatus, Role
from .errors import ImportFailed, ImportProblem
from .json_stream import JsonStream, open_file
from .legacy import legacy_end
from .portable import JsonReader, PortableConversation, PortableMessage

_ROLES = {"user": Role.USER, "assistant": Role.ASSISTANT, "system": Role.SYSTEM}
_FINISH = {"stop": FinishReason.STOP, "max_tokens": FinishReason.LENGTH, "interrupted": FinishReason.OTHER}
_ZIP_TROUBLE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)


class _ZipMember:
    """A zip member's stream whose read errors (bad CRC, broken deflate data) are ZIP_DAMAGED."""

    def __init__(self, fh: IO[bytes], where: str) -> None:
        self._fh = fh
        self._where = where

    def read(self, size: int = -1, /) -> bytes:
        try:
            return self._fh.read(size)
        except _ZIP_TROUBLE as exc:
            raise ImportFailed(ImportProblem.ZIP_DAMAGED, where=self._where, detail=str(exc)) from exc


@contextlib.contextmanager
def open_export(path: Path) -> Iterator[JsonStream]:
    """The text of `conversations.json`: the file itself, or the member of that name in a .zip."""
    name = path.name
    if not zipfile.is_zipfile(path):
        with open_file(path) as stream:
            yield stream
        return
    try:
        zf = zipfile.ZipFile(path)
    except (*_ZIP_TROUBLE, OSError) as exc:
        raise ImportFailed(ImportProblem.ZIP_DAMAGED, where=name, detail=str(exc)) from exc
    with zf:
        info = next((i for i in zf.infolist() if i.filename.rsplit("/", 1)[-1] == "conversations.json"), None)
        if info is None:
            raise ImportFailed(ImportProblem.ZIP_WITHOUT_CONVERSATIONS, where=name)
        where = f"{name}/{info.filename}"
        try:
            member = zf.open(info)
        except (*_ZIP_TROUBLE, OSError) as exc:
            raise ImportFailed(ImportProblem.ZIP_DAMAGED, where=name, detail=str(exc)) from exc
        with member:
            yield JsonStream(_ZipMember(member, where), where, total_bytes=info.file_size)


def iter_chatgpt(stream: JsonStream) -> Iterator[PortableConversation]:
    """The export's conversations, one at a time, each converted and validated."""
    name = stream.name
    first = stream.first()
    if first != "[":
        if first != "{":
            stream.value()  # a broken file reports its JSON problem first
        raise ImportFailed(ImportProblem.NOT_A_CHATGPT_EXPORT, where=name)
    stream.expect("[")
    for i, item in enumerate(stream.items()):
        yield _conversation(item, f"{name}: conversation {i + 1}")
    stream.end()


def read_chatgpt(path: Path) -> list[PortableConversation]:
    """Every conversation of an export at once (small files, tests)."""
    with open_export(path) as stream:
        return list(iter_chatgpt(stream))


def _conversation(item: object, where: str) -> PortableConversation:
    r = JsonReader(item, where)
    title = r.text("title")
    if title:
        where = f"{where} ({title[:40]!r})"
    mapping = r.get("mapping", required=True)
    if not isinstance(mapping, Mapping):
        raise ImportFailed(ImportProblem.NOT_AN_OBJECT, where=where, field="mapping")
    nodes = _nodes(mapping, where)
    created = r.number("create_time") or time.time()
    updated = r.number("update_time") or created
    order = _topological(nodes, where)
    kept: dict[str, int | None] = {}  # node id -> index of the nearest kept message at/above it
    pending_reasoning: dict[str, str] = {}
    out: list[PortableMessage] = []
    for node_id in order:
        node = nodes[node_id]
        parent_id = node.get("parent")
        above = kept.get(parent_id) if isinstance(parent_id, str) else None
        reasoning = pending_reasoning.get(parent_id, "") if isinstance(parent_id, str) else ""
        message = node.get("message")
        converted = _message(message, f"{where}: node {node_id!r}", above, reasoning, created)
        if isinstance(converted, str):  # a "thoughts" node: pass its text down
            kept[node_id] = above
            pending_reasoning[node_id] = (reasoning + "\n\n" + converted).strip()
        elif converted is None:
            kept[node_id] = above
            pending_reasoning[node_id] = reasoning
        else:
            out.append(converted)
            kept[node_id] = len(out) - 1
            pending_reasoning[node_id] = "" if converted.role is Role.ASSISTANT else reasoning
    current = r.obj.get("current_node")
    leaf = kept.get(current) if isinstance(current, str) else None
    if leaf is None and out:
        leaf = len(out) - 1
    ident = r.obj.get("conversation_id") or r.obj.get("id")
    if not isinstance(ident, str) or not ident:
        ident = hashlib.sha256(json.dumps([title, created], default=str).encode()).hexdigest()[:32]
    return PortableConversation(
        uid=f"chatgpt-{ident}", title=title, created_at=created, updated_at=max(updated, created),
        messages=tuple(out), current_leaf=leaf, model=next((m.model for m in reversed(out) if m.model), None),
    )  # fmt: skip


def _nodes(mapping: Mapping[object, object], where: str) -> dict[str, Mapping[str, object]]:
    nodes: dict[str, Mapping[str, object]] = {}
    for node_id, node in mapping.items():
        if not isinstance(node, Mapping):
            raise ImportFailed(ImportProblem.NOT_AN_OBJECT, where=f"{where}: node {node_id!r}")
        nodes[str(node_id)] = node
    return nodes


def _topological(nodes: dict[str, Mapping[str, object]], where: str) -> list[str]:
    """Node ids, parents before children, siblings in the parent's `children` order."""
    children: dict[str | None, list[str]] = {}
    for node_id, node in nodes.items():
        parent = node.get("parent")
        if parent is not None and (not isinstance(parent, str) or parent not in nodes):
            raise ImportFailed(
                ImportProblem.BAD_REFERENCE, where=f"{where}: node {node_id!r}", field="parent",
                detail=f"{parent!r} is not in the conversation",
            )  # fmt: skip
        children.setdefault(parent, []).append(node_id)
    for parent, kids in children.items():
        listed = nodes[parent].get("children") if parent is not None else None
        if isinstance(listed, list):
            position = {k: i for i, k in enumerate(listed) if isinstance(k, str)}
            kids.sort(key=lambda k: position.get(k, len(position)))
    order: list[str] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        node_id = stack.pop()
        order.append(node_id)
        stack.extend(reversed(children.get(node_id, [])))
    if len(order) != len(nodes):
        placed = set(order)
        stuck = next(n for n in nodes if n not in placed)
        raise ImportFailed(ImportProblem.LOOP, where=f"{where}: node {stuck!r}")
    return order


def _message(
    message: object, where: str, parent: int | None, reasoning: str, default_time: float
) -> PortableMessage | str | None:
    if message is None:
        return None
    r = JsonReader(message, where)
    author = JsonReader(r.obj.get("author") or {}, f"{where}.author")
    role = _ROLES.get(author.text("role"))
    raw_metadata = r.obj.get("metadata")
    metadata: Mapping[str, object] = raw_metadata if isinstance(raw_metadata, Mapping) else {}
    recipient = r.obj.get("recipient", "all")
    if role is None or metadata.get("is_visually_hidden_from_conversation") or recipient not in ("all", None):
        return None
    content = JsonReader(r.obj.get("content") or {}, f"{where}.content")
    kind = content.text("content_type")
    if kind == "thoughts":
        thoughts = content.obj.get("thoughts")
        items = thoughts if isinstance(thoughts, list) else []
        return "\n\n".join(str(t.get("content", "")) for t in items if isinstance(t, Mapping)).strip()
    if kind in ("text", "multimodal_text"):
        text = _parts(content, where)
    elif kind == "code":
        text = content.text("text")
    else:
        return None
    if not text.strip():
        return None
    created = r.number("create_time") or default_time
    finish = metadata.get("finish_details")
    finish_type = finish.get("type") if isinstance(finish, Mapping) else None
    finish_reason = None
    if isinstance(finish_type, str) and finish_type:
        finish_reason = _FINISH.get(finish_type, FinishReason.parse(finish_type))
    status = MessageStatus.INTERRUPTED if r.obj.get("status") == "in_progress" else MessageStatus.COMPLETE
    end_reason, problem, _ = legacy_end(status, None, role=role)
    slug = metadata.get("model_slug")
    return PortableMessage(
        parent=parent, role=role, content=text, created_at=created,
        updated_at=r.number("update_time") or created,
        reasoning=reasoning if role is Role.ASSISTANT else "",
        model=slug if isinstance(slug, str) else None, finish_reason=finish_reason,
        status=status, end_reason=end_reason, problem=problem,
    )  # fmt: skip


def _parts(content: JsonReader, where: str) -> str:
    parts = content.obj.get("parts")
    if parts is None:
        return ""
    if not isinstance(parts, list):
        raise ImportFailed(ImportProblem.NOT_A_LIST, where=f"{where}.content", field="parts")
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, Mapping):
            kind = part.get("content_type", "")
            spoken = part.get("text")
            if kind == "audio_transcription" and isinstance(spoken, str):
                out.append(spoken)
            else:
                out.append("[image]" if "image" in str(kind) else "[attachment]")
    return "\n".join(p for p in out if p)
