"""The history file could not be opened: say why, and for a damaged file offer a new history.

Why: without its history the app cannot run, so this is asked before the window exists (a modal
box, before the event loop runs: no coroutine is involved). A damaged file gets "Start a new
history" — the damaged one is kept aside for support, never changed — or Quit.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_chat.services import StoreError

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


class HistoryChoice(enum.Enum):
    QUIT = "quit"
    NEW_HISTORY = "new_history"


def ask_about_history(error: StoreError, *, offer_new: bool) -> HistoryChoice:
    from desktop_chat.ui.words.store import store_error_text

    text, action = store_error_text(error)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("HistoryTrouble", "Desktop Chat"), text)
    box.setInformativeText(action)
    if error.detail:
        box.setDetailedText(error.detail)
    new = None
    if offer_new:
        new = box.addButton(translate("HistoryTrouble", "Start a new history"),
                            QMessageBox.ButtonRole.AcceptRole)
        box.setInformativeText(translate(
            "HistoryTrouble", "\"Start a new history\" keeps the damaged file beside the new one, "
            "unchanged, so nothing is lost."))
    box.addButton(translate("HistoryTrouble", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return HistoryChoice.NEW_HISTORY if new is not None and box.clickedButton() is new else HistoryChoice.QUIT
