"""The app's settings, kept as JSON in `AppPaths.settings_file` — and never the API key.

Why: settings must survive a crash mid-write (atomic replace), a damaged file must not stop the app
(defaults, the damaged file kept aside, reported as `DamagedSettings` for the UI to word), and the
file must never hold the key, which lives in the OS keyring (see `secrets`). Unknown or key-like
fields in the file are dropped. Only what the person chose lives here: the window's geometry and
panel sizes are in a state file of their own (services.window_state), the new chat's draft in the
history; values an older version kept here are handed over once (`LeftOver`).
Also here: the proxy and gateway address actually in force (`effective_base_url`,
`effective_proxy` → `ProxyInForce`), including the `DESKTOP_CHAT_BASE_URL` override and the proxy
environment variables httpx honours.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from desktop_chat.domain import GenerationParams
from desktop_chat.paths import AppPaths, write_text_atomically

log = logging.getLogger(__name__)

BASE_URL_ENV = "DESKTOP_CHAT_BASE_URL"
SETTINGS_VERSION = 1


class Theme(enum.StrEnum):
    """The colours the person chose; SYSTEM follows the desktop's light or dark scheme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class UiLanguage(enum.StrEnum):
    """The language of the app's words; SYSTEM follows the operating system's (English if it has none
    of these). The values are Qt's catalogue suffixes (resources/translations/desktop_chat_<value>.qm)."""

    SYSTEM = "system"
    ENGLISH = "en"
    CHINESE_SIMPLIFIED = "zh_CN"
    CHINESE_TRADITIONAL = "zh_TW"
    JAPANESE = "ja"
    GERMAN = "de"
    FRENCH = "fr"
    SPANISH = "es"


DEFAULT_PRESETS: tuple[tuple[str, str], ...] = (
    ("Helpful assistant", "You are a helpful assistant. Answer clearly and plainly."),
    ("Short answers", "Answer briefly. Use bullet points when they help; skip introductions."),
    (
        "Proofreader",
        "Correct the spelling, grammar and punctuation of the text I send. Keep my wording and "
        "tone, then list the main changes.",
    ),
    (
        "Translator",
        "Translate the text I send. If I don't name a language, translate it into English; "
        "keep the formatting.",
    ),
    (
        "Email helper",
        "Help me write clear, polite work emails. Ask for missing details before drafting.",
    ),
)


@dataclass(frozen=True, slots=True)
class ModelOverride:
    """The person's own figures for one model (None: keep the gateway's or the standard one).

    Context window and output limit in tokens; prices in US dollars per million tokens.
    """

    model: str
    context_window: int | None = None
    max_output: int | None = None
    input_price: float | None = None
    output_price: float | None = None
    reads_images: bool | None = None  # None: as the gateway's list or the app's knowledge says
    draws_images: bool | None = None

    @property
    def empty(self) -> bool:
        return all(v is None for v in (self.context_window, self.max_output, self.input_price,
                                       self.output_price, self.reads_images, self.draws_images))


@dataclass(frozen=True, slots=True)
class AppSettings:
    """Everything the user can set; the API key is deliberately not one of them."""

    base_url: str = "https://aiapi.services/v1"
    proxy: str = ""  # empty: the system/environment proxy (HTTPS_PROXY…) applies
    theme: Theme = Theme.SYSTEM
    language: UiLanguage = UiLanguage.SYSTEM
    font_size: int = 0  # points; 0 = the system's size
    default_model: str = "gemini-2.5-flash"
    default_params: GenerationParams = field(default_factory=GenerationParams)
    default_system_prompt: str = ""
    system_prompt_presets: tuple[tuple[str, str], ...] = DEFAULT_PRESETS  # (name, text)
    first_run_done: bool = False
    session_only_key: bool = False  # the user chose not to keep the key in the keyring
    model_overrides: tuple[ModelOverride, ...] = ()  # context windows and prices set by the person
    summary_model: str = ""  # the model that writes summaries; "" = the chat's own model
    auto_titles: bool = True  # a small model names a new chat after its first answer
    title_model: str = "gemini-2.5-flash-lite"
    image_max_side: int = 2048  # pixels: larger attached images are scaled down before sending
    tool_rounds: int = 10  # tool calls the model may make in a row before the app stops it
    tool_timeout_s: int = 60  # seconds one tool call may take
    # Corporate networks: a PAC file's address (proxy auto-configuration; "" = none), and an extra
    # PEM file of certificate authorities trusted beside the operating system's ("" = none).
    pac_url: str = ""
    ca_bundle: str = ""
    # Automatic backups of the history: once a day into `backup_folder` ("" = the app's own
    # backups folder), the newest `backups_kept` kept.
    auto_backup: bool = True
    backup_folder: str = ""
    backups_kept: int = 7

    def __post_init__(self) -> None:
        # a theme given by its name ("dark") is kept as the enum value; an unknown name raises
        object.__setattr__(self, "theme", Theme(self.theme))


