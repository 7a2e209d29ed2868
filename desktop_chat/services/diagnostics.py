"""Help → Copy diagnostic report: what IT needs to answer "the chat doesn't work", with no secret in it.

Why: the person on the phone cannot say which gateway, proxy, certificate setup or version they
run, and IT cannot see their screen. One plain-text report, headed sections, pasted into a ticket:
versions (app, Python, Qt — the UI passes Qt's, services have no Qt), the OS, the language, where
the app keeps its files, the settings and the policy in force, where the key is kept (its kind
only), the connection test run now (models listed, or the error's kind and HTTP status, the proxy
and certificate facts in force), the tool servers configured, and the last lines of the log.

Secrets: the key never appears — not even a part of it; proxy and PAC credentials are masked; tool
servers' header and environment values are left out (only their names are listed); the log tail
is scrubbed again (keys, `sk-…`-like tokens, Bearer values, URL credentials) with every secret
value the session knows, and so is the whole report before it is returned. The report is data for
a technician (English field names, values as they are); nothing here is a sentence of the UI.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import json
import locale
import logging
import platform
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from desktop_chat.api import GatewayError, InvalidRequest
from desktop_chat.api.config import display_proxy, proxy_secrets
from desktop_chat.logsetup import app_version
from desktop_chat.redact import redact
from desktop_chat.secrets import ENV_VAR as KEY_ENV_VAR
from desktop_chat.services.refusals import NothingToDo
from desktop_chat.settings import settings_to_dict

if TYPE_CHECKING:
    from desktop_chat.services.session import Session
    from desktop_chat.services.tools.config import ServerConfig

log = logging.getLogger(__name__)

LOG_LINES = 200
CONNECTION_TEST_TIMEOUT_S = 30.0  # a silent gateway must not keep the report from being copied
_LOG_READ_BYTES = 512 * 1024  # the tail of a 1 MB log: more than 200 lines of it
_PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")
_CERT_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")
_SECRET_WORDS = ("key", "token", "secret", "password", "auth", "credential", "cookie")

__all__ = ["LOG_LINES", "diagnostic_report", "log_tail", "report_secrets"]


async def diagnostic_report(
    session: Session,
    *,
    ui_versions: Mapping[str, str] | None = None,
    ui_language: str = "",
    log_lines: int = LOG_LINES,
    connection_timeout_s: float = CONNECTION_TEST_TIMEOUT_S,
) -> str:
    """The whole report as plain text; runs the connection test (seconds, bounded by the timeout).

    `ui_versions`: e.g. {"Qt": "6.8.1", "PySide6": "6.8.1"} (the UI knows them); `ui_language`: the
    language the window is shown in (e.g. "de_DE"). Never raises for a world failure: what could
    not be found out is written as such in its section.
    """
    secrets = report_secrets(session)
    sections: list[tuple[str, list[str]]] = [
        ("Desktop Chat diagnostic report", [f"written {datetime.now(UTC).isoformat(timespec='seconds')}"]),
        ("Versions", _versions(ui_versions or {})),
        ("Operating system", _os_lines()),
        ("Language", _language_lines(session, ui_language)),
        ("Data folders", _folder_lines(session)),
        ("Settings in force", _settings_lines(session)),
        ("Policy in force", _policy_lines(session)),
        ("Where the key is kept", _key_lines(session)),
        ("Network", _network_lines(session)),
        ("Connection test", await _connection_lines(session, connection_timeout_s)),
        ("Tool servers", _tool_lines(session)),
        (f"Log (last {log_lines} lines)", log_tail(session.paths.log_file, log_lines, secrets=secrets)),
    ]
    text = "\n\n".join(_section(title, lines) for title, lines in sections) + "\n"
    return redact(text, secrets=secrets)


def _section(title: str, lines: list[str]) -> str:
    return f"== {title} ==\n" + "\n".join(lines or ["(nothing)"])


# --- secrets -------------------------------------------------------------------------------------
def report_secrets(session: Session) -> tuple[str, ...]:
    """Every secret value the session knows of: the key(s), proxy and PAC credentials, tool servers'
    header values and secret-looking environment values. Scrubbed from the whole report."""
    found: set[str] = set(session.secrets())
    env = session.environ
    for url in (session.settings.proxy, session.settings.pac_url,
                *(env.get(n, "") or env.get(n.lower(), "") for n in _PROXY_VARIABLES)):
        found.update(proxy_secrets(url.strip() or None))
    for config in _tool_configs(session):
        for value in config.headers.values():  # "Bearer abc…": the whole value and its token
            found.update((value, value.split()[-1]) if value.strip() else ())
        found.update(v for k, v in config.env.items()
                     if v and (k in config.secret_env or _looks_secret(k)))
        if config.url:
            found.update(proxy_secrets(config.url))
    from desktop_chat.services.tools.config import SECRET_PLACEHOLDER

    found.discard(SECRET_PLACEHOLDER)
    return tuple(sorted((s for s in found if s.strip()), key=len, reverse=True))


def _looks_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def _masked_url(url: str) -> str:
    """A URL without its user info (masked) and without its query (which may carry a token)."""
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            netloc = "***@" + netloc.rpartition("@")[2]
        query = "…" if parts.query else ""
        return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    except ValueError:
        return "***"


# --- sections ------------------------------------------------------------------------------------
def _versions(ui_versions: Mapping[str, str]) -> list[str]:
    lines = [
        f"Desktop Chat: {app_version()}",
        f"Python: {sys.version.split()[0]} ({platform.python_implementation()}, {sys.executable})",
        f"frozen: {bool(getattr(sys, 'frozen', False))}",
    ]
    lines += [f"{name}: {value}" for name, value in ui_versions.items()]
    for package in ("httpx", "keyring", "truststore", "mcp"):
        lines.append(f"{package}: {_package_version(package)}")
    return lines


def _package_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _os_lines() -> list[str]:
    return [
        f"platform: {platform.platform()}",
        f"system: {platform.system()} {platform.release()} ({platform.version()})",
        f"machine: {platform.machine()}",
    ]


def _language_lines(session: Session, ui_language: str) -> list[str]:
    try:
        current = locale.getlocale()
        system_locale = "_".join(p for p in current if p) or "C"
    except ValueError:
        system_locale = "unknown"
    env = session.environ
    lines = [
        f"language setting: {session.settings.language.value}",
        f"window language: {ui_language or 'unknown'}",
        f"locale: {system_locale}",
    ]
    lines += [f"{name}: {env[name]}" for name in ("LANG", "LC_ALL", "LANGUAGE") if env.get(name)]
    return lines


def _folder_lines(session: Session) -> list[str]:
    paths = session.paths
    return [
        f"data: {paths.data_dir}",
        f"history: {paths.database}",
        f"config: {paths.config_dir}",
        f"settings file: {paths.settings_file}",
        f"tool servers file: {paths.mcp_config}",
        f"cache: {paths.cache_dir}",
        f"log: {paths.log_file}",
        f"backups: {session.settings.backup_folder or paths.backups_dir}",
    ]


def _settings_lines(session: Session) -> list[str]:
    data = settings_to_dict(session.settings)
    data["proxy"] = display_proxy(data["proxy"]) if data.get("proxy") else ""
    data["pac_url"] = _masked_url(str(data.get("pac_url", "")))
    presets = data.get("system_prompt_presets")
    if isinstance(presets, list):  # the names say which are in force; the texts would fill pages
        data["system_prompt_presets"] = [p.get("name", "") for p in presets if isinstance(p, dict)]
    prompt = str(data.get("default_system_prompt", ""))
    if len(prompt) > 200:
        data["default_system_prompt"] = prompt[:200] + f"… ({len(prompt)} characters)"
    lines = json.dumps(data, indent=2, ensure_ascii=False, default=str).splitlines()
    if session.base_url_from_env:
        lines.append("base_url is overridden by DESKTOP_CHAT_BASE_URL: " + _masked_url(session.base_url))
    lines.append(f"gateway in force: {_masked_url(session.base_url)}")
    lines.append(f"offline demo: {session.demo}")
    return lines


def _policy_lines(session: Session) -> list[str]:
    """The organisation's policy (`Session.policy`, when the app has one), as data."""
    policy = getattr(session, "policy", None)
    if policy is None:
        return ["none"]
    try:
        text = json.dumps(_plain(policy), indent=2, ensure_ascii=False, default=str)
    except (TypeError, ValueError, RecursionError) as exc:
        return [f"(could not be written out: {type(exc).__name__})", repr(policy)]
    return text.splitlines()


