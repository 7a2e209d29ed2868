"""Painting the laid-out document page by page, each with its running header and footer.

Why not QTextDocument.print_: it numbers pages but has no header, and it lays the document out
again for its own margins. Here every page gets the chat's title on the left and the date on the
right above a thin rule, the document's slice for that page, and "n / m" centred below — on any
paged device (a PDF writer or a printer), so a test on a PDF checks what a printer gets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)

from desktop_chat.ui.printing.geometry import PageGeometry, header_font
from desktop_chat.ui.printing.source import check
from desktop_chat.ui.render.theme import LIGHT


class PaintingFailed(Exception):
    """The device would not start painting (a printer that is off, a file that cannot be opened)."""


@dataclass(frozen=True, slots=True)
class RunningHead:
    title: str
    date: str
    page_of: str  # "{page} / {pages}"


Progress = Callable[[int, int], None]  # (pages painted, pages)


def _head(painter: QPainter, device: QPagedPaintDevice, page: PageGeometry, head: RunningHead,
          number: int, pages: int) -> None:
    font = header_font()
    painter.setFont(font)
    metrics = QFontMetricsF(font, device)
    painter.setPen(QColor(LIGHT.muted))
    line = metrics.height()
    date_width = metrics.horizontalAdvance(head.date)
    gap = line
    room = max(0.0, page.width - date_width - gap)
    title = metrics.elidedText(head.title, Qt.TextElideMode.ElideRight, room)
    top = QRectF(0, 0, page.width, line)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), head.date)
    rule = line * 1.4
    painter.setPen(QPen(QColor(LIGHT.card_border), max(1.0, page.dpi / 150)))
    painter.drawLine(QPointF(0, rule), QPointF(page.width, rule))
    painter.setPen(QColor(LIGHT.muted))
    foot = QRectF(0, page.height - line, page.width, line)
    text = head.page_of.format(page=number, pages=pages)
    painter.drawText(foot, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), text)


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice, page: PageGeometry, head: RunningHead, *,
                progress: Progress | None = None, cancel: threading.Event | None = None) -> int:
    """Paint every page of `doc` on `device`; returns the page count. Raises PaintingFailed."""
    pages = max(1, doc.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        raise PaintingFailed
    try:
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, QColor(LIGHT.text))
        palette.setColor(QPalette.ColorRole.Link, QColor(LIGHT.link))
        context.palette = palette
        for index in range(pages):
            check(cancel)
            if index:
                device.newPage()
            _head(painter, device, page, head, index + 1, pages)
            painter.save()
            painter.translate(0, page.header - index * page.body)
            clip = QRectF(0, index * page.body, page.width, page.body)
            painter.setClipRect(clip)
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            painter.restore()
            if progress is not None:
                progress(index + 1, pages)
    finally:
        painter.end()
    return pages
