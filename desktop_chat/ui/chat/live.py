"""The state of an answer being received, kept apart from its card; and giving memory back.

Why: cards come and go (the list builds only what is on screen, a chat is left and reopened), but
re-rendering a 100k-token answer from its whole text costs seconds. `LiveStream` holds the
incremental renderer of one streaming answer for as long as the answer streams — also while its
chat is not on screen — and catches up with the text that arrived meanwhile. `trim_heap` hands
the memory of a big card's deleted widgets back to the system (glibc keeps freed heap otherwise).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_chat.domain import Message

if TYPE_CHECKING:
    from desktop_chat.ui.render.incremental import IncrementalRenderer


@dataclass
class LiveStream:
    """The live text of an answer being received (cards come and go; this stays)."""

    renderer: IncrementalRenderer
    reasoning_parts: list[str] = field(default_factory=list)  # pieces: appending stays O(1)
    content_dirty: bool = True
    _joined: str = ""
    _joined_parts: int = 0

    @property
    def reasoning(self) -> str:
        """The reasoning so far, joined only when pieces arrived since the last call."""
        if self._joined_parts != len(self.reasoning_parts):
            self._joined = "".join(self.reasoning_parts)
            self.reasoning_parts[:] = [self._joined] if self._joined else []
            self._joined_parts = len(self.reasoning_parts)
        return self._joined

    def catch_up(self, message: Message) -> bool:
        """Append what `message` has beyond the text received here; False if it is not an extension."""
        have = self.renderer.text
        content = message.content
        if "\r" in content or not content.startswith(have):
            return False
        reasoning = self.reasoning
        if not message.reasoning.startswith(reasoning):
            return False
        if len(content) > len(have):
            self.renderer.append(content[len(have) :])
            self.content_dirty = True
        if len(message.reasoning) > len(reasoning):
            self.reasoning_parts.append(message.reasoning[len(reasoning) :])
        return True


def trim_heap() -> None:
    """Return freed heap to the system after a big card's widgets were deleted (glibc only)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # only here: the import costs start-up time, and this runs after big chats

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl…): nothing to do
        pass
