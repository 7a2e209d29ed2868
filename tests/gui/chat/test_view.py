"""ChatView: Markdown elements on screen, per-message actions and their signals, status markers,
banner, empty state, accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.domain import FinishReason, MessageStatus, Role, Usage
from desktop_chat.ui.chat.body import CodeBlockView, ProseView
from desktop_chat.ui.chat.view import EMPTY_HINT, ChatView, MessageEntry
from desktop_chat.ui.notices import Notice, NoticeAction
from tests.gui.helpers import (
    SAMPLE_ANSWER,
    all_fragments,
    blocks,
    card_of,
    card_text,
    click_anchor,
    entry,
    fragments_with,
    many_entries,
    sample_entries,
    shown_chat_view,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot) -> ChatView:  # type: ignore[no-untyped-def]
    return shown_chat_view(qtbot, 900, 800)


def test_empty_state_shows_hint(view: ChatView) -> None:
    view.set_conversation(1, [])
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == EMPTY_HINT
    view.append_entry(entry(1, Role.USER, "hi"))
    assert not view.empty_label.isVisible()


def test_markdown_elements_render_as_document_structure(view: ChatView) -> None:
    view.set_conversation(1, sample_entries())
    c = card_of(view, 2)
    segments = c.body.segments()
    assert [type(s) for s in segments] == [ProseView, CodeBlockView, ProseView]
    first = segments[0].document()
    headings = [b.text() for b in blocks(first) if b.blockFormat().headingLevel() == 2]
    assert headings == ["Key points"]
    lists = [b for b in blocks(first) if b.textList() is not None]
    assert [b.text() for b in lists] == [
        "Revenue grew by 12% over the quarter",
        "Costs stayed flat; see costs.xlsx",
        "Two open questions remain",
    ]
    inline_code = fragments_with(first, "costs.xlsx")
    families = inline_code[0].charFormat().fontFamilies() or []
    assert QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family() in families
    bold = fragments_with(first, "summary")
    assert bold and bold[0].charFormat().fontWeight() >= 600
    code = segments[1]
    assert isinstance(code, CodeBlockView)
    assert code.code.startswith("def growth(") and "python" in code.findChild(QLabel, "CodeLang").text()
    colours = {f.charFormat().foreground().color().name() for f in all_fragments(code.browser.document())}
    assert len(colours) > 2  # highlighted
    last = segments[2].document()
    tables = [f for f in last.rootFrame().childFrames() if f.__class__.__name__ == "QTextTable"]
    assert len(tables) >= 2  # the grid and the quote's bar
    assert "North" in last.toPlainText() and "preliminary" in last.toPlainText()
    links = [f.charFormat().anchorHref() for f in all_fragments(last) if f.charFormat().isAnchor()]
    assert links == ["https://intranet.example.com/reports/q2"]


def test_code_block_copy_button_puts_code_on_clipboard(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, sample_entries())
    code = card_of(view, 2).body.code_blocks()[0]
    QGuiApplication.clipboard().clear()
    assert code.copy_button.accessibleName() == "Copy code"
    qtbot.mouseClick(code.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code.code
    assert code.code.endswith("return (after - before) / before")
    assert code.copy_button.text() == "Copied"


def test_nested_code_copy_link(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "1. Run:\n\n   ```sh\n   ls -la /tmp\n   ```\n")])
    prose = card_of(view, 1).body.segments()[0]
    QGuiApplication.clipboard().clear()
    click_anchor(qtbot, prose, lambda href: href.startswith("dc-copy:"))
    assert QGuiApplication.clipboard().text() == "ls -la /tmp"


def test_message_copy_button(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, sample_entries())
    qtbot.mouseClick(card_of(view, 2).copy_button, Qt.MouseButton.LeftButton)
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
    target: QAbstractButton = getattr(card_of(view, mid), button)
    assert target.isVisible() and target.isEnabled()
    with qtbot.waitSignal(getattr(view, signal), timeout=1000) as blocker:
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert blocker.args == args


def test_sibling_navigator_text_and_limits(view: ChatView) -> None:
    entries = sample_entries()
    view.set_conversation(1, entries)
    c = card_of(view, 2)
    assert c.sibling_label.text() == "2/3"
    assert not card_of(view, 1).sibling_label.isVisible()
    first = MessageEntry(entries[1].message, sibling_index=1, sibling_count=3)
    view.update_entry(first)
    assert not card_of(view, 2).prev_button.isEnabled() and card_of(view, 2).next_button.isEnabled()


def test_edit_and_resend_inline(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, sample_entries())
    c = card_of(view, 3)
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
    c = card_of(view, 1)
    c.start_edit()
    with qtbot.assertNotEmitted(view.editResendRequested):
        qtbot.keyClick(c.editor, Qt.Key.Key_Escape)
    assert c.editor is None


def test_reasoning_is_collapsed_and_expandable(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, sample_entries())
    c = card_of(view, 2)
    assert c.reasoning_button.isVisible() and c.reasoning_view is None
    before = c.height()
    qtbot.mouseClick(c.reasoning_button, Qt.MouseButton.LeftButton)
    assert c.reasoning_view is not None and c.reasoning_view.isVisible()
    assert c.reasoning_view.toPlainText().startswith("The user wants a summary")
    assert "The user wants" not in card_text(c)
    qtbot.waitUntil(lambda: card_of(view, 2).height() > before)
    assert view.is_reasoning_open(2)


def test_streaming_message_shows_typing_indicator(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "Hel", status=MessageStatus.STREAMING)])
    c = card_of(view, 1)
    assert c.typing.isVisible() and c.typing.text().startswith("Writing")
    assert not c.regenerate_button.isVisible() and not c.delete_button.isVisible()
    view.update_entry(entry(1, Role.ASSISTANT, "Hello", finish=FinishReason.STOP, usage=Usage(3, 1, 4)))
    assert not card_of(view, 1).typing.isVisible()


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
    browser = card_of(view, 1).body.text_views()[0]
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
    assert "all done" in card_text(card_of(view, 4)) and not card_of(view, 4).notice.isVisible()
    view.remove_entry(3)
    assert [e.id for e in view.entries()] == [1, 2, 4] and view.card_for(3) is None


def test_scroll_to_message_highlights_briefly(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, many_entries(200))
    view.scroll_to_message(20)
    c = card_of(view, 20)
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
    light = card_of(view, 2).body.code_blocks()[0].browser.toHtml()
    view.set_dark(True)
    assert view.is_dark()
    assert card_of(view, 2).body.code_blocks()[0].browser.toHtml() != light
    view.set_font_point_size(14)
    assert card_of(view, 2).font().pointSizeF() == 14
    assert card_of(view, 2).body.code_blocks()[0].browser.font().pointSizeF() > 12


def test_user_message_is_plain_text(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.USER, "# not a heading\n<b>literal</b> *stars*")])
    assert card_text(card_of(view, 1)) == "# not a heading\n<b>literal</b> *stars*"


def test_single_newlines_show_as_separate_lines(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "Dear Anna,\nthe budget is attached.\nBest regards")])
    views = card_of(view, 1).body.text_views()
    lines = views[0].toPlainText().splitlines()
    assert lines == ["Dear Anna,", "the budget is attached.", "Best regards"]


def test_file_image_shows_as_a_readable_placeholder(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "![chart](file:///tmp/pic.png)")])
    text = card_of(view, 1).body.text_views()[0].toPlainText()
    assert text == "[image: chart] (file:///tmp/pic.png)"


def test_mouse_selection_then_ctrl_c_copies_even_when_another_field_had_focus(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    view = ChatView(window)
    view.open_links_externally = False
    composer = QLineEdit(window)
    layout.addWidget(view)
    layout.addWidget(composer)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    composer.setFocus()
    qtbot.waitUntil(composer.hasFocus)
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "alpha beta gamma")])
    browser = card_of(view, 1).body.text_views()[0]
    start = browser.cursorRect(_cursor_at(browser, 6)).center()
    qtbot.mouseDClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(3, 0))
    assert browser.textCursor().selectedText() == "beta"
    focused = QApplication.focusWidget()
    assert focused is browser  # the click moved the focus to the text the user selected
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(focused, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "beta"


def _cursor_at(browser: QTextBrowser, position: int) -> QTextCursor:
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position)
    return cursor


def test_three_levels_of_list_leave_most_of_the_width(view: ChatView) -> None:
    text = "- one\n  - two\n    - three deep item\n"
    view.set_conversation(1, [entry(1, Role.ASSISTANT, text)])
    card = view.card_for(1)
    assert card is not None
    prose = card.body.text_views()[0]
    doc = prose.document()
    block = doc.begin()
    while block.isValid() and block.text() != "three deep item":
        block = block.next()
    assert block.isValid() and block.textList() is not None
    assert block.textList().format().indent() == 3
    indent = block.textList().format().indent() * doc.indentWidth()
    assert indent <= 80  # Qt's default (40 px a level) took 120 px
    line_x = block.layout().lineAt(0).x()
    assert line_x <= 80
    assert line_x < 0.2 * prose.viewport().width()
