"""KeyStore behaviour that needs no OS keyring: env override, no-store path, timeouts, hiding."""

from __future__ import annotations

import asyncio
import logging
import pickle
import time

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backends.chainer import ChainerBackend
from keyring.errors import InitError
from keyring.errors import KeyringLocked as LibKeyringLocked

from desktop_chat.secrets import (
    ENV_VAR,
    ApiKey,
    InvalidApiKey,
    KeyFlaw,
    KeyFromEnvironment,
    KeyringLocked,
    KeyringTimeout,
    KeyringUnavailable,
    KeySource,
    KeyStatus,
    KeyStore,
    account_for_base_url,
    describe_backend,
    usable_backend,
)
from tests.core.keyring_doubles import BlockingBackend, MemoryBackend

KEY = "sk-test-Zq8vT3kP0wLm5Rn7Yc2Xb9"


class PlaintextFileLike(MemoryBackend):
    """Stands for keyrings.alt's plain-file backend: same module family, so it must be refused."""


PlaintextFileLike.__module__ = "keyrings.alt.file"


class LockedBackend(MemoryBackend):
    def get_password(self, service: str, username: str) -> str | None:
        raise LibKeyringLocked("Failed to unlock the collection!")


class DismissedBackend(MemoryBackend):
    def get_password(self, service: str, username: str) -> str | None:
        raise InitError("Failed to create the collection: Prompt dismissed.")


class FixedChainer(ChainerBackend):
    viable = False  # never picked by keyring's own detection
    backends: list = []  # noqa: RUF012


def test_api_key_never_shows_its_value() -> None:
    key = ApiKey(f"  {KEY}\n")
    assert key.reveal() == KEY
    for text in (repr(key), str(key), f"{key}", f"{key!r}", repr([key]), repr({"k": key})):
        assert KEY not in text
        assert "****" in text
    with pytest.raises(AttributeError):
        key._value = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        pickle.dumps(key)
    assert key == ApiKey(KEY) and key != ApiKey(KEY + "x")


@pytest.mark.parametrize(
    ("bad", "flaw"),
    [
        ("", KeyFlaw.EMPTY),
        ("   ", KeyFlaw.EMPTY),
        ("sk-abc def", KeyFlaw.BAD_CHARACTERS),
        ("sk-ab\u00e9cd", KeyFlaw.BAD_CHARACTERS),
        ("sk-\x00abc", KeyFlaw.BAD_CHARACTERS),
    ],
)
def test_api_key_rejects_what_cannot_be_a_key(bad: str, flaw: KeyFlaw) -> None:
    with pytest.raises(InvalidApiKey) as info:
        ApiKey(bad)
    assert info.value.flaw is flaw and isinstance(info.value, ValueError)
    if bad.strip():  # the error never echoes what was pasted
        assert bad.strip() not in f"{info.value}{info.value!r}{info.value.detail}{info.value.args}"


@pytest.mark.parametrize(
    ("url", "account"),
    [
        ("https://aiapi.services/v1", "aiapi.services"),
        ("https://AIAPI.services:443/v1/chat/completions", "aiapi.services"),
        ("aiapi.services/v1/", "aiapi.services"),
        ("http://127.0.0.1:4000", "127.0.0.1:4000"),
        ("http://user:pw@gw.example.com:80/v1", "gw.example.com"),
        ("https://[::1]:8443/v1", "[::1]:8443"),
    ],
)
def test_account_is_the_gateway_host(url: str, account: str) -> None:
    assert account_for_base_url(url) == account


def test_two_gateways_keep_separate_keys() -> None:
    backend = MemoryBackend()
    a = KeyStore.for_base_url("https://a.example.com/v1", backend=backend, environ={})
    b = KeyStore.for_base_url("https://b.example.com/v1", backend=backend, environ={})
    a.save(ApiKey(KEY))
    assert a.load().key == ApiKey(KEY)
    assert b.load() == b.load() and b.load().source is KeySource.NONE
    assert backend.data == {("Desktop Chat", "a.example.com"): KEY}


