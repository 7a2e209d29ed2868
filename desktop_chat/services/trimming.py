"""The seed's strategy for long chats: the system prompt and the most recent turns that fit are sent.

Why pure and apart: which messages go over the wire decides what the model "remembers", and the
rules are easy to get subtly wrong. A *turn* is one of the person's messages with the answers after
it (an answer and its continuations): turns are kept or left out whole, so an answer is never sent
without its question. The system prompt, the newest turn (the question being answered) and the
"continue" instruction are always sent. A summary covering the branch up to one of its messages
replaces those messages (one system message after the prompt). `keep_turns` caps the turns sent
even when more would fit. Costs come from the caller's `count` (cached per text), so planning a
500-turn chat is one pass over its messages.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_chat.domain import ChatMessage, Message, Role, Summary
from desktop_chat.services.context import branch_parts

SUMMARY_PREFIX = "Summary of the earlier part of this conversation (written to save space):\n\n"
SUMMARY_INSTRUCTION = (
    "Summarise the conversation below so that it can be continued without it. Keep every fact, "
    "decision, name, number, date, file and open question; keep what the person asked for and "
    "how they want answers. Write in the conversation's own language, concisely, as notes."
)
SUMMARY_PREVIOUS = "Summary of what came before this part:\n\n"


class CutReason(enum.Enum):
    """Why messages were left out (NOTHING_CUT: everything is sent)."""

    NOTHING_CUT = "nothing_cut"
    WINDOW = "window"  # the model's context window (minus the answer's reserve)
    KEEP_TURNS = "keep_turns"  # the chat's "send the last N turns only"
    SUMMARY = "summary"  # only a summary stands for the earlier messages; the rest fits


@dataclass(frozen=True, slots=True)
class ContextPlan:
    """What one request sends and what it leaves out.

    `left_out`: branch messages neither sent nor covered by the summary used. `first_sent_id`:
    the oldest branch message sent when anything before it is not (None when nothing is cut).
    `fits`: False when even the newest turn alone is over the budget (it is sent anyway).
    """

    messages: tuple[ChatMessage, ...]
    left_out: int
    first_sent_id: int | None
    summary_used: Summary | None
    estimated_tokens: int
    fits: bool
    reason: CutReason


@dataclass(frozen=True, slots=True)
class _Turn:
    start: int  # branch index of its first stored message
    parts: tuple[ChatMessage, ...]
    cost: int


def _turns(branch: Sequence[Message], start: int, count: Callable[[ChatMessage], int]) -> list[_Turn]:
    """The branch from index `start` as turns (a leading answer without question joins no turn)."""
    turns: list[_Turn] = []
    current: list[ChatMessage] = []
    begin = start
    cost = 0
    for index, part in branch_parts(branch[start:]):
        if part.role is Role.USER and current:
            turns.append(_Turn(begin, tuple(current), cost))
            current, cost = [], 0
        if not current:
            begin = start + index
        current.append(part)
        cost += count(part)
    if current:
        turns.append(_Turn(begin, tuple(current), cost))
    return turns


def plan_context(
    system_prompt: str,
    branch: Sequence[Message],
    *,
    budget: int | None,
    keep_turns: int | None,
    summary: Summary | None,
    count: Callable[[ChatMessage], int],
    instruction: ChatMessage | None = None,
) -> ContextPlan:
    """The messages to send for `branch` (root → the message to answer); see the module docstring."""
    head: list[ChatMessage] = []
    prompt = (system_prompt or "").strip()
    if prompt:
        head.append(ChatMessage(Role.SYSTEM, prompt))
    tail = [instruction] if instruction is not None else []
    fixed = sum(count(m) for m in head) + sum(count(m) for m in tail)

    start = 0
    summary_message: ChatMessage | None = None
    if summary is not None:
        at = next((i for i, m in enumerate(branch) if m.id == summary.through_message_id), None)
        if at is None:
            summary = None
        else:
            start = at + 1
            summary_message = ChatMessage(Role.SYSTEM, SUMMARY_PREFIX + summary.content)
    turns = _turns(branch, start, count)
    room = None if budget is None else budget - fixed

    kept: list[_Turn] = []
    used = 0
    reason = CutReason.NOTHING_CUT
    for position, turn in enumerate(reversed(turns)):
        if keep_turns is not None and position >= keep_turns:
            reason = CutReason.KEEP_TURNS
            break
        if position > 0 and room is not None and used + turn.cost > room:
            reason = CutReason.WINDOW
            break
        kept.append(turn)
        used += turn.cost
    kept.reverse()
    fits = room is None or used <= room

    summary_cost = 0 if summary_message is None else count(summary_message)
    if summary_message is not None and room is not None and used + summary_cost > room:
        summary_message, summary = None, None  # no room for it: the newest turns matter more
        summary_cost = 0
        if reason is CutReason.NOTHING_CUT:
            reason = CutReason.WINDOW

    first_kept = kept[0].start if kept else len(branch)
    sent_before = 0 if summary is None else start
    left_out = sum(1 for m in branch[sent_before:first_kept] if m.role is not Role.SYSTEM)
    if summary is not None and left_out == 0 and start > 0 and reason is CutReason.NOTHING_CUT:
        reason = CutReason.SUMMARY
    cut = left_out > 0 or summary is not None
    first_sent_id = branch[first_kept].id if cut and first_kept < len(branch) else None

    messages = [*head]
    if summary_message is not None:
        messages.append(summary_message)
    for turn in kept:
        messages.extend(turn.parts)
    messages.extend(tail)
    return ContextPlan(
        messages=tuple(messages), left_out=left_out, first_sent_id=first_sent_id, summary_used=summary,
        estimated_tokens=fixed + used + summary_cost, fits=fits, reason=reason,
    )  # fmt: skip


def summary_chunks(
    messages: Sequence[Message], *, budget: int, count: Callable[[ChatMessage], int]
) -> list[list[ChatMessage]]:
    """The messages to summarise as consecutive pieces that each fit `budget` tokens.

    A single message longer than the budget is cut to fit (by characters, in proportion) rather
    than dropped: a summary of most of it is better than none.
    """
    pieces: list[list[ChatMessage]] = []
    current: list[ChatMessage] = []
    used = 0
    for _, part in branch_parts(messages):
        cost = count(part)
        if cost > budget:
            keep = max(1, int(len(part.content) * budget / cost * 0.9))
            part = ChatMessage(part.role, part.content[:keep])
            cost = count(part)
        if current and used + cost > budget:
            pieces.append(current)
            current, used = [], 0
        current.append(part)
        used += cost
    if current:
        pieces.append(current)
    return pieces


def summary_request(previous_summary: str, piece: Sequence[ChatMessage]) -> list[ChatMessage]:
    """The request that summarises `piece`, carrying the summary of what came before it."""
    lines: list[str] = []
    if previous_summary.strip():
        lines.append(SUMMARY_PREVIOUS + previous_summary.strip())
    names = {Role.USER: "Person", Role.ASSISTANT: "Assistant", Role.SYSTEM: "Note"}
    lines.extend(f"{names[m.role]}: {m.content}" for m in piece)
    return [ChatMessage(Role.SYSTEM, SUMMARY_INSTRUCTION), ChatMessage(Role.USER, "\n\n".join(lines))]
