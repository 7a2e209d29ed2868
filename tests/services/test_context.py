"""What the model is sent: system prompt first, the branch, no empty answers, continuations joined."""

from __future__ import annotations

from desktop_chat.domain import ChatMessage, Message, MessageStatus, Role
from desktop_chat.services.context import (
    CONTINUE_INSTRUCTION,
    build_context,
    build_continue_context,
    join_continuation,
)


def msg(mid: int, role: Role, content: str, status: MessageStatus = MessageStatus.COMPLETE) -> Message:
    return Message(mid, 1, mid - 1 or None, role, content, 0.0, 0.0, status=status)


def test_system_prompt_first_then_branch() -> None:
    branch = [msg(1, Role.USER, "Hi"), msg(2, Role.ASSISTANT, "Hello!"), msg(3, Role.USER, "More")]
    assert build_context("  Be brief. ", branch) == [
        ChatMessage(Role.SYSTEM, "Be brief."),
        ChatMessage(Role.USER, "Hi"),
        ChatMessage(Role.ASSISTANT, "Hello!"),
        ChatMessage(Role.USER, "More"),
    ]


def test_no_system_prompt_and_stored_system_messages_skipped() -> None:
    branch = [msg(1, Role.SYSTEM, "old prompt"), msg(2, Role.USER, "Hi")]
    assert build_context("", branch) == [ChatMessage(Role.USER, "Hi")]


def test_empty_failed_answers_skipped_but_partial_ones_kept() -> None:
    branch = [
        msg(1, Role.USER, "Q1"),
        msg(2, Role.ASSISTANT, "", MessageStatus.FAILED),
        msg(3, Role.USER, "Q2"),
        msg(4, Role.ASSISTANT, "Half an ans", MessageStatus.INTERRUPTED),
        msg(5, Role.USER, "Q3"),
    ]
    assert [m.content for m in build_context("", branch)] == ["Q1", "Q2", "Half an ans", "Q3"]


def test_continuation_joined_with_its_answer() -> None:
    branch = [
        msg(1, Role.USER, "Q"),
        msg(2, Role.ASSISTANT, "The capital of"),
        msg(3, Role.ASSISTANT, "France"),
    ]
    assert build_context("", branch)[-1] == ChatMessage(Role.ASSISTANT, "The capital of France")


def test_continue_context_ends_with_the_instruction() -> None:
    branch = [msg(1, Role.USER, "Q"), msg(2, Role.ASSISTANT, "Part", MessageStatus.INTERRUPTED)]
    context = build_continue_context("sys", branch)
    assert context[0].role is Role.SYSTEM
    assert context[-2] == ChatMessage(Role.ASSISTANT, "Part")
    assert context[-1] == ChatMessage(Role.USER, CONTINUE_INSTRUCTION)


def test_join_continuation_spaces_only_between_words() -> None:
    assert join_continuation("word", "next") == "word next"
    assert join_continuation("word ", "next") == "word next"
    assert join_continuation("end.", "\n\nNext") == "end.\n\nNext"
    assert join_continuation("list:", "- item") == "list:- item"
    assert join_continuation("", "x") == "x"


def test_a_plan_of_nothing_to_send_is_empty_not_an_error() -> None:
    """A new chat with an empty draft (or a branch a summary covers entirely) has no turns."""
    from desktop_chat.services.trimming import plan_context

    plan = plan_context("Be brief.", [], budget=1000, keep_turns=None, summary=None, count=lambda m: 5)
    assert [m.role for m in plan.messages] == [Role.SYSTEM] and plan.left_out == 0 and plan.fits
