"""The update feed: is a newer Desktop Chat offered by the organisation?

Why: IT publishes its builds; people should hear of a new one without the app ever installing
anything by itself. Only when the policy names `update_feed` — a JSON document
`{"version": "1.4.0", "notes": "…", "url": "https://…/DesktopChat-1.4.0.exe", "sha256": "…"}` —
the app fetches it once a day, compares its version with its own (a plain dotted compare: 1.10 is
newer than 1.9; a trailing text part such as "rc1" ranks before the plain release) and offers a
newer one. No feed: no timer, no request, no traffic of ours at all.

A feed that can't be read or parsed is a typed `FeedProblem` in `UpdateCheck`; the UI logs it and
says nothing. The time of the last check is state (`updates-state.json` beside the window state).
The HTTP client is the session's shared one (the app's proxy and TLS settings): no key is sent
with it, only a plain GET. No Qt, no sentences here.
"""

from __future__ import annotations

import enum
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktop_chat.paths import AppPaths, write_text_atomically

__all__ = [
    "CHECK_INTERVAL_S",
    "FeedProblem",
    "UpdateCheck",
    "UpdateOffer",
    "UpdatesService",
    "compare_versions",
    "feed_url_of",
    "parse_feed",
]

log = logging.getLogger(__name__)

CHECK_INTERVAL_S = 24 * 3600.0
FEED_LIMIT = 256 * 1024  # bytes: a feed is a few lines
STATE_FILE = "updates-state.json"
_VERSION = re.compile(r"^v?(\d+(?:\.\d+)*)([-.+]?[0-9A-Za-z.\-+]*)$")
_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")


class FeedProblem(enum.Enum):
    UNREACHABLE = "unreachable"  # no connection, a timeout, TLS refused
    HTTP_STATUS = "http_status"  # not 200
    NOT_JSON = "not_json"
    MISSING_FIELDS = "missing_fields"  # version or url missing or of the wrong kind
    BAD_VERSION = "bad_version"
    BAD_URL = "bad_url"  # not http(s)
    TOO_LARGE = "too_large"


class FeedInvalid(Exception):
    def __init__(self, problem: FeedProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True, slots=True)
class UpdateOffer:
    version: str
    notes: str
    url: str
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class UpdateCheck:
    """One check: `offer` when the feed names a newer version; `problem` when it could not be read."""

    offer: UpdateOffer | None = None
    latest: str = ""  # the feed's version, newer or not
    problem: FeedProblem | None = None
    detail: str = ""

    @property
    def newer(self) -> bool:
        return self.offer is not None


def feed_url_of(policy: Any) -> str:
    """The policy's `update_feed` ("" = none: no check at all)."""
    if policy is None:
        return ""
    value = policy.get("update_feed") if isinstance(policy, dict) else getattr(policy, "update_feed", None)
    return value.strip() if isinstance(value, str) else ""


def _parts(version: str) -> tuple[tuple[int, ...], str]:
    match = _VERSION.match(version.strip())
    if match is None:
        raise ValueError(version)
    numbers = tuple(int(n) for n in match.group(1).split("."))
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers = numbers[:-1]
    return numbers, match.group(2).lstrip("-.+")


def compare_versions(a: str, b: str) -> int:
    """-1, 0 or 1 as `a` is older than, the same as, or newer than `b`. Raises ValueError."""
    (na, sa), (nb, sb) = _parts(a), _parts(b)
    if na != nb:
        return 1 if na > nb else -1
    if sa == sb:
        return 0
    if not sa:  # 1.4.0 is newer than 1.4.0rc1
        return 1
    if not sb:
        return -1
    return 1 if sa > sb else -1


