"""The Session's gateway rules: testing the key in use, gateways without /models, the proxy from
settings, and never sending without a key. Real sockets on 127.0.0.1, a real SQLite file."""

from __future__ import annotations

import asyncio

import pytest
from _services_harness import FAST_RETRY, KEY
from _tiny_servers import GOOD_KEY, ForwardingProxy, NoModelsGateway

from desktop_chat.api import AuthenticationFailed, NotAGateway
from desktop_chat.domain import Refusal
from desktop_chat.paths import app_paths
from desktop_chat.services.chat import NothingToDo
from desktop_chat.services.models import ModelSource
from desktop_chat.services.session import MissingKey, Session
from desktop_chat.settings import AppSettings


def make_session(store, tmp_path, *, environ=None, settings=None) -> Session:
    paths = app_paths({"DESKTOP_CHAT_HOME": str(tmp_path / "home")}).ensure()
    return Session(paths, settings or AppSettings(), store, environ=environ or {}, keyring_timeout=3,
                   retry=FAST_RETRY)


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 20))


def test_test_without_new_key_uses_the_key_in_use(store, tmp_path, sim):
    session = make_session(store, tmp_path)

    async def main():
        await session.set_key(sim.base_url, KEY, session_only=True)
        try:
            return await session.test_connection(sim.base_url, "")
        finally:
            await session.aclose()

    result = run(main())
    assert result.error is None and result.from_gateway


def test_test_with_no_key_at_all_sends_nothing(store, tmp_path, sim):
    session = make_session(store, tmp_path)

    async def main():
        try:
            return await session.test_connection(sim.base_url, "  ")
        finally:
            await session.aclose()

    with pytest.raises(MissingKey) as refused:
        run(main())
    assert refused.value.refusal is Refusal.NO_KEY
    assert sim.simulator.records == []


def test_gateway_without_models_endpoint_is_accepted_with_a_good_key_only(store, tmp_path):
    with NoModelsGateway() as gateway:
        session = make_session(store, tmp_path)

        async def main():
            try:
                good = await session.test_connection(gateway.base_url, GOOD_KEY)
                bad = await session.test_connection(gateway.base_url, "sk-wrong-key-0000000000")
                wrong_place = await session.test_connection(f"{gateway.origin}/elsewhere/v1", GOOD_KEY)
                await session.set_key(gateway.base_url, GOOD_KEY, session_only=True)
                choice = await session.refresh_models()
                return good, bad, wrong_place, choice
            finally:
                await session.aclose()

        good, bad, wrong_place, choice = run(main())
    assert good.error is None and not good.from_gateway and good.models  # the standard list
    assert isinstance(bad.error, AuthenticationFailed)
    assert isinstance(wrong_place.error, NotAGateway)
    assert choice.error is None and choice.source is ModelSource.GATEWAY_LISTS_NONE and choice.from_cache
    assert gateway.requests[:2] == ["GET /v1/models", "POST /v1/chat/completions"]


def test_a_wrong_key_is_still_refused_by_a_normal_gateway(store, tmp_path, sim):
    session = make_session(store, tmp_path)

    async def main():
        try:
            return await session.test_connection(sim.base_url, "sk-bad")
        finally:
            await session.aclose()

    assert isinstance(run(main()).error, AuthenticationFailed)


def test_proxy_from_settings_carries_the_requests(store, tmp_path, sim):
    with ForwardingProxy() as proxy:
        settings = AppSettings(proxy=proxy.origin)
        environ = {"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": KEY}
        session = make_session(store, tmp_path, environ=environ, settings=settings)
        conversation = store.create_conversation(model="gemini-2.5-flash")

        async def main():
            try:
                await session.load_key()
                choice = await session.refresh_models()
                answer = await session.chat.send(conversation.id, "Through the proxy?", lambda _e: None)
                return choice, answer
            finally:
                await session.aclose()

        choice, answer = run(main())
    assert choice.error is None and not choice.from_cache
    assert answer is not None and answer.content
    assert f"GET {sim.base_url}/models" in proxy.requests
    assert f"POST {sim.base_url}/chat/completions" in proxy.requests


def test_no_key_means_nothing_is_sent_or_saved(store, tmp_path, sim):
    session = make_session(store, tmp_path, environ={"DESKTOP_CHAT_BASE_URL": sim.base_url})
    conversation = store.create_conversation(model="gemini-2.5-flash")
    assert not session.has_gateway()
    with pytest.raises(MissingKey) as caught:
        run(session.chat.send(conversation.id, "Hello?", lambda _e: None))
    assert isinstance(caught.value, NothingToDo) and caught.value.refusal is Refusal.NO_KEY
    assert store.branch(conversation.id) == []
    run(session.refresh_models())  # does not ask the gateway either
    assert sim.simulator.records == []
    run(session.aclose())
