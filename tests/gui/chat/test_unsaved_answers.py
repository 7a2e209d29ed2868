"""An answer the store refused (a full disk) must outlive the moment.

An answer whose final save failed (simulated with PRAGMA max_page_count: SQLite reports SQLITE_FULL as
for a full disk) must read as finished-but-not-saved when its chat is reopened — never "Writing…" —
and be saved by the timed retry as soon as space is freed, without any user action, or at quit.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_chat.domain import MessageStatus
from tests.gui.helpers import env_for, visible_chat_text

pytestmark = pytest.mark.gui


def _disk_full(store, full: bool) -> None:
    conn = store._db.connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages if full else 1073741823}")


def test_an_answer_the_full_disk_refused_reads_finished_and_is_saved_when_space_frees(qtbot, make_shell,
                                                                                      sim):
    shell = make_shell(env_for(sim))
    qtbot.waitUntil(lambda: shell.session.key is not None, timeout=10000)
    filled: list[bool] = []

    def fill_once(event) -> None:
        if not filled:
            filled.append(True)
            _disk_full(shell.session.store, True)

    shell.streaming.answerDelta.connect(fill_once)
    shell.composer.set_text("Tell me a story " + "padding " * 3000)  # echoed: ~25 kB, more than fits
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: shell.current_id is not None and not shell.streaming.is_streaming(shell.current_id),
        timeout=10000,
    )
    cid = shell.current_id
    answer = shell.session.store.branch(cid)[-1]
    held = shell.session.chat.unsaved.get(answer.id)
    assert held is not None and answer.status is MessageStatus.STREAMING  # on disk: not finished
    assert held.message.content.endswith("no real model was asked.*")

    banner = shell.chat_view.banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(shell.chat_view), timeout=5000)  # "The disk is full…"
    shell.new_chat()  # look elsewhere, then come back in the same session
    shell.open_conversation(cid)
    assert not banner.isVisibleTo(shell.chat_view)  # what follows is the answer card's own notice
    shown = visible_chat_text(shell)
    assert "Writing" not in shown
    from desktop_chat.ui.words.store import store_error_text

    refusal = store_error_text(held.error)[0]
    assert refusal in shown and "no real model was asked" in shown

    _disk_full(shell.session.store, False)  # space freed: the timed retry saves it, nobody clicks anything
    qtbot.waitUntil(lambda: shell.session.store.get_message(answer.id).status is MessageStatus.COMPLETE,
                    timeout=5000)
    saved = shell.session.store.get_message(answer.id)
    assert saved.content == held.message.content
    assert shell.session.chat.unsaved.get(answer.id) is None
    qtbot.waitUntil(lambda: refusal not in visible_chat_text(shell), timeout=3000)
    assert "no real model was asked" in visible_chat_text(shell)


def test_quitting_saves_an_answer_the_full_disk_refused(qtbot, make_shell, sim, run):
    from desktop_chat.store import HistoryStore

    shell = make_shell(env_for(sim))
    qtbot.waitUntil(lambda: shell.session.key is not None, timeout=10000)
    def fill(event) -> None:
        _disk_full(shell.session.store, True)

    shell.streaming.answerDelta.connect(fill)
    shell.composer.set_text("Tell me a story " + "padding " * 3000)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: shell.current_id is not None and not shell.streaming.is_streaming(shell.current_id),
        timeout=10000,
    )
    answer_id = shell.session.store.branch(shell.current_id)[-1].id
    held = shell.session.chat.unsaved.get(answer_id)
    assert held is not None
    shell.streaming.answerDelta.disconnect(fill)
    shell.session.chat.unsaved.stop()  # no timed retry: the quit itself must save it
    _disk_full(shell.session.store, False)
    assert shell.session.chat.unsaved.get(answer_id) is not None
    run(shell.shutdown())
    again = HistoryStore.open(shell.session.paths.database)
    try:
        saved = again.get_message(answer_id)
        assert saved is not None and saved.status is MessageStatus.COMPLETE
        assert saved.content == held.message.content
    finally:
        again.close()
