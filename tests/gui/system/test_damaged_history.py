"""A history file that can't be opened: the app says why, and a damaged one can be set aside for a new one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_chat.app import open_history
from desktop_chat.paths import app_paths
from desktop_chat.store import HistoryStore

pytestmark = pytest.mark.gui


def _answer_box(button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the message box once it is up (it runs its own loop: exec())."""

    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text() + "\n" + widget.informativeText())
                for button in widget.buttons():
                    if button.text() == button_text:
                        button.click()
                        return
        QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def _damaged_home(tmp_path):  # type: ignore[no-untyped-def]
    paths = app_paths({"DESKTOP_CHAT_HOME": str(tmp_path / "home")}).ensure()
    paths.database.write_bytes(b"this is not a database at all " * 200)
    return paths


def test_a_damaged_history_can_be_set_aside_for_a_new_one(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = _damaged_home(tmp_path)
    damaged = paths.database.read_bytes()
    seen: list[str] = []
    _answer_box("Start a new history", seen)
    store = open_history(paths)
    assert store is not None
    try:
        assert store.list_conversations() == []  # a new, empty history in the usual place
    finally:
        store.close()
    assert seen and "damaged" in seen[0]
    kept = [p for p in paths.database.parent.iterdir() if p.name != paths.database.name
            and p.name.startswith(paths.database.stem) and p.read_bytes() == damaged]
    assert kept, "the damaged file is kept, byte for byte, beside the new one"
    again = HistoryStore.open(paths.database)
    again.close()


def test_quitting_leaves_the_damaged_history_untouched(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = _damaged_home(tmp_path)
    damaged = paths.database.read_bytes()
    seen: list[str] = []
    _answer_box("Quit", seen)
    assert open_history(paths) is None
    assert paths.database.read_bytes() == damaged
    assert seen
