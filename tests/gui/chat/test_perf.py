"""ChatView costs that grow with an answer's length, counted (not timed).

Why: a 100k-token answer froze the window for seconds when it ended (its card was thrown away and
rendered again) and when its chat was opened again mid-stream (re-rendered and re-filled block by
block, the prose document re-set once per block). These tests count what such moments build.
"""

from __future__ import annotations

import pytest

from desktop_chat.domain import FinishReason, MessageStatus, Role
from desktop_chat.ui.chat import body as body_module
from desktop_chat.ui.chat.browser import SafeTextBrowser
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.render import incremental
from tests.gui.helpers import SAMPLE_ANSWER, entry, shown_chat_view

pytestmark = pytest.mark.gui


LONG = SAMPLE_ANSWER * 12


@pytest.fixture
def view(qtbot) -> ChatView:  # type: ignore[no-untyped-def]
    return shown_chat_view(qtbot, 800, 600, open_links=True)


@pytest.fixture
def counts(monkeypatch) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Counts setHtml calls, text documents built and renderers created from now on."""
    seen = {"set_html": 0, "browsers": 0, "renderers": 0}
    set_html, init = SafeTextBrowser.set_html, SafeTextBrowser.__init__
    renderer_init = incremental.IncrementalRenderer.__init__

    def counting_set_html(self, *args, **kw):  # type: ignore[no-untyped-def]
        seen["set_html"] += 1
        return set_html(self, *args, **kw)

    def counting_init(self, *args, **kw):  # type: ignore[no-untyped-def]
        seen["browsers"] += 1
        init(self, *args, **kw)

    def counting_renderer(self, *args, **kw):  # type: ignore[no-untyped-def]
        seen["renderers"] += 1
        renderer_init(self, *args, **kw)

    monkeypatch.setattr(SafeTextBrowser, "set_html", counting_set_html)
    monkeypatch.setattr(SafeTextBrowser, "__init__", counting_init)
    monkeypatch.setattr(incremental.IncrementalRenderer, "__init__", counting_renderer)
    return seen


def stream_in(view: ChatView, text: str, *, cid: int = 1, step: int = 97) -> None:
    view.set_conversation(
        cid, [entry(1, Role.USER, "go"), entry(2, Role.ASSISTANT, "", status=MessageStatus.STREAMING)]
    )
    for start in range(0, len(text), step):
        view.stream_delta(2, text[start : start + step])
        view.flush_pending_updates()


def test_an_ended_answer_keeps_its_card_and_builds_nothing(view, counts):
    stream_in(view, LONG)
    card = view.card_for(2)
    assert card is not None and card.typing.isVisible()
    segments = list(card.body.segments())
    counts.update(set_html=0, browsers=0)
    done = [entry(1, Role.USER, "go"), entry(2, Role.ASSISTANT, LONG, finish=FinishReason.STOP)]
    view.set_conversation(1, done)  # what the shell does when the answer ends
    assert view.card_for(2) is card
    assert card.body.segments()[: len(segments) - 2] == segments[: len(segments) - 2]
    assert counts["browsers"] == 0
    assert counts["set_html"] <= 2  # at most the open tail, once
    assert not card.typing.isVisible() and card.regenerate_button.isVisibleTo(card)
    assert card.meta.isVisibleTo(card)


def test_update_entry_of_an_unchanged_text_patches_the_card(view, counts):
    view.set_conversation(1, [entry(1, Role.USER, "hi"), entry(2, Role.ASSISTANT, LONG)])
    card = view.card_for(2)
    counts.update(set_html=0, browsers=0)
    view.update_entry(entry(2, Role.ASSISTANT, LONG, siblings=(2, 2)))
    assert view.card_for(2) is card and counts == {"set_html": 0, "browsers": 0, "renderers": 0}
    assert card.sibling_label.text() == "2/2"
    view.update_entry(entry(2, Role.ASSISTANT, "Another text"))  # new text: drawn afresh
    assert view.card_for(2) is not card


def test_switching_back_to_a_streaming_chat_continues_its_renderer(view, counts):
    stream_in(view, LONG)
    before = view.card_for(2)
    view.set_conversation(7, [entry(70, Role.USER, "elsewhere", conversation_id=7)])
    assert view.card_for(2) is None
    counts.update(set_html=0, browsers=0, renderers=0)
    more = LONG + "\n\nAnd a last paragraph that arrived meanwhile.\n"
    view.set_conversation(
        1, [entry(1, Role.USER, "go"), entry(2, Role.ASSISTANT, more, status=MessageStatus.STREAMING)]
    )
    card = view.card_for(2)
    assert card is not None and view.streaming_text(2) == more
    assert counts["renderers"] == 0  # the text received before is not parsed again
    assert card is before  # kept (hidden) while away: only what arrived meanwhile is added
    assert counts["set_html"] <= 3 and counts["browsers"] <= 2
    assert card.isVisible()


def test_filling_a_card_from_many_finished_blocks_sets_each_document_once(view, counts):
    prose = "".join(f"Paragraph {i} of a long answer without code.\n\n" for i in range(400))
    view.set_conversation(
        1, [entry(1, Role.USER, "go"), entry(2, Role.ASSISTANT, prose, status=MessageStatus.STREAMING)]
    )
    card = view.card_for(2)
    assert card is not None
    assert counts["set_html"] <= len(card.body.text_views())
    assert len(card.body.text_views()) <= len(prose) // body_module.PROSE_CHUNK_CHARS + 3


def test_reasoning_arrives_in_pieces_and_is_shown_whole(view):
    view.set_conversation(
        1, [entry(1, Role.USER, "go"), entry(2, Role.ASSISTANT, "", status=MessageStatus.STREAMING)]
    )
    for i in range(500):
        view.stream_delta(2, reasoning=f"thought {i}. ")
    view.flush_pending_updates()
    card = view.card_for(2)
    assert card is not None and card._reasoning == "".join(f"thought {i}. " for i in range(500))
    stream = view._streams[2]
    assert len(stream.reasoning_parts) == 1  # joined once, then kept as one piece


def test_a_very_long_answer_needs_few_text_documents(view):
    text = SAMPLE_ANSWER * 150  # ~90k characters, 150 code blocks
    stream_in(view, text, step=1500)
    card = view.card_for(2)
    assert card is not None
    code_count = text.count("```python")
    streamed = len(card.body.text_views())
    assert streamed < code_count  # was one per code block and one per prose run in between
    view.update_entry(entry(2, Role.ASSISTANT, text, finish=FinishReason.STOP))
    view.set_conversation(5, [entry(50, Role.USER, "elsewhere", conversation_id=5)])
    view.set_conversation(1, [entry(1, Role.USER, "go"), entry(2, Role.ASSISTANT, text)])
    card = view.card_for(2)
    assert card is not None and len(card.body.text_views()) < code_count
    copies: dict[str, str] = {}
    for widget in card.body.segments():
        copies.update(getattr(widget, "_copies", {}))
    codes = {c.code for c in card.body.code_blocks()} | set(copies.values())
    assert "def growth(before: float, after: float) -> float:" in "".join(codes)  # still copyable


def test_a_continuation_updates_the_answer_it_continues_in_place(view):
    cut = entry(2, Role.ASSISTANT, LONG, finish=FinishReason.LENGTH)
    view.set_conversation(1, [entry(1, Role.USER, "go"), cut])
    card = view.card_for(2)
    assert card is not None and card.notice.isVisibleTo(card)
    view.append_entry(entry(3, Role.ASSISTANT, "", status=MessageStatus.STREAMING))
    assert view.card_for(2) is card and not card.notice.isVisibleTo(card)
