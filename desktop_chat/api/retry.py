"""When to send a failed request again, and how long to wait first.

Why: gateways shed load with 429/5xx and sometimes say how long to wait (`Retry-After` in seconds
or as an HTTP date, `retry-after-ms`). Retrying blindly hammers them; never retrying turns a blip
into an error. The rules: retry 408, 409, 429, ≥500 and connection errors,
only before any answer byte arrived, with exponential backoff and jitter, honouring the server's
delay up to a cap (a server asking for longer than `max_server_delay` is not retried: the user is
told instead). Pure: the caller sleeps, so tests use a fake clock.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass

RETRYABLE_STATUSES = frozenset({408, 409, 429})


def is_retryable_status(status: int) -> bool:
    return status in RETRYABLE_STATUSES or status >= 500


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many attempts in all (1 = never retry) and the caps of the waits, in seconds.

    `jitter` is the fraction of the backoff that is randomised (0 makes waits exact, for tests).
    """

    max_attempts: int = 4
    base_delay: float = 1.0
    max_delay: float = 30.0
    max_server_delay: float = 60.0
    jitter: float = 0.25

    def backoff(self, failed_attempt: int, rand: Callable[[], float] = random.random) -> float:
        """Our own wait after attempt number `failed_attempt` (1-based) failed."""
        delay = min(self.max_delay, self.base_delay * (2.0 ** (failed_attempt - 1)))
        return max(0.0, delay * (1 - self.jitter * rand()))

    def delay_for(
        self, failed_attempt: int, server_delay: float | None, rand: Callable[[], float] = random.random
    ) -> float | None:
        """The wait before the next attempt, or None when no retry should be made."""
        if failed_attempt >= self.max_attempts:
            return None
        if server_delay is not None:
            if server_delay > self.max_server_delay:
                return None
            return max(server_delay, 0.0)
        return self.backoff(failed_attempt, rand)


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds the server asked us to wait, from `retry-after-ms` or `Retry-After`; None if unsaid.

    `now` is the wall-clock time (Unix seconds), used for the HTTP-date form.
    """
    from email.utils import parsedate_to_datetime  # only for an HTTP-date Retry-After

    lowered = {k.lower(): v for k, v in headers.items()}
    ms = lowered.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - now)
