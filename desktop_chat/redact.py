"""Scrub API keys out of text before it reaches a log, a crash report or an export.

Why: LLM clients (LiteLLM and Jan among them) have leaked keys through logged request headers
and tracebacks. Two layers: the exact key values we know of (and their repr/JSON/URL-escaped forms),
and patterns that look like credentials even when we don't know the value — `Authorization:
Bearer …`, `api-key: …`, `"api_key": "…"`, `sk-…`, `AIza…`, `X-Auth-Token: …`, and the
`user:password@` of any URL (proxies, PAC files, tool servers). `RedactingFilter` applies this to
every log record (message, arguments, exception and stack text) before any handler writes it.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import traceback
from collections.abc import Callable, Iterable
from urllib.parse import quote

MARKER = "[REDACTED]"
MIN_SECRET_LENGTH = 4  # shorter "secrets" would shred ordinary words; real keys are far longer

_NOT_DONE = "(?!" + re.escape(MARKER) + ")"  # a value already redacted is left as it is (idempotent)

# (pattern, replacement, lower-case words one of which must occur: a cheap pre-check)
_PATTERNS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    # Authorization: Bearer xyz / 'authorization': 'Basic xyz' / Authorization=xyz
    (
        re.compile(
            r"(?i)(\b(?:proxy-)?authorization[\"']?\s*[:=]\s*[\"']?)"
            r"((?:bearer|basic|token|digest)\s+)?+" + _NOT_DONE + r"[^\s\"',;}\]]+"
        ),
        r"\1\2" + MARKER,
        ("authorization",),
    ),
    # a bare "Bearer xyz" anywhere
    (re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9._~+/=\-]{4,}"), r"\1" + MARKER, ("bearer",)),
    # api-key: xyz, x-api-key=xyz, "api_key": "xyz", apikey=xyz, access_token, secret_key, password
    (
        re.compile(
            r"(?i)(\b(?:x-)?(?:api[-_ ]?key|access[-_]?token|secret[-_]?key|client[-_]?secret|password)"
            r"[\"']?\s*[:=]\s*[\"']?)" + _NOT_DONE + r"[^\s\"',;&}\]]+"
        ),
        r"\1" + MARKER,
        ("key", "token", "secret", "password"),
    ),
    # OpenAI/Anthropic-style keys: sk-…, sk-proj-…, sk-ant-…
    (re.compile(r"\bsk-[A-Za-z0-9_\-]{4,}"), MARKER, ("sk-",)),
    # Google API keys
    (re.compile(r"\bAIza[0-9A-Za-z_\-]{16,}"), MARKER, ("aiza",)),
    # credentials in a URL (a proxy's, a PAC file's, a tool server's): scheme://user:password@host
    (
        re.compile(r"(?i)(\b[a-z][a-z0-9+.\-]*://)(?!\*\*\*@)" + _NOT_DONE + r"[^\s/?#@\"'<>]+@"),
        r"\1" + MARKER + "@",
        ("://",),
    ),
    # token headers of tool servers and proxies: X-Auth-Token: …, session_token=…, X-Foo-Secret: …
    (
        re.compile(
            r"(?i)(\b(?:x-[a-z0-9-]*(?:token|secret|key)|(?:auth|session|refresh|id|private)[-_]?token)"
            r"[\"']?\s*[:=]\s*[\"']?)" + _NOT_DONE + r"[^\s\"',;&}\]]{4,}"
        ),
        r"\1" + MARKER,
        ("token", "secret", "key"),
    ),
)


def _variants(secret: str) -> set[str]:
    forms = {secret, repr(secret)[1:-1], json.dumps(secret)[1:-1], quote(secret, safe="")}
    return {f for f in forms if len(f) >= MIN_SECRET_LENGTH}


@functools.lru_cache(maxsize=8)
def _known_pattern(secrets: frozenset[str]) -> re.Pattern[str] | None:
    forms: set[str] = set()
    for secret in secrets:
        if len(secret) >= MIN_SECRET_LENGTH:
            forms |= _variants(secret)
    if not forms:
        return None
    ordered = sorted(forms, key=len, reverse=True)  # longest first: an escaped form beats its part
    return re.compile("|".join(re.escape(f) for f in ordered))


def _remove_known(text: str, secrets: Iterable[str]) -> str:
    pattern = _known_pattern(frozenset(s for s in secrets if s))
    if pattern is None:
        return text
    for _ in range(3):
        if not pattern.search(text):
            return text
        text = pattern.sub(MARKER, text)
    while True:  # the marker itself re-formed a secret: delete instead, which always ends
        shorter = pattern.sub("", text)
        if shorter == text:
            return text
        text = shorter


def redact_known(text: str, *, secrets: Iterable[str]) -> str:
    """`text` with only the given secret values (and their escaped forms) replaced — no patterns.

    For text that must stay as it was apart from real secrets: a request body copied as curl, where
    a chat that talks about "Bearer tokens" must reach the gateway as written.
    """
    return _remove_known(text, secrets)


def redact(text: str, *, secrets: Iterable[str] = ()) -> str:
    """`text` with the given secret values and anything that looks like a credential replaced."""
    text = _remove_known(text, secrets)
    lowered = text.lower()
    for pattern, replacement, triggers in _PATTERNS:
        if any(word in lowered for word in triggers):
            text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Redacts each record in place (message with its args, exception and stack text).

    Install it on handlers, not loggers: a logger's filters don't see records from child loggers.
    """

    def __init__(self, secrets_provider: Callable[[], Iterable[str]] = tuple) -> None:
        super().__init__()
        self._secrets_provider = secrets_provider

    def _secrets(self) -> list[str]:
        try:
            return [s for s in self._secrets_provider() if s]
        except Exception:  # a broken provider must not stop logging; patterns still apply
            return []

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self._secrets()
        try:
            message = record.getMessage()
        except Exception:  # bad format args: keep everything, readable and redacted
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(message, secrets=secrets)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text, secrets=secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, secrets=secrets)
        return True
