"""Attaching in the real window: paste a screenshot (Ctrl+V of image data), paste files copied in a
file manager (text/uri-list), drop files on the window, the file picker; chips with ✕; the line
that says what won't work with the chat's model and the buttons that help; the draft's files kept
across a restart; a message of only files."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import env_for, ready, send_and_wait
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage

from desktop_chat.domain import AttachmentKind

pytestmark = pytest.mark.gui

BLIND = "deepseek-ai/deepseek-r1-0528-maas"


def png_bytes(width: int, height: int, colour: str = "#3070c0") -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def choose_model(shell, model: str) -> None:
    """Pick `model` in the sidebar as a click in its list does."""
    picker = shell.sidebar.model_picker
    row = next(r for r in range(picker.count()) if picker.itemData(r, picker.ID_ROLE) == model)
    picker.setCurrentIndex(row)
    picker.activated.emit(row)


def chips_ready(shell, count: int) -> bool:
    chips = shell.composer.chips
    return len(chips.chips) == count and not chips.reading


def paste(qtbot, shell, mime: QMimeData) -> None:
    QGuiApplication.clipboard().setMimeData(mime)
    shell.composer.focus_input()
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_screenshot_becomes_a_chip_and_is_sent_as_an_image(qtbot, make_shell, sim) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    mime = QMimeData()
    mime.setData("image/png", png_bytes(800, 600))
    paste(qtbot, shell, mime)
    qtbot.waitUntil(lambda: chips_ready(shell, 1), timeout=10000)
    assert shell.composer.text() == ""  # nothing was pasted as text
    chip = next(iter(shell.composer.chips.chips.values()))
    assert chip.accessibleName() == "pasted-image.png" and "800×600" in chip.detail.text()
    assert shell.composer.button.isEnabled()  # a message of only files can be sent
    ended = send_and_wait(qtbot, shell, "What is this?")
    assert ended.message is not None
    payload = [r.payload for r in sim.simulator.records if r.path.endswith("/chat/completions")][-1]
    part = payload["messages"][-1]["content"][1]
    assert part["image_url"]["url"].startswith("data:image/png;base64,")
    qtbot.waitUntil(lambda: not shell.composer.chips.isVisible(), timeout=5000)
    user = shell.session.store.branch(shell.current_id)[-2]
    assert [a.kind for a in user.attachments] == [AttachmentKind.IMAGE]


def test_files_copied_in_a_file_manager_are_attached_by_paste(qtbot, make_shell, sim, tmp_path: Path) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    notes = tmp_path / "notes.txt"
    notes.write_text("Meeting on Friday at ten.", encoding="utf-8")
    picture = tmp_path / "chart.png"
    picture.write_bytes(png_bytes(40, 30))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes)), QUrl.fromLocalFile(str(picture))])
    paste(qtbot, shell, mime)
    qtbot.waitUntil(lambda: chips_ready(shell, 2), timeout=10000)
    names = sorted(c.accessibleName() for c in shell.composer.chips.chips.values())
    assert names == ["chart.png", "notes.txt"]
    send_and_wait(qtbot, shell, "Summarise")
    payload = [r.payload for r in sim.simulator.records if r.path.endswith("/chat/completions")][-1]
    text = payload["messages"][-1]["content"][0]["text"]
    assert '<document name="notes.txt">\nMeeting on Friday at ten.\n</document>' in text


def test_a_file_dropped_on_the_window_is_attached(qtbot, make_shell, sim, tmp_path: Path) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    sheet = tmp_path / "budget.csv"
    sheet.write_text("item,cost\nrent,1200\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sheet))])
    # Qt delivers drop events only during a real drag, which offscreen has none of: the window's
    # filter gets the events a drag over the window would bring, in order.
    point = QPointF(QPoint(20, 20))
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    assert shell.attachments.eventFilter(shell.window, enter) and enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    assert shell.attachments.eventFilter(shell.window, drop)
    qtbot.waitUntil(lambda: chips_ready(shell, 1), timeout=10000)
    assert next(iter(shell.composer.chips.chips.values())).accessibleName() == "budget.csv"


def test_the_chip_x_removes_the_file_and_the_draft_keeps_the_rest(qtbot, make_shell, sim, tmp_path) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    for n in range(2):
        mime = QMimeData()
        mime.setData("image/png", png_bytes(20 + n, 20))
        paste(qtbot, shell, mime)
        qtbot.waitUntil(lambda n=n: chips_ready(shell, n + 1), timeout=10000)
    first = next(iter(shell.composer.chips.chips.values()))
    qtbot.mouseClick(first.remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chips_ready(shell, 1), timeout=5000)
    assert len(shell.session.attachments.draft(None)) == 1


def test_images_for_a_model_that_sees_none_say_so_with_buttons_that_help(qtbot, make_shell, sim) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    chips = shell.composer.chips
    mime = QMimeData()
    mime.setData("image/png", png_bytes(64, 64))
    paste(qtbot, shell, mime)
    qtbot.waitUntil(lambda: chips_ready(shell, 1), timeout=10000)
    assert chips.issue_rows == []  # the default model sees images
    choose_model(shell, BLIND)
    assert len(chips.issue_rows) == 1
    row = chips.issue_rows[0]
    from PySide6.QtWidgets import QLabel, QToolButton

    assert "can't see images" in row.findChild(QLabel).text()
    buttons = {b.text(): b for b in row.findChildren(QToolButton)}
    assert set(buttons) == {"Switch model", "Remove the images"}
    qtbot.mouseClick(buttons["Remove the images"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not chips.isVisible(), timeout=5000)


def test_the_drafts_files_are_there_after_a_restart(qtbot, make_shell, sim) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    mime = QMimeData()
    mime.setData("image/png", png_bytes(30, 30))
    paste(qtbot, shell, mime)
    qtbot.waitUntil(lambda: chips_ready(shell, 1), timeout=10000)
    qtbot.keyClicks(shell.composer.edit, "later")
    shell.composer.flush_draft()
    shell.session.store.close()  # as if the app had quit: a second window opens the same history
    again = make_shell(env_for(sim))
    ready(qtbot, again)
    qtbot.waitUntil(lambda: chips_ready(again, 1), timeout=10000)
    assert again.composer.text() == "later"


def test_a_bad_file_names_itself_and_leaves_the_draft_alone(qtbot, make_shell, sim, tmp_path) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    broken = tmp_path / "contract.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    shell.attachments.attach_paths([broken])
    qtbot.waitUntil(lambda: shell.notices.current is not None, timeout=10000)
    assert "“contract.pdf” seems to be damaged" in shell.notices.current.text
    assert not shell.composer.chips.chips
