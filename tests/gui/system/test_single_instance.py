"""A second launch activates the first copy; a crashed copy's socket does not block the next."""

from __future__ import annotations

import pytest

from desktop_chat.ui.system.instance_server import SingleInstance
from desktop_chat.ui.system.single_instance import notify_running_instance, server_name

pytestmark = pytest.mark.gui


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
