"""The "Tools" page of Settings: the MCP servers of mcp.json — list, add, edit, remove, enable, test.

Why this shape:
- The page edits a list of `ServerDraft`s (its own frozen rows; the creator maps them to and from
  the runtime's configuration) and hands it back with `servers()`; saving the file and the secrets
  is the creator's job, as the rest of Settings saves nothing itself.
- The edit form is part of the page, not a second dialog (no nested modal loop): name; a local
  program (stdio) with its command, its arguments — ONE ARGUMENT PER LINE, taken literally, so a
  path with spaces needs no quotes and nothing is ever interpreted by a shell — and its environment;
  or a remote server (HTTP) with its URL and headers. Environment and header lines are a name, a
  value and a "Secret" tick: a secret's value goes to the keyring (the creator stores it), the page
  shows it as •••• and never gets it back — left empty, the stored one is kept.
- Input that is wrong gets one plain sentence under the form and stays as typed.
- "Test" connects with what the form says (or the selected server) through the creator's
  `tester(draft)` and says "Connected: 2 tools — get_current_time, convert_time" or what failed.
- Remove asks first (non-blocking, Cancel is the default).
"""

from __future__ import annotations

import asyncio
import enum
import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.domain import ToolSpec
from desktop_chat.ui.policy_words import LockedCaption, lock, set_by_organisation
from desktop_chat.ui.tasks import TaskRunner
from desktop_chat.ui.window.status_line import StatusLine, note_label, show_note
from desktop_chat.ui.words import tools as words

log = logging.getLogger(__name__)

SECRET_MASK = "••••"
MAX_NAME = 100


class ServerKind(enum.Enum):
    STDIO = "stdio"  # a local program
    HTTP = "http"  # a remote server (Streamable HTTP)


@dataclass(frozen=True, slots=True)
class SettingLine:
    """One environment variable or header. `value` None: a secret kept in the keyring, unchanged."""

    name: str
    value: str | None
    secret: bool = False


@dataclass(frozen=True, slots=True)
class ServerDraft:
    """One server as the page edits it (mapped to and from mcp.json by the creator)."""

    name: str
    kind: ServerKind
    command: str = ""
    args: tuple[str, ...] = ()
    env: tuple[SettingLine, ...] = ()
    url: str = ""
    headers: tuple[SettingLine, ...] = ()
    enabled: bool = True
    auto_approve: tuple[str, ...] = ()  # the server's own tool names, run without asking


class StateKind(enum.Enum):
    READY = "ready"
    STARTING = "starting"
    FAILED = "failed"
    OFF = "off"


@dataclass(frozen=True, slots=True)
class ServerLight:
    """How a server is doing, as the list shows it ("● ready (2 tools)", "failed: …")."""

    kind: StateKind
    tools: int = 0
    reason: str = ""  # FAILED: in plain words


class TestReportLike(Protocol):
    """What the tester answers (the runtime's TestReport fits)."""

    @property
    def ok(self) -> bool: ...
    @property
    def tools(self) -> Sequence[ToolSpec]: ...
    @property
    def detail(self) -> str: ...


ServerTester = Callable[[ServerDraft], Awaitable[TestReportLike]]


@dataclass(frozen=True, slots=True)
class ToolsSetup:
    """What the creator of Settings gives the Tools page."""

    servers: tuple[ServerDraft, ...] = ()
    config_path: str = ""  # mcp.json, shown as selectable text
    tester: ServerTester | None = None
    states: Mapping[str, ServerLight] = field(default_factory=dict)
    failure_words: Callable[[TestReportLike], str] | None = None  # a failed test in plain words
    organisations: frozenset[str] = frozenset()  # the policy's servers: listed, not editable or removable
    own_allowed: bool = True  # False: the policy lets only its servers run ("Add" is disabled)


_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def state_text(light: ServerLight | None, enabled: bool) -> str:
    if not enabled:
        return words.state_off()
    if light is None or light.kind is StateKind.STARTING:
        return words.state_starting()
    if light.kind is StateKind.READY:
        return words.state_ready(light.tools)
    if light.kind is StateKind.FAILED:
        return words.state_failed(light.reason)
    return words.state_off()


