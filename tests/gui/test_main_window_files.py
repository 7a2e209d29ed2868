"""Window memory and the File menu's export / import / backup, on a real history file."""

from __future__ import annotations

import json

import pytest
from _shell_helpers import SHELL_KEY, finish
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
        lambda: shell.current_id is not None and not shell.streaming.is_streaming(shell.current_id),
        timeout=10000,
    )
    return shell.current_id


def test_window_remembers_size_position_and_sidebar(qtbot, make_shell, sim, run):
    first = make_shell(env_for(sim))
    first.window.resize(760, 520)  # the offscreen screen is 800×600
    first.window.set_sidebar_visible(False)
    run(first.shutdown())
    saved = json.loads(first.session.paths.state_file.read_text(encoding="utf-8"))
    assert saved["geometry"] and saved["sidebar_visible"] is False
    assert len(saved["panel_sizes"]) == 3
    settings = json.loads(first.session.paths.settings_file.read_text(encoding="utf-8")) \
        if first.session.paths.settings_file.exists() else {}
    assert "window_geometry" not in settings and "sidebar_visible" not in settings  # not user settings

    second = make_shell(env_for(sim))
    assert (second.window.width(), second.window.height()) == (760, 520)
    assert not second.sidebar.isVisible()


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
