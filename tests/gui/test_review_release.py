"""Release review of the UI layer: crash paths while answers stream, keyboard-only use, state kept.

Each test drives the real shell against the real simulator and a real history file; every one of
them failed before its fix (see the report of the release review).
"""

from __future__ import annotations

import pytest
from _shell_helpers import SHELL_KEY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_chat.domain import MessageStatus, Role

pytestmark = pytest.mark.gui


def env_for(sim) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY}


def ready(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: shell.session.key is not None and not shell.tasks.pending(), timeout=10000)


def activate(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(shell.window, timeout=3000):
        shell.window.activateWindow()
    shell.composer.focus_input()


def send(qtbot, shell, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(shell.composer.edit, text)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)


def start_slow_answer(qtbot, shell, sim, text: str = "Tell me a long story") -> int:  # type: ignore[no-untyped-def]
    sim.queue("default;tps=30;chunks=400")
    send(qtbot, shell, text)
    cid = shell.current_id
    assert cid is not None
    qtbot.waitUntil(lambda: bool(getattr(shell.session.chat.live_answer(cid), 'text', '')), timeout=5000)
    assert shell.streaming.is_streaming(cid)
    return cid


def settle(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not shell.streaming.streaming_conversations(), timeout=10000)
    qtbot.wait(50)


# --- crash paths while an answer streams -----------------------------------------------------------
def test_deleting_the_chat_whose_answer_streams_then_undo(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    cid = start_slow_answer(qtbot, shell, sim)
    shell.conversation_list.delete_conversation(cid)
    assert shell.current_id is None
    shell.conversation_list._on_undo()  # Undo while the stopped answer is still being saved
    settle(qtbot, shell)
    assert shell.session.store.get_conversation(cid) is not None
    answer = shell.session.store.branch(cid)[-1]
    assert answer.role is Role.ASSISTANT and answer.status is MessageStatus.INTERRUPTED
    assert shell.chat_view.entries() == []  # the new chat stays on screen
    shell.open_conversation(cid)
    assert shell.chat_view.entries()[-1].message.id == answer.id


def test_deleting_another_chat_whose_answer_streams(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    first = start_slow_answer(qtbot, shell, sim)
    shell.new_chat()
    send(qtbot, shell, "Second")
    second = shell.current_id
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(second), timeout=10000)
    shell.conversation_list.delete_conversation(first)
    settle(qtbot, shell)
    assert shell.current_id == second
    assert first not in [c.id for c in shell.session.store.list_conversations()]


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


@pytest.mark.parametrize("which", ["settings", "welcome"])
def test_closing_a_dialog_while_its_test_runs(qtbot, make_shell, which) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as hang:  # accepts connections (backlog) and never answers
        hang.bind(("127.0.0.1", 0))
        hang.listen(8)
        url = f"http://127.0.0.1:{hang.getsockname()[1]}/v1"
        shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
        if which == "settings":
            shell.gateway.open_settings()
            dialog = shell.gateway.settings_dialog
            dialog.replace_button.setChecked(True)
            dialog.key_field.setText(SHELL_KEY)
        else:
            shell.gateway.open_welcome()
            dialog = shell.gateway.welcome
            dialog.key_field.setText(SHELL_KEY)
        dialog.url_edit.setText(url)
        dialog.start_test()
        qtbot.wait(100)
        assert dialog.tester.running, dialog.status.text
        task = dialog.tester.task
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(task.done, timeout=3000)
        assert not dialog.isVisible()
        assert shell.gateway.settings_dialog is None and shell.gateway.welcome is None
        qtbot.wait(50)


# --- the status bar after an answer without text ---------------------------------------------------
def test_failed_answer_without_text_leaves_no_zero_token_count(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    from desktop_chat.api import RetryPolicy

    shell = make_shell(env_for(sim), retry=RetryPolicy(max_attempts=1, base_delay=0.01, max_delay=0.02,
                                                       jitter=0))
    ready(qtbot, shell)
    sim.queue("status;code=500", count=3)
    ended: list = []
    shell.streaming.answerEnded.connect(ended.append)
    send(qtbot, shell, "Hi")
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
    send(qtbot, shell, "Hi")
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended[-1].message is None
    assert "Waiting" not in shell.status.answer_text()
    assert "0 tokens" not in shell.status.answer_text()


# --- keyboard-only use -----------------------------------------------------------------------------
def make_chats(shell, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    ids = []
    for i in range(n):
        conv = shell.session.store.create_conversation(model="gemini-2.5-flash", title=f"Chat {i}")
        shell.session.store.add_message(conv.id, parent_id=None, role=Role.USER, content=f"hello {i}")
        ids.append(conv.id)
    shell.chats.refresh()
    return ids


def test_arrow_keys_walk_the_list_and_delete_then_ctrl_z_undoes(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 3)
    activate(qtbot, shell)
    view = shell.conversation_list.list_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    first = shell.current_id
    assert first is not None
    assert QApplication.focusWidget() is view  # walking the list keeps the focus in the list
    qtbot.keyClick(view, Qt.Key.Key_Down)
    second = shell.current_id
    assert second not in (None, first)
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert second not in [c.id for c in shell.session.store.list_conversations()]
    assert QApplication.focusWidget() is view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert second in [c.id for c in shell.session.store.list_conversations()]
    assert sorted(ids) == sorted(c.id for c in shell.session.store.list_conversations())


def focused(qtbot) -> object:  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def test_keyboard_only_day(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    activate(qtbot, shell)
    edit = shell.composer.edit
    assert focused(qtbot) is edit
    send(qtbot, shell, "Quarterly numbers please")
    first = shell.current_id
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(first), timeout=10000)
    # Esc stops a streaming answer
    sim.queue("default;tps=30;chunks=400")
    send(qtbot, shell, "And a long one")
    qtbot.waitUntil(lambda: bool(getattr(shell.session.chat.live_answer(first), 'text', '')), timeout=5000)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(first), timeout=5000)
    assert shell.session.store.branch(first)[-1].status is MessageStatus.INTERRUPTED
    # Ctrl+N: a new chat, typing goes to the message box
    qtbot.keyClick(edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_id is None and focused(qtbot) is edit
    # Ctrl+F, type, Enter jumps to the hit, the message box takes over; Esc in search clears it
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = shell.conversation_list.search_box
    assert focused(qtbot) is box
    qtbot.keyClicks(box, "Quarterly")
    qtbot.waitUntil(lambda: shell.conversation_list.results_model.rowCount() > 0, timeout=3000)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert shell.current_id == first
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert shell.conversation_list.stack.currentWidget() is shell.conversation_list.list_view
    # Ctrl+, opens the settings, Esc closes them and the keyboard is back in the message box
    shell.composer.focus_input()
    qtbot.keyClick(edit, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = shell.gateway.settings_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and shell.gateway.settings_dialog is None
    # F1: the shortcuts window
    activate(qtbot, shell)
    qtbot.keyClick(edit, Qt.Key.Key_F1)
    from desktop_chat.ui.window.shortcuts import ShortcutsDialog

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible()]
    assert len(shown) == 1
    qtbot.keyClick(shown[0], Qt.Key.Key_Escape)
    assert not shown[0].isVisible()


def test_tab_walks_list_chat_composer_sidebar(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 2)
    shell.window.resize(1280, 800)
    shell.open_conversation(ids[0])
    activate(qtbot, shell)
    qtbot.waitUntil(shell.sidebar.isVisible, timeout=3000)
    shell.conversation_list.new_chat_button.setFocus()
    order = []
    widget = focused(qtbot)
    for _ in range(40):
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = focused(qtbot)
        if widget is order[0]:
            break
    def area(w) -> str:  # type: ignore[no-untyped-def]
        for name, panel in (("list", shell.conversation_list), ("chat", shell.chat_view),
                            ("composer", shell.composer), ("sidebar", shell.sidebar),
                            ("corner", shell.window.toolbar)):
            if panel is w or panel.isAncestorOf(w):
                return name
        return "other"
    areas = [area(w) for w in order]
    collapsed = [a for i, a in enumerate(areas) if i == 0 or a != areas[i - 1]]
    assert collapsed == ["list", "chat", "composer", "sidebar", "corner"], areas
    assert all(w.accessibleName() for w in order), [type(w).__name__ for w in order if not w.accessibleName()]
    assert widget is order[0]  # the cycle closes
    qtbot.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused(qtbot) is order[-1]  # Shift+Tab walks back


# --- every interactive widget has a name a screen reader can say -----------------------------------
def unnamed_interactive(root) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    interactive = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                   QLineEdit, QPlainTextEdit, QTextEdit)
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.focusProxy() is None
        if not (isinstance(widget, interactive) or focusable):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the spin box / combo box itself carries the name
        if type(widget).__name__ in ("QScrollBar", "QMenu") or not widget.isVisibleTo(root):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else widget.accessibleName()
        if not (name or "").strip():
            missing.append(f"{type(widget).__name__}({widget.objectName()!r}) in "
                           f"{type(widget.parentWidget()).__name__}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    shell.window.resize(1280, 800)
    send(qtbot, shell, "Show me a table and some code")
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=10000)
    from PySide6.QtWidgets import QToolButton

    advanced = next(b for b in shell.sidebar.findChildren(QToolButton)
                    if b.accessibleName() == "Advanced settings")
    advanced.click()  # the advanced parameters are interactive too
    shell.conversation_list.search_box.setText("x")  # its clear button shows
    assert unnamed_interactive(shell.window) == []
    shell.gateway.open_settings()
    assert unnamed_interactive(shell.gateway.settings_dialog) == []
    shell.gateway.settings_dialog.reject()
    shell.gateway.open_welcome()
    assert unnamed_interactive(shell.gateway.welcome) == []
    shell.gateway.welcome.reject()


# --- state kept across switches and restarts -------------------------------------------------------
def test_a_new_chats_draft_survives_a_look_at_another_chat(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    send(qtbot, shell, "An old chat")
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
    a = shell.session.store.create_conversation(model="claude-sonnet-4-5", params=GenerationParams(temperature=0.2),
                                        system_prompt="Be brief.", title="A")
    b = shell.session.store.create_conversation(model="gpt-4o", params=GenerationParams(max_tokens=300),
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


def test_a_search_hit_on_another_branch_of_the_open_chat_is_shown(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    conv = shell.session.store.create_conversation(model="gpt-4o", title="Fruit")
    question = shell.session.store.add_message(conv.id, parent_id=None, role=Role.USER, content="Name a fruit")
    hidden = shell.session.store.add_message(conv.id, parent_id=question.id, role=Role.ASSISTANT,
                                     content="Quinces are underrated")
    shown = shell.session.store.add_message(conv.id, parent_id=question.id, role=Role.ASSISTANT, content="Bananas")
    shell.chats.refresh()
    shell.open_conversation(conv.id)
    assert [e.message.id for e in shell.chat_view.entries()][-1] == shown.id
    shell.conversation_list.searchResultActivated.emit(conv.id, hidden.id)
    assert [e.message.id for e in shell.chat_view.entries()][-1] == hidden.id


def test_jumping_to_a_search_hit_keeps_the_draft_of_the_chat_left(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 2)
    shell.open_conversation(ids[0])
    qtbot.keyClicks(shell.composer.edit, "unsaved words")  # still inside the draft debounce
    target = shell.session.store.branch(ids[1])[0]
    shell.conversation_list.searchResultActivated.emit(ids[1], target.id)
    assert shell.current_id == ids[1]
    conversation = shell.session.store.get_conversation(ids[0])
    assert conversation is not None and conversation.draft == "unsaved words"
    shell.new_chat()
    assert shell.composer.text() == ""  # not the other chat's words


def test_a_stale_search_hit_of_a_deleted_message_or_chat_is_harmless(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 2)
    gone = shell.session.store.branch(ids[0])[0]
    shell.open_conversation(ids[0])
    shell.session.store.delete_message(gone.id)
    shell.conversation_list.searchResultActivated.emit(ids[0], gone.id)  # results shown before
    shell.new_chat()
    shell.conversation_list.delete_conversation(ids[1])
    hit = shell.session.store.branch(ids[1])[0] if shell.session.store.get_conversation(ids[1]) else None
    shell.conversation_list.searchResultActivated.emit(ids[1], hit.id if hit else 0)
    assert shell.current_id in (None, ids[1])


def test_search_results_forget_a_chat_deleted_meanwhile(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    ids = make_chats(shell, 2)
    panel = shell.conversation_list
    panel.search_box.setText("hello")
    qtbot.waitUntil(lambda: panel.results_model.rowCount() == 2, timeout=3000)
    panel.delete_conversation(ids[1])
    assert panel.results_model.rowCount() == 1
    panel._on_undo()
    assert panel.results_model.rowCount() == 2


def test_esc_in_the_search_box_clears_it_without_stopping_the_answer(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    activate(qtbot, shell)
    cid = start_slow_answer(qtbot, shell, sim)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = shell.conversation_list.search_box
    qtbot.keyClicks(box, "story")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert shell.streaming.is_streaming(cid)
    # F2, Esc: the rename is cancelled, the answer goes on
    qtbot.keyClick(box, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not box
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert shell.streaming.is_streaming(cid)
    # Esc anywhere else in the window stops it
    shell.chat_view.setFocus()
    qtbot.keyClick(shell.chat_view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(cid), timeout=5000)
