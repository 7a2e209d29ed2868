"""`Changes`: one Qt-free hook that announces every write the services make to the history.

Why: the chat list, the chat on screen and the status bar each show a view of the history. Instead
of every caller remembering which views to refresh after which write, each service reports what it
changed here and the views listen. Listeners run synchronously, on the thread that wrote, right
after the write was committed.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


class ChangeKind(enum.Enum):
    """What a write touched, so a view can ignore what it does not show."""

    LISTING = "listing"  # chats created, renamed, pinned, archived, trashed, restored or purged
    MESSAGES = "messages"  # messages added, ended, deleted, or another branch selected
    CHAT_SETTINGS = "chat_settings"  # a chat's model, parameters or system prompt
    DRAFT = "draft"  # the unsent text of a chat (or of the unsaved new chat: conversation_id None)
    DRAFT_ATTACHMENTS = "draft_attachments"  # files added to or removed from a draft, or being read


@dataclass(frozen=True, slots=True)
class Change:
    """One committed write: its kind and the chat it concerns (None: several, or the new chat)."""

    kind: ChangeKind
    conversation_id: int | None = None


ChangeListener = Callable[[Change], None]


class Changes:
    """The listeners of the history's changes; `subscribe` returns the way to unsubscribe."""

    def __init__(self) -> None:
        self._listeners: list[ChangeListener] = []

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def __len__(self) -> int:
        return len(self._listeners)

    def emit(self, change: Change) -> None:
        """Call every listener; one that raises (a bug) does not keep the others from hearing.

        The first exception is raised again once all listeners ran, so the bug reaches the caller's
        error handling (the UI's excepthook) instead of vanishing.
        """
        first: Exception | None = None
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception as exc:
                log.exception("a listener of %s failed", change)
                if first is None:
                    first = exc
        if first is not None:
            raise first
