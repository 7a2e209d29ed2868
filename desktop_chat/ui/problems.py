"""World errors → notices: which sentence and which action the person gets for what went wrong.

Why one place: a full disk, a locked password store or a gateway that refused the key may surface
from any controller; each must read the same way and offer the same next step. Bugs are not
handled here — they reach the excepthook (logged, "Something went wrong" with a way to report).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from desktop_chat.services import AttachFailed, GatewayError, KeyStoreError, NothingToDo, StoreError
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind, Notices

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by

T = TypeVar("T")


def notice_for(exc: BaseException) -> Notice | None:
    """The notice for a world error, or None when `exc` is a bug."""
    if isinstance(exc, StoreError):
        from desktop_chat.ui.words.store import store_error_text

        text, action = store_error_text(exc)
        return Notice(f"{text} {action}".strip(), details=exc.detail, topic="store")
    if isinstance(exc, KeyStoreError):
        from desktop_chat.ui.words.keys import key_error_text

        text, action = key_error_text(exc)
        return Notice(f"{text} {action}".strip(), details=getattr(exc, "detail", ""), topic="keys",
                      action=NoticeAction.OPEN_SETTINGS, action_label=translate("Problems", "Open settings"),
                      kind=NoticeKind.WARNING)
    if isinstance(exc, AttachFailed):
        from desktop_chat.ui.words.attachments import attach_problem_text

        return Notice(attach_problem_text(exc.problem, exc.name), details=exc.detail, topic="attach",
                      kind=NoticeKind.WARNING)
    if isinstance(exc, GatewayError):
        from desktop_chat.ui.chat.banners import banner_for_error

        return banner_for_error(exc)
    return None


def attempt(notices: Notices, fn: Callable[..., T], *args: object) -> tuple[bool, T | None]:
    """Call `fn(*args)`; a world error becomes a notice, a refusal a remark. Returns (succeeded, result)."""
    try:
        return True, fn(*args)
    except NothingToDo as refusal:
        from desktop_chat.ui.words.refusals import refusal_text

        notices.say(refusal_text(refusal.refusal))
        return False, None
    except (StoreError, KeyStoreError, GatewayError) as exc:
        notice = notice_for(exc)
        if notice is not None:
            notices.show(notice)
        return False, None


def reporter(notices: Notices) -> Callable[[BaseException], bool]:
    """For `TaskRunner`: show world errors as notices (True), leave bugs to the excepthook."""

    def report(exc: BaseException) -> bool:
        notice = notice_for(exc)
        if notice is None:
            return False
        notices.show(notice)
        return True

    return report
