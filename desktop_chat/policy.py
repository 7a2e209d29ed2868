"""The system policy IT sets and the person cannot override: read at start, never written.

Why a layer of its own: an organisation installs the app for hundreds of people and decides some
things for all of them — the gateway, the models, the `user` identifier the gateway bills and
monitors by, whether chats may leave the machine. Those decisions live outside the person's reach
(a root-owned file, the Windows registry under Policies, a macOS configuration profile) and are
read here into one typed, frozen `Policy`. `apply_policy` turns the person's settings into the
settings in force; the services ask `Policy` what is allowed; the UI greys out what `locks()`.

Where (the first that exists; `DESKTOP_CHAT_POLICY_FILE` replaces all of them, for tests and pilots):
- Linux: `/etc/desktop-chat/policy.json`
- Windows: `%ProgramData%\\DesktopChat\\policy.json`, then the registry key
  `HKLM\\Software\\Policies\\DesktopChat` (its values win over the file's, key by key): REG_SZ holds
  a plain string for text keys and JSON for the others ("true", "[\\"a\\", \\"b\\"]", "{...}");
  REG_DWORD a boolean (0/1) or a whole number; REG_MULTI_SZ a list of strings.
- macOS: `/Library/Application Support/DesktopChat/policy.json`, then the managed preferences of
  `BUNDLE_ID` (`/Library/Managed Preferences/<bundle id>.plist`, written by a configuration profile;
  its values win over the file's).

Locking: every key the policy gives is locked, unless it is named in `defaults_only` — then it is
only the starting value, used while the person has not chosen their own (their value still equals
the app's built-in default). Keys that are rules rather than values (`user`, `allowed_models`,
`hidden_parameters`, `allow_*`, `mcp_servers`, `update_feed`) cannot be defaults-only.

A malformed policy (not JSON, an unknown key, a wrong type, a bad URL…) gives typed
`PolicyProblem`s and none of it is used: the last good policy (a copy kept in the app's own config
folder, `LAST_GOOD_NAME`) is in force instead, or none. The reference for every key is
docs/POLICY.md.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktop_chat.domain import GenerationParams
from desktop_chat.paths import AppPaths, write_text_atomically
from desktop_chat.settings import AppSettings

log = logging.getLogger(__name__)

POLICY_FILE_ENV = "DESKTOP_CHAT_POLICY_FILE"
LINUX_POLICY_FILE = Path("/etc/desktop-chat/policy.json")
WINDOWS_POLICY_DIR = "DesktopChat"  # under %ProgramData%
WINDOWS_REGISTRY_KEY = r"Software\Policies\DesktopChat"  # under HKEY_LOCAL_MACHINE
MACOS_POLICY_FILE = Path("/Library/Application Support/DesktopChat/policy.json")
# Copied from packaging/dcbuild/project.py BUNDLE_ID (the app may not import packaging): the macOS
# managed preferences domain a configuration profile writes.
BUNDLE_ID = "org.desktopchat.DesktopChat"
MACOS_MANAGED_DIR = Path("/Library/Managed Preferences")
LAST_GOOD_NAME = "policy-last-good.json"
MAX_POLICY_BYTES = 1_000_000
USERNAME_PLACEHOLDER = "${username}"
REGISTRY_SOURCE = "HKLM\\" + WINDOWS_REGISTRY_KEY


class PolicyKey(enum.StrEnum):
    """The policy's top-level keys, spelt as in the file (and, where one exists, as the setting)."""

    BASE_URL = "base_url"
    USER = "user"
    ALLOWED_MODELS = "allowed_models"
    DEFAULT_MODEL = "default_model"
    DEFAULT_PARAMS = "default_params"
    DEFAULT_SYSTEM_PROMPT = "default_system_prompt"
    SYSTEM_PROMPT_PRESETS = "system_prompt_presets"
    HIDDEN_PARAMETERS = "hidden_parameters"
    ALLOW_EXPORT = "allow_export"
    ALLOW_IMPORT = "allow_import"
    MCP_SERVERS = "mcp_servers"
    ALLOW_OWN_MCP_SERVERS = "allow_own_mcp_servers"
    PROXY = "proxy"
    PAC_URL = "pac_url"
    CA_BUNDLE = "ca_bundle"
    UPDATE_FEED = "update_feed"
    AUTO_BACKUP = "auto_backup"
    BACKUP_FOLDER = "backup_folder"
    BACKUPS_KEPT = "backups_kept"
    DEFAULTS_ONLY = "defaults_only"


