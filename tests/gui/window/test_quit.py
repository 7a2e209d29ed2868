"""Quitting: an answer that streams is saved and every window closes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_chat.domain import MessageStatus
from tests.gui.helpers import (
    env_for,
    ready,
    start_slow_answer,
)

pytestmark = pytest.mark.gui


def test_quitting_mid_stream_saves_the_answer(qtbot, make_shell, sim, run) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    cid = start_slow_answer(qtbot, shell, sim)
    shell.gateway.open_settings()
    codes: list[int] = []
    shell.quitRequested.connect(codes.append)
    shell.request_quit()
    qtbot.waitUntil(lambda: bool(codes), timeout=10000)
    from desktop_chat.store import HistoryStore

    store = HistoryStore.open(shell.session.paths.database)
    try:
        answer = store.branch(cid)[-1]
        assert answer.status is MessageStatus.INTERRUPTED and answer.content
    finally:
        store.close()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
