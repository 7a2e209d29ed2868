"""What every message card needs from the chat view: colours, fonts, and where to send actions.

Why: cards are created and destroyed as they scroll in and out of view, so they hold no state of
their own that matters; the view passes this context (immutable) and a `CardHost` to each one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QToolButton, QWidget

from desktop_chat.ui.render.theme import Palette

if TYPE_CHECKING:
    from desktop_chat.ui.chat.attachments import AttachmentAction
    from desktop_chat.ui.chat.thumbnails import ImageLoader
    from desktop_chat.ui.chat.tool_state import Decision, Fold, ToolRow

MAX_COLUMN = 860  # readable line length on wide windows (cards, and the view's height estimates)


class CardAction(enum.Enum):
    """What a card's button asks the chat view to do with its message."""

    COPY = "copy"
    REGENERATE = "regenerate"
    DELETE = "delete"
    CONTINUE = "continue"
    RETRY = "retry"
    SIBLING_PREV = "sibling-prev"
    SIBLING_NEXT = "sibling-next"


@dataclass(frozen=True)
class RenderContext:
    palette: Palette
    css: str  # default style sheet of message documents
    mono: QFont  # code blocks


class CardHost(Protocol):
    """The chat view, as seen from a card."""

    def copy_text(self, text: str) -> None: ...
    def open_link(self, url: QUrl) -> None: ...
    def card_resized(self, message_id: int) -> None: ...
    def card_action(self, action: CardAction, message_id: int) -> None: ...
    def edit_submitted(self, message_id: int, text: str) -> None: ...
    def set_editing(self, message_id: int, editing: bool) -> None: ...
    def set_reasoning_open(self, message_id: int, is_open: bool) -> None: ...
    def is_reasoning_open(self, message_id: int) -> bool: ...
    def attachment_action(self, action: AttachmentAction, message_id: int, index: int) -> None: ...
    def image_loader(self) -> ImageLoader | None: ...
    # tool calls: the rows to draw (stored message + live state), the person's answer, the folds
    def tool_rows(self, message_id: int) -> tuple[ToolRow, ...]: ...
    def tool_decided(self, message_id: int, call_id: str, decision: Decision) -> None: ...
    def is_tool_open(self, message_id: int, call_id: str, fold: Fold) -> bool: ...
    def set_tool_open(self, message_id: int, call_id: str, fold: Fold, is_open: bool) -> None: ...


def card_button(parent: QWidget, text: str, accessible: str, tip: str = "") -> QToolButton:
    """A flat, keyboard-reachable text button of a card or a row of the chat (Copy, Edit, Summarise…)."""
    button = QToolButton(parent)
    word_button(button, text, accessible, tip)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def word_button(button: QToolButton, text: str, accessible: str, tip: str = "") -> None:
    """(Re)write a card button's words: its text, its name for screen readers, its tool tip."""
    button.setText(text)
    button.setAccessibleName(accessible)
    button.setToolTip(tip or accessible)
