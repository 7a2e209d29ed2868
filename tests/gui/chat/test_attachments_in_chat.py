"""Files and pictures in the chat view: chips on sent messages, images in answers, safe decoding.

Real widgets offscreen, pictures drawn with Qt, bytes from a dict-backed source read on the
workers; the save dialog is the real QFileDialog, answered the way the other dialog tests do.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from desktop_chat.domain import Attachment, Role
from desktop_chat.ui.chat.answer_images import AnswerImage
from desktop_chat.ui.chat.attachments import (
    CHIP_WIDTH,
    THUMB_SIZE,
    image_display_size,
    safe_file_name,
)
from desktop_chat.ui.chat.document_preview import DocumentPreview
from desktop_chat.ui.chat.entry import MessageEntry
from desktop_chat.ui.chat.image_viewer import ImageViewer
from desktop_chat.ui.chat.view import ChatView
from tests.gui.chat._attachment_helpers import (
    DictSource,
    bomb_png,
    document_attachment,
    image_attachment,
    png_bytes,
    with_files,
)
from tests.gui.helpers import card_of, card_text, click_anchor, entry, shown_chat_view

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot: Any) -> ChatView:
    return shown_chat_view(qtbot, 900, 700)


@pytest.fixture
def source() -> DictSource:
    return DictSource()


def shown(view: ChatView) -> None:
    assert view.flush_image_decodes()
    QApplication.processEvents()


# --- chips on a sent message ---------------------------------------------------------------------
def test_a_sent_message_shows_one_chip_per_file_with_name_size_and_pages(
    view: ChatView, source: DictSource,
) -> None:
    photo = image_attachment(source, 800, 600, name="whiteboard.png")
    pdf = document_attachment(source, "contract.pdf", pages=12)
    scan = document_attachment(source, "scan.pdf", pages=1, scanned=True, text="", data=b"%PDF scan")
    view.set_conversation(1, [with_files(1, Role.USER, "Look at these", (photo, pdf, scan))])
    card = card_of(view, 1)
    assert card.chips is not None
    chips = card.chips.chips
    assert [c.attachment.name for c in chips] == ["whiteboard.png", "contract.pdf", "scan.pdf"]
    assert chips[0].accessibleName().startswith("Image whiteboard.png, ")
    document = chips[1].accessibleName()
    assert document.startswith("Document contract.pdf") and "12 pages" in document
    assert "1 page" in chips[2].accessibleName() and "scanned" in chips[2].accessibleName()
    tip = chips[1].toolTip()
    assert "contract.pdf" in tip and "PDF document" in tip and "bytes" in tip  # a few dozen bytes
    assert all(c.isVisible() and c.width() == CHIP_WIDTH for c in chips)
    assert "Look at these" in card_text(card)


def test_chip_size_is_written_in_the_persons_format(view: ChatView, source: DictSource) -> None:
    big = dataclasses.replace(document_attachment(source, "report.pdf"), size=2_400_000)
    view.set_conversation(1, [with_files(1, Role.USER, "", (big,))])
    assert "2.4 MB" in card_of(view, 1).chips.chips[0].accessibleName()


def test_thumbnails_are_decoded_off_the_ui_thread_at_thumbnail_size(
    view: ChatView, source: DictSource,
) -> None:
    photo = image_attachment(source, 800, 600)
    view.set_conversation(1, [with_files(1, Role.USER, "A photo", (photo,))])
    chip = card_of(view, 1).chips.chips[0]
    assert chip.thumbnail_size() is None  # no source yet: the file icon, no read
    assert source.reads == []
    view.set_attachment_source(source)
    shown(view)
    side = round(THUMB_SIZE * chip.devicePixelRatioF())
    assert chip.thumbnail_size() == QSize(side, round(side * 600 / 800))  # scaled, never full size
    assert source.reads == [photo.sha256]
    assert threading.get_ident() not in source.threads


def test_a_chip_is_reached_with_tab_and_opens_with_enter(
    view: ChatView, source: DictSource, qtbot: Any,
) -> None:
    pdf = document_attachment(source, "notes/contract.pdf", text="Clause 1. Pay on time.")
    view.set_attachment_source(source)
    view.set_conversation(1, [with_files(1, Role.USER, "Please check", (pdf,))])
    card = card_of(view, 1)
    chip = card.chips.chips[0]
    assert chip.focusPolicy() & Qt.FocusPolicy.TabFocus
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Return)
    dialogs = view.attachment_actions().dialogs()
    assert len(dialogs) == 1 and isinstance(dialogs[0], DocumentPreview)
    preview = dialogs[0]
    assert preview.text.toPlainText() == "Clause 1. Pay on time."
    assert preview.text.isReadOnly()
    assert preview.windowTitle() == "contract.pdf"  # the folder part of the name is not shown
    preview.close()


def test_save_a_copy_writes_exactly_the_original_bytes(view: ChatView, source: DictSource, qtbot: Any,
                                                       tmp_path: Path) -> None:
    original = bytes(range(256)) * 40 + b"%%EOF"
    pdf = document_attachment(source, "C:\\Users\\anna\\..\\contract.pdf", data=original)
    view.set_attachment_source(source)
    view.set_conversation(1, [with_files(1, Role.USER, "Sign this?", (pdf,))])
    card_of(view, 1).chips.chips[0].click()
    preview = view.attachment_actions().dialogs()[0]
    assert isinstance(preview, DocumentPreview)
    preview.save_button.click()  # returns at once: open(), not exec()
    dialogs = [d for d in view.findChildren(QFileDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert Path(dialogs[0].selectedFiles()[0]).name == "contract.pdf"  # path parts stripped
    target = tmp_path / "copy.pdf"
    with qtbot.waitSignal(view.attachment_actions().saved, timeout=5000) as saved:
        dialogs[0].selectFile(str(target))
        dialogs[0].accept()
    assert saved.args == [target]
    assert target.read_bytes() == original
    preview.close()


def test_a_copy_of_a_file_no_longer_stored_says_so(view: ChatView, source: DictSource, qtbot: Any,
                                                   tmp_path: Path) -> None:
    pdf = document_attachment(source, "gone.pdf")
    source.blobs.clear()
    view.set_attachment_source(source)
    view.set_conversation(1, [with_files(1, Role.USER, "x", (pdf,))])
    actions = view.attachment_actions()
    with qtbot.waitSignal(actions.problemShown, timeout=5000) as problem:
        actions.save_to(pdf, tmp_path / "gone.pdf")
    assert "gone.pdf" in problem.args[0] and not (tmp_path / "gone.pdf").exists()
    box = actions.problem_box()
    assert box is not None and box.isVisible()
    box.close()


def test_safe_file_names_lose_folders_and_forbidden_characters() -> None:
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("C:\\Windows\\evil.exe") == "evil.exe"
    assert safe_file_name('a:b*c?.txt') == "a_b_c_.txt"
    assert safe_file_name("..") == "attachment"


# --- images in answers ---------------------------------------------------------------------------
def answer_with_image(source: DictSource, width: int = 1600, height: int = 900,
                      **kw: Any) -> tuple[Attachment, MessageEntry]:
    picture = image_attachment(source, width, height, name="generated.png", **kw)
    answer = with_files(2, Role.ASSISTANT, "Here is the picture you asked for.", (picture,),
                        conversation_id=7)
    return picture, answer


def test_an_answer_image_is_inline_scaled_to_the_column(view: ChatView, source: DictSource) -> None:
    _picture, answer = answer_with_image(source)
    view.set_attachment_source(source)
    view.set_conversation(7, [entry(1, Role.USER, "Draw a harbour", conversation_id=7), answer])
    card = card_of(view, 2)
    assert card.images is not None
    image = card.images.images[0]
    placeholder = image.height()
    assert card.images.height() == card.images.heightForWidth(card.images.width())  # all of it, no crop
    assert image.height() == image.picture_rect().height() + image.bar.height()
    shown(view)
    assert image.height() == placeholder  # the frame had its final size before the pixels came
    rect = image.picture_rect()
    assert rect.width() <= image.width() <= card.width()
    assert abs(rect.width() / rect.height() - 1600 / 900) < 0.02
    decoded = image.decoded_size()
    assert decoded is not None and decoded.width() < 1600  # decoded to the column, not full size
    assert decoded.width() <= round(860 * image.devicePixelRatioF())
    assert abs(decoded.width() / decoded.height() - 1600 / 900) < 0.02
    assert image.status_text() == ""
    assert [b.text() for b in (image.open_button, image.save_button, image.copy_button)] == [
        "Open larger", "Save image…", "Copy image"]
    assert all(b.accessibleName() for b in (image.open_button, image.save_button, image.copy_button))


def test_a_decompression_bomb_shows_cant_be_shown_and_no_warning(view: ChatView, source: DictSource) -> None:
    bomb = bomb_png()
    _picture, answer = answer_with_image(source, 1024, 1024, data=bomb)
    view.set_attachment_source(source)
    view.set_conversation(7, [answer])
    shown(view)
    image = card_of(view, 2).images.images[0]
    assert image.failed()
    assert image.status_text() == "“generated.png” can't be shown."
    assert not image.copy_button.isEnabled() and not image.open_button.isEnabled()
    assert view.image_loader().cache_bytes() < 1024  # nothing big was allocated or kept


def test_bytes_that_are_no_image_show_cant_be_shown(view: ChatView, source: DictSource) -> None:
    _picture, answer = answer_with_image(source, 300, 200, data=b"this is not a picture at all" * 10)
    view.set_attachment_source(source)
    view.set_conversation(7, [answer])
    shown(view)
    assert card_of(view, 2).images.images[0].status_text() == "“generated.png” can't be shown."


def test_copy_image_puts_the_full_picture_on_the_clipboard(
    view: ChatView, source: DictSource, qtbot: Any,
) -> None:
    _picture, answer = answer_with_image(source, 1500, 700)
    view.set_attachment_source(source)
    view.set_conversation(7, [answer])
    image = card_of(view, 2).images.images[0]
    with qtbot.waitSignal(view.attachment_actions().imageCopied, timeout=5000):
        image.copy_button.click()
    assert QGuiApplication.clipboard().image().size() == QSize(1500, 700)


def test_save_image_suggests_a_name_by_chat_and_type(view: ChatView, source: DictSource, qtbot: Any,
                                                     tmp_path: Path) -> None:
    jpeg = png_bytes(640, 480, fmt="JPEG")
    _picture, answer = answer_with_image(source, 640, 480, data=jpeg, mime="image/jpeg", aid=3)
    view.set_attachment_source(source)
    view.set_conversation(7, [answer])
    card_of(view, 2).images.images[0].save_button.click()
    dialog = view.attachment_actions().save_dialog()
    assert dialog is not None and Path(dialog.selectedFiles()[0]).name == "image-7-3.jpg"
    target = tmp_path / "harbour.jpg"
    with qtbot.waitSignal(view.attachment_actions().saved, timeout=5000):
        dialog.selectFile(str(target))
        dialog.accept()
    assert target.read_bytes() == jpeg


def test_open_larger_shows_the_viewer_fitted_then_at_100_percent(
    view: ChatView, source: DictSource, qtbot: Any,
) -> None:
    _picture, answer = answer_with_image(source, 2400, 1800)
    view.set_attachment_source(source)
    view.set_conversation(7, [answer])
    card_of(view, 2).images.images[0].open_button.click()
    viewer = view.attachment_actions().dialogs()[0]
    assert isinstance(viewer, ImageViewer) and viewer.isVisible()
    shown(view)
    assert viewer.image() is not None and viewer.image().size() == QSize(2400, 1800)
    assert viewer.is_fitted()
    room = viewer.scroll_area.viewport().size()
    assert viewer.shown_size().width() <= room.width() and viewer.shown_size().height() <= room.height()
    viewer.actual_button.click()
    dpr = viewer.devicePixelRatioF()
    assert viewer.shown_size() == QSize(round(2400 / dpr), round(1800 / dpr))
    assert viewer.scroll_area.horizontalScrollBar().maximum() > 0  # larger than the window: it scrolls
    viewer.close()


def test_the_context_menu_offers_the_same_three_things(view: ChatView, source: DictSource) -> None:
    _picture, answer = answer_with_image(source, 400, 300)
    view.set_attachment_source(source)
    view.set_conversation(7, [answer])
    image: AnswerImage = card_of(view, 2).images.images[0]
    menu: QMenu = image.context_menu()
    assert [a.text() for a in menu.actions()] == ["Open larger", "Save image…", "Copy image"]
    menu.actions()[0].trigger()
    assert isinstance(view.attachment_actions().dialogs()[0], ImageViewer)
    view.attachment_actions().dialogs()[0].close()
    menu.deleteLater()


def test_images_that_arrive_with_the_end_of_an_answer_appear_in_its_card(
    view: ChatView, source: DictSource,
) -> None:
    _picture, answer = answer_with_image(source, 500, 500)
    bare = dataclasses.replace(answer, message=dataclasses.replace(answer.message, attachments=()))
    view.set_attachment_source(source)
    view.set_conversation(7, [bare])
    card = card_of(view, 2)
    assert card.images is None
    view.update_entry(answer)
    same = card_of(view, 2)
    assert same.images is not None and len(same.images.images) == 1
    # the row grew with them at once: the picture and its buttons are not cut off by the card
    assert same.images.isVisible()
    assert same.images.geometry().bottom() < same.actions_bar.geometry().top() <= same.height()


# --- remote and data: images in Markdown ---------------------------------------------------------
def test_a_remote_image_is_a_placeholder_link_that_asks_first(view: ChatView) -> None:
    url = "https://images.example.com/chart.png?user=anna"
    view.set_conversation(1, [entry(1, Role.ASSISTANT, f"The chart:\n\n![sales chart]({url})")])
    card = card_of(view, 1)
    assert "Image “sales chart” from images.example.com — open" in card_text(card)
    browser = card.body.text_views()[0]
    browser.anchorClicked.emit(QUrl(url))  # what a click on the placeholder sends
    box = view.link_dialog()
    assert box is not None and url in box.text()
    box.close()


def test_clicking_the_remote_image_placeholder_asks_for_confirmation(view: ChatView, qtbot: Any) -> None:
    url = "https://images.example.com/chart.png"
    view.set_conversation(1, [entry(1, Role.ASSISTANT, f"![]({url})")])
    browser = card_of(view, 1).body.text_views()[0]
    assert browser.toPlainText() == "Image from images.example.com — open"
    click_anchor(qtbot, browser, lambda href: href == url)
    box = view.link_dialog()
    assert box is not None and url in box.text()
    box.close()


def test_a_data_image_in_markdown_shows_no_base64(view: ChatView) -> None:
    data = "data:image/png;base64," + "iVBORw0KGgo" * 50
    view.set_conversation(1, [entry(1, Role.ASSISTANT, f"Done: ![result]({data})")])
    text = card_text(card_of(view, 1))
    assert text == "Done: [image: result]"


# --- long chats ----------------------------------------------------------------------------------
def test_scrolling_200_messages_with_50_images_keeps_cards_and_cache_bounded(qtbot: Any, source: DictSource,
                                                                            ) -> None:
    view = shown_chat_view(qtbot, 900, 700)
    view.image_loader()._limit = 4 * 1024 * 1024  # a small cache, to see it stay bounded
    entries = []
    for i in range(1, 201):
        if i % 2:
            entries.append(entry(i, Role.USER, f"Question {i}?"))
        elif i % 4 == 0:
            picture = image_attachment(source, 1024, 768, data=png_bytes(1024, 768, 0xFF000000 + i * 997))
            entries.append(with_files(i, Role.ASSISTANT, f"Picture {i}.", (picture,)))
        else:
            entries.append(entry(i, Role.ASSISTANT, f"Answer {i}."))
    assert sum(1 for e in entries if e.message.attachments) == 50
    view.set_attachment_source(source)
    view.set_conversation(1, entries)
    bar = view.message_list().verticalScrollBar()
    most = 0
    for step in range(0, bar.maximum() + 1, max(1, bar.maximum() // 40)):
        bar.setValue(bar.maximum() - step)  # from the newest up, without waiting for decodes
        QApplication.processEvents()
        most = max(most, view.laid_out_count())
    assert view.flush_image_decodes()  # requests of cards already destroyed complete into nothing
    QApplication.processEvents()
    loader = view.image_loader()
    assert most < 30
    assert loader.cache_bytes() <= loader.cache_limit()
    assert loader.pending() == 0


def test_height_estimates_count_chips_and_images(view: ChatView, source: DictSource) -> None:
    picture = image_attachment(source, 1024, 1024)
    files = tuple(document_attachment(source, f"file{i}.pdf", data=f"x{i}".encode()) for i in range(5))
    entries = [with_files(1, Role.USER, "Five files", files),
               with_files(2, Role.ASSISTANT, "A picture", (picture,))]
    view.set_conversation(1, entries)
    width = view.message_list().viewport().width()
    for mid in (1, 2):
        card = card_of(view, mid)
        measured = card.height()
        estimate = view._estimate(mid, width)
        assert abs(estimate - measured) < 60, (mid, estimate, measured)
    column = 860 - 28
    assert image_display_size(picture, column) == (520, 520)  # no taller than the cap, aspect kept
