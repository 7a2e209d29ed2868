"""The chat on screen follows a language switch: its own words, rebuilt cards where the reader was,
an edit in progress kept, the open link question and the banner's notice re-worded.

The new language is a translator that wraps every sentence in ⟦…⟧, put in force through the app's
own `Languages` (as Settings → Language does).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from desktop_chat.domain import MessageStatus, Role
from desktop_chat.ui.chat.banners import banner_for_missing_key
from desktop_chat.ui.chat.document_preview import DocumentPreview
from desktop_chat.ui.chat.image_viewer import ImageViewer
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.language import Languages
from desktop_chat.ui.notices import Notice, Notices
from tests.gui.chat._attachment_helpers import DictSource, document_attachment, image_attachment
from tests.gui.helpers import card_of, entry, many_entries, sample_entries, shown_chat_view
from tests.gui.test_every_sentence_translatable import WrappingTranslator

pytestmark = pytest.mark.gui


def wrapped(text: str) -> bool:
    return text.startswith("⟦") and text.rstrip().endswith("⟧")


@pytest.fixture
def view(qtbot: Any) -> ChatView:
    return shown_chat_view(qtbot, 900, 700)


@pytest.fixture
def switch(qapp: Any) -> Iterator[Languages]:
    """Call `switch.install([WrappingTranslator(qapp)])`; English again afterwards."""
    languages = Languages(qapp)
    yield languages
    languages.install([])


def test_the_views_words_and_its_cards_follow_where_the_reader_was(
        view: ChatView, switch: Languages, qapp: Any) -> None:
    view.set_conversation(1, many_entries(40))
    view.scroll_to_message(20)
    bar = view.message_list().verticalScrollBar()
    top = view.message_list().row_rect_top(20)
    assert top is not None
    offset = bar.value() - top
    old_card = card_of(view, 20)

    switch.install([WrappingTranslator(qapp)])

    assert wrapped(view.message_list().accessibleName())
    assert wrapped(view.empty_label.text())
    assert wrapped(view.jump_button.text()) and wrapped(view.jump_button.accessibleName())
    card = card_of(view, 20)
    assert card is not old_card  # rebuilt from its data
    assert wrapped(card.copy_button.text()) and wrapped(card.copy_button.toolTip())
    assert wrapped(card.accessibleName())
    assert "⟦" in card.meta.text()
    assert all(wrapped(v.accessibleName()) for v in card.body.text_views())
    new_top = view.message_list().row_rect_top(20)
    assert new_top is not None and bar.value() - new_top == offset  # the reader is where they were
    assert not view.is_following()


def test_an_edit_in_progress_is_kept_and_worded_again_then_rebuilt_when_it_ends(
        view: ChatView, switch: Languages, qapp: Any, qtbot: Any) -> None:
    view.set_conversation(1, sample_entries())
    card = card_of(view, 3)
    card.start_edit()
    assert card.editor is not None
    card.editor.setPlainText("half-written change")

    switch.install([WrappingTranslator(qapp)])

    assert card_of(view, 3) is card and card.editor is not None
    assert card.editor.toPlainText() == "half-written change"
    assert wrapped(card.editor.accessibleName())
    assert wrapped(card.title.text()) and wrapped(card.accessibleName())
    assert wrapped(card.edit_button.text())
    card.cancel_edit()
    qtbot.waitUntil(lambda: view.card_for(3) is not card, timeout=2000)
    fresh = card_of(view, 3)
    assert all(wrapped(v.accessibleName()) for v in fresh.body.text_views())


def test_an_answers_notice_and_a_typing_line_follow(view: ChatView, switch: Languages, qapp: Any) -> None:
    view.set_conversation(1, sample_entries())
    failed = card_of(view, 4)
    assert failed.notice.isVisible()

    switch.install([WrappingTranslator(qapp)])

    card = card_of(view, 4)
    assert wrapped(card.notice_label.text())
    assert wrapped(card.retry_button.text()) and wrapped(card.retry_button.accessibleName())
    view.append_entry(entry(7, Role.ASSISTANT, "", status=MessageStatus.STREAMING))
    writing = card_of(view, 7)
    assert writing.typing.text().startswith("⟦Writing⟧")


def test_the_open_link_question_is_worded_again(view: ChatView, switch: Languages, qapp: Any) -> None:
    view.confirm_link(QUrl("https://example.com/page"))
    box = view.link_dialog()
    assert box is not None

    switch.install([WrappingTranslator(qapp)])

    assert wrapped(box.windowTitle())
    assert "⟦" in box.text() and "https://example.com/page" in box.text()
    opener = next(b for b in box.buttons() if "Open" in b.text())
    assert wrapped(opener.text()) and wrapped(opener.accessibleName())
    box.close()


def test_the_banner_keeps_a_notice_that_can_word_itself_again(
        view: ChatView, switch: Languages, qapp: Any) -> None:
    notices = Notices()
    notices.bannerShown.connect(view.show_notice)
    notices.bannerCleared.connect(view.clear_notice)
    notices.show(banner_for_missing_key())
    assert view.banner.isVisible()

    switch.install([WrappingTranslator(qapp)])
    notices.retranslate()  # the lead's MainController._retranslate

    assert view.banner.isVisible()
    assert wrapped(view.banner.label.text()) and wrapped(view.banner.action_button.text())
    assert wrapped(view.banner.label.accessibleName()) and wrapped(view.banner.details_button.text())
    assert wrapped(view.banner.close_button.accessibleName())
    assert notices.current is not None and wrapped(notices.current.text)


def test_a_notice_written_once_goes_away_rather_than_stay_in_the_old_language(
        view: ChatView, switch: Languages, qapp: Any) -> None:
    notices = Notices()
    notices.bannerShown.connect(view.show_notice)
    notices.bannerCleared.connect(view.clear_notice)
    notices.show(Notice("Exported to a file."))

    switch.install([WrappingTranslator(qapp)])
    notices.retranslate()

    assert notices.current is None and not view.banner.isVisible()


def test_an_open_picture_and_document_preview_are_worded_again(
        view: ChatView, switch: Languages, qapp: Any, qtbot: Any) -> None:
    source = DictSource()
    view.set_attachment_source(source)
    viewer = ImageViewer(image_attachment(source, 40, 30), view.image_loader(), lambda _action: None, view)
    preview = DocumentPreview(document_attachment(source), lambda: None, view)
    qtbot.addWidget(viewer)
    qtbot.addWidget(preview)
    assert view.flush_image_decodes()
    qapp.processEvents()

    switch.install([WrappingTranslator(qapp)])

    for button in (viewer.fit_button, viewer.actual_button, viewer.save_button, viewer.copy_button,
                   viewer.close_button, preview.save_button, preview.close_button):
        assert wrapped(button.text()) and wrapped(button.accessibleName())
    assert wrapped(viewer.accessibleName()) and wrapped(preview.accessibleName())
    assert "⟦This is the text the model read from the file.⟧" in preview.info.text()
    assert viewer.fit_button.isChecked() and viewer.image() is not None  # state kept
