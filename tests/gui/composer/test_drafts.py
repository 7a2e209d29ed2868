"""Drafts: what was typed and not sent is kept per chat — across switches, a search jump and a
restart — and a new chat's draft is kept by the history too, until it is sent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_chat.settings import load_settings
from tests.gui.helpers import (
    env_for,
    ready,
    type_and_send,
    wait_answer,
)

pytestmark = pytest.mark.gui


def test_draft_is_kept_per_conversation(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    type_and_send(qtbot, shell, "Make a chat")
    wait_answer(qtbot, shell)
    first = shell.current_id
    qtbot.keyClicks(shell.composer.edit, "half-written thought")
    shell.new_chat()
    assert shell.composer.text() == ""
    conversation = shell.session.store.get_conversation(first)
    assert conversation is not None and conversation.draft == "half-written thought"
    shell.open_conversation(first)
    assert shell.composer.text() == "half-written thought"


def test_a_new_chats_draft_survives_a_look_at_another_chat(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    type_and_send(qtbot, shell, "An old chat")
    old = shell.current_id
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(old), timeout=10000)
    shell.new_chat()
    qtbot.keyClicks(shell.composer.edit, "half a thought")
    shell.open_conversation(old)
    assert shell.composer.text() == ""
    shell.new_chat()
    assert shell.composer.text() == "half a thought"
    # once sent, the text is no longer the new chat's draft
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)
    sent = shell.current_id
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(sent), timeout=10000)
    shell.new_chat()
    assert shell.composer.text() == ""


def test_drafts_and_chat_settings_survive_switches_and_a_restart(qtbot, make_shell, sim, run) -> None:  # type: ignore[no-untyped-def]
    from desktop_chat.domain import GenerationParams
    from desktop_chat.settings import load_settings

    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    store = shell.session.store
    a = store.create_conversation(model="claude-sonnet-4-5", params=GenerationParams(temperature=0.2),
                                  system_prompt="Be brief.", title="A")
    b = store.create_conversation(model="gpt-4o", params=GenerationParams(max_tokens=300),
                                  system_prompt="", title="B")
    shell.chats.refresh()
    shell.open_conversation(a.id)
    qtbot.keyClicks(shell.composer.edit, "draft for A")
    shell.open_conversation(b.id)
    assert shell.sidebar.current_settings().model == "gpt-4o"
    assert shell.sidebar.current_params().max_tokens == 300
    qtbot.keyClicks(shell.composer.edit, "draft for B")
    shell.open_conversation(a.id)
    s = shell.sidebar.current_settings()
    assert (s.model, s.params.temperature, s.system_prompt) == ("claude-sonnet-4-5", 0.2, "Be brief.")
    assert shell.composer.text() == "draft for A"
    qtbot.keyClicks(shell.composer.edit, " more")  # not yet saved by the debounce
    run(shell.shutdown())
    again = make_shell(env_for(sim), settings=load_settings(shell.session.paths))
    again.open_conversation(a.id)
    assert again.composer.text() == "draft for A more"
    again.open_conversation(b.id)
    assert again.composer.text() == "draft for B"
    assert again.sidebar.current_params().max_tokens == 300


def _stored_draft(shell) -> str:
    return shell.session.store.pending_draft()


def test_a_new_chats_draft_survives_a_restart_until_it_is_sent(qtbot, make_shell, sim, run):
    first = make_shell(env_for(sim))
    assert first.current_id is None
    qtbot.keyClicks(first.composer.edit, "Half a thought")
    qtbot.waitUntil(lambda: _stored_draft(first) == "Half a thought", timeout=5000)  # debounced write
    qtbot.keyClicks(first.composer.edit, " and more")  # typed just before quitting: saved at quit
    run(first.shutdown())

    second = make_shell(env_for(sim), settings=load_settings(first.session.paths))
    assert second.current_id is None
    assert second.composer.edit.toPlainText() == "Half a thought and more"
    qtbot.waitUntil(lambda: second.session.key is not None, timeout=10000)
    qtbot.keyClick(second.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: second.current_id is not None and not second.streaming.is_streaming(second.current_id),
        timeout=10000,
    )
    assert _stored_draft(second) == ""  # cleared once sent, not only at quit
    run(second.shutdown())

    third = make_shell(env_for(sim), settings=load_settings(first.session.paths))
    assert third.current_id is None and third.composer.edit.toPlainText() == ""
