"""Tools in the real window: mcp.json naming the real `mcp-server-time`, the simulator playing a model
that calls it, the card that asks (Allow once / Deny), the result shown and read by the model, the
sidebar's row and its switch, the chat reopened later."""

from __future__ import annotations

import json
import sys

import pytest
from helpers import env_for, ready, send_and_wait
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from desktop_chat.domain import ToolOutcome

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _time_server(desktop_chat_home, *, auto: bool) -> None:
    config = desktop_chat_home / "config" / "mcp.json"
    config.parent.mkdir(parents=True, exist_ok=True)
    entry = {"command": sys.executable, "args": ["-m", "mcp_server_time", "--local-timezone", "Europe/Paris"]}
    if auto:
        entry["autoApprove"] = ["get_current_time"]
    config.write_text(json.dumps({"mcpServers": {"time": entry}}), encoding="utf-8")


def _tools_ready(qtbot, shell) -> None:
    tools = shell.session.tools
    qtbot.waitUntil(lambda: any(s.state.value == "ready" for s in tools.statuses()), timeout=30000)
    qtbot.waitUntil(lambda: "2 tools" in shell.sidebar.tools_row.label.text(), timeout=5000)
    assert not shell.sidebar.tools_row.isHidden()


def _button(card, words: str) -> QToolButton:
    return next(b for b in card.findChildren(QToolButton) if b.text() == words)


def test_a_call_waits_for_allow_once_then_runs_and_the_model_reads_its_result(
    qtbot, make_shell, sim, desktop_chat_home
) -> None:
    _time_server(desktop_chat_home, auto=False)
    sim.simulator.tool_name = "get_current_time"
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    _tools_ready(qtbot, shell)
    assert shell.sidebar.tools_row.label.text() == "Tools: time (2 tools)"
    shell.composer.edit.setPlainText("What time is it in Paris?")
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shell.tools.approvals.waiting()), timeout=20000)
    [request] = shell.tools.approvals.waiting()
    card = shell.chat_view.tool_card_for(request.message_id, request.call.id)
    assert card is not None and card.isVisible()
    qtbot.keyClick(card, Qt.Key.Key_Return)  # Enter never approves
    assert shell.tools.approvals.waiting()
    qtbot.mouseClick(_button(card, "Allow once"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=20000)
    _user, asking, answer = shell.session.store.branch(shell.current_id)
    [result] = asking.tool_results
    assert result.outcome is ToolOutcome.DONE and "Europe/Paris" in result.content
    assert "Europe/Paris" in answer.content  # the simulated model quotes the tool's answer
    follow_up = [r.payload for r in sim.simulator.records if r.path.endswith("/chat/completions")][-1]
    assert follow_up["messages"][-1]["role"] == "tool"


def test_deny_runs_nothing_and_the_switch_turns_tools_off_for_the_chat(
    qtbot, make_shell, sim, desktop_chat_home
) -> None:
    _time_server(desktop_chat_home, auto=False)
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    _tools_ready(qtbot, shell)
    shell.composer.edit.setPlainText("Time?")
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shell.tools.approvals.waiting()), timeout=20000)
    [request] = shell.tools.approvals.waiting()
    card = shell.chat_view.tool_card_for(request.message_id, request.call.id)
    qtbot.mouseClick(_button(card, "Deny"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=20000)
    asking = shell.session.store.branch(shell.current_id)[1]
    assert asking.tool_results[0].outcome is ToolOutcome.DENIED
    switch = shell.sidebar.tools_row.switch
    switch.click()  # "Use tools in this chat" off
    assert shell.session.conversations.get(shell.current_id).tools_enabled is False
    send_and_wait(qtbot, shell, "Just talk")
    last = [r.payload for r in sim.simulator.records if r.path.endswith("/chat/completions")][-1]
    assert "tools" not in last


def test_an_auto_approved_call_needs_no_click_and_the_chat_reopens_with_its_card(
    qtbot, make_shell, sim, desktop_chat_home
) -> None:
    _time_server(desktop_chat_home, auto=True)
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    _tools_ready(qtbot, shell)
    ended = send_and_wait(qtbot, shell, "Time please")
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=20000)
    assert ended is not None and not shell.tools.approvals.waiting()
    cid = shell.current_id
    asking = shell.session.store.branch(cid)[1]
    shell.new_chat()
    shell.chats.open(cid)
    qtbot.waitUntil(lambda: shell.chat_view.tool_card_for(asking.id, asking.tool_calls[0].id) is not None,
                    timeout=5000)
