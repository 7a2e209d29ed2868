"""Window state: size, position, sidebar and panel sizes in the state file, apart from user settings."""

from __future__ import annotations

import json

import pytest

from tests.gui.helpers import env_for

pytestmark = pytest.mark.gui


def test_window_remembers_size_position_and_sidebar(qtbot, make_shell, sim, run):
    first = make_shell(env_for(sim))
    first.window.resize(760, 520)  # the offscreen screen is 800×600
    first.window.set_sidebar_visible(False)
    run(first.shutdown())
    saved = json.loads(first.session.paths.state_file.read_text(encoding="utf-8"))
    assert saved["geometry"] and saved["sidebar_visible"] is False
    assert len(saved["panel_sizes"]) == 3
    settings = json.loads(first.session.paths.settings_file.read_text(encoding="utf-8")) \
        if first.session.paths.settings_file.exists() else {}
    assert "window_geometry" not in settings and "sidebar_visible" not in settings  # not user settings

    second = make_shell(env_for(sim))
    assert (second.window.width(), second.window.height()) == (760, 520)
    assert not second.sidebar.isVisible()
