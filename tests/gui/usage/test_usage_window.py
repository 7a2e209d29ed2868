"""The Usage window on a real history file: table, chart data, periods, CSV, unknown prices, empty state."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

from desktop_chat.domain import EndReason, GenerationParams, MessageStatus, Price, Role, SideRequest, Usage
from desktop_chat.services.usage import PeriodKind, UsageGrouping, UsageReport, UsageService
from desktop_chat.store import HistoryStore
from desktop_chat.ui.tasks import TaskRunner
from desktop_chat.ui.usage import UsageWindow, open_usage_window
from desktop_chat.ui.usage.chart import CHART_DAYS_MAX, ChartMetric
from desktop_chat.ui.usage.table import Column

pytestmark = pytest.mark.gui

TODAY = dt.date(2025, 3, 14)
PRICES = {"claude-sonnet": Price(3.0, 15.0), "gemini-flash": Price(0.30, 2.50)}
SHOTS = Path(os.environ.get("USAGE_SHOTS", "/tmp"))


def price_for(model: str) -> Price | None:
    return PRICES.get(model)


def days_ago(n: int, hour: int = 11) -> float:
    return dt.datetime.combine(TODAY - dt.timedelta(days=n), dt.time(hour)).timestamp()


def answered(store: HistoryStore, cid: int, when: float, model: str, usage: Usage) -> None:
    q = store.add_message(cid, parent_id=None, role=Role.USER, content="q")
    writer = store.start_answer(cid, parent_id=q.id, model=model, params=GenerationParams())
    writer.append("a")
    msg = writer.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED, usage=usage)
    with store.transaction() as conn:
        conn.execute("UPDATE messages SET created_at = ? WHERE id IN (?, ?)", (when, q.id, msg.id))


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    yield store
    store.close()


@pytest.fixture
def filled(history: HistoryStore) -> HistoryStore:
    """Three chats over six weeks on three models, one of them without a known price."""
    budget = history.create_conversation(title="Budget 2025")
    letter = history.create_conversation(title="Letter to the landlord")
    notes = history.create_conversation(title="Meeting notes")
    answered(history, budget.id, days_ago(0, 9), "claude-sonnet", Usage(12_000, 1_500))
    answered(history, budget.id, days_ago(0, 10), "claude-sonnet", Usage(13_500, 900))
    answered(history, budget.id, days_ago(2), "gemini-flash", Usage(40_000, 3_000))
    answered(history, letter.id, days_ago(4), "mystery-model", Usage(2_000, 600))
    answered(history, letter.id, days_ago(5), "gemini-flash", Usage(1_000, 200))
    answered(history, notes.id, days_ago(20), "claude-sonnet", Usage(100_000, 5_000))
    answered(history, notes.id, days_ago(40), "claude-sonnet", Usage(1_000, 100))
    history.record_side_usage(SideRequest.TITLE, conversation_id=budget.id, model="gemini-flash",
                              usage=Usage(80, 8))
    history.record_side_usage(SideRequest.SUMMARY, conversation_id=notes.id, model="gemini-flash",
                              usage=Usage(9_000, 700))
    with history.transaction() as conn:
        conn.execute("UPDATE side_usage SET created_at = ? WHERE purpose = 'title'", (days_ago(0, 9),))
        conn.execute("UPDATE side_usage SET created_at = ? WHERE purpose = 'summary'", (days_ago(20, 12),))
    return history


@pytest.fixture
def make_window(qtbot: Any, qloop: asyncio.AbstractEventLoop) -> Callable[..., UsageWindow]:
    def factory(store: HistoryStore, *, shown: bool = True) -> UsageWindow:
        window = UsageWindow(UsageService(store, price_for), TaskRunner(), today=lambda: TODAY)
        qtbot.addWidget(window)
        if shown:
            with qtbot.waitSignal(window.reportShown, timeout=10000):
                window.present()
        return window

    return factory


def cells(window: UsageWindow) -> list[list[str]]:
    model = window.table.model()
    columns = range(model.columnCount())
    return [[str(model.index(r, c).data()) for c in columns] for r in range(model.rowCount())]


def column(window: UsageWindow, which: Column) -> int:
    return window.model.columns().index(which)


def shown(window: UsageWindow) -> UsageReport:
    report = window.report()
    assert report is not None
    return report


def switch(qtbot: Any, window: UsageWindow, kind: PeriodKind) -> None:
    with qtbot.waitSignal(window.reportShown, timeout=10000):
        window.choose_period(kind)


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    """Figures as an English (US) desktop writes them; the locale in force is put back after."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def n(value: int) -> str:
    return f"{value:,}"


