"""The parameter sidebar rewrites every word it shows when the language changes, and keeps its state.

The sidebar is put in a state where most of its words depend on that state (a model that is not in
the list, a list from the cache, a chosen Style and Length, a saved prompt picked, too many stop
sequences, both sampling knobs set, tools with a failed server); then a translator that wraps every
sentence in ⟦…⟧ is put in force as Settings → Language does. Every word must be wrapped, and every
choice still as it was.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_chat.domain import ChatSettings, GenerationParams
from desktop_chat.ui.language import Languages
from desktop_chat.ui.sidebar.model_catalog import friendly_model_name
from desktop_chat.ui.sidebar.panel import ParameterSidebar
from tests.gui.test_every_sentence_translatable import OPEN, WrappingTranslator, untranslated

pytestmark = pytest.mark.gui

MODELS = ("claude-sonnet-4-5", "gemini-2.5-flash", "deepseek-ai/deepseek-r1-0528-maas", "llama-3-8b")
CUSTOM = "my-own-model"
PRESET = ("Brief", "Answer briefly.")
STOP = "END, STOP, DONE, QUIT, HALT"
TOOLS = {"time": ("get_current_time",), "files": ("read_file",)}
REASON = "the program was not found"
NOTE = "12 models"  # the caller's note on the list (its own words, given again by its controller)


def _data() -> tuple[str, ...]:
    return (*MODELS, *(friendly_model_name(m) for m in MODELS), CUSTOM, *PRESET, STOP, *TOOLS,
            *(t for tools in TOOLS.values() for t in tools), REASON, NOTE)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_every_word_of_the_sidebar_follows_a_language_switch(qtbot, qapp) -> None:
    panel = ParameterSidebar()
    qtbot.addWidget(panel)
    panel.resize(320, 900)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_models(MODELS, from_cache=True, note=NOTE)
    panel.set_system_prompt_presets([PRESET])
    params = GenerationParams(temperature=0.2, top_p=0.5, max_tokens=1000, stop=("END",))
    panel.set_settings(ChatSettings(CUSTOM, params, PRESET[1], 4))
    panel.stop_edit.setText(STOP)
    panel.tools_row.set_tools(TOOLS, False, failed={"files": REASON})
    panel.advanced_button.setChecked(True)
    assert panel.stop_note.isVisible() and panel.both_note.isVisible() and panel.cache_note.isVisible()
    before = panel.current_settings()
    assert QCoreApplication.translate("Any", "words") == "words"

    translator = WrappingTranslator(qapp)
    languages = Languages(qapp)
    try:
        languages.install([translator])
        problems = untranslated([panel], _data())
        assert not problems, "still in the old language after the switch:\n" + "\n".join(problems)
        assert panel.current_settings() == before
        assert panel.style_control.choice() == "Precise" and panel.length_control.choice() == "Medium"
        assert panel.preset_combo.currentIndex() == 1 and panel.preset_combo.currentText() == PRESET[0]
        assert panel.model_picker.current_model() == CUSTOM and panel.stop_edit.text() == STOP
        assert not panel.tools_row.tools_enabled()
        assert panel.cache_note.text().startswith(OPEN) and NOTE in panel.cache_note.text()
        assert panel.model_id_label.text() == f"{OPEN}{{model}} (not in the list)⟧".format(model=CUSTOM)
        assert panel.temperature.spin.text() == "0.20"  # a value, not the "Not set" words
        assert panel.keep_turns.value() == 4
    finally:
        qapp.removeTranslator(translator)
        languages.install([])
    # and back: the English words again, nothing wrapped
    assert panel.advanced_button.text() == "Advanced" and panel.max_tokens.reset_button.text() == "Reset"
    assert panel.top_p.label.text() == "Top P" and panel.current_settings() == before


def test_a_parameter_that_is_not_set_says_so_in_the_new_language(qtbot, qapp) -> None:
    panel = ParameterSidebar()
    qtbot.addWidget(panel)
    translator = WrappingTranslator(qapp)
    languages = Languages(qapp)
    try:
        languages.install([translator])
        assert panel.temperature.value() is None
        assert panel.temperature.spin.text() == f"{OPEN}Not set⟧"
        assert panel.stop_edit.placeholderText() == f"{OPEN}Not set⟧"
    finally:
        qapp.removeTranslator(translator)
        languages.install([])
