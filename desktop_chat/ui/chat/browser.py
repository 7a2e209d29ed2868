"""A QTextBrowser that loads nothing, opens nothing and sizes itself to its text.

Why: Qt's text browser, left at its defaults, reads `file://` images from disk and navigates to
clicked `file:` links, and model output must never read the disk or the network. Every document
that shows model output is a `SafeTextBrowser`:
resources are never loaded (both the browser's and the document's `loadResource` return nothing),
links are never followed by Qt (`openLinks` off, `setSource` ignored) — clicks come out as
`anchorClicked` for the owner to judge. It also reports a height for a given width, so message
cards can be laid out without inner scroll bars.

The one resource a document may show is a formula (`<img src="formula:KEY">`, written by our
Markdown renderer): served from `render.formulas` only — its cache, or a placeholder while the
worker draws it, swapped in when it is ready (the document is laid out again, the owner told
through `on_formulas_changed`). A formula that cannot be drawn becomes its source as code. Copying
a selection gives each formula's `$…$` / `$$…$$` source in the text.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMimeData, QRectF, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QFontInfo,
    QFontMetricsF,
    QImage,
    QPaintEvent,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextOption,
    QWheelEvent,
)
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
_FORMULA_PREFIX = "formula:"
_OBJECT = "\ufffc"  # what an image is in a document's plain text

if TYPE_CHECKING:
    from desktop_chat.ui.render.formulas import Style


# Per nesting level of a list (Qt's default is 40 px): three levels deep still leave most of a
# narrow card for the text, and there is room for a bullet or a two-digit "10." number.
LIST_INDENT_PX = 24


class SafeTextDocument(QTextDocument):
    """A document that never fetches anything: images, style sheets, nothing — but formulas."""

    formula_provider: Callable[[str], QImage] | None = None

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        kind = _kind(type)
        provider = self.formula_provider
        if provider is not None and kind == int(QTextDocument.ResourceType.ImageResource.value):
            text = name.toString() if isinstance(name, QUrl) else str(name)
            if text.startswith(_FORMULA_PREFIX):
                image = provider(text[len(_FORMULA_PREFIX) :])
                # kept by the document: Qt asks again on every layout and paint otherwise
                self.addResource(kind, QUrl(text), image)
                return image
        return _placeholder(kind)


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
        self.formula_dark = False  # the theme formulas are drawn for (set by the owner)
        self.on_formulas_changed: Callable[[], None] | None = None  # a formula arrived: new height
        self._formula_html = ""  # the HTML last set, before failed formulas were replaced
        self._formula_style: Style | None = None
        self._arrived: set[str] = set()
        self._unseen: set[str] = set()  # asked for, not drawn, not yet told to come first
        self._formula_timer: QTimer | None = None
        document = self.document()
        if isinstance(document, SafeTextDocument):
            document.formula_provider = self._formula_resource
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
            self._formula_style = None
            self._hfw_cache = (-1, -1, 0)
            self._ideal_cache = ((-1, -1), 0)
        super().changeEvent(event)

    def set_html(self, html: str) -> None:
        if _FORMULA_PREFIX in html:
            from desktop_chat.ui.render.formulas import apply_failures

            self._formula_html = html
            self._formula_style = None
            html = apply_failures(html)
        elif self._formula_html:
            self._formula_html = ""
        self.setHtml(html)
        self.updateGeometry()

    # --- formulas ---------------------------------------------------------------------------------
    def formula_style(self) -> Style:
        """How this document's formulas are drawn: its font's size and x-height, theme, pixel ratio."""
        if self._formula_style is None:
            from desktop_chat.ui.render.formulas import Style

            font = self.document().defaultFont()
            self._formula_style = Style(
                font_px=float(QFontInfo(font).pixelSize()),
                x_height=round(QFontMetricsF(font).xHeight(), 1),
                dark=self.formula_dark,
                device_pixel_ratio=self.devicePixelRatioF(),
            )
        return self._formula_style

    def _formula_resource(self, key: str) -> QImage:
        from desktop_chat.ui.render import formulas

        style = self.formula_style()
        image = formulas.request(key, style, formulas.guarded(self, SafeTextBrowser._formula_ready))
        if image is not None:
            return image
        if formulas.is_failed(key):
            self._formula_ready(key)  # replaced by its source at the next turn of the loop
        else:
            self._unseen.add(key)
        return formulas.placeholder(formulas.formula(key), style)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # lays the document out first: its formulas are asked for then
        if self._unseen:  # what is painted is on screen: its formulas are drawn before the rest
            self._prioritise(QRectF(event.rect()).translated(self.horizontalScrollBar().value(),
                                                             self.verticalScrollBar().value()))

    def _prioritise(self, rect: QRectF) -> None:
        from desktop_chat.ui.render import formulas

        keys = [key for key in self.formula_keys_in(rect) if key in self._unseen]
        if keys:
            self._unseen.difference_update(keys)
            formulas.prioritise(keys, self.formula_style())

    def formula_keys_in(self, rect: QRectF) -> list[str]:
        """Keys of the formulas whose blocks meet `rect` (document coordinates), in order."""
        doc = self.document()
        layout = doc.documentLayout()
        keys: list[str] = []
        block = doc.begin()
        while block.isValid():
            box = layout.blockBoundingRect(block)
            if box.top() > rect.bottom():
                break
            if box.bottom() >= rect.top():
                iterator = block.begin()
                while not iterator.atEnd():
                    fragment = iterator.fragment()
                    if fragment.isValid() and fragment.charFormat().isImageFormat():
                        name = fragment.charFormat().toImageFormat().name()
                        if name.startswith(_FORMULA_PREFIX):
                            keys.append(name[len(_FORMULA_PREFIX) :])
                    iterator += 1
            block = block.next()
        return keys

    def _formula_ready(self, key: str) -> None:
        self._unseen.discard(key)
        self._arrived.add(key)
        if self._formula_timer is None:
            self._formula_timer = QTimer(self)
            self._formula_timer.setSingleShot(True)
            self._formula_timer.setInterval(30)  # several arrivals, one layout
            self._formula_timer.timeout.connect(self._apply_formulas)
        if not self._formula_timer.isActive():
            self._formula_timer.start()

    def _apply_formulas(self) -> None:
        from desktop_chat.ui.render import formulas

        arrived, self._arrived = self._arrived, set()
        if not self._formula_html:
            return
        style = self.formula_style()
        doc = self.document()
        failed = False
        for key in arrived:
            image = formulas.cached(key, style)
            if image is not None:
                url = QUrl(_FORMULA_PREFIX + key)
                doc.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
            elif formulas.is_failed(key):
                failed = True
        if failed:
            self.setHtml(formulas.apply_failures(self._formula_html))
        else:
            doc.markContentsDirty(0, doc.characterCount())
        self.invalidate_size()
        if self.on_formulas_changed is not None:
            self.on_formulas_changed()

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copying text with formulas gives their `$…$` / `$$…$$` source, not empty characters."""
        cursor = self.textCursor()
        if not self._formula_html or not cursor.hasSelection():
            return super().createMimeDataFromSelection()
        text = QTextDocumentFragment(cursor).toPlainText()
        if _OBJECT not in text:
            return super().createMimeDataFromSelection()
        from desktop_chat.ui.render.formulas import formula_source

        sources = [formula_source(name[len(_FORMULA_PREFIX) :]) or "" for name in self._images_in(cursor)]
        parts = text.split(_OBJECT)
        out = [parts[0]]
        for index, part in enumerate(parts[1:]):
            out.append(sources[index] if index < len(sources) else "")
            out.append(part)
        data = QMimeData()
        data.setText("".join(out))
        return data

    def _images_in(self, cursor: QTextCursor) -> list[str]:
        """Names of the images in the selection, in order."""
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        names: list[str] = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    first = max(start, fragment.position())
                    last = min(end, fragment.position() + fragment.length())
                    name = fragment.charFormat().toImageFormat().name()
                    names.extend([name] * max(0, last - first))
                iterator += 1
            block = block.next()
        return names

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
