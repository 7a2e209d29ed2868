"""While an answer is awaited: the retry countdown ("trying again in 4 s…") and the long-silence notice.

Why apart: both are timers about the chat on screen with rules of their own — a countdown ticks in
place and ends at the first token; "The model is taking longer than usual." shows once per answer
after SILENCE_AFTER_MS without a first token, offers Stop, reads "Keep waiting" on its dismiss
button, and goes away by itself when the first token (or the end) arrives.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, QTimer

from desktop_chat.services import AnswerDelta, AnswerRetrying, GatewayError, TurnStarted
from desktop_chat.ui.chat.banners import (
    TOPIC_WAITING,
    banner_for_retrying,
    banner_for_silence,
    countdown_text,
)
from desktop_chat.ui.chat.streaming import Streaming
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import NoticeAction, Notices

SILENCE_AFTER_MS = 20_000  # no first token for this long → "The model is taking longer than usual."


class Waiting(QObject):
    def __init__(self, *, streaming: Streaming, current: CurrentChat, notices: Notices, view: ChatView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self._notices = notices
        self._view = view
        self.silence_after_ms = SILENCE_AFTER_MS
        self._countdown: tuple[int, GatewayError, float] | None = None  # cid, error, loop deadline
        self._awaiting: dict[int, float] = {}  # conversation id → loop time its answer started
        self._silence_shown: set[int] = set()  # conversations whose silence notice was shown
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._tick_countdown)
        self._silence = QTimer(self)
        self._silence.timeout.connect(self._check_silence)
        streaming.turnStarted.connect(self._on_turn_started)
        streaming.answerDelta.connect(self._on_delta)
        streaming.answerRetrying.connect(self._on_retrying)
        streaming.streamingChanged.connect(self._on_streaming_changed)
        current.leaving.connect(lambda _cid: self.stop_countdown())

    def stop_countdown(self) -> None:
        self._countdown = None
        self._tick.stop()
        self._notices.clear(topic=TOPIC_WAITING)

    def _now(self) -> float:
        return asyncio.get_event_loop().time()

    def _on_turn_started(self, event: TurnStarted) -> None:
        cid = event.conversation_id
        self._awaiting[cid] = self._now()
        self._silence_shown.discard(cid)
        if not self._silence.isActive():
            self._silence.start(max(50, min(1000, self.silence_after_ms // 4)))

    def _on_delta(self, event: AnswerDelta) -> None:
        cid = event.conversation_id
        if cid in self._awaiting:
            self._first_token(cid)
        if self._countdown is not None and self._current.is_current(cid):
            self.stop_countdown()

    def _on_streaming_changed(self, cid: int, streaming: bool) -> None:
        if not streaming:
            self._first_token(cid)
            if self._countdown is not None and self._countdown[0] == cid:
                self._countdown = None
                self._tick.stop()

    def _first_token(self, cid: int) -> None:
        """The wait is over (a token, or the end): take the silence notice away if it shows."""
        self._awaiting.pop(cid, None)
        notice = self._notices.current
        if self._current.is_current(cid) and notice is not None and notice.action is NoticeAction.STOP:
            self._notices.clear(topic=TOPIC_WAITING)

    def _check_silence(self) -> None:
        if not self._awaiting:
            self._silence.stop()
            return
        cid = self._current.id
        started = self._awaiting.get(cid) if cid is not None else None
        if cid is None or started is None or cid in self._silence_shown or self._countdown is not None:
            return
        if (self._now() - started) * 1000 >= self.silence_after_ms:
            self._silence_shown.add(cid)
            self._notices.show(banner_for_silence())

    def _on_retrying(self, event: AnswerRetrying) -> None:
        if not self._current.is_current(event.conversation_id):
            return
        self._countdown = (event.conversation_id, event.error, self._now() + event.delay)
        self._notices.show(banner_for_retrying(event.delay, event.error))
        self._tick.start()

    def _tick_countdown(self) -> None:
        if self._countdown is None:
            self._tick.stop()
            return
        cid, error, deadline = self._countdown
        left = deadline - self._now()
        if not self._current.is_current(cid) or left <= 0:
            self._tick.stop()
            return
        self._view.update_notice_text(countdown_text(error, left))
