"""DESKTOP_CHAT_EXIT_AFTER_SHOWN=1: print start-up figures as JSON, then quit.

Why: benchmarks/startup.py measures the real app from process spawn to its first painted window
(and its memory then). The composition root calls `report_first_paint` right after the window's
first paint (one JSON line, read by the benchmark as the moment the window was on screen), then
builds the rest of the app and calls `report_ready` (a second line: the app can be used), and quits.
The app itself never pays for this: the module is imported only when the variable is set.
"""

from __future__ import annotations

import json
import sys
import time


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


def report_first_paint(*, shown_ms: float, painted_ms: float) -> None:
    figures = {
        "shown_ms": round(shown_ms, 1),
        "painted_ms": round(painted_ms, 1),
        "rss_mb": rss_mb(),
        "modules": len(sys.modules),
        "httpx_loaded": "httpx" in sys.modules,
    }
    print(json.dumps(figures), flush=True)


# What attaching a file needs; none of it may load before a file is attached (start-up time). The
# formula typesetter (~330 ms to import) is listed too: it loads at the first formula drawn.
ATTACHMENT_LIBRARIES = ("PIL", "pypdfium2", "docx", "openpyxl", "pptx", "lxml", "charset_normalizer",
                        "desktop_chat.services.ingest", "ziamath", "ziafont", "latex2mathml")


def report_ready(*, t0: float) -> None:
    """The window's behaviour is wired (services, controllers, the event loop)."""
    figures = {"ready_ms": round((time.perf_counter() - t0) * 1000, 1), "ready_rss_mb": rss_mb(),
               "ready_modules": len(sys.modules),
               "attachment_libraries": sorted(m for m in ATTACHMENT_LIBRARIES if m in sys.modules)}
    print(json.dumps(figures), flush=True)
