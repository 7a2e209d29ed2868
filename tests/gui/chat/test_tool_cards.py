"""Tool calls on an answer's card: the question (each button, the keyboard, Enter never approving),
the question kept while its card scrolls away and back, running calls, finished calls for every
outcome from a stored message (as when a chat is reopened offline), folding, untrusted text shown
as plain text, and every sentence through Qt's translation."""

from __future__ import annotations

import dataclasses
import json
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTextBrowser

from desktop_chat.domain import FinishReason, MessageStatus, Role, ToolCall, ToolOutcome, ToolResult, ToolSpec
from desktop_chat.ui.chat.entry import MessageEntry
from desktop_chat.ui.chat.tool_state import (
    ArgumentsForm,
    Decision,
    Fold,
    Phase,
    readable_arguments,
)
from desktop_chat.ui.chat.view import ChatView
from tests.gui.helpers import card_of, entry, many_entries, message, shown_chat_view
from tests.gui.test_every_sentence_translatable import untranslated, wrapping_translator  # noqa: F401

pytestmark = pytest.mark.gui

TIME_SPEC = ToolSpec(
    name="time__get_current_time", description="Get the current time in a given timezone.",
    parameters_json='{"type": "object"}', server="time", tool="get_current_time", read_only=True,
)
DELETE_SPEC = ToolSpec(
    name="files__delete", description="Delete a file.", parameters_json="{}", server="files", tool="delete",
    destructive=True,
)
CALL = ToolCall("call_1", "time__get_current_time", '{"timezone": "Europe/Warsaw"}')


@pytest.fixture
def view(qtbot) -> ChatView:
    return shown_chat_view(qtbot, 900, 800)


def answer(mid: int = 2, *, calls: tuple[ToolCall, ...] = (), results: tuple[ToolResult, ...] = (),
           status: MessageStatus = MessageStatus.COMPLETE, content: str = "Let me check.") -> MessageEntry:
    base = message(mid, Role.ASSISTANT, content, status=status,
                   finish=FinishReason.TOOL_CALLS if status is MessageStatus.COMPLETE else None)
    return MessageEntry(dataclasses.replace(base, tool_calls=calls, tool_results=results))


def asking_view(view: ChatView, spec: ToolSpec | None = TIME_SPEC, call: ToolCall = CALL) -> None:
    view.set_conversation(1, [entry(1, Role.USER, "What time is it?"),
                              answer(status=MessageStatus.STREAMING, content="")])
    view.ask_tool_approval(2, call, spec)


def decisions(qtbot, view: ChatView) -> list[tuple[str, object]]:
    got: list[tuple[str, object]] = []
    view.toolDecision.connect(lambda call_id, decision: got.append((call_id, decision)))
    return got


# --- asking ---------------------------------------------------------------------------------------
def test_the_question_names_the_tool_and_server_and_shows_arguments_description_and_annotations(
        view: ChatView) -> None:
    asking_view(view)
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.row.phase is Phase.ASKING
    assert tool.heading is not None
    assert tool.heading.text() == "Wants to use <b>get_current_time</b> from <i>time</i>"
    assert tool.heading.textFormat() is Qt.TextFormat.RichText
    assert tool.arguments_view is not None
    assert json.loads(tool.arguments_view.toPlainText()) == {"timezone": "Europe/Warsaw"}
    assert '\n  "timezone"' in tool.arguments_view.toPlainText()  # pretty: one key a line, indented
    assert tool.description is not None and tool.description.text() == TIME_SPEC.description
    assert [a.text() for a in tool.annotations] == ["Only reads"]
    for button in (tool.allow_once_button, tool.always_button, tool.deny_button):
        assert button is not None and button.isVisible()
    assert [b.text() for b in (tool.allow_once_button, tool.always_button, tool.deny_button) if b] == [
        "Allow once", "Always allow this tool", "Deny"]
    assert tool.accessibleName() == "The model wants to use get_current_time from time"


def test_a_destructive_tool_says_so_in_the_warning_colour(view: ChatView) -> None:
    asking_view(view, DELETE_SPEC, ToolCall("c9", "files__delete", '{"path": "/tmp/x"}'))
    tool = view.tool_card_for(2, "c9")
    assert tool is not None
    marks = {a.objectName(): a.text() for a in tool.annotations}
    assert marks == {"ToolDestructive": "⚠ Can change or delete things"}
    mark = tool.annotations[0]
    colour = mark.palette().color(mark.foregroundRole())
    assert colour.name() == view._ctx.palette.warning_fg


