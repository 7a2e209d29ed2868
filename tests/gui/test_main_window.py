"""The whole window against the real simulator and a real history file: every chat flow a person uses."""

from __future__ import annotations

import socket

import pytest
from _shell_helpers import SHELL_KEY
from PySide6.QtCore import Qt

from desktop_chat.domain import MessageStatus, Role

pytestmark = pytest.mark.gui


def env_for(sim) -> dict[str, str]:
    return {"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY}


def ready(qtbot, shell) -> None:
    """Wait for start-up (key loaded, models asked) to finish."""
    qtbot.waitUntil(lambda: shell.session.key is not None and not shell.tasks.pending(), timeout=10000)


def type_and_send(qtbot, shell, text: str) -> None:
    qtbot.keyClicks(shell.composer.edit, text)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)


def wait_answer(qtbot, shell, count: int = 1, timeout: int = 10000):
    """Wait until `count` answers ended in the current chat; returns the last AnswerEnded."""
    ended: list = []
    shell.streaming.answerEnded.connect(ended.append)
    qtbot.waitUntil(lambda: len(ended) >= count, timeout=timeout)
    return ended[-1]


def banner(shell) -> tuple[str, str]:
    b = shell.chat_view.banner
    return (b.label.text() if b.isVisible() else "", b.action_button.text() if b.isVisible() else "")


def test_window_basics(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    assert "Desktop Chat" in shell.window.windowTitle()
    assert shell.composer.edit.hasFocus() or shell.window.focusWidget() is shell.composer.edit
    assert shell.welcome_open() is False
    assert "Connected" in shell.status.connection_label.text()
    for widget in (shell.composer.edit, shell.composer.button, shell.sidebar, shell.status.connection_label):
        assert widget.accessibleName()
    shell.window.resize(1280, 800)  # wide enough for the sidebar (narrow windows hide it)
    qtbot.waitUntil(shell.sidebar.isVisible, timeout=3000)
    shell.window.sidebar_action.trigger()
    assert not shell.sidebar.isVisible()
    shell.window.sidebar_action.trigger()
    assert shell.sidebar.isVisible()


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


class _Nothing:
    text: tuple[str, ...] = ()


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


@pytest.mark.parametrize(
    ("scenario", "text", "action"),
    [
        ("bad_key", "The gateway did not accept your API key.", "Change key"),
        ("no_model", "This model isn't available with your key.", "Choose another model"),
        ("context", "This conversation is too long for the model.", "New chat"),
        ("html;status=404", "This address doesn't look like a chat gateway.", "Open settings"),
    ],
)
def test_error_banners(qtbot, make_shell, sim, scenario, text, action):
    """Problems whose fix is elsewhere (key, address, model, new chat) get the top banner."""
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    sim.queue(scenario)
    type_and_send(qtbot, shell, "Hi")
    wait_answer(qtbot, shell)
    shown, button = banner(shell)
    assert text in shown
    assert button == action


def notice(shell, message_id: int) -> tuple[str, set[str]]:
    """The answer card's notice: (text, visible buttons) — ("", set()) when it shows none."""
    card = shell.chat_view.card_for(message_id)
    assert card is not None, "the answer's card is on screen"
    if not card.notice.isVisibleTo(card):
        return "", set()
    buttons = {b.text() for b in (card.continue_button, card.retry_button)
               if b.isVisibleTo(card)}
    return card.notice_label.text(), buttons


@pytest.mark.parametrize(
    ("scenario", "text", "actions"),
    [
        ("error_after;after=3", "reported an error while answering", {"Retry"}),
        ("drop;after=3", "The answer stopped before it was finished. What arrived is kept.", {"Continue"}),
        ("default;finish=length", "The answer was cut short by the length limit.", {"Continue"}),
        ("default;finish=content_filter", "content filter stopped this answer", set()),
    ],
)
def test_a_problem_of_an_answer_on_screen_is_said_once_on_its_card(qtbot, make_shell, sim, scenario, text,
                                                                  actions):
    """Not twice (banner and card): the card's notice, next to the answer, with its one action."""
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    sim.queue(scenario)
    type_and_send(qtbot, shell, "Hi")
    event = wait_answer(qtbot, shell)
    assert banner(shell) == ("", "")
    shown, buttons = notice(shell, event.message_id)
    assert text in shown
    assert buttons == actions


def test_a_stopped_answer_says_so_in_one_sentence(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    sim.queue("default;tps=40;chunks=60")
    type_and_send(qtbot, shell, "Tell me a long story")
    qtbot.waitUntil(lambda: shell.streaming.is_streaming(shell.current_id), timeout=5000)
    qtbot.wait(150)
    shell.window.stop_action.trigger()
    event = wait_answer(qtbot, shell)
    assert event.stopped
    assert banner(shell) == ("", "")
    assert notice(shell, event.message_id) == ("You stopped this answer.", {"Continue"})


def test_banner_actions(qtbot, make_shell, sim):
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
