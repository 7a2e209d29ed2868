"""The "Models" page of Settings: the figures table, who writes summaries, and who names new chats.

Why one page: these are the settings about models that are not the chat's own choice — how big
each one is and what it costs (the table), which model summarises earlier messages ("the chat's own
model" or a cheaper one) and whether a small model names new chats. It reads `AppSettings` and hands
the chosen values back through `values()`; the dialog saves them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.services import AppSettings, ModelOverride
from desktop_chat.ui.dialogs.model_table import Limits, ModelTable


@dataclass(frozen=True, slots=True)
class ModelSettings:
    """What the Models page sets in AppSettings."""

    model_overrides: tuple[ModelOverride, ...]
    summary_model: str
    auto_titles: bool
    title_model: str


class ModelsPage(QWidget):
    def __init__(
        self, parent: QWidget | None, *, settings: AppSettings, limits: Limits, models: Iterable[str],
        allowed: Callable[[str], bool] | None = None,
    ) -> None:  # fmt: skip
        """`allowed(model)`: may the organisation's policy's models write summaries and names (None: all)?"""
        super().__init__(parent)
        self.figures = ModelTable(self, limits=limits, models=models, overrides=settings.model_overrides)
        self._allowed = allowed or (lambda _model: True)
        choices = [m for m in self.figures.models() if self._allowed(m)]

        self.summary_combo = QComboBox(self)
        self.summary_combo.setAccessibleName(self.tr("Model that writes summaries"))
        self.summary_combo.setToolTip(self.tr(
            "When a chat is too long for its model, this model summarises the earlier messages"))
        self.summary_combo.addItem(self.tr("The chat's own model"), "")
        _fill(self.summary_combo, choices, self._shown(settings.summary_model))

        self.titles_check = QCheckBox(self.tr("&Name new chats automatically"), self)
        self.titles_check.setAccessibleName(self.tr("Name new chats automatically"))
        self.titles_check.setToolTip(
            self.tr("After the first answer, a small model suggests a name for the chat"))
        self.titles_check.setChecked(settings.auto_titles)
        self.title_label = QLabel(self.tr("Chat &names are written by"), self)
        self.title_combo = QComboBox(self)
        self.title_combo.setAccessibleName(self.tr("Model that names new chats"))
        self.title_label.setBuddy(self.title_combo)
        _fill(self.title_combo, choices, self._shown(settings.title_model))
        self.titles_check.toggled.connect(self._on_titles_toggled)
        self._on_titles_toggled(settings.auto_titles)
        self.figures.modelAdded.connect(self._on_model_added)

        figures_box = QGroupBox(self.tr("Context windows and prices"), self)
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.addWidget(self.figures)

        writers = QGroupBox(self.tr("Summaries and chat names"), self)
        form = QFormLayout(writers)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        summary_label = QLabel(self.tr("&Summaries are written by"), writers)
        summary_label.setBuddy(self.summary_combo)
        form.addRow(summary_label, self.summary_combo)
        form.addRow(self.titles_check)  # a row of its own: long in French and Spanish
        form.addRow(self.title_label, self.title_combo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(figures_box, 1)
        layout.addWidget(writers)

    def focus_order(self) -> list[QWidget]:
        """The page's widgets in Tab order."""
        f = self.figures
        return [f.table, f.add_edit, f.add_button, f.reset_button, self.summary_combo, self.titles_check,
                self.title_combo]

    def values(self) -> ModelSettings:
        return ModelSettings(
            model_overrides=self.figures.overrides(),
            summary_model=str(self.summary_combo.currentData() or ""),
            auto_titles=self.titles_check.isChecked(),
            title_model=str(self.title_combo.currentData() or ""),
        )

    def _shown(self, model: str) -> str:
        """The model chosen as the page shows it: not one the policy does not allow."""
        return model if not model or self._allowed(model) else ""

    def _on_titles_toggled(self, on: bool) -> None:
        self.title_combo.setEnabled(on)
        self.title_label.setEnabled(on)

    def _on_model_added(self, model: str) -> None:
        for combo in (self.summary_combo, self.title_combo):
            if self._allowed(model) and combo.findData(model) < 0:
                combo.addItem(model, model)


def _fill(combo: QComboBox, models: list[str], current: str) -> None:
    """The models as choices, with `current` among them (it may not be listed) and chosen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)  # long model ids don't widen the dialog; the list shows them whole
    for model in models:
        combo.addItem(model, model)
    if current and combo.findData(current) < 0:
        combo.addItem(current, current)
    combo.setCurrentIndex(max(combo.findData(current), 0))
