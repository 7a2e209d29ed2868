"""Fixtures for the Qt-free core tests: keyring test backends and the real Secret Service."""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from collections.abc import Iterator

import keyring
import pytest

from desktop_chat.secrets import KeyStore
from tests.core.keyring_doubles import BlockingBackend


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """Put keyring's global backend back after a test that calls `keyring.set_keyring`."""
    import keyring.core

    saved = keyring.core._keyring_backend
    yield
    keyring.core._keyring_backend = saved


@pytest.fixture
def blocking_backend() -> Iterator[BlockingBackend]:
    backend = BlockingBackend()
    yield backend
    backend.release.set()  # let the stuck daemon thread finish


def _secret_service_ready() -> str | None:
    """None if a session bus with an unlocked default Secret Service collection is there; else why not."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no session D-Bus (run under dbus-run-session with gnome-keyring unlocked)"
    result: list[str | None] = []

    def probe() -> None:
        try:
            import secretstorage

            with secretstorage.dbus_init() as conn:
                if not secretstorage.check_service_availability(conn):
                    result.append("no Secret Service daemon on the session bus")
                    return
                collection = secretstorage.get_default_collection(conn)
                result.append("the default keyring collection is locked" if collection.is_locked() else None)
        except Exception as exc:
            result.append(f"Secret Service not usable: {type(exc).__name__}: {exc}")

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(5)
    return result[0] if result else "Secret Service did not answer within 5 s"


@pytest.fixture
def real_keyring(restore_keyring: None) -> Iterator[KeyStore]:
    """A KeyStore on the real Secret Service under a unique account; removes its entry afterwards."""
    reason = _secret_service_ready()
    if reason is not None:
        pytest.skip(f"needs a real, unlocked Secret Service: {reason}")
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    store = KeyStore(f"test-{uuid.uuid4().hex[:12]}.invalid", environ={}, timeout=10)
    yield store
    try:
        store.delete()
    except Exception:
        pass


@pytest.fixture
def secret_tool() -> str:
    path = shutil.which("secret-tool")
    if path is None:
        pytest.skip("secret-tool (libsecret-tools) is not installed")
    return path
