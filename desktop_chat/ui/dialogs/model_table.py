"""The table of Settings → Models: each model's context window, longest answer and prices, editable.

Why: the context meter, the trimming and the cost estimates are only as good as these figures, and
only the person (or their IT contact) knows what their gateway really allows and charges. Each cell
shows the figure in force and the "From" column where it comes from; typing a figure makes it the
person's own ("Yours"), emptying the cell (or Reset) gives the other sources back. A bad entry is
refused with one plain sentence and the cell opens again with what was typed, so nothing is lost.

`limits(model)` gives the figures of the other sources (standard, gateway, learned); the person's
own figures start as `overrides` and are returned by `overrides()` — this widget stores nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.domain import LimitSource
from desktop_chat.services import ModelLimits, ModelOverride
from desktop_chat.ui.dialogs.model_figures import (
    Entry,
    FigureKind,
    Refusal,
    price_text,
    read_entry,
    source_text,
    tokens_text,
)
from desktop_chat.ui.window.status_line import StatusLine

Limits = Callable[[str], ModelLimits]
_Index = QModelIndex | QPersistentModelIndex


_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class Column(enum.IntEnum):
    MODEL = 0
    WINDOW = 1
    ANSWER = 2
    INPUT = 3
    OUTPUT = 4
    SEES_IMAGES = 5
    DRAWS_IMAGES = 6
    SOURCE = 7


FIGURE_COLUMNS = (Column.WINDOW, Column.ANSWER, Column.INPUT, Column.OUTPUT)
IMAGE_COLUMNS = (Column.SEES_IMAGES, Column.DRAWS_IMAGES)  # check boxes: what the model does with pictures
_FIELD = {Column.WINDOW: "context_window", Column.ANSWER: "max_output",
          Column.INPUT: "input_price", Column.OUTPUT: "output_price"}
_KIND = {Column.WINDOW: FigureKind.TOKENS, Column.ANSWER: FigureKind.TOKENS,
         Column.INPUT: FigureKind.PRICE, Column.OUTPUT: FigureKind.PRICE}


@dataclass(frozen=True, slots=True)
class Figure:
    """One cell's figure in force and where it comes from (NONE: not known)."""

    value: int | float | None
    source: LimitSource


@dataclass(frozen=True, slots=True)
class ModelRow:
    """One model: the other sources' figures and the person's own."""

    base: ModelLimits
    own: ModelOverride

    @property
    def model(self) -> str:
        return self.own.model

    def figure(self, column: Column) -> Figure:
        mine = getattr(self.own, _FIELD[column])
        if mine is not None:
            return Figure(mine, LimitSource.SETTINGS)
        base = self.base
        if column is Column.WINDOW:
            return _known(base.context_window, base.window_source)
        if column is Column.ANSWER:  # ModelLimits names no source for it: the window's is the best guess
            return _known(base.max_output, base.window_source if base.max_output else LimitSource.NONE)
        price = base.price
        if price is None:
            return Figure(None, LimitSource.NONE)
        value = price.input_per_million if column is Column.INPUT else price.output_per_million
        return _known(value, base.price_source)

    def image_flag(self, column: Column) -> tuple[bool, bool]:
        """(checked, the person's own setting) of an image column; an unknown "sees" is shown checked
        (images are sent, and a refusal is learned)."""
        if column is Column.SEES_IMAGES:
            mine, base = self.own.reads_images, self.base.images.reads
            return (mine if mine is not None else base is not False), mine is not None
        mine_draws = self.own.draws_images
        return (mine_draws if mine_draws is not None else self.base.images.draws), mine_draws is not None

    def sources(self) -> tuple[LimitSource, ...]:
        """The distinct sources of the row's figures, the person's first."""
        found = {self.figure(c).source for c in FIGURE_COLUMNS} - {LimitSource.NONE}
        order = (LimitSource.SETTINGS, LimitSource.LEARNED, LimitSource.GATEWAY, LimitSource.STANDARD)
        return tuple(s for s in order if s in found)


