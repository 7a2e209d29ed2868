"""Settings → Models: each model's figures in force and where they come from, the person's own
figures (typed, refused, emptied, reset), an added model, and who writes summaries and chat names —
alone, then opened from the window on the simulator's model list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget, QTableWidgetItem

from desktop_chat.domain import ModelFacts, Price
from desktop_chat.services import STANDARD_FACTS, ModelKnowledge
from desktop_chat.settings import AppSettings, ModelOverride, ProxyInForce, ProxySource
from desktop_chat.ui.dialogs.model_figures import (
    Entry,
    FigureKind,
    Refusal,
    number_locale,
    price_text,
    read_entry,
)
from desktop_chat.ui.dialogs.model_table import IMAGE_COLUMNS, Column
from desktop_chat.ui.dialogs.settings import SettingsDialog
from tests.gui.helpers import SHELL_KEY, FakeTester, models, next_tab_stop

pytestmark = pytest.mark.gui

SONNET = "claude-sonnet-4-5"
SETTINGS = AppSettings(base_url="https://gw.example.com/v1")


def n(value: int) -> str:
    """A token count as the table shows it in this locale."""
    return number_locale().toString(value)


def make(qtbot, settings=SETTINGS, **kw) -> SettingsDialog:
    dialog = SettingsDialog(None, settings=settings, key_hint="sk-…a1b2", key_location="Secret Service",
                            effective_proxy=ProxyInForce(ProxySource.NONE), tester=FakeTester(models("m")),
                            base_url_override="", **kw)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.tabs.setCurrentIndex(1)
    return dialog


def save(qtbot, dialog):
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def cell(table: QTableWidget, row: int, column: Column) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def type_into_cell(qtbot, dialog, model: str, column: Column, text: str) -> QLineEdit:
    """Open the cell's editor as a double click would, type `text` and press Enter."""
    table = dialog.models_page.figures.table
    item = table.item(dialog.models_page.figures.row_of(model), column)
    table.setCurrentItem(item)
    table.editItem(item)
    index = table.indexFromItem(item)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is not editor)  # the delegate commits queued
    return editor


# --- reading what is typed -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("200000", 200_000), (" 200,000 ", 200_000), ("200 000", 200_000), ("200k", 200_000),
    ("1.5M", 1_500_000), ("100000000", 100_000_000), ("", None),
])
def test_token_entries_read(qapp, text, value) -> None:
    assert read_entry(FigureKind.TOKENS, text) == Entry(value)


@pytest.mark.parametrize("text", ["lots", "0", "-5", "1.5", "100000001", "nan", "1e3"])
def test_bad_token_entries_refused(qapp, text) -> None:
    refused = read_entry(FigureKind.TOKENS, text)
    assert isinstance(refused, Refusal) and f"“{text}”" in refused.message
    assert n(100_000_000) in refused.message


@pytest.mark.parametrize(("text", "value"), [("3.5", 3.5), ("$0.075", 0.075), ("0", 0.0), ("10000", 10_000.0),
                                             ("", None)])
def test_price_entries_read(qapp, text, value) -> None:
    assert read_entry(FigureKind.PRICE, text) == Entry(value)


@pytest.mark.parametrize("text", ["free", "-1", "10001", "nan", "inf"])
def test_bad_price_entries_refused(qapp, text) -> None:
    refused = read_entry(FigureKind.PRICE, text)
    assert isinstance(refused, Refusal) and "price" in refused.message


def test_prices_keep_their_decimals(qapp) -> None:
    assert [price_text(p) for p in (3.0, 0.8, 0.075, 1.35)] == ["3.00", "0.80", "0.075", "1.35"]
    assert price_text(None) == ""


# --- the table -----------------------------------------------------------------------------------
def test_the_seed_models_show_their_standard_figures(qtbot, qloop) -> None:
    dialog = make(qtbot)  # no limits given: the standard figures
    figures = dialog.models_page.figures
    assert figures.models() == tuple(STANDARD_FACTS)
    assert [figures.cell_text(SONNET, c) for c in Column if c not in IMAGE_COLUMNS] == [
        SONNET, n(200_000), n(64_000), "3.00", "15.00", "Standard"]
    assert figures.cell_text("gemini-2.5-pro", Column.WINDOW) == n(1_048_576) == "1,048,576"
    assert dialog.models_page.figures.note.text() == (
        "Prices are estimates from the providers' public list prices; your gateway may charge differently.")
    assert dialog.models_page.figures.note.isVisible()