@dataclass(frozen=True, slots=True)
class DamagedSettings:
    """The settings file could not be read: defaults are in force, the file was kept as `kept_as`."""

    kept_as: Path


@dataclass(frozen=True, slots=True)
class LeftOver:
    """Values an older version kept in settings.json that now live elsewhere (handed over once).

    `new_chat_draft` goes to the history, `window_geometry` and `sidebar_visible` to the window
    state file; None / "" when the file did not hold them.
    """

    new_chat_draft: str = ""
    window_geometry: str = ""
    sidebar_visible: bool | None = None

    @property
    def empty(self) -> bool:
        return not self.new_chat_draft and not self.window_geometry and self.sidebar_visible is None


LEFT_OVER_FIELDS = frozenset(f.name for f in fields(LeftOver))


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    """`settings` to use; `damaged` when the file could not be read; `left_over` from older versions."""

    settings: AppSettings
    damaged: DamagedSettings | None = None
    left_over: LeftOver = field(default_factory=LeftOver)


def settings_to_dict(settings: AppSettings) -> dict[str, Any]:
    data: dict[str, Any] = {"version": SETTINGS_VERSION}
    for f in fields(AppSettings):
        value = getattr(settings, f.name)
        if f.name == "default_params":
            value = value.to_dict()
        elif f.name == "system_prompt_presets":
            value = [{"name": name, "text": text} for name, text in value]
        elif f.name == "model_overrides":
            value = [{k: v for k, v in (("model", o.model), ("context_window", o.context_window),
                                        ("max_output", o.max_output), ("input_price", o.input_price),
                                        ("output_price", o.output_price),
                                        ("reads_images", o.reads_images),
                                        ("draws_images", o.draws_images)) if v is not None}
                     for o in value]
        data[f.name] = value
    return data


def _coerce(name: str, raw: Any, default: Any) -> Any:
    """`raw` as the type of field `name`; raises ValueError/TypeError if it isn't one."""
    if name == "default_params":
        if not isinstance(raw, dict):
            raise TypeError(name)
        return GenerationParams.from_dict(raw)
    if name == "system_prompt_presets":
        if not isinstance(raw, list):
            raise TypeError(name)
        return tuple((str(p["name"]), str(p["text"])) for p in raw)
    if name == "model_overrides":
        if not isinstance(raw, list):
            raise TypeError(name)
        return tuple(o for o in (_override(item) for item in raw) if o is not None)
    if isinstance(default, bool):
        if not isinstance(raw, bool):
            raise TypeError(name)
        return raw
    if isinstance(default, int):
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise TypeError(name)
        if name == "image_max_side":
            return max(256, min(raw, 8192))
        if name == "tool_rounds":
            return max(1, min(raw, 100))
        if name == "tool_timeout_s":
            return max(1, min(raw, 3600))
        if name == "backups_kept":
            return max(1, min(raw, 365))
        return max(0, min(raw, 96)) if name == "font_size" else raw
    if isinstance(default, str):
        if not isinstance(raw, str):
            raise TypeError(name)
        if name == "theme":
            return Theme(raw)  # ValueError for an unknown theme
        if name == "language":
            return UiLanguage(raw)  # ValueError for a language the app has no words for
        return raw.strip() if name in _STRIPPED else raw
    raise TypeError(name)


_STRIPPED = frozenset({"base_url", "proxy", "default_model", "summary_model", "title_model", "pac_url",
                       "ca_bundle", "backup_folder"})
_MAX_WINDOW = 100_000_000
_MAX_PRICE = 10_000.0


def _whole(raw: object) -> int | None:
    """A positive whole number of tokens, or None for anything else (a wrong value is dropped)."""
    if isinstance(raw, bool) or not isinstance(raw, int | float) or raw != raw:
        return None
    value = int(raw)
    return value if 0 < value <= _MAX_WINDOW else None


