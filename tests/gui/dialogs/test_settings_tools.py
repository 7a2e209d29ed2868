"""Settings → Tools: the servers of mcp.json listed with their state, added, edited, removed (after a
question), enabled and disabled, tested with a fake tester, validated in plain sentences that keep
what was typed, secrets shown masked — and the edited list handed back when Settings is saved."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop_chat.domain import ToolSpec
from desktop_chat.settings import AppSettings, ProxyInForce, ProxySource
from desktop_chat.ui.dialogs.settings import SettingsDialog
from desktop_chat.ui.dialogs.tools_page import (
    SECRET_MASK,
    ServerDraft,
    ServerKind,
    ServerLight,
    SettingLine,
    StateKind,
    ToolsSetup,
)
from tests.gui.helpers import FakeTester, models
from tests.gui.test_every_sentence_translatable import untranslated, wrapping_translator  # noqa: F401

pytestmark = pytest.mark.gui

TIME = ServerDraft("time", ServerKind.STDIO, command="uvx", args=("mcp-server-time", "--local-timezone=UTC"),
                   auto_approve=("get_current_time",))
TICKETS = ServerDraft("tickets", ServerKind.HTTP, url="https://tickets.example.com/mcp",
                      headers=(SettingLine("Authorization", None, secret=True),))
PATH = "/home/anna/.config/desktop-chat/mcp.json"


@dataclass(frozen=True)
class Report:
    ok: bool
    tools: tuple[ToolSpec, ...] = ()
    detail: str = ""


class FakeServerTester:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.drafts: list[ServerDraft] = []

    async def __call__(self, draft: ServerDraft) -> Report:
        self.drafts.append(draft)
        await asyncio.sleep(0)
        return self.report


def spec(tool: str) -> ToolSpec:
    return ToolSpec(f"time__{tool}", "", "{}", "time", tool)


def make(qtbot, *, servers=(TIME, TICKETS), tester=None, states=None) -> SettingsDialog:
    setup = ToolsSetup(servers=tuple(servers), config_path=PATH, tester=tester,
                       states=states if states is not None else {
                           "time": ServerLight(StateKind.READY, 2),
                           "tickets": ServerLight(StateKind.FAILED, reason="the address did not answer")})
    dialog = SettingsDialog(None, settings=AppSettings(base_url="https://gw.example.com/v1"),
                            key_hint="sk-…a1b2", key_location="Secret Service",
                            effective_proxy=ProxyInForce(ProxySource.NONE),
                            tester=FakeTester(models("m")), base_url_override="", tools=setup)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.tabs.setCurrentIndex(2)
    return dialog


def page(dialog: SettingsDialog):
    assert dialog.tools_page is not None
    return dialog.tools_page


def table_rows(dialog: SettingsDialog) -> list[tuple[str, str, str]]:
    table = page(dialog).table
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def test_without_tools_there_is_no_tools_page(qtbot, qloop) -> None:
    dialog = SettingsDialog(None, settings=AppSettings(), key_hint="", key_location="",
                            effective_proxy=ProxyInForce(ProxySource.NONE), tester=FakeTester(models("m")),
                            base_url_override="")
    qtbot.addWidget(dialog)
    assert dialog.tools_page is None and dialog.tabs.count() == 2


def test_lists_servers_with_kind_and_state_and_the_file_path(qtbot, qloop) -> None:
    dialog = make(qtbot)
    assert dialog.tabs.tabText(2) == "&Tools"
    assert table_rows(dialog) == [("time", "stdio", "● ready (2 tools)"),
                                  ("tickets", "HTTP", "failed: the address did not answer")]
    tools = page(dialog)
    assert tools.table.item(1, 2).toolTip() == "the address did not answer"
    assert tools.path_label.text() == f"Saved in {PATH}"
    assert tools.path_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert tools.approved_label.text() == "Allowed without asking: get_current_time"
    tools.select(1)
    assert tools.approved_label.text() == "Every tool of this server asks before it runs."
    tools.set_states({"time": ServerLight(StateKind.STARTING)})
    assert table_rows(dialog)[0][2] == "starting…"


def test_the_enabled_tick_turns_a_server_off_and_saving_hands_the_list_back(qtbot, qloop) -> None:
    dialog = make(qtbot)
    tools = page(dialog)
    tools.set_enabled(0, False)
    assert table_rows(dialog)[0][2] == "off"
    with qtbot.waitSignal(dialog.toolsSaved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = blocker.args[0]
    assert [s.enabled for s in saved] == [False, True]
    assert saved[1] == TICKETS


def test_saving_without_edits_does_not_report_tools(qtbot, qloop) -> None:
    dialog = make(qtbot)
    got: list[object] = []
    dialog.toolsSaved.connect(got.append)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert got == []


def test_add_a_stdio_server_with_one_argument_per_line_and_a_secret(qtbot, qloop) -> None:
    dialog = make(qtbot, servers=())
    tools = page(dialog)
    assert tools.empty_label.isVisible()
    qtbot.mouseClick(tools.add_button, Qt.MouseButton.LeftButton)
    form = tools.form
    assert form.isVisible() and form.title() == "New server"
    form.name_edit.setText("files")
    form.command_edit.setText("/opt/My Tools/files-server")
    form.args_edit.setPlainText("--root\n/home/anna/My Documents\n")
    form.env_lines.add_line(SettingLine("LOG_LEVEL", "debug"))
    form.env_lines.add_line(SettingLine("API_TOKEN", "s3cret", secret=True))
    _name, value, secret = form.env_lines.rows()[1]
    assert value.echoMode() is QLineEdit.EchoMode.Password and secret.isChecked()
    form.approve_edit.setPlainText("list_files\n")
    qtbot.mouseClick(form.done_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert tools.servers() == (ServerDraft(
        "files", ServerKind.STDIO, command="/opt/My Tools/files-server",
        args=("--root", "/home/anna/My Documents"),
        env=(SettingLine("LOG_LEVEL", "debug"), SettingLine("API_TOKEN", "s3cret", secret=True)),
        auto_approve=("list_files",)),)
    assert table_rows(dialog) == [("files", "stdio", "starting…")]


def test_edit_an_http_server_shows_its_secret_masked_and_keeps_it_unless_retyped(qtbot, qloop) -> None:
    dialog = make(qtbot)
    tools = page(dialog)
    tools.select(1)
    qtbot.mouseClick(tools.edit_button, Qt.MouseButton.LeftButton)
    form = tools.form
    assert form.title() == "Edit server" and form.kind() is ServerKind.HTTP
    assert form.url_edit.isVisibleTo(form) and not form.command_edit.isVisibleTo(form)
    name, value, secret = form.header_lines.rows()[0]
    assert name.text() == "Authorization" and value.text() == "" and secret.isChecked()
    assert value.placeholderText().startswith(SECRET_MASK)
    assert value.echoMode() is QLineEdit.EchoMode.Password
    form.url_edit.setText("https://tickets.example.com/mcp/v2")
    qtbot.mouseClick(form.done_button, Qt.MouseButton.LeftButton)
    assert tools.servers()[1].headers == (SettingLine("Authorization", None, secret=True),)  # kept
    assert tools.servers()[1].url == "https://tickets.example.com/mcp/v2"
    qtbot.mouseClick(tools.edit_button, Qt.MouseButton.LeftButton)
    _n, value, _s = form.header_lines.rows()[0]
    value.setText("Bearer new")
    qtbot.mouseClick(form.done_button, Qt.MouseButton.LeftButton)
    assert tools.servers()[1].headers == (SettingLine("Authorization", "Bearer new", secret=True),)


@pytest.mark.parametrize(("fill", "sentence"), [
    ({"name": ""}, "Give the server a name."),
    ({"name": "time"}, "There is already a server called “time”."),
    ({"command": ""}, "Say which program to start (the command)."),
    ({"env": "1BAD"}, "“1BAD” cannot be the name of an environment variable: use letters, digits and _, not "
                      "starting with a digit."),
    ({"kind": ServerKind.HTTP, "url": "ftp://x"},
     "The address must start with http:// or https://, like https://tools.example.com/mcp."),
])
def test_bad_input_gets_a_plain_sentence_and_stays_as_typed(qtbot, qloop, fill, sentence) -> None:
    dialog = make(qtbot)
    tools = page(dialog)
    qtbot.mouseClick(tools.add_button, Qt.MouseButton.LeftButton)
    form = tools.form
    form.name_edit.setText(fill.get("name", "new"))
    form.command_edit.setText(fill.get("command", "run-me"))
    if "kind" in fill:
        form.kind_combo.setCurrentIndex(form.kind_combo.findData(fill["kind"]))
        form.url_edit.setText(fill["url"])
    if "env" in fill:
        form.env_lines.add_line(SettingLine(fill["env"], "v"))
    qtbot.mouseClick(form.done_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and form.problem.isVisible()
    assert form.problem.text() == sentence
    assert form.name_edit.text() == fill.get("name", "new")  # kept as typed
    assert len(tools.servers()) == 2


def test_remove_asks_first_and_cancel_keeps_the_server(qtbot, qloop) -> None:
    dialog = make(qtbot)
    tools = page(dialog)
    tools.select(0)
    qtbot.mouseClick(tools.remove_button, Qt.MouseButton.LeftButton)
    box = tools.remove_dialog()
    assert box is not None and box.text() == "Remove the server “time”?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert [s.name for s in tools.servers()] == ["time", "tickets"]
    qtbot.mouseClick(tools.remove_button, Qt.MouseButton.LeftButton)
    box = tools.remove_dialog()
    assert box is not None
    remove = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole)
    remove.click()
    assert [s.name for s in tools.servers()] == ["tickets"]


def test_test_lists_the_tools_or_says_what_failed(qtbot, qloop, run) -> None:
    tester = FakeServerTester(Report(True, (spec("get_current_time"), spec("convert_time"))))
    dialog = make(qtbot, tester=tester)
    tools = page(dialog)
    tools.select(0)
    qtbot.mouseClick(tools.test_button, Qt.MouseButton.LeftButton)
    run(tools.task)
    assert tester.drafts == [TIME]
    assert tools.status.text == "✓ Connected: 2 tools — get_current_time, convert_time"
    tester.report = Report(False, detail="uvx: command not found")
    qtbot.mouseClick(tools.add_button, Qt.MouseButton.LeftButton)  # the form's own input is tested
    tools.form.name_edit.setText("other")
    tools.form.command_edit.setText("uvx")
    qtbot.mouseClick(tools.test_button, Qt.MouseButton.LeftButton)
    run(tools.task)
    assert tester.drafts[-1].name == "other"
    assert tools.status.text == "✗ Could not connect: uvx: command not found"


def test_the_tools_page_speaks_through_translation(qtbot, qloop, wrapping_translator) -> None:  # noqa: F811
    dialog = make(qtbot, tester=FakeServerTester(Report(True)))
    tools = page(dialog)
    tools.select(1)
    tools.edit_selected()
    tools.form.header_lines.add_line(SettingLine("X-Team", "blue"))
    problems = untranslated([tools], ("time", "tickets", "uvx", "mcp-server-time", "get_current_time",
                                      "Authorization", "X-Team", "blue", "stdio", "HTTP",
                                      "the address did not answer", "--local-timezone=UTC"))
    assert dialog.tabs.tabText(2) == "⟦&Tools⟧"
    assert not problems, "\n".join(problems)


def test_the_tool_loops_limits_are_set_on_the_tools_page(qtbot, qloop) -> None:
    """How many rounds of tool calls in a row, and how long one call may take: saved with the settings."""
    dialog = SettingsDialog(None, settings=AppSettings(tool_rounds=10, tool_timeout_s=60), key_hint="",
                            key_location="", effective_proxy=ProxyInForce(ProxySource.NONE),
                            tester=None, base_url_override="", tools=ToolsSetup())
    qtbot.addWidget(dialog)
    dialog.open()
    assert (dialog.rounds_spin.value(), dialog.timeout_spin.value()) == (10, 60)
    dialog.rounds_spin.setValue(4)
    dialog.timeout_spin.setValue(15)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settings = saved.args[0]
    assert (settings.tool_rounds, settings.tool_timeout_s) == (4, 15)
