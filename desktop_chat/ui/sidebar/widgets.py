"""The building blocks of the parameter sidebar: segmented presets, the model picker, and
number fields that can be "not set".

Why: each control has one subtle rule worth keeping out of the sidebar's layout code — a
segmented group whose selection can be cleared, a model combo with vendor headings that also
takes a typed id, and a slider+spin pair whose "not set" state means "don't send it". Every one
reports user edits only; setting values from code is silent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QWidget,
)

from desktop_chat.ui.language import is_language_change
from desktop_chat.ui.sidebar.model_catalog import group_models, vendor_words

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

MAX_STOP_SEQUENCES = 4
NOT_SET = QT_TRANSLATE_NOOP("NumberParam", "Not set")  # English source; shown translated

_SEGMENT_STYLE = """
QPushButton[segment] { border: 1px solid palette(mid); background: palette(button); padding: 5px 6px;
  margin: 0; border-radius: 0; min-width: 0; }
QPushButton[segment]:hover { background: palette(midlight); }
QPushButton[segment]:checked { background: palette(highlight); color: palette(highlighted-text);
  border-color: palette(highlight); }
QPushButton[segment]:focus { border: 2px solid palette(highlight); }
QPushButton[segment="first"] { border-top-left-radius: 6px; border-bottom-left-radius: 6px; }
QPushButton[segment="last"] { border-top-right-radius: 6px; border-bottom-right-radius: 6px; }
QPushButton[segment="middle"], QPushButton[segment="last"] { border-left: none; }
QPushButton[segment="middle"]:focus, QPushButton[segment="last"]:focus {
  border-left: 2px solid palette(highlight); }
