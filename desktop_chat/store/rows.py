"""Column lists and row → domain conversions, in one place so every query returns the same shapes.

Why: conversations and messages are read by several modules (queries, search, export, the answer
writer); one definition of "a Message row" keeps them from drifting apart.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..domain import (
    Conversation,
    EndReason,
    FinishReason,
    GenerationParams,
    Message,
    MessageStatus,
    Problem,
    Role,
    Usage,
)

CONVERSATION_COLUMNS = (
    "id, title, created_at, updated_at, pinned, archived, model, params, system_prompt, draft, "
    "current_leaf_id"
)
DEFAULT_PARAMS = GenerationParams()  # frozen: safe to share as a default
MESSAGE_COLUMNS = (
    "id, conversation_id, parent_id, role, content, created_at, updated_at, reasoning, model, params, "
    "prompt_tokens, completion_tokens, total_tokens, finish_reason, status, error, latency_ms, "
    "end_reason, problem"
)


def prefixed(columns: str, alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


def params_to_json(params: GenerationParams) -> str:
    return json.dumps(params.to_dict(), ensure_ascii=False, sort_keys=True)


def params_from_json(raw: str | None) -> GenerationParams:
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return GenerationParams()
    return GenerationParams.from_dict(data if isinstance(data, dict) else {})


def usage_from(prompt: int | None, completion: int | None, total: int | None) -> Usage | None:
    if prompt is None and completion is None and total is None:
        return None
    return Usage(prompt, completion, total)


def conversation_from_row(row: Sequence[object]) -> Conversation:
    (cid, title, created, updated, pinned, archived, model, params, system_prompt, draft, leaf) = row
    return Conversation(
        id=int(cid),  # type: ignore[call-overload]
        title=str(title),
        created_at=float(created),  # type: ignore[arg-type]
        updated_at=float(updated),  # type: ignore[arg-type]
        pinned=bool(pinned),
        archived=bool(archived),
        model=model if model is None else str(model),
        params=params_from_json(params),  # type: ignore[arg-type]
        system_prompt=str(system_prompt),
        draft=str(draft),
        current_leaf_id=None if leaf is None else int(leaf),  # type: ignore[call-overload]
    )


def message_from_row(row: Sequence[object]) -> Message:
    (
        mid, cid, parent, role, content, created, updated, reasoning, model, params,
        prompt, completion, total, finish, status, error, latency, end, problem,
    ) = row  # fmt: skip
    return Message(
        id=int(mid),  # type: ignore[call-overload]
        conversation_id=int(cid),  # type: ignore[call-overload]
        parent_id=None if parent is None else int(parent),  # type: ignore[call-overload]
        role=Role(role),
        content=str(content),
        created_at=float(created),  # type: ignore[arg-type]
        updated_at=float(updated),  # type: ignore[arg-type]
        reasoning=str(reasoning),
        model=None if model is None else str(model),
        params=params_from_json(params),  # type: ignore[arg-type]
        usage=usage_from(prompt, completion, total),  # type: ignore[arg-type]
        finish_reason=None if finish is None else FinishReason.parse(str(finish)),
        status=MessageStatus(status),
        error=None if error is None else str(error),
        latency_ms=None if latency is None else int(latency),  # type: ignore[call-overload]
        end_reason=end_reason_from(end),
        problem=problem_from(problem),
    )


def end_reason_from(raw: object) -> EndReason:
    """The saved end reason; a value this version does not know reads as a failure of the gateway."""
    try:
        return EndReason(raw or "")
    except ValueError:
        return EndReason.FAILED


def problem_from(raw: object) -> Problem | None:
    """The saved problem; a value this version does not know reads as a failure of the gateway."""
    if raw is None or raw == "":
        return None
    try:
        return Problem(raw)
    except ValueError:
        return Problem.GATEWAY