class LinesEditor(QWidget):
    """Name / value / Secret lines (environment variables or headers), with Add and remove."""

    def __init__(self, parent: QWidget, *, what: str, name_placeholder: str) -> None:
        super().__init__(parent)
        self.setAccessibleName(what)
        self._placeholder = name_placeholder
        self._rows: list[tuple[QWidget, QLineEdit, QLineEdit, QCheckBox]] = []
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add a line"), self)
        self.add_button.setAccessibleName(self.tr("Add a line to {what}").format(what=what))
        self.add_button.clicked.connect(lambda: self.add_line(SettingLine("", "")))
        self._box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._what = what

    def set_lines(self, lines: Sequence[SettingLine]) -> None:
        for row, *_ in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        for line in lines:
            self.add_line(line)

    def add_line(self, line: SettingLine) -> None:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        name = QLineEdit(line.name, row)
        name.setPlaceholderText(self._placeholder)
        name.setAccessibleName(self.tr("Name"))
        value = QLineEdit("" if line.value is None else line.value, row)
        value.setAccessibleName(self.tr("Value"))
        secret = QCheckBox(self.tr("Secret"), row)
        secret.setAccessibleName(self.tr("Keep this value secret, in the keyring"))
        secret.setToolTip(self.tr(
            "A secret is kept in the system's keyring, not in mcp.json, and shown as ••••"))
        remove = QToolButton(row)
        remove.setText("✕")
        remove.setAccessibleName(self.tr("Remove this line"))
        remove.setToolTip(self.tr("Remove this line"))
        secret.setChecked(line.secret)
        value.setProperty("kept", line.value is None)
        self._mask(value, line.secret)
        secret.toggled.connect(lambda on, v=value: self._mask(v, on))
        remove.clicked.connect(lambda _=False, r=row: self._remove(r))
        for widget in (name, value):
            layout.addWidget(widget, 1)
        layout.addWidget(secret)
        layout.addWidget(remove)
        self._box.insertWidget(len(self._rows), row)
        self._rows.append((row, name, value, secret))
        if self.isVisible():
            row.show()

    def _mask(self, value: QLineEdit, secret: bool) -> None:
        value.setEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
        kept = bool(value.property("kept")) and not value.text()
        value.setPlaceholderText(
            self.tr("{mask} (kept in the keyring; type to replace)").format(mask=SECRET_MASK) if kept else "")

    def _remove(self, row: QWidget) -> None:
        self._rows = [r for r in self._rows if r[0] is not row]
        row.hide()
        row.deleteLater()

    def rows(self) -> list[tuple[QLineEdit, QLineEdit, QCheckBox]]:
        return [(n, v, s) for _r, n, v, s in self._rows]

    def lines(self) -> tuple[SettingLine, ...]:
        out: list[SettingLine] = []
        for name, value, secret in self.rows():
            key = name.text().strip()
            text = value.text()
            if not key and not text:
                continue
            kept = bool(value.property("kept")) and not text and secret.isChecked()
            out.append(SettingLine(key, None if kept else text, secret.isChecked()))
        return tuple(out)


