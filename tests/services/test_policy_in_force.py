"""The system policy in force in the Session and the services: the `user` id on the wire of every
request, the allowed models (list, default, refusal to send), settings the person cannot change,
export/import refused, the organisation's MCP servers. Real simulator on 127.0.0.1, real SQLite."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from _services_harness import FAST_RETRY, KEY

from desktop_chat.domain import Refusal
from desktop_chat.paths import AppPaths, app_paths
from desktop_chat.policy import POLICY_FILE_ENV, Policy, PolicyKey, load_policy
from desktop_chat.services.files import FilesService
from desktop_chat.services.models import ModelSource
from desktop_chat.services.refusals import Forbidden, NotAllowed
from desktop_chat.services.session import Session
from desktop_chat.services.tools.config import ServerConfig, Transport, save_config
from desktop_chat.services.tools_service import ToolsService
from desktop_chat.settings import AppSettings, load_settings


def home(tmp_path: Path) -> AppPaths:
    return app_paths({"DESKTOP_CHAT_HOME": str(tmp_path / "home")}).ensure()


def policy_from(tmp_path: Path, data: dict[str, object]) -> Policy:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_policy(home(tmp_path), {POLICY_FILE_ENV: str(path)})
    assert loaded.problems == ()
    return loaded.policy


def make_session(store, tmp_path: Path, policy: Policy, settings: AppSettings | None = None) -> Session:
    return Session(home(tmp_path), settings or AppSettings(), store, environ={}, keyring_timeout=3,
                   retry=FAST_RETRY, policy=policy)


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 30))


def test_the_user_id_is_on_the_wire_of_every_request(store, tmp_path, sim, monkeypatch) -> None:
    monkeypatch.setenv("LOGNAME", "ada")
    policy = policy_from(tmp_path, {"user": "${username}@example.com", "base_url": sim.base_url})
    session = make_session(store, tmp_path, policy)
    cid = store.create_conversation(model="gemini-2.5-flash").id

    async def main() -> None:
        try:
            await session.set_key(sim.base_url, KEY, session_only=True)
            await session.refresh_models()
            await session.test_connection(sim.base_url, "")
            store.save_draft(cid, "Hello")
            await session.chat.send(cid, "Hello", lambda _event: None)
            await session.titles.wait()  # the title request of the chat's first answer
        finally:
            await session.aclose()

    run(main())
    posts = [r for r in sim.simulator.records if r.method == "POST"]
    assert len(posts) >= 2  # the chat and its title
    assert all(r.payload is not None and r.payload.get("user") == "ada@example.com" for r in posts)
    assert any(r.path.endswith("/models") for r in sim.simulator.records)  # a GET: no body to carry it


def test_without_a_policy_no_user_is_sent(store, tmp_path, sim) -> None:
    session = make_session(store, tmp_path, Policy())
    cid = store.create_conversation(model="gemini-2.5-flash").id

    async def main() -> None:
        try:
            await session.set_key(sim.base_url, KEY, session_only=True)
            await session.chat.send(cid, "Hello", lambda _event: None)
        finally:
            await session.aclose()

    run(main())
    posts = [r for r in sim.simulator.records if r.method == "POST"]
    assert posts and all("user" not in (r.payload or {}) for r in posts)


def test_allowed_models_filter_the_list_set_the_default_and_refuse_others(store, tmp_path, sim) -> None:
    policy = policy_from(tmp_path, {"allowed_models": ["gemini-2.5-pro", "gemini-2.5-flash-lite"],
                                    "default_model": "gemini-2.5-pro"})
    session = make_session(store, tmp_path, policy,
                           AppSettings(default_model="gpt-4o", summary_model="gpt-4o"))
    assert session.settings.default_model == "gemini-2.5-pro" and session.locked("default_model")
    # the standard list, filtered
    assert set(session.models.models) <= {"gemini-2.5-pro", "gemini-2.5-flash-lite"}
    allowed = store.create_conversation(model="gemini-2.5-pro").id
    forbidden = store.create_conversation(model="gemini-2.5-flash").id

    async def main():
        try:
            await session.set_key(sim.base_url, KEY, session_only=True)
            choice = await session.refresh_models()
            with pytest.raises(NotAllowed) as refused:
                await session.chat.send(forbidden, "Hello", lambda _event: None)
            sent = await session.chat.send(allowed, "Hello", lambda _event: None)
            return choice, refused.value, sent
        finally:
            await session.aclose()

    choice, refused, sent = run(main())
    assert choice.source is ModelSource.GATEWAY
    assert choice.models and set(choice.models) <= {"gemini-2.5-pro", "gemini-2.5-flash-lite"}
    assert refused.refusal is Refusal.NOT_ALLOWED and refused.what is Forbidden.MODEL
    assert store.branch(forbidden) == []  # nothing saved for the refused chat
    assert sent is not None
    posts = [r for r in sim.simulator.records if r.method == "POST"]
    assert {r.payload["model"] for r in posts if r.payload} <= {"gemini-2.5-pro", "gemini-2.5-flash-lite"}
    assert session.default_model() == "gemini-2.5-pro"
    assert session.summary_model("gemini-2.5-pro") == "gemini-2.5-pro"  # gpt-4o is not allowed


def test_a_locked_setting_stays_the_policys_and_is_never_saved_as_the_persons(store, tmp_path) -> None:
    policy = policy_from(tmp_path, {"base_url": "https://llm.example.com/v1", "backups_kept": 30,
                                    "defaults_only": ["backups_kept"]})
    session = make_session(store, tmp_path, policy, AppSettings(base_url="https://mine.example/v1"))
    assert session.settings.base_url == "https://llm.example.com/v1" and session.base_url.startswith(
        "https://llm.example.com")
    assert session.locked("base_url") and not session.locked("backups_kept") and not session.locked("theme")
    assert session.settings.backups_kept == 30  # the person never chose: the policy's default
    from dataclasses import replace

    session.update_settings(replace(session.settings, base_url="https://elsewhere.example/v1", font_size=15))
    assert session.settings.base_url == "https://llm.example.com/v1" and session.settings.font_size == 15
    saved = load_settings(session.paths)
    assert saved.base_url == "https://mine.example/v1"  # the person's own, not the organisation's
    assert saved.backups_kept == AppSettings().backups_kept and saved.font_size == 15
    session.update_settings(replace(session.settings, backups_kept=4))  # a default may be changed
    assert session.settings.backups_kept == 4 and load_settings(session.paths).backups_kept == 4


def test_export_and_import_are_refused_when_not_allowed(store, tmp_path) -> None:
    policy = policy_from(tmp_path, {"allow_export": False, "allow_import": False})
    service = FilesService(store.path, policy=policy)
    cid = store.create_conversation(model="gemini-2.5-flash").id
    archive = tmp_path / "all.json"
    for attempt, what in ((service.export_all(archive), Forbidden.EXPORT),
                          (service.export_chat(cid, tmp_path / "one.md"), Forbidden.EXPORT),
                          (service.import_file(tmp_path / "conversations.json"), Forbidden.IMPORT)):
        with pytest.raises(NotAllowed) as refused:
            run(attempt)
        assert refused.value.what is what and refused.value.refusal is Refusal.NOT_ALLOWED
    assert not archive.exists() and not (tmp_path / "one.md").exists()
    allowed = FilesService(store.path, policy=policy_from(tmp_path, {"allow_export": True}))
    assert run(allowed.export_chat(cid, tmp_path / "one.md")).exists()


class FakeHost:
    def __init__(self) -> None:
        self.started: list[tuple[ServerConfig, ...]] = []

    def start(self, configs: tuple[ServerConfig, ...]) -> None:
        self.started.append(configs)

    def statuses(self) -> tuple[()]:
        return ()

    async def aclose(self) -> None:
        return None


def test_the_organisations_mcp_servers_run_beside_the_persons(tmp_path) -> None:
    mcp = tmp_path / "mcp.json"
    mine = ServerConfig("notes", Transport.STDIO, command="notes-server")
    clash = ServerConfig("wiki", Transport.STDIO, command="my-own-wiki")
    save_config(mcp, (mine, clash))
    policy = policy_from(tmp_path, {"mcp_servers": {"wiki": {"url": "https://wiki.example.com/mcp"}}})
    host = FakeHost()
    service = ToolsService(mcp, host_factory=lambda _on: host, policy=policy)  # type: ignore[arg-type,return-value]
    service.start()
    names = [(c.name, c.transport) for c in service.configs()]
    assert names == [("wiki", Transport.HTTP), ("notes", Transport.STDIO)]  # the organisation's wins the name
    assert service.is_organisations("wiki") and not service.is_organisations("notes")
    # the person saves their list (the organisation's included, edited): mcp.json keeps only theirs
    edited = (ServerConfig("wiki", Transport.STDIO, command="hijack"), mine)
    service.save(edited)
    saved = json.loads(mcp.read_text(encoding="utf-8"))["mcpServers"]
    assert list(saved) == ["notes"]
    assert [c.url for c in service.configs() if c.name == "wiki"] == ["https://wiki.example.com/mcp"]


def test_own_mcp_servers_not_started_when_not_allowed(tmp_path) -> None:
    mcp = tmp_path / "mcp.json"
    save_config(mcp, (ServerConfig("notes", Transport.STDIO, command="notes-server"),))
    policy = policy_from(tmp_path, {"allow_own_mcp_servers": False,
                                    "mcp_servers": {"wiki": {"url": "https://wiki.example.com/mcp"}}})
    host = FakeHost()
    service = ToolsService(mcp, host_factory=lambda _on: host, policy=policy)  # type: ignore[arg-type,return-value]
    service.start()
    assert [c.name for c in service.configs()] == ["wiki"] and [c.name for c in host.started[-1]] == ["wiki"]
    assert not service.own_servers_allowed
    with pytest.raises(NotAllowed) as refused:
        service.save((ServerConfig("mine", Transport.STDIO, command="x"),))
    assert refused.value.what is Forbidden.OWN_MCP_SERVERS
    assert "notes" in mcp.read_text(encoding="utf-8")  # the person's file is left as it was
    assert Policy(allow_own_mcp_servers=False).locks(PolicyKey.ALLOW_OWN_MCP_SERVERS)
