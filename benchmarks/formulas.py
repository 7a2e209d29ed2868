"""A 200-formula answer: the finished answer's render time and the worst UI stall while it streams.

Why: formulas are drawn by ziamath (pure Python, 3–90 ms each) in typesetter child processes, so
that neither showing a finished answer nor streaming one stalls the window. Budgets (issue 12):
finished-answer render ≤ 300 ms, no stall > 50 ms while streaming. Each figure is printed beside a
baseline from the same run: the same answer with its formulas as plain text (dollars escaped).

Measured:
  - ziamath's own cost per formula (the answer's 200 formulas, drawn one by one, warm), through
    formula_child's trimmed MathML and through `ziamath.Latex` as it comes;
  - finished: `set_conversation` with the answer until its card is laid out (ms), then how long
    until the formulas on screen are drawn and in their documents, until every formula is, and
    the worst stall meanwhile — with the app's pool drawing what is on screen first, and with one
    child in document order (how it was before) for comparison;
  - streaming: the answer fed as ~4-character deltas from a timer (the window's 16 ms frame
    coalescing as in the app), a 10 ms PreciseTimer heartbeat; the worst and p99 lateness, and the
    time until the last formula is drawn after the end.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.formulas [--formulas 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop_chat.domain import MessageStatus, Role
from desktop_chat.ui.chat.browser import SafeTextBrowser
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.render import formulas
from tests.gui.helpers import entry

_SHAPES = [
    "Step {n}: the term $a_{{{n}}} = \\frac{{{n}}}{{{n}+1}}$ tends to $1$ as $n \\to \\infty$.",
    "For case {n} we need $\\sum_{{i=1}}^{{{n}}} i^2 = \\frac{{{n}({n}+1)(2\\cdot{n}+1)}}{{6}}$.",
    "$$\\int_0^{{{n}}} x^2\\,dx = \\frac{{{n}^3}}{{3}}$$",
    "With $\\alpha_{{{n}}} + \\beta = \\gamma$ and costs of $5 and $10 left as text.",
    "$$A_{{{n}}} = \\begin{{pmatrix}} {n} & 1 \\\\ 0 & {n} \\end{{pmatrix}}$$",
]

_COUNTS = [3, 1, 1, 1, 1]  # formulas in each shape


def answer(count: int) -> str:
    parts: list[str] = []
    made = 0
    n = 0
    while made < count:
        piece = _SHAPES[n % len(_SHAPES)].format(n=n + 1)
        made += _COUNTS[n % len(_SHAPES)]
        parts.append(piece)
        n += 1
    return "\n\n".join(parts)


def plain(text: str) -> str:
    return text.replace("$", "\\$")


class Heartbeat:
    """A 10 ms timer; how late it fires is how long the event loop was busy."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self.late: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        self.late = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> tuple[float, float]:
        self._timer.stop()
        if not self.late:
            return 0.0, 0.0
        ordered = sorted(self.late)
        return ordered[-1], ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, (now - self._last) * 1000 - 10))
        self._last = now


def pump(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def drawn_all(app: QApplication, timeout_s: float = 120.0) -> float:
    """Seconds until the worker is idle and its results are in the documents."""
    start = time.perf_counter()
    worker = formulas._worker()
    while worker.pending() and time.perf_counter() - start < timeout_s:
        app.processEvents()
        time.sleep(0.002)
    pump(app, 0.1)  # the documents' 30 ms batching
    return time.perf_counter() - start - 0.1


def on_screen(view: ChatView) -> list[tuple[SafeTextBrowser, str]]:
    """The formulas in the part of the documents the person sees now."""
    found: list[tuple[SafeTextBrowser, str]] = []
    for browser in view.findChildren(SafeTextBrowser):
        if not browser.isVisible():
            continue
        seen = browser.viewport().visibleRegion().boundingRect()
        if seen.isEmpty():
            continue
        found.extend((browser, key) for key in browser.formula_keys_in(QRectF(seen)))
    return found


def _in_document(browser: SafeTextBrowser, key: str) -> bool:
    drawn = formulas.cached(key, browser.formula_style())
    if drawn is None:
        return formulas.is_failed(key)
    got = browser.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"formula:{key}"))
    return isinstance(got, QImage) and got.cacheKey() == drawn.cacheKey()


def visible_drawn(app: QApplication, seen: list[tuple[SafeTextBrowser, str]],
                  timeout_s: float = 60.0) -> float:
    """Seconds until every formula on screen is drawn and in its document."""
    start = time.perf_counter()
    while not all(_in_document(b, k) for b, k in seen) and time.perf_counter() - start < timeout_s:
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - start


def latex_as_is_ms(text: str) -> list[float]:
    """ziamath.Latex(…).svg() per formula, without formula_child's trim (for comparison)."""
    import warnings

    from desktop_chat.ui.render.markdown import render_blocks

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import ziamath
    keys = [k for b in render_blocks(text) for k in formulas.keys_in(b.html)]
    costs = []
    for key in keys:
        f = formulas.formula(key)
        assert f is not None
        t0 = time.perf_counter()
        ziamath.Latex(f.latex, size=formulas.DEFAULT_FONT_PX * formulas.MATH_SCALE, inline=not f.display,
                      color="#222222").svg()
        costs.append((time.perf_counter() - t0) * 1000)
    return costs