def test_the_gateway_and_what_was_learned_win_over_standard(qtbot, qloop, tmp_path) -> None:
    knowledge = ModelKnowledge(tmp_path / "knowledge.json", gateway=lambda: "https://gw.example.com/v1")
    knowledge.set_listed([ModelFacts(SONNET, 1_000_000, None, Price(2.0, 12.0)),
                          ModelFacts("gpt-4o", 128_000, 16_384, None)])
    knowledge.learn_window("gemini-2.5-flash", 900_000)
    dialog = make(qtbot, limits=knowledge.limits, models=("gpt-4o", SONNET, "gemini-2.5-flash"))
    figures = dialog.models_page.figures
    assert [figures.cell_text(SONNET, c) for c in Column if c not in IMAGE_COLUMNS] == [
        SONNET, n(1_000_000), n(64_000), "2.00", "12.00", "Gateway"]
    table = figures.table
    assert cell(table, figures.row_of(SONNET), Column.WINDOW).toolTip() == "From: Gateway"
    gpt = [figures.cell_text("gpt-4o", c) for c in Column if c not in IMAGE_COLUMNS]
    assert gpt == ["gpt-4o", n(128_000), n(16_384), "", "", "Gateway"]
    assert cell(table, figures.row_of("gpt-4o"), Column.INPUT).toolTip() == "Not known: type a figure"
    learned = [figures.cell_text("gemini-2.5-flash", c) for c in (Column.WINDOW, Column.SOURCE)]
    assert learned == [n(900_000), "Learned from an error, Standard"]  # the prices are standard


def test_typing_a_figure_makes_it_yours_and_saves_it(qtbot, qloop) -> None:
    dialog = make(qtbot)
    figures = dialog.models_page.figures
    type_into_cell(qtbot, dialog, SONNET, Column.WINDOW, "150000")
    assert figures.cell_text(SONNET, Column.WINDOW) == n(150_000)
    assert figures.cell_text(SONNET, Column.SOURCE) == "Yours, Standard"
    assert cell(figures.table, figures.row_of(SONNET), Column.WINDOW).font().bold()
    assert figures.enter(figures.row_of(SONNET), Column.OUTPUT, "12.5")
    assert figures.cell_text(SONNET, Column.OUTPUT) == "12.50"
    new = save(qtbot, dialog)
    assert new.model_overrides == (ModelOverride(SONNET, context_window=150_000, output_price=12.5),)
    assert new.base_url == SETTINGS.base_url and new.title_model == SETTINGS.title_model


def test_a_bad_entry_is_refused_and_what_was_typed_comes_back(qtbot, qloop) -> None:
    dialog = make(qtbot)
    figures = dialog.models_page.figures
    type_into_cell(qtbot, dialog, SONNET, Column.WINDOW, "lots")
    assert figures.status.kind == "error" and "“lots” is not a number of tokens" in figures.status.text
    assert figures.cell_text(SONNET, Column.WINDOW) == n(200_000)  # the figure in force is kept
    table = figures.table
    index = table.model().index(figures.row_of(SONNET), Column.WINDOW)
    qtbot.waitUntil(lambda: isinstance(table.indexWidget(index), QLineEdit))  # the cell opens again…
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit) and editor.text() == "lots"  # …with what was typed, to correct
    editor.selectAll()
    qtbot.keyClicks(editor, "180k")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is not editor)
    assert figures.cell_text(SONNET, Column.WINDOW) == n(180_000) and not figures.status.isVisible()
    row = figures.row_of(SONNET)
    assert not figures.enter(row, Column.ANSWER, "190000")  # longer than the context window
    assert "can't be longer than the context window" in figures.status.text
    assert not figures.enter(row, Column.INPUT, "-1") and "is not a price" in figures.status.text
    assert save(qtbot, dialog).model_overrides == (ModelOverride(SONNET, context_window=180_000),)


