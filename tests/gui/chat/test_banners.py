"""The banner above the chat: its parts on a chat view alone, then in the window — problems whose fix
is elsewhere (key, address, model), the retry countdown, a long silence before the first token,
no key, no connection — on the real simulator and a real history file."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from desktop_chat.domain import MessageStatus, Role
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind
from tests.gui.helpers import (
    SHELL_KEY,
    banner,
    env_for,
    ready,
    shown_chat_view,
    type_and_send,
    wait_answer,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot) -> ChatView:  # type: ignore[no-untyped-def]
    return shown_chat_view(qtbot, 900, 800)


def test_banner_shows_details_acts_and_dismisses(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.show_notice(Notice(
        "Too many requests right now — trying again in 4 s…", NoticeAction.STOP_TRYING, "Stop trying",
        "HTTP 429", kind=NoticeKind.WARNING,
    ))
    banner = view.banner
    assert banner.isVisible() and banner.property("kind") == "warning"
    assert not banner.details.isVisible()
    qtbot.mouseClick(banner.details_button, Qt.MouseButton.LeftButton)
    assert banner.details.isVisible() and banner.details.text() == "HTTP 429"
    view.update_notice_text("Too many requests right now — trying again in 3 s…")
    assert banner.label.text().endswith("3 s…")
    with qtbot.waitSignal(view.noticeActionTriggered, timeout=1000) as blocker:
        qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [NoticeAction.STOP_TRYING]
    view.clear_notice()
    assert not banner.isVisible()
    view.show_notice(Notice("Saved.", kind=NoticeKind.INFO))
    assert not banner.action_button.isVisible() and not banner.details_button.isVisible()
    with qtbot.waitSignal(view.noticeDismissed, timeout=1000):
        qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    view.show_notice(Notice("Still waiting.", NoticeAction.STOP, "Stop", dismiss_label="Keep waiting"))
    assert banner.close_button.text() == "Keep waiting"
    view.show_notice(Notice("Next."))
    assert banner.close_button.text() == "✕"


@pytest.mark.parametrize(
    ("scenario", "text", "action"),
    [
        ("bad_key", "The gateway did not accept your API key.", "Change key"),
        ("no_model", "This model isn't available with your key.", "Choose another model"),
        ("context", "This conversation is too long for the model.", "New chat"),
        ("html;status=404", "This address doesn't look like a chat gateway.", "Open settings"),
    ],
)


def test_a_problem_whose_fix_is_elsewhere_gets_the_banner_and_its_action(qtbot, make_shell, sim, scenario,
                                                                         text, action):
    """Problems whose fix is elsewhere (key, address, model, new chat) get the top banner."""
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    sim.queue(scenario)
    type_and_send(qtbot, shell, "Hi")
    wait_answer(qtbot, shell)
    shown, button = banner(shell)
    assert text in shown
    assert button == action


def test_continue_on_the_card_and_choose_another_model_in_the_banner(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    sim.queue("drop;after=3")
    type_and_send(qtbot, shell, "Hi")
    event = wait_answer(qtbot, shell)
    shell.chat_view.card_for(event.message_id).continue_button.click()  # the card's Continue
    event = wait_answer(qtbot, shell)
    assert event.error is None and event.message.parent_id is not None
    roles = [m.role for m in shell.session.store.branch(shell.current_id)]
    assert roles == [Role.USER, Role.ASSISTANT, Role.ASSISTANT]

    sim.queue("no_model")
    type_and_send(qtbot, shell, "Again")
    wait_answer(qtbot, shell)
    shell.window.set_sidebar_visible(False)
    shell.chat_view.banner.action_button.click()  # Choose another model
    assert shell.sidebar.isVisible()


def test_retry_countdown_and_stop_trying(qtbot, make_shell, sim):
    from desktop_chat.api import RetryPolicy

    shell = make_shell(env_for(sim), retry=RetryPolicy(max_attempts=3, base_delay=3, max_delay=3, jitter=0))
    ready(qtbot, shell)
    sim.queue("status;code=503", count=3)
    type_and_send(qtbot, shell, "Hi")
    qtbot.waitUntil(lambda: "trying again in" in banner(shell)[0], timeout=5000)
    text, button = banner(shell)
    assert text.startswith("The model service is having trouble — trying again in 3 s")
    assert button == "Stop trying"
    qtbot.waitUntil(lambda: "trying again in 2 s" in banner(shell)[0], timeout=3000)  # counting down
    shell.chat_view.banner.action_button.click()
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=3000)
    assert not shell.chat_view.banner.isVisible()
    assert shell.session.store.branch(shell.current_id)[0].content == "Hi"  # the message is kept


def test_offline_message_kept_and_retry_later(qtbot, make_shell, sim):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    shell = make_shell({"DESKTOP_CHAT_BASE_URL": f"http://127.0.0.1:{dead}/v1",
                        "DESKTOP_CHAT_API_KEY": SHELL_KEY})
    qtbot.waitUntil(lambda: "Offline" in shell.status.connection_label.text(), timeout=10000)
    type_and_send(qtbot, shell, "Send me later")
    event = wait_answer(qtbot, shell)
    assert event.message is None
    text, button = banner(shell)
    assert "Can't reach the gateway" in text and "can be sent when you're back online" in text
    assert button == "Retry"
    kept = shell.session.store.branch(shell.current_id)
    assert [(m.role, m.content) for m in kept] == [(Role.USER, "Send me later")]
    assert "Offline" in shell.status.connection_label.text()
    # back online: Retry sends the kept message
    shell.session.environ = env_for(sim)
    shell.session._client = None
    shell.chat_view.banner.action_button.click()
    event = wait_answer(qtbot, shell)
    assert event.error is None
    assert [m.role for m in shell.session.store.branch(shell.current_id)] == [Role.USER, Role.ASSISTANT]


def test_no_key_refuses_to_send_and_offers_change_key(qtbot, make_shell, sim):
    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url}, start=False)
    type_and_send(qtbot, shell, "Hello without a key")
    assert banner(shell) == ("Add your API key to start chatting.", "Change key")
    assert shell.current_id is None and shell.session.store.list_conversations() == []
    assert shell.composer.text() == "Hello without a key"  # nothing lost
    assert sim.simulator.records == []
    shell.chat_view.banner.action_button.click()
    qtbot.waitUntil(lambda: shell.gateway.settings_dialog is not None, timeout=5000)
    shell.gateway.settings_dialog.reject()


def test_long_silence_banner_until_the_first_token(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    shell.waiting.silence_after_ms = 200
    sim.queue("default;first_delay=1.5")
    type_and_send(qtbot, shell, "Take your time")
    qtbot.waitUntil(lambda: banner(shell)[0] == "The model is taking longer than usual.", timeout=5000)
    assert banner(shell)[1] == "Stop"
    assert shell.chat_view.banner.close_button.text() == "Keep waiting"
    qtbot.waitUntil(lambda: banner(shell) == ("", ""), timeout=8000)  # cleared by the first token
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=10000)
    assert shell.session.store.branch(shell.current_id)[-1].status is MessageStatus.COMPLETE
    # the next banner has the ordinary dismiss button again
    shell.notices.show(Notice("The answer was cut short by the length limit.", kind=NoticeKind.INFO))
    assert shell.chat_view.banner.close_button.text() == "✕"


def test_long_silence_stop_and_keep_waiting(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    shell.waiting.silence_after_ms = 150
    sim.queue("default;first_delay=30")
    type_and_send(qtbot, shell, "First")
    qtbot.waitUntil(lambda: banner(shell)[1] == "Stop", timeout=5000)
    shell.chat_view.banner.close_button.click()  # Keep waiting
    assert banner(shell) == ("", "")
    qtbot.wait(400)
    assert banner(shell) == ("", "")  # not shown again for this answer
    assert shell.streaming.is_streaming(shell.current_id)
    shell.stop_current()
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=5000)
    sim.queue("default;first_delay=30")
    type_and_send(qtbot, shell, "Second")
    qtbot.waitUntil(lambda: banner(shell)[1] == "Stop", timeout=5000)
    shell.chat_view.banner.action_button.click()  # Stop
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=5000)
    assert shell.session.store.branch(shell.current_id)[-1].role is Role.ASSISTANT
    assert shell.session.store.branch(shell.current_id)[-1].status is MessageStatus.INTERRUPTED
