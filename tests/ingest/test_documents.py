"""Documents → text: what the model reads of each kind, the caps, and the child process end to end."""

from __future__ import annotations

import codecs

import pytest

from desktop_chat.services.ingest import (
    CannotRead,
    FileKind,
    IngestLimits,
    LeftOut,
    ReadProblem,
    read_document,
    render_pdf_pages,
)
from desktop_chat.services.ingest.parsers import parse_document
from tests.ingest import makers
from tests.ingest.conftest import Files

LIMITS = IngestLimits()


def test_docx_paragraphs_headings_and_tables_in_document_order(files: Files) -> None:
    document = read_document(files.docx, "report.docx")  # through the child process
    assert document.kind is FileKind.DOCX
    assert document.text == (
        "# Quarterly report\n\n"
        "Sales rose in every region.\n\n"
        "| Region | Sales |\n|---|---|\n| North | 1,200 |\n| South \\| East | 900 |\n\n"
        "## Next steps\n\n"
        "- Hire two people.\n"
    )
    assert document.words == len(document.text.split())
    assert document.left_out_unit is LeftOut.NOTHING and not document.scanned


def test_xlsx_one_table_per_sheet_values_not_formulas(files: Files) -> None:
    document = read_document(files.xlsx, "sales.xlsx")
    assert document.kind is FileKind.XLSX and document.pages == 2
    header = "## Sales\n\n| Region | Amount | Share |\n|---|---|---|\n"
    assert document.text.startswith(header + "| R0 | 0 | 0 |\n")
    assert "| R9 | 90 | 2.25 |" in document.text
    assert "## Sheet 2\n\n| Name | Formula |\n|---|---|\n| total |" in document.text


def test_xlsx_10000_rows_are_capped_and_counted(qapp: object) -> None:
    document = parse_document(makers.xlsx_bytes(rows=10_000, sheets=1), "big.xlsx", LIMITS)
    assert document.left_out_unit is LeftOut.ROWS
    # 10,001 rows (header included), 2,000 kept.
    assert document.left_out == 8_001
    assert document.text.count("\n| R") == 2_000  # the header row ("| Region") and 1,999 rows


def test_pptx_slides_shapes_tables_and_notes(files: Files) -> None:
    document = read_document(files.pptx, "plan.pptx")
    assert document.kind is FileKind.PPTX and document.pages == 2
    assert document.text == (
        "## Slide 1\n\nPlan for 2026\n\nOpen two offices\n\nNotes: Mention the budget\n\n"
        "## Slide 2\n\nNumbers\n\n| City | Staff |\n|---|---|\n| Lyon | 12 |\n"
    )


def test_pdf_text_page_by_page(files: Files) -> None:
    document = read_document(files.pdf_text, "contract.pdf")
    assert document.kind is FileKind.PDF and document.pages == 2 and not document.scanned
    first, second = document.text.split("--- page 2 ---")
    assert first.startswith("--- page 1 ---\n") and "First page about invoices." in first
    assert "Second page about payments." in second
    assert document.words == 2 * 5 * 4


def test_a_pdf_without_text_is_a_scan_and_its_pages_render(files: Files) -> None:
    document = read_document(files.pdf_scan, "scan.pdf")
    assert document.scanned and document.text == "" and document.pages == 2
    pages = render_pdf_pages(files.pdf_scan)
    assert len(pages) == 2
    for page in pages:
        assert page.mime == "image/jpeg" and page.data.startswith(b"\xff\xd8")
        assert max(page.width, page.height) <= 2048 and page.height > page.width


def test_pdf_pages_over_the_cap_are_left_out(qapp: object) -> None:
    data = makers.pdf_bytes([f"Page {n} of the annual report." for n in range(10)])
    document = parse_document(data, "long.pdf", IngestLimits(max_pages=4))
    assert document.pages == 10 and document.left_out == 6 and document.left_out_unit is LeftOut.PAGES
    assert "--- page 4 ---" in document.text and "--- page 5 ---" not in document.text


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""), ("cp1252", b"")],
)
def test_csv_in_every_encoding(encoding: str, bom: bytes) -> None:
    text = "Name;City;Amount\r\nJosé Müller;Zürich;1.250,00 €\r\nAnne-Sophie;Besançon;€ 90\r\n"
    document = read_document(bom + text.encode(encoding), "people.csv")
    assert document.kind is FileKind.CSV
    assert document.text == (
        "| Name | City | Amount |\n|---|---|---|\n"
        "| José Müller | Zürich | 1.250,00 € |\n| Anne-Sophie | Besançon | € 90 |\n"
    )


def test_csv_rows_capped() -> None:
    data = ("a,b\n" + "".join(f"{i},{i * 2}\n" for i in range(50))).encode()
    document = parse_document(data, "n.csv", IngestLimits(max_rows=11))
    assert (document.left_out, document.left_out_unit) == (40, LeftOut.ROWS)


def test_text_files_are_kept_verbatim_and_capped() -> None:
    source = '{\n  "key": [1, 2, 3],\n\t"tab": "x"\n}\n'
    assert parse_document(source.encode(), "data.json", LIMITS).text == source
    document = parse_document(b"x" * 1000, "a.txt", IngestLimits(max_text_chars=100))
    assert (len(document.text), document.left_out, document.left_out_unit) == (100, 900, LeftOut.CHARACTERS)


def test_a_gbk_text_file_is_decoded() -> None:
    text = "会议纪要：下周一上午十点在三楼会议室讨论预算和招聘计划。请各部门负责人准时参加。" * 4
    assert parse_document(text.encode("gbk"), "notes.txt", LIMITS).text == text


def test_an_image_is_not_a_document(files: Files) -> None:
    with pytest.raises(CannotRead) as caught:
        read_document(files.png, "shot.png")
    assert caught.value.problem is ReadProblem.UNSUPPORTED_TYPE
