"""mcp.json: the shapes people paste, bad entries beside good ones, hostile files, write-back, secrets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_chat.services.tools.config import (
    MAX_FILE_BYTES,
    SECRET_PLACEHOLDER,
    ProblemKind,
    ServerConfig,
    Transport,
    load_config,
    parse_config,
    render_config,
    save_config,
)
from desktop_chat.services.tools.secret_store import McpSecretStore, SecretPlace, account_for
from tests.core.keyring_doubles import BlockingBackend, MemoryBackend

F = Path("mcp.json")

CLAUDE_DESKTOP = {
    "mcpServers": {
        "time": {"command": "uvx", "args": ["mcp-server-time", "--local-timezone=Europe/Paris"]},
        "github": {
            "command": "npx",
            "args": ["-y", "@modelcontextprotocol/server-github"],
            "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_x"},
            "disabled": True,
            "autoApprove": ["search"],
        },
        "tickets": {
            "type": "streamable-http",
            "url": "https://mcp.example.com/mcp",
            "headers": {"Authorization": "Bearer abc"},
            "timeout": 60,
            "alwaysAllow": [],
        },
        "docs": {"type": "http", "url": "http://127.0.0.1:9000/mcp"},
        "local": {"type": "stdio", "command": "/opt/srv", "args": [], "env": {"PORT": 8080}},
    },
    "globalShortcut": "Ctrl+Space",
}


def test_the_shapes_people_paste() -> None:
    load = parse_config(json.dumps(CLAUDE_DESKTOP), F)
    assert load.problems == ()
    by = {s.name: s for s in load.servers}
    assert [s.name for s in load.servers] == ["time", "github", "tickets", "docs", "local"]
    assert by["time"].transport is Transport.STDIO and by["time"].args == (
        "mcp-server-time",
        "--local-timezone=Europe/Paris",
    )
    assert by["github"].disabled and by["github"].auto_approve == frozenset({"search"})
    assert by["github"].env == {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_x"}
    assert by["tickets"].transport is Transport.HTTP and by["tickets"].headers == {
        "Authorization": "Bearer abc"
    }
    assert by["docs"].transport is Transport.HTTP
    assert by["local"].env == {"PORT": "8080"}
    assert "ghp_x" not in repr(by["github"]) and "abc" not in repr(by["tickets"])


@pytest.mark.parametrize(
    ("entry", "kind", "field"),
    [
        ("not an object", ProblemKind.NOT_AN_OBJECT, None),
        ({}, ProblemKind.MISSING, "command"),
        ({"command": "a", "url": "http://x"}, ProblemKind.BOTH, "command"),
        ({"command": 5}, ProblemKind.WRONG_TYPE, "command"),
        ({"command": ""}, ProblemKind.BAD_VALUE, "command"),
        ({"command": "a", "args": "--flag"}, ProblemKind.WRONG_TYPE, "args"),
        ({"command": "a", "args": [{"x": 1}]}, ProblemKind.WRONG_TYPE, "args"),
        ({"command": "a", "env": ["A=1"]}, ProblemKind.WRONG_TYPE, "env"),
        ({"command": "a", "env": {"A": None}}, ProblemKind.WRONG_TYPE, "env.A"),
        ({"command": "a", "disabled": "no"}, ProblemKind.WRONG_TYPE, "disabled"),
        ({"command": "a", "type": "sse"}, ProblemKind.BAD_VALUE, "type"),
        ({"command": "a", "type": "http"}, ProblemKind.BAD_VALUE, "type"),
        ({"url": "file:///etc/passwd"}, ProblemKind.BAD_VALUE, "url"),
        ({"url": "https://x", "headers": "Authorization: x"}, ProblemKind.WRONG_TYPE, "headers"),
        ({"command": "a", "autoApprove": "all"}, ProblemKind.WRONG_TYPE, "autoApprove"),
        ({"command": "a\x00b"}, ProblemKind.BAD_VALUE, "command"),
    ],
)
def test_a_bad_entry_is_a_typed_problem_and_the_others_still_load(
    entry: object, kind: ProblemKind, field: str | None
) -> None:
    text = json.dumps(
        {"mcpServers": {"good": {"command": "ok"}, "bad": entry, "also-good": {"url": "https://y"}}}
    )
    load = parse_config(text, F)
    assert [s.name for s in load.servers] == ["good", "also-good"]
    (problem,) = load.problems
    assert (problem.file, problem.server, problem.kind, problem.field) == (F, "bad", kind, field)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("{not json", ProblemKind.NOT_JSON),
        ("[1, 2]", ProblemKind.NOT_AN_OBJECT),
        ('"mcpServers"', ProblemKind.NOT_AN_OBJECT),
        ('{"mcpServers": []}', ProblemKind.NOT_AN_OBJECT),
        ("[" * 100_000 + "]" * 100_000, ProblemKind.NOT_JSON),
        (" " * (MAX_FILE_BYTES + 1), ProblemKind.TOO_LARGE),
    ],
)
def test_hostile_files_give_one_problem_and_no_server(text: str, kind: ProblemKind) -> None:
    load = parse_config(text, F)
    assert load.servers == ()
    assert [p.kind for p in load.problems] == [kind]


def test_too_many_servers_and_odd_names() -> None:
    entries = {f"s{i}": {"command": "x"} for i in range(150)}
    entries[""] = {"command": "x"}
    load = parse_config(json.dumps({"mcpServers": entries}), F)
    assert len(load.servers) == 100
    assert ProblemKind.TOO_MANY in {p.kind for p in load.problems}


def test_missing_empty_and_unreadable_files(tmp_path: Path) -> None:
    assert load_config(tmp_path / "none.json").servers == ()
    assert load_config(tmp_path / "none.json").problems == ()
    empty = tmp_path / "empty.json"
    empty.write_text("")
    assert load_config(empty).problems == ()
    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert [p.kind for p in load_config(folder).problems] == [ProblemKind.UNREADABLE]
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"mcpServers": {"a": {"command": "x"}}}).encode())
    assert [s.name for s in load_config(bom).servers] == ["a"]


def test_writing_back_keeps_unknown_keys_and_removes_what_was_removed(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    path = tmp_path / "config" / "mcp.json"
    path.write_text(json.dumps(CLAUDE_DESKTOP))
    servers = list(load_config(path).servers)
    by = {s.name: s for s in servers}
    edited = [
        ServerConfig(
            "tickets",
            Transport.HTTP,
            url="https://mcp.example.com/v2",
            headers=by["tickets"].headers,
            auto_approve=frozenset({"list"}),
        ),
        by["time"],
        ServerConfig("new", Transport.STDIO, command="srv", args=("--x",)),
    ]
    save_config(path, edited)
    data = json.loads(path.read_text())
    assert data["globalShortcut"] == "Ctrl+Space"
    assert list(data["mcpServers"]) == ["tickets", "time", "new"]
    assert data["mcpServers"]["tickets"]["timeout"] == 60  # Claude desktop's own key kept
    assert data["mcpServers"]["tickets"]["url"] == "https://mcp.example.com/v2"
    assert data["mcpServers"]["tickets"]["autoApprove"] == ["list"]
    reloaded = load_config(path)
    assert reloaded.problems == ()
    assert [s.name for s in reloaded.servers] == ["tickets", "time", "new"]
    assert {s.name: s for s in reloaded.servers}["time"] == by["time"]
    assert [p.name for p in path.parent.iterdir()] == ["mcp.json"]  # no temp file left


def test_render_over_a_broken_file_starts_afresh() -> None:
    text = render_config([ServerConfig("a", Transport.STDIO, command="x")], "{broken")
    assert json.loads(text) == {"mcpServers": {"a": {"command": "x", "args": [], "disabled": False}}}


def test_secrets_go_to_the_keyring_and_the_file_holds_the_placeholder(tmp_path: Path) -> None:
    backend = MemoryBackend()
    store = McpSecretStore(backend=backend, timeout=5)
    config = ServerConfig(
        "tickets",
        Transport.HTTP,
        url="https://t.example/mcp",
        headers={"Authorization": "Bearer top secret", "X-Team": "ops"},
        secret_headers=frozenset({"Authorization"}),
    )
    stdio = ServerConfig(
        "gh",
        Transport.STDIO,
        command="srv",
        env={"TOKEN": "ghp_1234", "MODE": "ro"},
        secret_env=frozenset({"TOKEN"}),
    )
    stored = [store.store_secrets(config), store.store_secrets(stdio)]
    path = tmp_path / "mcp.json"
    save_config(path, stored)
    text = path.read_text()
    assert "top secret" not in text and "ghp_1234" not in text
    assert text.count(SECRET_PLACEHOLDER) == 2
    assert backend.data[("Desktop Chat", account_for("tickets", SecretPlace.HEADER, "Authorization"))] == (
        "Bearer top secret"
    )
    loaded = {s.name: s for s in load_config(path).servers}
    assert loaded["tickets"].secret_headers == frozenset({"Authorization"})
    assert loaded["gh"].secret_env == frozenset({"TOKEN"})
    resolved, missing = store.resolve_secrets(loaded["tickets"])
    assert missing == ()
    assert resolved.headers == {"Authorization": "Bearer top secret", "X-Team": "ops"}
    resolved_env, _ = store.resolve_secrets(loaded["gh"])
    assert resolved_env.env == {"TOKEN": "ghp_1234", "MODE": "ro"}
    store.delete("gh", SecretPlace.ENV, "TOKEN")
    store.delete("gh", SecretPlace.ENV, "TOKEN")  # already gone: fine
    gone, missing = store.resolve_secrets(loaded["gh"])
    assert gone.env == {"MODE": "ro"}
    assert [(m.server, m.place, m.key) for m in missing] == [("gh", SecretPlace.ENV, "TOKEN")]


def test_a_stuck_keyring_times_out() -> None:
    from desktop_chat.secrets import KeyringTimeout

    blocking_backend = BlockingBackend()
    store = McpSecretStore(backend=blocking_backend, timeout=0.2)
    with pytest.raises(KeyringTimeout):
        store.get("a", SecretPlace.ENV, "K")
    config = ServerConfig("a", Transport.STDIO, command="x", env={"K": SECRET_PLACEHOLDER})
    resolved, missing = store.resolve_secrets(config)
    assert resolved.env == {} and len(missing) == 1
    blocking_backend.release.set()
