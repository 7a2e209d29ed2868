"""Page breaks a reader expects: a message's header stays with its first lines, a code block or a
picture is not cut in two when it fits on a page.

Why after the layout: Qt's text layout only moves a single line that would cross the page edge;
it knows nothing of "keep with next". So the laid-out document is walked top to bottom; where a
header would end a page, or a code block shorter than a page would straddle two, the block gets
QTextBlockFormat's PageBreak_AlwaysBefore and the rest is laid out again from there. A code block
longer than a page is left to break where it must. Headers are found by the anchor the document
gives them (`document.HEADER_ANCHOR`), code by its non-breakable lines (<pre>).
"""

from __future__ import annotations

import threading

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

from desktop_chat.ui.printing.source import check

HEADER_ANCHOR = "dc-msg-"
KEEP_LINES = 2  # a header keeps at least this many lines of its message on its page


def is_header(block: QTextBlock) -> bool:
    it = block.begin()
    if it.atEnd():
        return False
    return any(name.startswith(HEADER_ANCHOR) for name in it.fragment().charFormat().anchorNames())


def _is_code(block: QTextBlock) -> bool:
    return block.blockFormat().nonBreakableLines()


def _page(y: float, body: float) -> int:
    return int(y // body)


def _top(doc: QTextDocument, block: QTextBlock) -> float:
    return doc.documentLayout().blockBoundingRect(block).top()


def _first_lines_bottom(doc: QTextDocument, block: QTextBlock) -> float:
    rect = doc.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    count = layout.lineCount()
    if count == 0:
        return rect.bottom()
    line = layout.lineAt(min(KEEP_LINES, count) - 1)
    return rect.top() + line.rect().bottom()


def _break_before(block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(fmt.pageBreakPolicy() | QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(fmt)


def keep_together(doc: QTextDocument, body: float, cancel: threading.Event | None = None) -> int:
    """Move breaks as the module docstring says; `body` is a page's height. Returns the breaks made."""
    moved = 0
    block = doc.begin()
    while block.isValid():
        check(cancel)
        nxt = block.next()
        if is_header(block) and nxt.isValid():
            if _page(_top(doc, block), body) != _page(_first_lines_bottom(doc, nxt) - 0.5, body):
                _break_before(block)
                moved += 1
        elif _is_code(block):
            last = block
            while last.next().isValid() and _is_code(last.next()):
                last = last.next()
            top = _top(doc, block)
            bottom = doc.documentLayout().blockBoundingRect(last).bottom()
            if bottom - top <= body and _page(top, body) != _page(bottom - 0.5, body):
                start = block
                previous = block.previous()
                if previous.isValid() and is_header(previous):
                    start = previous  # the header goes with it
                _break_before(start)
                moved += 1
            nxt = last.next()
        block = nxt
    return moved
