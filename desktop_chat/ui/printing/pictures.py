"""A message's picture, ready for paper: decoded safely, never bigger than the page, never enlarged.

Why: pictures come from people and from models — a 6000 px photo, a tiny icon, a broken file or a
"decompression bomb" whose header claims 100,000 px. Each is read with Qt's image reader under a
size cap, reduced to at most what the page can show at print resolution (so a PDF does not carry
megapixels nobody sees) and given its size on the page in CSS pixels (1/96 inch): its own pixel
size when that fits, else scaled down to the text width and to a page's height. A picture that
cannot be read is None, and the document names it instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

PRINT_DPI = 200  # pixels kept per inch of paper: sharp in print, small in a PDF
CSS_DPI = 96
MAX_SOURCE_PIXELS = 60_000_000  # above this the reader decodes a reduced copy


@dataclass(frozen=True, slots=True)
class PagePicture:
    image: QImage
    width: int  # on the page, in CSS pixels
    height: int


def fit(natural: QSize, max_width: float, max_height: float) -> tuple[int, int]:
    """The size on the page: `natural` (CSS px) scaled down to fit, never up; at least 1 × 1."""
    w, h = max(1, natural.width()), max(1, natural.height())
    scale = min(1.0, max_width / w, max_height / h)
    return max(1, int(w * scale)), max(1, int(h * scale))


def prepare_picture(data: bytes, max_width: float, max_height: float) -> PagePicture | None:
    """`data` decoded and sized for a text column `max_width` × `max_height` CSS px, or None."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    natural = reader.size()
    if not natural.isValid() or natural.isEmpty():
        return None
    factor = 1.0
    if natural.width() * natural.height() > MAX_SOURCE_PIXELS:
        factor = (MAX_SOURCE_PIXELS / (natural.width() * natural.height())) ** 0.5
        reduced = QSize(max(1, int(natural.width() * factor)), max(1, int(natural.height() * factor)))
        reader.setScaledSize(reduced)
    image = reader.read()
    buffer.close()
    if image.isNull():
        return None
    # the picture's own size, turned as its EXIF tag says (the image read is turned already)
    natural = QSize(round(image.width() / factor), round(image.height() / factor))
    width, height = fit(natural, max_width, max_height)
    keep_w = max(1, int(width * PRINT_DPI / CSS_DPI))
    keep_h = max(1, int(height * PRINT_DPI / CSS_DPI))
    if image.width() > keep_w or image.height() > keep_h:
        image = image.scaled(keep_w, keep_h, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():  # paper is white: flatten, so a PDF viewer's dark page shows the same
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    return PagePicture(image, width, height)