def test_env_override_wins_and_is_never_written() -> None:
    backend = MemoryBackend()
    backend.data[("Desktop Chat", "gw")] = "stored-key-123456"
    store = KeyStore("gw", backend=backend, environ={ENV_VAR: f" {KEY} "})
    loaded = store.load()
    assert loaded.source is KeySource.ENV and loaded.key is not None and loaded.key.reveal() == KEY
    with pytest.raises(KeyFromEnvironment):
        store.save(ApiKey("another-key-98765"))
    with pytest.raises(KeyFromEnvironment):
        store.delete()
    assert backend.data == {("Desktop Chat", "gw"): "stored-key-123456"}
    assert store.key_status() == KeyStatus(KeySource.ENV, variable=ENV_VAR)
    assert KeyFromEnvironment.variable == ENV_VAR == "DESKTOP_CHAT_API_KEY"


def test_env_override_needs_no_keyring_at_all(restore_keyring: None) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    store = KeyStore("gw", environ={ENV_VAR: KEY})
    assert store.load().source is KeySource.ENV


def test_no_backend_reports_unavailable_and_session_only_works(restore_keyring: None) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    store = KeyStore("gw", environ={})
    with pytest.raises(KeyringUnavailable) as info:
        store.load()
    assert type(info.value) is KeyringUnavailable and str(info.value).startswith("KeyringUnavailable")
    assert info.value.detail  # which backend was refused, for the log
    with pytest.raises(KeyringUnavailable):
        store.save(ApiKey(KEY))
    with pytest.raises(KeyringUnavailable):
        store.backend_description()
    store.keep_for_session(ApiKey(KEY))
    loaded = store.load()
    assert loaded == store.load()
    assert loaded.source is KeySource.SESSION and loaded.key == ApiKey(KEY)
    assert store.key_status() == KeyStatus(KeySource.SESSION)
    # a second store sharing the holder (e.g. the welcome dialog and the client) sees it too
    assert KeyStore("gw", environ={}, session=store.session).load().source is KeySource.SESSION


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.null.Keyring(), PlaintextFileLike(), FixedChainer()],
    ids=["null", "keyrings.alt-file", "empty-chainer"],
)
def test_non_stores_count_as_no_password_store(backend) -> None:
    store = KeyStore("gw", backend=backend, environ={})
    with pytest.raises(KeyringUnavailable):
        store.save(ApiKey(KEY))
    if isinstance(backend, MemoryBackend):
        assert backend.data == {}  # nothing went to the plain-file stand-in


def test_chainer_uses_only_real_stores() -> None:
    real, plain = MemoryBackend(), PlaintextFileLike()

    class Chain(FixedChainer):
        backends = [plain, real]  # noqa: RUF012

    assert usable_backend(Chain()) is real
    store = KeyStore("gw", backend=Chain(), environ={})
    store.save(ApiKey(KEY))
    assert plain.data == {} and real.data == {("Desktop Chat", "gw"): KEY}


@pytest.mark.parametrize("backend_cls", [LockedBackend, DismissedBackend])
def test_locked_store_is_reported_as_locked(backend_cls: type[MemoryBackend]) -> None:
    store = KeyStore("gw", backend=backend_cls(), environ={})
    with pytest.raises(KeyringLocked) as info:
        store.load()
    assert type(info.value) is KeyringLocked
    assert info.value.detail  # the technical reason is kept for the log
    assert info.value.detail in str(info.value)


def test_delete_clears_session_and_store_and_tolerates_nothing_stored() -> None:
    backend = MemoryBackend()
    store = KeyStore("gw", backend=backend, environ={})
    store.delete()  # nothing there: no error
    store.save(ApiKey(KEY))
    store.keep_for_session(ApiKey("session-key-5555"))
    assert store.load().source is KeySource.SESSION
    store.delete()
    assert store.load().source is KeySource.NONE and backend.data == {}