def test_the_week_by_day_model_and_chat(make_window: Callable[..., UsageWindow], filled: HistoryStore,
                                        qtbot: Any) -> None:  # fmt: skip
    window = make_window(filled)
    assert window.chosen_period().kind is PeriodKind.LAST_7_DAYS
    assert window.pages.currentIndex() == 0
    # by day: the days with usage, newest first; thousands separators from the locale
    rows = cells(window)
    shown_days = [TODAY - dt.timedelta(days=k) for k in (0, 2, 4, 5)]
    short = QLocale.FormatType.ShortFormat
    assert [r[0] for r in rows] == [QLocale().toString(QDate(d.year, d.month, d.day), short)
                                    for d in shown_days]
    today_row = rows[0]
    assert today_row[1:5] == ["3", n(25_580), n(2_408), n(27_988)]
    # 25,500 × $3 + 2,400 × $15 per million, plus the title on gemini-flash: 80 × 0.30 + 8 × 2.50
    assert today_row[5] == "≈ $0.1125"  # 0.0765 + 0.036 + 0.000044
    total_cell = window.table.model().index(0, column(window, Column.TOTAL))
    align = total_cell.data(Qt.ItemDataRole.TextAlignmentRole)
    assert align == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert "in," in window.totals.text() and n(2_000 + 1_000 + 40_000 + 25_580) in window.totals.text()
    assert "+ unknown" in window.totals.text()  # mystery-model has no price: never a complete total

    window.choose_grouping(UsageGrouping.MODEL)
    by_model = {r[0]: r for r in cells(window)}
    assert set(by_model) == {"claude-sonnet", "gemini-flash", "mystery-model"}
    assert by_model["mystery-model"][-1] == "unknown"  # not $0


    window.choose_grouping(UsageGrouping.CHAT)
    by_chat = cells(window)
    assert [r[0] for r in by_chat] == ["Budget 2025", "Letter to the landlord"]  # costliest first
    assert by_chat[0][1] == "gemini-flash, claude-sonnet"  # the most tokens first
    assert by_chat[1][-1].endswith("+ unknown")
    assert "chat titles" in window.side_line.text() and window.side_line.isVisibleTo(window)
    opened: list[int] = []
    window.openChat.connect(opened.append)
    window.table.activated.emit(window.table.model().index(0, 0))
    assert opened == [filled.list_conversations()[-1].id]  # "Budget 2025", the first created


def test_figures_follow_the_locale(make_window: Callable[..., UsageWindow], filled: HistoryStore) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    window = make_window(filled)
    assert cells(window)[0][1:6] == ["3", "25.580", "2.408", "27.988", "≈ $0,1125"]


def test_the_chart_has_every_day_and_its_tooltip_the_figures(make_window: Callable[..., UsageWindow],
                                                             filled: HistoryStore) -> None:  # fmt: skip
    window = make_window(filled)
    chart = window.chart
    buckets = chart.buckets()
    assert [b.first for b in buckets] == [TODAY - dt.timedelta(days=6 - i) for i in range(7)]
    assert [b.tally.total_tokens for b in buckets] == [0, 1_200, 2_600, 0, 43_000, 0, 27_988]
    index = chart.bucket_at(chart.bar_center(4).x())
    assert index == 4
    tip = chart.tooltip_for(4)
    assert n(40_000) in tip and n(3_000) in tip and "Requests: 1" in tip
    assert "unknown" in chart.tooltip_for(2)  # the mystery model's day
    assert chart.bucket_at(0) is None  # the axis labels, not a bar
    window.metric_choice.setCurrentIndex(window.metric_choice.findData(ChartMetric.COST))
    assert chart.chart_metric() is ChartMetric.COST
    assert "Estimated cost per day" in chart.accessibleDescription()


