"""Passive Qt models behind the conversation list: grouped chats and search hits.

Why a module of its own: the list must stay quick with ten thousand chats, so it is a model/view
pair, not a widget per row; and the models hold no logic worth a view, so they are tested without
one (ARCHITECTURE habit 7). The grouping rule ("Today", "Yesterday", "Previous 7 days", "October
2026") is a pure function of two timestamps and a time zone, tested with fixed times. Headings and
names are English source texts (context "ConversationList") that the functions here return translated;
the list model keeps the chats it was fed, so `retranslate` writes its headings again in another
language without asking the store.
"""

from __future__ import annotations

import datetime as _dt
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_chat.domain import Conversation

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

PINNED = QT_TRANSLATE_NOOP("ConversationList", "Pinned")
TODAY = QT_TRANSLATE_NOOP("ConversationList", "Today")
YESTERDAY = QT_TRANSLATE_NOOP("ConversationList", "Yesterday")
PREVIOUS_7_DAYS = QT_TRANSLATE_NOOP("ConversationList", "Previous 7 days")
ARCHIVED = QT_TRANSLATE_NOOP("ConversationList", "Archived")
_MONTHS = (
    QT_TRANSLATE_NOOP("ConversationList", "January"), QT_TRANSLATE_NOOP("ConversationList", "February"),
    QT_TRANSLATE_NOOP("ConversationList", "March"), QT_TRANSLATE_NOOP("ConversationList", "April"),
    QT_TRANSLATE_NOOP("ConversationList", "May"), QT_TRANSLATE_NOOP("ConversationList", "June"),
    QT_TRANSLATE_NOOP("ConversationList", "July"), QT_TRANSLATE_NOOP("ConversationList", "August"),
    QT_TRANSLATE_NOOP("ConversationList", "September"), QT_TRANSLATE_NOOP("ConversationList", "October"),
    QT_TRANSLATE_NOOP("ConversationList", "November"), QT_TRANSLATE_NOOP("ConversationList", "December"),
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConversationList", text)


def group_label(now: float, timestamp: float, *, tz: _dt.tzinfo | None = None) -> str:
    """The heading (translated) a chat last updated at `timestamp` sits under, seen at `now` (Unix seconds).

    Calendar days are counted in `tz` (default: the user's local time zone), so "Yesterday" means
    the previous calendar day where the user is, not "24 hours ago". Times in the future (a clock
    that moved back) count as today.
    """
    today = _local_date(now, tz)
    day = _local_date(timestamp, tz)
    age = (today - day).days
    if age <= 0:
        return _tr(TODAY)
    if age == 1:
        return _tr(YESTERDAY)
    if age <= 7:
        return _tr(PREVIOUS_7_DAYS)
    return QCoreApplication.translate("ConversationList", "{month} {year}").format(
        month=_tr(_MONTHS[day.month - 1]), year=day.year)


def _local_date(ts: float, tz: _dt.tzinfo | None) -> _dt.date:
    if tz is None:
        return _dt.datetime.fromtimestamp(ts).date()
    return _dt.datetime.fromtimestamp(ts, tz).date()


class Roles:
    """Custom item data roles shared by the models and their delegates."""

    CONVERSATION_ID = Qt.ItemDataRole.UserRole + 1
    IS_HEADER = Qt.ItemDataRole.UserRole + 2
    PINNED = Qt.ItemDataRole.UserRole + 3
    ARCHIVED = Qt.ItemDataRole.UserRole + 4
    STREAMING = Qt.ItemDataRole.UserRole + 5
    CURRENT = Qt.ItemDataRole.UserRole + 6
    MESSAGE_ID = Qt.ItemDataRole.UserRole + 7
    SNIPPET_HTML = Qt.ItemDataRole.UserRole + 8
    TITLE = Qt.ItemDataRole.UserRole + 9


@dataclass(frozen=True, slots=True)
class _Row:
    label: str  # the heading text, or the chat's title
    conversation: Conversation | None = None  # None for a heading

    @property
    def is_header(self) -> bool:
        return self.conversation is None


def display_title(title: str) -> str:
    """What a chat is called on screen: one line, never empty."""
    one_line = " ".join(title.split())
    return one_line or QCoreApplication.translate("ConversationList", "Untitled chat")


_ModelIndex = QModelIndex | QPersistentModelIndex


class ConversationListModel(QAbstractListModel):
    """Chats newest first under group headings; headings are rows that cannot be selected.

    Pinned chats come first under "Pinned", archived ones last under "Archived"; the rest are
    grouped by `group_label`. Fed by `set_conversations`; holds no other state than which chat is
    current and which ones are streaming an answer.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._row_of: dict[int, int] = {}
        self._streaming: set[int] = set()
        self._current: int | None = None
        self._conversations: tuple[Conversation, ...] = ()
        self._now = 0.0  # when the list was grouped ("Today" is the day of that moment)

    # -- feeding -----------------------------------------------------------------------------
    def set_conversations(self, conversations: Sequence[Conversation], *, now: float | None = None) -> None:
        self._conversations = tuple(conversations)
        self._now = time.time() if now is None else now
        rows = self._rows_for(self._conversations, self._now)
        self.beginResetModel()
        self._rows = rows
        self._row_of = {r.conversation.id: i for i, r in enumerate(rows) if r.conversation is not None}
        self.endResetModel()

    def retranslate(self) -> bool:
        """Headings and untitled chats in the language now in force; True if the rows were reset.

        The rows stay the same unless two headings read alike in the new language (they merge).
        """
        rows = self._rows_for(self._conversations, self._now)
        if [r.conversation for r in rows] != [r.conversation for r in self._rows]:
            self.set_conversations(self._conversations, now=self._now)
            return True
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0))
        return False

    @staticmethod
    def _rows_for(conversations: Sequence[Conversation], now: float) -> list[_Row]:
        pinned = [c for c in conversations if c.pinned and not c.archived]
        normal = [c for c in conversations if not c.pinned and not c.archived]
        archived = [c for c in conversations if c.archived]
        rows: list[_Row] = []

        def newest_first(items: list[Conversation]) -> list[Conversation]:
            return sorted(items, key=lambda c: (c.updated_at, c.id), reverse=True)

        if pinned:
            rows.append(_Row(_tr(PINNED)))
            rows.extend(_Row(display_title(c.title), c) for c in newest_first(pinned))
        last_label = None
        labels: dict[_dt.date, str] = {}  # one translated heading per calendar day, not per chat
        for conv in newest_first(normal):
            day = _local_date(conv.updated_at, None)
            label = labels.get(day)
            if label is None:
                label = labels[day] = group_label(now, conv.updated_at)
            if label != last_label:
                rows.append(_Row(label))
                last_label = label
            rows.append(_Row(display_title(conv.title), conv))
        if archived:
            rows.append(_Row(_tr(ARCHIVED)))
            rows.extend(_Row(display_title(c.title), c) for c in newest_first(archived))
        return rows

    def set_current(self, conversation_id: int | None) -> None:
        old, self._current = self._current, conversation_id
        for cid in (old, conversation_id):
            self._changed(cid)

    def set_streaming(self, conversation_id: int, streaming: bool) -> None:
        if streaming:
            self._streaming.add(conversation_id)
        else:
            self._streaming.discard(conversation_id)
        self._changed(conversation_id)

    def _changed(self, conversation_id: int | None) -> None:
        row = self._row_of.get(conversation_id) if conversation_id is not None else None
        if row is not None:
            idx = self.index(row, 0)
            self.dataChanged.emit(idx, idx)

    # -- queries -----------------------------------------------------------------------------
    @property
    def current_id(self) -> int | None:
        return self._current

    def index_of(self, conversation_id: int) -> QModelIndex:
        row = self._row_of.get(conversation_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def conversation_at(self, index: _ModelIndex) -> Conversation | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()].conversation

    def conversation_count(self) -> int:
        return len(self._row_of)

    def headers(self) -> list[str]:
        return [r.label for r in self._rows if r.is_header]

    def is_header_row(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].is_header

    # -- QAbstractItemModel --------------------------------------------------------------------
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].is_header:
            return Qt.ItemFlag.NoItemFlags  # arrow keys skip headings (they land on chats only)
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        conv = row.conversation
        if role in (Qt.ItemDataRole.DisplayRole, Roles.TITLE):
            return row.label
        if role == Qt.ItemDataRole.EditRole:
            return None if conv is None else conv.title
        if role == Roles.IS_HEADER:
            return conv is None
        if conv is None:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return QCoreApplication.translate("ConversationList", "{heading} (heading)").format(
                    heading=row.label)
            return None
        if role == Roles.CONVERSATION_ID:
            return conv.id
        if role == Roles.PINNED:
            return conv.pinned
        if role == Roles.ARCHIVED:
            return conv.archived
        if role == Roles.STREAMING:
            return conv.id in self._streaming
        if role == Roles.CURRENT:
            return conv.id == self._current
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            extras = [w for w, on in ((self.tr("pinned"), conv.pinned), (self.tr("archived"), conv.archived),
                                      (self.tr("answer in progress"), conv.id in self._streaming)) if on]
            return ", ".join([row.label, *extras])
        return None


class SearchHitLike(Protocol):
    """What the list needs of a search hit (read-only: hits are frozen dataclasses)."""

    @property
    def conversation_id(self) -> int: ...
    @property
    def message_id(self) -> int | None: ...
    @property
    def conversation_title(self) -> str: ...
    @property
    def snippet_html(self) -> str: ...


class SearchResultsModel(QAbstractListModel):
    """Search hits in the order given (best first); the snippet keeps its <b> highlights."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHitLike] = []
        self.query = ""

    def set_hits(self, query: str, hits: Sequence[SearchHitLike]) -> None:
        self.beginResetModel()
        self.query = query
        self._hits = list(hits)
        self.endResetModel()

    def hit_at(self, index: _ModelIndex) -> SearchHitLike | None:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        return self._hits[index.row()]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit_at(index)
        if hit is None:
            return None
        title = display_title(hit.conversation_title)
        if role in (Qt.ItemDataRole.DisplayRole, Roles.TITLE, Qt.ItemDataRole.ToolTipRole):
            return title
        if role == Roles.SNIPPET_HTML:
            return safe_snippet_html(hit.snippet_html)
        if role == Roles.CONVERSATION_ID:
            return hit.conversation_id
        if role == Roles.MESSAGE_ID:
            return hit.message_id or 0
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title}: {snippet_plain_text(hit.snippet_html)}"
        return None


