"""Print and Export as PDF on a real history file: the PDF read back with pypdfium2 — pages, the
running header and footer, the code, the messages in order, the picture — and the failures: a
bad place, a cancel, an empty chat, nothing on screen; and the printer path (a QPrinter writing
PDF) without its dialog."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from desktop_chat.ui.printing.document import chat_date
from tests.gui.printing.helpers import CODE, PICTURE_RGB, TITLE, flat, pdf_pages, store_chat

pytestmark = pytest.mark.gui


def _wait(qtbot: Any, task: Any, timeout: int = 60_000) -> None:
    assert task is not None, "nothing was started"
    qtbot.waitUntil(task.done, timeout=timeout)


def _check_pages(pages: list[str], stored: Any) -> None:
    date = chat_date(QLocale(), stored.last_created)
    assert len(pages) > 1
    for number, text in enumerate(pages, 1):
        assert TITLE in text, f"page {number} has no title"
        assert date in text, f"page {number} has no date"
        assert f"{number} / {len(pages)}" in text, f"page {number} has no footer"
        last = text.strip().splitlines()[-1]  # the header and footer come first in a page's text
        assert not last.startswith(("You ·", "GPT 4o ·")), f"page {number} ends with a message header"
    whole = flat(" ".join(pages))
    for line in CODE.splitlines():
        assert line.strip() in whole
    places = [whole.find(marker) for marker in stored.markers]
    assert -1 not in places, [m for m, p in zip(stored.markers, places, strict=True) if p < 0]
    assert places == sorted(places), "messages out of order"


def test_a_chat_exported_as_pdf_reads_back(qtbot, printing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    stored = store_chat(printing.session.store)
    printing.current.switch_to(stored.cid)
    target = tmp_path / "budget.pdf"
    _wait(qtbot, printing.controller.run_export_pdf(stored.cid, target))
    assert not printing.banners
    pages = pdf_pages(target)
    _check_pages(pages, stored)
    whole = flat(" ".join(pages))
    assert "You ·" in whole and "GPT 4o ·" in whole  # the model named as on screen
    assert "Used get_current_time · 0.2 s" in whole  # as the exports and the card say it
    assert "contract.pdf" in whole and "costs-chart.png" in whole
    assert "Copy" not in whole  # no buttons on paper
    assert any(f"Saved {len(pages)} pages as {target}" in r for r in printing.remarks)
    assert not target.with_name(target.name + ".partial").exists()

    pdf = pdfium.PdfDocument(str(target))
    try:
        first = pdf[0]
        images = list(first.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))
        assert len(images) == 1
        bitmap = images[0].get_bitmap().to_pil().convert("RGB")
        assert bitmap.width > bitmap.height  # the 2:1 picture, not enlarged past its own pixels
        red, green, blue = bitmap.getpixel((bitmap.width // 2, bitmap.height // 2))
        assert max(abs(red - PICTURE_RGB[0]), abs(green - PICTURE_RGB[1]), abs(blue - PICTURE_RGB[2])) < 8
        left, _bottom, right, _top = images[0].get_bounds()
        page_width = first.get_width()
        assert right - left <= page_width - 2 * 15 / 25.4 * 72  # inside the margins
        first.render(scale=1.5).to_pil().save("/tmp/print_page1.png")
    finally:
        pdf.close()


def test_printing_on_a_pdf_printer_paints_the_same_pages(qtbot, printing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from desktop_chat.ui.printing.geometry import set_up_paper

    stored = store_chat(printing.session.store)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    set_up_paper(printer, QLocale())
    _wait(qtbot, printing.controller.run_print(stored.cid, printer))
    assert not printing.banners
    pages = pdf_pages(tmp_path / "printed.pdf")
    _check_pages(pages, stored)
    assert f"Sent {len(pages)} pages to the printer." in printing.remarks


def test_a_place_that_cannot_be_written_is_a_sentence(qtbot, printing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stored = store_chat(printing.session.store, pairs=1, long_paragraphs=2)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "chat.pdf"  # a folder that is a file
    _wait(qtbot, printing.controller.run_export_pdf(stored.cid, target))
    assert len(printing.banners) == 1
    assert "chat.pdf could not be written" in printing.banners[0].text
    assert "Traceback" not in printing.banners[0].text
    assert not target.exists()


def test_cancel_leaves_no_file(qtbot, printing, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stored = store_chat(printing.session.store, pairs=3, long_paragraphs=5)
    entered, gate = threading.Event(), threading.Event()
    real_blob = printing.session.attachments.blob

    def slow_blob(sha256: str) -> bytes | None:  # the worker waits here until the test has cancelled
        entered.set()
        gate.wait(10)
        return real_blob(sha256)

    monkeypatch.setattr(printing.session.attachments, "blob", slow_blob)
    target = tmp_path / "cancelled.pdf"
    task = printing.controller.run_export_pdf(stored.cid, target)
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    assert printing.controller.busy()
    printing.controller.cancel()
    gate.set()
    _wait(qtbot, task)
    assert task.cancelled()
    assert not target.exists()
    assert list(tmp_path.glob("cancelled.pdf*")) == []
    assert "Export cancelled. No file was written." in printing.remarks
    assert not printing.controller.busy()


def test_an_empty_chat_and_no_chat_say_so(qtbot, printing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seen: list[bool] = []
    printing.controller.availableChanged.connect(seen.append)
    assert not printing.controller.available
    assert printing.controller.export_pdf_current() is None
    assert printing.controller.print_current() is None
    assert printing.remarks == ["Open a chat with messages to print it."] * 2

    empty = printing.session.store.create_conversation(title="Nothing yet")
    printing.current.switch_to(empty.id)
    assert printing.controller.available and seen == [True]
    _wait(qtbot, printing.controller.run_export_pdf(empty.id, tmp_path / "empty.pdf"))
    assert printing.remarks[-1] == "This chat has no messages yet, so there is nothing to print."
    assert not (tmp_path / "empty.pdf").exists()


def test_the_save_dialog_suggests_the_title(qtbot, printing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stored = store_chat(printing.session.store, pairs=1, long_paragraphs=1, title="Budget: Q3/Q4?")
    printing.current.switch_to(stored.cid)
    dialog = printing.controller.export_pdf_current()
    assert dialog is not None
    try:
        assert dialog.defaultSuffix() == "pdf"
        chosen = Path(dialog.selectedFiles()[0])
        assert chosen.name == "Budget_ Q3_Q4.pdf"
        assert chosen.parent == tmp_path
    finally:
        dialog.reject()
