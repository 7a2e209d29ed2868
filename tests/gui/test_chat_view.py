"""ChatView: Markdown elements on screen, per-message actions and their signals, status markers,
banner, empty state, accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTextBrowser

from desktop_chat.domain import EndReason, FinishReason, MessageStatus, Problem, Role, Usage
from desktop_chat.ui.chat.body import CodeBlockView, ProseView
from desktop_chat.ui.chat.card import MessageCard
from desktop_chat.ui.chat.view import EMPTY_HINT, ChatView, MessageEntry
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind
from tests.gui._chat_view_fixtures import SAMPLE_ANSWER, entry, message, sample_entries, shown_chat_view

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot) -> ChatView:  # type: ignore[no-untyped-def]
    return shown_chat_view(qtbot, 900, 800)


def card(view: ChatView, mid: int) -> MessageCard:
    found = view.card_for(mid)
    assert found is not None, f"no card for message {mid}"
    return found


def prose_text(c: MessageCard) -> str:
    return "\n".join(v.toPlainText() for v in c.body.text_views())


def test_empty_state_shows_hint(view: ChatView) -> None:
    view.set_conversation(1, [])
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == EMPTY_HINT
    view.append_entry(entry(1, Role.USER, "hi"))
    assert not view.empty_label.isVisible()


def test_markdown_elements_render_as_document_structure(view: ChatView) -> None:
    view.set_conversation(1, sample_entries())
    c = card(view, 2)
    segments = c.body.segments()
    assert [type(s) for s in segments] == [ProseView, CodeBlockView, ProseView]
    first = segments[0].document()
    headings = [b.text() for b in _blocks(first) if b.blockFormat().headingLevel() == 2]
    assert headings == ["Key points"]
    lists = [b for b in _blocks(first) if b.textList() is not None]
    assert [b.text() for b in lists] == [
        "Revenue grew by 12% over the quarter",
        "Costs stayed flat; see costs.xlsx",
        "Two open questions remain",
    ]
    inline_code = _fragments_with(first, "costs.xlsx")
    families = inline_code[0].charFormat().fontFamilies() or []
    assert QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family() in families
    bold = _fragments_with(first, "summary")
    assert bold and bold[0].charFormat().fontWeight() >= 600
    code = segments[1]
    assert isinstance(code, CodeBlockView)
    assert code.code.startswith("def growth(") and "python" in code.findChild(QLabel, "CodeLang").text()
    colours = {f.charFormat().foreground().color().name() for f in _all_fragments(code.browser.document())}
    assert len(colours) > 2  # highlighted
    last = segments[2].document()
    tables = [f for f in last.rootFrame().childFrames() if f.__class__.__name__ == "QTextTable"]
    assert len(tables) >= 2  # the grid and the quote's bar
    assert "North" in last.toPlainText() and "preliminary" in last.toPlainText()
    links = [f.charFormat().anchorHref() for f in _all_fragments(last) if f.charFormat().isAnchor()]
    assert links == ["https://intranet.example.com/reports/q2"]


def test_code_block_copy_button_puts_code_on_clipboard(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, sample_entries())
    code = card(view, 2).body.code_blocks()[0]
    QGuiApplication.clipboard().clear()
    assert code.copy_button.accessibleName() == "Copy code"
    qtbot.mouseClick(code.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code.code
    assert code.code.endswith("return (after - before) / before")
    assert code.copy_button.text() == "Copied"


def test_nested_code_copy_link(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "1. Run:\n\n   ```sh\n   ls -la /tmp\n   ```\n")])
    prose = card(view, 1).body.segments()[0]
    QGuiApplication.clipboard().clear()
    click_anchor(qtbot, prose, lambda href: href.startswith("dc-copy:"))
    assert QGuiApplication.clipboard().text() == "ls -la /tmp"


def test_message_copy_button(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, sample_entries())
    qtbot.mouseClick(card(view, 2).copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == SAMPLE_ANSWER


@pytest.mark.parametrize(
    ("mid", "button", "signal", "args"),
    [
        (2, "regenerate_button", "regenerateRequested", [2]),
        (2, "delete_button", "deleteRequested", [2]),
        (1, "delete_button", "deleteRequested", [1]),
        (4, "retry_button", "retryRequested", [4]),
        (2, "prev_button", "siblingRequested", [5]),
        (2, "next_button", "siblingRequested", [6]),
        (2, "next_button", "siblingStepRequested", [2, 1]),
    ],
)
def test_action_buttons_emit_ids(
    view: ChatView, qtbot, mid: int, button: str, signal: str, args: list
) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, sample_entries())
    target: QAbstractButton = getattr(card(view, mid), button)
    assert target.isVisible() and target.isEnabled()
    with qtbot.waitSignal(getattr(view, signal), timeout=1000) as blocker:
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert blocker.args == args


def test_sibling_navigator_text_and_limits(view: ChatView) -> None:
    entries = sample_entries()
    view.set_conversation(1, entries)
    c = card(view, 2)
    assert c.sibling_label.text() == "2/3"
    assert not card(view, 1).sibling_label.isVisible()
    first = MessageEntry(entries[1].message, sibling_index=1, sibling_count=3)
    view.update_entry(first)
    assert not card(view, 2).prev_button.isEnabled() and card(view, 2).next_button.isEnabled()


def test_edit_and_resend_inline(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, sample_entries())
    c = card(view, 3)
    assert not c.regenerate_button.isVisible()
    qtbot.mouseClick(c.edit_button, Qt.MouseButton.LeftButton)
    editor = c.editor
    assert editor is not None and editor.toPlainText() == "And an e-mail to Anna about it?"
    editor.selectAll()
    qtbot.keyClicks(editor, "Write to Bob instead")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "please")
    with qtbot.waitSignal(view.editResendRequested, timeout=1000) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert blocker.args == [3, "Write to Bob instead\nplease"]
    assert c.editor is None and c.body.isVisible()


def test_edit_cancel_with_escape_emits_nothing(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, sample_entries())
    c = card(view, 1)
    c.start_edit()
    with qtbot.assertNotEmitted(view.editResendRequested):
        qtbot.keyClick(c.editor, Qt.Key.Key_Escape)
    assert c.editor is None


LENGTH_TEXT = "The answer was cut short by the length limit."
FILTER_TEXT = "The provider's content filter stopped this answer."
INTERRUPTED_TEXT = "The answer stopped before it was finished. What arrived is kept."
STOPPED_TEXT = "You stopped this answer."
CLOSED_TEXT = "The app closed before the answer finished."
NO_CONNECTION_TEXT = "Can't reach the gateway. Check your internet connection or proxy."


@pytest.mark.parametrize(
    ("status", "finish", "end", "problem", "error", "text", "buttons"),
    [
        (MessageStatus.COMPLETE, FinishReason.LENGTH, EndReason.FINISHED, None, None, LENGTH_TEXT, {"continue"}),
        (MessageStatus.COMPLETE, FinishReason.CONTENT_FILTER, EndReason.FINISHED, None, None, FILTER_TEXT, set()),
        (MessageStatus.FAILED, None, EndReason.FAILED, Problem.NO_CONNECTION, None, NO_CONNECTION_TEXT,
         {"retry"}),
        # saved by an older version: its words are shown as they were saved
        (MessageStatus.FAILED, None, EndReason.FAILED, Problem.GATEWAY, "Old words.", "Old words.", {"retry"}),
        (MessageStatus.INTERRUPTED, None, EndReason.FAILED, Problem.BROKEN_OFF, None, INTERRUPTED_TEXT,
         {"continue"}),
        # one sentence per case, never "You stopped this answer. The answer stopped before…"
        (MessageStatus.INTERRUPTED, None, EndReason.STOPPED, None, None, STOPPED_TEXT, {"continue"}),
        (MessageStatus.INTERRUPTED, None, EndReason.APP_CLOSED, None, None, CLOSED_TEXT, {"continue", "retry"}),
    ],
)
def test_status_markers(view: ChatView, qtbot, status, finish, end, problem, error, text, buttons) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(7, Role.ASSISTANT, "partial", status=status, finish=finish, error=error,
                                    end_reason=end, problem=problem)])
    c = card(view, 7)
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
    c = card(view, 7)
    assert c.notice_label.text() != STOPPED_TEXT
    assert c.retry_button.isVisible()
    assert LENGTH_TEXT.count(".") == 1 and "?" not in LENGTH_TEXT  # one plain sentence


def test_complete_answer_has_no_notice_and_shows_details(view: ChatView) -> None:
    view.set_conversation(1, sample_entries())
    c = card(view, 2)
    assert not c.notice.isVisible()
    assert c.meta.text() == "claude-sonnet-4-5 · 812 prompt / 345 completion tokens · 4.1 s · finished"


def test_reasoning_is_collapsed_and_expandable(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, sample_entries())
    c = card(view, 2)
    assert c.reasoning_button.isVisible() and c.reasoning_view is None
    before = c.height()
    qtbot.mouseClick(c.reasoning_button, Qt.MouseButton.LeftButton)
    assert c.reasoning_view is not None and c.reasoning_view.isVisible()
    assert c.reasoning_view.toPlainText().startswith("The user wants a summary")
    assert "The user wants" not in prose_text(c)
    qtbot.waitUntil(lambda: card(view, 2).height() > before)
    assert view.is_reasoning_open(2)


def test_streaming_message_shows_typing_indicator(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "Hel", status=MessageStatus.STREAMING)])
    c = card(view, 1)
    assert c.typing.isVisible() and c.typing.text().startswith("Writing")
    assert not c.regenerate_button.isVisible() and not c.delete_button.isVisible()
    view.update_entry(entry(1, Role.ASSISTANT, "Hello", finish=FinishReason.STOP, usage=Usage(3, 1, 4)))
    assert not card(view, 1).typing.isVisible()


def test_banner(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.show_notice(Notice(
        "Too many requests right now — trying again in 4 s…", NoticeAction.STOP_TRYING, "Stop trying",
        "HTTP 429", kind=NoticeKind.WARNING,
    ))
    banner = view.banner
    assert banner.isVisible() and banner.property("kind") == "warning"
    assert not banner.details.isVisible()
    qtbot.mouseClick(banner.details_button, Qt.MouseButton.LeftButton)
    assert banner.details.isVisible() and banner.details.text() == "HTTP 429"
    view.update_notice_text("Too many requests right now — trying again in 3 s…")
    assert banner.label.text().endswith("3 s…")
    with qtbot.waitSignal(view.noticeActionTriggered, timeout=1000) as blocker:
        qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [NoticeAction.STOP_TRYING]
    view.clear_notice()
    assert not banner.isVisible()
    view.show_notice(Notice("Saved.", kind=NoticeKind.INFO))
    assert not banner.action_button.isVisible() and not banner.details_button.isVisible()
    with qtbot.waitSignal(view.noticeDismissed, timeout=1000):
        qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    view.show_notice(Notice("Still waiting.", NoticeAction.STOP, "Stop", dismiss_label="Keep waiting"))
    assert banner.close_button.text() == "Keep waiting"
    view.show_notice(Notice("Next."))
    assert banner.close_button.text() == "✕"


def test_every_control_has_an_accessible_name_and_takes_focus(view: ChatView) -> None:
    view.set_conversation(1, sample_entries())
    view.show_notice(Notice("x", NoticeAction.RETRY, "Act", "d"))
    buttons = [b for b in view.findChildren(QAbstractButton)]
    assert len(buttons) > 20
    for button in buttons:
        assert button.accessibleName(), f"{button.text()!r} has no accessible name"
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.accessibleName()
    for browser in view.findChildren(QTextBrowser):
        assert browser.accessibleName()


def test_ctrl_c_copies_a_selection(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "alpha beta gamma")])
    browser = card(view, 1).body.text_views()[0]
    cursor = browser.textCursor()
    cursor.setPosition(6)
    cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    browser.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "beta"


def test_update_and_remove_entries(view: ChatView) -> None:
    view.set_conversation(1, sample_entries())
    view.update_entry(entry(4, Role.ASSISTANT, "Dear Anna, all done.", finish=FinishReason.STOP))
    assert "all done" in prose_text(card(view, 4)) and not card(view, 4).notice.isVisible()
    view.remove_entry(3)
    assert [e.id for e in view.entries()] == [1, 2, 4] and view.card_for(3) is None


def test_scroll_to_message_highlights_briefly(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.gui._chat_view_fixtures import many_entries

    view.set_conversation(1, many_entries(200))
    view.scroll_to_message(20)
    c = card(view, 20)
    assert c.property("highlighted") is True
    assert not view.is_following()
    top = c.mapTo(view.message_list().viewport(), QPoint(0, 0)).y()
    assert 0 <= top < 40
    qtbot.waitUntil(
        lambda: view.card_for(20) is not None and view.card_for(20).property("highlighted") is False,
        timeout=4000,
    )


def test_dark_mode_and_font_size_rebuild_cards(view: ChatView) -> None:
    view.set_conversation(1, sample_entries())
    light = card(view, 2).body.code_blocks()[0].browser.toHtml()
    view.set_dark(True)
    assert view.is_dark()
    assert card(view, 2).body.code_blocks()[0].browser.toHtml() != light
    view.set_font_point_size(14)
    assert card(view, 2).font().pointSizeF() == 14
    assert card(view, 2).body.code_blocks()[0].browser.font().pointSizeF() > 12


def test_user_message_is_plain_text(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.USER, "# not a heading\n<b>literal</b> *stars*")])
    assert prose_text(card(view, 1)) == "# not a heading\n<b>literal</b> *stars*"


# --- helpers ------------------------------------------------------------------------------------
def _blocks(doc):  # type: ignore[no-untyped-def]
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _all_fragments(doc):  # type: ignore[no-untyped-def]
    for block in _blocks(doc):
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                yield frag
            it += 1


def _fragments_with(doc, text: str):  # type: ignore[no-untyped-def]
    return [f for f in _all_fragments(doc) if text in f.text()]


def click_anchor(qtbot, browser: QTextBrowser, match) -> None:  # type: ignore[no-untyped-def]
    """Click (really, with the mouse) the first anchor whose href satisfies `match`."""
    for frag in _all_fragments(browser.document()):
        if frag.charFormat().isAnchor() and match(frag.charFormat().anchorHref()):
            cursor = QTextCursor(browser.document())
            cursor.setPosition(frag.position() + min(1, frag.length() - 1) + 0)
            rect = browser.cursorRect(cursor)
            point = QPoint(rect.x() + 1, rect.center().y())
            qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
            QApplication.processEvents()
            return
    raise AssertionError("no such anchor")


__all__ = ["click_anchor", "message"]


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
    c = card(view, 7)
    qtbot.waitUntil(lambda: c.notice.isVisible(), timeout=2000)
    image = c.notice.grab().toImage()
    assert image.pixelColor(4, image.height() // 2) == QColor(LIGHT.warning_bg)
