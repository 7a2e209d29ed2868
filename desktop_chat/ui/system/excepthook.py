"""The app's excepthook: every unexpected exception is logged and shown in the crash dialog.

Why apart from the dialog: the hook must be in place before anything can go wrong — before the
window exists — while the dialog (a QDialog subclass, costly to define) is needed only when a bug
actually happens, so it is imported then.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_chat.services import AppPaths

if TYPE_CHECKING:
    from desktop_chat.ui.system.crash_dialog import CrashDialog


def install_excepthook(
    paths: AppPaths,
    secrets: Callable[[], Iterable[str]],
    parent: Callable[[], QWidget | None],
) -> Callable[..., None]:
    """Route every uncaught exception (also those of qasync tasks) to the log and to CrashDialog.

    Returns the hook (also installed as `sys.excepthook`). Never raises: a failure while reporting
    falls back to the original hook.
    """
    from desktop_chat.services import format_crash_report

    original = sys.excepthook
    state: dict[str, CrashDialog | None] = {"dialog": None}
    log = logging.getLogger("desktop_chat.crash")

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            original(exc_type, exc, tb)
            return
        try:
            import PySide6
            from PySide6.QtCore import qVersion

            from desktop_chat.ui.system.crash_dialog import CrashDialog

            extra = {"Qt": qVersion(), "PySide6": PySide6.__version__}
            report = format_crash_report(exc_type, exc, tb, secrets=tuple(secrets()), extra=extra)
            log.error("unexpected error:\n%s", report)
            if QApplication.instance() is None:
                sys.stderr.write(report)
                return
            dialog = state["dialog"]
            if dialog is not None and dialog.isVisible():
                dialog.add_report(report)
                return
            dialog = CrashDialog(parent(), details=report, log_path=str(paths.log_file))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.openLogFolderRequested.connect(lambda: open_folder(paths.log_dir))
            dialog.destroyed.connect(lambda *_: state.update(dialog=None))
            state["dialog"] = dialog
            dialog.show()
            dialog.raise_()
        except Exception:  # reporting must never take the app down
            original(exc_type, exc, tb)

    sys.excepthook = hook
    return hook


def open_folder(folder: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