def test_saving_to_the_store_ends_session_only_holding() -> None:
    backend = MemoryBackend()
    store = KeyStore("gw", backend=backend, environ={})
    assert store.key_status() == KeyStatus(KeySource.NONE)  # nothing loaded or saved yet
    store.keep_for_session(ApiKey("session-key-5555"))
    assert store.key_status() == KeyStatus(KeySource.SESSION)
    store.save(ApiKey(KEY))
    assert store.load().source is KeySource.KEYRING
    assert store.key_status() == KeyStatus(KeySource.KEYRING, backend=describe_backend(backend))


def test_blocking_keyring_times_out_promptly(blocking_backend: BlockingBackend) -> None:
    store = KeyStore("gw", backend=blocking_backend, environ={}, timeout=0.3)
    started = time.monotonic()
    with pytest.raises(KeyringTimeout) as info:
        store.load()
    assert time.monotonic() - started < 2
    assert blocking_backend.entered.is_set()
    assert type(info.value) is KeyringTimeout and "0.3 s" in info.value.detail


def test_blocking_keyring_times_out_in_asyncio_and_loop_stays_responsive(
    blocking_backend: BlockingBackend,
) -> None:
    store = KeyStore("gw", backend=blocking_backend, environ={}, timeout=0.3)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    async def main() -> float:
        tick_task = asyncio.create_task(ticker())
        started = time.monotonic()
        try:
            with pytest.raises(KeyringTimeout):
                await store.save_async(ApiKey(KEY))
            return time.monotonic() - started
        finally:
            tick_task.cancel()

    elapsed = asyncio.run(main())  # asyncio.run returning at all shows the hung thread doesn't block exit
    assert elapsed < 2
    assert ticks >= 5  # the loop kept running while the keyring hung
    assert blocking_backend.data == {}


def test_async_api_round_trip() -> None:
    backend = MemoryBackend()
    store = KeyStore("gw", backend=backend, environ={})

    async def main() -> None:
        assert (await store.load_async()).source is KeySource.NONE
        await store.save_async(ApiKey(KEY))
        loaded = await store.load_async()
        assert loaded.key == ApiKey(KEY) and loaded.source is KeySource.KEYRING
        assert await store.backend_description_async() == describe_backend(backend)
        await store.delete_async()
        assert (await store.load_async()).key is None

    asyncio.run(main())


def test_keyring_calls_run_off_the_calling_thread() -> None:
    import threading

    seen: list[str] = []

    class Recording(MemoryBackend):
        def get_password(self, service: str, username: str) -> str | None:
            seen.append(threading.current_thread().name)
            return None

    KeyStore("gw", backend=Recording(), environ={}).load()
    assert seen and seen[0] != threading.current_thread().name


def test_descriptions_people_recognise() -> None:
    from keyring.backends import SecretService, Windows, macOS

    assert describe_backend(SecretService.Keyring()) == "Secret Service"
    assert describe_backend(macOS.Keyring()) == "macOS Keychain"
    assert describe_backend(Windows.WinVaultKeyring()) == "Windows Credential Manager"


def test_key_never_in_store_repr_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    backend = MemoryBackend()
    store = KeyStore("gw", backend=backend, environ={})
    key = ApiKey(KEY)
    with caplog.at_level(logging.DEBUG):
        store.save(key)
        loaded = store.load()
        logging.getLogger("test").info("loaded %r from %s: %s", loaded, store, key)
    assert KEY not in caplog.text and KEY not in repr(loaded) and KEY not in repr(store)
    assert KEY not in repr(store.session) and "ApiKey(****)" in caplog.text


def test_damaged_stored_or_env_key_is_a_plain_key_store_error() -> None:
    from desktop_chat.secrets import KeyStoreError

    backend = MemoryBackend()
    backend.data[("Desktop Chat", "gw")] = "two words"
    with pytest.raises(InvalidApiKey) as info:
        KeyStore("gw", backend=backend, environ={}).load()
    assert isinstance(info.value, KeyStoreError) and info.value.flaw is KeyFlaw.DAMAGED_IN_STORE
    assert "two words" not in str(info.value)
    with pytest.raises(InvalidApiKey) as env:
        KeyStore("gw", backend=backend, environ={ENV_VAR: "bad key"}).load()
    assert env.value.flaw is KeyFlaw.BAD_CHARACTERS and "bad key" not in str(env.value)