class ServerForm(QGroupBox):
    """Add or edit one server; `done(draft)` when its input is valid, `cancelled()`."""

    done = Signal(object)  # ServerDraft
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Server"))
        self._editing: ServerDraft | None = None
        self._taken: set[str] = set()
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Server name"))
        self.name_edit.setPlaceholderText(self.tr("For example: time"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of server"))
        self.kind_combo.addItem(self.tr("A program on this computer (stdio)"), ServerKind.STDIO)
        self.kind_combo.addItem(self.tr("A server on the network (HTTP)"), ServerKind.HTTP)
        self.command_edit = QLineEdit(self)
        self.command_edit.setAccessibleName(self.tr("Command"))
        self.command_edit.setPlaceholderText(self.tr("For example: uvx"))
        self.args_edit = QPlainTextEdit(self)
        self.args_edit.setAccessibleName(self.tr("Arguments"))
        self.args_edit.setPlaceholderText(self.tr("One argument per line, without quotes"))
        self.args_edit.setToolTip(self.tr(
            "One argument per line, taken exactly as written: no quotes are needed, and nothing is "
            "interpreted by a shell."))
        self.args_edit.setTabChangesFocus(True)
        self.args_edit.setFixedHeight(self.args_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.env_lines = LinesEditor(self, what=self.tr("Environment"), name_placeholder=self.tr("NAME"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.url_edit.setPlaceholderText(self.tr("For example: https://tools.example.com/mcp"))
        self.header_lines = LinesEditor(self, what=self.tr("Headers"), name_placeholder=self.tr("Header"))
        self.approve_edit = QPlainTextEdit(self)
        self.approve_edit.setAccessibleName(self.tr("Tools allowed without asking"))
        self.approve_edit.setPlaceholderText(self.tr("One tool name per line"))
        self.approve_edit.setToolTip(self.tr(
            "These tools of this server run without asking you first. Everything else asks."))
        self.approve_edit.setTabChangesFocus(True)
        self.approve_edit.setFixedHeight(self.approve_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.problem = note_label(self, warning=True)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setAccessibleName(self.tr("Done editing the server"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel editing the server"))
        for button in (self.done_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in a field must not close the form
        self.done_button.clicked.connect(self.finish)
        self.cancel_button.clicked.connect(self.cancelled)

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Kind"), self.kind_combo)
        self.form.addRow(self.tr("&Command"), self.command_edit)
        self.form.addRow(self.tr("&Arguments"), self.args_edit)
        self.form.addRow(self.tr("&Environment"), self.env_lines)
        self.form.addRow(self.tr("&Address"), self.url_edit)
        self.form.addRow(self.tr("&Headers"), self.header_lines)
        self.form.addRow(self.tr("Allowed without asking"), self.approve_edit)
        self.form.addRow("", self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.done_button)
        self.form.addRow(buttons)
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            fld = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            field_widget = fld.widget() if fld is not None else None
            if isinstance(label_widget, QLabel) and field_widget is not None:
                label_widget.setBuddy(field_widget)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._show_kind())
        self._show_kind()

    def kind(self) -> ServerKind:
        data = self.kind_combo.currentData()
        return data if isinstance(data, ServerKind) else ServerKind.STDIO

    def _show_kind(self) -> None:
        stdio = self.kind() is ServerKind.STDIO
        for widget in (self.command_edit, self.args_edit, self.env_lines):
            self.form.setRowVisible(widget, stdio)
        for widget in (self.url_edit, self.header_lines):
            self.form.setRowVisible(widget, not stdio)

    def start(self, draft: ServerDraft | None, taken: set[str]) -> None:
        """Open the form on a server (None: a new one); `taken`: the other servers' names."""
        self._editing = draft
        self._taken = taken
        d = draft or ServerDraft("", ServerKind.STDIO)
        self.setTitle(self.tr("Edit server") if draft is not None else self.tr("New server"))
        self.name_edit.setText(d.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(d.kind)))
        self.command_edit.setText(d.command)
        self.args_edit.setPlainText("\n".join(d.args))
        self.env_lines.set_lines(d.env)
        self.url_edit.setText(d.url)
        self.header_lines.set_lines(d.headers)
        self.approve_edit.setPlainText("\n".join(d.auto_approve))
        show_note(self.problem, "")
        self._show_kind()
        self.show()
        self.name_edit.setFocus()

    def draft(self) -> ServerDraft:
        """What the form says now (valid or not)."""
        kind = self.kind()
        enabled = self._editing.enabled if self._editing is not None else True
        approve = tuple(t.strip() for t in self.approve_edit.toPlainText().splitlines() if t.strip())
        if kind is ServerKind.STDIO:
            args = tuple(a for a in self.args_edit.toPlainText().split("\n") if a.strip())
            return ServerDraft(self.name_edit.text().strip(), kind, command=self.command_edit.text().strip(),
                               args=args, env=self.env_lines.lines(), enabled=enabled, auto_approve=approve)
        return ServerDraft(self.name_edit.text().strip(), kind, url=self.url_edit.text().strip(),
                           headers=self.header_lines.lines(), enabled=enabled, auto_approve=approve)

    def problem_with(self, draft: ServerDraft) -> str:
        """One plain sentence about what is wrong ("" when nothing is)."""
        if not draft.name:
            return self.tr("Give the server a name.")
        if len(draft.name) > MAX_NAME:
            return self.tr("The name is too long: at most {count} characters.").format(count=MAX_NAME)
        if draft.name in self._taken:
            return self.tr("There is already a server called “{name}”.").format(name=draft.name)
        if draft.kind is ServerKind.STDIO:
            if not draft.command:
                return self.tr("Say which program to start (the command).")
            for line in draft.env:
                if not _ENV_NAME.match(line.name):
                    return self.tr("“{name}” cannot be the name of an environment variable: use letters, "
                                   "digits and _, not starting with a digit.").format(name=line.name)
        else:
            url = draft.url
            if not re.match(r"^https?://[^\s/]+", url):
                return self.tr("The address must start with http:// or https://, like "
                               "https://tools.example.com/mcp.")
            for line in draft.headers:
                if not _HEADER_NAME.match(line.name):
                    bad = self.tr("“{name}” cannot be the name of a header: use letters, digits and -.")
                    return bad.format(name=line.name)
        lines = draft.env if draft.kind is ServerKind.STDIO else draft.headers
        names = [line.name.lower() if draft.kind is ServerKind.HTTP else line.name for line in lines]
        duplicate = next((n for n in names if names.count(n) > 1), None)
        if duplicate is not None:
            return self.tr("“{name}” is there twice.").format(name=duplicate)
        kept_new = [ln.name for ln in lines if ln.value is None and not self._was_secret(draft.kind, ln.name)]
        if kept_new:
            return self.tr("Type a value for “{name}”.").format(name=kept_new[0])
        return ""

    def _was_secret(self, kind: ServerKind, name: str) -> bool:
        if self._editing is None:
            return False
        old = self._editing.env if kind is ServerKind.STDIO else self._editing.headers
        return any(line.name == name and line.secret for line in old)

    def finish(self) -> None:
        draft = self.draft()
        problem = self.problem_with(draft)
        show_note(self.problem, problem)
        if problem:
            return  # what was typed stays
        self.done.emit(draft)


class ToolsPage(QWidget):
    """Settings → Tools. `servers()` is the edited list; `changed` tells that it was edited."""

    changed = Signal()
    tested = Signal(str)  # the sentence shown after a test

    def __init__(self, parent: QWidget | None, setup: ToolsSetup, *, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._servers: list[ServerDraft] = list(setup.servers)
        self._states = dict(setup.states)
        self._tester = setup.tester
        self._failure_words = setup.failure_words
        self._tasks = tasks or TaskRunner()
        self._task: asyncio.Task[Any] | None = None
        self._editing_index: int | None = None  # None with the form open: a new server
        self._remove_box: QMessageBox | None = None
        self._organisations = setup.organisations
        self._own_allowed = setup.own_allowed

        intro = QLabel(self.tr("Tools let the model use other programs — a calendar, a ticket tracker, "
                               "files — through MCP servers. Each use asks you first unless you allow "
                               "the tool always."), self)
        intro.setWordWrap(True)
        intro.setEnabled(False)
        self.path_label = QLabel(self)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setText(self.tr("Saved in {path}").format(path=setup.config_path))
        self.path_label.setVisible(bool(setup.config_path))

        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Tool servers"))
        self.table.setHorizontalHeaderLabels([self.tr("Server"), self.tr("Kind"), self.tr("State")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.empty_label = QLabel(self.tr("No tool servers yet. Add one, or ask your IT contact for an "
                                          "mcp.json file."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setAccessibleName(self.tr("Add a tool server"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the tool server"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the tool server"))
        self.test_button = QPushButton(self.tr("Test"), self)
        self.test_button.setAccessibleName(self.tr("Test the tool server"))
        self.test_button.setToolTip(self.tr("Connect to the server and list its tools"))
        for button in (self.add_button, self.edit_button, self.remove_button, self.test_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_server)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.ask_remove)
        self.test_button.clicked.connect(self.start_test)
        self.approved_label = QLabel(self)
        self.approved_label.setWordWrap(True)
        self.approved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status = StatusLine(self)
        self.form = ServerForm(self)
        self.form.hide()
        self.form.done.connect(self._on_form_done)
        self.form.cancelled.connect(self._close_form)

        self.add_locked = LockedCaption(self)  # the policy allows only the organisation's servers
        self.add_locked.setVisible(not self._own_allowed)
        lock([self.add_button], not self._own_allowed)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.add_locked)
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.approved_label)
        layout.addWidget(self.status)
        layout.addWidget(self.form)
        layout.addWidget(self.path_label)
        self._fill()

    # --- the list ---------------------------------------------------------------------------------
    def servers(self) -> tuple[ServerDraft, ...]:
        return tuple(self._servers)

    def is_organisations(self, index: int) -> bool:
        """Is the server in row `index` the organisation's (from the policy: not editable or removable)?"""
        return 0 <= index < len(self._servers) and self._servers[index].name in self._organisations

    def set_states(self, states: Mapping[str, ServerLight]) -> None:
        """How the servers are doing now (the creator updates it while the page is open)."""
        self._states = dict(states)
        self._fill()

    def selected_index(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def select(self, index: int) -> None:
        self.table.selectRow(index)

    def _fill(self) -> None:
        selected = self.selected_index()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self._servers))
            for row, server in enumerate(self._servers):
                name = QTableWidgetItem(server.name)
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(Qt.CheckState.Checked if server.enabled else Qt.CheckState.Unchecked)
                name.setToolTip(self.tr("Tick to use this server; untick to keep it but not start it"))
                if self.is_organisations(row):  # listed as such; the policy says whether it runs
                    name.setText(self.tr("{server} ({set_by})").format(server=server.name,
                                                                       set_by=set_by_organisation()))
                    name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    name.setData(Qt.ItemDataRole.CheckStateRole, None)
                    name.setToolTip(set_by_organisation())
                kind = QTableWidgetItem("stdio" if server.kind is ServerKind.STDIO else "HTTP")
                kind.setToolTip(server.command if server.kind is ServerKind.STDIO else server.url)
                light = self._states.get(server.name)
                state = QTableWidgetItem(state_text(light, server.enabled))
                if light is not None and light.kind is StateKind.FAILED:
                    state.setToolTip(light.reason)
                for column, item in enumerate((name, kind, state)):
                    if column:
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.table.setItem(row, column, item)
        finally:
            self.table.blockSignals(False)
        self.empty_label.setVisible(not self._servers)
        if selected is not None and selected < len(self._servers):
            self.table.selectRow(selected)
        elif self._servers and self.selected_index() is None:
            self.table.selectRow(0)
        self._on_selection()

    def _on_selection(self) -> None:
        index = self.selected_index()
        has = index is not None
        theirs = index is not None and self.is_organisations(index)
        self.edit_button.setEnabled(has and not theirs)
        self.remove_button.setEnabled(has and not theirs)
        for button in (self.edit_button, self.remove_button):
            button.setToolTip(set_by_organisation() if theirs else "")
        self.test_button.setEnabled(self._tester is not None and (has or self.form.isVisible()))
        if index is None:
            self.approved_label.hide()
            return
        approved = self._servers[index].auto_approve
        text = (self.tr("Allowed without asking: {tools}").format(tools=", ".join(approved)) if approved
                else self.tr("Every tool of this server asks before it runs."))
        self.approved_label.setText(text)
        self.approved_label.show()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if item.column() != 0 or not 0 <= row < len(self._servers) or self.is_organisations(row):
            return
        on = item.checkState() == Qt.CheckState.Checked
        server = self._servers[item.row()]
        if server.enabled != on:
            self._servers[item.row()] = replace(server, enabled=on)
            self._fill()
            self.changed.emit()

    def set_enabled(self, index: int, on: bool) -> None:
        item = self.table.item(index, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    # --- add, edit, remove ------------------------------------------------------------------------
    def add_server(self) -> None:
        if not self._own_allowed:
            return
        self._editing_index = None
        self.form.start(None, {s.name for s in self._servers})
        self._on_selection()

    def edit_selected(self) -> None:
        index = self.selected_index()
        if index is None or self.is_organisations(index):
            return
        self._editing_index = index
        self.form.start(self._servers[index], {s.name for i, s in enumerate(self._servers) if i != index})
        self._on_selection()

    def _on_form_done(self, draft: ServerDraft) -> None:
        if self._editing_index is None:
            self._servers.append(draft)
            index = len(self._servers) - 1
        else:
            index = self._editing_index
            self._servers[index] = draft
        self._close_form()
        self._fill()
        self.table.selectRow(index)
        self.changed.emit()

    def _close_form(self) -> None:
        self.form.hide()
        self._editing_index = None
        self._on_selection()

    def ask_remove(self) -> None:
        """Ask first, without blocking (open(), not exec()); Cancel is the default."""
        index = self.selected_index()
        if index is None or self.is_organisations(index):
            return
        name = self._servers[index].name
        if self._remove_box is not None:
            self._remove_box.close()
        box = QMessageBox(self)
        box.setObjectName("RemoveServerDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove tool server?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Remove the server “{name}”?").format(name=name))
        box.setInformativeText(self.tr("The model can no longer use its tools. Chats that used them keep "
                                       "what they showed."))
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setAccessibleName(self.tr("Remove the tool server"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        remove.clicked.connect(lambda: self._remove(name))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.finished.connect(lambda _r, b=box: self._forget_box(b))
        self._remove_box = box
        box.open()

    def remove_dialog(self) -> QMessageBox | None:
        return self._remove_box

    def _forget_box(self, box: QMessageBox) -> None:
        if self._remove_box is box:
            self._remove_box = None

    def _remove(self, name: str) -> None:
        self._servers = [s for s in self._servers if s.name != name]
        if self.form.isVisible():
            self._close_form()
        self._fill()
        self.changed.emit()

    # --- test ---------------------------------------------------------------------------------------
    @property
    def task(self) -> asyncio.Task[Any] | None:
        return self._task

    def start_test(self) -> None:
        """Test what the form says (when open and valid) or the selected server."""
        if self._tester is None:
            return
        if self._task is not None and not self._task.done():
            self._task.cancel()
        if self.form.isVisible():
            draft = self.form.draft()
            problem = self.form.problem_with(draft)
            show_note(self.form.problem, problem)
            if problem:
                return
        else:
            index = self.selected_index()
            if index is None:
                return
            draft = self._servers[index]
        self.status.show_busy(self.tr("Connecting to {name}…").format(name=draft.name))
        self._task = self._tasks.spawn(self._run_test(self._tester, draft))

    def cancel_test(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def _run_test(self, tester: ServerTester, draft: ServerDraft) -> None:
        try:
            report = await tester(draft)
        except asyncio.CancelledError:
            if shiboken6.isValid(self):
                self.status.show_info(self.tr("Test cancelled."))
            raise
        except Exception as exc:  # the tester's own failure is a failed test, told in words
            log.warning("tool server test failed: %s", type(exc).__name__)
            text = words.test_failed(type(exc).__name__)
            if shiboken6.isValid(self):
                self.status.show_error(text)
                self.tested.emit(text)
            return
        if not shiboken6.isValid(self):
            return
        if report.ok:
            names = [spec.tool or spec.name for spec in report.tools]
            text = words.test_connected(names)
            self.status.show_success(text)
        else:
            reason = self._failure_words(report) if self._failure_words is not None else report.detail
            text = words.test_failed(reason)
            self.status.show_error(text)
        self.tested.emit(text)

    def focus_order(self) -> list[QWidget]:
        return [self.table, self.add_button, self.edit_button, self.remove_button, self.test_button]