class ValueKind(enum.Enum):
    """The JSON type a key holds (also how a Windows registry value is read for it)."""

    TEXT = "text"
    URL = "url"  # text: an http(s) address
    PATH = "path"  # text: an absolute path
    BOOL = "bool"
    INT = "int"
    TEXT_LIST = "text_list"
    OBJECT = "object"
    OBJECT_LIST = "object_list"


KINDS: Mapping[PolicyKey, ValueKind] = {
    PolicyKey.BASE_URL: ValueKind.URL,
    PolicyKey.USER: ValueKind.TEXT,
    PolicyKey.ALLOWED_MODELS: ValueKind.TEXT_LIST,
    PolicyKey.DEFAULT_MODEL: ValueKind.TEXT,
    PolicyKey.DEFAULT_PARAMS: ValueKind.OBJECT,
    PolicyKey.DEFAULT_SYSTEM_PROMPT: ValueKind.TEXT,
    PolicyKey.SYSTEM_PROMPT_PRESETS: ValueKind.OBJECT_LIST,
    PolicyKey.HIDDEN_PARAMETERS: ValueKind.TEXT_LIST,
    PolicyKey.ALLOW_EXPORT: ValueKind.BOOL,
    PolicyKey.ALLOW_IMPORT: ValueKind.BOOL,
    PolicyKey.MCP_SERVERS: ValueKind.OBJECT,
    PolicyKey.ALLOW_OWN_MCP_SERVERS: ValueKind.BOOL,
    PolicyKey.PROXY: ValueKind.URL,
    PolicyKey.PAC_URL: ValueKind.URL,
    PolicyKey.CA_BUNDLE: ValueKind.PATH,
    PolicyKey.UPDATE_FEED: ValueKind.URL,
    PolicyKey.AUTO_BACKUP: ValueKind.BOOL,
    PolicyKey.BACKUP_FOLDER: ValueKind.PATH,
    PolicyKey.BACKUPS_KEPT: ValueKind.INT,
    PolicyKey.DEFAULTS_ONLY: ValueKind.TEXT_LIST,
}

# The keys that are a setting of AppSettings (same name): locked, or a default when in defaults_only.
SETTING_KEYS: frozenset[PolicyKey] = frozenset({
    PolicyKey.BASE_URL, PolicyKey.DEFAULT_MODEL, PolicyKey.DEFAULT_PARAMS, PolicyKey.DEFAULT_SYSTEM_PROMPT,
    PolicyKey.SYSTEM_PROMPT_PRESETS, PolicyKey.PROXY, PolicyKey.PAC_URL, PolicyKey.CA_BUNDLE,
    PolicyKey.AUTO_BACKUP, PolicyKey.BACKUP_FOLDER, PolicyKey.BACKUPS_KEPT,
})
# The parameters `hidden_parameters` may name (GenerationParams' fields).
PARAMETER_NAMES: frozenset[str] = frozenset(f.name for f in fields(GenerationParams))
PROXY_SCHEMES = frozenset({"http", "https"})
MAX_BACKUPS_KEPT = 365


