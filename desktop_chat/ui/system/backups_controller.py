"""The daily backup and Restore, as the window sees them.

Why a controller: the backup itself is the backups service's (a worker thread, no Qt); this object
decides *when* (once after the first paint, then every hour it asks "is one due?" — a day after
the last good one), says a failure once per kind of problem (not every day), feeds Settings →
Backups, and runs a Restore.

Restore restarts the app instead of re-opening the history in place. Why: the history store is
handed at start to every service (chat, conversations, attachments, titles, summaries, tools) and
through them to every controller and cached view; swapping it under them while an answer may be
streaming would leave some holding a closed store. "Start a new history" also happens before
anything holds the store, never in a running window. So Restore (after the person's "Restore")
copies and checks the backup beside the history while the app runs — the current history is not
touched and a damaged backup is refused there — then quits the normal way (every answer saved, the
store closed), swaps the files (`after_history_closed`: the current one kept aside, renamed with a
timestamp) and starts the same program again (`relaunch`, after the single-instance socket is
closed, so the new copy does not hand itself to the old one).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_chat.services import (
    BackupDone,
    BackupFailed,
    BackupPlan,
    BackupProblem,
    BackupsService,
    RestoreRefused,
    Session,
    backup_plan,
)
from desktop_chat.ui.dialogs.backups_page import BackupsPage, BackupsView
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind, Notices
from desktop_chat.ui.tasks import TaskRunner

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by
log = logging.getLogger(__name__)

FIRST_CHECK_MS = 20_000  # after the first paint: the start-up's own work first
CHECK_EVERY_MS = 3600_000  # is a backup due? (a laptop asleep at the due time catches up)
TOPIC = "backup"


def problem_text(result: BackupFailed) -> str:
    folder = str(result.folder)
    if result.problem is BackupProblem.FOLDER_MISSING:
        return translate("Backups", "The history could not be backed up: the folder {folder} is not "
                         "there. Is its drive connected?").format(folder=folder)
    if result.problem is BackupProblem.DISK_FULL:
        return translate("Backups", "The history could not be backed up: the disk of {folder} is "
                         "full.").format(folder=folder)
    if result.problem is BackupProblem.COPY_DAMAGED:
        return translate("Backups", "The backup copy failed its check, so it was not kept. The next "
                         "backup tries again.")
    if result.problem is BackupProblem.HISTORY_UNREADABLE:
        return translate("Backups", "The history could not be read to back it up.")
    return translate("Backups", "The history could not be backed up: the folder {folder} can't be "
                     "written to.").format(folder=folder)


def restart_command() -> tuple[str, list[str]]:
    """The same program again: the frozen app's own executable, or this Python with the package."""
    args = [a for a in sys.argv[1:] if a != "--self-test"]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "desktop_chat", *args]


