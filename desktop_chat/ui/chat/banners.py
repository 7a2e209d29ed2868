"""Which notice a failure of an answer gets: one plain sentence, one action, details on demand.

Why a table of its own: every gateway error and "nothing could be sent" case must read the same
way everywhere, and the mapping is easy to test without widgets. The error's sentence and its
details come from ui/words/gateway.py; this module picks the action and how alarming it is.
Each notice made here can word itself again (`Notice.reword`: the same call with the same error),
so one on show follows a language switch.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from desktop_chat.services import ConnectionFailed, ErrorAction, GatewayError, InsecureConnection
from desktop_chat.services.network import ProxySetupFailed
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


_ACTIONS: dict[ErrorAction, NoticeAction] = {
    ErrorAction.CHANGE_KEY: NoticeAction.CHANGE_KEY,
    ErrorAction.CHECK_ADDRESS: NoticeAction.OPEN_SETTINGS,
    ErrorAction.CHOOSE_MODEL: NoticeAction.CHOOSE_MODEL,
    ErrorAction.NEW_CHAT: NoticeAction.NEW_CHAT,
    ErrorAction.WAIT: NoticeAction.RETRY,
    ErrorAction.RETRY: NoticeAction.RETRY,
    ErrorAction.CHECK_CONNECTION: NoticeAction.RETRY,
    ErrorAction.CONTINUE: NoticeAction.CONTINUE,
    ErrorAction.NONE: NoticeAction.NONE,
}

TOPIC_ANSWER = "answer"  # notices about the answer of the chat on screen
TOPIC_WAITING = "waiting"  # retry countdown and long silence


def action_words(action: NoticeAction) -> str:
    return {
        NoticeAction.CHANGE_KEY: translate("Banners", "Change key"),
        NoticeAction.OPEN_SETTINGS: translate("Banners", "Open settings"),
        NoticeAction.CHOOSE_MODEL: translate("Banners", "Choose another model"),
        NoticeAction.NEW_CHAT: translate("Banners", "New chat"),
        NoticeAction.RETRY: translate("Banners", "Retry"),
        NoticeAction.CONTINUE: translate("Banners", "Continue"),
        NoticeAction.STOP_TRYING: translate("Banners", "Stop trying"),
        NoticeAction.STOP: translate("Banners", "Stop"),
        NoticeAction.NEW_HISTORY: translate("Banners", "Start a new history"),
        NoticeAction.NONE: "",
    }[action]


def banner_for_error(error: GatewayError, *, unsent: bool = False) -> Notice:
    """The notice for a gateway error that ended an answer (or a request that never went out)."""
    from desktop_chat.ui.words.gateway import error_details, error_text

    action = _ACTIONS.get(error.action, NoticeAction.RETRY)
    text = error_text(error)
    # a certificate or proxy set-up problem is not "offline": its own sentence says nothing was sent,
    # and its button opens Settings (Retry would fail the same way)
    setup_problem = isinstance(error, InsecureConnection | ProxySetupFailed)
    if (unsent or isinstance(error, ConnectionFailed)) and not setup_problem:
        text = translate(
            "Banners", "{error} Your message is saved and can be sent when you're back online.").format(
            error=text)
        action = NoticeAction.RETRY
    kind = NoticeKind.WARNING if action is NoticeAction.CONTINUE else NoticeKind.ERROR  # a cut answer is kept
    return Notice(text, action, action_words(action), error_details(error), kind=kind, topic=TOPIC_ANSWER,
                  reword=partial(banner_for_error, error, unsent=unsent))


def countdown_text(error: GatewayError, seconds_left: float) -> str:
    """"The model service is having trouble — trying again in 4 s…"."""
    from desktop_chat.ui.words.gateway import error_text

    seconds = max(1, round(seconds_left))
    return translate("Banners", "{error} — trying again in {seconds} s…").format(
        error=error_text(error).rstrip(". "), seconds=seconds)


def banner_for_retrying(delay: float, error: GatewayError) -> Notice:
    from desktop_chat.ui.words.gateway import error_details

    action = NoticeAction.STOP_TRYING
    # re-worded with the first delay: the countdown's next tick (Waiting) writes the seconds left
    return Notice(countdown_text(error, delay), action, action_words(action), error_details(error),
                  kind=NoticeKind.WARNING, topic=TOPIC_WAITING,
                  reword=partial(banner_for_retrying, delay, error))


def banner_for_missing_key() -> Notice:
    return Notice(translate("Banners", "Add your API key to start chatting."), NoticeAction.CHANGE_KEY,
                  action_words(NoticeAction.CHANGE_KEY), kind=NoticeKind.INFO, topic="key",
                  reword=banner_for_missing_key)


def banner_for_silence() -> Notice:
    """No first token for a while; the dismiss button reads "Keep waiting"."""
    return Notice(translate("Banners", "The model is taking longer than usual."), NoticeAction.STOP,
                  action_words(NoticeAction.STOP), kind=NoticeKind.INFO,
                  dismiss_label=translate("Banners", "Keep waiting"), topic=TOPIC_WAITING,
                  reword=banner_for_silence)


# What a banner may offer on top of the answer card's own Continue / Retry: actions the card lacks.
_BANNER_WORTHY = frozenset({NoticeAction.CHANGE_KEY, NoticeAction.OPEN_SETTINGS,
                            NoticeAction.CHOOSE_MODEL, NoticeAction.NEW_CHAT})


def banner_after_answer(error: GatewayError | None, *, answer_saved: bool) -> Notice | None:
    """The banner when an answer of the chat on screen ended, or None.

    One message, one place: when the answer row exists (it is drawn on screen), its card already
    says what happened — cut short, stopped, broken off, failed — with Continue or Retry, so the
    banner stays away. The banner is for what the card cannot say: nothing could be sent (no
    answer row: "Retry" sends the saved message), and errors whose fix lies elsewhere (Change key,
    Open settings, Choose another model, New chat).
    """
    if error is None:
        return None
    notice = banner_for_error(error, unsent=not answer_saved)
    if not answer_saved or notice.action in _BANNER_WORTHY:
        return notice
    return None
