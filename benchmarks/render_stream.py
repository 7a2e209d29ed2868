"""Streaming render cost: naive `setMarkdown(whole)` per update vs ChatView.stream_delta.

Why: re-rendering a whole answer per token is O(n²) over the answer. This prints,
side by side, updates/s and ms/update at 1k, 10k and 100k characters for
  (a) baseline: QTextBrowser.setMarkdown(whole text so far) per update, and
  (b) ours: ChatView.stream_delta(delta) followed by flush_pending_updates() on EVERY update
      (so each update really re-renders: tail parse, widget update, height, list layout —
      the 60 fps coalescing is bypassed),
and the resident memory after loading a 2,000-message conversation into a ChatView.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.render_stream [--updates 300]
Target: ≥ 1,500 updates/s at 100k characters for (b).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTextBrowser

from desktop_chat.domain import FinishReason, Message, MessageStatus, Role
from desktop_chat.ui.chat.view import ChatView, MessageEntry

MARKS = (1_000, 10_000, 100_000)
DELTA = 4  # characters per update, about one token

_PARTS = [
    "## Section {n}\n\n",
    "This paragraph explains step {n} in some detail, with **bold** words, `inline code` and a "
    "[link](https://example.com/{n}). It goes on for a while so that it wraps over a few lines.\n\n",
    "- first point of {n}\n- second point, a little longer than the first\n- third point\n\n",
    "```python\ndef step_{n}(x: int) -> int:\n    total = 0\n    for i in range(x):\n"
    "        total += i * {n}\n    return total\n```\n\n",
    "| name | value |\n|------|------:|\n| alpha | {n} |\n| beta | {n}.5 |\n\n",
    "> A quoted remark about step {n}.\n\n",
]


def answer(length: int) -> str:
    out: list[str] = []
    size, n = 0, 0
    while size < length:
        piece = _PARTS[n % len(_PARTS)].format(n=n)
        out.append(piece)
        size += len(piece)
        n += 1
    return "".join(out)[:length]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def message(mid: int, role: Role, content: str, status: MessageStatus = MessageStatus.COMPLETE) -> Message:
    now = time.time()
    return Message(
        mid,
        1,
        mid - 1 or None,
        role,
        content,
        now,
        now,
        model="bench-model",
        status=status,
        finish_reason=None if status is MessageStatus.STREAMING else FinishReason.STOP,
    )


def bench_baseline(app: QApplication, text: str, mark: int, updates: int) -> float:
    browser = QTextBrowser()
    browser.resize(800, 600)
    browser.show()
    start_at = mark - updates * DELTA
    t0 = time.perf_counter()
    for i in range(updates):
        browser.setMarkdown(text[: start_at + (i + 1) * DELTA])
    elapsed = time.perf_counter() - t0
    browser.deleteLater()
    app.processEvents()
    return elapsed / updates


def bench_ours(app: QApplication, text: str, mark: int, updates: int) -> float:
    view = ChatView()
    view.resize(900, 800)
    view.show()
    view.set_conversation(
        1,
        [
            MessageEntry(message(1, Role.USER, "go")),
            MessageEntry(message(2, Role.ASSISTANT, "", MessageStatus.STREAMING)),
        ],
    )
    start_at = mark - updates * DELTA
    # Get to just below the mark (not timed), in chunks, rendering now and then.
    for pos in range(0, start_at, 2_000):
        view.stream_delta(2, text[pos : min(pos + 2_000, start_at)])
        view.flush_pending_updates()
    app.processEvents()
    t0 = time.perf_counter()
    for i in range(updates):
        pos = start_at + i * DELTA
        view.stream_delta(2, text[pos : pos + DELTA])
        view.flush_pending_updates()
    elapsed = time.perf_counter() - t0
    assert view.streaming_text(2) == text[: start_at + updates * DELTA]
    view.deleteLater()
    app.processEvents()
    return elapsed / updates


def bench_memory(app: QApplication, count: int) -> tuple[float, float, int]:
    from tests.gui._chat_view_fixtures import many_entries

    entries = many_entries(count)
    before = rss_mb()
    view = ChatView()
    view.resize(900, 800)
    view.show()
    t0 = time.perf_counter()
    view.set_conversation(1, entries)
    load_ms = (time.perf_counter() - t0) * 1000
    app.processEvents()
    return rss_mb() - before, load_ms, view.laid_out_count()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=200, help="timed updates per size")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    text = answer(max(MARKS) + 1000)
    print(f"streaming in {DELTA}-character deltas; {args.updates} timed updates just below each size")
    print(
        f"{'chars':>8} | {'setMarkdown(whole) ms':>22} {'upd/s':>8} | "
        f"{'ChatView.stream_delta ms':>25} {'upd/s':>8} | {'speed-up':>8}"
    )
    for mark in MARKS:
        updates = min(args.updates, mark // (2 * DELTA))  # timed window: the upper half at most
        base = bench_baseline(app, text, mark, min(updates, 60 if mark >= 100_000 else updates))
        ours = bench_ours(app, text, mark, updates)
        print(
            f"{mark:>8,} | {base * 1000:>22.3f} {1 / base:>8.0f} | {ours * 1000:>25.3f} {1 / ours:>8.0f}"
            f" | {base / ours:>7.1f}x"
        )
    rss_start = rss_mb()
    grown, load_ms, live = bench_memory(app, 2000)
    print(
        f"\n2,000-message conversation: set_conversation {load_ms:.0f} ms, {live} cards laid out, "
        f"RSS +{grown:.1f} MB (process {rss_mb():.0f} MB; before loading {rss_start:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
