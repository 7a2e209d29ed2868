"""Keyring backends for tests (stand-ins for the OS store, not for the code under test).

They declare a `priority` that raises, so keyring never deems them "viable": they can't leak into
keyring's own backend detection for other tests.
"""

from __future__ import annotations

import threading

import keyring.backend
from keyring.compat import properties


class MemoryBackend(keyring.backend.KeyringBackend):
    """A working in-memory keyring (a stand-in for an OS store in unit tests)."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test backend: never auto-detected")

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.data.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class BlockingBackend(MemoryBackend):
    """Every call waits on an Event, like a keyring stuck behind an unanswered unlock prompt."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.entered = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.entered.set()
        self.release.wait()
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entered.set()
        self.release.wait()
        super().set_password(service, username, password)
