"""What is sent when the branch is too long: whole turns, newest first, the prompt and the question kept."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from desktop_chat.domain import ChatMessage, Message, MessageStatus, Role, Summary
from desktop_chat.services.context import CONTINUE_INSTRUCTION, build_context
from desktop_chat.services.trimming import (
    SUMMARY_INSTRUCTION,
    SUMMARY_PREFIX,
    ContextPlan,
    CutReason,
    plan_context,
    summary_chunks,
    summary_message,
    summary_request,
)

INSTRUCTION = ChatMessage(Role.USER, CONTINUE_INSTRUCTION)


def count(message: ChatMessage) -> int:
    return 4 + len(message.content) // 4


def msg(mid: int, role: Role, content: str, status: MessageStatus = MessageStatus.COMPLETE) -> Message:
    return Message(mid, 1, mid - 1 or None, role, content, 0.0, 0.0, status=status)


def chat(turns: int, answer_chars: int = 400) -> list[Message]:
    """Questions of ~40 characters (14 tokens) and answers of `answer_chars` (4 + chars/4 tokens)."""
    branch: list[Message] = []
    for t in range(turns):
        branch.append(msg(len(branch) + 1, Role.USER, f"Question number {t:04d}, about something?"))
        branch.append(msg(len(branch) + 1, Role.ASSISTANT, f"A{t:04d} " + "x" * (answer_chars - 6)))
    return branch


def summary(through: int, content: str = "They agreed on Lisbon in May.", covered: int = 0) -> Summary:
    return Summary(1, 1, through, content, 0.0, 0.0, covered=covered)


def plan(branch: Sequence[Message], budget: int | None = None, **kw: object) -> ContextPlan:
    options: dict[str, object] = {"keep_turns": None, "summary": None, "count": count}
    options.update(kw)
    return plan_context("Be brief.", branch, budget=budget, **options)  # type: ignore[arg-type]


def test_everything_fits_everything_is_sent() -> None:
    branch = chat(5)[:-1]  # ends on the question being answered
    p = plan(branch, budget=10_000)
    assert list(p.messages) == build_context("Be brief.", branch)
    assert (p.reason, p.left_out, p.first_sent_id, p.fits) == (CutReason.NOTHING_CUT, 0, None, True)
    assert p.estimated_tokens == sum(count(m) for m in p.messages)
    assert plan(branch, budget=None).messages == p.messages


def test_the_window_keeps_the_prompt_and_the_newest_whole_turns() -> None:
    branch = chat(20)[:-1]
    full = build_context("Be brief.", branch)
    budget = sum(count(m) for m in full) // 2
    p = plan(branch, budget=budget)
    assert p.reason is CutReason.WINDOW and p.fits
    assert p.messages[0] == ChatMessage(Role.SYSTEM, "Be brief.")
    assert p.messages[-1] == full[-1]  # the question being answered
    assert p.messages[1].role is Role.USER  # never an answer without its question
    assert list(p.messages[1:]) == full[len(full) - len(p.messages) + 1:]  # the newest, in order
    assert p.estimated_tokens <= budget
    # one more turn would not have fitted
    assert p.estimated_tokens + count(full[len(full) - len(p.messages)]) + count(
        full[len(full) - len(p.messages) - 1]) > budget
    sent_first = next(m for m in branch if m.content == p.messages[1].content)
    assert p.first_sent_id == sent_first.id
    assert p.left_out == branch.index(sent_first)


def test_continuations_stay_joined_and_go_with_their_question() -> None:
    branch = [
        msg(1, Role.USER, "Q1 " + "q" * 200),
        msg(2, Role.ASSISTANT, "Part one " + "a" * 400, MessageStatus.INTERRUPTED),
        msg(3, Role.ASSISTANT, " and part two " + "b" * 400),
        msg(4, Role.USER, "Q2"),
        msg(5, Role.ASSISTANT, "", MessageStatus.FAILED),
        msg(6, Role.USER, "Q3"),
    ]
    full = build_context("", branch)
    assert len(full) == 4  # the continuation joined, the empty answer skipped
    p = plan_context("", branch, budget=sum(count(m) for m in full), keep_turns=None, summary=None,
                     count=count)
    assert list(p.messages) == full
    p = plan_context("", branch, budget=sum(count(m) for m in full) - 1, keep_turns=None, summary=None,
                     count=count)
    assert [m.content for m in p.messages] == ["Q2", "Q3"]  # the whole first turn left out
    assert (p.left_out, p.first_sent_id) == (3, 4)


def test_the_newest_turn_is_sent_even_when_it_alone_does_not_fit() -> None:
    branch = [*chat(3), msg(7, Role.USER, "A long question " + "z" * 4000)]
    p = plan(branch, budget=100, summary=summary(2))
    assert not p.fits and p.reason is CutReason.WINDOW
    assert [m.role for m in p.messages] == [Role.SYSTEM, Role.USER]
    assert p.messages[-1].content == branch[-1].content
    assert p.summary_used is None
    assert (p.first_sent_id, p.left_out) == (7, 6)


def test_the_continue_instruction_is_always_last_and_the_partial_answer_kept() -> None:
    branch = [*chat(10), msg(21, Role.USER, "Q"), msg(22, Role.ASSISTANT, "Half", MessageStatus.INTERRUPTED)]
    p = plan(branch, budget=150, instruction=INSTRUCTION)
    assert p.messages[-1] == INSTRUCTION
    assert p.messages[-3:-1] == (ChatMessage(Role.USER, "Q"), ChatMessage(Role.ASSISTANT, "Half"))
    assert p.estimated_tokens <= 150 and p.fits
    tiny = plan(branch, budget=5, instruction=INSTRUCTION)
    assert not tiny.fits and tiny.messages[-1] == INSTRUCTION and tiny.messages[-2].content == "Half"


def test_keep_turns_sends_at_most_the_last_n_turns() -> None:
    branch = chat(10)[:-1]
    p = plan(branch, keep_turns=3)
    assert p.reason is CutReason.KEEP_TURNS
    assert [m.role for m in p.messages] == [Role.SYSTEM, *[Role.USER, Role.ASSISTANT] * 2, Role.USER]
    assert p.first_sent_id == branch[-5].id and p.left_out == len(branch) - 5
    assert plan(branch, keep_turns=0).messages[-1] == p.messages[-1]  # the question is always sent
    assert plan(branch, keep_turns=50).reason is CutReason.NOTHING_CUT
    # the window cuts deeper than keep_turns: the window is the reason
    assert plan(branch, keep_turns=8, budget=120).reason is CutReason.WINDOW


def test_a_summary_replaces_exactly_the_messages_it_covers() -> None:
    branch = chat(10)[:-1]
    s = summary(through=8)  # the first four turns
    p = plan(branch, summary=s)
    assert p.reason is CutReason.SUMMARY and p.summary_used == s
    assert p.messages[1] == summary_message(s)
    assert p.messages[1].role is Role.SYSTEM and p.messages[1].content.startswith(SUMMARY_PREFIX)
    assert list(p.messages[2:]) == build_context("", branch[8:])
    assert (p.left_out, p.first_sent_id) == (0, 9)
    # still too long after the summary: the summary is kept and the rest trimmed as usual
    budget = p.estimated_tokens - 100
    q = plan(branch, summary=s, budget=budget)
    assert q.reason is CutReason.WINDOW and q.summary_used == s and q.messages[1] == summary_message(s)
    assert q.messages[2].role is Role.USER and q.estimated_tokens <= budget
    first = next(m for m in branch if m.content == q.messages[2].content)
    assert q.left_out == branch.index(first) - 8 and q.first_sent_id == first.id
    # with keep_turns: the summary and the last N turns after it
    k = plan(branch, summary=s, keep_turns=2)
    assert k.messages[1] == summary_message(s) and len(k.messages) == 2 + 3


def test_a_summary_too_big_for_the_window_is_dropped() -> None:
    branch = chat(6)[:-1]
    s = summary(through=4, content="y" * 20_000)
    p = plan(branch, summary=s, budget=600)
    assert p.summary_used is None and p.reason is CutReason.WINDOW
    assert all(not m.content.startswith(SUMMARY_PREFIX) for m in p.messages)
    assert p.left_out == branch.index(next(m for m in branch if m.id == p.first_sent_id))


def test_a_summary_of_another_branch_or_of_the_question_itself_is_ignored() -> None:
    branch = chat(5)[:-1]
    elsewhere = plan(branch, summary=summary(through=999))
    assert elsewhere.summary_used is None and elsewhere.reason is CutReason.NOTHING_CUT
    assert list(elsewhere.messages) == build_context("Be brief.", branch)
    itself = plan(branch, summary=summary(through=branch[-1].id))
    assert itself.summary_used is None and itself.messages[-1].content == branch[-1].content


def test_nothing_to_send_is_an_empty_plan() -> None:
    p = plan([], budget=1000)
    assert [m.role for m in p.messages] == [Role.SYSTEM] and p.left_out == 0 and p.fits
    only_failed = plan([msg(1, Role.ASSISTANT, "", MessageStatus.FAILED)], budget=1000)
    assert only_failed.reason is CutReason.NOTHING_CUT and only_failed.left_out == 0


def test_count_is_called_once_per_message_sent_or_weighed() -> None:
    branch = chat(50)[:-1]
    calls: list[str] = []

    def counting(message: ChatMessage) -> int:
        calls.append(message.content)
        return count(message)

    plan_context("Be brief.", branch, budget=500, keep_turns=None, summary=summary(10), count=counting,
                 instruction=INSTRUCTION)
    assert len(calls) == len(set(calls))
    assert len(calls) == len(branch) - 10 + 3  # and the prompt, the summary, the instruction


def _random_branch(rng: random.Random) -> list[Message]:
    branch: list[Message] = []
    for _ in range(rng.randint(1, 60)):
        mid = len(branch) + 1
        r = rng.random()
        if r < 0.45:
            branch.append(msg(mid, Role.USER, f"q{mid} " + "q" * rng.randint(0, 300)))
        elif r < 0.9:
            branch.append(msg(mid, Role.ASSISTANT, f"a{mid} " + "a" * rng.randint(0, 1500)))
        elif r < 0.95:
            branch.append(msg(mid, Role.ASSISTANT, "", MessageStatus.FAILED))
        else:
            branch.append(msg(mid, Role.SYSTEM, "old prompt"))
    return branch


@pytest.mark.parametrize("seed", range(300))
def test_random_branches_keep_every_rule(seed: int) -> None:
    rng = random.Random(seed)
    branch = _random_branch(rng)
    budget = rng.choice([None, 50, 200, 800, 3000])
    keep = rng.choice([None, None, 1, 2, 5])
    s = summary(rng.randint(1, len(branch)), "s" * rng.randint(10, 800)) if rng.random() < 0.4 else None
    instruction = INSTRUCTION if rng.random() < 0.2 else None
    p = plan(branch, budget=budget, keep_turns=keep, summary=s, instruction=instruction)
    covered = next(i + 1 for i, m in enumerate(branch) if m.id == p.summary_used.through_message_id) \
        if p.summary_used is not None else 0
    full = build_context("", branch[covered:])  # what may be sent after the prompt (and the summary)
    body = [m for m in p.messages if m.role is not Role.SYSTEM]
    if instruction is not None:
        assert body.pop() == INSTRUCTION
    assert p.messages[0] == ChatMessage(Role.SYSTEM, "Be brief.")
    if p.summary_used is not None:
        assert p.messages[1] == summary_message(p.summary_used)
    # the newest turn (from the last question on) is always sent, whole
    last_q = max((i for i, m in enumerate(full) if m.role is Role.USER), default=None)
    if last_q is not None:
        assert body[-(len(full) - last_q):] == full[last_q:]
    # what is sent is a suffix of what build_context sends, starting at a question (or, when
    # nothing is cut, at whatever the branch starts with)
    if body:
        assert body == full[len(full) - len(body):]
        assert body[0].role is Role.USER or len(body) == len(full)
    assert p.estimated_tokens == sum(count(m) for m in p.messages)
    if budget is not None and p.fits:
        assert p.estimated_tokens <= budget
    if p.reason is CutReason.NOTHING_CUT:
        assert p.left_out == 0 and p.first_sent_id is None and p.summary_used is None
    if p.first_sent_id is not None:
        index = next(i for i, m in enumerate(branch) if m.id == p.first_sent_id)
        assert p.left_out == (0 if p.reason is CutReason.SUMMARY else index - covered)


def test_summary_chunks_fit_the_budget_in_order() -> None:
    branch = [*chat(40), msg(81, Role.USER, "w " * 5000)]  # one message longer than a piece
    pieces = summary_chunks(branch, budget=500, count=count)
    assert all(sum(count(m) for m in piece) <= 500 for piece in pieces)
    assert "".join(m.content for piece in pieces for m in piece) == \
        "".join(m.content for m in build_context("", branch))
    assert len(pieces) > 10


def test_summary_request_carries_the_previous_summary() -> None:
    piece = [ChatMessage(Role.USER, "Where shall we meet?"), ChatMessage(Role.ASSISTANT, "Lisbon, in May.")]
    first = summary_request("", piece)
    assert first[0] == ChatMessage(Role.SYSTEM, SUMMARY_INSTRUCTION)
    assert "Person: Where shall we meet?" in first[1].content
    assert "Assistant: Lisbon, in May." in first[1].content
    later = summary_request("They meet in Lisbon.", piece)
    assert later[1].content.startswith("Summary of") and "They meet in Lisbon." in later[1].content
    for word in ("facts", "decisions", "names", "numbers", "open", "language", "concise"):
        assert word in SUMMARY_INSTRUCTION.lower()
