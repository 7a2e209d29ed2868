"""Answers in the whole window, on the real simulator and a real history file: send, stop,
regenerate, edit and resend, switching chats while an answer streams."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_chat.domain import MessageStatus, Role
from tests.gui.helpers import (
    env_for,
    ready,
    settle,
    start_slow_answer,
    type_and_send,
    wait_answer,
)

pytestmark = pytest.mark.gui


def test_send_streams_answer_on_screen_and_in_db(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    type_and_send(qtbot, shell, "Hello from the window")
    event = wait_answer(qtbot, shell)
    assert event.error is None and event.message.status is MessageStatus.COMPLETE
    shell.chat_view.flush_pending_updates()
    branch = shell.session.store.branch(shell.current_id)
    assert [(m.role, m.status) for m in branch] == [
        (Role.USER, MessageStatus.COMPLETE), (Role.ASSISTANT, MessageStatus.COMPLETE)
    ]
    assert [e.id for e in shell.chat_view.entries()] == [m.id for m in branch]
    card = shell.chat_view.card_for(branch[1].id)
    assert card is not None
    assert "Hello from the window" in shell.window.windowTitle()
    assert "tokens" in shell.status.usage_text() and "tokens" in shell.status.answer_text()
    assert shell.composer.text() == ""


def test_stop_keeps_partial_answer(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    sim.queue("default;tps=30;chunks=300")
    type_and_send(qtbot, shell, "Long please")
    qtbot.waitUntil(lambda: shell.composer.button.text() == "Stop", timeout=5000)
    qtbot.waitUntil(lambda: len(getattr(shell.session.chat.live_answer(shell.current_id), 'text', '')) >= 3,
                    timeout=5000)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=5000)
    answer = shell.session.store.branch(shell.current_id)[-1]
    assert answer.status is MessageStatus.INTERRUPTED and answer.content
    assert shell.composer.button.text() == "Send"


def test_regenerate_shows_two_of_two(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    type_and_send(qtbot, shell, "Hi")
    first = wait_answer(qtbot, shell).message
    shell.chat_view.regenerateRequested.emit(first.id)
    second = wait_answer(qtbot, shell).message
    last = shell.chat_view.entries()[-1]
    assert last.id == second.id and (last.sibling_index, last.sibling_count) == (2, 2)
    shell.chat_view.siblingRequested.emit(first.id)
    assert shell.chat_view.entries()[-1].id == first.id


def test_edit_and_resend(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    type_and_send(qtbot, shell, "Original question")
    wait_answer(qtbot, shell)
    user = shell.chat_view.entries()[0]
    shell.chat_view.editResendRequested.emit(user.id, "Better question")
    wait_answer(qtbot, shell)
    entries = shell.chat_view.entries()
    assert entries[0].message.content == "Better question"
    assert (entries[0].sibling_index, entries[0].sibling_count) == (2, 2)
    assert entries[1].message.role is Role.ASSISTANT


def test_switching_chats_while_streaming_keeps_streaming_and_saving(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    sim.queue("default;tps=40;chunks=60")
    type_and_send(qtbot, shell, "First chat, slow answer")
    first = shell.current_id
    qtbot.waitUntil(lambda: shell.streaming.is_streaming(first), timeout=5000)
    shell.new_chat()
    type_and_send(qtbot, shell, "Second chat")
    second = shell.current_id
    assert second != first
    qtbot.waitUntil(lambda: shell.streaming.is_streaming(first) and shell.current_id == second, timeout=3000)
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(second), timeout=10000)
    shell.open_conversation(first)  # back to the streaming chat: its live text is shown
    assert shell.chat_view.entries()[-1].message.status in (MessageStatus.STREAMING, MessageStatus.COMPLETE)
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(first), timeout=15000)
    answer = shell.session.store.branch(first)[-1]
    assert answer.status is MessageStatus.COMPLETE and answer.usage and answer.usage.completion_tokens
    assert shell.chat_view.entries()[-1].message.content == answer.content


def test_switching_back_and_forth_while_streaming(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    shell.session.store.create_conversation(model="m", title="Other")
    first = start_slow_answer(qtbot, shell, sim)
    other = next(c.id for c in shell.session.store.list_conversations() if c.id != first)
    for _ in range(5):
        shell.open_conversation(other)
        qtbot.wait(20)
        shell.open_conversation(first)
        qtbot.wait(20)
    shell.stop_current()
    settle(qtbot, shell)
    assert shell.chat_view.entries()[-1].message.status is MessageStatus.INTERRUPTED
    assert not shell.composer.is_streaming()


def test_deleting_the_streaming_message_is_refused(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    cid = start_slow_answer(qtbot, shell, sim)
    streaming_id = shell.chat_view.entries()[-1].message.id
    shell.chat_view.deleteRequested.emit(streaming_id)
    assert "Wait for the answer" in shell.status.currentMessage()
    shell.stop_current()
    settle(qtbot, shell)
    assert shell.session.store.branch(cid)[-1].id == streaming_id
