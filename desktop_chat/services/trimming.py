"""What is sent when the branch is longer than the model can read: the seed's strategy.

Why a module of its own: the gateway's advice is "keep system messages, keep the most recent N
turns, optionally summarise earlier conversation content", and getting it subtly wrong hurts (an
answer sent without its question, a continuation cut from its answer, the question being answered
dropped). These are pure functions of the branch, a budget and a token counter, tested without a
network or a database, and fast enough to run on every send (O(n), one count per message; the
caller caches counts, e.g. `tokens.ContextEstimator.counter`).

Rules of `plan_context`:
- build_context's rules (context.py) decide what each stored message becomes;
- a turn is a user message and the answers after it (an answer and its continuations, joined);
  turns are kept or left out whole, newest first, so no answer goes without its question;
- always sent: the system prompt, the newest turn (the question being answered), and the
  "continue" instruction when given — even when they alone exceed the budget (`fits` is then False
  and the caller decides);
- a summary whose last message is on the branch (before the newest turn) is sent, as a system
  message right after the system prompt, in place of the messages it covers; it is dropped if it
  does not fit beside the newest turn;
- `keep_turns` ("Send the last N turns only") keeps at most the N newest turns after the summary.

`summary_chunks` and `summary_request` make a summary of a long stretch piece by piece, each
piece's summary carried into the next, so a 1,000-message chat can be summarised by an 8k model.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_chat.domain import ChatMessage, Message, Role, Summary
from desktop_chat.services.context import branch_parts, is_sent

Count = Callable[[ChatMessage], int]

SUMMARY_PREFIX = (
    "Summary of the earlier part of this conversation (those messages are not repeated here):\n\n"
)

# The simulator recognises a summary request by this opening and the "Person:" lines (devtools/answers.py).
SUMMARY_INSTRUCTION = (
    "Summarise the conversation below between a person and an AI assistant. Your summary will be sent "
    "to the assistant in place of those messages, so keep everything needed to carry on: facts, "
    "decisions, names, numbers, dates, code identifiers and file names, what the person wants and how, "
    "and the questions still open. Write in the language of the conversation. Be concise: short "
    "notes, no introduction and no comment about the summary itself."
)
SUMMARY_PREVIOUS = "Summary of what came before this part:\n\n"


class CutReason(enum.Enum):
    """Why some of the branch is not sent as it is."""

    NOTHING_CUT = "nothing_cut"  # the whole branch is sent
    WINDOW = "window"  # earlier turns left out (or a summary dropped) to fit the budget
    KEEP_TURNS = "keep_turns"  # the chat sends only its last N turns
    SUMMARY = "summary"  # a summary stands for the earlier messages; the rest is sent whole


@dataclass(frozen=True, slots=True)
class ContextPlan:
    """What to send, and what the chat should show about what is not sent.

    `left_out`: branch messages before the first one sent that no summary stands for (0 when
    nothing is cut). `first_sent_id`: the oldest branch message sent, where the chat draws its cut
    line; None when nothing was cut (reason NOTHING_CUT). `fits`: False when the system prompt, the
    newest turn and the instruction alone exceed the budget (they are sent anyway).
    """

    messages: tuple[ChatMessage, ...]
    left_out: int
    first_sent_id: int | None
    summary_used: Summary | None
    estimated_tokens: int
    fits: bool
    reason: CutReason


def summary_message(summary: Summary) -> ChatMessage:
    """The message a summary is sent as."""
    return ChatMessage(Role.SYSTEM, SUMMARY_PREFIX + summary.content.strip())


def plan_context(
    system_prompt: str,
    branch: Sequence[Message],
    *,
    budget: int | None,
    keep_turns: int | None,
    summary: Summary | None,
    count: Count,
    instruction: ChatMessage | None = None,
) -> ContextPlan:
    """The messages to send for `branch` (ending at the message to answer) within `budget` tokens."""
    head: list[ChatMessage] = []
    prompt = (system_prompt or "").strip()
    if prompt:
        head.append(ChatMessage(Role.SYSTEM, prompt))
    tail = [instruction] if instruction is not None else []
    fixed = sum(count(m) for m in head) + sum(count(m) for m in tail)

    covered_end = _summary_end(branch, summary)  # index after the covered messages; 0: no summary
    parts = branch_parts(branch[covered_end:] if covered_end else branch)
    tokens = [count(m) for _, m in parts]
    # turns as [first part, end part): a new turn at every question (leading answers make their own)
    starts = [p for p, (_, m) in enumerate(parts) if m.role is Role.USER or p == 0]
    ends = [*starts[1:], len(parts)] if starts else []  # no parts (a new chat, all summarised): no turns
    turn_tokens = [sum(tokens[s:e]) for s, e in zip(starts, ends, strict=True)]
    n_turns = len(starts)

    summary_msg = summary_message(summary) if covered_end and summary is not None else None
    summary_tokens = count(summary_msg) if summary_msg is not None else 0

    allowed = n_turns if keep_turns is None else min(n_turns, max(1, keep_turns))
    newest = turn_tokens[-1] if n_turns else 0
    fits = budget is None or fixed + newest <= budget
    keep_summary = summary_msg is not None
    first = n_turns - allowed  # index of the oldest turn kept
    if budget is not None:
        if not fits:
            first = max(n_turns - 1, 0)
            keep_summary = False
        else:
            room = budget - fixed - newest
            if keep_summary and summary_tokens <= room:
                room -= summary_tokens
            else:
                keep_summary = False
            oldest = first
            first = max(n_turns - 1, 0)
            while first > oldest and turn_tokens[first - 1] <= room:
                first -= 1
                room -= turn_tokens[first]

    cut_by_window = (n_turns and first > n_turns - allowed) or (summary_msg is not None and not keep_summary)
    if cut_by_window:
        reason = CutReason.WINDOW
    elif allowed < n_turns:
        reason = CutReason.KEEP_TURNS
    elif keep_summary:
        reason = CutReason.SUMMARY
    else:
        reason = CutReason.NOTHING_CUT

    sent_parts = parts[starts[first]:] if n_turns else []
    messages = [*head]
    if keep_summary and summary_msg is not None:
        messages.append(summary_msg)
    messages.extend(m for _, m in sent_parts)
    messages.extend(tail)
    sent_tokens = sum(tokens[starts[first]:]) if n_turns else 0
    estimated = fixed + (summary_tokens if keep_summary else 0) + sent_tokens

    first_index = covered_end + sent_parts[0][0] if sent_parts else None
    left_out = 0
    first_sent_id = None
    if reason is not CutReason.NOTHING_CUT:
        if first_index is not None:
            first_sent_id = branch[first_index].id
            left_out = first_index - (covered_end if keep_summary else 0)
        else:
            left_out = 0 if keep_summary else covered_end
        if reason is CutReason.SUMMARY:
            left_out = 0
    return ContextPlan(
        messages=tuple(messages),
        left_out=left_out,
        first_sent_id=first_sent_id,
        summary_used=summary if keep_summary else None,
        estimated_tokens=estimated,
        fits=fits,
        reason=reason,
    )


def _summary_end(branch: Sequence[Message], summary: Summary | None) -> int:
    """The branch index after the messages `summary` covers; 0 when it is not used on this branch.

    Not used when its last message is not on the branch, or is the newest question or later (the
    question being answered is always sent as written).
    """
    if summary is None:
        return 0
    through = summary.through_message_id
    index = next((i for i, m in enumerate(branch) if m.id == through), None)
    if index is None:
        return 0
    newest = next((i for i in range(len(branch) - 1, -1, -1)
                   if branch[i].role is Role.USER and is_sent(branch[i])), None)
    if newest is None:
        newest = next((i for i, m in enumerate(branch) if is_sent(m)), len(branch))
    return index + 1 if index < newest else 0


def summary_chunks(messages: Sequence[Message], *, budget: int, count: Count) -> list[list[ChatMessage]]:
    """`messages` as sent, cut into consecutive pieces of at most `budget` tokens each.

    `budget` is what one summary request may spend on the piece: the caller leaves room for the
    instruction, the summary carried from the previous piece and the answer. A message longer
    than the budget on its own is cut into several pieces of its text.
    """
    budget = max(1, budget)
    pieces: list[list[ChatMessage]] = []
    current: list[ChatMessage] = []
    used = 0
    for _, message in branch_parts(messages):
        tokens = count(message)
        if tokens > budget:
            if current:
                pieces.append(current)
                current, used = [], 0
            pieces.extend([part] for part in _split(message, tokens, budget, count))
            continue
        if current and used + tokens > budget:
            pieces.append(current)
            current, used = [], 0
        current.append(message)
        used += tokens
    if current:
        pieces.append(current)
    return pieces


_MIN_SPLIT_CHARS = 64


def _split(message: ChatMessage, tokens: int, budget: int, count: Count) -> list[ChatMessage]:
    """A too-long message cut into consecutive slices of its text that fit (or are very short)."""
    text = message.content
    parts = max(2, math.ceil(tokens / budget))
    while True:
        size = max(_MIN_SPLIT_CHARS, math.ceil(len(text) / parts))
        slices = [ChatMessage(message.role, text[i:i + size]) for i in range(0, len(text), size)]
        if size <= _MIN_SPLIT_CHARS or all(count(s) <= budget for s in slices):
            return slices
        parts *= 2


_SPEAKERS = {Role.USER: "Person", Role.ASSISTANT: "Assistant", Role.SYSTEM: "Note", Role.TOOL: "Tool result"}


def summary_request(previous_summary: str, piece: Sequence[ChatMessage]) -> list[ChatMessage]:
    """The request that summarises `piece`, folding in the summary of the pieces before it.

    The piece goes as one transcript in one user message (a piece may begin with an answer, or
    hold two answers in a row where a long one was cut, which some providers refuse as messages).
    """
    lines: list[str] = []
    previous = previous_summary.strip()
    if previous:
        lines.append(SUMMARY_PREVIOUS + previous)
    lines.extend(f"{_SPEAKERS[m.role]}: {m.content}" for m in piece)
    return [ChatMessage(Role.SYSTEM, SUMMARY_INSTRUCTION), ChatMessage(Role.USER, "\n\n".join(lines))]
