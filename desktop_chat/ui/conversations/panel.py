"""The left-hand panel: New chat, a search box, the grouped chat list and search results.

Why: this is how people find their way back to a chat. It is passive — the shell feeds it
conversations and search hits and acts on its signals — so it can be tested alone, and it is a
model/view pair so ten thousand chats stay quick. Destructive actions happen at once and are
undone from a toast rather than confirmed in a dialog. Its words are written by `retranslate`
from what it keeps (the archived switch, the query without results, the chat whose deletion can
be undone), again on every language switch; the list's model writes its headings again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.domain import Conversation
from desktop_chat.ui.conversations.delegates import ConversationDelegate, SearchResultDelegate
from desktop_chat.ui.conversations.model import (
    ConversationListModel,
    SearchHitLike,
    SearchResultsModel,
    display_title,
)
from desktop_chat.ui.language import is_language_change
from desktop_chat.ui.policy_words import set_by_organisation
from desktop_chat.ui.window.icons import icon, name_line_edit_buttons
from desktop_chat.ui.window.toast import Toast

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

SEARCH_DEBOUNCE_MS = 150
UNDO_TIMEOUT_MS = 8000
# English sources (context "ConversationListPanel"), shown translated
EMPTY_TEXT = QT_TRANSLATE_NOOP("ConversationListPanel", "No chats yet — start one with New chat (Ctrl+N)")
EMPTY_ARCHIVED_TEXT = QT_TRANSLATE_NOOP("ConversationListPanel", "No archived chats.")
EXPORT_FORMATS = (
    ("markdown", QT_TRANSLATE_NOOP("ConversationListPanel", "Markdown (.md)")),
    ("json", QT_TRANSLATE_NOOP("ConversationListPanel", "JSON (.json)")),
    ("html", QT_TRANSLATE_NOOP("ConversationListPanel", "Web page (.html)")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConversationListPanel", text)


class ConversationListPanel(QWidget):
    conversationSelected = Signal(int)
    newChatRequested = Signal()
    renameRequested = Signal(int, str)
    pinRequested = Signal(int, bool)
    archiveRequested = Signal(int, bool)
    deleteRequested = Signal(int)
    undoDeleteRequested = Signal(int)
    exportRequested = Signal(int, str)
    searchQueryChanged = Signal(str)
    searchResultActivated = Signal(int, int)
    showArchivedToggled = Signal(bool)

    PAGE_LIST, PAGE_RESULTS, PAGE_EMPTY, PAGE_NO_RESULTS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.export_allowed = True  # False: the policy keeps chats here ("Export as" greyed)
        self.setObjectName("conversationListPanel")
        self.model = ConversationListModel(self)
        self.results_model = SearchResultsModel(self)
        self._syncing = False  # True while the selection is changed by code, not by the user
        self._last_query = ""
        self._undo_id: int | None = None
        self._undo_title = ""  # the deleted chat's title, for the toast's description
        self._no_results_query = ""
        # True while a key pressed in the list moves its selection: the shell then leaves the focus
        # here, so arrows can walk the chats (a click or Enter still moves on to the message box)
        self.keyboard_navigation = False

        self.new_chat_button = QPushButton(icon("plus"), "", self)
        self.new_chat_button.setObjectName("newChatButton")
        self.new_chat_button.clicked.connect(self.newChatRequested)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._emit_query)

        self.list_view = QListView(self)
        self.list_view.setObjectName("conversationList")
        self.list_view.setModel(self.model)
        self._delegate = ConversationDelegate(self.list_view, self._rename_after_editor_closed)
        self.list_view.setItemDelegate(self._delegate)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setFrameShape(QFrame.Shape.NoFrame)
        self.list_view.setMouseTracking(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._on_context_menu)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.installEventFilter(self)

        self.results_view = QListView(self)
        self.results_view.setObjectName("searchResults")
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(SearchResultDelegate(self.results_view))
        self.results_view.setUniformItemSizes(True)
        self.results_view.setFrameShape(QFrame.Shape.NoFrame)
        self.results_view.setMouseTracking(True)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_view.clicked.connect(self._activate_result)
        self.results_view.installEventFilter(self)

        self.empty_label = self._placeholder("", "emptyState")
        self.no_results_label = self._placeholder("", "noResults")
        self.stack = QStackedWidget(self)
        for page in (self.list_view, self.results_view, self.empty_label, self.no_results_label):
            self.stack.addWidget(page)

        self.archived_button = QToolButton(self)
        self.archived_button.setObjectName("showArchivedButton")
        self.archived_button.setCheckable(True)
        self.archived_button.setAutoRaise(True)
        self.archived_button.toggled.connect(self._on_archived_toggled)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.new_chat_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.search_box)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.archived_button, 0, Qt.AlignmentFlag.AlignLeft)
        QWidget.setTabOrder(self.new_chat_button, self.search_box)
        QWidget.setTabOrder(self.search_box, self.list_view)
        QWidget.setTabOrder(self.list_view, self.results_view)
        QWidget.setTabOrder(self.results_view, self.archived_button)

        self.toast = Toast(self.stack)
        self.toast.actionTriggered.connect(self._on_undo)
        self.toast.dismissed.connect(self._forget_undo)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self.list_view)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.toast.trigger_action)
        self.retranslate()
        self._update_page()

    def retranslate(self) -> None:
        """Every word of the panel, from the state it keeps (the list's headings: `set_conversations`)."""
        self.setAccessibleName(self.tr("Chats"))
        self.new_chat_button.setText(self.tr("New chat"))
        self.new_chat_button.setAccessibleName(self.tr("New chat"))
        self.new_chat_button.setToolTip(self.tr("Start a new chat (Ctrl+N)"))
        self.search_box.setPlaceholderText(self.tr("Search chats"))
        self.search_box.setAccessibleName(self.tr("Search chats"))
        self.search_box.setToolTip(self.tr("Search all chats (Ctrl+F)"))
        name_line_edit_buttons(self.search_box, self.tr("Clear search"), self.tr("Search"))
        self.list_view.setAccessibleName(self.tr("Chat list"))
        self.results_view.setAccessibleName(self.tr("Search results"))
        if self.model.retranslate():  # the rows were reset: select the chat on screen again
            self.set_current(self.model.current_id)
        self.results_view.viewport().update()  # untitled chats among the hits
        self._show_archived_words()
        self._show_no_results_words()
        if self._undo_id is not None:  # the toast still offers Undo
            self._show_undo_words()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _show_archived_words(self) -> None:
        checked = self.archived_button.isChecked()
        self.archived_button.setText(
            self.tr("Hide archived chats") if checked else self.tr("Show archived chats"))
        self.archived_button.setAccessibleName(self.tr("Show archived chats"))  # a toggle: checked = on
        self.empty_label.setText(_tr(EMPTY_ARCHIVED_TEXT if checked else EMPTY_TEXT))

    def _show_no_results_words(self) -> None:
        query = self._no_results_query
        text = self.tr("No chats match “{query}”.").format(query=query) if query else ""
        self.no_results_label.setText(text)

    def _show_undo_words(self) -> None:
        self.toast.set_words(self.tr("Chat deleted"), self.tr("Undo"))
        self._describe_undo()

    def _describe_undo(self) -> None:
        self.toast.setAccessibleDescription(
            self.tr("Deleted “{title}”. Undo is available for {seconds} seconds.").format(
                title=_short(self._undo_title), seconds=UNDO_TIMEOUT_MS // 1000))

    def _placeholder(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMargin(16)
        label.setEnabled(False)  # drawn in the muted text colour
        return label

    # -- fed by the shell ----------------------------------------------------------------------
    def set_conversations(self, conversations: Sequence[Conversation], *, now: float | None = None) -> None:
        self._syncing = True
        try:
            self.model.set_conversations(conversations, now=now)
            self._select_current()
        finally:
            self._syncing = False
        self._update_page()

    def set_current(self, conversation_id: int | None) -> None:
        self._syncing = True
        try:
            self.model.set_current(conversation_id)
            self._select_current()
        finally:
            self._syncing = False

    def set_streaming(self, conversation_id: int, streaming: bool) -> None:
        self.model.set_streaming(conversation_id, streaming)

    def set_search_results(self, query: str, hits: Sequence[SearchHitLike]) -> None:
        if query.strip() != self.search_box.text().strip():
            return  # the user typed on; newer results are on their way
        self.results_model.set_hits(query, hits)
        if hits:
            self.results_view.setCurrentIndex(self.results_model.index(0, 0))
        self._no_results_query = query.strip()
        self._show_no_results_words()
        self._update_page()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- small conveniences for the shell --------------------------------------------------------
    def current_conversation_id(self) -> int | None:
        conv = self.model.conversation_at(self.list_view.currentIndex())
        return None if conv is None else conv.id

    def is_searching(self) -> bool:
        return bool(self.search_box.text().strip())

    def search_query(self) -> str:
        return self.search_box.text()

    def select_adjacent(self, step: int) -> int | None:
        """Select the chat `step` rows down (negative: up), skipping headings (Alt+Up/Down)."""
        row = self.list_view.currentIndex().row()
        count = self.model.rowCount()
        if count == 0:
            return None
        row = (-1 if step > 0 else count) if row < 0 else row
        direction = 1 if step > 0 else -1
        remaining = abs(step)
        while remaining:
            row += direction
            if not 0 <= row < count:
                return None
            if not self.model.is_header_row(row):
                remaining -= 1
        self.list_view.setCurrentIndex(self.model.index(row, 0))  # emits conversationSelected
        return self.current_conversation_id()

    def _rename_after_editor_closed(self, conversation_id: int, title: str) -> None:
        """Emit `renameRequested` once the inline editor is gone.

        The shell answers by reloading the list; doing that while the editor is still open resets
        the model under it, the editor dies with the focus, and Qt hands the focus to the next
        widget ("Show archived chats") — so Delete, arrows and F2 stopped working after a rename.
        """
        QTimer.singleShot(0, lambda: self.renameRequested.emit(conversation_id, title))

    def start_rename(self, conversation_id: int | None = None) -> None:
        cid = self.current_conversation_id() if conversation_id is None else conversation_id
        if cid is None:
            return
        index = self.model.index_of(cid)
        if index.isValid():
            self.stack.setCurrentWidget(self.list_view)
            self.list_view.scrollTo(index)
            self.list_view.edit(index)

    def context_menu_for(self, conversation_id: int) -> QMenu | None:
        """The right-click menu of one chat (built fresh; the caller shows it)."""
        conv = self.model.conversation_at(self.model.index_of(conversation_id))
        if conv is None:
            return None
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Actions for {title}").format(title=display_title(conv.title)))

        def add(text: str, slot: Any, shortcut: str = "") -> QAction:
            action = menu.addAction(text)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            return action

        add(self.tr("Rename"), lambda: self.start_rename(conv.id), "F2")
        add(self.tr("Unpin") if conv.pinned else self.tr("Pin"),
            lambda: self.pinRequested.emit(conv.id, not conv.pinned))
        add(self.tr("Unarchive") if conv.archived else self.tr("Archive"),
            lambda: self.archiveRequested.emit(conv.id, not conv.archived))
        export = menu.addMenu(self.tr("Export as"))
        for fmt, label in EXPORT_FORMATS:
            action = export.addAction(_tr(label))
            action.triggered.connect(lambda _=False, f=fmt: self.exportRequested.emit(conv.id, f))
        if not self.export_allowed:  # the organisation's policy keeps chats on this computer
            export.setEnabled(False)
            export.setToolTip(set_by_organisation())
            export.menuAction().setToolTip(set_by_organisation())
            export.menuAction().setEnabled(False)
        menu.addSeparator()
        add(self.tr("Delete"), lambda: self.delete_conversation(conv.id), "Del")
        return menu

    def delete_conversation(self, conversation_id: int) -> None:
        """Ask for the deletion at once and offer Undo for a few seconds."""
        conv = self.model.conversation_at(self.model.index_of(conversation_id))
        title = display_title(conv.title) if conv is not None else self.tr("Chat")
        had_focus = self.list_view.hasFocus()
        self.deleteRequested.emit(conversation_id)
        if had_focus:  # Delete then Ctrl+Z (the Undo shortcut lives on the list)
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.toast.show_message(self.tr("Chat deleted"), self.tr("Undo"), UNDO_TIMEOUT_MS)
        self._undo_title = title
        self._describe_undo()
        self._undo_id = conversation_id  # after show_message: replacing a toast forgets the old id

    # -- internals -----------------------------------------------------------------------------
    def _select_current(self) -> None:
        cid = self.model.current_id
        index = self.model.index_of(cid) if cid is not None else QModelIndex()
        if index.isValid():
            self.list_view.setCurrentIndex(index)
            self.list_view.scrollTo(index)
        else:
            self.list_view.clearSelection()
            self.list_view.setCurrentIndex(QModelIndex())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        conv = self.model.conversation_at(current)
        if conv is None or self._syncing:
            return
        self.model.set_current(conv.id)
        self.conversationSelected.emit(conv.id)

    def _on_context_menu(self, pos: QPoint) -> None:
        conv = self.model.conversation_at(self.list_view.indexAt(pos))
        if conv is None:
            return
        menu = self.context_menu_for(conv.id)
        if menu is not None:
            menu.aboutToHide.connect(menu.deleteLater)
            menu.popup(self.list_view.viewport().mapToGlobal(pos))

    def _on_search_text(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
            self._update_page()
            return
        self._search_timer.stop()
        self.results_model.set_hits("", [])
        self._update_page()
        self._emit_query()

    def _emit_query(self) -> None:
        query = self.search_box.text().strip()
        if query != self._last_query:
            self._last_query = query
            self.searchQueryChanged.emit(query)

    def _activate_result(self, index: QModelIndex) -> None:
        hit = self.results_model.hit_at(index)
        if hit is not None:
            self.searchResultActivated.emit(int(hit.conversation_id), int(hit.message_id or 0))

    def _on_archived_toggled(self, checked: bool) -> None:
        self._show_archived_words()
        self.showArchivedToggled.emit(checked)

    def _on_undo(self) -> None:
        cid, self._undo_id = self._undo_id, None
        if cid is not None:
            self.undoDeleteRequested.emit(cid)

    def _forget_undo(self) -> None:
        self._undo_id = None

    def _end_keyboard_navigation(self) -> None:
        self.keyboard_navigation = False

    def _update_page(self) -> None:
        if self.is_searching():
            has_hits = self.results_model.rowCount() > 0
            waiting = self.results_model.query.strip() != self.search_box.text().strip()
            if has_hits or waiting:
                self.stack.setCurrentIndex(self.PAGE_RESULTS)
            else:
                self.stack.setCurrentIndex(self.PAGE_NO_RESULTS)
        elif self.model.conversation_count() == 0:
            self.stack.setCurrentIndex(self.PAGE_EMPTY)
        else:
            self.stack.setCurrentIndex(self.PAGE_LIST)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            # Esc clears the search here, before the window's Esc (stop the answer) can take it
            assert isinstance(event, QKeyEvent)
            if watched is self.search_box and event.key() == Qt.Key.Key_Escape and self.search_box.text():
                event.accept()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.list_view and self.list_view.state() != QAbstractItemView.State.EditingState:
            cid = self.current_conversation_id()
            if key == Qt.Key.Key_Delete and cid is not None:
                self.delete_conversation(cid)
                return True
            if enter and cid is not None:
                self.conversationSelected.emit(cid)
                return True
            # arrows, Page Up/Down, Home/End…: the chat opens, the keyboard stays in the list
            self.keyboard_navigation = True
            QTimer.singleShot(0, self._end_keyboard_navigation)
        elif watched is self.results_view and enter:
            self._activate_result(self.results_view.currentIndex())
            return True
        elif watched is self.search_box:
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
            if key == Qt.Key.Key_Down and self.stack.currentWidget() is self.results_view:
                self.results_view.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if enter and self.is_searching():
                self._search_timer.stop()
                self._emit_query()
                if self.results_model.rowCount():
                    index = self.results_view.currentIndex()
                    self._activate_result(index if index.isValid() else self.results_model.index(0, 0))
                return True
        return False


def _short(title: str, limit: int = 24) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