class PolicyProblemKind(enum.StrEnum):
    """What is wrong with a policy source (the UI words it)."""

    UNREADABLE = "unreadable"  # the file or registry key exists but cannot be read
    TOO_LARGE = "too_large"
    NOT_JSON = "not_json"  # also: a plist that is not one, a registry JSON value that is not JSON
    NOT_AN_OBJECT = "not_an_object"  # the document is not a JSON object (a dict)
    UNKNOWN_KEY = "unknown_key"  # a top-level key (or a key of default_params/presets) not in the reference
    WRONG_TYPE = "wrong_type"  # e.g. `allowed_models` not a list of strings
    BAD_VALUE = "bad_value"  # an empty or unusable value: a bad URL, a relative path, an unknown placeholder
    NOT_A_DEFAULT = "not_a_default"  # `defaults_only` names a key that can only be a rule
    DEFAULT_NOT_ALLOWED = "default_not_allowed"  # `default_model` is not among `allowed_models`


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One thing wrong: in which source (a path, or the registry key), at which key, of what kind."""

    source: str
    kind: PolicyProblemKind
    key: str | None = None  # None: the source as a whole
    detail: str = ""  # technical, for the log (never shown as a sentence)


@dataclass(frozen=True, slots=True)
class SystemPromptPreset:
    name: str
    text: str


@dataclass(frozen=True, slots=True)
class Policy:
    """What the organisation decided; None for a key the policy does not give (the app's own rule)."""

    base_url: str | None = None
    user: str | None = None  # a template: USERNAME_PLACEHOLDER becomes the OS login name
    allowed_models: tuple[str, ...] | None = None
    default_model: str | None = None
    default_params: GenerationParams | None = None
    default_system_prompt: str | None = None
    system_prompt_presets: tuple[SystemPromptPreset, ...] | None = None
    hidden_parameters: frozenset[str] = frozenset()
    allow_export: bool | None = None
    allow_import: bool | None = None
    mcp_servers: str | None = None  # the `mcpServers` object as JSON text (kept frozen; parsed by tools)
    allow_own_mcp_servers: bool | None = None
    proxy: str | None = None
    pac_url: str | None = None
    ca_bundle: str | None = None
    update_feed: str | None = None
    auto_backup: bool | None = None
    backup_folder: str | None = None
    backups_kept: int | None = None
    defaults_only: frozenset[PolicyKey] = frozenset()

    def gives(self, key: PolicyKey) -> bool:
        """Does the policy say anything about `key`?"""
        value = getattr(self, key.value)
        if key in (PolicyKey.HIDDEN_PARAMETERS, PolicyKey.DEFAULTS_ONLY):
            return bool(value)
        return value is not None

    def locks(self, name: PolicyKey | str) -> bool:
        """May the person not change `name` (a policy key or a setting's name)? Unknown names: False."""
        try:
            key = PolicyKey(name)
        except ValueError:
            return False
        return key is not PolicyKey.DEFAULTS_ONLY and self.gives(key) and key not in self.defaults_only

    @property
    def export_allowed(self) -> bool:
        return self.allow_export is not False

    @property
    def import_allowed(self) -> bool:
        return self.allow_import is not False

    @property
    def own_mcp_servers_allowed(self) -> bool:
        return self.allow_own_mcp_servers is not False

    def model_allowed(self, model: str) -> bool:
        return self.allowed_models is None or model in self.allowed_models

    def allowed(self, models: tuple[str, ...]) -> tuple[str, ...]:
        """`models` (a gateway's or the standard list) less those the policy does not allow, in order."""
        if self.allowed_models is None:
            return models
        return tuple(m for m in models if m in self.allowed_models)

    def end_user(self, login: str | None = None) -> str | None:
        """The `user` field every request carries (the template filled in), or None when not set."""
        if self.user is None:
            return None
        return self.user.replace(USERNAME_PLACEHOLDER, login if login is not None else login_name())


NO_POLICY = Policy()


@dataclass(frozen=True, slots=True)
class LoadedPolicy:
    """The policy in force, where it was read from, and what was wrong with what was found.

    With `problems`, `policy` is the last good one (`from_last_good`) or `NO_POLICY`: nothing of the
    malformed sources is used.
    """

    policy: Policy = NO_POLICY
    sources: tuple[str, ...] = ()  # paths (or the registry key) read, in order
    problems: tuple[PolicyProblem, ...] = ()
    from_last_good: bool = False

    @property
    def source_path(self) -> str | None:
        return self.sources[0] if self.sources else None

    @property
    def problem(self) -> PolicyProblem | None:
        return self.problems[0] if self.problems else None


def login_name() -> str:
    """The OS login name (getpass: LOGNAME/USER/USERNAME, else the password database); "" if none."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


# --- validation -----------------------------------------------------------------------------------
class _Bad(Exception):
    def __init__(self, kind: PolicyProblemKind, key: str, detail: str = "") -> None:
        super().__init__(kind, key, detail)
        self.kind, self.key, self.detail = kind, key, detail


def _text(key: str, raw: object, *, empty_ok: bool = False) -> str:
    if not isinstance(raw, str):
        raise _Bad(PolicyProblemKind.WRONG_TYPE, key, type(raw).__name__)
    value = raw.strip()
    if (not value and not empty_ok) or "\x00" in value:
        raise _Bad(PolicyProblemKind.BAD_VALUE, key)
    return value


def _url(key: str, raw: object) -> str:
    value = _text(key, raw)
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise _Bad(PolicyProblemKind.BAD_VALUE, key, str(exc)) from None
    if parts.scheme.lower() not in PROXY_SCHEMES or not parts.hostname:
        raise _Bad(PolicyProblemKind.BAD_VALUE, key, "not an http(s) URL")
    return value


def _path(key: str, raw: object) -> str:
    value = _text(key, raw)
    if not (Path(value).is_absolute() or _windows_absolute(value)):
        raise _Bad(PolicyProblemKind.BAD_VALUE, key, "not an absolute path")
    return value


def _windows_absolute(value: str) -> bool:
    return (len(value) > 2 and value[1] == ":" and value[2] in "\\/") or value.startswith("\\\\")


def _bool(key: str, raw: object) -> bool:
    if not isinstance(raw, bool):
        raise _Bad(PolicyProblemKind.WRONG_TYPE, key, type(raw).__name__)
    return raw


def _int(key: str, raw: object, low: int, high: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise _Bad(PolicyProblemKind.WRONG_TYPE, key, type(raw).__name__)
    if not low <= raw <= high:
        raise _Bad(PolicyProblemKind.BAD_VALUE, key, f"outside {low}..{high}")
    return raw


def _texts(key: str, raw: object) -> tuple[str, ...]:
    if not isinstance(raw, list):
        raise _Bad(PolicyProblemKind.WRONG_TYPE, key, type(raw).__name__)
    found = tuple(_text(key, item) for item in raw)
    return tuple(dict.fromkeys(found))  # repeated names once, in order


def _empty(key: str) -> tuple[str, ...]:
    raise _Bad(PolicyProblemKind.BAD_VALUE, key, "an empty list")


def _params(key: str, raw: object) -> GenerationParams:
    if not isinstance(raw, dict):
        raise _Bad(PolicyProblemKind.WRONG_TYPE, key, type(raw).__name__)
    unknown = sorted(set(raw) - PARAMETER_NAMES)
    if unknown:
        raise _Bad(PolicyProblemKind.UNKNOWN_KEY, f"{key}.{unknown[0]}")
    for name, value in raw.items():
        if name != "stop" and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise _Bad(PolicyProblemKind.WRONG_TYPE, f"{key}.{name}", type(value).__name__)
    if "stop" in raw and not (isinstance(raw["stop"], list) and all(isinstance(s, str) for s in raw["stop"])):
        raise _Bad(PolicyProblemKind.WRONG_TYPE, f"{key}.stop")
    if "max_tokens" in raw and (not isinstance(raw["max_tokens"], int) or raw["max_tokens"] < 1):
        raise _Bad(PolicyProblemKind.BAD_VALUE, f"{key}.max_tokens")
    try:
        return GenerationParams.from_dict(raw)
    except (TypeError, ValueError) as exc:
        raise _Bad(PolicyProblemKind.BAD_VALUE, key, str(exc)) from None


def _presets(key: str, raw: object) -> tuple[SystemPromptPreset, ...]:
    if not isinstance(raw, list):
        raise _Bad(PolicyProblemKind.WRONG_TYPE, key, type(raw).__name__)
    found = []
    for item in raw:
        if not isinstance(item, dict):
            raise _Bad(PolicyProblemKind.WRONG_TYPE, key, type(item).__name__)
        unknown = sorted(set(item) - {"name", "text"})
        if unknown:
            raise _Bad(PolicyProblemKind.UNKNOWN_KEY, f"{key}.{unknown[0]}")
        found.append(SystemPromptPreset(_text(f"{key}.name", item.get("name")),
                                        _text(f"{key}.text", item.get("text"))))
    return tuple(found)


def _servers(key: str, raw: object) -> str:
    """The `mcpServers` shape, checked as far as this layer can (each entry an object with a command
    or a url); the tools service reads the entries in full."""
    if not isinstance(raw, dict):
        raise _Bad(PolicyProblemKind.WRONG_TYPE, key, type(raw).__name__)
    for name, entry in raw.items():
        if not name.strip():
            raise _Bad(PolicyProblemKind.BAD_VALUE, key, "an empty server name")
        if not isinstance(entry, dict):
            raise _Bad(PolicyProblemKind.WRONG_TYPE, f"{key}.{name}", type(entry).__name__)
        has = [f for f in ("command", "url") if isinstance(entry.get(f), str) and entry[f].strip()]
        if len(has) != 1:
            raise _Bad(PolicyProblemKind.BAD_VALUE, f"{key}.{name}", "needs a command or a url")
    return json.dumps(raw, sort_keys=True, ensure_ascii=False)


def _user(key: str, raw: object) -> str:
    value = _text(key, raw)
    rest = value.replace(USERNAME_PLACEHOLDER, "")
    if "${" in rest:
        raise _Bad(PolicyProblemKind.BAD_VALUE, key, "unknown placeholder")
    if len(value) > 256:
        raise _Bad(PolicyProblemKind.BAD_VALUE, key, "longer than 256 characters")
    return value


def _defaults_only(key: str, raw: object) -> frozenset[PolicyKey]:
    found = set()
    for name in _texts(key, raw):
        try:
            named = PolicyKey(name)
        except ValueError:
            raise _Bad(PolicyProblemKind.UNKNOWN_KEY, f"{key}.{name}") from None
        if named not in SETTING_KEYS:
            raise _Bad(PolicyProblemKind.NOT_A_DEFAULT, f"{key}.{name}")
        found.add(named)
    return frozenset(found)


def _hidden(key: str, raw: object) -> frozenset[str]:
    names = _texts(key, raw)
    unknown = sorted(set(names) - PARAMETER_NAMES)
    if unknown:
        raise _Bad(PolicyProblemKind.BAD_VALUE, f"{key}.{unknown[0]}", "not a parameter")
    return frozenset(names)


_READERS: Mapping[PolicyKey, Callable[[str, object], object]] = {
    PolicyKey.BASE_URL: _url,
    PolicyKey.USER: _user,
    PolicyKey.ALLOWED_MODELS: lambda k, raw: _texts(k, raw) or _empty(k),
    PolicyKey.DEFAULT_MODEL: _text,
    PolicyKey.DEFAULT_PARAMS: _params,
    PolicyKey.DEFAULT_SYSTEM_PROMPT: lambda k, raw: _text(k, raw, empty_ok=True),
    PolicyKey.SYSTEM_PROMPT_PRESETS: _presets,
    PolicyKey.HIDDEN_PARAMETERS: _hidden,
    PolicyKey.ALLOW_EXPORT: _bool,
    PolicyKey.ALLOW_IMPORT: _bool,
    PolicyKey.MCP_SERVERS: _servers,
    PolicyKey.ALLOW_OWN_MCP_SERVERS: _bool,
    PolicyKey.PROXY: _url,
    PolicyKey.PAC_URL: _url,
    PolicyKey.CA_BUNDLE: _path,
    PolicyKey.UPDATE_FEED: _url,
    PolicyKey.AUTO_BACKUP: _bool,
    PolicyKey.BACKUP_FOLDER: _path,
    PolicyKey.BACKUPS_KEPT: lambda k, raw: _int(k, raw, 1, MAX_BACKUPS_KEPT),
    PolicyKey.DEFAULTS_ONLY: _defaults_only,
}


def policy_from_dict(data: Mapping[str, Any], source: str, origins: Mapping[str, str] | None = None
                     ) -> tuple[Policy | None, tuple[PolicyProblem, ...]]:
    """(the policy, no problems) or (None, every problem found): a policy is used whole or not at all.

    `origins` names the source of each key when several were merged (else `source` for all)."""
    problems: list[PolicyProblem] = []
    values: dict[str, Any] = {}

    def where(name: str) -> str:
        return (origins or {}).get(name, source)

    for name, raw in data.items():
        try:
            key = PolicyKey(name)
        except ValueError:
            problems.append(PolicyProblem(where(name), PolicyProblemKind.UNKNOWN_KEY, str(name)))
            continue
        try:
            values[key.value] = _READERS[key](key.value, raw)
        except _Bad as bad:
            problems.append(PolicyProblem(where(name), bad.kind, bad.key, bad.detail))
    allowed, default = values.get("allowed_models"), values.get("default_model")
    if allowed is not None and default is not None and default not in allowed:
        problems.append(PolicyProblem(where("default_model"), PolicyProblemKind.DEFAULT_NOT_ALLOWED,
                                      "default_model"))
    if problems:
        return None, tuple(problems)
    return Policy(**values), ()


# --- the sources ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Read:
    source: str
    data: dict[str, Any] | None  # None: nothing there (a missing file or key)
    problem: PolicyProblem | None = None


def _unreadable(source: str, exc: OSError) -> _Read:
    return _Read(source, None, PolicyProblem(source, PolicyProblemKind.UNREADABLE, detail=type(exc).__name__))


def read_json_file(path: Path) -> _Read:
    source = str(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_POLICY_BYTES + 1)
    except FileNotFoundError:
        return _Read(source, None)
    except OSError as exc:
        return _unreadable(source, exc)
    if len(raw) > MAX_POLICY_BYTES:
        return _Read(source, None, PolicyProblem(source, PolicyProblemKind.TOO_LARGE))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:
        return _Read(source, None, PolicyProblem(source, PolicyProblemKind.NOT_JSON, detail=str(exc)[:200]))
    if not isinstance(data, dict):
        return _Read(source, None, PolicyProblem(source, PolicyProblemKind.NOT_AN_OBJECT))
    return _Read(source, data)


def read_plist_file(path: Path) -> _Read:
    """A managed preferences plist (XML or binary): its top-level dict, with plist types as JSON's."""
    import plistlib
    from xml.parsers.expat import ExpatError

    source = str(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_POLICY_BYTES + 1)
    except FileNotFoundError:
        return _Read(source, None)
    except OSError as exc:
        return _unreadable(source, exc)
    if len(raw) > MAX_POLICY_BYTES:
        return _Read(source, None, PolicyProblem(source, PolicyProblemKind.TOO_LARGE))
    try:
        data = plistlib.loads(raw)
    except (plistlib.InvalidFileException, ExpatError, ValueError, OverflowError) as exc:
        return _Read(source, None, PolicyProblem(source, PolicyProblemKind.NOT_JSON, detail=str(exc)[:200]))
    if not isinstance(data, dict):
        return _Read(source, None, PolicyProblem(source, PolicyProblemKind.NOT_AN_OBJECT))
    # a configuration profile adds its own bookkeeping keys (PayloadUUID…): not policy keys
    return _Read(source, {k: v for k, v in data.items() if not str(k).startswith("Payload")})


def read_registry(winreg: Any) -> _Read:
    """`HKLM\\Software\\Policies\\DesktopChat` through `winreg` (or a stand-in with its API).

    REG_SZ: text keys as they are, every other key as JSON; REG_DWORD: booleans (0/1) and whole
    numbers; REG_MULTI_SZ: lists of strings. Value names not in the reference are reported like a
    file's unknown keys.
    """
    source = REGISTRY_SOURCE
    try:
        handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, WINDOWS_REGISTRY_KEY, 0,
                                winreg.KEY_READ | getattr(winreg, "KEY_WOW64_64KEY", 0))
    except FileNotFoundError:
        return _Read(source, None)
    except OSError as exc:
        return _unreadable(source, exc)
    data: dict[str, Any] = {}
    with handle:
        index = 0
        while True:
            try:
                name, value, kind = winreg.EnumValue(handle, index)
            except OSError:  # no more values
                break
            index += 1
            try:
                data[name] = _registry_value(winreg, name, value, kind)
            except ValueError as exc:
                problem = PolicyProblem(source, PolicyProblemKind.NOT_JSON, name, str(exc)[:200])
                return _Read(source, None, problem)
    return _Read(source, data)


