"""The shell's reaction to streaming answers: chat view, list, status bar, banners, countdown.

Why apart from ui/shell.py: this is the busiest path of the app (every token goes through
`_on_delta`) and the one with the most rules — only the chat on screen is drawn, other chats keep
streaming and saving in the background; a retry shows a live countdown with "Stop trying"; every
failure ends in one banner with one action. `StreamingEvents` is mixed into `Shell` and uses its
widgets and store; it holds the live text of each streaming answer (`LiveAnswer`), because the store
writes at most every 0.5 s and a chat reopened mid-answer must show everything received.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_chat.api import GatewayError
from desktop_chat.domain import Message, MessageStatus
from desktop_chat.services.events import AnswerDelta, AnswerEnded, AnswerRetrying, TurnStarted
from desktop_chat.services.unsaved import UnsavedAnswer
from desktop_chat.ui.chat.banners import (
    BannerAction,
    BannerSpec,
    banner_for_error,
    banner_for_missing_key,
    banner_for_retrying,
    banner_for_silence,
    countdown_text,
)
from desktop_chat.ui.window.status_bar import Connection, estimate_tokens

if TYPE_CHECKING:
    pass

# Messages loaded when a chat opens: all of its branch (every one can be scrolled to or found by a
# search hit); cheap, since the chat view builds cards only for the rows on screen.
BRANCH_TAIL = 1_000_000
SILENCE_AFTER_MS = 20_000  # no first token for this long → "The model is taking longer than usual."
KEEP_WAITING = "Keep waiting"


@dataclass(slots=True)
class LiveAnswer:
    """An answer streaming in some conversation: enough to redraw it when its chat is reopened."""

    message_id: int
    text: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    chars: int = 0


class StreamingEvents:
    """Slots for the ChatController's signals; mixed into Shell (see the module docstring)."""

    _live: dict[int, LiveAnswer]
    _failure_details: dict[int, str]
    _retry_countdown: tuple[int, GatewayError, float] | None
    _awaiting: dict[int, float]  # conversation id → loop time its answer started, until the 1st token
    _silence_shown: set[int]  # conversations whose silence banner was shown (or dismissed)
    silence_after_ms: int

    # --- streaming events ------------------------------------------------------------------------
    def _on_streaming_changed(self, cid: int, streaming: bool) -> None:
        self.conversation_list.set_streaming(cid, streaming)
        if cid == self.current_id:
            self.composer.set_streaming(streaming)
            self.window.escape_shortcut.setEnabled(streaming)
        if not streaming:
            self._live.pop(cid, None)
            self._first_token(cid)

    def _on_turn_started(self, event: TurnStarted) -> None:
        self._live[event.conversation_id] = LiveAnswer(event.answer.id)
        self._awaiting[event.conversation_id] = asyncio.get_event_loop().time()
        self._silence_shown.discard(event.conversation_id)
        if not self._silence_timer.isActive():
            self._silence_timer.start(max(50, min(1000, self.silence_after_ms // 4)))
        self.refresh_list()
        if event.conversation_id != self.current_id:
            return
        if event.user_message is not None:
            self.window.set_chat_title(self._title_of(event.conversation_id))
        self._show_messages(self.store.branch_tail(event.conversation_id, BRANCH_TAIL))
        self.status.set_answer_progress(0, estimated=True, streaming=True)

    def _on_delta(self, event: AnswerDelta) -> None:
        if event.conversation_id in self._awaiting:
            self._first_token(event.conversation_id)
        live = self._live.get(event.conversation_id)
        if live is not None:
            if event.text:
                live.text.append(event.text)
                live.chars += len(event.text)
            if event.reasoning:
                live.reasoning.append(event.reasoning)
        if event.conversation_id != self.current_id:
            return
        if self._retry_countdown is not None:
            self._stop_countdown()
            self.chat_view.clear_banner()
        self.chat_view.stream_delta(event.message_id, event.text, event.reasoning)
        if live is not None:
            self.status.set_answer_progress(max(1, round(live.chars / 4)), estimated=True, streaming=True)

    # --- long silence before the first token -----------------------------------------------------
    def _check_silence(self) -> None:
        if not self._awaiting:
            self._silence_timer.stop()
            return
        cid = self.current_id
        started = self._awaiting.get(cid) if cid is not None else None
        if started is None or cid in self._silence_shown or self._retry_countdown is not None:
            return
        if (asyncio.get_event_loop().time() - started) * 1000 >= self.silence_after_ms:
            self._silence_shown.add(cid)
            self._banner(banner_for_silence())
            close = self.chat_view.banner.close_button
            close.setText(KEEP_WAITING)
            close.setToolTip("Dismiss this notice and keep waiting for the answer")
            close.setAccessibleName(KEEP_WAITING)

    def _first_token(self, cid: int) -> None:
        """The wait is over (a token, or the end): take the silence banner away if it shows."""
        self._awaiting.pop(cid, None)
        if cid == self.current_id and self._banner_action() is BannerAction.STOP:
            self.chat_view.clear_banner()

    def _banner_action(self) -> BannerAction | None:
        banner = self.chat_view.banner
        if not banner.isVisibleTo(self.chat_view):
            return None
        try:
            return BannerAction(banner.action_id)
        except ValueError:
            return None

    def _on_retrying(self, event: AnswerRetrying) -> None:
        if event.conversation_id != self.current_id:
            return
        loop = asyncio.get_event_loop()
        self._retry_countdown = (event.conversation_id, event.error, loop.time() + event.delay)
        self._banner(banner_for_retrying(event.delay, event.error))
        self._countdown.start()

    def _tick_countdown(self) -> None:
        if self._retry_countdown is None:
            self._countdown.stop()
            return
        cid, error, deadline = self._retry_countdown
        left = deadline - asyncio.get_event_loop().time()
        if cid != self.current_id or left <= 0:
            self._countdown.stop()
            return
        self.chat_view.update_banner_text(countdown_text(error, left))

    def _stop_countdown(self) -> None:
        self._retry_countdown = None
        self._countdown.stop()

    def _on_ended(self, event: AnswerEnded) -> None:
        cid = event.conversation_id
        self._live.pop(cid, None)
        if event.error is not None:
            self._connection_from_error(event.error)
            if event.message is not None:  # the card's Details (this session only)
                self._failure_details[event.message.id] = event.error.details
        elif event.message is not None and not event.stopped:
            self.status.set_connection(Connection.DEMO if self.session.demo else Connection.CONNECTED)
        self.refresh_list()
        if cid == self.current_id:
            self._stop_countdown()
            self._show_messages(self.store.branch_tail(cid, BRANCH_TAIL))
            self._update_usage()
            message = event.message
            if message is not None and message.usage is not None and message.usage.completion_tokens:
                tokens = message.usage.completion_tokens
                self.status.set_answer_progress(tokens, estimated=False, streaming=False)
            elif message is not None and message.content:
                self.status.set_answer_progress(estimate_tokens(message.content), estimated=True,
                                                streaming=False)
            else:  # nothing arrived (failed, stopped at once, not sent): no "≈0 tokens", no "Waiting…"
                self.status.clear_answer()
            self.chat_view.clear_banner()
            spec = banner_after_answer(event)
            if spec is not None:
                self._banner(spec)
        if self._e2e_dump is not None:
            self._write_e2e_dump(cid)

    def _on_saved_later(self, message: Message) -> None:
        """An answer whose save had failed is saved now (space was freed): draw the saved row."""
        self.refresh_list()
        if message.conversation_id == self.current_id and self.current_id is not None:
            self._show_messages(self.store.branch_tail(self.current_id, BRANCH_TAIL))
        if self._e2e_dump is not None:
            self._write_e2e_dump(message.conversation_id)

    # --- banners ---------------------------------------------------------------------------------
    def _banner(self, spec: BannerSpec) -> None:
        self._banner_spec = spec
        close = self.chat_view.banner.close_button
        if close.text() != "✕":  # undo the silence banner's "Keep waiting"
            close.setText("✕")
            close.setToolTip("Dismiss")
            close.setAccessibleName("Dismiss notice")
        self.chat_view.show_banner(
            spec.text, action_id=spec.action.value if spec.action_label else "",
            action_label=spec.action_label, details=spec.details, kind=spec.kind,
        )

    def _require_gateway(self) -> bool:
        """Never send without a key: say so with a "Change key" banner instead."""
        if self.session.has_gateway():
            return True
        self._banner(banner_for_missing_key())
        return False

    def _banner_for(self, cid: int, spec: BannerSpec) -> None:
        if cid == self.current_id:
            self._banner(spec)

    def _on_banner_action(self, action_id: str) -> None:
        try:
            action = BannerAction(action_id)
        except ValueError:
            return
        cid = self.current_id
        if action is BannerAction.STOP:
            self.stop_current()
            self.chat_view.clear_banner()
        elif action is BannerAction.STOP_TRYING:
            self.stop_current()
            self._stop_countdown()
            self.chat_view.clear_banner()
        elif action is BannerAction.CHANGE_KEY:
            self.dialogs.open_settings(focus_key=True)
        elif action is BannerAction.OPEN_SETTINGS:
            self.dialogs.open_settings()
        elif action is BannerAction.CHOOSE_MODEL:
            self.window.set_sidebar_visible(True)
            self.sidebar.model_picker.setFocus()
        elif action is BannerAction.NEW_CHAT:
            self.new_chat()
        elif action in (BannerAction.RETRY, BannerAction.CONTINUE) and cid is not None:
            if not self._require_gateway():
                return
            last = self._last_message(cid)
            if last is None:
                return
            self.chat_view.clear_banner()
            if action is BannerAction.CONTINUE and last.role.value == "assistant":
                self.controller.continue_answer(cid, last.id)
            else:
                self.controller.retry(cid, last.id)

    def _last_message(self, cid: int) -> Message | None:
        tail = self.store.branch_tail(cid, 1)
        return tail[-1] if tail else None


# What a banner may offer on top of the answer card's own Continue / Retry: actions the card lacks.
_BANNER_WORTHY = frozenset({BannerAction.CHANGE_KEY, BannerAction.OPEN_SETTINGS,
                            BannerAction.CHOOSE_MODEL, BannerAction.NEW_CHAT})


def banner_after_answer(event: AnswerEnded) -> BannerSpec | None:
    """The top banner when an answer of the chat on screen ended, or None.

    One message, one place: when the answer row exists (it is drawn on screen), its card already
    says what happened — cut short, stopped, broken off, failed — with Continue or Retry, so the
    banner stays away. The banner is for what the card cannot say: nothing could be sent (no
    answer row: "Retry" sends the saved message), and errors whose fix lies elsewhere (Change key,
    Open settings, Choose another model, New chat).
    """
    if event.error is None:
        return None  # length cut, content filter, stopped: the card's notice says it
    spec = banner_for_error(event.error, unsent=event.message is None)
    if event.message is None or spec.action in _BANNER_WORTHY:
        return spec
    return None


def as_unsaved(message: Message, unsaved: UnsavedAnswer | None) -> Message:
    """The in-memory answer of a row whose final save failed, as a finished answer that says so.

    The row on disk still reads STREAMING; the card shows the full text with the store's plain
    message (kept as a warning that offers nothing new to send while it is being retried).
    """
    if unsaved is None:
        return message
    from dataclasses import replace

    held = unsaved.message
    status = MessageStatus.FAILED if held.status is MessageStatus.FAILED else MessageStatus.INTERRUPTED
    return replace(held, status=status, error=unsaved.error.message)


def with_live_text(message: Message, live: LiveAnswer) -> Message:
    from dataclasses import replace

    return replace(message, content="".join(live.text), reasoning="".join(live.reasoning),
                   status=MessageStatus.STREAMING)
