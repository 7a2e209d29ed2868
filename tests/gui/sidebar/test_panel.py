"""The parameter sidebar: user edits emit ChatSettings, code feeding is silent, presets, notes, the
model picker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_chat.api import SEED_MODELS
from desktop_chat.domain import GenerationParams
from desktop_chat.ui.sidebar.panel import BOTH_CHANGED_NOTE, ChatSettings, ParameterSidebar
from desktop_chat.ui.sidebar.widgets import ModelPicker

pytestmark = pytest.mark.gui


PRESETS = (("Translator", "Translate into English."), ("Short answers", "Answer briefly."))


@pytest.fixture
def sidebar(qtbot):
    widget = ParameterSidebar()
    qtbot.addWidget(widget)
    widget.resize(300, 900)
    widget.set_models(SEED_MODELS, from_cache=False)
    widget.set_system_prompt_presets(PRESETS)
    widget.set_settings(ChatSettings("gemini-2.5-flash", GenerationParams(), ""))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def last_settings(qtbot, signal, action) -> ChatSettings:
    with qtbot.waitSignal(signal) as blocker:
        action()
    return blocker.args[0]


def test_set_settings_shows_values_without_emitting(qtbot, sidebar):
    settings = ChatSettings("claude-sonnet-4-5", GenerationParams(temperature=0.2, max_tokens=3000,
                                                                   stop=("END",)), "Answer briefly.")
    with qtbot.assertNotEmitted(sidebar.settingsChanged):
        sidebar.set_settings(settings)
        sidebar.set_models(SEED_MODELS, from_cache=True)
        sidebar.set_system_prompt_presets(PRESETS)
    assert sidebar.current_settings() == settings
    assert sidebar.model_picker.currentText() == "Claude Sonnet 4.5"
    assert sidebar.model_id_label.text() == "claude-sonnet-4-5"
    assert sidebar.style_control.choice() == "Precise"
    assert sidebar.length_control.choice() == "Detailed"
    assert sidebar.preset_combo.currentText() == "Short answers"
    assert sidebar.stop_edit.text() == "END"
    assert sidebar.temperature.spin.value() == pytest.approx(0.2)
    assert sidebar.top_p.spin.text() == "Not set"


def test_style_preset_clicks(qtbot, sidebar):
    button = sidebar.style_control.buttons["Precise"]
    got = last_settings(qtbot, sidebar.settingsChanged,
                        lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert got.params.temperature == 0.2 and got.model == "gemini-2.5-flash"
    assert sidebar.temperature.value() == pytest.approx(0.2)
    got = last_settings(qtbot, sidebar.settingsChanged, sidebar.style_control.buttons["Creative"].click)
    assert got.params.temperature == 1.0
    assert not button.isChecked()
    got = last_settings(qtbot, sidebar.settingsChanged, sidebar.style_control.buttons["Creative"].click)
    assert got.params.temperature is None  # clicking the chosen one again clears it
    assert sidebar.style_control.choice() is None


def test_length_preset_clicks(qtbot, sidebar):
    for name, tokens in (("Short", 300), ("Medium", 1000), ("Detailed", 3000)):
        got = last_settings(qtbot, sidebar.settingsChanged, sidebar.length_control.buttons[name].click)
        assert got.params.max_tokens == tokens
    assert sidebar.max_tokens.spin.value() == 3000


def test_advanced_fields_sync_presets_and_show_the_both_note(qtbot, sidebar):
    sidebar.advanced_button.click()
    assert sidebar.advanced.isVisible()
    got = last_settings(qtbot, sidebar.settingsChanged, lambda: sidebar.temperature.spin.setValue(0.7))
    assert got.params.temperature == pytest.approx(0.7)
    assert sidebar.style_control.choice() == "Balanced"
    assert not sidebar.both_note.isVisible()
    got = last_settings(qtbot, sidebar.settingsChanged, lambda: sidebar.top_p.spin.setValue(0.5))
    assert got.params.top_p == pytest.approx(0.5)
    assert sidebar.both_note.isVisible() and BOTH_CHANGED_NOTE in sidebar.both_note.text()
    got = last_settings(qtbot, sidebar.settingsChanged, sidebar.top_p.reset_button.click)
    assert got.params.top_p is None and not sidebar.both_note.isVisible()
    assert not sidebar.top_p.reset_button.isEnabled()
    got = last_settings(qtbot, sidebar.settingsChanged, lambda: sidebar.max_tokens.spin.setValue(300))
    assert got.params.max_tokens == 300 and sidebar.length_control.choice() == "Short"
    got = last_settings(qtbot, sidebar.settingsChanged, lambda: sidebar.presence_penalty.spin.setValue(-1.5))
    assert got.params.presence_penalty == pytest.approx(-1.5)
    got = last_settings(qtbot, sidebar.settingsChanged, lambda: sidebar.frequency_penalty.spin.setValue(2.0))
    assert got.params.frequency_penalty == pytest.approx(2.0)
    # stepping below the minimum means "not set"
    got = last_settings(qtbot, sidebar.settingsChanged, lambda: sidebar.presence_penalty.spin.stepDown())
    assert got.params.presence_penalty == pytest.approx(-1.6)
    sidebar.presence_penalty.spin.setValue(-2.0)
    got = last_settings(qtbot, sidebar.settingsChanged, lambda: sidebar.presence_penalty.spin.stepDown())
    assert got.params.presence_penalty is None
    assert sidebar.presence_penalty.spin.text() == "Not set"


def test_both_note_when_loaded_with_both(qtbot, sidebar):
    sidebar.set_settings(ChatSettings("m", GenerationParams(temperature=0.3, top_p=0.3), ""))
    assert sidebar.both_note.isVisible()  # shown even with Advanced folded


def test_slider_emits_when_let_go_and_on_keys(qtbot, sidebar):
    sidebar.advanced_button.click()
    slider = sidebar.temperature.slider
    emitted = []
    sidebar.settingsChanged.connect(emitted.append)
    slider.setSliderDown(True)
    slider.setValue(10)  # dragging: the spin box follows, no signal yet
    assert sidebar.temperature.spin.value() == pytest.approx(0.5) and emitted == []
    slider.setSliderDown(False)  # emits sliderReleased
    assert [s.params.temperature for s in emitted] == [pytest.approx(0.5)]
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert emitted[-1].params.temperature == pytest.approx(0.55)


def test_stop_sequences(qtbot, sidebar):
    sidebar.advanced_button.click()
    sidebar.stop_edit.setText(r"END, \n\n, a, b, c")
    assert sidebar.stop_note.isVisible() and "first 4" in sidebar.stop_note.text()
    got = last_settings(qtbot, sidebar.settingsChanged, sidebar.stop_edit.editingFinished.emit)
    assert got.params.stop == ("END", "\n\n", "a", "b")
    with qtbot.assertNotEmitted(sidebar.settingsChanged):
        sidebar.stop_edit.editingFinished.emit()  # unchanged


def test_model_picker(qtbot, sidebar):
    picker = sidebar.model_picker
    items = picker.model()
    heading = items.item(0)
    assert heading.text() == "Anthropic Claude" and not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    row = next(r for r in range(items.rowCount()) if items.item(r).data(picker.ID_ROLE) == "claude-opus-4-1")
    assert items.item(row).toolTip() == "claude-opus-4-1"
    got = last_settings(qtbot, sidebar.settingsChanged, lambda: picker.activated.emit(row))
    assert got.model == "claude-opus-4-1"
    assert picker.currentText() == "Claude Opus 4.1" and sidebar.model_id_label.text() == "claude-opus-4-1"
    picker.setEditText("my-company/custom-llm")
    got = last_settings(qtbot, sidebar.settingsChanged, picker.lineEdit().editingFinished.emit)
    assert got.model == "my-company/custom-llm"
    assert sidebar.model_id_label.text() == "my-company/custom-llm (not in the list)"
    picker.setEditText("Gemini 2.5 Pro")  # a listed name typed in full
    got = last_settings(qtbot, sidebar.settingsChanged, picker.lineEdit().editingFinished.emit)
    assert got.model == "gemini-2.5-pro"
    picker.setEditText("   ")  # emptied: the current model comes back
    with qtbot.assertNotEmitted(sidebar.settingsChanged):
        picker.lineEdit().editingFinished.emit()
    assert picker.current_model() == "gemini-2.5-pro"


def test_models_from_cache_note_and_refresh(qtbot, sidebar):
    sidebar.set_models(["gemini-2.5-flash"], from_cache=True, note="Updated 3 days ago")
    assert sidebar.cache_note.isVisible()
    assert sidebar.cache_note.text() == "from cache (offline) · Updated 3 days ago"
    assert sidebar.model_picker.currentText() == "Gemini 2.5 Flash"  # selection kept
    sidebar.set_models(SEED_MODELS, from_cache=False)
    assert not sidebar.cache_note.isVisible()
    with qtbot.waitSignal(sidebar.refreshModelsRequested):
        qtbot.mouseClick(sidebar.refresh_button, Qt.MouseButton.LeftButton)


def test_system_prompt_and_presets(qtbot, sidebar):
    got = last_settings(qtbot, sidebar.settingsChanged, lambda: sidebar.preset_combo.activated.emit(1))
    assert got.system_prompt == "Translate into English."
    assert sidebar.preset_combo.currentText() == "Translator"
    sidebar.prompt_edit.moveCursor(QTextCursor.MoveOperation.End)
    got = last_settings(qtbot, sidebar.settingsChanged, lambda: qtbot.keyClicks(sidebar.prompt_edit, "!"))
    assert got.system_prompt.endswith("!")
    assert sidebar.preset_combo.currentIndex() == 0  # no longer a preset


def test_save_as_preset(qtbot, sidebar):
    sidebar.prompt_edit.setPlainText("Be kind.")
    qtbot.mouseClick(sidebar.save_preset_button, Qt.MouseButton.LeftButton)
    assert sidebar.preset_row.isVisible() and not sidebar.preset_save.isEnabled()
    qtbot.keyClicks(sidebar.preset_name_edit, "Kind")
    with qtbot.waitSignal(sidebar.savePresetRequested) as blocker:
        qtbot.keyClick(sidebar.preset_name_edit, Qt.Key.Key_Return)
    assert blocker.args == ["Kind", "Be kind."]
    assert not sidebar.preset_row.isVisible()
    qtbot.mouseClick(sidebar.save_preset_button, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(sidebar.savePresetRequested):
        sidebar.preset_cancel.click()
    assert not sidebar.preset_row.isVisible()


def test_make_default(qtbot, sidebar):
    sidebar.style_control.buttons["Precise"].click()
    with qtbot.waitSignal(sidebar.makeDefaultRequested) as blocker:
        qtbot.mouseClick(sidebar.default_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == ChatSettings("gemini-2.5-flash", GenerationParams(temperature=0.2), "")


def test_tooltips_quote_the_tuning_guide_and_names(qtbot, sidebar):
    assert "0.0–0.3: more deterministic" in sidebar.temperature.spin.toolTip()
    assert "Usually adjust either temperature or top_p" in sidebar.top_p.spin.toolTip()
    assert "Detailed responses: 1500–3000" in sidebar.max_tokens.spin.toolTip()
    assert "creative writing" in sidebar.style_control.buttons["Creative"].toolTip()
    sidebar.advanced_button.click()
    from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit

    kinds = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit)
    widgets = [w for kind in kinds for w in sidebar.findChildren(kind)]
    assert len(widgets) > 20
    for widget in widgets:
        internal = isinstance(widget.parent(), QAbstractSpinBox | QComboBox | QLineEdit)
        if internal or not widget.isVisibleTo(sidebar):
            continue
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget


def test_model_popup_shows_the_whole_seed_list_without_scrolling(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = ModelPicker()
    qtbot.addWidget(picker)
    picker.set_models(list(SEED_MODELS))
    rows = picker.model().rowCount()  # models plus vendor headings
    assert rows > 10  # Qt's default of 10 visible rows would cut this list
    assert picker.maxVisibleItems() >= rows
