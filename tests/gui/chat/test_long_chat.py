"""The shell with long chats: every message of a branch reachable, a long answer ends in place.

Why: only the last 400 messages of a chat used to be drawn (a search hit on an older one did
nothing), and an answer's card was rebuilt from scratch when it ended.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_chat.domain import MessageStatus, Role
from tests.gui.helpers import (
    env_for,
)

pytestmark = pytest.mark.gui


def seed_long_chat(store, count: int) -> tuple[int, list[int]]:
    conv = store.create_conversation(model="gemini-2.5-flash", title="A very long chat")
    ids: list[int] = []
    parent = None
    for i in range(count):
        role = Role.USER if i % 2 == 0 else Role.ASSISTANT
        msg = store.add_message(conv.id, parent_id=parent, role=role, content=f"Message number {i + 1}.")
        ids.append(msg.id)
        parent = msg.id
    return conv.id, ids


def test_every_message_of_a_2000_message_chat_can_be_reached(qtbot, make_shell):
    shell = make_shell(start=False)
    cid, ids = seed_long_chat(shell.session.store, 2000)
    shell.open_conversation(cid)
    view = shell.chat_view
    first = [e.id for e in view.entries()]
    assert first == ids[-len(first):]  # the newest messages first, for the first paint…
    qtbot.waitUntil(lambda: len(view.entries()) == len(ids), timeout=5000)
    assert [e.id for e in view.entries()] == ids  # …then the whole branch, not just its tail
    assert view.laid_out_count() < 60  # …of which only the cards on screen are built
    shell.chats.open_search_hit(cid, ids[9])  # a search hit on message #10
    card = view.card_for(ids[9])
    assert card is not None and card.property("highlighted") is True
    top = view.message_list().row_rect_top(ids[9])
    assert top is not None and abs(view.message_list().verticalScrollBar().value() - top) < 40


def test_a_search_hit_right_after_opening_reaches_the_oldest_message(qtbot, make_shell):
    shell = make_shell(start=False)
    cid, ids = seed_long_chat(shell.session.store, 1200)
    shell.chats.open_search_hit(cid, ids[0])  # before any turn of the loop drew the older messages
    view = shell.chat_view
    assert [e.id for e in view.entries()] == ids
    card = view.card_for(ids[0])
    assert card is not None and card.property("highlighted") is True


def test_a_redraw_before_the_older_messages_came_keeps_them_coming(qtbot, make_shell):
    shell = make_shell(start=False)
    cid, ids = seed_long_chat(shell.session.store, 1200)
    shell.open_conversation(cid)
    view = shell.chat_view
    assert len(view.entries()) < len(ids)
    shell.chat_screen.redraw()  # e.g. a turn starts in this chat before the first turn of the loop
    qtbot.waitUntil(lambda: len(view.entries()) == len(ids), timeout=5000)
    assert [e.id for e in view.entries()] == ids


def test_an_answer_that_ends_keeps_its_card(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    qtbot.waitUntil(lambda: shell.session.key is not None and not shell.tasks.pending(), timeout=10000)
    sim.queue("default;tps=200;chunks=80")
    qtbot.keyClicks(shell.composer.edit, "Tell me a long story")
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)
    cid = shell.current_id
    qtbot.waitUntil(lambda: len(shell.chat_view.entries()) == 2, timeout=5000)
    answer_id = shell.chat_view.entries()[-1].id
    qtbot.waitUntil(lambda: shell.chat_view.card_for(answer_id) is not None
                    and bool(shell.chat_view.card_for(answer_id).body.segments()), timeout=5000)
    card = shell.chat_view.card_for(answer_id)
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(cid), timeout=15000)
    assert shell.session.store.branch(cid)[-1].status is MessageStatus.COMPLETE
    assert shell.chat_view.card_for(answer_id) is card  # finished in place, not rebuilt
    assert not card.typing.isVisible() and card.meta.text()