"""


class SegmentedControl(QWidget):
    """Checkable buttons side by side; at most one checked, and clicking it again clears it."""

    choiceEdited = Signal(object)  # the chosen name, or None when cleared by the user

    def __init__(self, names: Sequence[str], tooltips: Sequence[str], accessible_name: str,
                 parent: QWidget | None = None, *, labels: Sequence[str] | None = None) -> None:
        """`names` are the choices' keys (what `choice()` returns); `labels` what the buttons show
        (default: the names). Tooltips, labels and `accessible_name` come translated; the owner
        gives them again in the new language through `set_words`."""
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.buttons: dict[str, QPushButton] = {}
        for i, name in enumerate(names):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setProperty("segment", "first" if i == 0 else "last" if i == len(names) - 1 else "middle")
            self.group.addButton(button, i)
            layout.addWidget(button, 1)
            self.buttons[name] = button
        self._group_name = ""
        self._labels: list[str] = []
        self._tooltips: list[str] = []
        self.setStyleSheet(_SEGMENT_STYLE)
        self.group.buttonClicked.connect(self._on_clicked)
        self.set_words(accessible_name, list(names) if labels is None else labels, tooltips)

    def set_words(self, accessible_name: str, labels: Sequence[str], tooltips: Sequence[str]) -> None:
        """The group's name and each button's label and tooltip (translated), in `names` order."""
        if not len(labels) == len(tooltips) == len(self.buttons):
            raise ValueError("one label and one tooltip per choice")
        self._group_name, self._labels, self._tooltips = accessible_name, list(labels), list(tooltips)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self._group_name)
        for button, label, tip in zip(self.buttons.values(), self._labels, self._tooltips, strict=True):
            button.setText(label)
            button.setToolTip(tip)
            button.setAccessibleName(
                self.tr("{group}: {choice}").format(group=self._group_name, choice=label))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def choice(self) -> str | None:
        return next((n for n, b in self.buttons.items() if b.isChecked()), None)

    def set_choice(self, name: str | None) -> None:
        for n, button in self.buttons.items():
            button.setChecked(n == name)

    def _on_clicked(self, clicked: QPushButton) -> None:
        chosen = None
        for name, button in self.buttons.items():
            if button is clicked:
                chosen = name if button.isChecked() else None
            else:
                button.setChecked(False)
        self.choiceEdited.emit(chosen)


class ModelPicker(QComboBox):
    """Models grouped under vendor headings (not selectable); a typed id is taken as it is."""

    modelEdited = Signal(str)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    VENDOR_ROLE = Qt.ItemDataRole.UserRole + 2  # a heading's vendor key (English source of its words)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setMaxVisibleItems(24)  # a gateway lists 20+ models; Qt's 10 rows meant scrolling in a sliver
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self._model = ""
        edit = self.lineEdit()
        assert edit is not None  # an editable combo box always has one
        self.activated.connect(self._on_activated)
        edit.editingFinished.connect(self._on_editing_finished)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Model"))
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Model id"))
        self._update_tooltip()
        for row in range(self._items.rowCount()):
            item = self._items.item(row)
            vendor = item.data(self.VENDOR_ROLE)
            if vendor:
                self._name_heading(item, str(vendor))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _name_heading(self, heading: QStandardItem, vendor: str) -> None:
        heading.setText(vendor_words(vendor))
        heading.setAccessibleText(self.tr("{vendor} (heading)").format(vendor=vendor_words(vendor)))

    def _update_tooltip(self) -> None:
        self.setToolTip(self._model or self.tr("The model that answers. Pick one, or type a model id."))

    def set_models(self, model_ids: Sequence[str]) -> None:
        self.blockSignals(True)
        try:
            self._items.clear()
            for vendor, members in group_models(model_ids):
                heading = QStandardItem()
                heading.setData(vendor, self.VENDOR_ROLE)
                self._name_heading(heading, vendor)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(self.font())
                font.setBold(True)
                heading.setFont(font)
                self._items.appendRow(heading)
                for model_id, name in members:
                    item = QStandardItem("    " + name)
                    item.setData(model_id, self.ID_ROLE)
                    item.setToolTip(model_id)
                    item.setAccessibleText(name)
                    self._items.appendRow(item)
        finally:
            self.blockSignals(False)
        self.set_model(self._model)

    def model_ids(self) -> list[str]:
        ids = (self._items.item(r).data(self.ID_ROLE) for r in range(self._items.rowCount()))
        return [i for i in ids if i]

    def current_model(self) -> str:
        return self._model

    def set_model(self, model_id: str) -> None:
        self._model = model_id
        row = self._row_of(model_id)
        self.blockSignals(True)
        try:
            if row >= 0:
                self.setCurrentIndex(row)
                self.setEditText(self._items.item(row).text().strip())
            else:
                self.setCurrentIndex(-1)
                self.setEditText(model_id)
        finally:
            self.blockSignals(False)
        self._update_tooltip()

    def _row_of(self, model_id: str) -> int:
        for row in range(self._items.rowCount()):
            if model_id and self._items.item(row).data(self.ID_ROLE) == model_id:
                return row
        return -1

    def model_for_text(self, text: str) -> str:
        """The id meant by what is in the edit field: a listed name, a listed id, or a custom id."""
        text = text.strip()
        for row in range(self._items.rowCount()):
            item = self._items.item(row)
            model_id = item.data(self.ID_ROLE)
            if model_id and text in (item.text().strip(), model_id):
                return str(model_id)
        return text

    def _on_activated(self, row: int) -> None:
        model_id = self._items.item(row).data(self.ID_ROLE) if 0 <= row < self._items.rowCount() else None
        if model_id:
            self._commit(str(model_id))

    def _on_editing_finished(self) -> None:
        model_id = self.model_for_text(self.currentText())
        if not model_id:
            self.set_model(self._model)  # emptied: put the current one back
            return
        self._commit(model_id)

    def _commit(self, model_id: str) -> None:
        changed = model_id != self._model
        self.set_model(model_id)
        if changed:
            self.modelEdited.emit(model_id)


class NumberParam(QWidget):
    """A parameter with a spin box (and optionally a slider) that can be "Not set" (not sent).

    The spin box's lowest position, one step below the real minimum, reads "Not set"; Reset
    goes there too. While not set, the slider rests at the gateway's default value.
    """

    valueEdited = Signal()

    def __init__(self, label: str = "", *, minimum: float, maximum: float, step: float, decimals: int,
                 default: float, tooltip: str = "", slider: bool = True, spin_step: float | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._decimals = decimals
        self._minimum = minimum
        self._step = step
        self._default = default
        self._value: float | None = None
        self._label_text = label
        self._tooltip = tooltip
        self.label = QLabel(self)
        self.spin: QSpinBox | QDoubleSpinBox
        if decimals == 0:
            spin = QSpinBox(self)
            spin.setRange(int(minimum - step), int(maximum))
            spin.setSingleStep(int(spin_step or step))
            self.spin = spin
        else:
            dspin = QDoubleSpinBox(self)
            dspin.setDecimals(decimals)
            dspin.setRange(minimum - step, maximum)
            dspin.setSingleStep(spin_step or step)
            self.spin = dspin
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimumWidth(86)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.label.setBuddy(self.spin)
        self.reset_button = QToolButton(self)
        self.reset_button.setAutoRaise(True)
        self.reset_button.clicked.connect(self._on_reset)
        self.slider: QSlider | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.spin, 0, 1)
        grid.addWidget(self.reset_button, 0, 2)
        grid.setColumnStretch(0, 1)
        if slider:
            self.slider = QSlider(Qt.Orientation.Horizontal, self)
            self.slider.setRange(self._ticks(minimum), self._ticks(maximum))
            self.slider.setPageStep(max(1, self._ticks(minimum + 0.2) - self._ticks(minimum)))
            self.slider.valueChanged.connect(self._on_slider)
            self.slider.sliderReleased.connect(self.valueEdited)
            grid.addWidget(self.slider, 1, 0, 1, 3)
        self.spin.valueChanged.connect(self._on_spin)
        self.retranslate()
        self.set_value(None)

    def set_words(self, label: str, tooltip: str) -> None:
        """The parameter's name and tooltip (translated): the owner gives them again in a new language."""
        self._label_text, self._tooltip = label, tooltip
        self.retranslate()

    def retranslate(self) -> None:
        label, tooltip = self._label_text, self._tooltip
        self.setToolTip(tooltip)
        self.label.setText(label)
        self.label.setToolTip(tooltip)
        self.spin.setSpecialValueText(QCoreApplication.translate("NumberParam", NOT_SET))
        self.spin.setAccessibleName(label)
        self.spin.setToolTip(tooltip)
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setAccessibleName(self.tr("Reset {parameter}").format(parameter=label))
        self.reset_button.setToolTip(self.tr("Don't send this parameter (use the gateway's default)"))
        if self.slider is not None:
            self.slider.setAccessibleName(self.tr("{parameter} slider").format(parameter=label))
            self.slider.setToolTip(tooltip)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _ticks(self, value: float) -> int:
        return round(value / self._step)

    def value(self) -> float | int | None:
        if self._value is None:
            return None
        return int(self._value) if self._decimals == 0 else round(self._value, self._decimals)

    def set_value(self, value: float | None) -> None:
        self._value = None if value is None else float(value)
        shown = self._default if value is None else float(value)
        for widget in (self.spin, self.slider):
            if widget is not None:
                widget.blockSignals(True)
        try:
            spin = self.spin
            if isinstance(spin, QSpinBox):
                spin.setValue(spin.minimum() if value is None else round(value))
            else:
                spin.setValue(spin.minimum() if value is None else value)
            if self.slider is not None:
                self.slider.setValue(self._ticks(shown))
        finally:
            for widget in (self.spin, self.slider):
                if widget is not None:
                    widget.blockSignals(False)
        self.reset_button.setEnabled(value is not None)
        self.label.setEnabled(True)

    def _on_spin(self, value: float) -> None:
        is_unset = value <= self.spin.minimum()
        self.set_value(None if is_unset else value)
        self.valueEdited.emit()

    def _on_slider(self, ticks: int) -> None:
        self.set_value(round(ticks * self._step, self._decimals or 0))
        assert self.slider is not None
        if not self.slider.isSliderDown():
            self.valueEdited.emit()

    def _on_reset(self) -> None:
        self.set_value(None)
        self.valueEdited.emit()
        self.spin.setFocus()


# -- stop sequences ------------------------------------------------------------------------------
_ESCAPES = {"n": "\n", "t": "\t", ",": ",", "\\": "\\"}


def parse_stop(text: str) -> tuple[str, ...]:
    """Comma- or newline-separated stop sequences; `\\n`, `\\t`, `\\,` and `\\\\` are escapes.

    Blank entries are dropped; spaces around an entry are kept only when escaped into it.
    """
    entries: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            current.append(_ESCAPES.get(nxt, "\\" + nxt))
        elif ch in ",\n":
            entries.append("".join(current))
            current = []
        else:
            current.append(ch)
    entries.append("".join(current))
    out = []
    for entry in entries:
        stripped = entry.strip(" ")
        if stripped:
            out.append(stripped)
    return tuple(out)


def format_stop(stop: Sequence[str]) -> str:
    """The text `parse_stop` turns back into `stop`."""
    def escape(s: str) -> str:
        return re.sub(r"[\\,\n\t]", lambda m: {"\\": "\\\\", ",": "\\,", "\n": "\\n", "\t": "\\t"}[m[0]], s)

    return ", ".join(escape(s) for s in stop)