class BackupsController(QObject):
    restartRequested = Signal()  # a restore is staged: quit, swap, start again

    def __init__(self, *, session: Session, parent_window: QWidget, notices: Notices, tasks: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._window = parent_window
        self._notices = notices
        self._tasks = tasks
        self.service = BackupsService(session.paths, lambda: session.store, self.plan)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._closed = False
        self._page: BackupsPage | None = None
        self._message = ""
        self.staged: Path | None = None
        self.restart_requested = False
        self.kept_as: Path | None = None
        self.confirm_box: QMessageBox | None = None

    def plan(self) -> BackupPlan:
        session = self._session
        return backup_plan(session.settings, session.paths, getattr(session, "policy", None))

    # --- the daily backup -------------------------------------------------------------------------
    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        QTimer.singleShot(first_check_ms, self.check)
        self._timer.start()

    def check(self) -> None:
        if self._closed or self.service.busy or not self.service.is_due():
            return
        self._tasks.spawn(self.run_daily())

    async def run_daily(self) -> None:
        result = await self.service.back_up_if_due()
        if result is not None:
            self._after(result, daily=True)

    def back_up_now(self) -> None:
        if self.service.busy:
            return
        self._show_page(busy=True, message=translate("Backups", "Backing up…"))
        self._tasks.spawn(self._now())

    async def _now(self) -> None:
        result = await self.service.back_up_now()
        self._after(result, daily=False)

    def _after(self, result: BackupDone | BackupFailed, *, daily: bool) -> None:
        if self._closed:
            return
        if isinstance(result, BackupDone):
            self._notices.clear(topic=TOPIC)
            self._show_page(message=translate("Backups", "Backed up as {name}.").format(
                name=result.file.path.name))
            return
        text = problem_text(result)
        self._show_page(message=text)
        if daily and not self.service.should_say(result.problem):
            return  # said before: the log has it
        self._notices.show(Notice(text, NoticeAction.BACKUP_SETTINGS, translate("Backups", "Backup settings"),
                                  details=result.detail, kind=NoticeKind.WARNING, topic=TOPIC))

    # --- Settings → Backups -----------------------------------------------------------------------
    def page_for(self, parent: QWidget) -> BackupsPage:
        page = BackupsPage(parent, self._view())
        page.backUpNowRequested.connect(self.back_up_now)
        page.restoreRequested.connect(self.ask_restore)
        page.destroyed.connect(lambda _o=None: setattr(self, "_page", None))
        self._page = page
        return page

    def _view(self, *, busy: bool = False, message: str = "") -> BackupsView:
        state = self.service.state()
        return BackupsView(plan=self.plan(), folder_text=self._session.settings.backup_folder
                           if not self.plan().folder_locked else "",
                           last_good=state.last_good, backups=self.service.backups(),
                           busy=busy or self.service.busy, message=message)

    def _show_page(self, *, busy: bool = False, message: str = "") -> None:
        self._message = message
        if self._page is not None:
            try:
                self._page.show_view(self._view(busy=busy, message=message))
            except RuntimeError:  # the dialog was closed and its page deleted
                self._page = None

    # --- Restore ------------------------------------------------------------------------------------
    def ask_restore(self, backup: Path) -> None:
        """Confirm first: the current history is kept aside, the app restarts on the backup."""
        from desktop_chat.services.backups import kept_aside_name

        kept = kept_aside_name(self._session.paths.database)
        parent = self._page.window() if self._page is not None else self._window
        box = QMessageBox(QMessageBox.Icon.Question, translate("Backups", "Restore from a backup"),
                          translate("Backups", "Replace your history with the backup {name}?").format(
                              name=Path(backup).name),
                          QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText(translate(
            "Backups", "Your current history is kept as {kept} in {folder}, unchanged. Desktop Chat "
            "then starts again with the backup's chats.").format(kept=kept.name, folder=str(kept.parent)))
        restore = box.addButton(translate("Backups", "Restore and restart"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self.restore(Path(backup)) if box.clickedButton() is restore
                             else None)
        self.confirm_box = box
        box.open()

    def restore(self, backup: Path) -> None:
        self._tasks.spawn(self._stage(backup))

    async def _stage(self, backup: Path) -> None:
        from desktop_chat.services.backups import prepare_restore

        try:
            staged = await asyncio.to_thread(prepare_restore, backup, self._session.paths.database)
        except RestoreRefused as refused:
            log.warning("restore refused: %s", refused)
            self._refuse(translate("Backups", "This backup can't be used: it is damaged or is not a Desktop "
                                   "Chat history. Your current history was not changed."), refused.detail)
            return
        except OSError as exc:
            log.warning("restore could not copy the backup: %s", exc)
            self._refuse(translate("Backups", "The backup could not be copied next to your history. Your "
                                   "current history was not changed."), str(exc))
            return
        self.staged = staged
        self.restart_requested = True
        log.info("restore staged from %s; restarting", backup)
        self.restartRequested.emit()

    def _refuse(self, text: str, detail: str) -> None:
        self._show_page(message=text)
        parent = self._page.window() if self._page is not None else self._window
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Backups", "Restore from a backup"), text,
                          QMessageBox.StandardButton.Ok, parent)
        if detail:
            box.setDetailedText(detail)
        self.confirm_box = box
        box.open()

    def after_history_closed(self) -> None:
        """At quit, once the store is closed: put the staged backup in place of the history."""
        if self.staged is None:
            return
        from desktop_chat.services.backups import swap_in

        try:
            self.kept_as = swap_in(self.staged, self._session.paths.database)
        except OSError as exc:
            log.error("the restore could not swap the files: %s (the current history stays)", exc)
            return
        finally:
            self.staged = None
        log.warning("history restored from a backup; the previous one is kept as %s", self.kept_as)

    def close(self) -> None:
        self._closed = True
        self._timer.stop()
        self.service.stop()


def relaunch() -> bool:
    """Start the same program again, detached (after a restore); False when it could not start."""
    from PySide6.QtCore import QProcess

    program, args = restart_command()
    started = QProcess.startDetached(program, args)
    ok = bool(started[0] if isinstance(started, tuple) else started)
    if not ok:
        log.error("could not start %s again after a restore", program)
    return ok