def _with(own: ModelOverride, column: Column, value: int | float | None) -> ModelOverride:
    """`own` with the figure of `column` set to `value` (None: dropped)."""
    tokens = None if value is None else int(value)
    price = None if value is None else float(value)
    match column:
        case Column.WINDOW:
            return replace(own, context_window=tokens)
        case Column.ANSWER:
            return replace(own, max_output=tokens)
        case Column.INPUT:
            return replace(own, input_price=price)
        case Column.OUTPUT:
            return replace(own, output_price=price)
    return own


def _known(value: int | float | None, source: LimitSource) -> Figure:
    # a SETTINGS figure among the other sources is a saved one of the person's: not a fallback
    if value is None or source in (LimitSource.NONE, LimitSource.SETTINGS):
        return Figure(None, LimitSource.NONE)
    return Figure(value, source)


class _FigureDelegate(QStyledItemDelegate):
    """Hands what was typed to the table instead of writing it into the cell unread."""

    def __init__(self, table: ModelTable) -> None:
        super().__init__(table.table)
        self._owner = table
        self.pending: tuple[int, int, str] | None = None  # a refused entry to open the editor with

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        pending = self.pending
        here = (index.row(), index.column())
        if isinstance(editor, QLineEdit) and pending is not None and pending[:2] == here:
            self.pending = None
            editor.setText(pending[2])
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            self._owner.enter(index.row(), Column(index.column()), editor.text(), reopen=True)


