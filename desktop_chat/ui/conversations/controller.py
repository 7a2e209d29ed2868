"""The chat list's behaviour: which chats it shows, and what its clicks do to them.

Why a controller of its own: the list panel is passive (it shows rows and emits what the person
asked for); this object turns those requests into `ConversationsService` calls, keeps the list in
step with the history (the service announces every write; several writes in one turn of the loop
refresh the list once), and opens chats — the chat on screen itself has one owner, `CurrentChat`,
which every other feature follows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop_chat.services import Change, ChangeKind, ConversationsService
from desktop_chat.ui.chat.streaming import Streaming
from desktop_chat.ui.conversations.panel import ConversationListPanel
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import Notices
from desktop_chat.ui.problems import attempt

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


class ConversationsController(QObject):
    hitOpened = Signal(int, bool)  # message id of a search hit now on screen (0: none); redraw first?

    def __init__(
        self,
        *,
        panel: ConversationListPanel,
        current: CurrentChat,
        conversations: ConversationsService,
        streaming: Streaming,
        notices: Notices,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self._current = current
        self._conversations = conversations
        self._streaming = streaming
        self._notices = notices
        self._show_archived = False
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self._unsubscribe = conversations.changes.subscribe(self._on_change)

        panel.conversationSelected.connect(self.open)
        panel.newChatRequested.connect(self.new_chat)
        panel.renameRequested.connect(self.rename)
        panel.pinRequested.connect(lambda cid, on: attempt(notices, conversations.set_pinned, cid, on))
        panel.archiveRequested.connect(lambda cid, on: attempt(notices, conversations.set_archived, cid, on))
        panel.deleteRequested.connect(self.delete)
        panel.undoDeleteRequested.connect(self.undo_delete)
        panel.searchQueryChanged.connect(self.search)
        panel.searchResultActivated.connect(self.open_search_hit)
        panel.showArchivedToggled.connect(self._on_show_archived)
        streaming.streamingChanged.connect(self._on_streaming_changed)
        current.changed.connect(panel.set_current)

    def close(self) -> None:
        self._unsubscribe()
        self._refresh_soon.stop()

    # --- the list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._refresh_soon.stop()
        ok, rows = attempt(self._notices, lambda: self._conversations.list(archived=self._show_archived))
        if ok and rows is not None:
            self.panel.set_conversations(rows)
            self.panel.set_current(self._current.id)

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.LISTING, ChangeKind.MESSAGES) and not self._refresh_soon.isActive():
            self._refresh_soon.start()  # one refresh for all writes of this turn of the loop

    def _on_streaming_changed(self, cid: int, streaming: bool) -> None:
        self.panel.set_streaming(cid, streaming)
        self._refresh_soon.start()  # the chat moved to the top ("updated just now")

    def _on_show_archived(self, shown: bool) -> None:
        self._show_archived = shown
        self.refresh()

    # --- opening ---------------------------------------------------------------------------------
    def open(self, cid: int) -> None:
        if cid == self._current.id:
            return
        self._current.switch_to(cid)

    def new_chat(self) -> None:
        self.panel.set_current(None)
        self._current.switch_to(None)

    def select_adjacent(self, step: int) -> None:
        cid = self.panel.select_adjacent(step)
        if cid is not None:
            self.open(cid)

    def open_search_hit(self, cid: int, mid: int) -> None:
        """Open the chat of a search hit and bring its message on screen, on its branch.

        The hit may lie on another branch (selected first) or be gone since the results were shown
        (the chat opens, the person is told, nothing else happens).
        """
        same_chat = cid == self._current.id
        if mid and not self._streaming.is_streaming(cid):
            ok, _leaf = attempt(self._notices, self._conversations.select_branch, cid, mid)
            if not ok:
                mid = 0
        if not same_chat:  # a normal switch: the draft of the chat left is saved to that chat
            self._current.switch_to(cid)
        self.hitOpened.emit(mid, same_chat)

    # --- what the list asks for ------------------------------------------------------------------
    def rename(self, cid: int, title: str) -> None:
        attempt(self._notices, self._conversations.rename, cid, title)

    def rename_current(self) -> None:
        """F2: edit the current chat's title in the list."""
        if self._current.id is None:
            self._notices.say(
                translate("Conversations", "Send a message first: a new chat gets its title then."))
            return
        self.panel.start_rename(self._current.id)

    def delete(self, cid: int) -> None:
        self._streaming.stop(cid)
        attempt(self._notices, self._conversations.trash, cid)
        self._refresh_search()
        if cid == self._current.id:
            self.new_chat()

    def undo_delete(self, cid: int) -> None:
        attempt(self._notices, self._conversations.restore, cid)
        self._refresh_search()

    def _refresh_search(self) -> None:
        """Search results on show must not lead to what was just deleted (or miss what came back)."""
        if self.panel.is_searching():
            self.search(self.panel.search_query())

    def search(self, query: str) -> None:
        if not query.strip():
            self.panel.set_search_results("", [])
            return
        ok, hits = attempt(self._notices, self._conversations.search, query)
        self.panel.set_search_results(query, list(hits) if ok and hits is not None else [])
