"""The sidebar's tools row: which tools this chat can use, and a switch to use them or not.

Why: a person should see at a glance that the model may call tools in this chat — "Tools: time,
files (3 tools)" — and turn that off for one chat without touching Settings (the chat's
`tools_enabled`). A server that failed to start says so (its reason in the tooltip), so a missing
tool is not a mystery. The row is passive like the rest of the sidebar: `set_tools` is silent,
`toolsToggled` fires only for the person's own clicks. With no server configured it is hidden.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from desktop_chat.ui.language import is_language_change
from desktop_chat.ui.window.status_line import semantic_color
from desktop_chat.ui.words import tools as words


class ToolsRow(QWidget):
    toolsToggled = Signal(bool)  # the person switched "Use tools in this chat"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ToolsRow")
        self.label = QLabel(self)
        self.label.setObjectName("ToolsSummary")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.failed_label = QLabel(self)
        self.failed_label.setObjectName("ToolsFailed")
        self.failed_label.setWordWrap(True)
        self.failed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.failed_label.setStyleSheet(f"color: {semantic_color('error', self.palette())};")
        self.switch = QCheckBox(self)
        self.switch.toggled.connect(self._on_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.failed_label)
        layout.addWidget(self.switch)
        self._silent = False
        self._working: dict[str, tuple[str, ...]] = {}
        self._failed: dict[str, str] = {}
        self.set_tools({}, True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Tools"))
        self.switch.setText(self.tr("Use tools in this chat"))
        self.switch.setAccessibleName(self.tr("Use tools in this chat"))
        self.switch.setToolTip(self.tr("When on, the model may ask to use these tools in this chat"))
        self._show_words()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_tools(
        self, names_by_server: Mapping[str, Sequence[str]], enabled: bool,
        failed: Mapping[str, str] | None = None,
    ) -> None:  # fmt: skip
        """The servers in use and their tools' names; `failed`: server → why it is not working.
        `enabled`: this chat's switch. Silent: `toolsToggled` is not emitted."""
        failed = dict(failed or {})
        self._working = {s: tuple(t) for s, t in names_by_server.items() if s not in failed}
        self._failed = failed
        self.setVisible(bool(self._working or failed))
        self._show_words()
        self._silent = True
        try:
            self.switch.setChecked(enabled)
        finally:
            self._silent = False

    def _show_words(self) -> None:
        """The summary and the failures of the servers last set, in the current language."""
        working, failed = self._working, self._failed
        total = sum(len(t) for t in working.values())
        servers = ", ".join(working)
        if working:
            text = self.tr("Tools: {servers} ({tools})").format(
                servers=servers, tools=words.tools_count(total))
        else:
            text = self.tr("Tools: none working")
        self.label.setText(text)
        self.label.setAccessibleName(text)
        tip = "\n".join(f"{server}: {', '.join(tools)}" for server, tools in working.items() if tools)
        self.label.setToolTip(tip)
        if failed:
            names = ", ".join(failed)
            self.failed_label.setText(self.tr("Not working: {servers}").format(servers=names))
            self.failed_label.setToolTip("\n".join(
                self.tr("{server}: {reason}").format(server=s, reason=r) for s, r in failed.items()))
            self.failed_label.setAccessibleName(self.failed_label.text())
        self.failed_label.setVisible(bool(failed))

    def tools_enabled(self) -> bool:
        return self.switch.isChecked()

    def _on_toggled(self, on: bool) -> None:
        if not self._silent:
            self.toolsToggled.emit(on)
