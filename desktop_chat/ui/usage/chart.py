"""A bar chart of a usage report drawn with QPainter: tokens per day (input and output stacked) or cost.

Why not QtCharts: the app ships PySide6 Essentials only, and a bar per day with two axes is a
hundred lines of painting. Periods longer than CHART_DAYS_MAX days are drawn a bar per month so
bars stay wide enough to point at. Colours come from the palette (dark mode follows); hovering a
bar highlights it and its tooltip gives that day's (or month's) figures.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_chat.services.usage import Tally, UsageReport
from desktop_chat.ui.usage import words

translate = QCoreApplication.translate

CHART_DAYS_MAX = 92  # longer periods: one bar per month


class ChartMetric(enum.Enum):
    TOKENS = "tokens"
    COST = "cost"


@dataclass(frozen=True, slots=True)
class Bucket:
    """One bar: a day (first == last) or a month."""

    first: dt.date
    last: dt.date
    tally: Tally


def buckets_of(report: UsageReport) -> tuple[Bucket, ...]:
    days = report.by_day
    if len(days) <= CHART_DAYS_MAX:
        return tuple(Bucket(d.day, d.day, d.tally) for d in days)
    months: list[Bucket] = []
    for d in days:
        if months and (months[-1].first.year, months[-1].first.month) == (d.day.year, d.day.month):
            last = months[-1]
            months[-1] = Bucket(last.first, d.day, last.tally + d.tally)
        else:
            months.append(Bucket(d.day, d.day, d.tally))
    return tuple(months)


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2.5 or 5 × a power of ten) that splits 0…top in about `ticks` parts."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    """`a` moved `share` of the way toward `b`."""
    def part(x: float, y: float) -> float:
        return x + (y - x) * share

    return QColor.fromRgbF(part(a.redF(), b.redF()), part(a.greenF(), b.greenF()), part(a.blueF(), b.blueF()))


class UsageChart(QWidget):
    PAD = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buckets: tuple[Bucket, ...] = ()
        self._monthly = False
        self._metric = ChartMetric.TOKENS
        self._hover: int | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(translate("Usage", "Usage chart"))

    # --- data ----------------------------------------------------------------------------------------
    def set_report(self, report: UsageReport | None) -> None:
        self._buckets = () if report is None else buckets_of(report)
        self._monthly = report is not None and len(report.by_day) > CHART_DAYS_MAX
        self._hover = None
        self._describe()
        self.update()

    def set_metric(self, metric: ChartMetric) -> None:
        self._metric = metric
        self._describe()
        self.update()

    def chart_metric(self) -> ChartMetric:
        return self._metric

    def buckets(self) -> tuple[Bucket, ...]:
        return self._buckets

    def monthly(self) -> bool:
        return self._monthly

    def _value(self, bucket: Bucket) -> float:
        tally = bucket.tally
        return float(tally.total_tokens) if self._metric is ChartMetric.TOKENS else tally.cost.dollars

    def _top(self) -> tuple[float, float]:
        """(axis top, step)."""
        highest = max((self._value(b) for b in self._buckets), default=0.0)
        if highest <= 0:
            return (4.0, 1.0) if self._metric is ChartMetric.TOKENS else (0.04, 0.01)
        step = nice_step(highest)
        if self._metric is ChartMetric.TOKENS:
            step = max(1.0, step)
        return math.ceil(highest / step - 1e-9) * step, step

    def _axis_label(self, value: float, step: float) -> str:
        if self._metric is ChartMetric.TOKENS:
            return words.count(round(value))
        decimals = 0 if step >= 1 else 2 if step >= 0.01 else 4
        return words.dollars(value, decimals)

    def _bucket_name(self, bucket: Bucket) -> str:
        return words.month(bucket.first) if self._monthly else words.day_short(bucket.first)

    def tooltip_for(self, index: int) -> str:
        bucket = self._buckets[index]
        if self._monthly:
            return words.day_tooltip(bucket.first, bucket.last, bucket.tally)
        return words.day_tooltip(bucket.first, bucket.first, bucket.tally)

    def _describe(self) -> None:
        if not self._buckets:
            self.setAccessibleDescription("")
            return
        top = max(range(len(self._buckets)), key=lambda i: self._value(self._buckets[i]))
        what = (translate("Usage", "Tokens per month") if self._monthly and self._metric is ChartMetric.TOKENS
                else translate("Usage", "Estimated cost per month") if self._monthly
                else translate("Usage", "Tokens per day") if self._metric is ChartMetric.TOKENS
                else translate("Usage", "Estimated cost per day"))
        self.setAccessibleDescription(translate("Usage", "{what}; the highest: {when}.").format(
            what=what, when=self.tooltip_for(top).replace("\n", ", ")))

    # --- geometry ------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    def _plot(self) -> QRectF:
        fm = self.fontMetrics()
        top, step = self._top()
        labels = [self._axis_label(step * i, step) for i in range(round(top / step) + 1)]
        widest = max(fm.horizontalAdvance(label) for label in labels)
        left = self.PAD + widest + 6
        return QRectF(left, self.PAD + fm.height() + 6, max(10.0, self.width() - left - self.PAD),
                      max(10.0, self.height() - 2 * self.PAD - 2 * fm.height() - 10))

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / max(1, len(self._buckets))

    def bucket_at(self, x: float) -> int | None:
        if not self._buckets:
            return None
        plot = self._plot()
        if not plot.left() <= x < plot.right():
            return None
        index = int((x - plot.left()) / self._slot(plot))
        return index if 0 <= index < len(self._buckets) else None

    def bar_center(self, index: int) -> QPointF:
        plot = self._plot()
        return QPointF(plot.left() + (index + 0.5) * self._slot(plot), plot.bottom() - 2)

    # --- events --------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bucket_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bucket_at(event.position().x())
        if index != self._hover:
            self._hover = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    # --- painting ------------------------------------------------------------------------------------
    def colours(self) -> tuple[QColor, QColor]:
        """(input, output) bar colours from the palette: the highlight, and the highlight toward the text."""
        pal = self.palette()
        first = pal.color(QPalette.ColorRole.Highlight)
        return first, _mix(first, pal.color(QPalette.ColorRole.WindowText), 0.45)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        grid = _mix(pal.color(QPalette.ColorRole.Window), text, 0.18)
        faint = _mix(pal.color(QPalette.ColorRole.Window), text, 0.08)
        fm = self.fontMetrics()
        plot = self._plot()
        top, step = self._top()
        first_colour, second_colour = self.colours()

        # horizontal grid lines and their labels
        ticks = round(top / step)
        for i in range(ticks + 1):
            value = step * i
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = self._axis_label(value, step)
            painter.setPen(text)
            painter.drawText(QRectF(self.PAD, y - fm.height() / 2, plot.left() - self.PAD - 6, fm.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)

        slot = self._slot(plot)
        bar = max(1.0, min(slot * 0.72, slot - 1.0))
        for i, bucket in enumerate(self._buckets):
            x = plot.left() + i * slot + (slot - bar) / 2
            if i == self._hover:
                painter.fillRect(QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()), faint)
            tally = bucket.tally
            if self._metric is ChartMetric.TOKENS:
                low = plot.height() * tally.prompt_tokens / top
                high = plot.height() * tally.completion_tokens / top
                painter.fillRect(QRectF(x, plot.bottom() - low, bar, low), first_colour)
                painter.fillRect(QRectF(x, plot.bottom() - low - high, bar, high), second_colour)
            else:
                height = plot.height() * tally.cost.dollars / top
                painter.fillRect(QRectF(x, plot.bottom() - height, bar, height), first_colour)
                if tally.cost.unpriced:  # some tokens had no price: a hollow mark above the bar
                    painter.setPen(text)
                    mark = QRectF(x - 4, plot.bottom() - height - fm.height(), bar + 8, fm.height())
                    below = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
                    painter.drawText(mark, int(below), "?")

        # the x axis and its labels, as many as fit
        painter.setPen(text)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        if self._buckets:
            sample = max(fm.horizontalAdvance(self._bucket_name(b)) for b in self._buckets[:40]) + 12
            every = max(1, math.ceil(sample / slot))
            for i in range(0, len(self._buckets), every):
                centre = plot.left() + (i + 0.5) * slot
                painter.drawText(QRectF(centre - sample / 2, plot.bottom() + 4, sample, fm.height()),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                                 self._bucket_name(self._buckets[i]))

        # the legend, top right
        if self._metric is ChartMetric.TOKENS:
            entries = [(first_colour, translate("Usage", "Input tokens")),
                       (second_colour, translate("Usage", "Output tokens"))]
        else:
            entries = [(first_colour, translate("Usage", "Estimated cost (US dollars)"))]
        x = plot.right()
        box = fm.height() - 4
        for colour, label in reversed(entries):
            width = fm.horizontalAdvance(label)
            x -= width
            painter.setPen(text)
            painter.drawText(QRectF(x, self.PAD, width, fm.height()), int(Qt.AlignmentFlag.AlignVCenter),
                             label)
            x -= box + 6
            painter.fillRect(QRectF(x, self.PAD + 2, box, box), colour)
            x -= 16
        painter.end()