def test_emptying_a_cell_gives_the_other_figures_back(qtbot, qloop) -> None:
    settings = AppSettings(model_overrides=(ModelOverride(SONNET, context_window=100_000, input_price=1.0),))
    dialog = make(qtbot, settings)
    figures = dialog.models_page.figures
    assert figures.cell_text(SONNET, Column.WINDOW) == n(100_000)
    assert figures.cell_text(SONNET, Column.INPUT) == "1.00"
    type_into_cell(qtbot, dialog, SONNET, Column.WINDOW, "")
    assert figures.cell_text(SONNET, Column.WINDOW) == n(200_000)
    assert figures.cell_text(SONNET, Column.SOURCE) == "Yours, Standard"  # the input price is still yours
    figures.table.setCurrentCell(figures.row_of(SONNET), Column.INPUT)
    figures.table.setFocus()
    qtbot.keyClick(figures.table, Qt.Key.Key_Delete)  # Delete empties a cell too
    assert figures.cell_text(SONNET, Column.INPUT) == "3.00"
    assert figures.cell_text(SONNET, Column.SOURCE) == "Standard"
    assert save(qtbot, dialog).model_overrides == ()


def test_reset_drops_your_figures_for_the_selected_models(qtbot, qloop) -> None:
    mine = (ModelOverride(SONNET, max_output=8_000), ModelOverride("gemini-2.5-pro", output_price=8.0),
            ModelOverride("my-local-model", context_window=32_768))  # not in the list: shown anyway
    dialog = make(qtbot, AppSettings(model_overrides=mine))
    figures = dialog.models_page.figures
    assert figures.models()[-1] == "my-local-model"
    assert figures.cell_text("my-local-model", Column.SOURCE) == "Yours"
    assert not figures.reset_button.isEnabled()  # nothing selected
    figures.table.selectRow(figures.row_of("claude-opus-4"))
    assert not figures.reset_button.isEnabled()  # nothing of yours there
    figures.table.selectRow(figures.row_of(SONNET))
    assert figures.reset_button.isEnabled()
    qtbot.mouseClick(figures.reset_button, Qt.MouseButton.LeftButton)
    assert figures.cell_text(SONNET, Column.ANSWER) == n(64_000)
    assert figures.cell_text(SONNET, Column.SOURCE) == "Standard"
    assert not figures.reset_button.isEnabled()
    assert save(qtbot, dialog).model_overrides == mine[1:]


def test_a_model_not_in_the_list_can_be_added(qtbot, qloop) -> None:
    dialog = make(qtbot)
    figures = dialog.models_page.figures
    assert not figures.add_button.isEnabled()
    qtbot.keyClicks(figures.add_edit, "  acme/small-1 ")
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(figures.add_edit, Qt.Key.Key_Return)  # Enter adds; it doesn't save the dialog
    assert dialog.isVisible() and figures.add_edit.text() == ""
    added = [figures.cell_text("acme/small-1", c) for c in Column if c not in IMAGE_COLUMNS]
    assert added == ["acme/small-1", "", "", "", "", "Not known"]
    assert figures.table.currentRow() == figures.row_of("acme/small-1")
    assert dialog.models_page.summary_combo.findData("acme/small-1") >= 0
    assert dialog.models_page.title_combo.findData("acme/small-1") >= 0
    assert figures.add_model(SONNET) == figures.row_of(SONNET)  # already there: found, not doubled
    assert figures.models().count(SONNET) == 1
    assert save(qtbot, dialog).model_overrides == ()  # a row without figures of yours isn't saved
    dialog = make(qtbot)
    row = dialog.models_page.figures.add_model("acme/small-1")
    dialog.models_page.figures.enter(row, Column.WINDOW, "32768")
    assert save(qtbot, dialog).model_overrides == (ModelOverride("acme/small-1", context_window=32_768),)


