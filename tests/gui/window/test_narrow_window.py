"""A narrow window keeps a usable chat column: the parameter sidebar steps aside by itself.

At the 720 px minimum width the three panels left the chat ~190 px wide and the answer buttons
read "… … …". Below AUTO_HIDE_SIDEBAR_BELOW the sidebar hides by itself and comes back when the
window is widened again — unless the person toggled it meanwhile: their choice wins.
"""

from __future__ import annotations

import pytest

from desktop_chat.ui.window.main_window import AUTO_HIDE_SIDEBAR_BELOW, MIN_CHAT_COLUMN
from tests.gui.helpers import (
    env_for,
)

pytestmark = pytest.mark.gui


def resize(qtbot, shell, width: int) -> None:
    window = shell.window
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)
    qtbot.wait(20)


def chat_column_width(shell) -> int:
    return shell.window.splitter.widget(1).width()


@pytest.mark.parametrize("width", [720, 800, 900])
def test_narrow_window_hides_the_sidebar_and_keeps_the_chat_readable(qtbot, make_shell, sim, width):
    shell = make_shell(env_for(sim), start=False)
    resize(qtbot, shell, 1280)
    assert shell.sidebar.isVisible()
    resize(qtbot, shell, width)
    assert not shell.sidebar.isVisible()
    assert not shell.window.sidebar_action.isChecked()
    assert chat_column_width(shell) >= MIN_CHAT_COLUMN
    assert shell.conversation_list.isVisible()


def test_widening_brings_an_auto_hidden_sidebar_back(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim), start=False)
    resize(qtbot, shell, 800)
    assert not shell.sidebar.isVisible()
    resize(qtbot, shell, AUTO_HIDE_SIDEBAR_BELOW + 200)
    assert shell.sidebar.isVisible() and shell.window.sidebar_action.isChecked()


def test_the_persons_toggle_wins(qtbot, make_shell, sim):
    shell = make_shell(env_for(sim), start=False)
    resize(qtbot, shell, 800)
    shell.window.sidebar_action.trigger()  # shown on purpose in a narrow window: it stays
    assert shell.sidebar.isVisible()
    resize(qtbot, shell, 760)
    assert shell.sidebar.isVisible()
    shell.window.sidebar_action.trigger()  # hidden on purpose: widening does not bring it back
    resize(qtbot, shell, 1280)
    assert not shell.sidebar.isVisible()
    # hidden by the person in a wide window: narrowing and widening again keeps it hidden
    resize(qtbot, shell, 800)
    resize(qtbot, shell, 1280)
    assert not shell.sidebar.isVisible()


def test_an_auto_hidden_sidebar_is_saved_as_wanted(qtbot, make_shell, sim, run):
    shell = make_shell(env_for(sim), start=False)
    resize(qtbot, shell, 800)
    assert not shell.sidebar.isVisible()
    run(shell.shutdown(), timeout=15)
    assert shell.session.window_state().sidebar_visible is True  # next start in a wide window shows it
