"""The Usage window's table: one row per day, model or chat of a report, numbers right-aligned.

Why a model of its own: the three groupings share their number columns and their formats, and a
passive model lets a QSortFilterProxyModel sort on the raw numbers (SORT_ROLE), not on the text.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop_chat.services.usage import Tally, UsageGrouping, UsageReport
from desktop_chat.ui.usage import words

translate = QCoreApplication.translate

SORT_ROLE = Qt.ItemDataRole.UserRole
CHAT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the chat's id on a Chat row (None: deleted chats)

_Index = QModelIndex | QPersistentModelIndex


class Column(enum.Enum):
    NAME = "name"  # the day, the model or the chat
    MODELS = "models"  # Chat grouping only
    REQUESTS = "requests"
    INPUT = "input"
    OUTPUT = "output"
    TOTAL = "total"
    COST = "cost"


def _header(column: Column, grouping: UsageGrouping) -> str:
    if column is Column.NAME:
        return words.grouping_name(grouping)
    return {
        Column.MODELS: translate("Usage", "Models"),
        Column.REQUESTS: translate("Usage", "Requests"),
        Column.INPUT: translate("Usage", "Input tokens"),
        Column.OUTPUT: translate("Usage", "Output tokens"),
        Column.TOTAL: translate("Usage", "Total tokens"),
        Column.COST: translate("Usage", "Estimated cost"),
    }[column]


@dataclass(frozen=True, slots=True)
class Line:
    name: str
    sort_name: object
    models: str
    tally: Tally
    chat_id: int | None = None


class UsageTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grouping = UsageGrouping.DAY
        self._columns: list[Column] = []
        self._lines: list[Line] = []
        self._set_columns()

    @property
    def grouping(self) -> UsageGrouping:
        return self._grouping

    def columns(self) -> list[Column]:
        return list(self._columns)

    def set_report(self, report: UsageReport | None, grouping: UsageGrouping) -> None:
        self.beginResetModel()
        self._grouping = grouping
        self._set_columns()
        self._lines = [] if report is None else _lines(report, grouping)
        self.endResetModel()

    def _set_columns(self) -> None:
        self._columns = [c for c in Column if c is not Column.MODELS or self._grouping is UsageGrouping.CHAT]

    # --- QAbstractTableModel -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(column, self._grouping)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (Column.NAME, Column.MODELS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = self._columns[index.column()]
        tally = line.tally
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NAME: line.name,
                Column.MODELS: line.models,
                Column.REQUESTS: words.count(tally.requests),
                Column.INPUT: words.count(tally.prompt_tokens),
                Column.OUTPUT: words.count(tally.completion_tokens),
                Column.TOTAL: words.count(tally.total_tokens),
                Column.COST: words.cost(tally.cost),
            }[column]
        if role == SORT_ROLE:
            return {
                Column.NAME: line.sort_name,
                Column.MODELS: line.models,
                Column.REQUESTS: tally.requests,
                Column.INPUT: tally.prompt_tokens,
                Column.OUTPUT: tally.completion_tokens,
                Column.TOTAL: tally.total_tokens,
                # unknown costs sort below every known one, partial ones by their known part
                Column.COST: tally.cost.dollars if tally.cost.priced or not tally.cost.unpriced else -1.0,
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (Column.NAME, Column.MODELS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.COST:
                return words.cost_tooltip(tally.cost)
            if column in (Column.NAME, Column.MODELS):
                return line.name if column is Column.NAME else line.models
        if role == CHAT_ID_ROLE:
            return line.chat_id
        return None


def _lines(report: UsageReport, grouping: UsageGrouping) -> list[Line]:
    if grouping is UsageGrouping.DAY:
        return [Line(words.day(d.day), d.day.isoformat(), "", d.tally) for d in report.active_days()]
    if grouping is UsageGrouping.MODEL:
        return [Line(words.model_name(m.model), m.model.casefold(), "", m.tally) for m in report.by_model]
    lines = []
    for c in report.by_chat:
        name = words.chat_title(c.conversation_id, c.title)
        models = ", ".join(words.model_name(m) for m in c.models)
        lines.append(Line(name, name.casefold(), models, c.tally, c.conversation_id))
    return lines