def _registry_value(winreg: Any, name: str, value: Any, kind: int) -> Any:
    try:
        expected = KINDS[PolicyKey(name)]
    except ValueError:
        return value  # an unknown name: reported by the validation
    if kind == winreg.REG_DWORD:
        return bool(value) if expected is ValueKind.BOOL else int(value)
    if kind == winreg.REG_MULTI_SZ:
        return list(value)
    if kind in (winreg.REG_SZ, getattr(winreg, "REG_EXPAND_SZ", winreg.REG_SZ)):
        if expected in (ValueKind.TEXT, ValueKind.URL, ValueKind.PATH):
            return value
        return json.loads(value)  # ValueError when it is not JSON
    return value  # another type (binary…): the validation reports WRONG_TYPE


def policy_sources(environ: Mapping[str, str], platform: str = sys.platform) -> tuple[tuple[str, Path], ...]:
    """The files to read, in order, as (kind, path): kind "json" or "plist"; the registry is extra."""
    override = environ.get(POLICY_FILE_ENV, "").strip()
    if override:
        path = Path(override)
        return (("plist" if path.suffix == ".plist" else "json", path),)
    if platform == "win32":
        program_data = environ.get("ProgramData") or environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return (("json", Path(program_data) / WINDOWS_POLICY_DIR / "policy.json"),)
    if platform == "darwin":
        return (("json", MACOS_POLICY_FILE), ("plist", MACOS_MANAGED_DIR / f"{BUNDLE_ID}.plist"))
    return (("json", LINUX_POLICY_FILE),)


