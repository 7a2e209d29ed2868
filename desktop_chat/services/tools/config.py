"""mcp.json: which MCP servers to start, read and written in the shape people paste from other apps.

Why: IT departments and people copy server entries from Claude desktop, Cursor or a server's README:
`{"mcpServers": {"NAME": {"command", "args", "env"} | {"url", "headers"}, "disabled", "autoApprove"}}`.
Every entry is read on its own: a bad one gives a typed `ConfigProblem` (file, server, field) and the
others still start. Keys we do not know (Claude desktop's extras, comments) are kept when the file is
written back (`save_config`, atomic). Secret values of `env`/`headers` stay in the keyring: the file
holds `SECRET_PLACEHOLDER` in their place (`secret_store` fills them in, off the UI thread).

Pure: no I/O other than the file named by the caller, no SDK.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_chat.paths import write_text_atomically

SECRET_PLACEHOLDER = "${keyring}"
MAX_FILE_BYTES = 1_000_000  # a hand-written mcp.json is a few kB; anything this big is not one
MAX_SERVERS = 100
MAX_NAME_LENGTH = 100
MAX_ARGS = 500
MAX_VALUE_LENGTH = 32_768
ROOT_KEY = "mcpServers"


class Transport(enum.StrEnum):
    """How the app talks to a server."""

    STDIO = "stdio"  # a local program, JSON-RPC over its stdin/stdout
    HTTP = "streamable-http"  # a remote server's URL (Streamable HTTP)


class ProblemKind(enum.StrEnum):
    """What is wrong with the file or one of its entries."""

    UNREADABLE = "unreadable"  # the file exists but cannot be read
    TOO_LARGE = "too_large"
    NOT_JSON = "not_json"
    NOT_AN_OBJECT = "not_an_object"  # the file, `mcpServers` or one entry is not a JSON object
    WRONG_TYPE = "wrong_type"  # a field of an entry has the wrong type
    MISSING = "missing"  # neither `command` nor `url`
    BOTH = "both"  # `command` and `url`: which one is meant is not ours to guess
    BAD_VALUE = "bad_value"  # an unknown `type`, an empty or too long value, a URL that is not http(s)
    BAD_NAME = "bad_name"  # an empty or too long server name
    TOO_MANY = "too_many"  # more than MAX_SERVERS entries: the rest are ignored


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    """One thing wrong in mcp.json: where (file, server, field) and what (`kind`); `detail` is technical."""

    file: Path
    kind: ProblemKind
    server: str | None = None  # None: the file as a whole
    field: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """One MCP server as configured. `env`/`headers` values named in `secret_env`/`secret_headers` are
    `SECRET_PLACEHOLDER` until `secret_store.resolve_secrets` fills them in from the keyring."""

    name: str
    transport: Transport
    command: str = ""
    args: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    url: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    disabled: bool = False
    auto_approve: frozenset[str] = frozenset()
    secret_env: frozenset[str] = frozenset()
    secret_headers: frozenset[str] = frozenset()

    def __hash__(self) -> int:
        return hash((self.name, self.transport, self.command, self.args, self.url))

    def redacted_repr(self) -> str:
        """For the log: no env or header values at all."""
        return (
            f"ServerConfig(name={self.name!r}, transport={self.transport.value}, command={self.command!r}, "
            f"url={self.url!r}, env_keys={sorted(self.env)}, header_keys={sorted(self.headers)})"
        )

    __repr__ = redacted_repr


@dataclass(frozen=True, slots=True)
class ConfigLoad:
    """What was read: the servers that are usable, in file order, and every problem found."""

    servers: tuple[ServerConfig, ...] = ()
    problems: tuple[ConfigProblem, ...] = ()


class _EntryError(Exception):
    def __init__(self, kind: ProblemKind, field_name: str | None, detail: str = "") -> None:
        super().__init__(kind, field_name, detail)
        self.kind = kind
        self.field_name = field_name
        self.detail = detail


def _text(value: object, field_name: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise _EntryError(ProblemKind.WRONG_TYPE, field_name, f"not a string: {type(value).__name__}")
    if (not allow_empty and not value.strip()) or len(value) > MAX_VALUE_LENGTH or "\x00" in value:
        raise _EntryError(ProblemKind.BAD_VALUE, field_name)
    return value


def _string_map(value: object, field_name: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _EntryError(ProblemKind.WRONG_TYPE, field_name, f"not an object: {type(value).__name__}")
    result: dict[str, str] = {}
    for key, item in value.items():
        if not key or "\x00" in key or ("=" in key and field_name == "env"):
            raise _EntryError(ProblemKind.BAD_VALUE, field_name, f"bad key {key[:40]!r}")
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise _EntryError(ProblemKind.WRONG_TYPE, f"{field_name}.{key}", type(item).__name__)
        result[key] = _text(str(item), f"{field_name}.{key}", allow_empty=True)
    return result


def _string_list(value: object, field_name: str, limit: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _EntryError(ProblemKind.WRONG_TYPE, field_name, f"expected a list, got {type(value).__name__}")
    if len(value) > limit:
        raise _EntryError(ProblemKind.BAD_VALUE, field_name, f"more than {limit} items")
    items: list[str] = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise _EntryError(ProblemKind.WRONG_TYPE, field_name, type(item).__name__)
        items.append(_text(str(item), field_name, allow_empty=True))
    return tuple(items)


def _secret_keys(value: object, field_name: str, known: Mapping[str, str]) -> frozenset[str]:
    """Keys marked secret: our `secretEnv`/`secretHeaders` lists, and any value that is the placeholder."""
    listed = set(_string_list(value, field_name, MAX_ARGS))
    placeholders = {k for k, v in known.items() if v == SECRET_PLACEHOLDER}
    return frozenset({k for k in listed if k in known} | placeholders)


_TYPES = {
    "stdio": Transport.STDIO,
    "streamable-http": Transport.HTTP,
    "streamable_http": Transport.HTTP,
    "streamablehttp": Transport.HTTP,
    "http": Transport.HTTP,
}


def parse_entry(name: str, entry: object) -> ServerConfig:
    """One `mcpServers` entry → ServerConfig; raises _EntryError (caught by `parse_config`)."""
    if not name.strip() or len(name) > MAX_NAME_LENGTH or "\x00" in name:
        raise _EntryError(ProblemKind.BAD_NAME, None)
    if not isinstance(entry, dict):
        raise _EntryError(ProblemKind.NOT_AN_OBJECT, None, type(entry).__name__)
    declared: Transport | None = None
    if "type" in entry or "transport" in entry:
        raw_type = entry.get("type", entry.get("transport"))
        if not isinstance(raw_type, str):
            raise _EntryError(ProblemKind.WRONG_TYPE, "type")
        declared = _TYPES.get(raw_type.strip().lower())
        if declared is None:
            raise _EntryError(ProblemKind.BAD_VALUE, "type", raw_type[:40])
    has_command = entry.get("command") is not None
    has_url = entry.get("url") is not None
    if has_command and has_url:
        raise _EntryError(ProblemKind.BOTH, "command")
    if not has_command and not has_url:
        raise _EntryError(ProblemKind.MISSING, "command")
    transport = Transport.STDIO if has_command else Transport.HTTP
    if declared is not None and declared is not transport:
        raise _EntryError(ProblemKind.BAD_VALUE, "type", f"{declared.value} without its field")
    disabled = entry.get("disabled", False)
    if not isinstance(disabled, bool):
        raise _EntryError(ProblemKind.WRONG_TYPE, "disabled")
    auto_approve = frozenset(_string_list(entry.get("autoApprove"), "autoApprove", MAX_ARGS))
    if transport is Transport.STDIO:
        command = _text(entry["command"], "command")
        args = _string_list(entry.get("args"), "args", MAX_ARGS)
        env = _string_map(entry.get("env"), "env")
        return ServerConfig(
            name=name,
            transport=transport,
            command=command,
            args=args,
            env=env,
            disabled=disabled,
            auto_approve=auto_approve,
            secret_env=_secret_keys(entry.get("secretEnv"), "secretEnv", env),
        )
    url = _text(entry["url"], "url").strip()
    if not url.lower().startswith(("http://", "https://")):
        raise _EntryError(ProblemKind.BAD_VALUE, "url", "not http(s)")
    headers = _string_map(entry.get("headers"), "headers")
    return ServerConfig(
        name=name,
        transport=transport,
        url=url,
        headers=headers,
        disabled=disabled,
        auto_approve=auto_approve,
        secret_headers=_secret_keys(entry.get("secretHeaders"), "secretHeaders", headers),
    )


def parse_config(text: str, file: Path) -> ConfigLoad:
    """The text of an mcp.json → its usable servers and its problems (never raises for bad input)."""
    if len(text) > MAX_FILE_BYTES:
        return ConfigLoad(problems=(ConfigProblem(file, ProblemKind.TOO_LARGE),))
    try:
        data = json.loads(text) if text.strip() else {}
    except (ValueError, RecursionError) as exc:
        return ConfigLoad(problems=(ConfigProblem(file, ProblemKind.NOT_JSON, detail=str(exc)[:200]),))
    if not isinstance(data, dict):
        return ConfigLoad(problems=(ConfigProblem(file, ProblemKind.NOT_AN_OBJECT),))
    entries = data.get(ROOT_KEY, {})
    if not isinstance(entries, dict):
        return ConfigLoad(problems=(ConfigProblem(file, ProblemKind.NOT_AN_OBJECT, field=ROOT_KEY),))
    servers: list[ServerConfig] = []
    problems: list[ConfigProblem] = []
    for index, (name, entry) in enumerate(entries.items()):
        if index >= MAX_SERVERS:
            problems.append(ConfigProblem(file, ProblemKind.TOO_MANY, detail=f"{len(entries)} entries"))
            break
        try:
            servers.append(parse_entry(name, entry))
        except _EntryError as exc:
            problems.append(ConfigProblem(file, exc.kind, server=name[:MAX_NAME_LENGTH], field=exc.field_name,
                                          detail=exc.detail))
    return ConfigLoad(tuple(servers), tuple(problems))


def load_config(path: Path) -> ConfigLoad:
    """Read `path` (usually `paths.config_dir / "mcp.json"`); a missing file is no servers, no problem."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return ConfigLoad()
    except OSError as exc:
        return ConfigLoad(problems=(ConfigProblem(path, ProblemKind.UNREADABLE, detail=type(exc).__name__),))
    if len(raw) > MAX_FILE_BYTES:
        return ConfigLoad(problems=(ConfigProblem(path, ProblemKind.TOO_LARGE),))
    return parse_config(raw.decode("utf-8", errors="replace").lstrip("\ufeff"), path)


