"""Make sense of the gateway address a user pasted, and say what was changed.

Why: people paste `https://host`, `https://host/v1/`, or the whole `…/v1/chat/completions` they
saw in a curl example. The client needs one canonical base ending in `/v1`; the user deserves to
be told what was changed (typed `UrlChange` values the UI words), and a warning flag when the key
would travel over plain HTTP to another machine. Pure: no I/O.
"""

from __future__ import annotations

import enum
import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from desktop_chat.api.errors import Flaw, InvalidRequest, RequestField

_ENDPOINT_SUFFIXES = ("/chat/completions", "/completions", "/models", "/embeddings")


class UrlChange(enum.StrEnum):
    """One change `normalize_base_url` made to the address that was typed, in the order made."""

    ADDED_SCHEME = "added_scheme"  # the scheme now in `NormalizedBaseURL.scheme` was put in front
    REMOVED_QUERY = "removed_query"  # the part after '?' or '#'
    REMOVED_ENDPOINT = "removed_endpoint"  # `NormalizedBaseURL.removed_endpoint`, e.g. "/chat/completions"
    ADDED_V1 = "added_v1"


@dataclass(frozen=True, slots=True)
class NormalizedBaseURL:
    """The base URL to use (always ending in `/v1`), what was changed, and a plain-HTTP warning flag."""

    url: str
    changes: tuple[UrlChange, ...] = ()
    is_plain_http_remote: bool = False
    removed_endpoint: str | None = None  # with UrlChange.REMOVED_ENDPOINT: the suffix taken off

    @property
    def scheme(self) -> str:
        """The scheme in use: http or https."""
        return self.url.split("://", 1)[0]

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
        raise InvalidRequest(RequestField.BASE_URL, Flaw.MISSING)
    changes: list[UrlChange] = []
    removed_endpoint: str | None = None
    if "://" not in text:
        host_guess = text.split("/", 1)[0].split(":", 1)[0]
        scheme = "http" if is_loopback_host(host_guess) else "https"
        text = f"{scheme}://{text}"
        changes.append(UrlChange.ADDED_SCHEME)
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise InvalidRequest(RequestField.BASE_URL, Flaw.MALFORMED) from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidRequest(RequestField.BASE_URL, Flaw.WRONG_SCHEME)
    if not parts.hostname:
        raise InvalidRequest(RequestField.BASE_URL, Flaw.MALFORMED)
    if parts.username or parts.password:
        raise InvalidRequest(RequestField.BASE_URL, Flaw.HAS_CREDENTIALS)
    if parts.query or parts.fragment:
        changes.append(UrlChange.REMOVED_QUERY)
    path = parts.path.rstrip("/")
    lowered = path.lower()
    for suffix in _ENDPOINT_SUFFIXES:
        if lowered.endswith(suffix):
            path = path[: len(path) - len(suffix)].rstrip("/")
            changes.append(UrlChange.REMOVED_ENDPOINT)
            removed_endpoint = suffix
            break
    if not path.lower().endswith("/v1"):
        path = f"{path}/v1"
        changes.append(UrlChange.ADDED_V1)
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
        changes=tuple(changes),
        is_plain_http_remote=scheme == "http" and not is_loopback_host(host),
        removed_endpoint=removed_endpoint,
    )
