"""Progress and cancel for long file work (import, export, backup) run on a worker thread.

Why: a 200 MB import or a 10,000-chat export takes seconds to minutes. The person sees how far it
got and may stop it. The working thread calls `Pace.step(done, total)` often; it polls the
caller's `cancelled()` every time and raises `Cancelled`, and forwards `progress(done, total)` at
most `max_rate` times a second (plus once at the very end), so the receiver — usually an event loop
on another thread — is not flooded. Both callbacks are called from the working thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

MAX_PROGRESS_RATE = 20.0  # reports per second


class Cancelled(Exception):
    """The caller asked the work to stop; what it had changed was undone before this was raised."""


class Pace:
    """Throttled progress reports and cancel polls for one piece of work."""

    def __init__(
        self,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
        *,
        max_rate: float = MAX_PROGRESS_RATE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._interval = 1.0 / max_rate
        self._clock = clock
        self._last = -float("inf")
        self._reported: tuple[int, int] | None = None

    def check(self) -> None:
        """Raise Cancelled when the caller asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled

    def step(self, done: int, total: int) -> None:
        """Poll for cancel, then report progress if the last report is old enough."""
        self.check()
        if self._progress is None:
            return
        now = self._clock()
        if now - self._last >= self._interval:
            self._last = now
            self._send(done, total)

    def finish(self, total: int) -> None:
        """The final report (done == total), sent even when the throttle would hold it back."""
        if self._progress is not None and self._reported != (total, total):
            self._last = self._clock()
            self._send(total, total)

    def _send(self, done: int, total: int) -> None:
        assert self._progress is not None
        self._reported = (done, total)
        self._progress(done, total)
