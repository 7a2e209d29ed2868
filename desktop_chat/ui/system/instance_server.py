"""The listening side of "one running copy per data folder": later launches knock, this answers.

Why apart from ui/system/single_instance.py: a new copy asks "is one running?" before its window
exists, with a plain socket; only the copy that stays needs QtNetwork's QLocalServer, and it starts
listening after its first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop_chat.ui.system.single_instance import ACTIVATE


class SingleInstance(QObject):
    """Listens for later launches; emits `activationRequested` when one knocks."""

    activationRequested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Start listening, removing a stale socket of a crashed copy; False if that failed."""
        if self._server.listen(self.name):
            return True
        # Only reached after notify_running_instance() found nobody answering: the socket is stale.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            if client is None:
                break
            # Read what is already there, then let Qt own and delete the socket: keeping Python
            # references to it (lambdas, lists) crashes when the server is destroyed first.
            client.readyRead.connect(self._on_ready_read)
            client.disconnected.connect(client.deleteLater)
            self._read(client)

    def _on_ready_read(self) -> None:
        client = self.sender()
        if isinstance(client, QLocalSocket):
            self._read(client)

    def _read(self, client: QLocalSocket) -> None:
        if client.bytesAvailable() and ACTIVATE.strip() in bytes(client.readAll().data()):
            self.activationRequested.emit()
