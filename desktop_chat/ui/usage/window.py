"""The Usage window: choose a period and a grouping, read the totals, the chart and the table, export CSV.

Why a window of its own (non-modal, one at a time): people keep it beside the chat while they work
and look again later. Every number comes from `UsageService` on a worker thread (a daemon thread,
so a slow disk never holds the app's exit): reading a year of a large history takes up to a second
and must not freeze the window. A newer request makes the result of an older one be dropped, so
switching periods quickly always ends on the period chosen last. Failures are said in the window
itself, in the words the rest of the app uses for them; a bug still reaches the excepthook.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.domain import SideRequest
from desktop_chat.services.usage import (
    PeriodKind,
    Tally,
    UsageGrouping,
    UsagePeriod,
    UsageReport,
    UsageService,
)
from desktop_chat.ui.tasks import TaskRunner
from desktop_chat.ui.usage import words
from desktop_chat.ui.usage.chart import ChartMetric, UsageChart
from desktop_chat.ui.usage.table import CHAT_ID_ROLE, SORT_ROLE, UsageTableModel

T = TypeVar("T")

COUNTING_AFTER_MS = 300
CUSTOM_DATES_DELAY_MS = 300  # typing a date: one query when the typing stops, not one per key


async def on_worker(fn: Callable[..., T], *args: Any) -> T:
    """`fn(*args)` on a daemon thread; its result (or exception) back on the loop's thread."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def settle(result: Any, error: BaseException | None) -> None:
        if done.done():
            return
        if error is not None:
            done.set_exception(error)
        else:
            done.set_result(result)

    def job() -> None:
        try:
            result = fn(*args)
        except BaseException as error:  # handed over to the awaiting task
            outcome: tuple[Any, BaseException | None] = (None, error)
        else:
            outcome = (result, None)
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody waits any more
            loop.call_soon_threadsafe(settle, *outcome)

    threading.Thread(target=job, name="desktop-chat-usage", daemon=True).start()
    return await done


def _world_error_text(exc: BaseException) -> str | None:
    """The app's sentence for a world error (a full disk, a history that can't be read); None for a bug."""
    from desktop_chat.ui.problems import notice_for

    notice = notice_for(exc)
    return None if notice is None else notice.text


