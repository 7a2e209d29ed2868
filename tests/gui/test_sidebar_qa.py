"""Sidebar fixes found in QA: the model list opens tall enough to see every vendor at once."""

from __future__ import annotations

import pytest

from desktop_chat.api import SEED_MODELS
from desktop_chat.ui.sidebar.widgets import ModelPicker

pytestmark = pytest.mark.gui


def test_model_popup_shows_the_whole_seed_list_without_scrolling(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = ModelPicker()
    qtbot.addWidget(picker)
    picker.set_models(list(SEED_MODELS))
    rows = picker.model().rowCount()  # models plus vendor headings
    assert rows > 10  # Qt's default of 10 visible rows would cut this list
    assert picker.maxVisibleItems() >= rows
