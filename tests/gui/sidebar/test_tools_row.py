"""The sidebar's tools row: hidden without servers, "Tools: time, files (3 tools)", a failed server
named with its reason in the tooltip, the per-chat switch (silent when set, signalled when clicked),
and its words through Qt's translation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_chat.ui.sidebar.panel import ParameterSidebar
from desktop_chat.ui.sidebar.tools_row import ToolsRow
from tests.gui.test_every_sentence_translatable import untranslated, wrapping_translator  # noqa: F401

pytestmark = pytest.mark.gui

TOOLS = {"time": ("get_current_time", "convert_time"), "files": ("read_file",)}


@pytest.fixture
def sidebar(qtbot) -> ParameterSidebar:
    panel = ParameterSidebar()
    qtbot.addWidget(panel)
    panel.resize(300, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_row_is_in_the_sidebar_and_hidden_without_servers(sidebar: ParameterSidebar) -> None:
    row = sidebar.tools_row
    assert isinstance(row, ToolsRow) and not row.isVisible()
    row.set_tools(TOOLS, True)
    assert row.isVisible()
    row.set_tools({}, True)
    assert not row.isVisible()


def test_names_the_servers_and_counts_their_tools(sidebar: ParameterSidebar) -> None:
    row = sidebar.tools_row
    row.set_tools(TOOLS, True)
    assert row.label.text() == "Tools: time, files (3 tools)"
    assert row.label.toolTip() == "time: get_current_time, convert_time\nfiles: read_file"
    assert not row.failed_label.isVisible()
    assert row.switch.text() == "Use tools in this chat" and row.switch.isChecked()


def test_a_failed_server_shows_as_such_with_its_reason(sidebar: ParameterSidebar) -> None:
    row = sidebar.tools_row
    row.set_tools(TOOLS, True, failed={"files": "the program was not found"})
    assert row.label.text() == "Tools: time (2 tools)"
    assert row.failed_label.isVisible() and row.failed_label.text() == "Not working: files"
    assert row.failed_label.toolTip() == "files: the program was not found"
    row.set_tools({"files": ()}, True, failed={"files": "the program was not found"})
    assert row.isVisible() and row.label.text() == "Tools: none working"


def test_the_switch_is_silent_when_set_and_signals_when_clicked(qtbot, sidebar: ParameterSidebar) -> None:
    row = sidebar.tools_row
    got: list[bool] = []
    row.toolsToggled.connect(got.append)
    row.set_tools(TOOLS, False)
    row.set_tools(TOOLS, True)
    assert got == []
    qtbot.mouseClick(row.switch, Qt.MouseButton.LeftButton)
    assert got == [False] and not row.tools_enabled()
    row.switch.setFocus()
    qtbot.keyClick(row.switch, Qt.Key.Key_Space)
    assert got == [False, True]


def test_the_row_speaks_through_translation(qtbot, wrapping_translator) -> None:  # noqa: F811
    row = ToolsRow()
    qtbot.addWidget(row)
    row.set_tools(TOOLS, True, failed={"mail": "no answer"})
    problems = untranslated([row], ("time", "files", "mail", "no answer", "get_current_time", "convert_time",
                                    "read_file"))
    assert not problems, "\n".join(problems)