@dataclass(frozen=True, slots=True)
class _Merged:
    sources: tuple[str, ...] = ()  # the sources that exist, in order
    data: dict[str, Any] | None = None  # None: no source exists
    origins: Mapping[str, str] | None = None  # key → the source it came from
    problems: tuple[PolicyProblem, ...] = ()  # a source that exists but could not be read


def read_policy_sources(environ: Mapping[str, str], *, platform: str = sys.platform,
                        winreg: Any = None) -> _Merged:
    """Every source of this platform read and merged (a later one wins key by key: the registry over
    %ProgramData%'s file, the managed preferences over the Application Support file).

    `winreg` is the registry module to read (a stand-in in tests); on Windows the real one is used
    unless `DESKTOP_CHAT_POLICY_FILE` replaces every source.
    """
    reads = [read_plist_file(path) if kind == "plist" else read_json_file(path)
             for kind, path in policy_sources(environ, platform)]
    overridden = bool(environ.get(POLICY_FILE_ENV, "").strip())
    if winreg is None and platform == "win32" and not overridden:
        import winreg as real_winreg  # type: ignore[import-not-found,unused-ignore]

        winreg = real_winreg
    if winreg is not None:
        reads.append(read_registry(winreg))
    found = [r for r in reads if r.data is not None or r.problem is not None]
    if not found:
        return _Merged()
    merged: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for r in found:
        for name, value in (r.data or {}).items():
            merged[name] = value
            origins[name] = r.source
    return _Merged(tuple(r.source for r in found), merged, origins,
                   tuple(r.problem for r in found if r.problem is not None))


