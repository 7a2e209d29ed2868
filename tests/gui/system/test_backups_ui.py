"""Settings → Backups, the daily backup's notice, Restore (confirm → kept aside → restart), updates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_chat.services import BackupDone, BackupPlan, UpdatesService
from desktop_chat.services.backups import list_backups, make_backup
from desktop_chat.ui.dialogs.backups_page import BackupsPage, BackupsView
from desktop_chat.ui.notices import NoticeAction
from desktop_chat.ui.system import backups_controller as backups_module
from desktop_chat.ui.system.updates_controller import UpdatesController
from tests.gui.helpers import banner, make_chats

pytestmark = pytest.mark.gui


def listed_titles(shell: Any) -> set[str]:
    model = shell.conversation_list.model
    return {str(model.index(r, 0).data()) for r in range(model.rowCount())}


def click_in_box(qtbot: Any, button_text: str) -> str:
    """Click `button_text` in the message box on show; returns its text and informative text."""
    found: list[str] = []

    def box_up() -> bool:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.buttons():
                    if button.text() == button_text:
                        found.append(widget.text() + "\n" + widget.informativeText())
                        button.click()
                        return True
        return False

    qtbot.waitUntil(box_up, timeout=5000)
    return found[0]


def open_backups_page(qtbot: Any, shell: Any) -> Any:
    shell.open_settings(on_backups=True)
    dialog = shell.gateway.settings_dialog
    assert dialog is not None and dialog.backups_page is not None
    assert dialog.tabs.currentWidget() is dialog.backups_page
    return dialog


def test_the_backups_page_saves_its_three_settings(qtbot, make_shell, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(start=False)
    dialog = open_backups_page(qtbot, shell)
    page = dialog.backups_page
    assert page.last_label.text() == "No backup has been made yet."
    page.auto_check.setChecked(False)
    page.folder_edit.setText(str(tmp_path / "synced"))
    page.kept_spin.setValue(12)
    dialog.save()
    qtbot.waitUntil(lambda: shell.session.settings.backups_kept == 12, timeout=5000)
    settings = shell.session.settings
    assert (settings.auto_backup, settings.backup_folder) == (False, str(tmp_path / "synced"))
    assert shell.backups.plan().folder == tmp_path / "synced"


def test_back_up_now_from_settings_lists_the_backup(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(start=False)
    make_chats(shell, 3)
    page = open_backups_page(qtbot, shell).backups_page
    page.back_up_button.click()
    qtbot.waitUntil(lambda: page.list.count() == 1 and page.selected() is None
                    and page.list.item(0).data(256) is not None, timeout=10000)
    assert "Backed up as desktop-chat-" in page.message_label.text()
    assert page.last_label.text().startswith("Last backup:")
    assert len(list_backups(shell.session.paths.backups_dir)) == 1


def test_a_daily_backup_that_fails_says_so_once(qtbot, make_shell, tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    shell = make_shell(start=False)
    shell.session.settings = replace(shell.session.settings, backup_folder=str(tmp_path / "not-mounted"))
    run(shell.backups.run_daily())
    text, action = banner(shell)
    assert "is not there" in text and str(tmp_path / "not-mounted") in text and action == "Backup settings"
    assert shell.notices.current is not None
    assert shell.notices.current.action is NoticeAction.BACKUP_SETTINGS
    shell.notices.clear()
    run(shell.backups.run_daily())
    assert banner(shell) == ("", ""), "the same problem is said once, not every day"


def test_restore_keeps_the_current_history_and_restarts_on_the_backups_chats(  # type: ignore[no-untyped-def]
    qtbot, make_shell, run, monkeypatch
) -> None:
    shell = make_shell(start=False)
    make_chats(shell, 2)
    paths = shell.session.paths
    made = make_backup(shell.session.store, BackupPlan(True, paths.backups_dir, 7), pause_s=0)
    assert isinstance(made, BackupDone)
    shell.session.store.create_conversation(title="Written after the backup")
    shell.chats.refresh()
    assert "Written after the backup" in listed_titles(shell)
    quits: list[bool] = []
    shell.backups.restartRequested.connect(lambda: quits.append(True))

    page = open_backups_page(qtbot, shell).backups_page
    page.list.item(0).setSelected(True)
    page.restore_button.click()
    said = click_in_box(qtbot, "Restore and restart")
    assert "Your current history is kept as history.sqlite3.before-restore-" in said
    qtbot.waitUntil(lambda: bool(quits), timeout=10000)
    assert shell.restart_requested
    relaunched: list[tuple[str, list[str]]] = []
    monkeypatch.setattr("PySide6.QtCore.QProcess.startDetached",
                        lambda program, args: relaunched.append((program, args)) or True)
    run(shell.shutdown(), timeout=15)
    kept = shell.backups.kept_as
    assert kept is not None and kept.exists() and kept.parent == paths.database.parent
    assert backups_module.relaunch()
    assert relaunched and relaunched[0][1][:2] == ["-m", "desktop_chat"]

    again = make_shell(start=False)
    titles = listed_titles(again)
    assert {"Chat 0", "Chat 1"} <= titles and "Written after the backup" not in titles


def test_a_damaged_backup_is_refused_and_nothing_changes(qtbot, make_shell, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(start=False)
    make_chats(shell, 2)
    bad = tmp_path / "desktop-chat-2024-01-01-000000.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00garbage" * 2000)
    before = listed_titles(shell)
    shell.backups.ask_restore(bad)
    click_in_box(qtbot, "Restore and restart")
    said = click_in_box(qtbot, "OK")
    assert "This backup can't be used" in said and "was not changed" in said
    assert not shell.restart_requested and shell.backups.staged is None
    assert listed_titles(shell) == before
    assert not list(shell.session.paths.data_dir.glob("history.sqlite3.before-restore-*"))


def test_what_the_organisation_set_is_greyed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = BackupPlan(True, tmp_path / "it", 30, folder_locked=True, kept_locked=True, default_folder=False)
    page = BackupsPage(None, BackupsView(plan=plan, folder_text="", last_good=None, backups=()))
    qtbot.addWidget(page)
    assert not page.folder_edit.isEnabled() and not page.choose_button.isEnabled()
    assert not page.kept_spin.isEnabled() and page.auto_check.isEnabled()
    assert page.folder_edit.text() == str(tmp_path / "it") and page.kept_spin.value() == 30
    assert not page.locked_label.isHidden() and page.locked_label.text() == "Set by your organisation"
    assert page.values().backup_folder == "", "the organisation's folder is not saved as the person's"


def test_an_update_is_offered_in_a_notice_and_download_opens_the_browser(  # type: ignore[no-untyped-def]
    qtbot, make_shell, run, monkeypatch, tmp_path: Path
) -> None:
    import http.server
    import threading

    body = json.dumps({"version": "99.1.0", "notes": "Backups every day.", "sha256": "b" * 64,
                       "url": "https://downloads.example/DesktopChat-99.1.0.exe"}).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_a: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        shell = make_shell(start=False)
        url = f"http://127.0.0.1:{server.server_address[1]}/feed.json"
        service = UpdatesService(shell.session.paths, lambda: url, lambda: shell.session.client().http,
                                 "1.3.0")
        shell.updates.service = service
        run(shell.updates.run_check())
    finally:
        server.shutdown()
        server.server_close()
    text, action = banner(shell)
    assert (text, action) == ("Desktop Chat 99.1.0 is available.", "Download")
    assert shell.chat_view.banner.details.text() == "Backups every day."
    opened: list[str] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda u: opened.append(u.toString()))
    shell.chat_view.banner.action_button.click()
    assert opened == ["https://downloads.example/DesktopChat-99.1.0.exe"]


def test_no_feed_no_timer_no_client(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(start=False)
    asked: list[bool] = []

    def no_client() -> Any:
        asked.append(True)
        raise AssertionError("no client without a feed")

    controller = UpdatesController(session=shell.session, notices=shell.notices, tasks=shell.tasks,
                                   service=UpdatesService(shell.session.paths, lambda: "", no_client, "1.0"))
    controller.start(first_check_ms=0)
    qtbot.wait(50)
    assert controller._timer is None and not asked and not controller.enabled
    QTimer.singleShot(0, controller.check)
    qtbot.wait(20)
    assert not asked