def _price(raw: object) -> float | None:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    value = float(raw)
    return value if 0 <= value <= _MAX_PRICE else None  # NaN fails both comparisons


def _flag(raw: object) -> bool | None:
    return raw if isinstance(raw, bool) else None


def _override(raw: object) -> ModelOverride | None:
    """One model's figures from settings.json; None when the entry has no usable model or figure."""
    if not isinstance(raw, dict) or not isinstance(raw.get("model"), str) or not raw["model"].strip():
        return None
    found = ModelOverride(
        raw["model"].strip(), _whole(raw.get("context_window")), _whole(raw.get("max_output")),
        _price(raw.get("input_price")), _price(raw.get("output_price")),
        _flag(raw.get("reads_images")), _flag(raw.get("draws_images")),
    )  # fmt: skip
    return None if found.empty else found


def settings_from_dict(data: Mapping[str, Any]) -> AppSettings:
    """Settings from parsed JSON; unknown fields are ignored, wrong values fall back to defaults."""
    defaults = AppSettings()
    values: dict[str, Any] = {}
    for f in fields(AppSettings):
        if f.name not in data:
            continue
        try:
            values[f.name] = _coerce(f.name, data[f.name], getattr(defaults, f.name))
        except (TypeError, ValueError, KeyError):
            log.warning("settings: ignoring an invalid value for %s", f.name)
    return replace(defaults, **values)


def left_over_from_dict(data: Mapping[str, Any]) -> LeftOver:
    """The values of LEFT_OVER_FIELDS an older settings.json held (wrong types are ignored)."""
    draft = data.get("new_chat_draft")
    geometry = data.get("window_geometry")
    sidebar = data.get("sidebar_visible")
    return LeftOver(
        new_chat_draft=draft if isinstance(draft, str) else "",
        window_geometry=geometry if isinstance(geometry, str) else "",
        sidebar_visible=sidebar if isinstance(sidebar, bool) else None,
    )


def read_settings(paths: AppPaths) -> LoadedSettings:
    """Load settings; a missing file gives defaults, a damaged one defaults and `damaged`."""
    path = paths.settings_file
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(AppSettings())
    try:
        try:
            data = json.loads(raw.decode("utf-8"))
        except RecursionError:
            raise ValueError("settings file is nested too deeply") from None
        if not isinstance(data, dict):
            raise ValueError("settings file is not a JSON object")
    except (ValueError, UnicodeDecodeError) as exc:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{path.name}.corrupt-{stamp}")
        n = 1
        while kept.exists():  # never overwrite an earlier damaged copy
            n += 1
            kept = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        os.replace(path, kept)
        log.warning("settings file was damaged (%s); kept as %s", exc, kept.name)
        return LoadedSettings(AppSettings(), DamagedSettings(kept))
    return LoadedSettings(settings_from_dict(data), left_over=left_over_from_dict(data))


def load_settings(paths: AppPaths) -> AppSettings:
    return read_settings(paths).settings


def save_settings(paths: AppPaths, settings: AppSettings) -> None:
    """Write atomically: a temp file in the same folder, flushed to disk, then `os.replace`."""
    payload = json.dumps(settings_to_dict(settings), indent=2, ensure_ascii=False) + "\n"
    write_text_atomically(paths.settings_file, payload)


def effective_base_url(settings: AppSettings, environ: Mapping[str, str]) -> tuple[str, bool]:
    """(the gateway address in force, whether `DESKTOP_CHAT_BASE_URL` overrides the settings)."""
    override = environ.get(BASE_URL_ENV, "").strip()
    return (override, True) if override else (settings.base_url, False)


def _hide_password(url: str) -> str:
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        host = parts.hostname or ""
        netloc = f"{parts.username}:****@{host}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    except ValueError:
        return url


def _env(environ: Mapping[str, str], name: str) -> tuple[str, str] | None:
    """The value of a proxy variable, lower case winning like urllib/httpx; (value, var name)."""
    for var in (name.lower(), name.upper()):
        value = environ.get(var, "").strip()
        if value:
            return value, var
    return None