# --- loading with the last good copy ----------------------------------------------------------------
def load_policy(paths: AppPaths, environ: Mapping[str, str] | None = None, *, platform: str = sys.platform,
                winreg: Any = None) -> LoadedPolicy:
    """The policy in force. Malformed → the last good one (or none) and the problems; never raises.

    A good policy is kept as the last good copy in the app's config folder (written only when it
    changed); no policy at all removes that copy (no policy is then the last good state).
    """
    env = os.environ if environ is None else environ
    read = read_policy_sources(env, platform=platform, winreg=winreg)
    sources, problems = read.sources, read.problems
    last_good = paths.config_dir / LAST_GOOD_NAME
    if read.data is None and not problems:
        try:
            last_good.unlink(missing_ok=True)
        except OSError:
            pass
        return LoadedPolicy()
    policy = None
    if not problems:
        policy, problems = policy_from_dict(read.data or {}, sources[0], read.origins)
    if policy is not None:
        _keep_last_good(last_good, read.data or {})
        return LoadedPolicy(policy, sources)
    for problem in problems:
        log.warning("policy: %s in %s at %s (%s)", problem.kind.value, problem.source, problem.key,
                    problem.detail)
    previous = _read_last_good(last_good)
    return LoadedPolicy(previous or NO_POLICY, sources, problems, from_last_good=previous is not None)


