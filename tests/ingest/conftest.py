"""Shared test files for tests/ingest, made once per session (see makers.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.ingest import makers


@dataclass(frozen=True)
class Files:
    png: bytes
    png_alpha: bytes
    big_png: bytes
    jpeg: bytes
    big_jpeg_rotated: bytes
    webp: bytes
    gif_animated: bytes
    pdf_text: bytes
    pdf_scan: bytes
    docx: bytes
    xlsx: bytes
    pptx: bytes


@pytest.fixture(scope="session")
def files(qapp: object) -> Files:
    return Files(
        png=makers.qimage_bytes(640, 480, "PNG"),
        png_alpha=makers.qimage_bytes(3000, 1000, "PNG", alpha=True),
        big_png=makers.qimage_bytes(4000, 3000, "PNG"),
        jpeg=makers.qimage_bytes(800, 600, "JPEG", photo=True),
        big_jpeg_rotated=makers.with_exif_orientation(makers.qimage_bytes(3000, 2000, "JPEG", photo=True), 6),
        webp=makers.qimage_bytes(300, 200, "WEBP", photo=True),
        gif_animated=makers.animated_gif(),
        pdf_text=makers.pdf_bytes(["First page about invoices.", "Second page about payments."],
                                  lines_per_page=5),
        pdf_scan=makers.pdf_bytes([None, None]),
        docx=makers.docx_bytes(),
        xlsx=makers.xlsx_bytes(),
        pptx=makers.pptx_bytes(),
    )
