"""DESKTOP_CHAT_EXIT_AFTER_SHOWN=1: print start-up figures as JSON once the window is painted, then quit.

Why: benchmarks/startup.py measures the real app from process spawn to its first painted window
(and its memory then). The composition root attaches this probe only when the variable is set;
the app itself never pays for it.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer


def rss_mb() -> float | None:
    """Resident memory of this process in MB (Linux /proc; None elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class _FirstPaint(QObject):
    def __init__(self, t0: float, on_painted: Callable[[float], None]) -> None:
        super().__init__()
        self._t0 = t0
        self._on_painted = on_painted
        self.painted_ms: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_ms is None:
            self.painted_ms = (time.perf_counter() - self._t0) * 1000
            QTimer.singleShot(0, lambda: self._on_painted(self.painted_ms or 0.0))
        return False


def run_until_painted(window: Any, loop: Any, *, t0: float, shown_ms: float) -> None:
    """Run the loop until `window` has been painted; print the figures; stop the loop."""

    def report(painted_ms: float | None = None) -> None:
        if painted_ms is None:
            painted_ms = (time.perf_counter() - t0) * 1000
        figures = {
            "shown_ms": round(shown_ms, 1),
            "painted_ms": round(painted_ms, 1),
            "rss_mb": rss_mb(),
            "modules": len(sys.modules),
            "httpx_loaded": "httpx" in sys.modules,
        }
        print(json.dumps(figures), flush=True)
        loop.stop()

    spy = _FirstPaint(t0, report)
    window.installEventFilter(spy)
    QTimer.singleShot(5000, report)  # a platform that never paints (should not happen)
    with loop:
        loop.run_forever()
