"""A key belongs to the gateway host it was given for: it must never reach another host.

Two simulators on 127.0.0.1 with different ports are two hosts (the keyring account includes the
port). Each test sees which requests carried the key (the simulator records headers).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from _services_harness import FAST_RETRY, KEY

from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.paths import app_paths
from desktop_chat.secrets import ApiKey, KeySource, KeyStore, KeyStoreError, SessionKeyHolder
from desktop_chat.services.session import MissingKey, Session
from desktop_chat.settings import AppSettings


def make_session(store, tmp_path) -> Session:
    paths = app_paths({"DESKTOP_CHAT_HOME": str(tmp_path / "home")}).ensure()
    return Session(paths, AppSettings(), store, environ={}, keyring_timeout=3, retry=FAST_RETRY)


def keys_seen(server: SimulatorServer) -> list[str]:
    return [r.headers.get("authorization", "") for r in server.requests]


def test_a_session_key_is_kept_per_host() -> None:
    holder = SessionKeyHolder()
    KeyStore("a.example", environ={}, session=holder).keep_for_session(ApiKey(KEY))
    other = KeyStore("b.example", environ={}, session=holder, backend=_NoStore())
    assert other.load().key is None
    assert KeyStore("a.example", environ={}, session=holder).load().key == ApiKey(KEY)


def test_testing_a_new_address_without_a_new_key_does_not_send_the_old_key(store, tmp_path, sim) -> None:
    session = make_session(store, tmp_path)
    with SimulatorServer(default_tps=0) as other:

        async def main():
            await session.set_key(sim.base_url, KEY, session_only=True)
            try:
                return await session.test_connection(other.base_url, "")
            finally:
                await session.aclose()

        with pytest.raises(MissingKey):  # no key for that host: refused, nothing sent
            asyncio.run(asyncio.wait_for(main(), 20))
        assert not any(KEY in seen for seen in keys_seen(other))
        assert other.simulator.records == []


def test_changing_the_address_drops_the_old_hosts_key(store, tmp_path, sim) -> None:
    session = make_session(store, tmp_path)
    with SimulatorServer(default_tps=0) as other:

        async def main():
            await session.set_key(sim.base_url, KEY, session_only=True)
            session.update_settings(replace(session.settings, base_url=other.base_url))
            # the key for the new host is not loaded yet (or the keyring is locked): nothing may go
            try:
                session.chat_client()
            except MissingKey:
                pass
            try:
                source = await session.load_key()
            except KeyStoreError:  # no password store in this test: as good as "no key"
                source = KeySource.NONE
            await session.aclose()
            return source

        assert asyncio.run(asyncio.wait_for(main(), 20)) is KeySource.NONE
        assert session.key is None
        assert not any(KEY in seen for seen in keys_seen(other))


class _NoStore:
    """A keyring backend that holds nothing (module path is not a rejected one)."""

    priority = 1

    def get_password(self, service: str, account: str) -> None:
        return None