def per_formula_ms(text: str) -> list[float]:
    from desktop_chat.ui.render.markdown import render_blocks

    keys = [k for b in render_blocks(text) for k in formulas.keys_in(b.html)]
    style = formulas.Style()
    found = [formulas.formula(k) for k in keys]
    first = found[0]
    assert first is not None
    formulas.draw(first, style)  # ziamath imported, font loaded
    costs = []
    for f in found:
        assert f is not None
        t0 = time.perf_counter()
        formulas.draw(f, style)
        costs.append((time.perf_counter() - t0) * 1000)
    return costs


def finished(app: QApplication, view: ChatView, text: str,
             beat: Heartbeat) -> tuple[float, float, float, float, int]:
    formulas.clear_cache()
    view.set_conversation(None, [])
    pump(app, 0.05)
    t0 = time.perf_counter()
    view.set_conversation(1, [entry(1, Role.ASSISTANT, text)])
    app.processEvents()
    shown = (time.perf_counter() - t0) * 1000
    beat.start()
    seen = on_screen(view)
    visible_drawn(app, seen)
    visible = time.perf_counter() - t0
    drawn_all(app)
    until = time.perf_counter() - t0 - 0.1  # less drawn_all's final pump
    worst, _ = beat.stop()
    return shown, visible, until, worst, len(seen)


def streaming(
    app: QApplication, view: ChatView, text: str, beat: Heartbeat
) -> tuple[float, float, float, float]:
    formulas.clear_cache()
    view.set_conversation(None, [])
    pump(app, 0.05)
    view.set_conversation(2, [entry(2, Role.ASSISTANT, "", status=MessageStatus.STREAMING)])
    app.processEvents()
    pos = 0
    feeder = QTimer()
    feeder.setTimerType(Qt.TimerType.PreciseTimer)
    feeder.setInterval(2)

    def feed() -> None:
        nonlocal pos
        if pos < len(text):
            view.stream_delta(2, text[pos : pos + 4])
            pos += 4

    feeder.timeout.connect(feed)
    beat.start()
    start = time.perf_counter()
    feeder.start()
    while pos < len(text):
        app.processEvents()
        time.sleep(0.0005)
    feeder.stop()
    seconds = time.perf_counter() - start
    pump(app, 0.6)  # the tail's quiet time: its formulas are drawn too
    until = drawn_all(app)
    worst, p99 = beat.stop()
    return seconds, worst, p99, until


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--formulas", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    text = answer(args.formulas)
    baseline = plain(text)
    view = ChatView()
    view.resize(900, 900)
    view.show()
    pump(app, 0.2)
    beat = Heartbeat()

    costs = per_formula_ms(text)
    as_is = latex_as_is_ms(text)
    print(f"answer: {len(text)} chars, {len(costs)} formulas; ziamath per formula (warm, in one process):")
    for label, got in (("ziamath.Latex as it comes", as_is), ("formula_child (outer row lifted)", costs)):
        print(f"  {label:<34} mean {statistics.fmean(got):5.1f} ms, median {statistics.median(got):5.1f}, "
              f"max {max(got):5.1f}, total {sum(got):5.0f} ms")
    setups = (("one child, document order (before)", 1, False),
              (f"{formulas.pool_size()} children, on screen first (now)", None, True))
    print(f"{'finished answer':<44}{'shown ms':>9}{'on screen s':>12}{'all drawn s':>12}"
          f"{'worst stall ms':>15}")
    shown, _, _, worst, _ = finished(app, view, baseline, beat)  # warm the Markdown parser, fonts
    for _ in range(2):
        shown, _, _, worst, _ = finished(app, view, baseline, beat)
    print(f"{'baseline (formulas as text)':<44}{shown:>9.1f}{0:>12.2f}{0:>12.2f}{worst:>15.1f}")
    for label, size, first in setups:
        formulas.close_pool()
        formulas.POOL_SIZE, formulas.VISIBLE_FIRST = size, first
        finished(app, view, text, beat)  # children up, warm
        shown, visible, until, worst, count = finished(app, view, text, beat)
        print(f"{label:<44}{shown:>9.1f}{visible:>12.2f}{until:>12.2f}{worst:>15.1f}"
              f"   ({count} formulas on screen)")
    print(f"{'streaming':<34}{'secs':>10}{'worst stall ms':>16}{'p99 ms':>9}{'drawn after end s':>19}")
    for label, body in (("baseline (formulas as text)", baseline), ("formulas", text)):
        seconds, worst, p99, until = streaming(app, view, body, beat)
        print(f"{label:<34}{seconds:>10.1f}{worst:>16.1f}{p99:>9.1f}{until:>19.2f}")
    print("(budgets: finished answer shown ≤ 300 ms, no stall > 50 ms while streaming; stall = lateness "
          "of a 10 ms timer; 'on screen' / 'all drawn' = from set_conversation until those formulas are "
          "drawn and in their documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
