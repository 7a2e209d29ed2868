"""The window state file, the one-time hand-over of an older settings.json, a new history."""

from __future__ import annotations

import json

import pytest

from desktop_chat.paths import AppPaths, app_paths
from desktop_chat.services.history_file import open_history, start_new_history
from desktop_chat.services.upgrade import carry_over_old_settings
from desktop_chat.services.window_state import WindowState, read_window_state, write_window_state
from desktop_chat.settings import AppSettings, Theme, read_settings, save_settings
from desktop_chat.store import CorruptDatabaseError, HistoryStore


@pytest.fixture
def paths() -> AppPaths:
    return app_paths().ensure()


def test_window_state_round_trip_apart_from_the_settings(paths: AppPaths) -> None:
    assert read_window_state(paths) == WindowState()  # nothing saved yet: the defaults
    state = WindowState(geometry="AdnQywADAAAAAAA=", sidebar_visible=False, panel_sizes=(240, 700, 300))
    write_window_state(paths, state)
    assert read_window_state(paths) == state
    assert paths.state_file.parent == paths.config_dir and paths.state_file != paths.settings_file
    assert not paths.settings_file.exists()  # the settings were not touched
    assert sorted(p.name for p in paths.config_dir.iterdir()) == ["window-state.json"]  # no temp file


@pytest.mark.parametrize(
    "content",
    ["{damaged", "[1, 2]", "\u00ff\u00fe", json.dumps({"geometry": 3, "sidebar_visible": "no",
                                                       "panel_sizes": [1, "x"]}),
     json.dumps({"panel_sizes": [-5, 10]}), json.dumps({"panel_sizes": [True]})],
)
def test_a_damaged_window_state_gives_the_defaults(paths: AppPaths, content: str) -> None:
    paths.state_file.write_text(content, encoding="latin-1")
    assert read_window_state(paths) == WindowState()


def test_window_state_keeps_the_good_fields_of_a_partly_wrong_file(paths: AppPaths) -> None:
    paths.state_file.write_text(json.dumps({"geometry": "abc", "sidebar_visible": 1}), encoding="utf-8")
    assert read_window_state(paths) == WindowState(geometry="abc")


def _old_settings_file(paths: AppPaths, **fields: object) -> None:
    data = {"version": 1, "theme": "dark", **fields}
    paths.settings_file.write_text(json.dumps(data), encoding="utf-8")


def test_an_older_settings_file_is_handed_over_once(paths: AppPaths, store: HistoryStore) -> None:
    _old_settings_file(paths, new_chat_draft="Half a thought", window_geometry="AdnQyw==",
                       sidebar_visible=False)
    loaded = read_settings(paths)
    assert carry_over_old_settings(paths, loaded, store)
    assert store.pending_draft() == "Half a thought"
    assert read_window_state(paths) == WindowState(geometry="AdnQyw==", sidebar_visible=False)
    again = read_settings(paths)
    assert again.left_over.empty and again.settings.theme is Theme.DARK  # the person's settings stay
    assert not carry_over_old_settings(paths, again, store)  # once only


def test_what_the_new_version_already_keeps_wins(paths: AppPaths, store: HistoryStore) -> None:
    store.save_pending_draft("newer draft")
    write_window_state(paths, WindowState(geometry="newer"))
    _old_settings_file(paths, new_chat_draft="older draft", window_geometry="older")
    assert carry_over_old_settings(paths, read_settings(paths), store)
    assert store.pending_draft() == "newer draft"
    assert read_window_state(paths).geometry == "newer"


def test_a_history_that_cannot_be_written_keeps_the_old_file_for_next_time(
    paths: AppPaths, store: HistoryStore
) -> None:
    _old_settings_file(paths, new_chat_draft="Half a thought")
    store._db.connection.execute("PRAGMA query_only = ON")  # SQLite refuses every write: read-only
    try:
        assert not carry_over_old_settings(paths, read_settings(paths), store)
    finally:
        store._db.connection.execute("PRAGMA query_only = OFF")
    assert read_settings(paths).left_over.new_chat_draft == "Half a thought"  # tried again next start


def test_a_current_settings_file_has_nothing_to_hand_over(paths: AppPaths, store: HistoryStore) -> None:
    save_settings(paths, AppSettings(theme=Theme.LIGHT))
    before = paths.settings_file.read_bytes()
    assert not carry_over_old_settings(paths, read_settings(paths), store)
    assert paths.settings_file.read_bytes() == before and not paths.state_file.exists()


def test_starting_a_new_history_keeps_the_damaged_file_aside(tmp_path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CorruptDatabaseError):
        open_history(path)
    store, kept = start_new_history(path)
    try:
        assert kept.exists() and kept.read_bytes().startswith(b"this is not a database")
        assert kept.parent == path.parent and kept.name.startswith("history.sqlite3.damaged-")
        assert store.list_conversations() == []
        store.create_conversation(title="fresh")
    finally:
        store.close()
    reopened = open_history(path)
    try:
        assert [c.title for c in reopened.list_conversations()] == ["fresh"]
    finally:
        reopened.close()