def _no_proxy_covers(host: str, port: int | None, no_proxy: str) -> bool:
    for entry in (e.strip().lower() for e in no_proxy.split(",")):
        if not entry:
            continue
        if entry == "*":
            return True
        name, _, entry_port = entry.partition(":") if entry.count(":") == 1 else (entry, "", "")
        if entry_port and str(port) != entry_port:
            continue
        name = name.lstrip(".")
        if host == name or host.endswith("." + name):
            return True
    return False


class ProxySource(enum.Enum):
    """Where the proxy in force comes from."""

    NONE = "none"  # no proxy: a direct connection
    SETTINGS = "settings"  # the proxy set in the app's settings
    ENVIRONMENT = "environment"  # a proxy variable (`variable`)
    BYPASSED = "bypassed"  # a proxy variable is set, but NO_PROXY (`variable`) covers `host`
    PAC = "pac"  # a proxy auto-configuration file decides per address (`url`: the file's address)
    SYSTEM = "system"  # the operating system's proxy settings (Windows registry, macOS) (`url`)


class ProxyMode(enum.Enum):
    """How the person (or IT) chose to reach the gateway: the Settings dialog's proxy choice."""

    SYSTEM = "system"  # the system's proxy settings / environment variables
    EXPLICIT = "explicit"  # `AppSettings.proxy`
    PAC = "pac"  # `AppSettings.pac_url`


def proxy_mode(settings: AppSettings) -> ProxyMode:
    """The choice the settings hold; an explicit proxy wins over a PAC address, as in the client."""
    if settings.proxy.strip():
        return ProxyMode.EXPLICIT
    return ProxyMode.PAC if settings.pac_url.strip() else ProxyMode.SYSTEM


def system_proxies() -> dict[str, str]:
    """The operating system's own proxy settings (Windows registry, macOS SystemConfiguration) as
    urllib reads them ({"https": url, "no": hosts…}); {} elsewhere — there the environment is it."""
    import sys
    import urllib.request

    try:
        if sys.platform == "win32":
            return dict(urllib.request.getproxies_registry())  # type: ignore[attr-defined]
        if sys.platform == "darwin":
            return dict(urllib.request.getproxies_macosx_sysconf())  # type: ignore[attr-defined]
    except (OSError, ValueError):
        log.warning("could not read the system's proxy settings")
    return {}


@dataclass(frozen=True, slots=True)
class ProxyInForce:
    """The proxy the gateway is reached through; `url` has any password masked."""

    source: ProxySource
    url: str = ""
    variable: str = ""  # the environment variable's name, as spelt in the environment
    host: str = ""  # with BYPASSED: the gateway's host that NO_PROXY covers


def effective_proxy(
    settings: AppSettings, environ: Mapping[str, str], *, base_url: str | None = None,
    system: Mapping[str, str] | None = None,
) -> ProxyInForce:
    """What the settings dialog shows: no proxy, or the proxy URL and where it comes from.

    The settings' proxy wins, then the settings' PAC address; otherwise HTTPS_PROXY/HTTP_PROXY (by
    the gateway's scheme) or ALL_PROXY, unless NO_PROXY covers the gateway's host; then `system`
    (`system_proxies()`: what urllib and httpx read on Windows and macOS when no variable is set).
    Passwords in proxy URLs are masked.
    """
    if settings.proxy:
        return ProxyInForce(ProxySource.SETTINGS, _hide_password(settings.proxy))
    if settings.pac_url.strip():
        return ProxyInForce(ProxySource.PAC, _hide_password(settings.pac_url.strip()))
    url = base_url if base_url is not None else effective_base_url(settings, environ)[0]
    parts = urlsplit(url if "://" in url else "https://" + url)
    scheme = parts.scheme.lower() or "https"
    found = _env(environ, f"{scheme}_proxy") or _env(environ, "all_proxy")
    if found is None:
        from_system = (system or {}).get(scheme) or (system or {}).get("all")
        if from_system and not _no_proxy_covers((parts.hostname or "").lower(), None,
                                                (system or {}).get("no", "")):
            return ProxyInForce(ProxySource.SYSTEM, _hide_password(from_system))
        return ProxyInForce(ProxySource.NONE)
    value, var = found
    no_proxy = _env(environ, "no_proxy")
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if no_proxy and host and _no_proxy_covers(host, port, no_proxy[0]):
        return ProxyInForce(ProxySource.BYPASSED, variable=no_proxy[1], host=host)
    return ProxyInForce(ProxySource.ENVIRONMENT, _hide_password(value), var)
