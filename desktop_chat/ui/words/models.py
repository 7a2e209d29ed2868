"""The words under the model picker: where the list came from, when it is not fresh.

Why here: `services.models` reports a typed `ModelSource`, the saved list's date and the gateway's
error; this module turns them into the one note the picker shows (context "Models"). The error's
own sentence comes from the gateway's words (`words.gateway.error_text`), written once there.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from desktop_chat.services import ModelChoice, ModelSource
from desktop_chat.ui.words.gateway import error_text


def saved_on_text(saved_at: float | None) -> str:
    """The day a saved list was written, e.g. "01 Dec 2026"; "earlier" when unknown."""
    if not saved_at:
        return QCoreApplication.translate("Models", "earlier")
    return time.strftime("%d %b %Y", time.localtime(saved_at))


def model_note(choice: ModelChoice) -> str:
    """The note under the picker; "" when the list is fresh, or not asked for yet."""
    if choice.source is ModelSource.GATEWAY_LISTS_NONE:
        return QCoreApplication.translate(
            "Models", "Connected. This gateway doesn't list its models, so the standard list is shown."
        )
    if choice.source is ModelSource.GATEWAY or choice.error is None:
        return ""
    reason = error_text(choice.error)
    if choice.source is ModelSource.SAVED:
        note = QCoreApplication.translate("Models", "Showing the models saved on {when}. {reason}")
        return note.format(when=saved_on_text(choice.saved_at), reason=reason).strip()
    note = QCoreApplication.translate("Models", "Showing the standard model list. {reason}")
    return note.format(reason=reason).strip()