def parse_feed(body: bytes) -> UpdateOffer:
    """The feed's offer; raises FeedInvalid."""
    if len(body) > FEED_LIMIT:
        raise FeedInvalid(FeedProblem.TOO_LARGE, f"{len(body)} bytes")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise FeedInvalid(FeedProblem.NOT_JSON, str(exc)[:200]) from exc
    if not isinstance(data, dict):
        raise FeedInvalid(FeedProblem.NOT_JSON, "not an object")
    version, url = data.get("version"), data.get("url")
    notes, sha = data.get("notes", ""), data.get("sha256", "")
    if not isinstance(version, str) or not isinstance(url, str):
        raise FeedInvalid(FeedProblem.MISSING_FIELDS, "version and url must be strings")
    try:
        _parts(version)
    except ValueError as exc:
        raise FeedInvalid(FeedProblem.BAD_VERSION, version[:80]) from exc
    if urlsplit(url.strip()).scheme.lower() not in {"http", "https"} or not urlsplit(url.strip()).netloc:
        raise FeedInvalid(FeedProblem.BAD_URL, url[:200])
    sha = sha.strip() if isinstance(sha, str) and _HEX64.match(sha.strip()) else ""
    return UpdateOffer(version.strip(), notes if isinstance(notes, str) else "", url.strip(), sha.lower())


def check_against(body: bytes, current: str) -> UpdateCheck:
    """Compare a fetched feed with the running version."""
    try:
        offer = parse_feed(body)
    except FeedInvalid as exc:
        return UpdateCheck(problem=exc.problem, detail=exc.detail)
    try:
        newer = compare_versions(offer.version, current) > 0
    except ValueError:  # a development build has no comparable version: any release is newer
        newer = True
    return UpdateCheck(offer=offer if newer else None, latest=offer.version)


class UpdatesService:
    """Fetch the feed (through `http()`, an httpx.AsyncClient) at most once a day."""

    def __init__(self, paths: AppPaths, feed_url: Callable[[], str], http: Callable[[], Any],
                 current_version: str, *, clock: Callable[[], float] = time.time,
                 timeout_s: float = 20.0) -> None:
        self._paths = paths
        self._feed_url = feed_url
        self._http = http
        self._current = current_version
        self._clock = clock
        self._timeout = timeout_s

    @property
    def feed_url(self) -> str:
        return self._feed_url()

    @property
    def enabled(self) -> bool:
        return bool(self._feed_url())

    def last_check(self) -> float | None:
        try:
            data = json.loads(self._state_path().read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        value = data.get("last_check") if isinstance(data, dict) else None
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    def is_due(self) -> bool:
        if not self.enabled:
            return False
        last, now = self.last_check(), self._clock()
        return last is None or now - last >= CHECK_INTERVAL_S or now < last

    async def check_if_due(self) -> UpdateCheck | None:
        return await self.check_now() if self.is_due() else None

    async def check_now(self) -> UpdateCheck | None:
        """Fetch and compare (None without a feed: nothing is sent)."""
        url = self._feed_url()
        if not url:
            return None
        import httpx

        try:
            response = await self._http().get(url, timeout=self._timeout,
                                              headers={"Accept": "application/json"})
        except httpx.HTTPError as exc:
            result = UpdateCheck(problem=FeedProblem.UNREACHABLE, detail=f"{type(exc).__name__}: {exc}"[:300])
        else:
            if response.status_code != 200:
                result = UpdateCheck(problem=FeedProblem.HTTP_STATUS, detail=str(response.status_code))
            else:
                result = check_against(response.content, self._current)
        self._remember(self._clock())
        if result.problem is not None:
            log.warning("update feed %s unusable: %s (%s)", url, result.problem.value, result.detail)
        else:
            log.info("update feed: %s offered, %s running", result.latest, self._current)
        return result

    def _state_path(self) -> Path:
        return self._paths.state_file.parent / STATE_FILE

    def _remember(self, when: float) -> None:
        try:
            write_text_atomically(self._state_path(), json.dumps({"version": 1, "last_check": when}) + "\n",
                                  durable=False)
        except OSError as exc:
            log.info("could not save the update check's time: %s", exc)
