"""apply_theme: forced light/dark palettes, following the system, and the text size; the window follows
the desktop's colour scheme unless a theme is forced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from desktop_chat.ui.window.theme import apply_theme, system_is_dark
from tests.gui.helpers import env_for

pytestmark = pytest.mark.gui


@pytest.fixture
def app(qapp):
    original_style = qapp.style().name()
    original_font = qapp.font().toString()
    yield qapp
    apply_theme(qapp, "system", 0)
    assert qapp.style().name() == original_style
    assert qapp.font().toString() == original_font


def window_lightness(app) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_and_light_palettes_are_readable(app):
    assert apply_theme(app, "dark", 0) is True
    assert app.style().name().lower() == "fusion"
    assert window_lightness(app) < 80
    text = app.palette().color(QPalette.ColorRole.Text).lightness()
    assert text - window_lightness(app) > 150  # readable contrast
    assert apply_theme(app, "light", 0) is False
    assert window_lightness(app) > 200


def test_system_follows_the_platform(app):
    apply_theme(app, "dark", 0)
    dark = apply_theme(app, "system", 0)
    assert dark == system_is_dark()
    assert (window_lightness(app) < 128) == dark
    assert apply_theme(app, "nonsense", 0) == dark  # unknown values count as "system"


def test_font_size_is_applied_and_zero_restores_the_system_size(app):
    system_size = app.font().pointSize()
    apply_theme(app, "system", 17)
    assert app.font().pointSize() == 17
    apply_theme(app, "dark", 9)
    assert app.font().pointSize() == 9
    apply_theme(app, "dark", 0)
    assert app.font().pointSize() == system_size


def test_system_theme_change_is_followed(qtbot, make_shell, sim, monkeypatch):
    from desktop_chat.ui.window import theme

    shell = make_shell(env_for(sim), start=False)
    calls: list[bool] = []
    original = shell.chat_view.set_dark
    monkeypatch.setattr(shell.chat_view, "set_dark", lambda dark: (calls.append(dark), original(dark)))
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert calls == [theme.system_is_dark()]
    shell.window_controller.set_theme("light")
    calls.clear()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert calls == []  # a forced theme ignores the desktop
    shell.window_controller.set_theme("system")