@pytest.mark.parametrize(("button", "decision"), [
    ("allow_once_button", Decision.ALLOW_ONCE),
    ("always_button", Decision.ALWAYS_ALLOW),
    ("deny_button", Decision.DENY),
])
def test_each_button_answers_once(qtbot, view: ChatView, button: str, decision: Decision) -> None:
    asking_view(view)
    got = decisions(qtbot, view)
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None
    pressed = getattr(tool, button)
    qtbot.mouseClick(pressed, Qt.MouseButton.LeftButton)
    assert got == [("call_1", decision)]
    assert view.pending_tool_approvals() == []
    after = view.tool_card_for(2, "call_1")
    assert after is not None and after.allow_once_button is None  # the question is gone
    expected = Phase.DENYING if decision is Decision.DENY else Phase.STARTING
    assert after.row.phase is expected
    view.tool_decided(2, "call_1", Decision.ALLOW_ONCE)  # a late second click: ignored
    assert got == [("call_1", decision)]


def test_keyboard_tab_and_space_answer_but_enter_never_approves(qtbot, view: ChatView) -> None:
    box = QLineEdit(view)  # the message box, with the focus, while a question appears
    box.show()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=3000)
    asking_view(view)
    got = decisions(qtbot, view)
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.allow_once_button is not None
    assert box.hasFocus()  # the question does not take the focus
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert got == []
    for button in (tool.allow_once_button, tool.always_button, tool.deny_button):
        assert button is not None and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    tool.allow_once_button.setFocus()
    qtbot.waitUntil(tool.allow_once_button.hasFocus, timeout=3000)
    qtbot.keyClick(tool.allow_once_button, Qt.Key.Key_Return)
    qtbot.keyClick(tool.allow_once_button, Qt.Key.Key_Enter)
    assert got == []  # Enter on the focused button does nothing
    assert tool.allow_once_button.nextInFocusChain() is tool.always_button
    qtbot.keyClick(tool.allow_once_button, Qt.Key.Key_Space)
    assert got == [("call_1", Decision.ALLOW_ONCE)]


def test_a_waiting_question_survives_scrolling_its_card_away_and_back(qtbot, view: ChatView) -> None:
    entries = [*many_entries(40), answer(41, status=MessageStatus.STREAMING, content="")]
    view.set_conversation(1, entries)
    view.ask_tool_approval(41, CALL, TIME_SPEC)
    view.set_tool_open(41, "call_1", Fold.ALL_ARGUMENTS, True)
    view.jump_to_latest()
    assert view.tool_card_for(41, "call_1") is not None
    view.scroll_to_message(1)
    qtbot.waitUntil(lambda: view.card_for(41) is None, timeout=3000)  # thrown away off screen
    view.jump_to_latest()
    qtbot.waitUntil(lambda: view.tool_card_for(41, "call_1") is not None, timeout=3000)
    tool = view.tool_card_for(41, "call_1")
    assert tool is not None and tool.row.phase is Phase.ASKING and tool.allow_once_button is not None
    assert view.pending_tool_approvals() == [(41, "call_1")]
    got = decisions(qtbot, view)
    qtbot.mouseClick(tool.deny_button, Qt.MouseButton.LeftButton)
    assert got == [("call_1", Decision.DENY)]


def test_long_values_fold_and_malformed_json_is_shown_as_written() -> None:
    long = "x" * 1000
    args = readable_arguments(json.dumps({"text": long, "n": 1}))
    assert args.form is ArgumentsForm.OBJECT and args.folded
    assert long not in args.short and long in args.full
    broken = readable_arguments('{"timezone": "Europe/Wars')
    assert broken.form is ArgumentsForm.MALFORMED and broken.full == '{"timezone": "Europe/Wars'
    assert readable_arguments("[1, 2]").form is ArgumentsForm.NOT_OBJECT
    assert readable_arguments("").form is ArgumentsForm.EMPTY
    assert readable_arguments("{}").form is ArgumentsForm.EMPTY


