"""The model list's offline cache and the Session's key/address rules (no Qt)."""

from __future__ import annotations

import asyncio
import json
import socket

from desktop_chat.api import SEED_MODELS, ConnectionFailed, GatewayConfig
from desktop_chat.paths import app_paths
from desktop_chat.secrets import KeySource
from desktop_chat.services.models import ModelSource, fetch_models, offline_choice, read_cache, write_cache
from desktop_chat.services.session import KeyHint, KeyHintKind, Session
from desktop_chat.settings import AppSettings


def dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1"


async def _fetch(base_url: str, cache):
    from desktop_chat.api import GatewayClient

    async with GatewayClient(GatewayConfig(base_url, "sk-test-models-1234", connect_timeout=2)) as client:
        return await fetch_models(client, cache)


def test_models_cached_and_used_offline(sim, tmp_path):
    cache = tmp_path / "models.json"
    before = offline_choice(cache)  # nothing cached yet: the seed's list, nothing asked
    assert before.models == SEED_MODELS and before.source is ModelSource.STANDARD and before.error is None
    fresh = asyncio.run(_fetch(sim.base_url, cache))
    assert not fresh.from_cache and fresh.source is ModelSource.GATEWAY and "gemini-2.5-flash" in fresh.models
    assert fresh.error is None
    cached = read_cache(cache)
    assert cached is not None and cached[0] == fresh.models and cached[1] > 0
    offline = asyncio.run(_fetch(dead_url(), cache))
    assert offline.from_cache and offline.models == fresh.models
    assert offline.source is ModelSource.SAVED and offline.saved_at == cached[1]
    assert isinstance(offline.error, ConnectionFailed)  # why the saved list is shown
    again = offline_choice(cache)
    assert again.models == fresh.models and again.source is ModelSource.SAVED and again.error is None


def test_a_cache_without_a_date_says_so(tmp_path):
    cache = tmp_path / "models.json"
    write_cache(cache, ("model-a",), now=0)
    offline = asyncio.run(_fetch(dead_url(), cache))
    assert offline.source is ModelSource.SAVED and offline.saved_at is None and offline.models == ("model-a",)


def test_no_cache_and_no_gateway_gives_seed_list(tmp_path):
    choice = asyncio.run(_fetch(dead_url(), tmp_path / "models.json"))
    assert choice.models == SEED_MODELS and choice.from_cache and choice.error is not None
    assert choice.source is ModelSource.STANDARD and choice.saved_at is None


def test_damaged_cache_is_ignored(tmp_path):
    cache = tmp_path / "models.json"
    cache.write_text("{not json", encoding="utf-8")
    assert read_cache(cache) is None
    assert offline_choice(cache).models == SEED_MODELS


def make_session(store, tmp_path, environ):
    paths = app_paths({"DESKTOP_CHAT_HOME": str(tmp_path / "home")}).ensure()
    return Session(paths, AppSettings(), store, environ=environ, keyring_timeout=3)


def test_env_key_and_address_skip_welcome_and_are_never_stored(store, tmp_path, sim):
    key = "sk-from-env-0123456789"
    session = make_session(store, tmp_path, {"DESKTOP_CHAT_API_KEY": key,
                                             "DESKTOP_CHAT_BASE_URL": sim.base_url})
    assert session.can_skip_welcome() and session.base_url == sim.base_url
    assert asyncio.run(session.load_key()) is KeySource.ENV
    assert session.key is not None and session.key.reveal() == key
    assert session.key_hint() == KeyHint(KeyHintKind.FROM_ENVIRONMENT, "DESKTOP_CHAT_API_KEY")
    assert key in session.secrets()
    session.update_settings(session.settings)
    assert key not in session.paths.settings_file.read_text(encoding="utf-8")


def test_only_one_override_still_needs_welcome(store, tmp_path, sim):
    assert not make_session(store, tmp_path, {"DESKTOP_CHAT_BASE_URL": sim.base_url}).can_skip_welcome()
    assert not make_session(store, tmp_path, {"DESKTOP_CHAT_API_KEY": "sk-x-123456"}).can_skip_welcome()


def test_session_only_key_is_kept_in_memory_only(store, tmp_path, sim):
    session = make_session(store, tmp_path, {})
    key = "sk-session-only-0123456789"
    asyncio.run(session.set_key(sim.base_url + "/chat/completions", key, session_only=True))
    assert session.key_source is KeySource.SESSION and session.key.reveal() == key
    saved = json.loads(session.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["base_url"] == sim.base_url and saved["session_only_key"] is True
    assert key not in session.paths.settings_file.read_text(encoding="utf-8")
    assert session.key_hint() == KeyHint(KeyHintKind.SHOWN, "sk-…6789")


def test_key_hint_never_shows_a_short_key_and_names_the_demo_and_no_key(store, tmp_path, sim):
    session = make_session(store, tmp_path, {})
    assert session.key_hint() == KeyHint(KeyHintKind.NOT_SET)
    asyncio.run(session.set_key(sim.base_url, "sk-short", session_only=True))
    assert session.key_hint() == KeyHint(KeyHintKind.SET)
    try:
        session.start_demo()
        assert session.key_hint() == KeyHint(KeyHintKind.DEMO)
    finally:
        asyncio.run(session.aclose())


def test_demo_talks_to_the_built_in_simulator(store, tmp_path):
    session = make_session(store, tmp_path, {})

    async def go():
        try:
            url = session.start_demo()
            assert url.startswith("http://127.0.0.1:") and session.base_url == url and session.has_gateway()
            return await session.refresh_models()
        finally:
            await session.aclose()

    choice = asyncio.run(go())
    assert not choice.from_cache and choice.models
