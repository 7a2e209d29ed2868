"""The right-hand sidebar: model, Style and Length presets, system prompt, Advanced parameters.

Why: most people only ever pick a model and maybe "Precise" or "Short"; the raw parameters are
one click away under "Advanced" for those who want them, each with a plain tooltip quoting the
gateway's tuning guide and a "Not set" state that keeps it out of the request. The sidebar is
passive: the shell feeds it with `set_*` (silently) and persists what `settingsChanged` reports,
which fires synchronously on every user edit (slider drags report when released). Preset names,
tips and notes below are English source texts (context "ParameterSidebar"), translated where shown;
the preset names also serve as the presets' keys.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.domain import ChatSettings, GenerationParams
from desktop_chat.services import Policy, PolicyKey
from desktop_chat.ui.language import is_language_change
from desktop_chat.ui.policy_words import LockedCaption, lock, place_after
from desktop_chat.ui.sidebar.tools_row import ToolsRow
from desktop_chat.ui.sidebar.widgets import (
    MAX_STOP_SEQUENCES,
    ModelPicker,
    NumberParam,
    SegmentedControl,
    format_stop,
    parse_stop,
)
from desktop_chat.ui.window.icons import icon
from desktop_chat.ui.words.presets import shown_presets

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# Values from the seed's "Parameter Tuning Guide".
STYLE_PRESETS: tuple[tuple[str, float, str], ...] = (
    (QT_TRANSLATE_NOOP("ParameterSidebar", "Precise"), 0.2, QT_TRANSLATE_NOOP(
        "ParameterSidebar", "Temperature 0.2: more deterministic and consistent (good for code generation, "
                            "data extraction).")),
    (QT_TRANSLATE_NOOP("ParameterSidebar", "Balanced"), 0.7, QT_TRANSLATE_NOOP(
        "ParameterSidebar", "Temperature 0.7: balanced creativity and consistency (good for daily "
                            "conversations).")),
    (QT_TRANSLATE_NOOP("ParameterSidebar", "Creative"), 1.0, QT_TRANSLATE_NOOP(
        "ParameterSidebar", "Temperature 1.0: more creative and diverse (good for creative writing).")),
)
LENGTH_PRESETS: tuple[tuple[str, int, str], ...] = (
    (QT_TRANSLATE_NOOP("ParameterSidebar", "Short"), 300,
     QT_TRANSLATE_NOOP("ParameterSidebar", "Up to 300 tokens: short responses.")),
    (QT_TRANSLATE_NOOP("ParameterSidebar", "Medium"), 1000,
     QT_TRANSLATE_NOOP("ParameterSidebar", "Up to 1,000 tokens: medium responses.")),
    (QT_TRANSLATE_NOOP("ParameterSidebar", "Detailed"), 3000,
     QT_TRANSLATE_NOOP("ParameterSidebar", "Up to 3,000 tokens: detailed responses.")),
)
BOTH_CHANGED_NOTE = QT_TRANSLATE_NOOP("ParameterSidebar",
                                      "Usually adjust either temperature or top_p, not both.")

TIPS = {
    "temperature": QT_TRANSLATE_NOOP(
        "ParameterSidebar", "How random the answer is, from 0 to 2 (the gateway's default is 1.0).\n"
        "• 0.0–0.3: more deterministic and consistent (good for code generation, data extraction)\n"
        "• 0.4–0.7: balanced creativity and consistency (good for daily conversations)\n"
        "• 0.8–1.0: more creative and diverse (good for creative writing)\n"
        "• 1.0–2.0: highly random and creative (good for brainstorming)"),
    "top_p": QT_TRANSLATE_NOOP(
        "ParameterSidebar", "Nucleus sampling, from 0 to 1 (default 1.0).\n"
        "• 0.1: only consider the top 10% most likely words\n"
        "• 0.5: consider words with cumulative probability up to 50%\n"
        "• 1.0: consider all possible words (default)\n"
        "Usually adjust either temperature or top_p, not both."),
    "max_tokens": QT_TRANSLATE_NOOP(
        "ParameterSidebar", "The longest answer allowed, in tokens (a token is about ¾ of a word).\n"
        "• Short responses: 100–300 tokens\n"
        "• Medium responses: 500–1000 tokens\n"
        "• Detailed responses: 1500–3000 tokens"),
    "presence_penalty": QT_TRANSLATE_NOOP(
        "ParameterSidebar", "From −2 to 2 (default 0). Higher values nudge the model to bring up new "
        "topics instead of staying on the ones already mentioned."),
    "frequency_penalty": QT_TRANSLATE_NOOP(
        "ParameterSidebar", "From −2 to 2 (default 0). Higher values make the model repeat the same "
        "words and phrases less often."),
    "stop": QT_TRANSLATE_NOOP(
        "ParameterSidebar", "Up to {count} pieces of text at which the model stops writing. Separate "
        "them with commas; write \\n for a new line and \\, for a comma."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParameterSidebar", text)


def tip(key: str) -> str:
    """The tooltip of a parameter (a key of `TIPS`), translated."""
    return _tr(TIPS[key]).format(count=MAX_STOP_SEQUENCES) if key == "stop" else _tr(TIPS[key])


def style_for(temperature: float | None) -> str | None:
    """The Style preset whose temperature this is, if any."""
    return next((n for n, t, _ in STYLE_PRESETS if temperature is not None and abs(t - temperature) < 1e-9),
                None)


def length_for(max_tokens: int | None) -> str | None:
    """The Length preset whose max_tokens this is, if any."""
    return next((n for n, m, _ in LENGTH_PRESETS if max_tokens == m), None)


def with_style(params: GenerationParams, style: str | None) -> GenerationParams:
    temperature = next((t for n, t, _ in STYLE_PRESETS if n == style), None)
    return dataclasses.replace(params, temperature=temperature)


def with_length(params: GenerationParams, length: str | None) -> GenerationParams:
    max_tokens = next((m for n, m, _ in LENGTH_PRESETS if n == length), None)
    return dataclasses.replace(params, max_tokens=max_tokens)


def both_sampling_knobs_set(params: GenerationParams) -> bool:
    return params.temperature is not None and params.top_p is not None


MIN_WIDTH = 250  # px; wider when the language's words need it (_fit_width)


class ParameterSidebar(QWidget):
    settingsChanged = Signal(object)  # ChatSettings
    refreshModelsRequested = Signal()
    savePresetRequested = Signal(str, str)  # name, system prompt text
    makeDefaultRequested = Signal(object)  # ChatSettings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parameterSidebar")
        self._silent = False
        self._stop: tuple[str, ...] = ()
        self._presets: list[tuple[str, str]] = []  # as shown (built-in ones translated)
        self._saved_presets: list[tuple[str, str]] = []
        self._from_cache = False  # the model list came from the cache (the caption says "offline")
        self._models_note = ""  # the caller's note on the model list, already in the current language
        self._policy = Policy()  # the organisation's (set_policy): hidden parameters, locked defaults
        self.locked_captions: dict[PolicyKey, LockedCaption] = {}
        content = QWidget()
        content.setObjectName("sidebarContent")
        self._layout = QVBoxLayout(content)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(6)
        self._build_model_section()
        # which tools this chat may use, and its switch (hidden with no server configured)
        self.tools_row = ToolsRow(content)
        self._layout.addSpacing(4)
        self._layout.addWidget(self.tools_row)
        self._build_presets_section()
        self._build_prompt_section()
        self._build_advanced_section()
        self.both_note = QLabel(content)
        self.both_note.setWordWrap(True)
        self.both_note.setEnabled(False)
        self.both_note.hide()
        self._layout.addWidget(self.both_note)
        self._layout.addSpacing(8)
        self.default_button = QPushButton(content)
        self.default_button.clicked.connect(lambda: self.makeDefaultRequested.emit(self.current_settings()))
        self._layout.addWidget(self.default_button)
        self._layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, not the frame
        self._scroll = scroll
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.set_system_prompt_presets(())
        self.retranslate()
        self.set_settings(ChatSettings("", GenerationParams(), ""))

    # -- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every word of the sidebar in the current language (Qt's LanguageChange calls it)."""
        self.setAccessibleName(self.tr("Chat settings"))
        self._scroll.setAccessibleName(self.tr("Chat settings"))
        # model
        self.refresh_button.setAccessibleName(self.tr("Refresh models"))
        self.refresh_button.setToolTip(self.tr("Refresh models — ask the gateway for its list again"))
        self._model_heading.setText(self.tr("&Model"))
        self._show_models_note()
        self._update_model_caption()
        # presets
        self.style_control.set_words(self.tr("Style"), [_tr(n) for n, _, _ in STYLE_PRESETS],
                                     [_tr(t) for _, _, t in STYLE_PRESETS])
        self._style_heading.setText(self.tr("Style"))
        self.length_control.set_words(self.tr("Length"), [_tr(n) for n, _, _ in LENGTH_PRESETS],
                                      [_tr(t) for _, _, t in LENGTH_PRESETS])
        self._length_heading.setText(self.tr("Length"))
        # system prompt
        self.preset_combo.setAccessibleName(self.tr("System prompt presets"))
        self.preset_combo.setToolTip(self.tr("Fill in a saved system prompt"))
        self.set_system_prompt_presets(self._saved_presets)  # "Presets…" and the built-in ones
        self.prompt_edit.setAccessibleName(self.tr("System prompt"))
        self.prompt_edit.setPlaceholderText(self.tr("How should the model behave? For example: “Answer in "
                                                    "plain English, briefly.”"))
        self._prompt_heading.setText(self.tr("S&ystem prompt"))
        self.save_preset_button.setText(self.tr("Save as preset…"))
        self.save_preset_button.setAccessibleName(self.tr("Save as preset"))
        self.preset_name_edit.setPlaceholderText(self.tr("Preset name"))
        self.preset_name_edit.setAccessibleName(self.tr("Preset name"))
        self.preset_save.setText(self.tr("Save"))
        self.preset_save.setAccessibleName(self.tr("Save preset"))
        self.preset_cancel.setText(self.tr("Cancel"))
        self.preset_cancel.setAccessibleName(self.tr("Cancel saving preset"))
        # advanced
        self.advanced_button.setText(self.tr("Advanced"))
        self.advanced_button.setAccessibleName(self.tr("Advanced settings"))
        self.advanced.setAccessibleName(self.tr("Advanced settings"))
        self.temperature.set_words(self.tr("Temperature"), tip("temperature"))
        self.top_p.set_words(self.tr("Top P"), tip("top_p"))
        self.max_tokens.set_words(self.tr("Max tokens"), tip("max_tokens"))
        self.presence_penalty.set_words(self.tr("Presence penalty"), tip("presence_penalty"))
        self.frequency_penalty.set_words(self.tr("Frequency penalty"), tip("frequency_penalty"))
        self.stop_edit.setAccessibleName(self.tr("Stop sequences"))
        self.stop_edit.setPlaceholderText(_tr(NOT_SET_STOP))
        self.stop_edit.setToolTip(tip("stop"))
        from desktop_chat.ui.window.icons import name_line_edit_buttons

        name_line_edit_buttons(self.stop_edit, self.tr("Clear stop sequences"))
        self._stop_label.setText(self.tr("Stop sequences"))
        self._stop_label.setToolTip(tip("stop"))
        self._on_stop_text(self.stop_edit.text())
        self.keep_turns.set_words(
            self.tr("Send the last N turns only"),
            self.tr("A turn is one of your messages with its answer. When set, only the newest turns "
                    "are sent to the model (with the system prompt and any summary), even if more "
                    "would fit. Not set: as many as fit the model's context window."))
        # below
        self.both_note.setText(self.tr("Tip: {note}").format(note=_tr(BOTH_CHANGED_NOTE)))
        self.both_note.setAccessibleName(_tr(BOTH_CHANGED_NOTE))
        self.default_button.setText(self.tr("Use as default for new chats"))
        self.default_button.setAccessibleName(self.tr("Use as default for new chats"))
        self.default_button.setToolTip(self.tr("New chats will start with this model, these settings and "
                                               "this system prompt"))
        self._show_locks()  # the tips just written: a locked control's say "Set by your organisation"
        self._fit_width()

    def _fit_width(self) -> None:
        """As wide as the words need: the panel scrolls only vertically, so a button wider than it
        (German, Spanish) would be cut off at the window's edge — the splitter keeps this minimum."""
        self._layout.invalidate()
        needed = self._layout.minimumSize().width() + self._scroll.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(max(MIN_WIDTH, needed))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # -- building ------------------------------------------------------------------------------
    def _heading(self, buddy: QWidget | None = None) -> QLabel:
        label = QLabel()
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def _section_gap(self) -> None:
        self._layout.addSpacing(10)

    def _build_model_section(self) -> None:
        self.model_picker = ModelPicker()
        self.model_picker.modelEdited.connect(self._on_model_edited)
        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(icon("refresh"))
        self.refresh_button.setAutoRaise(True)
        self.refresh_button.clicked.connect(self.refreshModelsRequested)
        row = QHBoxLayout()
        self._model_heading = self._heading(self.model_picker)
        row.addWidget(self._model_heading, 1)
        row.addWidget(self.refresh_button)
        self._layout.addLayout(row)
        self._layout.addWidget(self.model_picker)
        self.model_id_label = _caption("")
        self.model_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cache_note = _caption("")
        self.cache_note.hide()
        self._layout.addWidget(self.model_id_label)
        self._layout.addWidget(self.cache_note)

    def _build_presets_section(self) -> None:
        self._section_gap()
        # words: retranslate()
        self.style_control = SegmentedControl([n for n, _, _ in STYLE_PRESETS], [""] * len(STYLE_PRESETS), "")
        self.style_control.choiceEdited.connect(self._on_style)
        self._style_heading = self._heading()
        self._layout.addWidget(self._style_heading)
        self._layout.addWidget(self.style_control)
        self._section_gap()
        self.length_control = SegmentedControl([n for n, _, _ in LENGTH_PRESETS],
                                               [""] * len(LENGTH_PRESETS), "")
        self.length_control.choiceEdited.connect(self._on_length)
        self._length_heading = self._heading()
        self._layout.addWidget(self._length_heading)
        self._layout.addWidget(self.length_control)

    def _build_prompt_section(self) -> None:
        self._section_gap()
        self.preset_combo = QComboBox()
        self.preset_combo.activated.connect(self._on_preset_chosen)
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setTabChangesFocus(True)
        self.prompt_edit.setFixedHeight(self.prompt_edit.fontMetrics().lineSpacing() * 5 + 14)
        self.prompt_edit.textChanged.connect(self._on_prompt_changed)
        row = QHBoxLayout()
        self._prompt_heading = self._heading(self.prompt_edit)
        row.addWidget(self._prompt_heading)
        row.addStretch(1)
        row.addWidget(self.preset_combo)
        self._layout.addLayout(row)
        self._layout.addWidget(self.prompt_edit)
        self.save_preset_button = QPushButton()
        self.save_preset_button.clicked.connect(self._show_preset_row)
        self.preset_name_edit = QLineEdit()
        self.preset_name_edit.textChanged.connect(self._update_preset_save)
        self.preset_name_edit.returnPressed.connect(self._save_preset)
        self.preset_save = QPushButton()
        self.preset_save.clicked.connect(self._save_preset)
        self.preset_cancel = QPushButton()
        self.preset_cancel.clicked.connect(self._hide_preset_row)
        self.preset_row = QWidget()
        prow = QHBoxLayout(self.preset_row)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.setSpacing(4)
        prow.addWidget(self.preset_name_edit, 1)
        prow.addWidget(self.preset_save)
        prow.addWidget(self.preset_cancel)
        self.preset_row.hide()
        self._layout.addWidget(self.save_preset_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.preset_row)

    def _build_advanced_section(self) -> None:
        self._section_gap()
        self.advanced_button = QToolButton()
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAutoRaise(True)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.toggled.connect(self._on_advanced_toggled)
        self._layout.addWidget(self.advanced_button)
        self.advanced = QWidget()
        box = QVBoxLayout(self.advanced)
        box.setContentsMargins(4, 0, 0, 0)
        box.setSpacing(10)
        # names and tooltips: retranslate()
        self.temperature = NumberParam(minimum=0, maximum=2, step=0.05, decimals=2, default=1.0)
        self.top_p = NumberParam(minimum=0, maximum=1, step=0.05, decimals=2, default=1.0)
        self.max_tokens = NumberParam(minimum=1, maximum=1_000_000, step=1, decimals=0, default=0,
                                      slider=False, spin_step=100)
        self.presence_penalty = NumberParam(minimum=-2, maximum=2, step=0.1, decimals=1, default=0.0)
        self.frequency_penalty = NumberParam(minimum=-2, maximum=2, step=0.1, decimals=1, default=0.0)
        for param in self._number_params():
            param.valueEdited.connect(self._on_number_edited)
            box.addWidget(param)
        self.stop_edit = QLineEdit()
        self.stop_edit.setClearButtonEnabled(True)
        self.stop_edit.editingFinished.connect(self._on_stop_edited)
        self.stop_edit.textChanged.connect(self._on_stop_text)
        self.stop_note = _caption("")
        self.stop_note.hide()
        self._stop_label = QLabel()
        self._stop_label.setBuddy(self.stop_edit)
        box.addWidget(self._stop_label)
        box.addWidget(self.stop_edit)
        box.addWidget(self.stop_note)
        self.keep_turns = NumberParam(minimum=1, maximum=10_000, step=1, decimals=0, default=0,
                                      slider=False, spin_step=1)
        self.keep_turns.valueEdited.connect(self._emit)
        box.addWidget(self.keep_turns)
        self.advanced.hide()
        self._layout.addWidget(self.advanced)

    def _number_params(self) -> tuple[NumberParam, ...]:
        return (self.temperature, self.top_p, self.max_tokens, self.presence_penalty, self.frequency_penalty)

    # -- the organisation's policy --------------------------------------------------------------
    def set_policy(self, policy: Policy) -> None:
        """Hide the parameters the policy hides; grey what it locks (the defaults' parameters, the
        system prompt, the presets) with "Set by your organisation"; greyed "Use as default for new
        chats" when it locks the defaults. Called once, before the first chat is shown."""
        self._policy = policy
        for name, widgets in self._parameter_widgets().items():
            if name in policy.hidden_parameters:
                for widget in widgets:
                    widget.hide()
        where = {PolicyKey.DEFAULT_PARAMS: self.length_control,
                 PolicyKey.DEFAULT_SYSTEM_PROMPT: self.prompt_edit,
                 PolicyKey.SYSTEM_PROMPT_PRESETS: self.save_preset_button,
                 PolicyKey.DEFAULT_MODEL: self.default_button}
        for key, anchor in where.items():
            if self._locks(key) and key not in self.locked_captions:
                caption = LockedCaption()
                place_after(anchor, caption)
                self.locked_captions[key] = caption
        if self._locks(PolicyKey.DEFAULT_PARAMS) and PolicyKey.DEFAULT_PARAMS in self.locked_captions:
            self.locked_captions[PolicyKey.DEFAULT_PARAMS].setVisible(
                "temperature" not in policy.hidden_parameters or "max_tokens" not in policy.hidden_parameters)
            inside = LockedCaption()
            layout = self.advanced.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(0, inside)
        self._show_locks()
        self._fit_width()

    def _locks(self, key: PolicyKey) -> bool:
        if key is PolicyKey.DEFAULT_MODEL:  # the button sets all three defaults
            return any(self._policy.locks(k) for k in (PolicyKey.DEFAULT_MODEL, PolicyKey.DEFAULT_PARAMS,
                                                       PolicyKey.DEFAULT_SYSTEM_PROMPT))
        return self._policy.locks(key)

    def _parameter_widgets(self) -> dict[str, tuple[QWidget, ...]]:
        """Each of GenerationParams' fields and the controls that set it (Style sets temperature,
        Length max_tokens)."""
        return {
            "temperature": (self.temperature, self._style_heading, self.style_control),
            "top_p": (self.top_p,),
            "max_tokens": (self.max_tokens, self._length_heading, self.length_control),
            "presence_penalty": (self.presence_penalty,),
            "frequency_penalty": (self.frequency_penalty,),
            "stop": (self._stop_label, self.stop_edit, self.stop_note),
        }

    def _show_locks(self) -> None:
        if self._locks(PolicyKey.DEFAULT_PARAMS):
            lock(w for ws in self._parameter_widgets().values() for w in ws if not isinstance(w, QLabel))
        if self._locks(PolicyKey.DEFAULT_SYSTEM_PROMPT):
            lock((self.prompt_edit, self.preset_combo, self.save_preset_button))
        lock((self.save_preset_button,), self._locks(PolicyKey.SYSTEM_PROMPT_PRESETS))
        lock((self.default_button,), self._locks(PolicyKey.DEFAULT_MODEL))

    # -- fed by the shell ----------------------------------------------------------------------
    def set_models(self, models: Sequence[str], *, from_cache: bool, note: str = "") -> None:
        """`note`: the caller's words on the list, in the current language (it gives them again after a
        language switch)."""
        self.model_picker.set_models(models)
        self._from_cache, self._models_note = from_cache, note
        self._show_models_note()
        self._update_model_caption()

    def _show_models_note(self) -> None:
        offline = self.tr("from cache (offline)") if self._from_cache else ""
        text = " · ".join(t for t in (offline, self._models_note) if t)
        self.cache_note.setText(text)
        self.cache_note.setVisible(bool(text))

    def focus_model_picker(self) -> None:
        self.model_picker.setFocus()

    def set_settings(self, settings: ChatSettings) -> None:
        self._silent = True
        try:
            self.model_picker.set_model(settings.model)
            self._update_model_caption()
            self._show_params(settings.params)
            self.keep_turns.set_value(settings.keep_turns)
            if self.prompt_edit.toPlainText() != settings.system_prompt:
                self.prompt_edit.setPlainText(settings.system_prompt)
            self._sync_preset_combo()
        finally:
            self._silent = False

    def set_system_prompt_presets(self, presets: Sequence[tuple[str, str]]) -> None:
        """The saved presets; the built-in ones untouched by the person are shown in the app's language."""
        self._saved_presets = [(str(n), str(t)) for n, t in presets]
        self._presets = shown_presets(self._saved_presets)
        self.preset_combo.blockSignals(True)
        try:
            self.preset_combo.clear()
            self.preset_combo.addItem(self.tr("Presets…"))
            for name, text in self._presets:
                self.preset_combo.addItem(name)
                last = self.preset_combo.count() - 1
                self.preset_combo.setItemData(last, text, Qt.ItemDataRole.ToolTipRole)
        finally:
            self.preset_combo.blockSignals(False)
        self._sync_preset_combo()

    def current_settings(self) -> ChatSettings:
        turns = self.keep_turns.value()
        return ChatSettings(self.model_picker.current_model(), self.current_params(),
                            self.prompt_edit.toPlainText(), None if not turns else int(turns))

    def current_params(self) -> GenerationParams:
        max_tokens = self.max_tokens.value()
        return GenerationParams(
            temperature=_float(self.temperature.value()),
            top_p=_float(self.top_p.value()),
            max_tokens=None if max_tokens is None else int(max_tokens),
            presence_penalty=_float(self.presence_penalty.value()),
            frequency_penalty=_float(self.frequency_penalty.value()),
            stop=self._stop,
        )

    # -- reactions to the user -----------------------------------------------------------------
    def _emit(self) -> None:
        self.both_note.setVisible(both_sampling_knobs_set(self.current_params()))
        if not self._silent:
            self.settingsChanged.emit(self.current_settings())

    def _on_model_edited(self, _model: str) -> None:
        self._update_model_caption()
        self._emit()

    def _on_style(self, style: str | None) -> None:
        self._show_params(with_style(self.current_params(), style))
        self._emit()

    def _on_length(self, length: str | None) -> None:
        self._show_params(with_length(self.current_params(), length))
        self._emit()

    def _on_number_edited(self) -> None:
        params = self.current_params()
        self.style_control.set_choice(style_for(params.temperature))
        self.length_control.set_choice(length_for(params.max_tokens))
        self._emit()

    def _on_stop_text(self, text: str) -> None:
        count = len(parse_stop(text))
        extra = (self.tr("Only the first {count} are sent.").format(count=MAX_STOP_SEQUENCES)
                 if count > MAX_STOP_SEQUENCES else "")
        self.stop_note.setText(extra)
        self.stop_note.setVisible(bool(extra))

    def _on_stop_edited(self) -> None:
        stop = parse_stop(self.stop_edit.text())[:MAX_STOP_SEQUENCES]
        if stop != self._stop:
            self._stop = stop
            self._emit()

    def _on_prompt_changed(self) -> None:
        self._sync_preset_combo()
        self._update_preset_save()
        self._emit()

    def _on_preset_chosen(self, index: int) -> None:
        if 1 <= index <= len(self._presets):
            self.prompt_edit.setPlainText(self._presets[index - 1][1])  # emits via textChanged

    def _on_advanced_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _show_preset_row(self) -> None:
        self.preset_row.show()
        self.save_preset_button.hide()
        self._update_preset_save()
        self.preset_name_edit.setFocus()

    def _hide_preset_row(self) -> None:
        self.preset_name_edit.clear()
        self.preset_row.hide()
        self.save_preset_button.show()
        self.save_preset_button.setFocus()

    def _update_preset_save(self) -> None:
        ready = bool(self.preset_name_edit.text().strip() and self.prompt_edit.toPlainText().strip())
        self.preset_save.setEnabled(ready)

    def _save_preset(self) -> None:
        name = self.preset_name_edit.text().strip()
        text = self.prompt_edit.toPlainText()
        if name and text.strip():
            self.savePresetRequested.emit(name, text)
            self._hide_preset_row()

    # -- display helpers -----------------------------------------------------------------------
    def _show_params(self, params: GenerationParams) -> None:
        self.temperature.set_value(params.temperature)
        self.top_p.set_value(params.top_p)
        self.max_tokens.set_value(params.max_tokens)
        self.presence_penalty.set_value(params.presence_penalty)
        self.frequency_penalty.set_value(params.frequency_penalty)
        self._stop = tuple(params.stop)[:MAX_STOP_SEQUENCES]
        if parse_stop(self.stop_edit.text())[:MAX_STOP_SEQUENCES] != self._stop:
            self.stop_edit.setText(format_stop(self._stop))
        self.style_control.set_choice(style_for(params.temperature))
        self.length_control.set_choice(length_for(params.max_tokens))
        self.both_note.setVisible(both_sampling_knobs_set(params))

    def _sync_preset_combo(self) -> None:
        text = self.prompt_edit.toPlainText()
        index = next((i + 1 for i, (_, t) in enumerate(self._presets) if t == text and text), 0)
        self.preset_combo.setCurrentIndex(index)

    def _update_model_caption(self) -> None:
        model = self.model_picker.current_model()
        listed = model in self.model_picker.model_ids()
        self.model_id_label.setText(
            model if listed or not model else self.tr("{model} (not in the list)").format(model=model))
        self.model_id_label.setVisible(bool(model))


NOT_SET_STOP = QT_TRANSLATE_NOOP("ParameterSidebar", "Not set")


def _float(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setEnabled(False)  # muted
    return label
