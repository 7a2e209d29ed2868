"""How rows of the conversation list and of the search results are drawn and edited.

Why: a delegate paints thousands of rows without a widget each; it elides long titles, marks a
chat whose answer is streaming, draws group headings, edits titles inline, and renders search
snippets as rich text limited to the <b> highlights the model lets through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_chat.ui.conversations.model import Roles

_Index = QModelIndex | QPersistentModelIndex
_H_PAD = 10


def _muted(palette: QPalette) -> QColor:
    # Headings are disabled items, whose palette group is already greyed: start from the active
    # text colour so the 60 % tint stays readable (about 5:1 on white instead of 1.6:1).
    color = QColor(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText))
    color.setAlphaF(0.6)
    return color


def _row_background(painter: QPainter, option: QStyleOptionViewItem, rect: QRectF, current: bool) -> bool:
    """Rounded highlight for the selected/current row; returns True when the row is highlighted."""
    palette = option.palette
    state = option.state
    selected = bool(state & QStyle.StateFlag.State_Selected) or current
    hovered = bool(state & QStyle.StateFlag.State_MouseOver)
    if not (selected or hovered):
        return False
    color = QColor(palette.color(QPalette.ColorRole.Highlight))
    color.setAlphaF(0.22 if selected else 0.09)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(rect.adjusted(4, 1, -4, -1), 6, 6)
    return selected


class ConversationDelegate(QStyledItemDelegate):
    """Draws headings and chats; edits a chat's title in place and reports the new one."""

    def __init__(self, parent: Any, on_rename: Callable[[int, str], None]) -> None:
        super().__init__(parent)
        self._on_rename = on_rename

    def row_height(self, option_font: QFont) -> int:
        from PySide6.QtGui import QFontMetrics

        return QFontMetrics(option_font).height() + 16

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(120, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = QRectF(option.rect)
        palette: QPalette = option.palette
        font = QFont(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if index.data(Roles.IS_HEADER):
            font.setBold(True)
            font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
            painter.setFont(font)
            painter.setPen(_muted(palette))
            text_rect = rect.adjusted(_H_PAD + 2, 0, -_H_PAD, -4)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), text)
            painter.restore()
            return
        _row_background(painter, option, rect, bool(index.data(Roles.CURRENT)))
        right = _H_PAD
        if index.data(Roles.STREAMING):
            d = 8.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawEllipse(QRectF(rect.right() - _H_PAD - d, rect.center().y() - d / 2, d, d))
            right += int(d) + 6
        if index.data(Roles.ARCHIVED):
            font.setItalic(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text_rect = rect.adjusted(_H_PAD + 4, 0, -right, 0)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(text_rect.width()))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.restore()

    # -- inline rename -------------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Chat title"))
        editor.setMaxLength(200)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        new_title = " ".join(editor.text().split())
        old_title = str(index.data(Qt.ItemDataRole.EditRole) or "")
        conversation_id = index.data(Roles.CONVERSATION_ID)
        if new_title and new_title != old_title and conversation_id is not None:
            self._on_rename(int(conversation_id), new_title)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: _Index) -> None:
        editor.setGeometry(option.rect.adjusted(6, 2, -6, -2))


class SearchResultDelegate(QStyledItemDelegate):
    """Title on the first line, the snippet (with bold highlights) on up to two lines below."""

    SNIPPET_LINES = 2

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        from PySide6.QtGui import QFontMetrics

        line = QFontMetrics(option.font).lineSpacing()
        return QSize(120, line * (1 + self.SNIPPET_LINES) + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = QRectF(option.rect)
        palette: QPalette = option.palette
        font = QFont(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _row_background(painter, option, rect, False)
        inner = rect.adjusted(_H_PAD + 4, 6, -_H_PAD, -6)
        title_font = QFont(font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        line = painter.fontMetrics().lineSpacing()
        title = str(index.data(Roles.TITLE) or "")
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        doc = snippet_document(str(index.data(Roles.SNIPPET_HTML) or ""), font, palette, inner.width())
        snippet_top = inner.top() + line + 2
        height = min(inner.bottom() - snippet_top, lines_height(doc, self.SNIPPET_LINES))
        clip = QRectF(0, 0, inner.width(), height)
        painter.translate(inner.left(), snippet_top)
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, _muted(palette))
        ctx.clip = clip
        doc.documentLayout().draw(painter, ctx)
        painter.restore()


def lines_height(doc: QTextDocument, max_lines: int) -> float:
    """Height of the first `max_lines` laid-out lines of `doc` (so no line is shown cut in half)."""
    doc.size()  # lays the document out
    bottom = 0.0
    seen = 0
    block = doc.begin()
    while block.isValid() and seen < max_lines:
        layout = block.layout()
        origin = layout.position().y()
        for i in range(layout.lineCount()):
            if seen >= max_lines:
                break
            line = layout.lineAt(i)
            bottom = origin + line.y() + line.height()
            seen += 1
        block = block.next()
    return bottom


def snippet_document(safe_html: str, font: QFont, palette: QPalette, width: float) -> QTextDocument:
    """A rich-text document for a snippet already reduced to text plus <b> tags."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
    doc.setDefaultStyleSheet(
        f"b {{ color: {palette.color(QPalette.ColorRole.Text).name()};"
        f" background-color: rgba({highlight.red()}, {highlight.green()}, {highlight.blue()}, 64); }}"
    )
    doc.setHtml(safe_html)
    doc.setTextWidth(width)
    return doc