def test_switching_periods(make_window: Callable[..., UsageWindow], filled: HistoryStore, qtbot: Any) -> None:
    window = make_window(filled)
    assert shown(window).total.requests == 6  # the week: 5 answers and a title
    switch(qtbot, window, PeriodKind.LAST_30_DAYS)
    assert shown(window).total.requests == 8  # + the notes' answer and summary (20 days ago)
    assert len(window.chart.buckets()) == 30
    switch(qtbot, window, PeriodKind.ALL_TIME)
    assert shown(window).total.requests == 9
    assert shown(window).first_day == TODAY - dt.timedelta(days=40)
    switch(qtbot, window, PeriodKind.LAST_MONTH)  # February 2025
    assert [b.first.month for b in window.chart.buckets()] == [2] * 28
    assert shown(window).total.requests == 3  # 20 and 40 days before 14 March

    with qtbot.waitSignal(window.reportShown, timeout=10000):
        window.choose_period(PeriodKind.CUSTOM)
    assert window.from_date.isVisibleTo(window) and window.to_date.isVisibleTo(window)
    with qtbot.waitSignal(window.reportShown, timeout=10000):  # one query once the typing stops
        window.from_date.setDate(window.from_date.date().addDays(-20))  # 49 days back
        window.to_date.setDate(window.to_date.date().addDays(-19))
    report = shown(window)
    assert (report.first_day, report.last_day) == (TODAY - dt.timedelta(days=49),
                                                   TODAY - dt.timedelta(days=19))
    assert report.total.requests == 3
    switch(qtbot, window, PeriodKind.THIS_YEAR)
    assert not window.from_date.isVisibleTo(window)
    assert len(window.chart.buckets()) == 73 <= CHART_DAYS_MAX


def test_a_long_period_is_a_bar_per_month(make_window: Callable[..., UsageWindow], history: HistoryStore,
                                          qtbot: Any) -> None:  # fmt: skip
    chat = history.create_conversation(title="Old")
    answered(history, chat.id, days_ago(200), "claude-sonnet", Usage(10, 1))
    window = make_window(history)
    switch(qtbot, window, PeriodKind.ALL_TIME)
    assert window.chart.monthly()
    buckets = window.chart.buckets()
    assert buckets[0].first == TODAY - dt.timedelta(days=200) and buckets[-1].last == TODAY
    assert sum(b.tally.requests for b in buckets) == 1 and len(buckets) == 8


def test_export_csv_round_trip(make_window: Callable[..., UsageWindow], filled: HistoryStore, qtbot: Any,
                               tmp_path: Path) -> None:  # fmt: skip
    window = make_window(filled)
    window.choose_grouping(UsageGrouping.CHAT)
    assert window.suggested_file_name() == "usage-2025-03-08-to-2025-03-14-by-chat.csv"
    target = tmp_path / "exports" / window.suggested_file_name()
    with qtbot.waitSignal(window.exported, timeout=10000) as written:
        window.export_to(target)
    assert written.args == [target]
    assert window.status.text().startswith("Saved usage-2025-03-08")
    text = target.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    lines = list(csv.DictReader(io.StringIO(text.decode("utf-8-sig"))))
    budget = next(line for line in lines if line["chat"] == "Budget 2025")
    assert budget["requests"] == "4" and budget["input_tokens"] == str(12_000 + 13_500 + 40_000 + 80)
    letter = next(line for line in lines if line["chat"] == "Letter to the landlord")
    assert letter["price_known"] == "partly"
    assert lines[-1]["chat"] == "total"


def test_an_export_that_fails_says_so(make_window: Callable[..., UsageWindow], filled: HistoryStore,
                                      qtbot: Any, tmp_path: Path) -> None:  # fmt: skip
    window = make_window(filled)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    task = window.export_to(blocker / "usage.csv")
    assert task is not None
    qtbot.waitUntil(task.done, timeout=10000)
    assert window.status.text().startswith("The CSV file was not saved:")
    assert window.export_button.isEnabled()


def test_the_empty_state(make_window: Callable[..., UsageWindow], history: HistoryStore, qtbot: Any) -> None:
    chat = history.create_conversation(title="No usage reported")
    answered(history, chat.id, days_ago(1), "claude-sonnet", Usage())  # the gateway said nothing
    window = make_window(history)
    assert window.pages.currentIndex() == 1 and window.empty.isVisibleTo(window)
    assert window.empty.text().startswith("No usage in this period yet.")
    assert not window.export_button.isEnabled()
    assert window.table.model().rowCount() == 0 and window.chart.buckets() == ()
    assert not window.totals.isVisibleTo(window)  # no row of zeros above the sentence
    switch(qtbot, window, PeriodKind.ALL_TIME)
    assert window.empty.text().startswith("No usage yet.")
    window.show()
    grab(window, "empty")


