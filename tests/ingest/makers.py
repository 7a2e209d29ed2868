"""Test files made on the spot: images and PDFs with Qt, Office files with their own libraries.

Why made here and not committed: each test says exactly what its file holds, and the bytes follow
the libraries' versions. Qt writes PNG, JPEG, WebP and PDF; it has no GIF writer and writes no EXIF,
so the animated GIF comes from Pillow and the EXIF orientation tag is spliced into a Qt JPEG by hand.
Bad files (bombs, traversal, truncation, encryption) are built byte by byte where no library would.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter


def qimage_bytes(width: int, height: int, fmt: str, *, alpha: bool = False, photo: bool = False,
                 quality: int = -1) -> bytes:
    """A QImage of the size, drawn like a screenshot (flat areas, text) or a photo (gradients);
    `quality` -1 is Qt's default for the format."""
    image = QImage(width, height, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0, 0) if alpha else QColor("white"))
    painter = QPainter(image)
    if photo:
        for y in range(0, height, 8):
            painter.fillRect(0, y, width, 8, QColor((y * 7) % 256, (y * 3) % 256, 160))
        for x in range(0, width, 16):
            painter.fillRect(x, 0, 4, height, QColor(x % 256, 90, (x * 5) % 256, 120))
    else:
        painter.fillRect(0, 0, width, max(1, height // 20), QColor("#3060c0"))
        painter.setPen(QColor("black"))
        font = QFont()
        font.setPixelSize(max(8, height // 60))
        painter.setFont(font)
        for row in range(0, height, max(10, height // 40)):
            painter.drawText(10, row + max(10, height // 40), "Error 0x80070005: access denied — screenshot")
    painter.end()
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, quality)
    buffer.close()
    return bytes(array.data())


def with_exif_orientation(jpeg: bytes, orientation: int) -> bytes:
    """The JPEG with an APP1 EXIF segment holding only an Orientation tag, right after SOI."""
    assert jpeg.startswith(b"\xff\xd8")
    ifd = struct.pack("<H", 1) + struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack("<I", 0)
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd
    payload = b"Exif\x00\x00" + tiff
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + segment + jpeg[2:]


def animated_gif() -> bytes:
    """Two frames, red then blue, 40×30 (Pillow: Qt cannot write GIF)."""
    from PIL import Image

    frames = [Image.new("RGB", (40, 30), colour) for colour in ("red", "blue")]
    out = io.BytesIO()
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return out.getvalue()


def animated_webp(width: int = 3000, height: int = 1000) -> bytes:
    from PIL import Image

    frames = [Image.new("RGBA", (width, height), colour) for colour in ((255, 0, 0, 255), (0, 0, 255, 128))]
    out = io.BytesIO()
    frames[0].save(out, format="WEBP", save_all=True, append_images=frames[1:], duration=100, lossless=False)
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_declaring(width: int, height: int) -> bytes:
    """A PNG whose header declares the size, with a few bytes of pixel data: a decompression bomb."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + pixels + _chunk(b"IEND", b"")


def pdf_bytes(pages: Iterable[str | None], *, lines_per_page: int = 1) -> bytes:
    """A PDF by QPdfWriter: a page per item, its text written `lines_per_page` times; None: a scan
    (a page holding only a drawn image)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(10, 10, 10, 10))
    painter = QPainter(writer)
    font = QFont()
    font.setPointSize(11)
    painter.setFont(font)
    line_height = painter.fontMetrics().height()
    width = writer.width()
    for index, text in enumerate(pages):
        if index:
            writer.newPage()
        if text is None:
            scan = QImage(400, 560, QImage.Format.Format_RGB32)
            scan.fill(QColor("#f4f1e8"))
            inner = QPainter(scan)
            inner.fillRect(40, 40, 320, 12, QColor("#222222"))
            inner.fillRect(40, 70, 280, 12, QColor("#222222"))
            inner.end()
            painter.drawImage(QRectF(0, 0, width, width * 1.4), scan)
        else:
            for line in range(lines_per_page):
                box = QRectF(0, line_height * line, width, line_height)
                painter.drawText(box, Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    buffer.close()
    return bytes(array.data())


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Quarterly report", level=1)
    document.add_paragraph("Sales rose in every region.")
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([("Region", "Sales"), ("North", "1,200"), ("South | East", "900")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_heading("Next steps", level=2)
    document.add_paragraph("Hire two people.", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_bytes(rows: int = 10, sheets: int = 2) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Sales"
    first.append(["Region", "Amount", "Share"])
    for i in range(rows):
        first.append([f"R{i}", i * 10, i / 4])
    for n in range(1, sheets):
        extra = workbook.create_sheet(f"Sheet {n + 1}")
        extra.append(["Name", "Formula"])
        extra.append(["total", "=1+1"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def pptx_bytes() -> bytes:
    import pptx
    from pptx.util import Inches

    presentation = pptx.Presentation()
    first = presentation.slides.add_slide(presentation.slide_layouts[1])
    first.shapes.title.text = "Plan for 2026"
    first.placeholders[1].text = "Open two offices"
    first.notes_slide.notes_text_frame.text = "Mention the budget"
    second = presentation.slides.add_slide(presentation.slide_layouts[5])
    second.shapes.title.text = "Numbers"
    table = second.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
    for r, row in enumerate([("City", "Staff"), ("Lyon", "12")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()


def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """The zip with some members' contents replaced (an entity bomb in an Office part)."""
    out = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(data))
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
    return out.getvalue()


def zip_with(members: dict[str, bytes], *, content_types: bool = True) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if content_types:
            archive.writestr("[Content_Types].xml", b"<Types/>")
        for name, body in members.items():
            archive.writestr(name, body)
    return out.getvalue()


def zip_declaring_gigabytes() -> bytes:
    """A .docx-looking zip whose member declares 4 GB uncompressed (both headers patched)."""
    data = bytearray(zip_with({"word/document.xml": b"<w:document/>"}))
    huge = struct.pack("<I", 0xFFFFFFF0)
    local = 0
    while (local := data.find(b"PK\x03\x04", local)) != -1:
        data[local + 22 : local + 26] = huge
        local += 4
    central = 0
    while (central := data.find(b"PK\x01\x02", central)) != -1:
        data[central + 24 : central + 28] = huge
        central += 4
    return bytes(data)


def billion_laughs(root: str) -> bytes:
    """An XML part with nested entities (10^9 'lol's if expanded) used inside `root` text."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    return (f'<?xml version="1.0"?>\n<!DOCTYPE r [\n{"".join(entities)}\n]>\n' + root).encode()


ENCRYPTED_OFFICE = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64
    + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024
)
