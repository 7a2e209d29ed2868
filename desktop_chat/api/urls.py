"""Make sense of the gateway address a user pasted, and say what was changed.

Why: people paste `https://host`, `https://host/v1/`, or the whole `…/v1/chat/completions` they
saw in a curl example. The client needs one canonical base ending in `/v1`; the user deserves a
sentence saying what was used, and a warning flag when the key would travel over plain HTTP to
another machine. Pure: no I/O.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from desktop_chat.api.errors import InvalidRequest

_ENDPOINT_SUFFIXES = ("/chat/completions", "/completions", "/models", "/embeddings")


@dataclass(frozen=True, slots=True)
class NormalizedBaseURL:
    """The base URL to use (always ending in `/v1`), what was changed, and a plain-HTTP warning flag."""

    url: str
    note: str | None = None
    is_plain_http_remote: bool = False

    def endpoint(self, path: str) -> str:
        """The full URL of an endpoint, e.g. `endpoint("chat/completions")`."""
        return f"{self.url}/{path.lstrip('/')}"


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_base_url(raw: str) -> NormalizedBaseURL:
    """Canonical `scheme://host[:port][/prefix]/v1`; raises `InvalidRequest` when it can't be an address."""
    text = (raw or "").strip()
    if not text:
        raise InvalidRequest("Please enter the gateway address.", "base_url")
    notes: list[str] = []
    if "://" not in text:
        host_guess = text.split("/", 1)[0].split(":", 1)[0]
        scheme = "http" if is_loopback_host(host_guess) else "https"
        text = f"{scheme}://{text}"
        notes.append(f"Added '{scheme}://' to the address.")
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise InvalidRequest("This doesn't look like a web address.", "base_url") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidRequest("The address must start with https:// (or http://).", "base_url")
    if not parts.hostname:
        raise InvalidRequest("This doesn't look like a web address.", "base_url")
    if parts.username or parts.password:
        raise InvalidRequest("Please leave the user name and password out of the address.", "base_url")
    if parts.query or parts.fragment:
        notes.append("Removed the part after '?' or '#'.")
    path = parts.path.rstrip("/")
    lowered = path.lower()
    for suffix in _ENDPOINT_SUFFIXES:
        if lowered.endswith(suffix):
            path = path[: len(path) - len(suffix)].rstrip("/")
            notes.append(f"Removed '{suffix}' from the address.")
            break
    if not path.lower().endswith("/v1"):
        path = f"{path}/v1"
        notes.append("Added '/v1' to the address.")
    else:
        path = path[:-3] + "/v1"
    host = parts.hostname
    netloc = f"[{host}]" if ":" in host else host
    default_port = 443 if scheme == "https" else 80
    if port is not None and port != default_port:
        netloc = f"{netloc}:{port}"
    url = urlunsplit((scheme, netloc, path, "", ""))
    return NormalizedBaseURL(
        url=url,
        note=" ".join(notes) or None,
        is_plain_http_remote=scheme == "http" and not is_loopback_host(host),
    )
