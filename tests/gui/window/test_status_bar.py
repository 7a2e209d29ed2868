"""The status bar: connection, answer progress and the chat's token count — alone, then in the window
after answers that brought no text."""

from __future__ import annotations

import pytest

from desktop_chat.ui.window.status_bar import Connection, StatusBar, estimate_tokens
from tests.gui.helpers import SHELL_KEY, env_for, ready, type_and_send

pytestmark = pytest.mark.gui


def test_status_bar_shows_connection_answer_and_usage(qtbot):
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.set_connection(Connection.OFFLINE)
    assert "Offline" in bar.connection_label.text()
    assert "history" in bar.connection_label.toolTip()
    bar.set_answer_progress(0, estimated=True, streaming=True)
    assert bar.answer_text() == "Waiting for the answer…"
    bar.set_answer_progress(estimate_tokens("x" * 400), estimated=True, streaming=True)
    assert bar.answer_text() == "Answering… ≈100 tokens"
    bar.set_answer_progress(812, estimated=False, streaming=False)
    assert bar.answer_text() == "Last answer: 812 tokens"
    bar.set_conversation_usage(3214)
    assert bar.usage_text() == "This chat: 3,214 tokens"
    bar.set_conversation_usage(None)
    assert bar.usage_text() == ""


def test_failed_answer_without_text_leaves_no_zero_token_count(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    from desktop_chat.api import RetryPolicy

    shell = make_shell(env_for(sim), retry=RetryPolicy(max_attempts=1, base_delay=0.01, max_delay=0.02,
                                                       jitter=0))
    ready(qtbot, shell)
    sim.queue("status;code=500", count=3)
    ended: list = []
    shell.streaming.answerEnded.connect(ended.append)
    type_and_send(qtbot, shell, "Hi")
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert "0 tokens" not in shell.status.answer_text()
    assert "Waiting" not in shell.status.answer_text()


def test_unsent_message_leaves_no_waiting_note(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    shell = make_shell({"DESKTOP_CHAT_BASE_URL": f"http://127.0.0.1:{dead}/v1",
                        "DESKTOP_CHAT_API_KEY": SHELL_KEY})
    ready(qtbot, shell)
    ended: list = []
    shell.streaming.answerEnded.connect(ended.append)
    type_and_send(qtbot, shell, "Hi")
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended[-1].message is None
    assert "Waiting" not in shell.status.answer_text()
    assert "0 tokens" not in shell.status.answer_text()