def test_a_question_with_malformed_arguments_says_so_and_show_all_unfolds(qtbot, view: ChatView) -> None:
    asking_view(view, call=ToolCall("c2", "time__get_current_time", '{"timezone": "Eu'))
    tool = view.tool_card_for(2, "c2")
    assert tool is not None and tool.arguments_view is not None and tool.arguments_note is not None
    assert tool.arguments_view.toPlainText() == '{"timezone": "Eu'
    assert tool.arguments_note.text() == (
        "These arguments are not valid JSON. They are shown as the model wrote them.")
    view.clear_tool_activity(2)
    long = "y" * 900
    view.ask_tool_approval(2, ToolCall("c3", "time__get_current_time", json.dumps({"q": long})), TIME_SPEC)
    tool = view.tool_card_for(2, "c3")
    assert tool is not None and tool.arguments_view is not None and tool.arguments_all is not None
    assert long not in tool.arguments_view.toPlainText()
    qtbot.mouseClick(tool.arguments_all, Qt.MouseButton.LeftButton)
    tool = view.tool_card_for(2, "c3")
    assert tool is not None and tool.arguments_view is not None
    assert long in tool.arguments_view.toPlainText()
    assert tool.allow_once_button is not None  # still asking


# --- running --------------------------------------------------------------------------------------
def test_a_running_call_shows_a_spinner_and_its_seconds(view: ChatView) -> None:
    asking_view(view)
    view.tool_decided(2, "call_1", Decision.ALLOW_ONCE)
    view.set_tool_running(2, "call_1", time.monotonic() - 3.0)
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.heading is not None and tool.row.phase is Phase.RUNNING
    first = tool.heading.text()
    assert "Running get_current_time…" in first
    seconds = float(first.rsplit(" ", 2)[-2])
    assert seconds >= 3.0
    tool.tick(1, now=(tool.row.started or 0) + 12.5)
    assert tool.heading.text().endswith("12.5 s") and tool.heading.text()[0] != first[0]  # the spinner turned
    assert view._tick_timer.isActive()


def test_an_auto_approved_call_can_run_without_a_question(view: ChatView) -> None:
    view.set_conversation(1, [answer(status=MessageStatus.STREAMING, content="")])
    view.set_tool_running(2, "call_1", time.monotonic(), call=CALL, spec=TIME_SPEC)
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.heading is not None
    assert "get_current_time" in tool.heading.text()
    view.show_tool_result(2, ToolResult("call_1", ToolOutcome.DONE, "12:00", "time", "get_current_time", 200))
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.toggle is not None
    assert tool.toggle.text() == "Used get_current_time · 0.2 s"
    view.clear_tool_activity(2)
    card = view.card_for(2)
    assert card is not None and card.tools is None


# --- finished, from the stored message --------------------------------------------------------------
SENTENCES = {
    ToolOutcome.DONE: "Used get_current_time · 0.2 s",
    ToolOutcome.FAILED: "get_current_time did not work. The model was told what went wrong. (0.2 s)",
    ToolOutcome.TIMED_OUT: "get_current_time took too long and was stopped. The model was told. (0.2 s)",
    ToolOutcome.DENIED: "You did not allow get_current_time. The model was told.",
    ToolOutcome.STOPPED: "get_current_time was stopped with the answer.",
    ToolOutcome.MALFORMED: "The model asked for get_current_time with arguments that make no sense, so it "
                           "was not run.",
    ToolOutcome.UNKNOWN_TOOL: "The model asked for a tool that does not exist (get_current_time), so nothing "
                              "was run.",
}


@pytest.mark.parametrize("outcome", list(ToolOutcome))
def test_every_outcome_has_a_plain_sentence_on_a_stored_answer(
        qtbot, view: ChatView, outcome: ToolOutcome) -> None:
    result = ToolResult("call_1", outcome, f"what happened: {outcome.value}", "time", "get_current_time", 200)
    view.set_conversation(1, [entry(1, Role.USER, "time?"), answer(calls=(CALL,), results=(result,))])
    tool = view.tool_card_for(2, "call_1")  # no live state at all: a chat reopened offline
    assert tool is not None and tool.row.phase is Phase.FINISHED and tool.toggle is not None
    shown = tool.toggle.text() if outcome is ToolOutcome.DONE else tool.sentence.text()  # type: ignore[union-attr]
    assert shown == SENTENCES[outcome]
    assert tool.result_view is None  # folded
    qtbot.mouseClick(tool.toggle, Qt.MouseButton.LeftButton)
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.result_view is not None and tool.result_view.isVisible()
    assert tool.result_view.toPlainText() == f"what happened: {outcome.value}"
    assert view.is_tool_open(2, "call_1", Fold.DETAILS)
    qtbot.mouseClick(tool.toggle, Qt.MouseButton.LeftButton)
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.result_view is None


