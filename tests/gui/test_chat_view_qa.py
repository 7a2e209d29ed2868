"""ChatView fixes found in QA: friendly model names on answers, the finish reason in plain words, soft
line breaks on screen, raw image syntax never shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from desktop_chat.domain import FinishReason, Role
from desktop_chat.ui.chat.card import MessageCard
from desktop_chat.ui.chat.view import ChatView
from tests.gui._chat_view_fixtures import entry, shown_chat_view

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot) -> ChatView:  # type: ignore[no-untyped-def]
    return shown_chat_view(qtbot, 900, 700)


def card(view: ChatView, mid: int) -> MessageCard:
    found = view.card_for(mid)
    assert found is not None
    return found


def test_answer_title_is_the_friendly_model_name_with_the_id_in_the_tooltip(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "hi", model="deepseek-ai/deepseek-r1-0528-maas")])
    c = card(view, 1)
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
    assert card(view, 1).meta.text() == f"claude-sonnet-4-5 · 1.2 s · {words}"


def test_single_newlines_show_as_separate_lines(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "Dear Anna,\nthe budget is attached.\nBest regards")])
    views = card(view, 1).body.text_views()
    lines = views[0].toPlainText().splitlines()
    assert lines == ["Dear Anna,", "the budget is attached.", "Best regards"]


def test_file_image_shows_as_a_readable_placeholder(view: ChatView) -> None:
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "![chart](file:///tmp/pic.png)")])
    text = card(view, 1).body.text_views()[0].toPlainText()
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
    browser = card(view, 1).body.text_views()[0]
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


def test_a_continued_answer_no_longer_offers_continue(view: ChatView) -> None:
    cut = entry(2, Role.ASSISTANT, "Once upon a", finish=FinishReason.LENGTH)
    view.set_conversation(1, [entry(1, Role.USER, "story"), cut])
    assert card(view, 2).notice.isVisible() and card(view, 2).continue_button.isVisible()
    view.append_entry(entry(3, Role.ASSISTANT, " time", finish=FinishReason.LENGTH))  # child of 2
    assert not card(view, 2).notice.isVisible()  # its continuation is right below
    assert card(view, 3).notice.isVisible() and card(view, 3).continue_button.isVisible()
    view.remove_entry(3)
    assert card(view, 2).notice.isVisible()  # the continuation is gone: Continue is back


def test_a_new_question_after_a_cut_answer_keeps_its_notice(view: ChatView) -> None:
    view.set_conversation(
        1,
        [
            entry(1, Role.USER, "story"),
            entry(2, Role.ASSISTANT, "Once upon a", finish=FinishReason.LENGTH),
            entry(3, Role.USER, "and then?"),
        ],
    )
    assert card(view, 2).notice.isVisible()
