"""Fixture of the printing tests: a printing controller on a real history file, without the whole
window (the event loop `qloop`/`run` comes from tests/gui/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Printing:
    controller: Any
    session: Any
    notices: Any
    current: Any
    window: Any
    banners: list[Any]
    remarks: list[str]


@pytest.fixture
def printing(qloop: Any, qtbot: Any, desktop_chat_home: Path, tmp_path: Path) -> Iterator[Printing]:
    from PySide6.QtWidgets import QWidget

    from desktop_chat.paths import app_paths
    from desktop_chat.services.session import Session
    from desktop_chat.settings import AppSettings
    from desktop_chat.store import HistoryStore
    from desktop_chat.ui.current_chat import CurrentChat
    from desktop_chat.ui.notices import Notices
    from desktop_chat.ui.printing.controller import PrintController
    from desktop_chat.ui.tasks import TaskRunner

    paths = app_paths({"DESKTOP_CHAT_HOME": str(desktop_chat_home)}).ensure()
    store = HistoryStore.open(paths.database)
    session = Session(paths, AppSettings(auto_titles=False), store, environ={})
    window = QWidget()
    qtbot.addWidget(window)
    current, notices = CurrentChat(), Notices()
    banners: list[Any] = []
    remarks: list[str] = []
    notices.bannerShown.connect(banners.append)
    notices.remark.connect(lambda text, _ms: remarks.append(text))
    controller = PrintController(
        conversations=session.conversations, attachments=session.attachments, parent_window=window,
        current=current, notices=notices, tasks=TaskRunner(), start_dir=lambda: tmp_path)
    yield Printing(controller, session, notices, current, window, banners, remarks)
    store.close()
