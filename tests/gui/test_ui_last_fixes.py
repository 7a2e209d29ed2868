"""Last UI fixes: Details of a failed answer on its card, File ▸ Export all chats, shallow list indents.

Against the real simulator and real history files where the shell is involved.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _shell_helpers import SHELL_KEY, finish
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from desktop_chat.domain import MessageStatus, Role
from desktop_chat.store import HistoryStore
from desktop_chat.ui.chat.view import ChatView
from tests.gui._chat_view_fixtures import entry

pytestmark = pytest.mark.gui


def env_for(sim) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY}


def ready(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: shell.session.key is not None and not shell.tasks.pending(), timeout=10000)


def send_and_wait(qtbot, shell, text: str):  # type: ignore[no-untyped-def]
    ended: list = []
    shell.streaming.answerEnded.connect(ended.append)
    qtbot.keyClicks(shell.composer.edit, text)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    return ended[-1]


@pytest.fixture
def view(qtbot) -> Iterator[ChatView]:  # type: ignore[no-untyped-def]
    widget = ChatView()
    widget.open_links_externally = False
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


# --- 1. details on demand for an answer that failed ----------------------------------------------
def test_failed_answer_card_has_details_with_the_gateway_facts(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    from desktop_chat.api import RetryPolicy

    shell = make_shell(env_for(sim), retry=RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02,
                                                       jitter=0))
    ready(qtbot, shell)
    sim.queue("status;code=500;message=upstream exploded", count=5)
    event = send_and_wait(qtbot, shell, "Hi")
    assert event.error is not None and event.message is not None
    assert event.message.status is MessageStatus.FAILED
    card = shell.chat_view.card_for(event.message_id)
    assert card is not None
    from desktop_chat.ui.words.gateway import problem_text

    assert event.message.problem is not None
    assert card.notice.isVisibleTo(card) and card.notice_label.text() == problem_text(event.message.problem)
    assert card.retry_button.isVisibleTo(card)
    assert card.details_button.isVisibleTo(card) and card.details_button.text() == "Details"
    assert not card.notice_details.isVisibleTo(card)
    qtbot.mouseClick(card.details_button, Qt.MouseButton.LeftButton)
    assert card.notice_details.isVisibleTo(card)
    details = card.notice_details.text()
    assert "500" in details and "upstream exploded" in details
    assert SHELL_KEY not in details
    assert card.details_button.accessibleName() == "Hide details"


def test_after_a_restart_a_failed_answer_has_no_details_button(view: ChatView) -> None:
    failed = entry(2, Role.ASSISTANT, "", status=MessageStatus.FAILED,
                   error="The model service is having trouble.")
    view.set_conversation(1, [entry(1, Role.USER, "Hi"), failed])
    card = view.card_for(2)
    assert card is not None
    assert card.notice.isVisibleTo(card) and card.retry_button.isVisibleTo(card)
    assert not card.details_button.isVisibleTo(card)


def test_details_arrive_in_place_when_the_entry_gains_them(view: ChatView) -> None:
    from dataclasses import replace

    failed = entry(2, Role.ASSISTANT, "", status=MessageStatus.FAILED, error="It broke.")
    view.set_conversation(1, [entry(1, Role.USER, "Hi"), failed])
    view.update_entry(replace(failed, failure_details="HTTP status: 502"))
    card = view.card_for(2)
    assert card is not None and card.details_button.isVisibleTo(card)
    card.details_button.setChecked(True)
    assert card.notice_details.text() == "HTTP status: 502"


# --- 2. File ▸ Export all chats… ---------------------------------------------------------------
def test_export_all_chats_writes_an_archive_that_imports_back(qtbot, make_shell, sim, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    send_and_wait(qtbot, shell, "First chat")
    shell.new_chat()
    send_and_wait(qtbot, shell, "Second chat")
    file_menu = next(a.menu() for a in shell.window.menuBar().actions() if a.text() == "&File")
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("Export &all chats…") == texts.index("&Export chat…") + 1

    target = tmp_path / "everything.json"
    finish(qtbot, shell.files.run_export_all(target))
    assert target.exists()
    assert "Exported 2 chats" in shell.status.currentMessage()
    fresh = HistoryStore.open(tmp_path / "fresh.sqlite3")
    try:
        report = fresh.import_archive(target)
        assert report.imported == 2
        assert len(fresh.list_conversations()) == len(shell.session.store.list_conversations()) == 2
    finally:
        fresh.close()


def test_export_all_to_an_unwritable_place_says_so(qtbot, make_shell, sim, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    finish(qtbot, shell.files.run_export_all(blocker / "all.json"))  # a file where the folder should be
    assert shell.chat_view.banner.isVisible()
    assert shell.chat_view.banner.label.text()
    assert "Exported" not in shell.status.currentMessage()


def test_export_all_action_opens_a_save_dialog_without_blocking(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    shell.window.export_all_action.trigger()  # returns at once: open(), not exec()
    dialogs = [d for d in shell.window.findChildren(QFileDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].acceptMode() is QFileDialog.AcceptMode.AcceptSave
    dialogs[0].reject()


# --- 4. nested lists keep most of the width -------------------------------------------------------
def test_three_levels_of_list_leave_most_of_the_width(view: ChatView) -> None:
    text = "- one\n  - two\n    - three deep item\n"
    view.set_conversation(1, [entry(1, Role.ASSISTANT, text)])
    card = view.card_for(1)
    assert card is not None
    prose = card.body.text_views()[0]
    doc = prose.document()
    block = doc.begin()
    while block.isValid() and block.text() != "three deep item":
        block = block.next()
    assert block.isValid() and block.textList() is not None
    assert block.textList().format().indent() == 3
    indent = block.textList().format().indent() * doc.indentWidth()
    assert indent <= 80  # Qt's default (40 px a level) took 120 px
    line_x = block.layout().lineAt(0).x()
    assert line_x <= 80
    assert line_x < 0.2 * prose.viewport().width()
