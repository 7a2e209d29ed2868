"""Test attachments made on the spot: PNG bytes drawn with Qt, a dict-backed source, messages with files.

Why here: the chat view's attachment tests and benchmarks/chat_with_images.py build the same
things — a picture of a known size, its Attachment (content-addressed by SHA-256), a message that
carries it — without a history file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import struct
import threading
import zlib
from typing import Any

from desktop_chat.domain import Attachment, AttachmentKind, FinishReason, Role
from desktop_chat.ui.chat.entry import MessageEntry
from tests.gui.helpers import message


class DictSource:
    """An AttachmentSource over a dict; counts the reads (and which thread did them)."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}
        self.reads: list[str] = []
        self.threads: set[int] = set()
        self._lock = threading.Lock()

    def add(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        self.blobs[sha] = data
        return sha

    def blob(self, sha256: str) -> bytes | None:
        with self._lock:
            self.reads.append(sha256)
            self.threads.add(threading.get_ident())
        return self.blobs.get(sha256)


def png_bytes(width: int, height: int, colour: Any = 0xFF3366CC, fmt: str = "PNG") -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor.fromRgba(colour) if isinstance(colour, int) else QColor(colour))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    buffer.close()
    return bytes(array.data())


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A small PNG whose header declares a huge picture (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 4096))
            + chunk(b"IEND", b""))


def image_attachment(source: DictSource, width: int, height: int, *, name: str = "picture.png", aid: int = 0,
                     data: bytes | None = None, mime: str = "image/png") -> Attachment:
    data = png_bytes(width, height) if data is None else data
    sha = source.add(data)
    return Attachment(id=aid, kind=AttachmentKind.IMAGE, name=name, mime=mime, size=len(data),
                      sha256=sha, width=width, height=height)


def document_attachment(source: DictSource, name: str = "contract.pdf", *,
                        text: str = "Clause 1. Pay on time.", pages: int | None = 3, scanned: bool = False,
                        data: bytes = b"%PDF-1.7 original bytes\x00\x01", aid: int = 0) -> Attachment:
    sha = source.add(data)
    return Attachment(id=aid, kind=AttachmentKind.DOCUMENT, name=name, mime="application/pdf",
                      size=len(data), sha256=sha, text=text, pages=pages, scanned=scanned)


def with_files(mid: int, role: Role, content: str, attachments: tuple[Attachment, ...],
               **kw: Any) -> MessageEntry:
    if role is Role.ASSISTANT:
        kw.setdefault("finish", FinishReason.STOP)
    msg = dataclasses.replace(message(mid, role, content, **kw), attachments=attachments)
    return MessageEntry(msg)
