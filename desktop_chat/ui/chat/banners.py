"""Which banner a failure gets: one plain sentence, one action, details on demand.

Why a table of its own: every gateway error, store error and "nothing could be sent" case must read
the same way everywhere (UX.md "Words for when things go wrong"), and the mapping is easy to test
without widgets. The shell turns a `BannerSpec` into `ChatView.show_banner(...)` and performs the
`action` when its button is pressed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop_chat.api import ConnectionFailed, ErrorAction, GatewayError


class BannerAction(enum.StrEnum):
    CHANGE_KEY = "change_key"  # → settings dialog, key field
    OPEN_SETTINGS = "open_settings"  # → settings dialog (address)
    CHOOSE_MODEL = "choose_model"  # → focus the model picker
    NEW_CHAT = "new_chat"
    RETRY = "retry"  # → send again / answer the unsent message
    CONTINUE = "continue"  # → continue the answer
    STOP_TRYING = "stop_trying"  # → cancel the waiting request
    STOP = "stop"  # → stop the answer (long silence)
    NONE = "none"


@dataclass(frozen=True, slots=True)
class BannerSpec:
    text: str
    action: BannerAction
    action_label: str
    details: str = ""
    kind: str = "error"  # "error" | "warning" | "info"
    countdown: float = 0.0  # seconds, for "trying again in N s…"


_BY_ACTION: dict[ErrorAction, tuple[BannerAction, str]] = {
    ErrorAction.CHANGE_KEY: (BannerAction.CHANGE_KEY, "Change key"),
    ErrorAction.CHECK_ADDRESS: (BannerAction.OPEN_SETTINGS, "Open settings"),
    ErrorAction.CHOOSE_MODEL: (BannerAction.CHOOSE_MODEL, "Choose another model"),
    ErrorAction.NEW_CHAT: (BannerAction.NEW_CHAT, "New chat"),
    ErrorAction.WAIT: (BannerAction.RETRY, "Retry"),
    ErrorAction.RETRY: (BannerAction.RETRY, "Retry"),
    ErrorAction.CHECK_CONNECTION: (BannerAction.RETRY, "Retry"),
    ErrorAction.CONTINUE: (BannerAction.CONTINUE, "Continue"),
    ErrorAction.NONE: (BannerAction.NONE, ""),
}


def banner_for_error(error: GatewayError, *, unsent: bool = False) -> BannerSpec:
    """The banner for a gateway error that ended an answer."""
    action, label = _BY_ACTION.get(error.action, (BannerAction.RETRY, "Retry"))
    text = error.message
    if unsent or isinstance(error, ConnectionFailed):
        text = f"{text} Your message is saved and can be sent when you're back online."
        action, label = BannerAction.RETRY, "Retry"
    details = error.details if isinstance(error.details, str) else str(error.details)
    kind = "warning" if action is BannerAction.CONTINUE else "error"  # a cut answer is kept: no alarm
    return BannerSpec(text, action, label, details, kind=kind)


def banner_for_retrying(delay: float, error: GatewayError) -> BannerSpec:
    """"The model service is having trouble — trying again in 4 s…" with "Stop trying"."""
    seconds = max(1, round(delay))
    base = error.message.rstrip(". ")
    return BannerSpec(
        f"{base} — trying again in {seconds} s…",
        BannerAction.STOP_TRYING,
        "Stop trying",
        error.details if isinstance(error.details, str) else str(error.details),
        kind="warning",
        countdown=delay,
    )


def countdown_text(error: GatewayError, seconds_left: float) -> str:
    seconds = max(1, round(seconds_left))
    return f"{error.message.rstrip('. ')} — trying again in {seconds} s…"


def banner_for_length_cut() -> BannerSpec:
    return BannerSpec(
        "The answer was cut short by the length limit.", BannerAction.CONTINUE, "Continue", kind="info"
    )


def banner_for_content_filter() -> BannerSpec:
    text = "The provider's content filter stopped this answer."
    return BannerSpec(text, BannerAction.NONE, "", kind="info")


NO_KEY_TEXT = "Add your API key to start chatting."
SILENCE_TEXT = "The model is taking longer than usual."


def banner_for_missing_key() -> BannerSpec:
    return BannerSpec(NO_KEY_TEXT, BannerAction.CHANGE_KEY, "Change key", kind="info")


def banner_for_silence() -> BannerSpec:
    """Shown when no token has come for a while; the dismiss button reads "Keep waiting"."""
    return BannerSpec(SILENCE_TEXT, BannerAction.STOP, "Stop", kind="info")


def banner_for_world_error(message: str, detail: str = "") -> BannerSpec:
    """A store or keyring failure: plain message, no retry magic."""
    return BannerSpec(message, BannerAction.NONE, "", detail, kind="error")