def safe_snippet_html(snippet_html: str) -> str:
    """The snippet with only <b> and </b> left as markup; any other '<' or '>' is escaped.

    The store escapes the text already; this makes sure nothing but bold can ever reach the
    rich-text renderer, even if a snippet arrives unescaped. Snippets come from the Markdown
    source, so its markers (`## `, `**`, backticks) are dropped: people read the words, not syntax.
    """
    out: list[str] = []
    for i, open_part in enumerate(snippet_html.split("<b>")):
        pieces = open_part.split("</b>")
        escaped = "</b>".join(_escape_angles(_without_markdown_marks(p)) for p in pieces)
        out.append(escaped if i == 0 else "<b>" + escaped)
    return "".join(out)


_HEADING_MARK = re.compile(r"(^|\n)[ \t]*#{1,6}[ \t]+")
_EMPHASIS_MARKS = re.compile(r"\*\*|__|`+")


def _without_markdown_marks(text: str) -> str:
    return _EMPHASIS_MARKS.sub("", _HEADING_MARK.sub(r"\1", text))


def _escape_angles(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def snippet_plain_text(snippet_html: str) -> str:
    """The snippet without its highlight tags and with entities decoded, for screen readers."""
    import html

    return html.unescape(snippet_html.replace("<b>", "").replace("</b>", ""))
