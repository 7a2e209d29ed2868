"""The shell's small parts: status bar, single instance, crash dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_chat.ui.system.crash_dialog import CrashDialog
from desktop_chat.ui.system.single_instance import SingleInstance, notify_running_instance, server_name
from desktop_chat.ui.window.status_bar import Connection, StatusBar, estimate_tokens

pytestmark = pytest.mark.gui


def test_status_bar_shows_connection_answer_and_usage(qtbot):
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.set_connection(Connection.OFFLINE)
    assert "Offline" in bar.connection_label.text()
    assert "history" in bar.connection_label.toolTip()
    bar.set_answer_progress(0, estimated=True, streaming=True)
    assert bar.answer_text() == "Waiting for the answer…"
    bar.set_answer_progress(estimate_tokens("x" * 400), estimated=True, streaming=True)
    assert bar.answer_text() == "Answering… ≈100 tokens"
    bar.set_answer_progress(812, estimated=False, streaming=False)
    assert bar.answer_text() == "Last answer: 812 tokens"
    bar.set_conversation_usage(3214)
    assert bar.usage_text() == "This chat: 3,214 tokens"
    bar.set_conversation_usage(None)
    assert bar.usage_text() == ""


def test_server_name_depends_on_the_data_folder(tmp_path):
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


def test_second_launch_activates_the_first(qtbot, tmp_path):
    name = server_name(tmp_path)
    assert not notify_running_instance(name)  # nobody listening yet
    first = SingleInstance(name)
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activationRequested, timeout=3000):
            # the knock blocks briefly for the connection; the server answers on the event loop
            assert notify_running_instance(name)
    finally:
        first.close()


def test_stale_socket_of_a_crashed_copy_is_replaced(qtbot, tmp_path):
    import socket as pysocket
    import tempfile

    name = server_name(tmp_path)
    # A crashed copy leaves its socket file behind: create one that nobody listens on.
    path = f"{tempfile.gettempdir()}/{name}"
    sock = pysocket.socket(pysocket.AF_UNIX)
    sock.bind(path)
    sock.close()
    try:
        assert not notify_running_instance(name)
        instance = SingleInstance(name)
        assert instance.listen()
        with qtbot.waitSignal(instance.activationRequested, timeout=3000):
            assert notify_running_instance(name)
        instance.close()
    finally:
        import contextlib
        import os

        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def test_crash_dialog_copies_details_and_appends_more(qtbot):
    dialog = CrashDialog(None, details="Traceback: boom", log_path="/tmp/x.log")
    qtbot.addWidget(dialog)
    dialog.add_report("Traceback: second")
    dialog.copy_details()
    text = QApplication.clipboard().text()
    assert "boom" in text and "second" in text
    assert dialog.count == 2
    assert dialog.copy_button.accessibleName() == "Copy details"
