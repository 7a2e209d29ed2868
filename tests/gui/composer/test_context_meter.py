"""The context meter, the cut divider, Summarise them, "send the last N turns" and the chat's cost —
in the real window on the simulator, with an 8k window set in Settings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_chat.settings import AppSettings, ModelOverride
from desktop_chat.ui.composer.meter import AMBER
from tests.gui.helpers import answered, env_for, ready
from tests.gui.helpers import send_and_wait as _send_and_wait

pytestmark = pytest.mark.gui

MODEL = "gemini-2.5-flash"
LONG = "The quarterly report covers revenue, churn and hiring across the three regions. " * 12


def _shell(make_shell: Any, sim: Any, window: int = 4000) -> Any:
    settings = AppSettings(default_model=MODEL, first_run_done=True, auto_titles=False,
                           model_overrides=(ModelOverride(MODEL, context_window=window),))
    return make_shell(env_for(sim), settings=settings)


def send_and_wait(qtbot: Any, shell: Any, text: str) -> Any:
    """Send, wait for the answer and for its task to be over (the next send is not refused as busy)."""
    ended = _send_and_wait(qtbot, shell, text)
    qtbot.waitUntil(lambda: answered(shell) and not shell.composer.is_streaming(), timeout=10000)
    return ended


def _meter(shell: Any) -> Any:
    return shell.composer.meter


def test_the_meter_follows_typing_and_says_what_will_happen(qtbot: Any, make_shell: Any, sim: Any) -> None:
    shell = _shell(make_shell, sim)
    ready(qtbot, shell)
    qtbot.keyClicks(shell.composer.edit, "Hello")
    qtbot.waitUntil(lambda: _meter(shell).preview is not None and _meter(shell).preview.estimated_tokens > 0)
    small = _meter(shell).preview.estimated_tokens
    assert _meter(shell).text().startswith("≈ ") and "/ 4.0k" in _meter(shell).text()
    qtbot.keyClicks(shell.composer.edit, " " + LONG)
    qtbot.waitUntil(lambda: _meter(shell).preview.estimated_tokens > small)
    assert "of 4,000 tokens" in _meter(shell).toolTip()
    assert "as set in Settings" in _meter(shell).toolTip()
    assert "everything is sent" in _meter(shell).toolTip()


def test_a_long_chat_shows_the_cut_and_summarise_writes_a_summary(qtbot: Any, make_shell: Any,
                                                                  sim: Any) -> None:
    shell = _shell(make_shell, sim)
    ready(qtbot, shell)
    for turn in range(8):
        send_and_wait(qtbot, shell, f"Turn {turn}: {LONG}")
    view = shell.chat_view
    qtbot.waitUntil(lambda: view.context_cut() is not None, timeout=5000)
    first_sent, left_out = view.context_cut()
    assert left_out > 0 and first_sent in view.row_keys()
    preview = _meter(shell).preview
    assert preview.left_out == left_out
    assert "will not be sent" in _meter(shell).toolTip()
    assert _meter(shell).warning_colour == AMBER, "amber when earlier messages are left out"
    total_before = shell.status.usage_text()
    view.summariseRequested.emit()
    qtbot.waitUntil(lambda: bool(view.summaries()), timeout=10000)
    qtbot.waitUntil(lambda: shell.status.usage_text() != total_before, timeout=5000)  # its tokens count
    (summary,) = view.summaries()
    assert summary.covered > 0
    assert "Summary written" in shell.status.currentMessage()
    # the next question is sent with the summary in place of what it covers
    send_and_wait(qtbot, shell, "What came first?")
    request = [r for r in sim.simulator.records if r.path.endswith("/chat/completions")][-1]
    assert summary.content in request.payload["messages"][0]["content"]
    # removing it: the earlier messages count again
    view.summaryRemoved.emit(summary.id)
    qtbot.waitUntil(lambda: not view.summaries(), timeout=5000)


def test_send_the_last_n_turns_only(qtbot: Any, make_shell: Any, sim: Any) -> None:
    shell = _shell(make_shell, sim, window=100_000)
    ready(qtbot, shell)
    for turn in range(4):
        send_and_wait(qtbot, shell, f"Question {turn}")
    shell.sidebar.advanced_button.setChecked(True)
    spin = shell.sidebar.keep_turns
    spin.set_value(2)
    spin.valueEdited.emit()
    cid = shell.current_id
    qtbot.waitUntil(lambda: shell.session.store.get_conversation(cid).keep_turns == 2)
    send_and_wait(qtbot, shell, "Question 4")
    request = [r for r in sim.simulator.records if r.path.endswith("/chat/completions")][-1]
    questions = [m["content"] for m in request.payload["messages"] if m["role"] == "user"]
    assert questions == ["Question 3", "Question 4"]
    qtbot.waitUntil(lambda: shell.chat_view.context_cut() is not None, timeout=5000)


def test_a_context_error_is_retried_and_said_plainly(qtbot: Any, make_shell: Any, sim: Any) -> None:
    shell = _shell(make_shell, sim, window=1_000_000)
    ready(qtbot, shell)
    for turn in range(5):
        send_and_wait(qtbot, shell, f"Turn {turn}: {LONG}")
    sim.simulator.set_limits({MODEL: {"limit": 1500, "shape": "anthropic"}})
    ended = send_and_wait(qtbot, shell, "Last one?")
    assert ended.error is None and ended.message.content
    text = shell.notices.current
    assert text is not None and "too long for the model" in text.text
    assert text.action_label == "Summarise them"
    assert shell.session.knowledge.limits(MODEL).context_window == 1500


def test_answers_show_their_cost_and_the_status_bar_the_chats(qtbot: Any, make_shell: Any, sim: Any) -> None:
    shell = _shell(make_shell, sim)
    ready(qtbot, shell)
    ended = send_and_wait(qtbot, shell, "How much does this cost?")
    card_meta = shell.chat_view.card_for(ended.message_id).meta.text()
    assert "(estimate)" in card_meta and "$" in card_meta
    qtbot.waitUntil(lambda: "≈ $" in shell.status.usage_text())
    assert "This chat:" in shell.status.usage_text()


def test_the_usage_window_opens_from_the_menu(qtbot: Any, make_shell: Any, sim: Any) -> None:
    shell = _shell(make_shell, sim)
    ready(qtbot, shell)
    send_and_wait(qtbot, shell, "Count me")
    shell.window.usage_action.trigger()
    window = shell.usage_window
    qtbot.waitUntil(window.isVisible)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_new_chat_is_named_by_the_title_model_in_the_list(qtbot: Any, make_shell: Any, sim: Any) -> None:
    settings = AppSettings(default_model=MODEL, first_run_done=True)  # titles on, as by default
    shell = make_shell(env_for(sim), settings=settings)
    ready(qtbot, shell)
    send_and_wait(qtbot, shell, "please plan the team offsite in Lisbon for May, with a budget")
    cid = shell.current_id
    qtbot.waitUntil(lambda: shell.session.store.get_conversation(cid).title == "please plan the team offsite",
                    timeout=10000)
    titles = [r for r in sim.simulator.records if r.path.endswith("/chat/completions")
              and "title" in r.payload["messages"][0]["content"]]
    assert [r.payload["model"] for r in titles] == ["gemini-2.5-flash-lite"]
    listing = shell.conversation_list.model

    def listed() -> bool:
        return any("please plan the team offsite" in str(listing.index(r, 0).data())
                   for r in range(listing.rowCount()))

    qtbot.waitUntil(listed, timeout=5000)
