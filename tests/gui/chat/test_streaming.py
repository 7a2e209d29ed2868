"""ChatView streaming, auto-scroll, jump-to-latest and virtualisation."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_chat.domain import FinishReason, MessageStatus, Role
from desktop_chat.ui.chat.card import MessageCard
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.render import render_blocks
from tests.gui.helpers import SAMPLE_ANSWER, card_text, entry, many_entries, shown_chat_view

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot) -> ChatView:  # type: ignore[no-untyped-def]
    return shown_chat_view(qtbot, 800, 600)


def wheel(view: ChatView, steps: int) -> None:
    """A real wheel event on the message list (positive = up)."""
    viewport = view.message_list().viewport()
    pos = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def at_bottom(view: ChatView) -> bool:
    bar = view.message_list().verticalScrollBar()
    return bar.value() == bar.maximum()


def test_streaming_2000_deltas_matches_one_shot(view: ChatView) -> None:
    text = SAMPLE_ANSWER * 4
    view.set_conversation(
        1, [entry(1, Role.USER, "go"), entry(2, Role.ASSISTANT, "", status=MessageStatus.STREAMING)]
    )
    rnd = random.Random(7)
    cuts = sorted(rnd.sample(range(1, len(text)), 1999))
    deltas = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    assert len(deltas) == 2000
    for i, delta in enumerate(deltas):
        view.stream_delta(2, delta)
        if i % 7 == 0:
            view.flush_pending_updates()
    view.flush_pending_updates()
    assert view.streaming_text(2) == text
    streamed = view.card_for(2)
    assert streamed is not None
    streamed_text = card_text(streamed)
    # The same text rendered one-shot, in another view.
    other = ChatView()
    other.resize(800, 600)
    other.set_conversation(1, [entry(2, Role.ASSISTANT, text, finish=FinishReason.STOP)])
    one_shot = other.card_for(2)
    assert one_shot is not None
    assert streamed_text.split() == card_text(one_shot).split()
    assert [c.code for c in streamed.body.code_blocks()] == [c.code for c in one_shot.body.code_blocks()]
    assert len(streamed.body.code_blocks()) == sum(b.kind == "code" for b in render_blocks(text))
    # When the answer completes, the card is finished in place (its blocks already are the render).
    view.update_entry(entry(2, Role.ASSISTANT, text, finish=FinishReason.STOP))
    final = view.card_for(2)
    assert final is streamed and card_text(final).split() == card_text(one_shot).split()
    other.deleteLater()


def test_stream_deltas_are_coalesced_by_the_frame_timer(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "", status=MessageStatus.STREAMING)])
    for word in ["one", "two", "three"]:
        view.stream_delta(1, word + " ")
    card = view.card_for(1)
    assert card is not None and card_text(card) == ""  # nothing rendered yet: cheap calls
    qtbot.waitUntil(lambda: card_text(view.card_for(1)) == "one two three")  # type: ignore[arg-type]


def test_reasoning_streams_separately(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "", status=MessageStatus.STREAMING)])
    view.stream_delta(1, reasoning="Let me think")
    view.flush_pending_updates()
    card = view.card_for(1)
    assert card is not None
    assert card.reasoning_button.isVisible() and card.reasoning_button.text() == "Thinking…"
    card.reasoning_button.click()
    view.stream_delta(1, text="Answer", reasoning=" harder")
    view.flush_pending_updates()
    card = view.card_for(1)
    assert card.reasoning_view is not None and card.reasoning_view.toPlainText() == "Let me think harder"
    assert card_text(card) == "Answer" and card.reasoning_button.text() == "Reasoning"


def test_autoscroll_follows_then_stops_when_user_scrolls_up(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, many_entries(30))
    assert view.is_following() and at_bottom(view)
    view.append_entry(entry(100, Role.ASSISTANT, "", status=MessageStatus.STREAMING))
    for _ in range(40):
        view.stream_delta(100, "Some more streamed words, sentence after sentence. ")
        view.flush_pending_updates()
    assert view.is_following() and at_bottom(view)
    assert not view.jump_button.isVisible()
    card = view.card_for(100)
    assert card is not None and card.isVisible()
    assert card.geometry().bottom() <= view.message_list().viewport().height()

    wheel(view, 3)
    assert not view.is_following()
    bar = view.message_list().verticalScrollBar()
    value = bar.value()
    assert value < bar.maximum()
    assert view.jump_button.isVisible()
    for _ in range(20):
        view.stream_delta(100, "\n\nA new paragraph keeps coming in while the reader is elsewhere.")
        view.flush_pending_updates()
    assert bar.value() == value and not view.is_following()

    qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
    assert view.is_following() and at_bottom(view) and not view.jump_button.isVisible()
    view.stream_delta(100, "\n\nAnd the end.")
    view.flush_pending_updates()
    assert at_bottom(view)


def test_scrolling_back_to_bottom_resumes_following(view: ChatView) -> None:
    view.set_conversation(1, many_entries(30))
    wheel(view, 2)
    assert not view.is_following()
    wheel(view, -50)
    assert view.is_following() and not view.jump_button.isVisible()


def test_sending_a_message_jumps_to_the_end(view: ChatView) -> None:
    view.set_conversation(1, many_entries(30))
    wheel(view, 5)
    assert not view.is_following()
    view.append_entry(entry(200, Role.USER, "new question"))
    assert view.is_following() and at_bottom(view)


def test_virtualisation_2000_messages(view: ChatView) -> None:
    view.set_conversation(1, many_entries(2000))
    live = view.laid_out_count()
    assert 1 <= live <= 15
    assert len(view.findChildren(MessageCard)) <= live + 2  # deleteLater may lag by one batch
    assert at_bottom(view) and view.card_for(2000) is not None
    view.scroll_to_message(1000)
    QApplication.processEvents()
    assert view.card_for(1000) is not None and view.card_for(2000) is None
    assert view.laid_out_count() <= 15
    bar = view.message_list().verticalScrollBar()
    bar.setValue(0)
    assert view.card_for(1) is not None and view.laid_out_count() <= 15
    assert not view.is_following()


def test_anchored_view_stays_put_when_rows_above_are_measured(view: ChatView) -> None:
    view.set_conversation(1, many_entries(400))
    view.scroll_to_message(200)
    card = view.card_for(200)
    assert card is not None
    top = card.y()
    # Scrolling up by small steps measures rows above (their estimates become real heights);
    # scrolling back down by the same amount must land on the same message again.
    bar = view.message_list().verticalScrollBar()
    for _ in range(5):
        bar.triggerAction(bar.SliderAction.SliderSingleStepSub)
    for _ in range(5):
        bar.triggerAction(bar.SliderAction.SliderSingleStepAdd)
    card = view.card_for(200)
    assert card is not None and abs(card.y() - top) <= 2


def test_streaming_offscreen_message_renders_when_scrolled_into_view(view: ChatView) -> None:
    entries = many_entries(100)
    entries.append(entry(101, Role.ASSISTANT, "Start. ", status=MessageStatus.STREAMING))
    view.set_conversation(1, entries)
    view.scroll_to_message(10)
    assert view.card_for(101) is None
    for _ in range(50):
        view.stream_delta(101, "more ")
    view.flush_pending_updates()
    view.jump_to_latest()
    card = view.card_for(101)
    assert card is not None and card_text(card).startswith("Start. more more")
    assert card_text(card).count("more") == 50


def test_resize_relayouts_visible_cards(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    long = "A long paragraph that wraps onto more lines when the window gets narrower. " * 12
    view.set_conversation(1, [*many_entries(19), entry(20, Role.ASSISTANT, long)])
    card = view.card_for(20)
    assert card is not None
    tall = card.height()
    view.resize(450, 600)
    qtbot.waitUntil(lambda: view.card_for(20) is not None and view.card_for(20).height() > tall)  # type: ignore[union-attr]
    assert at_bottom(view)


def test_tab_order_follows_rows_after_scrolling_up(view: ChatView) -> None:
    view.set_conversation(1, many_entries(60))
    bar = view.message_list().verticalScrollBar()
    for _ in range(10):
        bar.triggerAction(bar.SliderAction.SliderPageStepSub)  # cards above are created last
    seen: list[int] = []
    start = current = view.message_list()
    for _ in range(5000):
        current = current.nextInFocusChain()
        if current is start:
            break
        owner = current
        while owner is not None and not isinstance(owner, MessageCard):
            owner = owner.parentWidget()
        focusable = bool(current.focusPolicy() & Qt.FocusPolicy.TabFocus) and current.isVisible()
        if owner is not None and focusable and (not seen or seen[-1] != owner.entry.id):
            seen.append(owner.entry.id)
    assert len(seen) >= 3 and seen == sorted(seen)


def test_copy_while_streaming_copies_text_so_far(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    view.set_conversation(1, [entry(1, Role.ASSISTANT, "Hello", status=MessageStatus.STREAMING)])
    view.stream_delta(1, ", world")
    view.flush_pending_updates()
    card = view.card_for(1)
    assert card is not None
    card.copy_button.setFocus()
    qtbot.keyClick(card.copy_button, Qt.Key.Key_Space)  # keyboard, not mouse
    assert QGuiApplication.clipboard().text() == "Hello, world"


def test_streamed_blocks_are_shown_and_measured_at_once(view: ChatView) -> None:
    """No event loop between deltas (a busy UI thread): new segments still count in the height."""
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "", status=MessageStatus.STREAMING)])
    empty = view.card_for(1)
    assert empty is not None
    before = empty.height()
    view.stream_delta(1, SAMPLE_ANSWER)
    view.flush_pending_updates()
    card = view.card_for(1)
    assert card is not None
    segments = card.body.segments()
    assert len(segments) >= 3 and all(s.isVisible() for s in segments)
    assert card.height() >= before + sum(s.height() for s in segments)
    assert card.body.geometry().bottom() <= card.height()


def test_inline_editor_gets_room_at_once(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.USER, "one\ntwo\nthree")])
    card = view.card_for(1)
    assert card is not None
    card.start_edit()
    assert card.editor is not None and card.editor.isVisible()
    assert card.height() >= card.editor.height() + 40
    assert card.editor.geometry().bottom() < card.height()
