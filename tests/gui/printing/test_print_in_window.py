"""Print… and Export as PDF… in the window's File menu act on the chat on screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gui.helpers import env_for, ready, send_and_wait

pytestmark = pytest.mark.gui


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_file_menu_prints_the_chat_on_screen(qtbot: Any, make_shell: Any, sim: Any, tmp_path: Path,
                                                 run: Any) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    window = shell.window
    menu = [a for a in window.file_menu.actions() if not a.isSeparator()]
    names = [a.text() for a in menu]
    assert names.index("&Print…") == names.index("Export &all chats…") + 1
    assert names.index("Export as P&DF…") == names.index("&Print…") + 1
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    # a new, empty chat: nothing to print
    assert not window.print_action.isEnabled() and not window.export_pdf_action.isEnabled()

    send_and_wait(qtbot, shell, "Print me, please")
    qtbot.waitUntil(window.export_pdf_action.isEnabled, timeout=3000)
    assert window.print_action.isEnabled()
    target = tmp_path / "chat.pdf"
    run(shell.printing.run_export_pdf(shell.current_id, target), timeout=30)
    assert target.read_bytes().startswith(b"%PDF")

    shell.new_chat()
    qtbot.waitUntil(lambda: not window.print_action.isEnabled(), timeout=3000)
