"""Reader for a ChatGPT data export (`conversations.json`, alone or inside the export's .zip).

Why: people switching to Desktop Chat bring years of ChatGPT history. Each ChatGPT conversation is
a `mapping` of nodes linked by `parent`, the same tree shape as ours: edited questions and
regenerated answers are sibling branches there too, and `current_node` is the leaf on screen.
Nodes we cannot show (hidden system prompts, tool calls and their output, browsing widgets) are
left out and their children attached to the nearest message we keep; "thoughts" become the
reasoning of the answer that follows them.
"""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from pathlib import Path

from ..domain import FinishReason, MessageStatus, Role
from .errors import ImportFailed
from .importing import load_json
from .portable import JsonReader, PortableConversation, PortableMessage

_ROLES = {"user": Role.USER, "assistant": Role.ASSISTANT, "system": Role.SYSTEM}
_FINISH = {"stop": FinishReason.STOP, "max_tokens": FinishReason.LENGTH, "interrupted": FinishReason.OTHER}


def read_chatgpt(path: Path) -> list[PortableConversation]:
    data = None
    name = path.name
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as zf:
                member = next(
                    (n for n in zf.namelist() if n.rsplit("/", 1)[-1] == "conversations.json"), None
                )
                if member is None:
                    raise ImportFailed("the zip file has no conversations.json in it", where=name)
                data = zf.read(member)
                name = f"{name}/{member}"
        except (zipfile.BadZipFile, OSError) as exc:
            raise ImportFailed(f"the zip file is damaged ({exc})", where=name) from exc
    doc = load_json(Path(name), data=data) if data is not None else load_json(path)
    if not isinstance(doc, list):
        raise ImportFailed("a ChatGPT export should hold a list of conversations", where=name)
    return [_conversation(item, f"{name}: conversation {i + 1}") for i, item in enumerate(doc)]


def _conversation(item: object, where: str) -> PortableConversation:
    r = JsonReader(item, where)
    title = r.text("title")
    if title:
        where = f"{where} ({title[:40]!r})"
    mapping = r.obj.get("mapping")
    if not isinstance(mapping, dict):
        raise ImportFailed("'mapping' is missing or not an object", where=where)
    created = r.number("create_time") or time.time()
    updated = r.number("update_time") or created
    order = _topological(mapping, where)
    kept: dict[str, int | None] = {}  # node id -> index of the nearest kept message at/above it
    pending_reasoning: dict[str, str] = {}
    out: list[PortableMessage] = []
    for node_id in order:
        node = mapping[node_id]
        parent_id = node.get("parent")
        above = kept.get(parent_id) if parent_id is not None else None
        reasoning = pending_reasoning.get(parent_id, "") if parent_id is not None else ""
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


def _topological(mapping: dict[str, object], where: str) -> list[str]:
    """Node ids, parents before children, siblings in the parent's `children` order."""
    children: dict[str | None, list[str]] = {}
    for node_id, node in mapping.items():
        if not isinstance(node, dict):
            raise ImportFailed("a node should be an object", where=f"{where}: node {node_id!r}")
        parent = node.get("parent")
        if parent is not None and (not isinstance(parent, str) or parent not in mapping):
            raise ImportFailed(
                f"its parent {parent!r} is not in the conversation", where=f"{where}: node {node_id!r}"
            )
        children.setdefault(parent, []).append(node_id)
    for parent, kids in children.items():
        listed = mapping[parent].get("children") if parent is not None else None  # type: ignore[union-attr]
        if isinstance(listed, list):
            position = {k: i for i, k in enumerate(listed) if isinstance(k, str)}
            kids.sort(key=lambda k: position.get(k, len(position)))
    order: list[str] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        node_id = stack.pop()
        order.append(node_id)
        stack.extend(reversed(children.get(node_id, [])))
    if len(order) != len(mapping):
        stuck = next(n for n in mapping if n not in set(order))
        raise ImportFailed("its nodes form a loop", where=f"{where}: node {stuck!r}")
    return order


def _message(
    message: object, where: str, parent: int | None, reasoning: str, default_time: float
) -> PortableMessage | str | None:
    if message is None:
        return None
    r = JsonReader(message, where)
    author = JsonReader(r.obj.get("author") or {}, f"{where}.author")
    role = _ROLES.get(author.text("role"))
    metadata = r.obj.get("metadata") if isinstance(r.obj.get("metadata"), dict) else {}
    recipient = r.obj.get("recipient", "all")
    if role is None or metadata.get("is_visually_hidden_from_conversation") or recipient not in ("all", None):
        return None
    content = JsonReader(r.obj.get("content") or {}, f"{where}.content")
    kind = content.text("content_type")
    if kind == "thoughts":
        thoughts = content.obj.get("thoughts")
        items = thoughts if isinstance(thoughts, list) else []
        return "\n\n".join(str(t.get("content", "")) for t in items if isinstance(t, dict)).strip()
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
    finish_type = finish.get("type") if isinstance(finish, dict) else None
    status = MessageStatus.INTERRUPTED if r.obj.get("status") == "in_progress" else MessageStatus.COMPLETE
    return PortableMessage(
        parent=parent, role=role, content=text, created_at=created,
        updated_at=r.number("update_time") or created,
        reasoning=reasoning if role is Role.ASSISTANT else "",
        model=metadata.get("model_slug") if isinstance(metadata.get("model_slug"), str) else None,
        finish_reason=_FINISH.get(finish_type, FinishReason.parse(finish_type)) if finish_type else None,
        status=status,
    )  # fmt: skip


def _parts(content: JsonReader, where: str) -> str:
    parts = content.obj.get("parts")
    if parts is None:
        return ""
    if not isinstance(parts, list):
        raise ImportFailed("'parts' should be a list", where=f"{where}.content")
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, dict):
            kind = part.get("content_type", "")
            if kind == "audio_transcription" and isinstance(part.get("text"), str):
                out.append(part["text"])
            else:
                out.append("[image]" if "image" in str(kind) else "[attachment]")
    return "\n".join(p for p in out if p)