class _FiguresView(QTableWidget):
    """A table that asks for room to show all its columns and about ten rows."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        header = self.horizontalHeader()
        columns = range(self.columnCount())
        width = sum(header.sectionSize(c) if c == Column.MODEL
                    else max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in columns)
        width += 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width() + 4
        rows = min(max(self.rowCount(), 4), 10)
        height = header.sizeHint().height() + rows * self.verticalHeader().defaultSectionSize()
        height += 2 * self.frameWidth()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width = min(width, screen.width() * 9 // 10)
        return QSize(max(width, hint.width()), max(height, hint.height()))


class ModelTable(QWidget):
    """The models with their figures, Reset, "Add a model" and the note that prices are estimates."""

    changed = Signal()  # a figure of the person's was set or dropped
    modelAdded = Signal(str)

    def __init__(
        self, parent: QWidget | None, *, limits: Limits, models: Iterable[str],
        overrides: Iterable[ModelOverride] = (),
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._limits = limits
        self._showing = False
        own = {o.model: o for o in overrides}
        names = list(dict.fromkeys([*(m.strip() for m in models if m.strip()), *own]))
        self._rows = [ModelRow(limits(name), own.get(name, ModelOverride(name))) for name in names]

        self.table = _FiguresView(len(self._rows), len(Column), self)
        self.table.setAccessibleName(self.tr("Models and their figures"))
        self.table.setAccessibleDescription(self.tr(
            "Context window and longest answer in tokens, prices in US dollars per million tokens. "
            "Type a figure to use your own; empty the cell to use the others again."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("Context window"), self.tr("Longest answer"),
            self.tr("Input $/1M"), self.tr("Output $/1M"), self.tr("Sees images"), self.tr("Draws images"),
            self.tr("From"),
        ])
        tips = {
            Column.WINDOW: self.tr("How many tokens the model can read at once: the chat and its answer"),
            Column.ANSWER: self.tr("The longest answer the model can write, in tokens"),
            Column.INPUT: self.tr("Estimated US dollars per million tokens sent to the model"),
            Column.OUTPUT: self.tr("Estimated US dollars per million tokens the model writes"),
            Column.SEES_IMAGES: self.tr("Pictures you attach are sent to this model"),
            Column.DRAWS_IMAGES: self.tr("The model is asked for pictures too (image models such as "
                                         "Gemini 2.5 Flash Image)"),
            Column.SOURCE: self.tr("Where the figures in force come from"),
        }
        for column, tip in tips.items():
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the dialog
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header.setHighlightSections(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long ids keep their ends
        self._delegate = _FigureDelegate(self)
        self.table.setItemDelegate(self._delegate)
        self.table.installEventFilter(self)
        for row in range(len(self._rows)):
            self._show_row(row)
        self.table.itemSelectionChanged.connect(self._update_reset)
        self.table.itemChanged.connect(self._on_item_changed)
        header.setSectionResizeMode(Column.MODEL, QHeaderView.ResizeMode.Interactive)
        longest = self.fontMetrics().averageCharWidth() * 30  # a seed id; longer ones elide
        header.resizeSection(Column.MODEL, min(max(self.table.sizeHintForColumn(Column.MODEL),
                                                   header.sectionSizeHint(Column.MODEL)), longest))

        self.reset_button = QPushButton(self.tr("&Reset selected"), self)
        self.reset_button.setAccessibleName(self.tr("Reset the selected models' figures"))
        self.reset_button.setToolTip(self.tr("Drop your own figures for the selected models"))
        self.reset_button.clicked.connect(self.reset_selected)
        self.add_edit = QLineEdit(self)
        self.add_edit.setAccessibleName(self.tr("Model to add"))
        self.add_edit.setPlaceholderText(self.tr("Another model's name, as the gateway spells it"))
        self.add_edit.textChanged.connect(self._update_add)
        self.add_edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setAccessibleName(self.tr("Add this model to the table"))
        self.add_button.setAutoDefault(False)
        self.reset_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_model(self.add_edit.text()))
        self.note = QLabel(self.tr("Prices are estimates from the providers' public list prices; "
                                   "your gateway may charge differently."), self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setEnabled(False)  # muted, like the dialog's other captions
        self.status = StatusLine(self)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.add_edit, 1)
        actions.addWidget(self.add_button)
        actions.addSpacing(12)
        actions.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        self._update_reset()
        self._update_add()

    # -- what it holds ---------------------------------------------------------------------------
    def models(self) -> tuple[str, ...]:
        return tuple(r.model for r in self._rows)

    def row_of(self, model: str) -> int:
        """The row showing `model`; -1 if it is not in the table."""
        return next((i for i, r in enumerate(self._rows) if r.model == model), -1)

    def model_row(self, model: str) -> ModelRow:
        return self._rows[self.row_of(model)]

    def overrides(self) -> tuple[ModelOverride, ...]:
        """The person's figures: only the models that have at least one."""
        return tuple(r.own for r in self._rows if not r.own.empty)

    def cell_text(self, model: str, column: Column) -> str:
        item = self.table.item(self.row_of(model), column)
        return "" if item is None else item.text()

    # -- changes -----------------------------------------------------------------------------------
    def enter(self, row: int, column: Column, text: str, *, reopen: bool = False) -> bool:
        """The person typed `text` into a figure cell: keep it, or refuse it and say why.

        With `reopen` (typed in the cell's editor) a refused entry opens the cell again with it.
        """
        if column not in FIGURE_COLUMNS or not 0 <= row < len(self._rows):
            return False
        entry = read_entry(_KIND[column], text)
        if isinstance(entry, Entry) and entry.value is not None and column is Column.ANSWER:
            window = self._rows[row].figure(Column.WINDOW).value
            if window is not None and entry.value > window:
                entry = Refusal(self.tr("An answer can't be longer than the context window "
                                        "({window} tokens).").format(window=tokens_text(int(window))))
        if isinstance(entry, Refusal):
            self.status.show_error(entry.message)
            if reopen:
                self._delegate.pending = (row, int(column), text)
                QTimer.singleShot(0, lambda: self._edit(row, column))
            return False
        self.status.clear()
        own = self._rows[row].own
        changed = _with(own, column, entry.value)
        if changed != own:
            self._set_own(row, changed)
        return True

    def set_image_flag(self, row: int, column: Column, on: bool) -> None:
        """The person ticked or cleared an image column: it becomes theirs (Reset gives it back)."""
        if column not in IMAGE_COLUMNS or not 0 <= row < len(self._rows):
            return
        own = self._rows[row].own
        if column is Column.SEES_IMAGES:
            changed = replace(own, reads_images=on)
        else:
            changed = replace(own, draws_images=on)
        if changed != own:
            self._set_own(row, changed)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._showing or item.column() not in IMAGE_COLUMNS:
            return
        self.set_image_flag(item.row(), Column(item.column()),
                            item.checkState() == Qt.CheckState.Checked)

    def reset_selected(self) -> None:
        """Drop the person's figures of the selected models."""
        for row in sorted({i.row() for i in self.table.selectionModel().selectedRows()}):
            if not self._rows[row].own.empty:
                self._set_own(row, ModelOverride(self._rows[row].model))
        self.status.clear()
        self._update_reset()

    def add_model(self, name: str) -> int:
        """Add `name` to the table (or find it there) and select it; returns its row (-1: no name)."""
        name = name.strip()
        if not name:
            return -1
        row = self.row_of(name)
        if row < 0:
            row = len(self._rows)
            self._rows.append(ModelRow(self._limits(name), ModelOverride(name)))
            self.table.insertRow(row)
            self._show_row(row)
            self.modelAdded.emit(name)
        self.add_edit.clear()
        self.table.selectRow(row)
        self.table.setCurrentCell(row, Column.WINDOW)
        self.table.scrollTo(self.table.model().index(row, Column.WINDOW))
        return row

    # -- internals ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.add_edit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_model(self.add_edit.text())  # Enter adds, and doesn't save the dialog
                return True
            if (watched is self.table and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                    and self.table.state() != QAbstractItemView.State.EditingState):
                self._clear_current()
                return True
        return super().eventFilter(watched, event)

    def _clear_current(self) -> None:
        row, column = self.table.currentRow(), self.table.currentColumn()
        if row >= 0 and column in FIGURE_COLUMNS:
            self.enter(row, Column(column), "")

    def _edit(self, row: int, column: Column) -> None:
        item = self.table.item(row, column)
        if item is not None:
            self.table.setCurrentItem(item)
            self.table.editItem(item)

    def _set_own(self, row: int, own: ModelOverride) -> None:
        self._rows[row] = replace(self._rows[row], own=own)
        self._show_row(row)
        self._update_reset()
        self.changed.emit()

    def _show_row(self, row: int) -> None:
        self._showing = True
        try:
            self._fill_row(row)
        finally:
            self._showing = False

    def _fill_row(self, row: int) -> None:
        data = self._rows[row]
        name = QTableWidgetItem(data.model)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        name.setToolTip(data.model)
        self.table.setItem(row, Column.MODEL, name)
        for column in FIGURE_COLUMNS:
            figure = data.figure(column)
            if figure.value is None:
                text = ""
            elif _KIND[column] is FigureKind.TOKENS:
                text = tokens_text(int(figure.value))
            else:
                text = price_text(float(figure.value))
            item = QTableWidgetItem(text)
            item.setFlags(_EDITABLE)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if figure.source is LimitSource.SETTINGS:
                font = QFont(item.font())
                font.setBold(True)  # the person's own figures stand out, in any theme
                item.setFont(font)
            item.setToolTip(self.tr("From: {source}").format(source=source_text(figure.source))
                            if figure.value is not None else self.tr("Not known: type a figure"))
            self.table.setItem(row, column, item)
        for column in IMAGE_COLUMNS:
            checked, mine = data.image_flag(column)
            flag = QTableWidgetItem("")
            flag.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            flag.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            flag.setToolTip(self.tr("Your setting") if mine else self.tr("What is known of this model"))
            self.table.setItem(row, column, flag)
        sources = data.sources() or (LimitSource.NONE,)
        source = QTableWidgetItem(", ".join(source_text(s) for s in sources))
        source.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, Column.SOURCE, source)

    def _update_reset(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        self.reset_button.setEnabled(any(not self._rows[r].own.empty for r in rows))

    def _update_add(self) -> None:
        self.add_button.setEnabled(bool(self.add_edit.text().strip()))
