"""A newer Desktop Chat offered by the organisation's update feed, in a notice.

Why: people should learn of IT's new build without hunting for it, and nothing is ever installed
behind their back. Only when the policy names `update_feed` does this start at all: a first check
a little after the first paint, then every hour it asks "is a check due?" (once a day). A newer
version is offered in the banner — "Desktop Chat 1.4.0 is available.", the release notes behind
Details (what's new), and Download, which opens the download address in the browser when the
person clicks it. A feed that can't be read is logged by the service and never shown. No feed: no
timer, no client, no request.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices

from desktop_chat.services import Session, UpdateCheck, UpdateOffer, UpdatesService, app_version, feed_url_of
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind, Notices
from desktop_chat.ui.tasks import TaskRunner

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by

FIRST_CHECK_MS = 30_000
CHECK_EVERY_MS = 3600_000
TOPIC = "update"


def offer_notice(offer: UpdateOffer) -> Notice:
    return Notice(
        translate("Updates", "Desktop Chat {version} is available.").format(version=offer.version),
        NoticeAction.DOWNLOAD_UPDATE, translate("Updates", "Download"),
        details=offer.notes.strip(), kind=NoticeKind.INFO, topic=TOPIC,
        reword=lambda: offer_notice(offer))


class UpdatesController(QObject):
    def __init__(self, *, session: Session, notices: Notices, tasks: TaskRunner,
                 service: UpdatesService | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notices = notices
        self._tasks = tasks
        policy = getattr(session, "policy", None)
        self.service = service or UpdatesService(
            session.paths, lambda: feed_url_of(getattr(session, "policy", policy)),
            lambda: session.client().http, app_version())
        self._timer: QTimer | None = None
        self.offer: UpdateOffer | None = None
        self.last: UpdateCheck | None = None
        self._closed = False

    @property
    def enabled(self) -> bool:
        return self.service.enabled

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        if not self.service.enabled:
            return  # no feed: no timer, no traffic
        QTimer.singleShot(first_check_ms, self.check)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        if not self._closed and self.service.is_due():
            self._tasks.spawn(self.run_check())

    async def run_check(self) -> None:
        result = await self.service.check_if_due()
        if result is None or self._closed:
            return
        self.last = result
        if result.offer is not None:
            self.offer = result.offer
            self._notices.show(offer_notice(result.offer))

    def download(self) -> None:
        """The person clicked Download: the browser opens the address; nothing else happens."""
        if self.offer is not None:
            QDesktopServices.openUrl(QUrl(self.offer.url))
            self._notices.clear(topic=TOPIC)

    def close(self) -> None:
        self._closed = True
        if self._timer is not None:
            self._timer.stop()