_OWN_KEYS = ("command", "args", "env", "url", "headers", "type", "transport", "secretEnv", "secretHeaders")


def entry_for(config: ServerConfig, previous: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The JSON entry for `config`, over `previous` (its unknown keys kept). Secret values are written as
    the placeholder: their real values belong to the keyring."""
    entry: dict[str, Any] = dict(previous or {})
    for key in _OWN_KEYS:
        entry.pop(key, None)
    if config.transport is Transport.STDIO:
        entry["command"] = config.command
        entry["args"] = list(config.args)
        if config.env:
            entry["env"] = {
                k: SECRET_PLACEHOLDER if k in config.secret_env else v for k, v in config.env.items()
            }
        if config.secret_env:
            entry["secretEnv"] = sorted(config.secret_env)
    else:
        entry["type"] = Transport.HTTP.value
        entry["url"] = config.url
        if config.headers:
            entry["headers"] = {
                k: SECRET_PLACEHOLDER if k in config.secret_headers else v for k, v in config.headers.items()
            }
        if config.secret_headers:
            entry["secretHeaders"] = sorted(config.secret_headers)
    entry["disabled"] = config.disabled
    if config.auto_approve or "autoApprove" in entry:
        entry["autoApprove"] = sorted(config.auto_approve)
    return entry


def render_config(servers: tuple[ServerConfig, ...] | list[ServerConfig], previous_text: str = "") -> str:
    """The whole file for `servers`, keeping the previous file's unknown top-level keys and each kept
    server's unknown keys (a server not in `servers` is removed)."""
    try:
        previous = json.loads(previous_text) if previous_text.strip() else {}
    except ValueError:
        previous = {}
    if not isinstance(previous, dict):
        previous = {}
    old_entries = previous.get(ROOT_KEY)
    if not isinstance(old_entries, dict):
        old_entries = {}
    data = dict(previous)
    entries: dict[str, Any] = {}
    for config in servers:
        old = old_entries.get(config.name)
        entries[config.name] = entry_for(config, old if isinstance(old, dict) else None)
    data[ROOT_KEY] = entries
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def save_config(path: Path, servers: tuple[ServerConfig, ...] | list[ServerConfig]) -> None:
    """Write `servers` to `path` atomically, keeping what we do not understand of the file there."""
    try:
        previous_text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        previous_text = ""
    write_text_atomically(path, render_config(servers, previous_text))
