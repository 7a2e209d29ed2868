"""A chat worth printing, stored in a real history: a title, a picture, code, a tool call, a file,
a long answer — and a way to read a PDF's pages back (pypdfium2)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_chat.domain import AttachmentKind, Role, ToolCall, ToolOutcome, ToolResult

TITLE = "Quarterly budget review"
CODE = "def total(costs):\n    return sum(costs)"
PICTURE_RGB = (0x33, 0x66, 0xCC)


def png_bytes(width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(*PICTURE_RGB))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(array.data())


@dataclass(frozen=True)
class Stored:
    cid: int
    markers: tuple[str, ...]  # a phrase of each message, in the order of the branch
    last_created: float


def long_answer(paragraphs: int) -> str:
    sentence = "The forecast for the next quarter depends on the contracts signed before the summer. "
    return "\n\n".join(f"Point {n}. " + sentence * 4 for n in range(1, paragraphs + 1))


def store_chat(store: Any, *, pairs: int = 4, long_paragraphs: int = 40, title: str = TITLE) -> Stored:
    from desktop_chat.store import NewAttachment

    conv = store.create_conversation(title=title)
    data = png_bytes(900, 450)
    sha = store.put_blob(data)
    doc_sha = store.put_blob(b"%PDF-1.7 a contract")
    picture = NewAttachment(kind=AttachmentKind.IMAGE, name="costs-chart.png", mime="image/png",
                            size=len(data), sha256=sha, width=900, height=450)
    contract = NewAttachment(kind=AttachmentKind.DOCUMENT, name="contract.pdf", mime="application/pdf",
                             size=19, sha256=doc_sha, text="Clause 1.")
    markers = ["Alpha question about the chart", "Bravo answer with code"]
    m = store.add_message(conv.id, parent_id=None, role=Role.USER, content=markers[0] + ".",
                          attachments=[picture, contract])
    m = store.add_message(conv.id, parent_id=m.id, role=Role.ASSISTANT, model="gpt-4o",
                          content=f"{markers[1]}:\n\n```python\n{CODE}\n```\n\nThat is **all**.")
    store.set_tool_calls(m.id, [ToolCall("call_1", "get_current_time", '{"timezone": "UTC"}')])
    store.add_tool_result(m.id, ToolResult("call_1", ToolOutcome.DONE, "12:00", server="time",
                                           tool="get_current_time", duration_ms=200))
    for n in range(pairs):
        markers.append(f"Question number {n} marker")
        m = store.add_message(conv.id, parent_id=m.id, role=Role.USER, content=markers[-1])
        markers.append(f"Answer number {n} marker")
        body = long_answer(long_paragraphs) if n == pairs - 1 else "A short answer."
        m = store.add_message(conv.id, parent_id=m.id, role=Role.ASSISTANT, model="gpt-4o",
                              content=f"{markers[-1]}. {body}")
    return Stored(conv.id, tuple(markers), m.created_at)


def pdf_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def flat(text: str) -> str:
    return " ".join(text.split())
