"""One running copy per data folder: a second launch brings the first window to the front.

Why: office staff double-click the icon again when they can't find the window; two copies writing
the same history would also fight over the database. The first copy listens on a local socket
(QLocalServer) whose name is derived from the data folder's path, so copies with different
DESKTOP_CHAT_HOME folders (tests, portable installs) never see each other. A socket left behind by
a crashed copy is detected (nobody answers) and removed.

The check a new copy makes before its window exists uses a plain Unix socket on Linux and macOS
(the same file QLocalServer listens on): QtNetwork costs start-up time and memory, so it is loaded
only by the listening side (ui/system/instance_server.py), after the first paint.
"""

from __future__ import annotations

import hashlib
import os
import socket as pysocket
from pathlib import Path

from PySide6.QtCore import QDir

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 300


def server_name(data_dir: Path) -> str:
    """A short, stable socket name for this data folder and this OS user."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}:{Path(data_dir).resolve()}".encode()).hexdigest()[:16]
    return f"desktop-chat-{digest}"


def notify_running_instance(name: str, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Ask a running copy to show its window; True if one answered (then this copy should exit)."""
    if hasattr(pysocket, "AF_UNIX") and os.name == "posix":
        return _knock_unix(os.path.join(QDir.tempPath(), name), timeout_ms)
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return True


def _knock_unix(path: str, timeout_ms: int) -> bool:
    """QLocalServer's socket file on Unix: connect, say "activate", go. False if nobody listens."""
    with pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM) as knock:
        knock.settimeout(timeout_ms / 1000)
        try:
            knock.connect(path)
            knock.sendall(ACTIVATE)
        except OSError:  # no file, a stale file of a crashed copy, or nobody accepting in time
            return False
    return True
