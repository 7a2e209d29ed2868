"""A handful of simple line icons drawn in code, in the palette's text colour.

Why: the panels need a few glyphs (new chat, search, refresh, show/hide key) that look the same
on every OS, follow light and dark themes, and need no icon theme, image plug-in or resource file
that a frozen build could lose.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

NAMES = ("plus", "search", "refresh", "eye", "eye-off")


def icon(name: str, color: QColor | None = None, size: int = 32) -> QIcon:
    """A QIcon of one of `NAMES`, drawn at `size` px (Qt scales it down crisply)."""
    if name not in NAMES:
        raise ValueError(f"unknown icon {name!r}")
    if color is None:
        color = QApplication.palette().color(QPalette.ColorRole.ButtonText)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, size / 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = float(size)
    if name == "plus":
        painter.drawLine(QPointF(s / 2, s * 0.2), QPointF(s / 2, s * 0.8))
        painter.drawLine(QPointF(s * 0.2, s / 2), QPointF(s * 0.8, s / 2))
    elif name == "search":
        painter.drawEllipse(QRectF(s * 0.18, s * 0.18, s * 0.46, s * 0.46))
        painter.drawLine(QPointF(s * 0.58, s * 0.58), QPointF(s * 0.82, s * 0.82))
    elif name == "refresh":
        painter.drawArc(QRectF(s * 0.2, s * 0.2, s * 0.6, s * 0.6), 60 * 16, 280 * 16)
        head = QPainterPath(QPointF(s * 0.62, s * 0.12))
        head.lineTo(QPointF(s * 0.68, s * 0.27))
        head.lineTo(QPointF(s * 0.52, s * 0.32))
        painter.drawPath(head)
    else:  # eye / eye-off
        eye = QPainterPath(QPointF(s * 0.12, s / 2))
        eye.quadTo(QPointF(s / 2, s * 0.1), QPointF(s * 0.88, s / 2))
        eye.quadTo(QPointF(s / 2, s * 0.9), QPointF(s * 0.12, s / 2))
        painter.drawPath(eye)
        painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.11, s * 0.11)
        if name == "eye-off":
            painter.drawLine(QPointF(s * 0.2, s * 0.8), QPointF(s * 0.8, s * 0.2))
    painter.end()
    return QIcon(pixmap)


def name_line_edit_buttons(edit: QWidget, clear_name: str, icon_name: str = "") -> None:
    """Name the buttons Qt puts inside a line edit (clear ✕, a decorative icon) for screen readers."""
    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        is_clear = action is not None and action.objectName() == "_q_qlineeditclearaction"
        button.setAccessibleName(clear_name if is_clear else icon_name or clear_name)
