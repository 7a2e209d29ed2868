"""What the simulator sees of attachments, and the pictures it draws: standard library only.

Why: tests and the offline demo need a gateway that *looks at* what the app sends — the images of a
message's content parts (their real type and size, read from their bytes, as a model would see
them) and the `<document name="…">` blocks the services put into its text — and that can answer
like an image-drawing model with a real picture. devtools must not import Qt or Pillow, so the
few header fields needed are read here by hand, and the PNG is written with zlib and struct. Pure.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import struct
import zlib
from dataclasses import dataclass

_DOCUMENT = re.compile(r'<document name="([^"]*)">\n?(.*?)</document>', re.S)
_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG", "image/gif": "GIF", "image/webp": "WebP"}


@dataclass(frozen=True, slots=True)
class SeenImage:
    """An image part as received: its type by its bytes ("" when unreadable) and its pixel size."""

    mime: str
    width: int
    height: int

    @property
    def readable(self) -> bool:
        return bool(self.mime)


@dataclass(frozen=True, slots=True)
class SeenDocument:
    """A `<document name="…">` block of a message's text: its name and how many words it holds."""

    name: str
    words: int


def image_info(data: bytes) -> SeenImage | None:
    """(type, width, height) of a PNG, JPEG, GIF or WebP file from its header; None otherwise."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return SeenImage("image/png", width, height)
    if data.startswith((b"GIF87a", b"GIF89a")) and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return SeenImage("image/gif", width, height)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_info(data)
    if len(data) >= 30 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return _webp_info(data)
    return None


def _jpeg_info(data: bytes) -> SeenImage | None:
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a start of frame
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return SeenImage("image/jpeg", width, height)
        if length < 2:
            return None
        index += 2 + length
    return None


def _webp_info(data: bytes) -> SeenImage | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return SeenImage("image/webp", width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return SeenImage("image/webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return SeenImage("image/webp", width, height)
    return None


def image_from_data_url(url: object) -> SeenImage:
    """What an `image_url` part's URL holds; `SeenImage("", 0, 0)` when it is not a readable image."""
    unreadable = SeenImage("", 0, 0)
    if not isinstance(url, str) or url[:5].lower() != "data:":
        return unreadable
    head, _, payload = url.partition(",")
    if ";base64" not in head.lower():
        return unreadable
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return unreadable
    return image_info(data) or unreadable


def images_of(content: object) -> list[SeenImage]:
    """The images of a message's `content` (a list of parts; a string has none)."""
    if not isinstance(content, list):
        return []
    found = []
    for part in content:
        if isinstance(part, dict) and part.get("type") == "image_url":
            value = part.get("image_url")
            url = value.get("url") if isinstance(value, dict) else value
            found.append(image_from_data_url(url))
    return found


def text_of(content: object) -> str:
    """A message's text: a string `content`, or its text parts joined by blank lines."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [
            part["text"]
            for part in content
            if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)
        ]
        return "\n\n".join(texts)
    return ""


def documents_in(text: str) -> list[SeenDocument]:
    """The `<document name="…">…</document>` blocks of a message's text, in order."""
    return [
        SeenDocument(html.unescape(match.group(1)), len(match.group(2).split()))
        for match in _DOCUMENT.finditer(text)
    ]


def without_documents(text: str) -> str:
    """The text typed around the document blocks (what the echo quotes)."""
    return _DOCUMENT.sub("", text).strip()


def describe(images: list[SeenImage], documents: list[SeenDocument]) -> str:
    """"1 image 1280×720 PNG, 1 document of 2,314 words" ("" when there is nothing)."""
    said = []
    if images:
        sizes = " and ".join(
            f"{i.width}×{i.height} {_FORMATS.get(i.mime, i.mime)}" if i.readable else "(unreadable)"
            for i in images
        )
        said.append(f"{len(images)} image{'s' if len(images) != 1 else ''} {sizes}")
    if documents:
        counts = " and ".join(f"{d.words:,}" for d in documents)
        said.append(f"{len(documents)} document{'s' if len(documents) != 1 else ''} of {counts} words")
    return ", ".join(said)


def make_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A real PNG of one colour (8-bit RGB), with a darker diagonal so it is visibly a picture."""
    red, green, blue = rgb
    dark = bytes((red // 2, green // 2, blue // 2))
    plain = bytes((red, green, blue))
    rows = []
    for y in range(height):
        x = y * width // max(height, 1)
        rows.append(b"\x00" + plain * x + dark + plain * (width - x - 1))
    raw = b"".join(rows)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def colour_for(number: int) -> tuple[int, int, int]:
    """A clearly different colour for each request number."""
    hue = (number * 47) % 360
    sector, rest = divmod(hue, 60)
    rising, falling = 255 * rest // 60, 255 - 255 * rest // 60
    return [
        (255, rising, 0),
        (falling, 255, 0),
        (0, 255, rising),
        (0, falling, 255),
        (rising, 0, 255),
        (255, 0, falling),
    ][sector]
