"""Where the gateway is, the key to use and how patient to be — with the key kept out of sight.

Why: one immutable value the settings dialog can build and swap in as a whole
(`GatewayClient.with_config`). Its repr never shows the key or the proxy's password, so logging a
config, an error or a crash report cannot leak them.

Proxy: `proxy=None` or `""` lets httpx follow the environment (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY,
NO_PROXY); a URL such as `http://user:pass@proxy.corp:3128` sends every request of this client
through that proxy instead (the environment is then ignored). A proxy belongs to an HTTP client,
so `GatewayClient.with_config` makes a *new* HTTP client when the proxy differs (see there).
`pac_url` (used when no explicit proxy is set) routes each request as a proxy auto-configuration
file says (`desktop_chat.api.pac`); `ca_bundle` names a PEM file of extra certificate authorities
trusted beside the operating system's store (`desktop_chat.api.tls`). Both belong to the HTTP
client too, so `network` — proxy, PAC and CA file together — decides whether a pool can be shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from desktop_chat.api.errors import Flaw, InvalidRequest, RequestField
from desktop_chat.api.retry import RetryPolicy
from desktop_chat.api.urls import NormalizedBaseURL, normalize_base_url

DEFAULT_USER_AGENT = "DesktopChat/0.1 (+httpx)"
PROXY_SCHEMES = ("http", "https")  # socks needs an extra package (socksio) we don't ship


@dataclass(frozen=True, slots=True)
class GatewayConfig:
    """Connection settings. Timeouts in seconds; `read_timeout` is the longest silence allowed
    (reasoning models may think for minutes before the first token)."""

    base_url: str
    api_key: str = field(repr=False)
    connect_timeout: float = 10
    read_timeout: float = 300
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    user_agent: str = DEFAULT_USER_AGENT
    ask_for_usage: bool = True  # send stream_options.include_usage (dropped if the gateway rejects it)
    proxy: str | None = field(default=None, repr=False)  # None/"" = environment; may hold a password
    pac_url: str | None = field(default=None, repr=False)  # None/"" = no PAC; ignored when `proxy` is set
    ca_bundle: str | None = None  # None/"" = the system's trust store only

    @property
    def pac(self) -> str | None:
        """The PAC file's address in force (stripped), or None: none set, or an explicit proxy wins."""
        value = (self.pac_url or "").strip()
        return value if value and self.proxy_url is None else None

    @property
    def network(self) -> tuple[str | None, str | None, str | None]:
        """What an HTTP client is made with: (proxy, PAC address, CA file); equal → one pool."""
        return (self.proxy_url, self.pac, (self.ca_bundle or "").strip() or None)
    # the request body's `user` (the organisation's end-user id, from the system policy); None: not sent
    end_user: str | None = None

    @property
    def proxy_url(self) -> str | None:
        """The proxy to use explicitly (stripped), or None to follow the environment."""
        value = (self.proxy or "").strip()
        return value or None

    @property
    def proxy_display(self) -> str:
        """The proxy for humans and logs, credentials hidden: "http://***@proxy.corp:3128"."""
        return display_proxy(self.proxy_url)

    def proxy_secrets(self) -> tuple[str, ...]:
        """Texts that must be scrubbed from errors: the proxy's (and the PAC address's) URL and user info."""
        pac = self.pac
        found = {*proxy_secrets(self.proxy_url), *(proxy_secrets(pac) if pac and "@" in pac else ())}
        return tuple(sorted(found, key=len, reverse=True))

    def check_proxy(self) -> None:
        """Raise `InvalidRequest` (never quoting credentials) if the proxy URL is unusable."""
        url = self.proxy_url
        if url is None:
            return
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError for a bad port
        except ValueError:
            parts = None
        if parts is None or parts.scheme.lower() not in PROXY_SCHEMES or not parts.hostname:
            raise InvalidRequest(RequestField.PROXY, Flaw.MALFORMED, value=display_proxy(url))

    def __repr__(self) -> str:
        return (
            f"GatewayConfig(base_url={self.base_url!r}, connect_timeout={self.connect_timeout!r}, "
            f"read_timeout={self.read_timeout!r}, retry={self.retry!r}, "
            f"ask_for_usage={self.ask_for_usage!r}, proxy={self.proxy_display!r}"
            + (f", pac_url={display_address(self.pac)!r}" if self.pac else "")
            + (f", ca_bundle={self.ca_bundle!r}" if self.ca_bundle else "")
            + ")"
        )

    def normalized(self) -> NormalizedBaseURL:
        """The canonical base URL (raises `InvalidRequest` for an unusable address)."""
        return normalize_base_url(self.base_url)

    def check_key(self) -> None:
        """Raise `InvalidRequest` (without quoting it) if the key can't travel in an HTTP header."""
        key = self.api_key
        if key and (key != key.strip() or not key.isascii() or not key.isprintable()):
            raise InvalidRequest(RequestField.API_KEY, Flaw.BAD_CHARACTERS)


def display_proxy(url: str | None) -> str:
    """`url` with any user name and password replaced by `***`; "environment" for None."""
    if not url:
        return "environment"
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "***"
    if not parts.scheme or not host:
        return "***" if "@" in url else url
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    if "@" in parts.netloc:
        netloc = "***@" + netloc
    return f"{parts.scheme}://{netloc}"


def display_address(url: str | None) -> str:
    """A URL with its path kept and any user name and password replaced by `***` (a PAC file's address)."""
    if not url:
        return ""
    head, sep, rest = url.partition("://")
    if not sep:
        return "***" if "@" in url else url
    netloc, slash, path = rest.partition("/")
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    return f"{head}://{netloc}{slash}{path}"


def proxy_secrets(url: str | None) -> tuple[str, ...]:
    """The parts of a proxy URL no text may show: the URL itself, user info, password (raw and decoded)."""
    if not url:
        return ()
    found = {url}
    try:
        parts = urlsplit(url)
        userinfo = parts.netloc.rpartition("@")[0]
        if userinfo:
            found |= {userinfo, unquote(userinfo)}
            password = userinfo.partition(":")[2]
            found |= {password, unquote(password)}  # not the user name alone: it may be a common word
    except ValueError:
        pass
    return tuple(sorted((s for s in found if s), key=len, reverse=True))
