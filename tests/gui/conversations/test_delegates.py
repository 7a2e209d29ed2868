"""Group headings of the chat list stay readable: they are disabled items, so their palette arrives
greyed out; the heading tint must start from the active text colour, not the greyed one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from desktop_chat.ui.conversations.delegates import _muted

pytestmark = pytest.mark.gui


def _luminance(color: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def _contrast_on_white(color: QColor) -> float:
    # the tint is drawn with alpha over a white row: blend first
    a = color.alphaF()
    blended = QColor.fromRgbF(
        color.redF() * a + (1 - a), color.greenF() * a + (1 - a), color.blueF() * a + (1 - a)
    )
    return 1.05 / (_luminance(blended) + 0.05)


def test_heading_tint_ignores_the_disabled_grey(qapp) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette()
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, QColor("black"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#bebebe"))
    palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)  # as for a disabled heading item
    assert _contrast_on_white(_muted(palette)) >= 4.5  # WCAG AA for normal text
