"""Window memory and the File menu's export / import / backup, on a real history file."""

from __future__ import annotations

import json

import pytest
from _shell_helpers import SHELL_KEY
from PySide6.QtCore import Qt

from desktop_chat.store import HistoryStore

pytestmark = pytest.mark.gui


def env_for(sim) -> dict[str, str]:
    return {"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY}


def chat_once(qtbot, shell, text: str) -> int:
    qtbot.waitUntil(lambda: shell.session.key is not None, timeout=10000)
    qtbot.keyClicks(shell.composer.edit, text)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: shell.current_id is not None and not shell.controller.is_streaming(shell.current_id),
        timeout=10000,
    )
    return shell.current_id


def test_window_remembers_size_position_and_sidebar(qtbot, make_shell, sim, run):
    first = make_shell(env_for(sim))
    first.window.resize(760, 520)  # the offscreen screen is 800×600
    first.window.set_sidebar_visible(False)
    run(first.shutdown())
    saved = json.loads(first.session.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["window_geometry"] and saved["sidebar_visible"] is False
    from desktop_chat.settings import load_settings

    second = make_shell(env_for(sim), settings=load_settings(first.session.paths))
    assert (second.window.width(), second.window.height()) == (760, 520)
    assert not second.sidebar.isVisible()


def test_export_backup_and_import(qtbot, make_shell, sim, tmp_path):
    shell = make_shell(env_for(sim))
    cid = chat_once(qtbot, shell, "Export me please")
    target = tmp_path / "chat.md"
    shell.dialogs._write_export(cid, target)
    assert "Export me please" in target.read_text(encoding="utf-8")
    shell.dialogs._write_export(cid, tmp_path / "chat.json")
    archive = json.loads((tmp_path / "chat.json").read_text(encoding="utf-8"))
    assert archive
    backup = tmp_path / "backup.sqlite3"
    shell.dialogs._backup(backup)
    copy = HistoryStore.open(backup)
    try:
        assert [c.title for c in copy.list_conversations()] == ["Export me please"]
    finally:
        copy.close()
    archive_file = tmp_path / "all.json"
    shell.store.export_archive(archive_file)
    shell.store.trash_conversation(cid)
    shell.store.purge_trash()
    shell.refresh_list()
    shell.dialogs._import(archive_file)
    assert [c.title for c in shell.store.list_conversations()] == ["Export me please"]
    assert "Imported" in shell.status.currentMessage()


def test_bad_import_file_shows_a_banner(qtbot, make_shell, sim, tmp_path):
    shell = make_shell(env_for(sim))
    bad = tmp_path / "not-an-archive.json"
    bad.write_text("{broken", encoding="utf-8")
    shell.dialogs._import(bad)
    assert shell.chat_view.banner.isVisible()
    assert "could not be imported" in shell.chat_view.banner.label.text()
