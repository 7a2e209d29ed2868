"""The trash: emptied on request (File ▸ Empty trash…, after a confirmation) and of old chats at start."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_chat.domain import Role

pytestmark = pytest.mark.gui

DAY = 86_400.0


def _chat(store, title: str) -> int:  # type: ignore[no-untyped-def]
    conversation = store.create_conversation(model="gemini-2.5-flash", title=title)
    store.add_message(conversation.id, parent_id=None, role=Role.USER, content=f"About {title}")
    return conversation.id


def _confirmation() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def _press(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def test_empty_trash_asks_first_then_deletes_for_good(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({}, start=False)
    store = shell.session.store
    kept, trashed = _chat(store, "Keep me"), _chat(store, "Throw me away")
    shell.session.conversations.trash(trashed)
    shell.window.empty_trash_action.trigger()
    box = _confirmation()
    assert "Delete the chat in the trash for good?" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter keeps it
    _press(box, "Cancel")
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert [c.id for c in store.list_trash()] == [trashed]  # nothing happened

    shell.window.empty_trash_action.trigger()
    _press(_confirmation(), "Delete for good")
    qtbot.waitUntil(lambda: store.list_trash() == [], timeout=2000)
    assert store.get_conversation(trashed) is None
    assert store.get_conversation(kept) is not None
    assert "deleted for good" in shell.status.currentMessage()
    assert store.search("Throw") == []


def test_an_empty_trash_says_so_without_asking(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({}, start=False)
    shell.window.empty_trash_action.trigger()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert shell.status.currentMessage() == "The trash is empty."


def test_chats_in_the_trash_for_30_days_go_at_start(qtbot, make_shell, run) -> None:  # type: ignore[no-untyped-def]
    first = make_shell({}, start=False)
    store = first.session.store
    old, recent = _chat(store, "Old"), _chat(store, "Recent")
    first.session.conversations.trash(old)
    first.session.conversations.trash(recent)
    with store.transaction() as conn:  # trashed 31 days ago
        conn.execute("UPDATE conversations SET trashed_at = ? WHERE id = ?", (time.time() - 31 * DAY, old))
    run(first.shutdown(), timeout=15)

    second = make_shell({})  # start() empties what is older than 30 days
    again = second.session.store
    qtbot.waitUntil(lambda: again.get_conversation(old) is None, timeout=5000)
    assert [c.id for c in again.list_trash()] == [recent]