def test_a_tool_that_answered_with_an_error_reads_as_failed(view: ChatView) -> None:
    result = ToolResult("call_1", ToolOutcome.DONE, "no such zone", "time", "get_current_time", None,
                        is_error=True)
    view.set_conversation(1, [answer(calls=(CALL,), results=(result,))])
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.sentence is not None
    assert tool.sentence.text() == "get_current_time did not work. The model was told what went wrong."


def test_a_stored_call_without_result_in_an_ended_answer_was_not_run(view: ChatView) -> None:
    view.set_conversation(1, [answer(calls=(CALL,), status=MessageStatus.INTERRUPTED)])
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.heading is not None
    assert tool.heading.text() == "time__get_current_time was not run."


def test_a_stored_result_replaces_the_live_state(view: ChatView) -> None:
    asking_view(view)
    view.tool_decided(2, "call_1", Decision.ALLOW_ONCE)
    view.set_tool_running(2, "call_1", time.monotonic())
    done = ToolResult("call_1", ToolOutcome.DONE, "12:00", "time", "get_current_time", 1234)
    view.update_entry(answer(calls=(CALL,), results=(done,)))
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.toggle is not None
    assert tool.toggle.text() == "Used get_current_time · 1.2 s"
    assert view.pending_tool_approvals() == [] and 2 not in view._tool_live


def test_a_huge_result_is_capped_until_show_all(qtbot, view: ChatView) -> None:
    huge = "\n".join(f"line {i}" for i in range(50_000))
    result = ToolResult("call_1", ToolOutcome.DONE, huge, "time", "get_current_time", 10)
    view.set_conversation(1, [answer(calls=(CALL,), results=(result,))])
    view.set_tool_open(2, "call_1", Fold.DETAILS, True)
    view.set_conversation(1, [answer(calls=(CALL,), results=(result,))])
    view.message_list().invalidate(2)
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.result_view is not None and tool.result_all is not None
    assert len(tool.result_view.toPlainText()) <= 1500
    assert tool.result_all.text() == f"Show all ({len(huge):,} characters)"
    qtbot.mouseClick(tool.result_all, Qt.MouseButton.LeftButton)
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.result_view is not None and tool.result_note is not None
    assert len(tool.result_view.toPlainText()) == 200_000
    assert tool.result_note.text() == f"Showing the first 200,000 of {len(huge):,} characters."


def test_untrusted_result_and_arguments_stay_plain_text(qtbot, view: ChatView) -> None:
    nasty = '<b>bold?</b> ![x](http://example.com/x.png) <img src="file:///etc/passwd"> [a](file:///etc)'
    call = ToolCall("call_1", "<i>tool</i>", json.dumps({"q": "<b>hi</b>"}))
    result = ToolResult("call_1", ToolOutcome.DONE, nasty, "<s>srv</s>", "<u>tool</u>", 5)
    view.set_conversation(1, [answer(calls=(call,), results=(result,))])
    view.set_tool_open(2, "call_1", Fold.DETAILS, True)
    view.message_list().invalidate(2)
    tool = view.tool_card_for(2, "call_1")
    assert tool is not None and tool.result_view is not None and tool.arguments_view is not None
    assert tool.result_view.toPlainText() == nasty  # every character shown, nothing interpreted
    assert tool.arguments_view.toPlainText() == '{\n  "q": "<b>hi</b>"\n}'
    for browser in tool.findChildren(QTextBrowser):
        doc = browser.document()
        assert "<img" not in doc.toHtml().replace("&lt;img", "")
        it = doc.begin()
        while it.isValid():
            fragments = it.begin()
            while not fragments.atEnd():
                fmt = fragments.fragment().charFormat()
                assert not fmt.isAnchor() and not fmt.isImageFormat() and fmt.fontWeight() < 600
                fragments += 1
            it = it.next()
    assert tool.toggle is not None and tool.toggle.text() == "Used <u>tool</u> · 0.0 s"
    view.clear_tool_activity(2)
    spec = ToolSpec("x", "<b>desc</b>", "{}", "<s>srv</s>", "<i>t</i>")
    view.ask_tool_approval(2, ToolCall("c2", "x", "{}"), spec)
    asking = view.tool_card_for(2, "c2")
    assert asking is not None and asking.heading is not None and asking.description is not None
    escaped = "Wants to use <b>&lt;i&gt;t&lt;/i&gt;</b> from <i>&lt;s&gt;srv&lt;/s&gt;</i>"
    assert asking.heading.text() == escaped
    assert asking.description.textFormat() is Qt.TextFormat.PlainText


