"""Which URLs from model output may ever be opened, and how any URL is shown as text.

Why: links are the one way model output can make the app act outside itself. Only web pages and
e-mail addresses may be offered (after the user saw the full URL); `file:`, `javascript:`, `data:`,
relative paths and every other scheme are only ever shown as text. The same check runs when the
HTML is written and again when a link is clicked (defence in depth).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def is_openable_url(url: str) -> bool:
    """True only for absolute http(s) URLs with a host, and mailto: with an address."""
    if not url or _CONTROL.search(url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in OPENABLE_SCHEMES:
        return False
    if scheme == "mailto":
        return "@" in parts.path and not parts.netloc
    if not parts.hostname:
        return False
    return url[: len(scheme) + 3].lower() == f"{scheme}://"


def display_url(url: str, limit: int = 200) -> str:
    """The URL as text for the reader, shortened in the middle if it is very long (e.g. data:)."""
    if len(url) <= limit:
        return url
    keep = limit // 2 - 1
    return f"{url[:keep]}…{url[-keep:]}"
