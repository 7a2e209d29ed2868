"""Column lists and row → domain conversions, in one place so every query returns the same shapes.

Why: conversations and messages are read by several modules (queries, search, export, the answer
writer); one definition of "a Message row" keeps them from drifting apart.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

from ..domain import (
    Conversation,
    EndReason,
    FinishReason,
    GenerationParams,
    Message,
    MessageStatus,
    Problem,
    Role,
    TitleSource,
    Usage,
)
from .tools import calls_from_json

CONVERSATION_COLUMNS = (
    "id, title, created_at, updated_at, pinned, archived, model, params, system_prompt, draft, "
    "current_leaf_id, trashed_at, keep_turns, title_source, tools_enabled"
)
DEFAULT_PARAMS = GenerationParams()  # frozen: safe to share as a default
MESSAGE_COLUMNS = (
    "id, conversation_id, parent_id, role, content, created_at, updated_at, reasoning, model, params, "
    "prompt_tokens, completion_tokens, total_tokens, finish_reason, status, error, latency_ms, "
    "end_reason, problem, tool_calls"
)


def prefixed(columns: str, alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


def params_to_json(params: GenerationParams) -> str:
    return json.dumps(params.to_dict(), ensure_ascii=False, sort_keys=True)


@functools.lru_cache(maxsize=512)
def params_from_json(raw: str | None) -> GenerationParams:
    """The parameters saved as JSON; cached, since a chat's messages mostly share a handful of them."""
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return GenerationParams()
    try:
        return GenerationParams.from_dict(data if isinstance(data, dict) else {})
    except (TypeError, ValueError):
        return GenerationParams()


def usage_from(prompt: int | None, completion: int | None, total: int | None) -> Usage | None:
    if prompt is None and completion is None and total is None:
        return None
    return Usage(prompt, completion, total)


def conversation_from_row(row: Sequence[Any]) -> Conversation:
    (cid, title, created, updated, pinned, archived, model, params, system_prompt, draft, leaf, trashed,
     keep_turns, title_source, tools_enabled) = row
    return Conversation(
        id=int(cid),
        title=str(title),
        created_at=float(created),
        updated_at=float(updated),
        pinned=bool(pinned),
        archived=bool(archived),
        model=model if model is None else str(model),
        params=params_from_json(params),
        system_prompt=str(system_prompt),
        draft=str(draft),
        current_leaf_id=None if leaf is None else int(leaf),
        trashed_at=None if trashed is None else float(trashed),
        keep_turns=None if keep_turns is None else int(keep_turns),
        title_source=_TITLE_SOURCES.get(str(title_source), TitleSource.PERSON),
        tools_enabled=bool(tools_enabled),
    )


# Column text → enum member by dictionary lookup: a chat view converts thousands of rows at once,
# and a lookup costs a fraction of an Enum call.
_ROLES: dict[str, Role] = {r.value: r for r in Role}
_STATUSES: dict[str, MessageStatus] = {s.value: s for s in MessageStatus}
_END_REASONS: dict[str, EndReason] = {e.value: e for e in EndReason}
_PROBLEMS: dict[str, Problem] = {p.value: p for p in Problem}
_FINISH_REASONS: dict[str, FinishReason] = {f.value: f for f in FinishReason}
_TITLE_SOURCES: dict[str, TitleSource] = {t.value: t for t in TitleSource}


def message_from_row(row: Sequence[Any]) -> Message:
    (
        mid, cid, parent, role, content, created, updated, reasoning, model, params,
        prompt, completion, total, finish, status, error, latency, end, problem, tool_calls,
    ) = row  # fmt: skip
    return Message(
        id=int(mid),
        conversation_id=int(cid),
        parent_id=None if parent is None else int(parent),
        role=_ROLES[role],
        content=str(content),
        created_at=float(created),
        updated_at=float(updated),
        reasoning=str(reasoning),
        model=None if model is None else str(model),
        params=params_from_json(params),
        usage=usage_from(prompt, completion, total),
        finish_reason=finish_from(finish),
        status=_STATUSES[status],
        error=None if error is None else str(error),
        latency_ms=None if latency is None else int(latency),
        end_reason=end_reason_from(end),
        problem=problem_from(problem),
        tool_calls=() if tool_calls is None else calls_from_json(tool_calls),
    )


def finish_from(raw: object) -> FinishReason | None:
    if raw is None:
        return None
    return _FINISH_REASONS.get(str(raw)) or FinishReason.parse(str(raw))


def end_reason_from(raw: object) -> EndReason:
    """The saved end reason; a value this version does not know reads as a failure."""
    if raw is None:
        return EndReason.NONE
    return _END_REASONS.get(str(raw), EndReason.FAILED)


def problem_from(raw: object) -> Problem | None:
    """The saved problem; a value this version does not know reads as a failure of the gateway."""
    if raw is None or raw == "":
        return None
    return _PROBLEMS.get(str(raw), Problem.GATEWAY)
