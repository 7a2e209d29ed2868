"""The page: paper by the person's locale (A4, or Letter where Letter is the norm), 15–18 mm
margins, and the bands of the running header and footer inside them.

Why one place: the document's layout (its page height), the painter (where each page's slice
goes) and the pictures (how wide they may be) must agree on the same numbers, in the units of the
device that draws them (a PDF writer or a printer, at their own resolution).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPageLayout, QPageSize, QPaintDevice

MARGINS_MM = QMarginsF(18, 15, 18, 15)  # left, top, right, bottom
CSS_DPI = 96.0
BODY_POINTS = 10.0
HEADER_POINTS = 8.5

# Territories where Letter is the usual paper (the US measurement system covers the US itself).
_LETTER = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico, QLocale.Country.Chile,
    QLocale.Country.Colombia, QLocale.Country.Philippines, QLocale.Country.Venezuela,
    QLocale.Country.PuertoRico, QLocale.Country.Guatemala, QLocale.Country.CostaRica,
})


def paper_for(locale: QLocale) -> QPageSize:
    us_system = locale.measurementSystem() is QLocale.MeasurementSystem.ImperialUSSystem
    if us_system or locale.territory() in _LETTER:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def set_up_paper(device: QPagedPaintDevice, locale: QLocale) -> None:
    """The locale's paper and our margins (a print dialog may change both afterwards)."""
    device.setPageLayout(QPageLayout(paper_for(locale), QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))


def body_font() -> QFont:
    font = QFont()
    font.setPointSizeF(BODY_POINTS)
    return font


def header_font() -> QFont:
    font = QFont()
    font.setPointSizeF(HEADER_POINTS)
    return font


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """The printable area inside the margins, in device pixels; the header and footer bands in it."""

    width: float
    height: float
    header: float  # band at the top: the title and the date, a rule, a gap
    footer: float  # band at the bottom: "n / m"
    dpi: float

    @property
    def body(self) -> float:
        """The height of the document's slice on each page."""
        return self.height - self.header - self.footer

    def css(self, device_px: float) -> float:
        return device_px * CSS_DPI / self.dpi


def geometry_of(device: QPaintDevice) -> PageGeometry:
    line = QFontMetricsF(header_font(), device).height()
    return PageGeometry(width=float(device.width()), height=float(device.height()),
                        header=line * 2.4, footer=line * 2.0, dpi=float(device.logicalDpiY()))
