"""Help → Copy diagnostic report, and an answer's "Copy request as curl": support for IT, on the clipboard.

Why here: both are gathered by the services (no Qt there) and may take a while — the report runs
the connection test (seconds; a silent gateway up to its time limit) — so they run as background
tasks with a remark while they work, and the window stays usable. The result goes to the clipboard
with a remark saying so and what to do with it; nothing is shown in a dialog (a report for IT is
pasted, not read). A refusal (the message is gone) or an unusable setting is said in plain words.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop_chat.services import InvalidRequest, NothingToDo, Session, diagnostic_report, request_as_curl
from desktop_chat.ui.chat.curl_requests import curl_requests
from desktop_chat.ui.notices import Notices
from desktop_chat.ui.tasks import TaskRunner

REPORT_TASK = "diagnostic-report"


class SupportController(QObject):
    """Runs the two support actions for one window (see the module docstring)."""

    def __init__(self, *, session: Session, window: QWidget, notices: Notices, tasks: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._window = window
        self._notices = notices
        self._tasks = tasks
        curl_requests().requested.connect(self._on_curl_requested)

    # --- Help → Copy diagnostic report ------------------------------------------------------------
    def copy_diagnostic_report(self) -> None:
        if self._tasks.running(REPORT_TASK):
            self._notices.say(self.tr("The diagnostic report is being put together…"), 0)
            return
        self._notices.say(self.tr("Putting the diagnostic report together and testing the connection…"), 0)
        self._tasks.spawn(self._copy_report(), key=REPORT_TASK)

    async def _copy_report(self) -> None:
        import PySide6
        from PySide6.QtCore import qVersion

        report = await diagnostic_report(
            self._session, ui_versions={"Qt": qVersion(), "PySide6": PySide6.__version__},
            ui_language=QLocale().name())
        QApplication.clipboard().setText(report)
        copied = self.tr("The diagnostic report was copied. Paste it into your message to IT.")
        self._notices.say(copied, 10000)

    # --- an answer's "Copy request as curl" -----------------------------------------------------------
    def copy_request_as_curl(self, message_id: int, *, short_images: bool = False) -> None:
        self._tasks.spawn(self._copy_curl(message_id, short_images), key=("curl", message_id))

    def _on_curl_requested(self, card: QWidget, message_id: int, short_images: bool) -> None:
        if self._window.isAncestorOf(card):  # a card of this window, not of another one
            self.copy_request_as_curl(message_id, short_images=short_images)

    async def _copy_curl(self, message_id: int, short_images: bool) -> None:
        try:
            command = await request_as_curl(self._session, message_id, short_images=short_images)
        except NothingToDo as refusal:
            from desktop_chat.ui.words.refusals import refusal_text

            self._notices.say(refusal_text(refusal.refusal))
            return
        except InvalidRequest as bad:
            from desktop_chat.ui.words.gateway import invalid_request_text

            self._notices.say(invalid_request_text(bad), 8000)
            return
        QApplication.clipboard().setText(command)
        self._notices.say(self.tr("The request was copied as a curl command. The key is not in it: "
                                  "set DESKTOP_CHAT_API_KEY before running it."), 8000)

    def close(self) -> None:
        try:
            curl_requests().requested.disconnect(self._on_curl_requested)
        except (RuntimeError, TypeError):  # already gone
            pass
