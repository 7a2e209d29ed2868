"""Which chat is on screen: one small object every feature controller listens to.

Why: before, each handler compared its conversation id with a shared `current_id` field of one
big object. Now the chat on screen has one owner; it announces each change once, and controllers
that show per-chat things (the messages, the sidebar's settings, the composer's draft) follow it.
None means the new chat that has no row in the history yet.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class CurrentChat(QObject):
    changed = Signal(object)  # the new conversation id, or None for an unsaved new chat
    leaving = Signal(object)  # the id about to be left (save its draft, take its notices away)
    adopted = Signal(int)  # the unsaved new chat on screen got this id (its first message is being sent)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._id: int | None = None

    @property
    def id(self) -> int | None:
        return self._id

    def is_current(self, conversation_id: int | None) -> bool:
        return conversation_id is not None and conversation_id == self._id

    def switch_to(self, conversation_id: int | None) -> None:
        """Show another chat (or the same again: listeners redraw)."""
        self.leaving.emit(self._id)
        self._id = conversation_id
        self.changed.emit(conversation_id)

    def adopt(self, conversation_id: int) -> None:
        """The new chat on screen got its row (first message sent): same chat, now with an id."""
        self._id = conversation_id
        self.adopted.emit(conversation_id)
