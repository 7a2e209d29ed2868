"""A QTextBrowser that loads nothing, opens nothing and sizes itself to its text.

Why: Qt's text browser, left at its defaults, reads `file://` images from disk and navigates to
clicked `file:` links, and model output must never read the disk or the network. Every document
that shows model output is a `SafeTextBrowser`:
resources are never loaded (both the browser's and the document's `loadResource` return nothing),
links are never followed by Qt (`openLinks` off, `setSource` ignored) — clicks come out as
`anchorClicked` for the owner to judge. It also reports a height for a given width, so message
cards can be laid out without inner scroll bars.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextOption, QWheelEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QToolTip, QWidget


def _placeholder(kind: int) -> Any:
    """What every resource request gets: an empty image for images, nothing for the rest.

    Returning nothing for an image is not enough: Qt's image handler then falls back to reading
    the URL straight from disk (`QImage.load(name)`). A 1×1 transparent image stops that.
    """
    if kind == int(QTextDocument.ResourceType.ImageResource.value):
        global _EMPTY_IMAGE
        if _EMPTY_IMAGE is None:
            _EMPTY_IMAGE = QImage(1, 1, QImage.Format.Format_ARGB32)
            _EMPTY_IMAGE.fill(0)
        return _EMPTY_IMAGE
    return None


_EMPTY_IMAGE: QImage | None = None


# Per nesting level of a list (Qt's default is 40 px): three levels deep still leave most of a
# narrow card for the text, and there is room for a bullet or a two-digit "10." number.
LIST_INDENT_PX = 24


class SafeTextDocument(QTextDocument):
    """A document that never fetches anything: images, style sheets, nothing."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return _placeholder(_kind(type))


def _kind(value: Any) -> int:
    return int(getattr(value, "value", value))


class SafeTextBrowser(QTextBrowser):
    """Read-only rich text for one piece of a message; wheel events go to the chat list."""

    def __init__(self, parent: QWidget | None = None, *, wrap: bool = True, css: str = "") -> None:
        super().__init__(parent)
        self._wrap = wrap
        self.setDocument(SafeTextDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if wrap else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if not wrap:
            self.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
            self.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        # Height-for-width through the size policy, not a Python override of hasHeightForWidth():
        # layouts ask that of every item on every pass, and a long answer has many items.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.document().setDocumentMargin(0)
        self.document().setIndentWidth(LIST_INDENT_PX)
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        # Click focus too: a mouse selection must take the keyboard focus, or Ctrl+C goes to the
        # message box that still has it and copies nothing.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if css:
            self.document().setDefaultStyleSheet(css)
        self.highlighted.connect(self._show_link_tip)
        self._hfw_cache: tuple[int, int, int] = (-1, -1, 0)  # (width, revision, height)
        self._ideal_cache: tuple[tuple[int, int], int] = ((-1, -1), 0)  # ((max width, revision), ideal)

    # --- nothing is ever loaded or navigated -------------------------------------------------
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return _placeholder(_kind(type))

    def setSource(self, *args: Any, **kwargs: Any) -> None:
        return None

    def doSetSource(self, *args: Any, **kwargs: Any) -> None:
        return None

    def _show_link_tip(self, url: QUrl) -> None:
        # The full target on hover: what a click would offer to open.
        if url.isEmpty() or url.scheme() == "dc-copy":
            QToolTip.hideText()
            return
        self.setToolTip(url.toString())

    # --- content --------------------------------------------------------------------------------
    def set_css(self, css: str) -> None:
        self.document().setDefaultStyleSheet(css)
        self.invalidate_size()

    def invalidate_size(self) -> None:
        self._hfw_cache = (-1, -1, 0)
        self._ideal_cache = ((-1, -1), 0)
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._hfw_cache = (-1, -1, 0)
            self._ideal_cache = ((-1, -1), 0)
        super().changeEvent(event)

    def set_html(self, html: str) -> None:
        self.setHtml(html)
        self.updateGeometry()

    # --- size -----------------------------------------------------------------------------------
    def heightForWidth(self, width: int) -> int:
        doc = self.document()
        revision = doc.revision()
        cached_width, cached_revision, cached = self._hfw_cache
        if cached_width == width and cached_revision == revision:
            return cached
        frame = 2 * self.frameWidth()  # a style sheet may give the browser a border
        inner = max(1, width - frame)
        if self._wrap:
            if doc.textWidth() != inner:
                doc.setTextWidth(inner)
            height = math.ceil(doc.size().height()) + frame
        else:
            height = math.ceil(doc.size().height()) + frame
            if doc.idealWidth() > inner:
                height += self.horizontalScrollBar().sizeHint().height()
        height = max(height, 1)
        self._hfw_cache = (width, revision, height)
        return height

    def ideal_width(self, max_width: int) -> int:
        """The width the text needs (≤ max_width): for shrink-wrapped bubbles."""
        doc = self.document()
        key = (max_width, doc.revision())
        if self._ideal_cache[0] == key:
            return self._ideal_cache[1]
        previous = doc.textWidth()
        doc.setTextWidth(max_width)
        ideal = min(max_width, math.ceil(doc.idealWidth()))
        doc.setTextWidth(previous)
        self._ideal_cache = (key, ideal)
        return ideal

    def sizeHint(self) -> QSize:
        width = max(self.width(), 50)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(20, 1)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._wrap or abs(event.angleDelta().y()) > abs(event.angleDelta().x()):
            event.ignore()  # vertical scrolling belongs to the chat list
            return
        super().wheelEvent(event)