# --- summaries and titles ------------------------------------------------------------------------
def test_summary_and_title_settings_round_trip(qtbot, qloop) -> None:
    page = make(qtbot).models_page
    assert page.summary_combo.currentText() == "The chat's own model"
    assert page.summary_combo.currentData() == ""
    assert page.titles_check.isChecked() and page.title_combo.isEnabled()
    assert page.title_combo.currentData() == "gemini-2.5-flash-lite"

    settings = AppSettings(summary_model="gemini-2.5-flash", auto_titles=False, title_model="acme/tiny")
    dialog = make(qtbot, settings)
    page = dialog.models_page
    assert page.summary_combo.currentData() == "gemini-2.5-flash"
    assert not page.titles_check.isChecked() and not page.title_combo.isEnabled()
    assert page.title_combo.currentData() == "acme/tiny"  # not listed, still kept
    assert save(qtbot, dialog) == settings

    dialog = make(qtbot, settings)
    page = dialog.models_page
    page.summary_combo.setCurrentIndex(0)
    # on its box (the check box spans the row; only its box and words take a click)
    box = QPoint(8, page.titles_check.height() // 2)
    qtbot.mouseClick(page.titles_check, Qt.MouseButton.LeftButton, pos=box)
    assert page.title_combo.isEnabled()
    page.title_combo.setCurrentIndex(page.title_combo.findData("gemini-2.0-flash-lite"))
    new = save(qtbot, dialog)
    assert (new.summary_model, new.auto_titles, new.title_model) == ("", True, "gemini-2.0-flash-lite")


def test_models_page_names_and_tab_order(qtbot, qloop) -> None:
    dialog = make(qtbot)
    page = dialog.models_page
    figures = page.figures
    figures.add_edit.setText("x")  # Add is enabled, so it takes part in the Tab order
    for widget in (figures.table, figures.add_edit, figures.add_button, figures.reset_button,
                   page.summary_combo, page.titles_check, page.title_combo, dialog.tabs):
        assert widget.accessibleName(), widget
    assert next_tab_stop(figures.table) is figures.add_edit
    assert next_tab_stop(figures.add_edit) is figures.add_button
    assert next_tab_stop(figures.add_button) is page.summary_combo  # Reset is disabled: skipped
    assert next_tab_stop(page.summary_combo) is page.titles_check
    assert next_tab_stop(page.titles_check) is page.title_combo
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["&General", "&Models"]


def test_a_problem_on_the_general_page_shows_that_page(qtbot, qloop) -> None:
    dialog = make(qtbot)
    dialog.url_edit.setText("ftp://nope")
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()
    assert dialog.tabs.currentIndex() == 0 and dialog.url_warning.isVisible()


# --- in the window -------------------------------------------------------------------------------
def test_opened_from_the_window_lists_the_gateway_and_seed_models(qtbot, make_shell, sim) -> None:
    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY})
    qtbot.waitUntil(lambda: "Connected" in shell.status.connection_label.text(), timeout=10000)
    listed = shell.session.models.models
    assert listed
    shell.gateway.open_settings()
    dialog = shell.gateway.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    shown = dialog.models_page.figures.models()
    assert shown == tuple(dict.fromkeys((*listed, *STANDARD_FACTS)))
    assert dialog.models_page.figures.cell_text(SONNET, Column.WINDOW) == n(200_000)
    dialog.reject()


def test_which_models_see_and_draw_images_shows_what_is_known_and_can_be_changed(qtbot, qloop) -> None:
    """A check in the table sends pictures to (or asks pictures of) a model; the known list is the
    default; a tick of the person's is saved and Reset gives the known value back."""
    dialog = make(qtbot)
    figures = dialog.models_page.figures
    table = figures.table
    r1 = "deepseek-ai/deepseek-r1-0528-maas"
    image_model = "gemini-2.5-flash-image-preview"

    def checked(model: str, column: Column) -> bool:
        return cell(table, figures.row_of(model), column).checkState() == Qt.CheckState.Checked

    assert checked(SONNET, Column.SEES_IMAGES) and not checked(SONNET, Column.DRAWS_IMAGES)
    assert not checked(r1, Column.SEES_IMAGES)
    assert checked(image_model, Column.DRAWS_IMAGES)
    cell(table, figures.row_of(r1), Column.SEES_IMAGES).setCheckState(Qt.CheckState.Checked)
    assert checked(r1, Column.SEES_IMAGES)
    assert cell(table, figures.row_of(r1), Column.SEES_IMAGES).toolTip() == "Your setting"
    new = save(qtbot, dialog)
    assert ModelOverride(r1, reads_images=True) in new.model_overrides
    table.selectRow(figures.row_of(r1))
    figures.reset_selected()
    assert not checked(r1, Column.SEES_IMAGES)
