"""ChatView: one conversation's messages — safe Markdown, fast streaming, only what is on screen.

Why this shape:
- Model output is untrusted: it is rendered by `ui.render` into our own HTML subset and shown in
  `SafeTextBrowser`s that load nothing and follow no link. A clicked link is opened only if it is
  http/https/mailto and only after the person confirmed the FULL URL (`confirm_link`, non-blocking).
- Long chats stay smooth: `VirtualList` creates message cards only for rows on screen (plus a
  margin); `laid_out_count()` says how many exist.
- Streaming is cheap: `stream_delta` only appends to an `IncrementalRenderer`; a 16 ms timer (or
  `flush_pending_updates()`) renders the finished blocks once and re-parses just the open tail.
- Nothing long is rendered twice: an answer that ends, or a row whose data changed but not its
  text, is updated in place (`update_entry`, and `set_conversation` of the same chat); a streaming
  answer's renderer — and, for the last few, its card — is kept while its chat is not on screen.
- The list follows the newest text unless the person scrolled up; then "Jump to latest" appears.
- Where the context is cut (`set_context_cut`) and the summaries sent in place of earlier messages
  (`set_summaries`) are rows of the same list with keys of their own (negative: message ids are
  positive), placed from the message they sit before / after each time rows come or go — a cut
  whose message is not loaded yet is remembered and shown when it is (`context_rows`).
- Tool calls are drawn under the answer that made them (`tool_cards`); what must outlive a card —
  a question waiting for the person (`ask_tool_approval`), a call running since when
  (`set_tool_running`), a result not stored yet (`show_tool_result`), which parts are unfolded —
  is kept here, keyed by message and call, and merged with the stored message (`tool_state`).
  The person's answer comes out as `toolDecision(call_id, Decision)`.
- An empty chat is on screen first: the card widgets and the Markdown renderer (markdown-it,
  Pygments) are imported when the first message needs them or by `warm_up()` (the app calls it
  after the first paint), not with this module (start-up time; tests/gui/window/test_startup_imports.py).

- A language switch (Qt's LanguageChange, `retranslate`): the view's own words are written again,
  the open questions (open a link, remove a summary) re-worded, and every row on screen rebuilt
  from its data (rendered answers carry words too) where the reader was; a card with an edit in
  progress is kept (it rewrites its own words) and rebuilt when the edit ends.

Public interface (the main window codes against it): see `ChatView` signals and methods.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop_chat.domain import MessageStatus, Role, Summary, ToolCall, ToolResult, ToolSpec
from desktop_chat.ui.chat.attachments import (
    AttachmentAction,
    AttachmentSource,
    chip_attachments,
    chips_height,
    images_height,
    shown_images,
)
from desktop_chat.ui.chat.banner import Banner
from desktop_chat.ui.chat.context import MAX_COLUMN, CardAction, RenderContext
from desktop_chat.ui.chat.entry import MessageEntry
from desktop_chat.ui.chat.live import LiveStream, trim_heap
from desktop_chat.ui.chat.style import chat_style_sheet
from desktop_chat.ui.chat.thumbnails import ImageLoader, wait_for_workers
from desktop_chat.ui.chat.tool_state import Decision, Fold, Phase, ToolRow, merge_rows, rows_height
from desktop_chat.ui.chat.virtual_list import VirtualList
from desktop_chat.ui.language import is_language_change
from desktop_chat.ui.notices import Notice
from desktop_chat.ui.render.links import is_openable_url
from desktop_chat.ui.render.theme import document_css, palette

if TYPE_CHECKING:
    from desktop_chat.ui.chat.attachment_actions import AttachmentActions
    from desktop_chat.ui.chat.card import MessageCard
    from desktop_chat.ui.chat.context_rows import ContextDivider, SummaryCard
    from desktop_chat.ui.chat.tool_cards import ToolCallCard
    from desktop_chat.ui.render.incremental import IncrementalRenderer

    # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["ChatView", "MessageEntry"]

# English source, shown translated
EMPTY_HINT = QT_TRANSLATE_NOOP("ChatView", "Ask anything. Enter sends, Shift+Enter adds a line.")
FRAME_MS = 16  # coalesce streaming repaints to ~60 fps
HIGHLIGHT_MS = 1600
PARKED_MAX = 8  # streaming answers of chats off screen whose rendered state is kept
PARKED_CARDS = 2  # …of which this many also keep their card (widgets) for an instant return
BIG_MESSAGE_CHARS = 50_000  # dropping the card of a message this long is worth a heap trim
TRIM_AFTER_MS = 300


def _card_class() -> type[MessageCard]:
    """MessageCard, imported on first use (see the module docstring)."""
    from desktop_chat.ui.chat.card import MessageCard

    return MessageCard


DIVIDER_KEY = -1  # the row of the context cut; summaries: summary_key()


def summary_key(summary_id: int) -> int:
    """The list row key of a summary (negative, apart from messages and the divider)."""
    return -2 - summary_id


@dataclasses.dataclass(frozen=True)
class _Cut:
    """Where the messages sent to the model start (`set_context_cut`)."""

    first_sent_id: int
    left_out: int
    summarising: bool
    can_summarise: bool


def _divider_class() -> type[ContextDivider]:
    from desktop_chat.ui.chat.context_rows import ContextDivider

    return ContextDivider


def _summary_class() -> type[SummaryCard]:
    from desktop_chat.ui.chat.context_rows import SummaryCard

    return SummaryCard


def _renderer(text: str, *, dark: bool) -> IncrementalRenderer:
    from desktop_chat.ui.render.incremental import IncrementalRenderer

    return IncrementalRenderer(text, dark=dark)


class ChatView(QWidget):
    """The messages of one conversation. All methods must be called on the UI thread."""

    regenerateRequested = Signal(int)  # assistant message id
    editResendRequested = Signal(int, str)  # user message id, new text
    deleteRequested = Signal(int)
    continueRequested = Signal(int)  # interrupted / length-cut answer id
    retryRequested = Signal(int)  # failed / interrupted answer id
    siblingRequested = Signal(int)  # id of the sibling to show (needs MessageEntry.sibling_ids)
    siblingStepRequested = Signal(int, int)  # message id, -1 (‹) or +1 (›): always emitted
    noticeActionTriggered = Signal(object)  # NoticeAction of the banner's button
    noticeDismissed = Signal()
    linkOpenRequested = Signal(QUrl)  # after the person confirmed
    summariseRequested = Signal()  # "Summarise them" on the context divider
    summaryEdited = Signal(int, str)  # summary id, new text
    summaryRemoved = Signal(int)  # summary id, after the person confirmed
    toolDecision = Signal(str, object)  # call id, Decision (Allow once / Always allow / Deny)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChatView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.open_links_externally = True  # False: only emit linkOpenRequested
        self._dark = False
        self._conversation_id: int | None = None
        self._entries: dict[int, MessageEntry] = {}
        self._streams: dict[int, LiveStream] = {}
        # Answers still streaming in chats not on screen: switching back continues from here
        # instead of re-rendering (and re-filling a card with) everything received so far.
        self._parked: dict[int, LiveStream] = {}
        self._parked_cards: dict[int, QWidget] = {}  # their cards, hidden (the newest PARKED_CARDS)
        self._pending: set[int] = set()
        self._reasoning_open: set[int] = set()
        self._highlight_id: int | None = None
        self._tick_phase = 0
        self._link_box: QMessageBox | None = None
        self._link_words: tuple[str, QPushButton] | None = None  # the URL asked about, its Open button
        self._summary_remove: QPushButton | None = None  # the Remove button of the open question
        self._relabel_after_edit: set[int] = set()  # rows kept through a language switch (an edit)
        self._font_pt: float | None = None
        self._cut: _Cut | None = None
        self._summaries: dict[int, tuple[Summary, int]] = {}  # row key → (summary, message it follows)
        self._summary_box: QMessageBox | None = None
        self._loader = ImageLoader(self)
        self._attachment_actions: AttachmentActions | None = None
        self._tool_live: dict[int, dict[str, ToolRow]] = {}  # message id → call id → live row
        self._tool_open: set[tuple[int, str, Fold]] = set()  # (message id, call id, part) unfolded

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = Banner(self)
        self.banner.actionTriggered.connect(self.noticeActionTriggered)
        self.banner.dismissed.connect(self.noticeDismissed)
        banner_box = QVBoxLayout()
        banner_box.setContentsMargins(12, 8, 12, 0)
        banner_box.addWidget(self.banner)
        layout.addLayout(banner_box)
        self._stack = QStackedWidget(self)
        self.empty_label = QLabel(self._stack)
        self.empty_label.setObjectName("EmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._list = VirtualList(self._create_card, self._estimate, self._stack)
        self._list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._list.followingChanged.connect(self._update_jump)
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(self._list)
        layout.addWidget(self._stack, 1)

        self.jump_button = QPushButton(self)
        self.jump_button.setObjectName("JumpToLatest")
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
        self._write_words()
        self._update_empty()

    # --- words ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The language changed: write the view's words again, re-word the open questions, and
        rebuild the rows on screen from their data where the reader was (see the module docstring)."""
        self._write_words()
        if self._link_box is not None and self._link_words is not None:
            self._word_link_box(self._link_box, *self._link_words)
        if self._summary_box is not None and self._summary_remove is not None:
            self._word_summary_box(self._summary_box, self._summary_remove)
        for key in list(self._parked_cards):  # built in the old language; their streams are kept
            self._drop_parked_card(key)
        kept = self._list.pinned_keys()  # edits in progress: their cards rewrite their own words
        self._relabel_after_edit |= kept
        focused = QGuiApplication.focusObject()
        had_focus = isinstance(focused, QWidget) and self._list.isAncestorOf(focused)
        self._list.invalidate(keep_pinned=True)
        if had_focus and not kept:
            self._list.setFocus(Qt.FocusReason.OtherFocusReason)  # its card is gone: stay in the list
        self._update_jump()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _write_words(self) -> None:
        self.empty_label.setText(QCoreApplication.translate("ChatView", EMPTY_HINT))
        self._list.setAccessibleName(self.tr("Messages"))
        self.jump_button.setText(self.tr("↓  Jump to latest"))
        self.jump_button.setAccessibleName(self.tr("Jump to latest message"))

    # --- conversation ---------------------------------------------------------------------------
    def set_conversation(self, conversation_id: int | None, entries: Sequence[MessageEntry]) -> None:
        """Show a conversation (or branch).

        The same chat again with the same rows first (an answer ended, a turn started) only
        updates the rows that changed, in place; anything else is drawn from scratch.
        """
        keys = [e.id for e in entries]
        old_keys = self.row_keys()
        if conversation_id != self._conversation_id:  # another chat's cut and summaries do not apply
            self._cut = None
            self._summaries = {}
        if (
            conversation_id is not None
            and conversation_id == self._conversation_id
            and old_keys
            and keys[: len(old_keys)] == old_keys
        ):
            for entry in entries[: len(old_keys)]:
                if self._entries.get(entry.id) != entry:
                    self.update_entry(entry)
            for entry in entries[len(old_keys) :]:
                self.append_entry(entry)
            self._update_jump()
            return
        big = any(self._length_of(k) > BIG_MESSAGE_CHARS for k in self._list.live_keys())
        self._conversation_id = conversation_id
        self._entries = {e.id: e for e in entries}
        if big:  # once its widgets are really deleted, hand the memory back to the system
            QTimer.singleShot(TRIM_AFTER_MS, self, trim_heap)
        for key, stream in self._streams.items():
            if key not in self._entries:
                self._parked[key] = stream
                card = self._list.take(key)  # kept whole: coming back must not rebuild it
                if card is not None:
                    self._parked_cards[key] = card
        streams: dict[int, LiveStream] = {}
        for entry in entries:
            old = self._streams.get(entry.id) or self._parked.pop(entry.id, None)
            if entry.message.status is MessageStatus.STREAMING:
                keep = old is not None and old.catch_up(entry.message)
                streams[entry.id] = old if keep and old is not None else self._new_stream(entry)
                if not keep:
                    self._drop_parked_card(entry.id)
        self._streams = streams
        while len(self._parked) > PARKED_MAX:
            self._parked.pop(next(iter(self._parked)))
        for key in list(self._parked_cards):
            stale = key not in self._parked or len(self._parked_cards) > PARKED_CARDS
            if key not in self._streams and stale:  # oldest first
                self._drop_parked_card(key)
        self._pending &= set(self._streams)
        self._reasoning_open &= set(self._entries)
        self._list.set_keys(self._with_context_rows(keys))
        self._update_empty()
        self._update_tick_timer()
        self._update_jump()

    def conversation_id(self) -> int | None:
        return self._conversation_id

    def prepend_entries(self, entries: Sequence[MessageEntry]) -> None:
        """Older messages of the chat on screen, drawn after its newest ones: the view stays put."""
        fresh = [e for e in entries if e.id not in self._entries]
        if not fresh:
            return
        for e in fresh:
            self._entries[e.id] = e
        shown = self._list.row_keys()
        first_old = next((k for k in shown if k >= 0), None)
        keys = self._with_context_rows([e.id for e in fresh] + ([first_old] if first_old is not None else []))
        if first_old is not None:
            keys = keys[: keys.index(first_old)]
        placed = set(shown)
        self._list.prepend_keys([k for k in keys if k not in placed])  # their rows come with them
        self._place_context_rows()
        self._update_jump()

    def row_keys(self) -> list[int]:
        """The ids of the messages shown, top to bottom (not the divider or summaries)."""
        return [k for k in self._list.row_keys() if k >= 0]

    def append_entry(self, entry: MessageEntry) -> None:
        if entry.id in self._entries:
            self.update_entry(entry)
            return
        self._entries[entry.id] = entry
        if entry.message.status is MessageStatus.STREAMING:
            self._streams[entry.id] = self._new_stream(entry)
        self._list.insert_key(len(self._list.row_keys()), entry.id)
        self._place_context_rows()
        self._refresh_continued_parent(entry)
        if entry.message.role is Role.USER:
            self._list.scroll_to_bottom()  # sending a message brings you to the end
        self._update_empty()
        self._update_tick_timer()

    def update_entry(self, entry: MessageEntry) -> None:
        if entry.id not in self._entries:
            self.append_entry(entry)
            return
        old = self._entries[entry.id]
        self._entries[entry.id] = entry
        self._forget_stored_results(entry)
        ended: LiveStream | None = None
        if entry.message.status is MessageStatus.STREAMING:
            stream = self._streams.get(entry.id)
            if stream is None or not stream.catch_up(entry.message):
                self._streams[entry.id] = self._new_stream(entry)
        else:
            ended = self._streams.pop(entry.id, None)
            self._pending.discard(entry.id)
        self._list.update_in_place(entry.id, lambda card: self._update_card(card, entry, old, ended))
        self._update_tick_timer()

    def _update_card(
        self, card: QWidget, entry: MessageEntry, old: MessageEntry, ended: LiveStream | None
    ) -> bool:
        """Patch a live card whose text is unchanged (or only grew while streaming); False: rebuild."""
        if not isinstance(card, _card_class()) or card.editor is not None:
            return False
        msg = entry.message
        if msg.role is not old.message.role:
            return False
        stream = self._streams.get(entry.id)
        if stream is None:
            stream = ended  # an answer that just ended: its streamed blocks ARE its rendering
        if stream is not None:
            if not stream.catch_up(msg):
                return False
            snap = stream.renderer.render() if stream.content_dirty else None
            stream.content_dirty = False
            card.update_in_place(entry, stream=snap, reasoning=stream.reasoning,
                                 continued=self._is_continued(entry))
            return True
        if card.entry.message.status is MessageStatus.STREAMING:
            return False  # it was streaming but its stream is gone: draw it afresh
        if msg.content != card.entry.message.content or msg.reasoning != card.entry.message.reasoning:
            return False
        card.update_in_place(entry, continued=self._is_continued(entry))
        return True

    def remove_entry(self, message_id: int) -> None:
        removed = self._entries.pop(message_id, None)
        if removed is not None:
            self._refresh_continued_parent(removed)
        self._streams.pop(message_id, None)
        self._pending.discard(message_id)
        self._reasoning_open.discard(message_id)
        self._tool_live.pop(message_id, None)
        self._tool_open = {k for k in self._tool_open if k[0] != message_id}
        self._list.remove_key(message_id)
        self._place_context_rows()
        self._update_empty()
        self._update_tick_timer()
        self._update_jump()

    def entries(self) -> list[MessageEntry]:
        return [self._entries[k] for k in self.row_keys()]

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
        if reasoning:
            stream.reasoning_parts.append(reasoning)
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
            if isinstance(card, _card_class()):
                card.apply_stream(snap, stream.reasoning)
            self._list.remeasure(message_id, relayout=False)
        if pending:
            self._list.relayout()
            self._update_jump()

    def streaming_text(self, message_id: int) -> str | None:
        stream = self._streams.get(message_id)
        return None if stream is None else stream.renderer.text

    def _new_stream(self, entry: MessageEntry) -> LiveStream:
        renderer = _renderer(entry.message.content, dark=self._dark)
        return LiveStream(renderer, [entry.message.reasoning] if entry.message.reasoning else [])

    # --- banner ---------------------------------------------------------------------------------
    def show_notice(self, notice: Notice) -> None:
        """Show a notice in the banner above the messages (replacing the one on show)."""
        self.banner.show_notice(notice)

    def update_notice_text(self, text: str) -> None:
        """Change the banner's sentence in place (a countdown)."""
        self.banner.set_text(text)

    def clear_notice(self) -> None:
        self.banner.clear()

    # --- where the context is cut, and the summaries sent instead --------------------------------
    def set_context_cut(
        self, first_sent_id: int | None, left_out: int, *, summarising: bool = False,
        can_summarise: bool = True,
    ) -> None:
        """Show one divider just before message `first_sent_id`: above it, `left_out` messages are
        not sent to the model. None or 0 removes it. A message not loaded yet (older rows come
        later) is remembered: the divider shows once it is. `summarising`: the button waits
        ("Summarising…"); `can_summarise` False hides it."""
        cut = None if first_sent_id is None or left_out <= 0 else _Cut(
            first_sent_id, left_out, summarising, can_summarise)
        old, self._cut = self._cut, cut
        if cut == old:
            return
        if cut is not None and old is not None and cut.first_sent_id == old.first_sent_id:
            self._list.update_in_place(DIVIDER_KEY, self._update_divider)
            return
        self._place_context_rows()

    def context_cut(self) -> tuple[int, int] | None:
        """(first sent message id, messages left out) of the divider asked for, or None."""
        return None if self._cut is None else (self._cut.first_sent_id, self._cut.left_out)

    def set_summaries(self, items: Sequence[tuple[Summary, int]]) -> None:
        """The summaries in use, each with the id of the message it follows (its
        `through_message_id`): each is shown as a card right after that message, once loaded."""
        new = {summary_key(summary.id): (summary, after) for summary, after in items}
        old, self._summaries = self._summaries, new
        for key, (summary, after) in new.items():
            before = old.get(key)
            if before is not None and before[1] == after and before[0] != summary:
                self._list.update_in_place(key, functools.partial(self._update_summary, summary=summary))
        self._place_context_rows()

    def summaries(self) -> list[Summary]:
        return [summary for summary, _after in self._summaries.values()]

    def divider(self) -> ContextDivider | None:
        """The divider's widget, if it is placed and on screen."""
        row = self._list.widget_for(DIVIDER_KEY)
        return row if isinstance(row, _divider_class()) else None

    def summary_card_for(self, summary_id: int) -> SummaryCard | None:
        card = self._list.widget_for(summary_key(summary_id))
        return card if isinstance(card, _summary_class()) else None

    def summary_dialog(self) -> QMessageBox | None:
        """The "Remove this summary?" question while it is open."""
        return self._summary_box

    def _with_context_rows(self, messages: Sequence[int]) -> list[int]:
        """The list's keys for these message rows: summaries after their message, the divider
        before its own (so a summary right before the cut comes first, then the divider)."""
        if self._cut is None and not self._summaries:
            return list(messages)
        after: dict[int, list[int]] = {}
        for key, (_summary, message_id) in self._summaries.items():
            after.setdefault(message_id, []).append(key)
        cut = self._cut.first_sent_id if self._cut is not None else None
        keys: list[int] = []
        for message_id in messages:
            if message_id == cut:
                keys.append(DIVIDER_KEY)
            keys.append(message_id)
            keys.extend(after.get(message_id, ()))
        return keys

    def _place_context_rows(self) -> None:
        """Insert, move or drop the divider and summary rows so they sit where they belong.

        Cheap when there are none; otherwise a few row inserts. What the reader looks at stays put
        (an insert above the screen would push it down by the row's height).
        """
        shown = self._list.row_keys()
        if self._cut is None and not self._summaries and min(shown, default=0) >= 0:
            return
        wanted = self._with_context_rows([k for k in shown if k >= 0])
        if shown == wanted:
            return
        anchor = self._reading_anchor()
        keep = set(wanted)
        for key in [k for k in shown if k < 0 and k not in keep]:
            self._list.remove_key(key)
        shown = self._list.row_keys()
        present = set(shown)
        if shown != [k for k in wanted if k in present]:  # in the wrong place: place them afresh
            for key in [k for k in shown if k < 0]:
                self._list.remove_key(key)
            present = set(self._list.row_keys())
        for index, key in enumerate(wanted):
            if key not in present:
                self._list.insert_key(index, key)
        if anchor is not None:
            self._list.scroll_to_key(*anchor)

    def _reading_anchor(self) -> tuple[int, int] | None:
        """(message id, offset) at the top of the screen when the list does not follow the end."""
        if self._list.is_following():
            return None
        value = self._list.verticalScrollBar().value()
        best: tuple[int, int] | None = None
        for key in self.row_keys():
            top = self._list.row_rect_top(key)
            if top is None or top > value:
                break
            best = (key, value - top)
        return best

    def _create_context_row(self, key: int) -> QWidget:
        if key == DIVIDER_KEY:
            divider = _divider_class()(self)
            self._update_divider(divider)
            return divider
        summary, _after = self._summaries[key]
        return _summary_class()(summary, key, self, self._ctx)

    def _update_divider(self, row: QWidget) -> bool:
        if not isinstance(row, _divider_class()) or self._cut is None:
            return False
        cut = self._cut
        row.set_state(cut.left_out, summarising=cut.summarising, can_summarise=cut.can_summarise)
        return True

    def _update_summary(self, card: QWidget, summary: Summary) -> bool:
        if not isinstance(card, _summary_class()):
            return False
        if card.editor is None:
            card.set_summary(summary)
        else:
            card.summary = summary  # the edit in progress is kept; saved against the new data
        return True

    def _estimate_context_row(self, key: int, width: int) -> int:
        if key == DIVIDER_KEY:
            return self._line_height + 16
        item = self._summaries.get(key)
        text = item[0].content if item is not None else ""
        column = max(120, min(MAX_COLUMN, width - 40)) - 28
        per_line = max(20, column // self._char_width)
        return 68 + (len(text) // per_line + text.count("\n") + 1) * self._line_height

    # --- ContextRowHost ---------------------------------------------------------------------------
    def summarise_clicked(self) -> None:
        if self._cut is not None and self._cut.can_summarise and not self._cut.summarising:
            self.summariseRequested.emit()

    def summary_edit_saved(self, summary_id: int, text: str) -> None:
        """Shown at once; the controller stores it (and sets the summaries again, or back)."""
        key = summary_key(summary_id)
        item = self._summaries.get(key)
        if item is not None:
            changed = dataclasses.replace(item[0], content=text)
            self._summaries[key] = (changed, item[1])
            self._list.update_in_place(key, lambda card: self._update_summary(card, changed))
        self.summaryEdited.emit(summary_id, text)

    def summary_remove_clicked(self, summary_id: int) -> None:
        """Ask first, without blocking (open(), not exec()); Cancel is the default."""
        if self._summary_box is not None:
            self._summary_box.close()
        box = QMessageBox(self)
        box.setObjectName("RemoveSummaryDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton("", QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        remove.clicked.connect(lambda: self.summaryRemoved.emit(summary_id))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._word_summary_box(box, remove)
        self._summary_box = box
        self._summary_remove = remove
        box.finished.connect(lambda _result, b=box: self._forget_summary_box(b))
        box.open()

    def _word_summary_box(self, box: QMessageBox, remove: QPushButton) -> None:
        box.setWindowTitle(self.tr("Remove summary?"))
        box.setText(self.tr("Remove this summary?"))
        box.setInformativeText(self.tr(
            "The messages it stands for stay in the chat, but the model no longer gets their gist "
            "when they do not fit in its context window."))
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove summary"))

    def _forget_summary_box(self, box: QMessageBox) -> None:
        if self._summary_box is box:
            self._summary_box = None
            self._summary_remove = None

    def row_editing(self, key: int, editing: bool) -> None:
        self.set_editing(key, editing)

    def row_resized(self, key: int) -> None:
        self._list.remeasure(key)

    # --- attachments ----------------------------------------------------------------------------
    def set_attachment_source(self, source: AttachmentSource | None) -> None:
        """Where the bytes of attachments come from (the history store); until then chips and
        image frames show without pixels. Cards on screen ask for their pictures at once."""
        if source is self._loader.source():
            return
        self._loader.set_source(source)
        for key in self._list.live_keys():
            card = self.card_for(key)
            if card is not None:
                card.request_pictures()

    def attachment_source(self) -> AttachmentSource | None:
        return self._loader.source()

    def image_loader(self) -> ImageLoader:
        """The decoder and cache of this view's pictures (also the CardHost's)."""
        return self._loader

    def attachment_actions(self) -> AttachmentActions:
        """Previews, viewers, saved copies and clipboard copies (created on first use)."""
        if self._attachment_actions is None:
            from desktop_chat.ui.chat.attachment_actions import AttachmentActions

            self._attachment_actions = AttachmentActions(self, self._loader)
        return self._attachment_actions

    def attachment_action(self, action: AttachmentAction, message_id: int, index: int) -> None:
        """A chip or an inline picture of message `message_id` was used (`index` into its
        `Message.attachments`): open, save or copy it."""
        entry = self._entries.get(message_id)
        if entry is None or not 0 <= index < len(entry.message.attachments):
            return
        self.attachment_actions().act(entry.message, entry.message.attachments[index], action)

    def flush_image_decodes(self, timeout_ms: int = 5000) -> bool:
        """Wait for the pictures asked for so far and show them now (tests, benchmarks);
        False if the workers did not finish in time."""
        done = wait_for_workers(timeout_ms)
        self._list.viewport().update()
        return done

    # --- tool calls -----------------------------------------------------------------------------
    def ask_tool_approval(self, message_id: int, call: ToolCall, spec: ToolSpec | None) -> None:
        """Show "Wants to use …" with Allow once / Always allow this tool / Deny on the card of
        answer `message_id`. The question stays (scrolled away and back, or the chat switched)
        until the person answers — `toolDecision(call.id, Decision)` — or `clear_tool_activity`."""
        self._set_live(message_id, ToolRow(call, Phase.ASKING, spec))

    def set_tool_running(
        self, message_id: int, call_id: str, started: float, call: ToolCall | None = None,
        spec: ToolSpec | None = None,
    ) -> None:  # fmt: skip
        """Call `call_id` runs since `started` (`time.monotonic()` seconds): a spinner and the
        seconds so far. `call`/`spec` name it when it was never asked about (auto-approved) and the
        stored message does not carry it yet."""
        known = self._known_row(message_id, call_id)
        if call is not None and call.id != call_id:
            call = None  # the id said is the one that counts
        the_call = call or (known.call if known is not None else ToolCall(call_id, "", ""))
        the_spec = spec or (known.spec if known is not None else None)
        self._set_live(message_id, ToolRow(the_call, Phase.RUNNING, the_spec, started=started))

    def show_tool_result(self, message_id: int, result: ToolResult, call: ToolCall | None = None) -> None:
        """A call ended before its answer is stored again (the stored `tool_results` win later)."""
        known = self._known_row(message_id, result.call_id)
        the_call = call or (known.call if known is not None else ToolCall(result.call_id, result.tool, ""))
        spec = known.spec if known is not None else None
        self._set_live(message_id, ToolRow(the_call, Phase.FINISHED, spec, result=result))

    def clear_tool_activity(self, message_id: int) -> None:
        """Forget the questions and running calls of answer `message_id` (stopped, or ended): its
        card then shows only what the stored message says."""
        if self._tool_live.pop(message_id, None) is not None:
            self._refresh_tools(message_id)
            self._update_tick_timer()

    def pending_tool_approvals(self) -> list[tuple[int, str]]:
        """(message id, call id) of every question still waiting for the person."""
        return [(m, c) for m, rows in self._tool_live.items()
                for c, r in rows.items() if r.phase is Phase.ASKING]

    def tool_card_for(self, message_id: int, call_id: str) -> ToolCallCard | None:
        """The card of one call, if its answer is on screen."""
        card = self.card_for(message_id)
        if card is None or card.tools is None:
            return None
        return card.tools.card_for(call_id)

    def _known_row(self, message_id: int, call_id: str) -> ToolRow | None:
        row = self._tool_live.get(message_id, {}).get(call_id)
        if row is not None:
            return row
        entry = self._entries.get(message_id)
        if entry is not None:
            call = next((c for c in entry.message.tool_calls if c.id == call_id), None)
            if call is not None:
                return ToolRow(call, Phase.WAITING)
        return None

    def _set_live(self, message_id: int, row: ToolRow) -> None:
        self._tool_live.setdefault(message_id, {})[row.call_id] = row
        self._refresh_tools(message_id)
        self._update_tick_timer()

    def _refresh_tools(self, message_id: int) -> None:
        def patch(card: QWidget) -> bool:
            if not isinstance(card, _card_class()):
                return False
            card.refresh_tools()
            return True

        self._list.update_in_place(message_id, patch)

    def _forget_stored_results(self, entry: MessageEntry) -> None:
        live = self._tool_live.get(entry.id)
        if not live:
            return
        for result in entry.message.tool_results:
            live.pop(result.call_id, None)
        if not live:
            del self._tool_live[entry.id]

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
        return card if isinstance(card, _card_class()) else None

    def message_list(self) -> VirtualList:
        return self._list

    def _set_highlight(self, message_id: int | None, *, only: int | None = None) -> None:
        if only is not None and self._highlight_id != only:
            return
        old, self._highlight_id = self._highlight_id, message_id
        for key in (old, message_id):
            card = self.card_for(key) if key is not None else None
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
            renderer = _renderer(stream.renderer.text, dark=dark)
            self._streams[key] = LiveStream(renderer, [stream.reasoning])
        self._parked.clear()  # rendered in the other theme
        for key in list(self._parked_cards):
            self._drop_parked_card(key)
        self._apply_theme()

    def is_dark(self) -> bool:
        return self._dark

    def warm_up(self) -> None:
        """Load the card widgets and the Markdown renderer now (~30 ms), so the first chat opened
        shows at once. For after the first paint; calling it is optional, never needed."""
        from desktop_chat.ui.render.markdown import render_blocks

        _card_class()
        render_blocks("```python\nx = 1\n```", dark=self._dark)

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
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_button = box.addButton("", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        open_button.clicked.connect(lambda: self._open_confirmed(QUrl(url)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._word_link_box(box, full, open_button)
        self._link_box = box
        self._link_words = (full, open_button)
        box.finished.connect(self._forget_link_box)
        box.open()

    def link_dialog(self) -> QMessageBox | None:
        return self._link_box

    def _word_link_box(self, box: QMessageBox, full: str, open_button: QPushButton) -> None:
        box.setWindowTitle(self.tr("Open link?"))
        box.setText(self.tr("Open this link in your web browser?\n\n{url}").format(url=full))
        open_button.setText(self.tr("Open"))
        open_button.setAccessibleName(self.tr("Open link"))

    def _forget_link_box(self) -> None:
        self._link_box = None
        self._link_words = None

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

    def card_action(self, action: CardAction, message_id: int) -> None:
        if action is CardAction.COPY:
            entry = self._entries.get(message_id)
            if entry is not None:
                streamed = self.streaming_text(message_id)
                self.copy_text(entry.message.content if streamed is None else streamed)
            return
        if action in (CardAction.SIBLING_PREV, CardAction.SIBLING_NEXT):
            step = -1 if action is CardAction.SIBLING_PREV else 1
            entry = self._entries.get(message_id)
            target = entry.sibling_id(step) if entry is not None else None
            self.siblingStepRequested.emit(message_id, step)
            if target is not None:
                self.siblingRequested.emit(target)
            return
        signal = {
            CardAction.REGENERATE: self.regenerateRequested,
            CardAction.DELETE: self.deleteRequested,
            CardAction.CONTINUE: self.continueRequested,
            CardAction.RETRY: self.retryRequested,
        }[action]
        signal.emit(message_id)

    def edit_submitted(self, message_id: int, text: str) -> None:
        self.editResendRequested.emit(message_id, text)

    def set_editing(self, message_id: int, editing: bool) -> None:
        self._list.pin(message_id, editing)
        if not editing and message_id in self._relabel_after_edit:
            self._relabel_after_edit.discard(message_id)
            # after the card's own call returns: its body and files were built in the old language
            QTimer.singleShot(0, self, functools.partial(self._rebuild_row, message_id))

    def _rebuild_row(self, key: int) -> None:
        if key in self._list.row_keys() and key not in self._list.pinned_keys():
            self._list.invalidate(key)

    def set_reasoning_open(self, message_id: int, is_open: bool) -> None:
        if is_open:
            self._reasoning_open.add(message_id)
        else:
            self._reasoning_open.discard(message_id)

    def is_reasoning_open(self, message_id: int) -> bool:
        return message_id in self._reasoning_open

    def tool_rows(self, message_id: int) -> tuple[ToolRow, ...]:
        entry = self._entries.get(message_id)
        live = self._tool_live.get(message_id, {})
        if entry is None or (not live and not entry.message.tool_calls and not entry.message.tool_results):
            return ()
        streaming = entry.message.status is MessageStatus.STREAMING or bool(live)
        return merge_rows(entry.message, live, streaming=streaming)

    def tool_decided(self, message_id: int, call_id: str, decision: Decision) -> None:
        row = self._tool_live.get(message_id, {}).get(call_id)
        if row is None or row.phase is not Phase.ASKING:
            return  # answered already (or withdrawn): one answer per question
        phase = Phase.DENYING if decision is Decision.DENY else Phase.STARTING
        self._set_live(message_id, dataclasses.replace(row, phase=phase))
        self.toolDecision.emit(call_id, decision)

    def is_tool_open(self, message_id: int, call_id: str, fold: Fold) -> bool:
        return (message_id, call_id, fold) in self._tool_open

    def set_tool_open(self, message_id: int, call_id: str, fold: Fold, is_open: bool) -> None:
        key = (message_id, call_id, fold)
        if is_open:
            self._tool_open.add(key)
        else:
            self._tool_open.discard(key)

    # --- internals ------------------------------------------------------------------------------
    def _drop_parked_card(self, key: int) -> None:
        card = self._parked_cards.pop(key, None)
        if card is not None:
            card.deleteLater()

    def _create_card(self, key: int) -> QWidget:
        if key < 0:
            return self._create_context_row(key)
        entry = self._entries[key]
        stream = self._streams.get(key)
        parked = self._parked_cards.pop(key, None)
        if isinstance(parked, _card_class()) and stream is not None:
            parked.update_in_place(entry, stream=stream.renderer.render(), reasoning=stream.reasoning,
                                   continued=self._is_continued(entry))
            stream.content_dirty = False
            parked.tick(self._tick_phase)
            parked.set_highlighted(key == self._highlight_id)
            return parked
        if parked is not None:
            parked.deleteLater()
        card = _card_class()(
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
            self._list.update_in_place(parent.id, lambda card: self._update_card(card, parent, parent, None))

    def _length_of(self, key: int) -> int:
        stream = self._streams.get(key)
        entry = self._entries.get(key)
        if stream is not None:
            return len(stream.renderer)
        return len(entry.message.content) if entry is not None else 0

    def _estimate(self, key: int, width: int) -> int:
        if key < 0:
            return self._estimate_context_row(key, width)
        entry = self._entries[key]
        stream = self._streams.get(key)
        length = len(stream.renderer) if stream is not None else len(entry.message.content)
        newlines = entry.message.content.count("\n")
        column = max(120, min(MAX_COLUMN, width - 40)) - 28
        per_line = max(20, column // self._char_width)
        lines = length // per_line + newlines + 1
        chrome = 64 if entry.message.role is Role.USER else 92
        extra = 0
        if entry.message.attachments:
            chips = len(chip_attachments(entry.message))
            if chips:
                bubble = int(column * 0.82) if entry.message.role is Role.USER else column
                extra += 6 + chips_height(chips, bubble)
            images = shown_images(entry.message)
            if images:
                extra += 6 + images_height(images, column)
        if entry.message.tool_calls or entry.message.tool_results or key in self._tool_live:
            extra += rows_height(
                self.tool_rows(key), functools.partial(self.is_tool_open, key),
                line_height=self._line_height, chars_per_line=(column - 24) // self._char_width)
        return chrome + lines * self._line_height + extra

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
        busy = bool(self._streams) or bool(self._running_tools())
        if busy and not self._tick_timer.isActive():
            self._tick_timer.start()
        elif not busy:
            self._tick_timer.stop()

    def _running_tools(self) -> list[int]:
        """The messages with a call starting or running (their spinners turn)."""
        active = (Phase.RUNNING, Phase.STARTING)
        return [m for m, rows in self._tool_live.items() if any(r.phase in active for r in rows.values())]

    def _tick(self) -> None:
        self._tick_phase += 1
        for key in self._streams:
            card = self.card_for(key)
            if card is not None:
                card.tick(self._tick_phase)
        now = time.monotonic()
        for key in self._running_tools():
            card = self.card_for(key)
            if card is not None:
                card.tick_tools(self._tick_phase, now)
