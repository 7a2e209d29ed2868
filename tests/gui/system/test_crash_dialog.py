"""A bug is shown, not lost: the crash dialog collects reports and copies them, the app keeps
running, and neither the dialog nor the log shows the key."""

from __future__ import annotations

import asyncio
import logging

import pytest
from PySide6.QtWidgets import QApplication

from desktop_chat.ui.system.crash_dialog import CrashDialog
from tests.gui.helpers import SHELL_KEY

pytestmark = pytest.mark.gui


def test_crash_dialog_copies_details_and_appends_more(qtbot):
    dialog = CrashDialog(None, details="Traceback: boom", log_path="/tmp/x.log")
    qtbot.addWidget(dialog)
    dialog.add_report("Traceback: second")
    dialog.copy_details()
    text = QApplication.clipboard().text()
    assert "boom" in text and "second" in text
    assert dialog.count == 2
    assert dialog.copy_button.accessibleName() == "Copy details"


def test_unexpected_exception_shows_dialog_and_is_logged_without_key(qtbot, make_shell, sim, tmp_path):
    import sys

    from desktop_chat.logsetup import setup_logging, teardown_logging
    from desktop_chat.ui.system.crash_dialog import CrashDialog
    from desktop_chat.ui.system.excepthook import install_excepthook

    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY})
    qtbot.waitUntil(lambda: shell.session.key is not None, timeout=10000)
    paths = shell.session.paths
    old_hook = sys.excepthook
    setup_logging(paths.log_file, secrets_provider=shell.session.secrets, level=logging.INFO)
    install_excepthook(paths, shell.session.secrets, lambda: shell.window)
    try:
        async def buggy() -> None:
            await asyncio.sleep(0)
            raise ValueError(f"boom with the key {SHELL_KEY} inside")

        shell.tasks.spawn(buggy())
        qtbot.waitUntil(
            lambda: any(isinstance(w, CrashDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
            timeout=5000,
        )
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
        )
        details = dialog.details.toPlainText()
        assert "ValueError" in details and "boom" in details and SHELL_KEY not in details
        assert shell.window.isVisible()  # the app keeps running
        dialog.close()
    finally:
        sys.excepthook = old_hook
        teardown_logging()
    log_text = paths.log_file.read_text(encoding="utf-8")
    assert "ValueError" in log_text and SHELL_KEY not in log_text
