"""The message bridge: every controller reports to the person through one `Notices` object.

Why: before, each piece of behaviour reached into the chat view's banner (and its close button) or
the status bar on its own. Now a controller says *what* to tell ("this failed, offer Change key";
"exported to …") as a typed `Notice`, and the window decides where it shows: the banner above the
chat, or the status bar for passing remarks. One notice at a time in the banner: a new one replaces
the old, so a problem is never reported twice.

A notice's sentence is chosen in the language of the moment; a notice that can say itself again
carries `reword` (the state it was made from, as a function that makes it anew), so when the
language changes `Notices.retranslate()` keeps it on show in the new words.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


class NoticeKind(enum.StrEnum):
    """How alarming a notice is (the banner's colour)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class NoticeAction(enum.StrEnum):
    """The one thing a notice's button does."""

    NONE = "none"
    CHANGE_KEY = "change_key"  # → settings dialog, key field
    OPEN_SETTINGS = "open_settings"  # → settings dialog (address)
    CHOOSE_MODEL = "choose_model"  # → the model picker
    NEW_CHAT = "new_chat"
    RETRY = "retry"  # → send again / answer the unsent message
    CONTINUE = "continue"  # → continue the answer
    STOP_TRYING = "stop_trying"  # → cancel the waiting request
    STOP = "stop"  # → stop the answer (long silence)
    STOP_SUMMARY = "stop_summary"  # → stop writing the summary
    SUMMARISE = "summarise"  # → summarise the messages that are no longer sent
    NEW_HISTORY = "new_history"  # → set the damaged history aside and start a new one
    DOWNLOAD_UPDATE = "download_update"  # → open the offered update's download page in the browser
    BACKUP_SETTINGS = "backup_settings"  # → Settings, on the Backups page


@dataclass(frozen=True, slots=True)
class Notice:
    """One sentence, at most one action, details on demand.

    `dismiss_label`: the close button's words when "✕" would say the wrong thing ("Keep waiting").
    `topic`: what the notice is about, so a controller can take back only its own notice.
    `reword`: makes the same notice again in the language in force (None: its words were written
    once and cannot be chosen again; such a notice goes away when the language changes).
    """

    text: str
    action: NoticeAction = NoticeAction.NONE
    action_label: str = ""
    details: str = ""
    kind: NoticeKind = NoticeKind.ERROR
    dismiss_label: str = ""
    topic: str = ""
    reword: Callable[[], Notice] | None = field(default=None, compare=False, repr=False)


class Notices(QObject):
    """Where notices go; the window connects the banner and the status bar to these signals."""

    bannerShown = Signal(object)  # Notice
    bannerCleared = Signal()
    remark = Signal(str, int)  # text, milliseconds

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: Notice | None = None

    @property
    def current(self) -> Notice | None:
        """The notice in the banner now (None after it was dismissed or cleared)."""
        return self._current

    def show(self, notice: Notice) -> None:
        self._current = notice
        self.bannerShown.emit(notice)

    def clear(self, *, topic: str | None = None) -> None:
        """Take the banner away; with `topic`, only if the notice on show is about that."""
        if topic is not None and (self._current is None or self._current.topic != topic):
            return
        self._current = None
        self.bannerCleared.emit()

    def retranslate(self) -> None:
        """The language changed: the notice on show is shown again in the new words, or — when it
        cannot be worded again (no `reword`) — taken away rather than left in the old language."""
        current = self._current
        if current is None:
            return
        if current.reword is None:
            self.clear()
            return
        self.show(current.reword())

    def dismissed(self) -> None:
        """The person closed the banner."""
        self._current = None

    def say(self, text: str, ms: int = 4000) -> None:
        """A passing remark in the status bar."""
        self.remark.emit(text, ms)