def test_height_estimates_count_the_tool_cards(view: ChatView) -> None:
    result = ToolResult("call_1", ToolOutcome.DONE, "12:00", "time", "get_current_time", 200)
    plain = answer(3, content="Let me check.")
    with_tools = answer(2, calls=(CALL,) * 1, results=(result,))
    view.set_conversation(1, [with_tools, plain])
    width = 900
    bare = view._estimate(3, width)
    folded = view._estimate(2, width)
    assert folded > bare
    view.set_tool_open(2, "call_1", Fold.DETAILS, True)
    assert view._estimate(2, width) > folded
    view.ask_tool_approval(3, CALL, TIME_SPEC)
    assert view._estimate(3, width) > folded
    card = card_of(view, 2)
    measured = card.heightForWidth(card.row_geometry(width)[1])
    estimate = view._estimate(2, width)
    assert 0.5 * measured < estimate < 2 * measured


def test_several_calls_of_one_answer_show_in_order(view: ChatView) -> None:
    calls = (CALL, ToolCall("call_2", "time__convert_time", '{"time": "12:00"}'))
    results = (ToolResult("call_1", ToolOutcome.DONE, "a", "time", "get_current_time", 100),)
    view.set_conversation(1, [answer(calls=calls, results=results, status=MessageStatus.STREAMING)])
    card = card_of(view, 2)
    assert card.tools is not None
    assert [c.row.call_id for c in card.tools.cards] == ["call_1", "call_2"]
    assert [c.row.phase for c in card.tools.cards] == [Phase.FINISHED, Phase.WAITING]


# --- words ------------------------------------------------------------------------------------------
def test_every_sentence_of_the_tool_cards_goes_through_translation(
        qtbot, view: ChatView, wrapping_translator) -> None:  # noqa: F811
    results = tuple(ToolResult(f"c{i}", outcome, "out", "time", "get_current_time", 100)
                    for i, outcome in enumerate(ToolOutcome))
    long_args = '{"a": "' + "z" * 300 + '"}'
    calls = tuple(ToolCall(r.call_id, "time__get_current_time", long_args) for r in results)
    view.set_conversation(1, [answer(calls=calls, results=results, content="")])
    for r in results:
        view.set_tool_open(2, r.call_id, Fold.DETAILS, True)
    view.message_list().invalidate(2)
    view.append_entry(answer(3, status=MessageStatus.STREAMING, content=""))
    view.ask_tool_approval(3, ToolCall("q1", "x", '{"a": "' + "w" * 300 + '"}'), DELETE_SPEC)
    view.ask_tool_approval(3, ToolCall("q2", "x", "{broken"), dataclasses.replace(TIME_SPEC, description=""))
    view.ask_tool_approval(3, ToolCall("q3", "x", ""), TIME_SPEC)
    view.set_tool_running(3, "r1", time.monotonic(), call=dataclasses.replace(CALL, id="r1"))
    view.set_tool_running(3, "r2", time.monotonic(), call=dataclasses.replace(CALL, id="r2"))
    view.tool_decided(3, "q3", Decision.DENY)
    view.message_list().invalidate(3)
    tools = [c for key in (2, 3) for c in card_of(view, key).tools.cards]
    assert len(tools) == len(results) + 5
    data = ("get_current_time", "time", "out", "x", "time__get_current_time", "files", "delete",
            TIME_SPEC.description, DELETE_SPEC.description, "z" * 300, "w" * 300, "{broken")
    problems = untranslated(list(tools), data)
    assert not problems, "\n".join(problems)