def test_a_history_that_cannot_be_read_is_said_plainly(make_window: Callable[..., UsageWindow],
                                                       tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "broken.sqlite3"
    store = HistoryStore.open(path)
    store.close()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    window = make_window(store)
    assert window.status.text().startswith("The usage could not be shown:")
    assert window.report() is None


def test_one_window_at_a_time_and_esc_closes(qtbot: Any, qloop: asyncio.AbstractEventLoop,
                                            filled: HistoryStore) -> None:  # fmt: skip
    parent = QWidget()
    qtbot.addWidget(parent)
    service, tasks = UsageService(filled, price_for), TaskRunner()
    opened: list[int] = []
    first = open_usage_window(parent, service, tasks, opened.append)
    qtbot.waitUntil(lambda: first.report() is not None, timeout=10000)
    assert not first.isModal()
    again = open_usage_window(parent, service, tasks, opened.append)
    assert again is first
    qtbot.waitUntil(lambda: not tasks.pending(), timeout=10000)
    switch(qtbot, first, PeriodKind.ALL_TIME)  # this window counts up to the real today
    first.choose_grouping(UsageGrouping.CHAT)
    first.table.activated.emit(first.table.model().index(0, 0))
    assert len(opened) == 1  # connected once, though asked for twice
    qtbot.waitUntil(lambda: not tasks.pending(), timeout=10000)
    with qtbot.waitActive(first, timeout=3000):
        first.activateWindow()
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=3000)


class WrappingTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


def test_every_sentence_goes_through_the_translator(make_window: Callable[..., UsageWindow],
                                                    filled: HistoryStore, qtbot: Any) -> None:  # fmt: skip
    import re

    translator = WrappingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        window = make_window(filled)
        texts: list[str] = [window.windowTitle(), window.chart.accessibleDescription(),
                            *(window.chart.tooltip_for(i) for i in range(7))]
        for widget in window.findChildren(QWidget):
            texts += [widget.accessibleName(), widget.toolTip()]
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
        for grouping in UsageGrouping:
            window.choose_grouping(grouping)
            model = window.table.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
            texts += [str(model.index(r, c).data()) for r in range(model.rowCount())
                      for c in range(model.columnCount())]
    finally:
        QCoreApplication.removeTranslator(translator)
    data = ("Budget 2025", "Letter to the landlord", "Meeting notes", "claude-sonnet", "gemini-flash",
            "mystery-model", "None")
    leftovers = []
    for text in texts:
        rest = text
        for _ in range(4):
            rest = re.sub(r"⟦[^⟦⟧]*⟧", " ", rest)
        for item in data:
            rest = rest.replace(item, " ")
        if re.search(r"[^\W\d_]{2,}", rest):
            leftovers.append(text)
    assert leftovers == []


# --- screenshots ----------------------------------------------------------------------------------
def grab(window: QWidget, name: str) -> Path:
    path = SHOTS / f"usage-{name}.png"
    window.grab().save(str(path))
    return path


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot(make_window: Callable[..., UsageWindow], filled: HistoryStore, qtbot: Any,
                    theme: str) -> None:  # fmt: skip
    from desktop_chat.ui.window.theme import dark_palette, light_palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_style, old_palette = app.style().name(), app.palette()
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else light_palette())
    try:
        window = make_window(filled)
        switch(qtbot, window, PeriodKind.LAST_30_DAYS)
        window.choose_grouping(UsageGrouping.CHAT)
        window.resize(900, 680)
        window.chart._hover = 29  # as under the mouse: today's bar
        qtbot.waitExposed(window)
        assert grab(window, theme).stat().st_size > 0
        window.metric_choice.setCurrentIndex(window.metric_choice.findData(ChartMetric.COST))
        window.choose_grouping(UsageGrouping.MODEL)
        assert grab(window, f"{theme}-cost").stat().st_size > 0
        dark = window.palette().color(window.backgroundRole()).lightness() < 128
        assert dark is (theme == "dark")
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)
