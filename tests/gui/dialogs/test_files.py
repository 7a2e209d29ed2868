"""The File menu's export / import / backup on a real history file: one chat, all chats, a backup,
an import back, and the banner when a file can't be read or written."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMenu

from desktop_chat.store import HistoryStore
from tests.gui.helpers import chat_once, env_for, finish, ready, send_and_wait

pytestmark = pytest.mark.gui


def test_export_backup_and_import(qtbot, make_shell, sim, tmp_path):
    shell = make_shell(env_for(sim))
    cid = chat_once(qtbot, shell, "Export me please")
    target = tmp_path / "chat.md"
    finish(qtbot, shell.files.run_export_chat(cid, target))
    assert "Export me please" in target.read_text(encoding="utf-8")
    finish(qtbot, shell.files.run_export_chat(cid, tmp_path / "chat.json"))
    archive = json.loads((tmp_path / "chat.json").read_text(encoding="utf-8"))
    assert archive
    backup = tmp_path / "backup.sqlite3"
    finish(qtbot, shell.files.run_backup(backup))
    copy = HistoryStore.open(backup)
    try:
        assert [c.title for c in copy.list_conversations()] == ["Export me please"]
    finally:
        copy.close()
    archive_file = tmp_path / "all.json"
    shell.session.store.export_archive(archive_file)
    shell.session.store.trash_conversation(cid)
    shell.session.store.purge_trash()
    shell.chats.refresh()
    finish(qtbot, shell.files.run_import(archive_file))
    assert [c.title for c in shell.session.store.list_conversations()] == ["Export me please"]
    assert "Imported" in shell.status.currentMessage()


def test_bad_import_file_shows_a_banner(qtbot, make_shell, sim, tmp_path):
    shell = make_shell(env_for(sim))
    bad = tmp_path / "not-an-archive.json"
    bad.write_text("{broken", encoding="utf-8")
    finish(qtbot, shell.files.run_import(bad))
    assert shell.chat_view.banner.isVisible()
    assert "could not be imported" in shell.chat_view.banner.label.text()


def test_export_all_chats_writes_an_archive_that_imports_back(qtbot, make_shell, sim, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    send_and_wait(qtbot, shell, "First chat")
    shell.new_chat()
    send_and_wait(qtbot, shell, "Second chat")
    file_menu = next(a.menu() for a in shell.window.menuBar().actions() if a.text() == "&File")
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("Export &all chats…") == texts.index("&Export chat…") + 1

    target = tmp_path / "everything.json"
    finish(qtbot, shell.files.run_export_all(target))
    assert target.exists()
    assert "Exported 2 chats" in shell.status.currentMessage()
    fresh = HistoryStore.open(tmp_path / "fresh.sqlite3")
    try:
        report = fresh.import_archive(target)
        assert report.imported == 2
        assert len(fresh.list_conversations()) == len(shell.session.store.list_conversations()) == 2
    finally:
        fresh.close()


def test_export_all_to_an_unwritable_place_says_so(qtbot, make_shell, sim, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    finish(qtbot, shell.files.run_export_all(blocker / "all.json"))  # a file where the folder should be
    assert shell.chat_view.banner.isVisible()
    assert shell.chat_view.banner.label.text()
    assert "Exported" not in shell.status.currentMessage()


def test_export_all_action_opens_a_save_dialog_without_blocking(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    shell.window.export_all_action.trigger()  # returns at once: open(), not exec()
    dialogs = [d for d in shell.window.findChildren(QFileDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].acceptMode() is QFileDialog.AcceptMode.AcceptSave
    dialogs[0].reject()
