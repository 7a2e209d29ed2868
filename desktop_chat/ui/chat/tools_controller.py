"""Tools in the window: the servers started after the first paint, their state in the sidebar, the
chat's "Use tools in this chat" switch, the person's say-so for each call, the round limit.

Why a controller of its own: the tool servers live on the host's thread and report from there; the
window must hear of them on its own thread (a queued Qt signal), show which tools the chat on
screen offers, and turn the switch into the chat's setting. The approvals themselves are
`ToolApprovals`; this wires them to the chat service.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop_chat.services import ServerState, Session, StoreError, ToolRoundsUsedUp
from desktop_chat.ui.chat.streaming import Streaming
from desktop_chat.ui.chat.tool_approvals import ToolApprovals
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import Notices
from desktop_chat.ui.problems import attempt
from desktop_chat.ui.sidebar.tools_row import ToolsRow
from desktop_chat.ui.tasks import TaskRunner

translate = QCoreApplication.translate


class ToolsController(QObject):
    """See the module docstring."""

    serversChanged = Signal()  # emitted on the host's thread, delivered on the window's

    def __init__(
        self, *, session: Session, view: ChatView, row: ToolsRow, current: CurrentChat, streaming: Streaming,
        notices: Notices, tasks: TaskRunner, redraw: Callable[[], None], parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._session = session
        self._row = row
        self._current = current
        self._notices = notices
        self._tasks = tasks
        self._new_chat_tools = True  # the switch for the unsaved new chat, applied when it is created
        self._closed = False
        self.approvals = ToolApprovals(view=view, current=current, streaming=streaming, notices=notices,
                                       redraw=redraw, parent=self)
        session.chat.approver = self.approvals.approve
        session.tools.set_on_change(self.serversChanged.emit)
        self.serversChanged.connect(self.show_servers)
        row.toolsToggled.connect(self._toggled)
        current.changed.connect(self._on_current_changed)
        current.adopted.connect(self._adopted)
        streaming.toolRoundsUsedUp.connect(self._rounds_used_up)

    def start_soon(self) -> None:
        """After the first paint: read mcp.json and start its servers (on a worker, then the host)."""
        QTimer.singleShot(0, self._start_now)

    def _start_now(self) -> None:
        if not self._closed:
            self._tasks.spawn(self._start())

    async def _start(self) -> None:
        await asyncio.to_thread(self._session.tools.start)
        self.show_servers()

    def close(self) -> None:
        self._closed = True
        self._session.tools.set_on_change(lambda: None)

    def show_servers(self) -> None:
        if self._closed:
            return
        from desktop_chat.ui.dialogs.tools_setup import light_of

        tools = self._session.tools
        configured = [c.name for c in tools.configs() if not c.disabled]
        statuses = {s.name: s for s in tools.statuses()}
        names: dict[str, tuple[str, ...]] = {}
        failed: dict[str, str] = {}
        for server in configured:
            status = statuses.get(server)
            if status is not None and status.state is ServerState.FAILED:
                failed[server] = light_of(status).reason
            else:
                names[server] = tuple(t.tool or t.name for t in (status.tools if status is not None else ()))
        self._row.set_tools(names, self._enabled(), failed)

    def _enabled(self) -> bool:
        cid = self._current.id
        if cid is None:
            return self._new_chat_tools
        conversation = self._session.conversations.get(cid)
        return True if conversation is None else conversation.tools_enabled

    def _toggled(self, enabled: bool) -> None:
        cid = self._current.id
        if cid is None:
            self._new_chat_tools = enabled
            return
        attempt(self._notices, self._session.conversations.set_tools_enabled, cid, enabled)

    def _on_current_changed(self, cid: int | None) -> None:
        if cid is None:
            self._new_chat_tools = True  # a new chat starts with the tools on
        self.show_servers()

    def _adopted(self, cid: int) -> None:
        """The new chat got its row (its first message is being sent): it keeps the switch as the
        person left it — before the message goes out."""
        if not self._new_chat_tools:
            with contextlib.suppress(StoreError):
                self._session.conversations.set_tools_enabled(cid, False)
        self._new_chat_tools = True

    def _rounds_used_up(self, event: ToolRoundsUsedUp) -> None:
        if self._current.is_current(event.conversation_id):
            self._notices.say(translate(
                "Tools", "The model kept calling tools ({rounds} times in a row), so the app stopped it. "
                "Ask it to go on if you want more.").format(rounds=event.rounds), 10000)