def _keep_last_good(path: Path, data: Mapping[str, Any]) -> None:
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    try:
        if path.exists() and path.read_text(encoding="utf-8") == text:
            return
        write_text_atomically(path, text, durable=False)
    except OSError as exc:
        log.warning("policy: the last good copy could not be kept: %s", exc)


def _read_last_good(path: Path) -> Policy | None:
    read = read_json_file(path)
    if read.data is None:
        return None
    return policy_from_dict(read.data, str(path))[0]


# --- the settings in force ------------------------------------------------------------------------
def _setting_value(key: PolicyKey, policy: Policy) -> Any:
    value = getattr(policy, key.value)
    if key is PolicyKey.SYSTEM_PROMPT_PRESETS:
        return tuple((p.name, p.text) for p in value)
    return value


def apply_policy(settings: AppSettings, policy: Policy) -> AppSettings:
    """The settings in force: the policy's value for a locked key; for a defaults-only key, the
    policy's value while the person's still is the app's built-in default."""
    builtin = AppSettings()
    values: dict[str, Any] = {}
    for key in SETTING_KEYS:
        if not policy.gives(key):
            continue
        if policy.locks(key) or getattr(settings, key.value) == getattr(builtin, key.value):
            values[key.value] = _setting_value(key, policy)
    return replace(settings, **values) if values else settings


def own_settings(wanted: AppSettings, own: AppSettings, policy: Policy) -> AppSettings:
    """What to keep as the person's own when they save `wanted` (the settings in force, edited):
    locked keys keep the person's earlier value (the policy's is not theirs to store), and a
    defaults-only key left at the policy's value stays "not chosen"."""
    values: dict[str, Any] = {}
    for key in SETTING_KEYS:
        if not policy.gives(key):
            continue
        if policy.locks(key) or getattr(wanted, key.value) == _setting_value(key, policy):
            values[key.value] = getattr(own, key.value)
    return replace(wanted, **values) if values else wanted
