"""ChatView: one conversation's messages — safe Markdown, fast streaming, only what is on screen.

Why this shape:
- Model output is untrusted: it is rendered by `ui.render` into our own HTML subset and shown in
  `SafeTextBrowser`s that load nothing and follow no link. A clicked link is opened only if it is
  http/https/mailto and only after the person confirmed the FULL URL (`confirm_link`, non-blocking).
- Long chats stay smooth: `VirtualList` creates message cards only for rows on screen (plus a
  margin); `laid_out_count()` says how many exist.
- Streaming is cheap: `stream_delta` only appends to an `IncrementalRenderer`; a 16 ms timer (or
  `flush_pending_updates()`) renders the finished blocks once and re-parses just the open tail.
- The list follows the newest text unless the person scrolled up; then "Jump to latest" appears.

Public interface (the main window codes against it): see `ChatView` signals and methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop_chat.domain import MessageStatus, Role
from desktop_chat.ui.chat.banner import Banner
from desktop_chat.ui.chat.card import MAX_COLUMN, MessageCard
from desktop_chat.ui.chat.context import RenderContext
from desktop_chat.ui.chat.entry import MessageEntry
from desktop_chat.ui.chat.style import chat_style_sheet
from desktop_chat.ui.chat.virtual_list import VirtualList
from desktop_chat.ui.render.incremental import IncrementalRenderer
from desktop_chat.ui.render.links import is_openable_url
from desktop_chat.ui.render.theme import document_css, palette

__all__ = ["ChatView", "MessageEntry"]

EMPTY_HINT = "Ask anything. Enter sends, Shift+Enter adds a line."
FRAME_MS = 16  # coalesce streaming repaints to ~60 fps
HIGHLIGHT_MS = 1600


@dataclass
class _Stream:
    """The live text of an answer being received (cards come and go; this stays)."""

    renderer: IncrementalRenderer
    reasoning: str = ""
    content_dirty: bool = field(default=True)


class ChatView(QWidget):
    """The messages of one conversation. All methods must be called on the UI thread."""

    regenerateRequested = Signal(int)  # assistant message id
    editResendRequested = Signal(int, str)  # user message id, new text
    deleteRequested = Signal(int)
    continueRequested = Signal(int)  # interrupted / length-cut answer id
    retryRequested = Signal(int)  # failed / interrupted answer id
    siblingRequested = Signal(int)  # id of the sibling to show (needs MessageEntry.sibling_ids)
    siblingStepRequested = Signal(int, int)  # message id, -1 (‹) or +1 (›): always emitted
    bannerActionTriggered = Signal(str)
    linkOpenRequested = Signal(QUrl)  # after the person confirmed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChatView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.open_links_externally = True  # False: only emit linkOpenRequested
        self._dark = False
        self._conversation_id: int | None = None
        self._entries: dict[int, MessageEntry] = {}
        self._streams: dict[int, _Stream] = {}
        self._pending: set[int] = set()
        self._reasoning_open: set[int] = set()
        self._highlight_id: int | None = None
        self._tick_phase = 0
        self._link_box: QMessageBox | None = None
        self._font_pt: float | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = Banner(self)
        self.banner.actionTriggered.connect(self.bannerActionTriggered)
        banner_box = QVBoxLayout()
        banner_box.setContentsMargins(12, 8, 12, 0)
        banner_box.addWidget(self.banner)
        layout.addLayout(banner_box)
        self._stack = QStackedWidget(self)
        self.empty_label = QLabel(EMPTY_HINT, self._stack)
        self.empty_label.setObjectName("EmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._list = VirtualList(self._create_card, self._estimate, self._stack)
        self._list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._list.setAccessibleName("Messages")
        self._list.followingChanged.connect(self._update_jump)
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(self._list)
        layout.addWidget(self._stack, 1)

        self.jump_button = QPushButton("↓  Jump to latest", self)
        self.jump_button.setObjectName("JumpToLatest")
        self.jump_button.setAccessibleName("Jump to latest message")
        self.jump_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump_button.clicked.connect(self.jump_to_latest)
        self.jump_button.hide()

        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FRAME_MS)
        self._flush_timer.timeout.connect(self.flush_pending_updates)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(450)
        self._tick_timer.timeout.connect(self._tick)
        self._apply_theme(rebuild=False)
        self._update_empty()

    # --- conversation ---------------------------------------------------------------------------
    def set_conversation(self, conversation_id: int | None, entries: Sequence[MessageEntry]) -> None:
        """Show a conversation (or branch) from scratch."""
        self._conversation_id = conversation_id
        self._entries = {e.id: e for e in entries}
        self._streams = {k: s for k, s in self._streams.items() if k in self._entries}
        for entry in entries:
            if entry.message.status is MessageStatus.STREAMING and entry.id not in self._streams:
                self._streams[entry.id] = self._new_stream(entry)
        self._pending &= set(self._streams)
        self._reasoning_open &= set(self._entries)
        self._list.set_keys([e.id for e in entries])
        self._update_empty()
        self._update_tick_timer()
        self._update_jump()

    def conversation_id(self) -> int | None:
        return self._conversation_id

    def append_entry(self, entry: MessageEntry) -> None:
        if entry.id in self._entries:
            self.update_entry(entry)
            return
        self._entries[entry.id] = entry
        if entry.message.status is MessageStatus.STREAMING:
            self._streams[entry.id] = self._new_stream(entry)
        self._list.insert_key(len(self._list.row_keys()), entry.id)
        self._refresh_continued_parent(entry)
        if entry.message.role is Role.USER:
            self._list.scroll_to_bottom()  # sending a message brings you to the end
        self._update_empty()
        self._update_tick_timer()

    def update_entry(self, entry: MessageEntry) -> None:
        if entry.id not in self._entries:
            self.append_entry(entry)
            return
        self._entries[entry.id] = entry
        if entry.message.status is MessageStatus.STREAMING:
            if entry.id not in self._streams:
                self._streams[entry.id] = self._new_stream(entry)
        else:
            self._streams.pop(entry.id, None)
            self._pending.discard(entry.id)
        self._list.invalidate(entry.id)
        self._update_tick_timer()

    def remove_entry(self, message_id: int) -> None:
        removed = self._entries.pop(message_id, None)
        if removed is not None:
            self._refresh_continued_parent(removed)
        self._streams.pop(message_id, None)
        self._pending.discard(message_id)
        self._reasoning_open.discard(message_id)
        self._list.remove_key(message_id)
        self._update_empty()
        self._update_tick_timer()
        self._update_jump()

    def entries(self) -> list[MessageEntry]:
        return [self._entries[k] for k in self._list.row_keys()]

    # --- streaming ------------------------------------------------------------------------------
    def stream_delta(self, message_id: int, text: str = "", reasoning: str = "") -> None:
        """Append to an answer being received; rendered at the next frame (cheap to call)."""
        stream = self._streams.get(message_id)
        if stream is None:
            entry = self._entries.get(message_id)
            if entry is None:
                return
            stream = self._streams[message_id] = self._new_stream(entry)
            self._update_tick_timer()
        if text:
            stream.renderer.append(text)
            stream.content_dirty = True
        stream.reasoning += reasoning
        self._pending.add(message_id)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush_pending_updates(self) -> None:
        """Render all queued deltas now (normally the frame timer does this)."""
        self._flush_timer.stop()
        pending, self._pending = self._pending, set()
        for message_id in pending:
            stream = self._streams.get(message_id)
            if stream is None:
                continue
            snap = stream.renderer.render() if stream.content_dirty else None
            stream.content_dirty = False
            card = self._list.widget_for(message_id)
            if isinstance(card, MessageCard):
                card.apply_stream(snap, stream.reasoning)
            self._list.remeasure(message_id, relayout=False)
        if pending:
            self._list.relayout()
            self._update_jump()

    def streaming_text(self, message_id: int) -> str | None:
        stream = self._streams.get(message_id)
        return None if stream is None else stream.renderer.text

    def _new_stream(self, entry: MessageEntry) -> _Stream:
        renderer = IncrementalRenderer(entry.message.content, dark=self._dark)
        return _Stream(renderer, entry.message.reasoning)

    # --- banner ---------------------------------------------------------------------------------
    def show_banner(
        self,
        text: str,
        *,
        action_id: str = "",
        action_label: str = "",
        details: str = "",
        kind: str = "error",
    ) -> None:
        self.banner.show_message(
            text, action_id=action_id, action_label=action_label, details=details, kind=kind
        )

    def update_banner_text(self, text: str) -> None:
        self.banner.set_text(text)

    def clear_banner(self) -> None:
        self.banner.clear()

    # --- scrolling ------------------------------------------------------------------------------
    def scroll_to_message(self, message_id: int) -> None:
        """Bring a message into view (search results) and highlight it briefly."""
        if message_id not in self._entries:
            return
        self._set_highlight(None)
        self._list.scroll_to_key(message_id)
        self._set_highlight(message_id)
        QTimer.singleShot(HIGHLIGHT_MS, self, lambda: self._set_highlight(None, only=message_id))
        self._update_jump()

    def jump_to_latest(self) -> None:
        self._list.scroll_to_bottom()
        self._update_jump()

    def is_following(self) -> bool:
        return self._list.is_following()

    def laid_out_count(self) -> int:
        """How many message cards exist right now (virtualisation: O(visible), not O(messages))."""
        return self._list.live_count()

    def card_for(self, message_id: int) -> MessageCard | None:
        card = self._list.widget_for(message_id)
        return card if isinstance(card, MessageCard) else None

    def message_list(self) -> VirtualList:
        return self._list

    def _set_highlight(self, message_id: int | None, *, only: int | None = None) -> None:
        if only is not None and self._highlight_id != only:
            return
        old, self._highlight_id = self._highlight_id, message_id
        for key in {old, message_id} - {None}:
            card = self.card_for(key)  # type: ignore[arg-type]
            if card is not None:
                card.set_highlighted(key == message_id)

    # --- appearance -----------------------------------------------------------------------------
    def set_font_point_size(self, pt: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(pt)
        self.setFont(font)
        self._font_pt = pt
        self._apply_theme()

    def set_dark(self, dark: bool) -> None:
        if dark == self._dark:
            return
        self._dark = dark
        for key, stream in list(self._streams.items()):
            renderer = IncrementalRenderer(stream.renderer.text, dark=dark)
            self._streams[key] = _Stream(renderer, stream.reasoning)
        self._apply_theme()

    def is_dark(self) -> bool:
        return self._dark

    def _apply_theme(self, *, rebuild: bool = True) -> None:
        pal = palette(self._dark)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.95))
        self._ctx = RenderContext(pal, document_css(pal, mono.family()), mono)
        metrics = QFontMetrics(self.font())
        self._line_height = metrics.lineSpacing()
        self._char_width = max(4, metrics.averageCharWidth())
        self.setStyleSheet(chat_style_sheet(pal, point_size=self._font_pt, mono_family=mono.family()))
        if rebuild:
            self._list.invalidate()

    # --- links ----------------------------------------------------------------------------------
    def request_link(self, url: QUrl) -> None:
        """A link in a message was clicked: only web and mail links get as far as a confirmation."""
        if not is_openable_url(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)):
            return
        self.confirm_link(url)

    def confirm_link(self, url: QUrl) -> None:
        """Ask before opening, showing the full URL; non-blocking (open(), not exec())."""
        full = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        box = QMessageBox(self)
        box.setObjectName("OpenLinkDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Open link?")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"Open this link in your web browser?\n\n{full}")
        open_button = box.addButton("Open", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        open_button.setAccessibleName("Open link")
        open_button.clicked.connect(lambda: self._open_confirmed(QUrl(url)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._link_box = box
        box.finished.connect(self._forget_link_box)
        box.open()

    def link_dialog(self) -> QMessageBox | None:
        return self._link_box

    def _forget_link_box(self) -> None:
        self._link_box = None

    def _open_confirmed(self, url: QUrl) -> None:
        if not is_openable_url(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)):
            return
        self.linkOpenRequested.emit(url)
        if self.open_links_externally:
            QDesktopServices.openUrl(url)

    # --- CardHost -------------------------------------------------------------------------------
    def copy_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def open_link(self, url: QUrl) -> None:
        self.request_link(url)

    def card_resized(self, message_id: int) -> None:
        self._list.remeasure(message_id)

    def card_action(self, action: str, message_id: int) -> None:
        if action == "copy":
            entry = self._entries.get(message_id)
            if entry is not None:
                streamed = self.streaming_text(message_id)
                self.copy_text(entry.message.content if streamed is None else streamed)
        elif action == "regenerate":
            self.regenerateRequested.emit(message_id)
        elif action == "delete":
            self.deleteRequested.emit(message_id)
        elif action == "continue":
            self.continueRequested.emit(message_id)
        elif action == "retry":
            self.retryRequested.emit(message_id)
        elif action in ("sibling-prev", "sibling-next"):
            step = -1 if action == "sibling-prev" else 1
            entry = self._entries.get(message_id)
            target = entry.sibling_id(step) if entry is not None else None
            self.siblingStepRequested.emit(message_id, step)
            if target is not None:
                self.siblingRequested.emit(target)

    def edit_submitted(self, message_id: int, text: str) -> None:
        self.editResendRequested.emit(message_id, text)

    def set_editing(self, message_id: int, editing: bool) -> None:
        self._list.pin(message_id, editing)

    def set_reasoning_open(self, message_id: int, is_open: bool) -> None:
        if is_open:
            self._reasoning_open.add(message_id)
        else:
            self._reasoning_open.discard(message_id)

    def is_reasoning_open(self, message_id: int) -> bool:
        return message_id in self._reasoning_open

    # --- internals ------------------------------------------------------------------------------
    def _create_card(self, key: int) -> QWidget:
        entry = self._entries[key]
        stream = self._streams.get(key)
        card = MessageCard(
            entry,
            self,
            self._ctx,
            stream=stream.renderer.render() if stream is not None else None,
            reasoning=stream.reasoning if stream is not None else None,
            continued=self._is_continued(entry),
        )
        if stream is not None:
            stream.content_dirty = False
            card.tick(self._tick_phase)
        if key == self._highlight_id:
            card.set_highlighted(True)
        return card

    def _is_continued(self, entry: MessageEntry) -> bool:
        """True when an answer shown here goes on from `entry` (a "Continue" of it)."""
        if entry.message.role is not Role.ASSISTANT:
            return False
        return any(
            e.message.parent_id == entry.id and e.message.role is Role.ASSISTANT
            for e in self._entries.values()
        )

    def _refresh_continued_parent(self, entry: MessageEntry) -> None:
        """A continuation came or went: the answer it continues shows or drops its notice."""
        parent = self._entries.get(entry.message.parent_id or -1)
        if parent is not None and parent.message.role is Role.ASSISTANT:
            self._list.invalidate(parent.id)

    def _estimate(self, key: int, width: int) -> int:
        entry = self._entries[key]
        stream = self._streams.get(key)
        length = len(stream.renderer) if stream is not None else len(entry.message.content)
        newlines = entry.message.content.count("\n")
        column = max(120, min(MAX_COLUMN, width - 40)) - 28
        per_line = max(20, column // self._char_width)
        lines = length // per_line + newlines + 1
        chrome = 64 if entry.message.role is Role.USER else 92
        return chrome + lines * self._line_height

    def _update_empty(self) -> None:
        self._stack.setCurrentWidget(self._list if self._entries else self.empty_label)

    def _update_jump(self, *_: object) -> None:
        bar = self._list.verticalScrollBar()
        show = bool(self._entries) and not self._list.is_following() and bar.maximum() > 0
        if show:
            self._place_jump()
            self.jump_button.raise_()
        self.jump_button.setVisible(show)

    def _place_jump(self) -> None:
        self.jump_button.adjustSize()
        area = self._stack.geometry()
        x = area.x() + (area.width() - self.jump_button.width()) // 2
        y = area.bottom() - self.jump_button.height() - 16
        self.jump_button.move(x, y)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.jump_button.isVisible():
            self._place_jump()

    def _update_tick_timer(self) -> None:
        if self._streams and not self._tick_timer.isActive():
            self._tick_timer.start()
        elif not self._streams:
            self._tick_timer.stop()

    def _tick(self) -> None:
        self._tick_phase += 1
        for key in self._streams:
            card = self.card_for(key)
            if card is not None:
                card.tick(self._tick_phase)
