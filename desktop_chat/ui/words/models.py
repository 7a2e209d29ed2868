"""The words under the model picker: where the list came from, when it is not fresh.

Why here: `services.models` reports a typed `ModelSource`, the saved list's date and the gateway's
error; this module turns them into the one note the picker shows (context "Models"). The error's
own sentence comes from the gateway's words (`words.gateway.error_text`), written once there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop_chat.services import ModelChoice, ModelSource
from desktop_chat.ui.words.gateway import error_text


def saved_on_text(saved_at: float) -> str:
    """The day a saved list was written, in the person's format ("1 Dec 2026", "2026/12/01"…)."""
    moment = QDateTime.fromSecsSinceEpoch(int(saved_at))
    return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)


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
        if not choice.saved_at:
            note = QCoreApplication.translate("Models", "Showing the models saved earlier. {reason}")
            return note.format(reason=reason).strip()
        note = QCoreApplication.translate("Models", "Showing the models saved on {when}. {reason}")
        return note.format(when=saved_on_text(choice.saved_at), reason=reason).strip()
    note = QCoreApplication.translate("Models", "Showing the standard model list. {reason}")
    return note.format(reason=reason).strip()
