"""Every bad file → CannotRead with the right ReadProblem, through the child process: never another
exception, never a hang. Bombs, traversal, encryption, truncation and random bytes of each kind."""

from __future__ import annotations

import io
import os
import random
import zipfile
from collections.abc import Callable

import pytest

from desktop_chat.services.ingest import CannotRead, IngestLimits, ReadProblem, read_document
from desktop_chat.services.ingest.parsers import parse_document
from tests.ingest import makers
from tests.ingest.conftest import Files

NOISE = random.Random(10).randbytes(20_000)


def problem_of(data: bytes, name: str, limits: IngestLimits | None = None) -> ReadProblem:
    with pytest.raises(CannotRead) as caught:
        read_document(data, name, limits=limits or IngestLimits())
    assert caught.value.detail  # something technical for Details
    return caught.value.problem


@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx", "pptx"])
def test_random_bytes_with_the_right_extension_are_damaged(kind: str) -> None:
    assert problem_of(NOISE, f"file.{kind}") is ReadProblem.DAMAGED


@pytest.mark.parametrize(("attr", "name"), [("pdf_text", "a.pdf"), ("docx", "a.docx"), ("xlsx", "a.xlsx"),
                                            ("pptx", "a.pptx")])
def test_truncated_files_are_damaged(files: Files, attr: str, name: str) -> None:
    data = getattr(files, attr)
    assert problem_of(data[:200], name) is ReadProblem.DAMAGED  # a zip's directory, a PDF's objects: gone


def test_a_truncated_office_file_keeps_no_directory(files: Files) -> None:
    assert problem_of(files.docx[: len(files.docx) // 2], "a.docx") is ReadProblem.DAMAGED


def test_a_zip_bomb_disguised_as_docx() -> None:
    assert problem_of(makers.zip_declaring_gigabytes(), "invoice.docx") is ReadProblem.TOO_COMPLEX


def test_a_member_compressing_1000_to_1() -> None:
    bomb = makers.zip_with({"word/document.xml": b"\x00" * 20_000_000})
    assert problem_of(bomb, "a.docx") is ReadProblem.TOO_COMPLEX


def test_too_many_members() -> None:
    many = makers.zip_with({f"xl/m{i}.xml": b"" for i in range(60)})
    assert problem_of(many, "a.xlsx", IngestLimits(max_zip_members=50)) is ReadProblem.TOO_COMPLEX


@pytest.mark.parametrize("name", ["../../evil", "/etc/evil", "word/../../evil", "C:/evil"])
def test_members_with_unsafe_names(files: Files, name: str) -> None:
    data = io.BytesIO(files.docx)
    with zipfile.ZipFile(data, "a") as archive:
        archive.writestr(name, b"x")
    assert problem_of(data.getvalue(), "a.docx") is ReadProblem.DAMAGED


def test_a_zip_that_is_no_office_file() -> None:
    assert problem_of(makers.zip_with({"a.txt": b"x"}, content_types=False), "a.docx") is ReadProblem.DAMAGED


def test_an_encrypted_pdf(files: Files) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(files.pdf_text))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert problem_of(out.getvalue(), "locked.pdf") is ReadProblem.PASSWORD_PROTECTED


@pytest.mark.parametrize("name", ["locked.docx", "locked.xlsx", "locked.pptx"])
def test_password_protected_office_files(name: str) -> None:
    assert problem_of(makers.ENCRYPTED_OFFICE, name) is ReadProblem.PASSWORD_PROTECTED


def test_a_legacy_doc_is_unsupported() -> None:
    legacy = makers.ENCRYPTED_OFFICE.replace("Encrypt".encode("utf-16-le"), "Xyzzyxx".encode("utf-16-le"))
    assert problem_of(legacy, "old.doc") is ReadProblem.UNSUPPORTED_TYPE
    assert problem_of(legacy, "old.docx") is ReadProblem.UNSUPPORTED_TYPE


@pytest.mark.parametrize("name", ["notes.txt", "data.csv", "no-extension"])
def test_a_text_file_that_is_binary(name: str) -> None:
    binary = os.urandom(4000) + b"\x00" * 100
    expected = ReadProblem.UNSUPPORTED_TYPE
    assert problem_of(binary, name) is expected


@pytest.mark.parametrize(
    ("data", "name", "problem"),
    [
        (b"", "a.pdf", ReadProblem.EMPTY),
        (b"   \n\t  ", "a.txt", ReadProblem.EMPTY),
        (b"hello", "program.exe", ReadProblem.UNSUPPORTED_TYPE),
        (b"x" * 2000, "a.txt", ReadProblem.TOO_BIG),
    ],
)
def test_empty_unsupported_and_too_big(data: bytes, name: str, problem: ReadProblem) -> None:
    assert problem_of(data, name, IngestLimits(max_file_bytes=1000)) is problem


def _docx_bomb(files: Files) -> bytes:
    body = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    return makers.rezip(files.docx, {"word/document.xml": makers.billion_laughs(body)})


def _xlsx_bomb(files: Files) -> bytes:
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    return makers.rezip(files.xlsx, {"xl/worksheets/sheet1.xml": makers.billion_laughs(sheet)})


def _pptx_bomb(files: Files) -> bytes:
    with zipfile.ZipFile(io.BytesIO(files.pptx)) as archive:
        slide = archive.read("ppt/slides/slide1.xml").decode()
    slide = slide.replace("Plan for 2026", "&lol9;")
    slide = slide.split("?>", 1)[1] if slide.startswith("<?xml") else slide
    return makers.rezip(files.pptx, {"ppt/slides/slide1.xml": makers.billion_laughs(slide)})


@pytest.mark.parametrize(
    ("make", "name"), [(_docx_bomb, "a.docx"), (_xlsx_bomb, "a.xlsx"), (_pptx_bomb, "a.pptx")]
)
def test_xml_entity_bombs_are_not_expanded(files: Files, make: Callable[[Files], bytes], name: str) -> None:
    # libxml2 (python-docx, python-pptx: resolve_entities=False) and expat (openpyxl's sheets) both
    # stop at their entity amplification limits; in-process too, where no memory limit would help.
    data = make(files)
    assert problem_of(data, name) is ReadProblem.TOO_COMPLEX
    with pytest.raises(CannotRead) as caught:
        parse_document(data, name, IngestLimits())
    assert caught.value.problem is ReadProblem.TOO_COMPLEX