class UsageWindow(QDialog):
    """See the module docstring. `openChat(conversation_id)`: a chat row was activated."""

    openChat = Signal(int)
    reportShown = Signal()  # a report (or a failure) is on screen; for tests and automation
    exported = Signal(Path)

    def __init__(self, service: UsageService, tasks: TaskRunner, parent: QWidget | None = None,
                 *, today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._today = today
        self._report: UsageReport | None = None
        self._generation = 0
        self._export_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Usage"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setSizeGripEnabled(True)
        self.resize(820, 640)

        # the choosers
        self.period = QComboBox()
        for kind in PeriodKind:
            self.period.addItem(words.period_name(kind), kind)
        self.period.setAccessibleName(self.tr("Period"))
        self.from_date = QDateEdit()
        self.to_date = QDateEdit()
        for edit, name in ((self.from_date, self.tr("From")), (self.to_date, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        today_q = _qdate(today())
        self.from_date.setDate(today_q.addDays(-29))
        self.to_date.setDate(today_q)
        self.grouping = QComboBox()
        for grouping in UsageGrouping:
            self.grouping.addItem(words.grouping_name(grouping), grouping)
        self.grouping.setAccessibleName(self.tr("Show by"))
        self.metric_choice = QComboBox()
        self.metric_choice.addItem(self.tr("Tokens"), ChartMetric.TOKENS)
        self.metric_choice.addItem(self.tr("Cost"), ChartMetric.COST)
        self.metric_choice.setAccessibleName(self.tr("Chart shows"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export CSV"))
        self.export_button.setAutoDefault(False)

        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.from_label = QLabel(self.tr("&From:"))
        self.from_label.setBuddy(self.from_date)
        self.to_label = QLabel(self.tr("&To:"))
        self.to_label.setBuddy(self.to_date)
        grouping_label = QLabel(self.tr("Show &by:"))
        grouping_label.setBuddy(self.grouping)
        metric_label = QLabel(self.tr("&Chart:"))
        metric_label.setBuddy(self.metric_choice)

        choosers = QHBoxLayout()
        for widget in (period_label, self.period, self.from_label, self.from_date, self.to_label,
                       self.to_date):
            choosers.addWidget(widget)
        choosers.addStretch(1)
        choosers.addWidget(self.export_button)

        # totals, state, the estimates note
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Totals"))
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        self.totals.setWordWrap(True)
        self.side_line = QLabel()
        self.side_line.setWordWrap(True)
        self.status = QLabel()  # counting…, a failure, a file written
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(words.estimates_note())
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About the estimates"))
        self.note.setForegroundRole(self.note.foregroundRole())
        note_font = self.note.font()
        note_font.setPointSizeF(max(1.0, note_font.pointSizeF() * 0.92))
        self.note.setFont(note_font)

        # the chart and the table, or the empty state
        self.chart = UsageChart()
        self.model = UsageTableModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        self.table.setAccessibleName(self.tr("Usage table"))
        self.table.setWordWrap(False)

        table_bar = QHBoxLayout()
        table_bar.addWidget(grouping_label)
        table_bar.addWidget(self.grouping)
        table_bar.addStretch(1)
        table_bar.addWidget(metric_label)
        table_bar.addWidget(self.metric_choice)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.chart, 2)
        content_layout.addLayout(table_bar)
        content_layout.addWidget(self.table, 3)
        self.empty = QLabel(words.empty_text(all_time=False))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No usage"))
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(choosers)
        layout.addWidget(self.totals)
        layout.addWidget(self.side_line)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.note)

        self._counting_timer = QTimer(self)  # "Counting…" only when it takes a while: no flicker
        self._counting_timer.setSingleShot(True)
        self._counting_timer.setInterval(COUNTING_AFTER_MS)
        self._counting_timer.timeout.connect(lambda: self._say(self.tr("Counting…")))
        self._dates_timer = QTimer(self)
        self._dates_timer.setSingleShot(True)
        self._dates_timer.setInterval(CUSTOM_DATES_DELAY_MS)
        self._dates_timer.timeout.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.from_date.dateChanged.connect(lambda _d: self._dates_timer.start())
        self.to_date.dateChanged.connect(lambda _d: self._dates_timer.start())
        self.grouping.currentIndexChanged.connect(lambda _i: self._show_table())
        self.metric_choice.currentIndexChanged.connect(lambda _i: self.chart.set_metric(self.chosen_metric()))
        self.export_button.clicked.connect(self.ask_export)
        self.table.activated.connect(self._row_activated)
        self._show_custom_dates()
        self._show(None)

    # --- what is chosen ----------------------------------------------------------------------------
    def chosen_period(self) -> UsagePeriod:
        kind: PeriodKind = self.period.currentData()
        if kind is PeriodKind.CUSTOM:
            return UsagePeriod.custom(_pydate(self.from_date.date()), _pydate(self.to_date.date()))
        return UsagePeriod(kind)

    def chosen_grouping(self) -> UsageGrouping:
        grouping: UsageGrouping = self.grouping.currentData()
        return grouping

    def chosen_metric(self) -> ChartMetric:
        metric: ChartMetric = self.metric_choice.currentData()
        return metric

    def choose_period(self, kind: PeriodKind) -> None:
        self.period.setCurrentIndex(self.period.findData(kind))

    def choose_grouping(self, grouping: UsageGrouping) -> None:
        self.grouping.setCurrentIndex(self.grouping.findData(grouping))

    def report(self) -> UsageReport | None:
        return self._report

    def _period_changed(self, _index: int) -> None:
        self._show_custom_dates()
        self.refresh()

    def _show_custom_dates(self) -> None:
        custom = self.period.currentData() is PeriodKind.CUSTOM
        for widget in (self.from_label, self.from_date, self.to_label, self.to_date):
            widget.setVisible(custom)

    # --- the report --------------------------------------------------------------------------------
    def refresh(self) -> asyncio.Task[Any]:
        """Ask for the chosen period's report (on a worker); the newest request wins."""
        self._dates_timer.stop()
        self._generation += 1
        generation = self._generation
        period = self.chosen_period()
        self._counting_timer.start()
        today = self._today()

        async def job() -> None:
            try:
                report = await on_worker(lambda: self._service.report(period, today=today))
                if not shiboken6.isValid(self):
                    return  # the window was closed (and deleted) while the report was counted
            except Exception as exc:
                if not shiboken6.isValid(self):
                    return
                text = _world_error_text(exc)
                if text is None:
                    raise
                if generation == self._generation:
                    self._failed(text)
                return
            if generation == self._generation:
                self._show(report)

        return self._tasks.spawn(job(), key=("usage-report", id(self)))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _failed(self, text: str) -> None:
        self._counting_timer.stop()
        self._say(words.failure(text))
        self.reportShown.emit()

    def _show(self, report: UsageReport | None) -> None:
        self._report = report
        self._counting_timer.stop()
        self._say("")
        shown = report is not None and not report.empty
        self.pages.setCurrentIndex(0 if shown else 1)
        self.export_button.setEnabled(shown)
        all_time = report is not None and report.period.kind is PeriodKind.ALL_TIME
        self.empty.setText(words.empty_text(all_time=all_time))
        self.totals.setText(words.totals(report.total if report is not None else Tally()))
        self.totals.setVisible(shown)
        parts: dict[SideRequest, Tally] = {}
        if report is not None:
            parts = {p.purpose: p.tally for p in report.by_purpose if p.purpose is not None}
        side = words.side_requests(parts)
        self.side_line.setText(side)
        self.side_line.setVisible(bool(side))
        self.chart.set_report(report if shown else None)
        self.chart.set_metric(self.chosen_metric())
        self._show_table()
        if report is not None:
            self.reportShown.emit()

    def _show_table(self) -> None:
        report = self._report if self._report is not None and not self._report.empty else None
        self.model.set_report(report, self.chosen_grouping())
        # the name column takes the room left, so the numbers (the cost last) are always in view
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the model's own order (newest day first, costliest first), until a header is clicked
        self.sorted.sort(-1)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def _row_activated(self, index: QModelIndex) -> None:
        chat = self.sorted.data(index, CHAT_ID_ROLE)
        if isinstance(chat, int):
            self.openChat.emit(chat)

    # --- export ------------------------------------------------------------------------------------
    def suggested_file_name(self) -> str:
        report = self._report
        grouping = self.chosen_grouping().value
        if report is None:
            return f"usage-by-{grouping}.csv"
        return f"usage-{report.first_day.isoformat()}-to-{report.last_day.isoformat()}-by-{grouping}.csv"

    def ask_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export usage"), str(Path.home() / self.suggested_file_name()))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("CSV spreadsheet (*.csv)")])
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._export_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: Path) -> asyncio.Task[Any] | None:
        """Write the report on screen, as the table groups it, to `path` (on a worker)."""
        report = self._report
        if report is None:
            return None
        grouping = self.chosen_grouping()
        self._say(self.tr("Saving…"))
        self.export_button.setEnabled(False)

        async def job() -> None:
            try:
                written = await on_worker(self._service.write_csv, path, report, grouping)
            except Exception as exc:
                text = _world_error_text(exc)
                if text is None:
                    raise
                self._say(self.tr("The CSV file was not saved: {reason}").format(reason=text))
                return
            finally:
                self.export_button.setEnabled(self._report is not None and not self._report.empty)
            self._say(self.tr("Saved {name} ({when}).").format(
                name=written.name, when=time.strftime("%H:%M")))
            self.exported.emit(written)

        return self._tasks.spawn(job())

    # --- showing -----------------------------------------------------------------------------------
    def present(self) -> None:
        """Show (or raise) the window and count the chosen period again."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.refresh()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def open_usage_window(parent: QWidget, service: UsageService, tasks: TaskRunner,
                      on_open_chat: Callable[[int], object] | None = None) -> UsageWindow:  # fmt: skip
    """The one Usage window of `parent`: created the first time, raised (and refreshed) after.

    `on_open_chat(conversation_id)` is connected once, when the window is created (Enter or a
    double-click on a row of the Chat view).
    """
    window = parent.findChild(UsageWindow)
    if not isinstance(window, UsageWindow):
        window = UsageWindow(service, tasks, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_open_chat is not None:
            window.openChat.connect(on_open_chat)
    window.present()
    return window
