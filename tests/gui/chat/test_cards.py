"""An answer's card: its title and details line, the notice under an ended answer and its buttons,
the failure details on demand — on a chat view alone, then in the window on the real simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_chat.domain import EndReason, FinishReason, MessageStatus, Problem, Role
from desktop_chat.ui.chat.view import ChatView
from tests.gui.helpers import (
    SHELL_KEY,
    banner,
    card_of,
    entry,
    env_for,
    notice,
    ready,
    sample_entries,
    send_and_wait,
    shown_chat_view,
    type_and_send,
    wait_answer,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot) -> ChatView:  # type: ignore[no-untyped-def]
    return shown_chat_view(qtbot, 900, 800)


# --- title and details line ---------------------------------------------------------------------
def test_answer_title_is_the_friendly_model_name_with_the_id_in_the_tooltip(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "hi", model="deepseek-ai/deepseek-r1-0528-maas")])
    c = card_of(view, 1)
    assert c.title.text() == "DeepSeek R1 (0528)"
    assert c.title.toolTip() == "deepseek-ai/deepseek-r1-0528-maas"
    assert c.accessibleName() == "Answer from DeepSeek R1 (0528)"
    assert c.meta.text().startswith("deepseek-ai/deepseek-r1-0528-maas")  # the exact id stays visible


@pytest.mark.parametrize(
    ("finish", "words"),
    [
        (FinishReason.STOP, "finished"),
        (FinishReason.LENGTH, "cut short (length limit)"),
        (FinishReason.CONTENT_FILTER, "stopped by content filter"),
        (FinishReason.TOOL_CALLS, "tool call"),
        (FinishReason.OTHER, "other"),
    ],
)


def test_meta_shows_the_finish_reason_in_plain_words(
    view: ChatView, finish: FinishReason, words: str
) -> None:
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "a", finish=finish, latency_ms=1200)])
    assert card_of(view, 1).meta.text() == f"claude-sonnet-4-5 · 1.2 s · {words}"


def test_a_continued_answer_no_longer_offers_continue(view: ChatView) -> None:
    cut = entry(2, Role.ASSISTANT, "Once upon a", finish=FinishReason.LENGTH)
    view.set_conversation(1, [entry(1, Role.USER, "story"), cut])
    assert card_of(view, 2).notice.isVisible() and card_of(view, 2).continue_button.isVisible()
    view.append_entry(entry(3, Role.ASSISTANT, " time", finish=FinishReason.LENGTH))  # child of 2
    assert not card_of(view, 2).notice.isVisible()  # its continuation is right below
    assert card_of(view, 3).notice.isVisible() and card_of(view, 3).continue_button.isVisible()
    view.remove_entry(3)
    assert card_of(view, 2).notice.isVisible()  # the continuation is gone: Continue is back


def test_a_new_question_after_a_cut_answer_keeps_its_notice(view: ChatView) -> None:
    view.set_conversation(
        1,
        [
            entry(1, Role.USER, "story"),
            entry(2, Role.ASSISTANT, "Once upon a", finish=FinishReason.LENGTH),
            entry(3, Role.USER, "and then?"),
        ],
    )
    assert card_of(view, 2).notice.isVisible()


# --- the notice of an ended answer -----------------------------------------------------------
LENGTH_TEXT = "The answer was cut short by the length limit."
FILTER_TEXT = "The provider's content filter stopped this answer."
INTERRUPTED_TEXT = "The answer stopped before it was finished. What arrived is kept."
STOPPED_TEXT = "You stopped this answer."
CLOSED_TEXT = "The app closed before the answer finished."
NO_CONNECTION_TEXT = "Can't reach the gateway. Check your internet connection or proxy."


@pytest.mark.parametrize(
    ("status", "finish", "end", "problem", "error", "text", "buttons"),
    [
        (MessageStatus.COMPLETE, FinishReason.LENGTH, EndReason.FINISHED, None, None, LENGTH_TEXT,
         {"continue"}),
        (MessageStatus.COMPLETE, FinishReason.CONTENT_FILTER, EndReason.FINISHED, None, None, FILTER_TEXT,
         set()),
        (MessageStatus.FAILED, None, EndReason.FAILED, Problem.NO_CONNECTION, None, NO_CONNECTION_TEXT,
         {"retry"}),
        # saved by an older version: its words are shown as they were saved
        (MessageStatus.FAILED, None, EndReason.FAILED, Problem.GATEWAY, "Old words.", "Old words.",
         {"retry"}),
        (MessageStatus.INTERRUPTED, None, EndReason.FAILED, Problem.BROKEN_OFF, None, INTERRUPTED_TEXT,
         {"continue"}),
        # one sentence per case, never "You stopped this answer. The answer stopped before…"
        (MessageStatus.INTERRUPTED, None, EndReason.STOPPED, None, None, STOPPED_TEXT, {"continue"}),
        (MessageStatus.INTERRUPTED, None, EndReason.APP_CLOSED, None, None, CLOSED_TEXT,
         {"continue", "retry"}),
    ],
)


def test_a_cards_notice_and_buttons_follow_how_the_answer_ended(  # type: ignore[no-untyped-def]
    view: ChatView, qtbot, status, finish, end, problem, error, text, buttons
) -> None:
    view.set_conversation(1, [entry(7, Role.ASSISTANT, "partial", status=status, finish=finish, error=error,
                                    end_reason=end, problem=problem)])
    c = card_of(view, 7)
    assert c.notice.isVisible() and c.notice_label.text() == text
    shown = {
        name for name, b in (("continue", c.continue_button), ("retry", c.retry_button)) if b.isVisible()
    }
    assert shown == buttons
    if "continue" in buttons:
        with qtbot.waitSignal(view.continueRequested, timeout=1000) as blocker:
            qtbot.mouseClick(c.continue_button, Qt.MouseButton.LeftButton)
        assert blocker.args == [7]


def test_the_card_picks_its_words_by_the_end_reason_not_by_the_saved_text(view: ChatView) -> None:
    """A gateway whose own words happen to read like ours changes nothing: the end reason decides."""
    view.set_conversation(1, [entry(7, Role.ASSISTANT, "partial", status=MessageStatus.INTERRUPTED,
                                    end_reason=EndReason.FAILED, problem=Problem.STREAM_FAILED,
                                    error=STOPPED_TEXT)])
    c = card_of(view, 7)
    assert c.notice_label.text() != STOPPED_TEXT
    assert c.retry_button.isVisible()
    assert LENGTH_TEXT.count(".") == 1 and "?" not in LENGTH_TEXT  # one plain sentence


def test_complete_answer_has_no_notice_and_shows_details(view: ChatView) -> None:
    view.set_conversation(1, sample_entries())
    c = card_of(view, 2)
    assert not c.notice.isVisible()
    assert c.meta.text() == "claude-sonnet-4-5 · 812 prompt / 345 completion tokens · 4.1 s · finished"


def test_a_notice_that_appears_on_a_card_updated_in_place_gets_its_colour(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    """An answer that ends cut short is patched in place: its notice must be styled like a new card's."""
    from PySide6.QtGui import QColor

    from desktop_chat.ui.render.theme import LIGHT

    view.set_dark(False)
    view.set_conversation(1, [entry(7, Role.ASSISTANT, "partial", status=MessageStatus.STREAMING)])
    view.stream_delta(7, " and more")
    view.flush_pending_updates()
    view.update_entry(entry(7, Role.ASSISTANT, "partial and more", status=MessageStatus.COMPLETE,
                            finish=FinishReason.LENGTH))
    view.flush_pending_updates()
    c = card_of(view, 7)
    qtbot.waitUntil(lambda: c.notice.isVisible(), timeout=2000)
    image = c.notice.grab().toImage()
    assert image.pixelColor(4, image.height() // 2) == QColor(LIGHT.warning_bg)


# --- failure details on demand ----------------------------------------------------------------
def test_after_a_restart_a_failed_answer_has_no_details_button(view: ChatView) -> None:
    failed = entry(2, Role.ASSISTANT, "", status=MessageStatus.FAILED,
                   error="The model service is having trouble.")
    view.set_conversation(1, [entry(1, Role.USER, "Hi"), failed])
    card = view.card_for(2)
    assert card is not None
    assert card.notice.isVisibleTo(card) and card.retry_button.isVisibleTo(card)
    assert not card.details_button.isVisibleTo(card)


def test_details_arrive_in_place_when_the_entry_gains_them(view: ChatView) -> None:
    from dataclasses import replace

    failed = entry(2, Role.ASSISTANT, "", status=MessageStatus.FAILED, error="It broke.")
    view.set_conversation(1, [entry(1, Role.USER, "Hi"), failed])
    view.update_entry(replace(failed, failure_details="HTTP status: 502"))
    card = view.card_for(2)
    assert card is not None and card.details_button.isVisibleTo(card)
    card.details_button.setChecked(True)
    assert card.notice_details.text() == "HTTP status: 502"


def test_failed_answer_card_has_details_with_the_gateway_facts(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    from desktop_chat.api import RetryPolicy

    shell = make_shell(env_for(sim), retry=RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02,
                                                       jitter=0))
    ready(qtbot, shell)
    sim.queue("status;code=500;message=upstream exploded", count=5)
    event = send_and_wait(qtbot, shell, "Hi")
    assert event.error is not None and event.message is not None
    assert event.message.status is MessageStatus.FAILED
    card = shell.chat_view.card_for(event.message_id)
    assert card is not None
    from desktop_chat.ui.words.gateway import problem_text

    assert event.message.problem is not None
    assert card.notice.isVisibleTo(card) and card.notice_label.text() == problem_text(event.message.problem)
    assert card.retry_button.isVisibleTo(card)
    assert card.details_button.isVisibleTo(card) and card.details_button.text() == "Details"
    assert not card.notice_details.isVisibleTo(card)
    qtbot.mouseClick(card.details_button, Qt.MouseButton.LeftButton)
    assert card.notice_details.isVisibleTo(card)
    details = card.notice_details.text()
    assert "500" in details and "upstream exploded" in details
    assert SHELL_KEY not in details
    assert card.details_button.accessibleName() == "Hide details"


# --- in the window: one notice, on the card, not also in the banner ------------------------------
@pytest.mark.parametrize(
    ("scenario", "text", "actions"),
    [
        ("error_after;after=3", "reported an error while answering", {"Retry"}),
        ("drop;after=3", "The answer stopped before it was finished. What arrived is kept.", {"Continue"}),
        ("default;finish=length", "The answer was cut short by the length limit.", {"Continue"}),
        ("default;finish=content_filter", "content filter stopped this answer", set()),
    ],
)


def test_a_problem_of_an_answer_on_screen_is_said_once_on_its_card(qtbot, make_shell, sim, scenario, text,
                                                                  actions):
    """Not twice (banner and card): the card's notice, next to the answer, with its one action."""
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    sim.queue(scenario)
    type_and_send(qtbot, shell, "Hi")
    event = wait_answer(qtbot, shell)
    assert banner(shell) == ("", "")
    shown, buttons = notice(shell, event.message_id)
    assert text in shown
    assert buttons == actions


def test_a_stopped_answer_says_so_in_one_sentence(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    sim.queue("default;tps=40;chunks=60")
    type_and_send(qtbot, shell, "Tell me a long story")
    qtbot.waitUntil(lambda: shell.streaming.is_streaming(shell.current_id), timeout=5000)
    qtbot.wait(150)
    shell.window.stop_action.trigger()
    event = wait_answer(qtbot, shell)
    assert event.stopped
    assert banner(shell) == ("", "")
    assert notice(shell, event.message_id) == ("You stopped this answer.", {"Continue"})