def _plain(value: Any) -> Any:
    """Dataclasses, enums, paths, mappings and sequences as JSON-able values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _key_lines(session: Session) -> list[str]:
    source = session.key_source
    lines = [f"kept in: {source.value}", f"{KEY_ENV_VAR} set: {session.key_from_env}"]
    lines.append(f"key present: {session.key is not None and bool(session.key.reveal().strip())}")
    if session.demo:
        lines.append("offline demo key in use")
    return lines


def _network_lines(session: Session) -> list[str]:
    settings, env = session.settings, session.environ
    proxy = session.proxy_in_force()
    lines = [f"proxy in force: {proxy.source.value}" + (f" {display_proxy(proxy.url)}" if proxy.url else "")
             + (f" (from {proxy.variable})" if proxy.variable else "")
             + (f" (host {proxy.host} bypassed)" if proxy.host else "")]
    own = display_proxy(settings.proxy.strip() or None) if settings.proxy.strip() else "(none)"
    lines.append(f"proxy setting: {own}")
    lines.append(f"PAC URL: {_masked_url(settings.pac_url) or '(none)'}")
    for name in _PROXY_VARIABLES:
        value = env.get(name.lower()) or env.get(name)
        if value:
            shown = value if name == "NO_PROXY" else display_proxy(value)
            lines.append(f"{name}: {shown}")
    bundle = settings.ca_bundle
    if bundle:
        exists = Path(bundle).expanduser().is_file()
        lines.append(f"extra CA bundle: {bundle} ({'found' if exists else 'NOT FOUND'})")
    else:
        lines.append("extra CA bundle: (none)")
    lines.append(f"system trust store (truststore): {_package_version('truststore')}")
    for name in _CERT_VARIABLES:
        if env.get(name):
            lines.append(f"{name}: {env[name]}")
    return lines


async def _connection_lines(session: Session, timeout_s: float) -> list[str]:
    """Run the connection test against the gateway and key in force; its result as data lines."""
    lines = [f"address: {_masked_url(session.base_url)}"]
    started = asyncio.get_running_loop().time()
    try:
        result = await asyncio.wait_for(session.test_connection(session.base_url, ""), timeout_s)
    except TimeoutError:
        return [*lines, f"result: no answer within {timeout_s:g} s"]
    except NothingToDo as refused:  # MissingKey: nothing was sent
        return [*lines, f"result: not run ({refused.refusal.value})"]
    except InvalidRequest as bad:
        return [*lines, f"result: not run (invalid {bad.field.value}: {bad.flaw.value})"]
    except GatewayError as error:  # the test returns errors, but a gateway may still raise one
        return [*lines, *_error_lines(error)]
    except Exception as exc:  # the report must be copied even if the test itself breaks
        log.exception("connection test for the diagnostic report failed")
        return [*lines, f"result: the test failed inside the app ({type(exc).__name__})"]
    took = asyncio.get_running_loop().time() - started
    lines.append(f"took: {took:.2f} s")
    if result.error is None:
        source = "the gateway's list" if result.from_gateway else "none listed (a one-token request worked)"
        lines += ["result: OK", f"models: {len(result.models)} ({source})"]
        return lines
    return [*lines, *_error_lines(result.error)]


def _error_lines(error: GatewayError) -> list[str]:
    lines = [
        "result: FAILED",
        f"error kind: {type(error).__name__}",
        f"problem: {error.problem.value}",
        f"HTTP status: {error.status if error.status is not None else '(none)'}",
    ]
    for fact, value in error.facts():
        if fact.value not in ("http_status", "kind"):
            lines.append(f"{fact.value}: {value}")
    return lines


def _tool_configs(session: Session) -> tuple[ServerConfig, ...]:
    tools = getattr(session, "tools", None)
    if tools is None:
        return ()
    try:
        return tuple(tools.configs())
    except Exception:  # a report must not fail on the tools
        return ()


def _tool_lines(session: Session) -> list[str]:
    configs = _tool_configs(session)
    if not configs:
        return ["none configured"]
    states = {}
    try:
        states = {s.name: s.state.value for s in session.tools.statuses()}
    except Exception:
        states = {}
    lines: list[str] = []
    for config in configs:
        where = _masked_url(config.url) if config.url else Path(config.command).name
        lines.append(
            f"{config.name}: {config.transport.value} {where}"
            f" (args: {len(config.args)}, env names: {sorted(config.env)},"
            f" header names: {sorted(config.headers)}, disabled: {config.disabled},"
            f" state: {states.get(config.name, 'not started')})"
        )
    return lines


# --- the log ---------------------------------------------------------------------------------------
def log_tail(log_file: Path, lines: int = LOG_LINES, *, secrets: Iterable[str] = ()) -> list[str]:
    """The last `lines` lines of the log (and of the file rotated before it, if the current one is
    shorter), each scrubbed again: the log is written redacted, but a key entered later, a proxy
    password or a tool server's header were not known then."""
    found: list[str] = []
    for path in (log_file, log_file.with_name(log_file.name + ".1")):
        if len(found) >= lines:
            break
        try:
            with path.open("rb") as handle:
                handle.seek(0, 2)
                size = handle.tell()
                handle.seek(max(0, size - _LOG_READ_BYTES))
                raw = handle.read()
        except OSError:
            continue
        text = raw.decode("utf-8", "replace").splitlines()
        if size > _LOG_READ_BYTES and text:
            text = text[1:]  # the first line was cut in the middle
        found = text + found
    if not found:
        return ["(no log yet)"]
    tail = found[-lines:]
    known = tuple(secrets)
    return [redact(line, secrets=known) for line in tail]
