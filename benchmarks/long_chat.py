"""End-to-end long-chat benchmark: the REAL app (MainController + Session + store + gateway client) at scale.

Why: the issue promises "long chats stay smooth … smooth at 100k tokens" (Electron clients lag from
20k tokens on). The micro-benchmarks (render_stream.py, startup.py) time components; this one runs
the whole path in one process on the offscreen platform — the gateway simulator (127.0.0.1, its own
thread), the httpx client and SSE decoder, ChatService + AnswerWriter (a real SQLite file in a fresh
DESKTOP_CHAT_HOME), the streaming signals, the window's feature controllers, ChatView and its
incremental renderer — and
measures, while a long answer streams in at full speed (simulator `tps=0`):
  - UI stalls: a 10 ms PreciseTimer records its lateness (max, p99, count > 100 ms);
  - tokens/s delivered to the screen (tokens rendered by the last frame / time since first token);
  - RSS at the end and peak RSS of the phase (VmHWM, reset between phases via /proc/self/clear_refs);
  - time to switch to another chat and back mid-stream (call + forced layout/paint);
  - time to open a 2,000-message chat from a pre-seeded store (HistoryStore), and to scroll it.
Side by side, on the same simulated stream (same spec, same client): the naive baseline, a
QTextBrowser that calls setMarkdown(whole text) per update, coalesced at the same 16 ms frame rate
(capped in time: it is O(n²) and would otherwise take minutes).

    .venv/bin/python -m benchmarks.long_chat            # 20k + 100k tokens, 2,000 messages (~2-3 min)
    .venv/bin/python -m benchmarks.long_chat --quick    # 5k + 20k tokens, 300 messages (~30 s)
Note: the simulator runs in a thread of this process, so it shares the GIL with the UI thread —
like a real app's network, only costlier; the figures are therefore a little pessimistic.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import aclosing, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEY = "sk-bench-long-chat-0123456789"
FRAME_MS = 16
PROBE_MS = 10

# --- realistic Markdown (no ';' or '%': the text travels inside a simulator spec) ---------------
_PARTS = (
    "## Step {n}: what happens here\n\n",
    "This paragraph explains step {n} in some detail, with **bold** words, `inline code` and a "
    "[link](https://example.com/docs/{n}). It goes on for a while so that it wraps over a few "
    "lines in a normal window, as real answers do.\n\n",
    "- first point of step {n}\n- second point, a little longer than the first one\n"
    "- third point with *emphasis*\n\n",
    "```python\ndef step_{n}(values: list[int]) -> int:\n    total = 0\n    for v in values:\n"
    "        total += v * {n}\n    return total\n```\n\n",
    "| name | value | note |\n|------|------:|------|\n| alpha | {n} | first |\n"
    "| beta | {n}.5 | second |\n\n",
    "> A quoted remark about step {n}, for good measure.\n\n",
    "1. Do this first\n2. Then that, carefully\n3. Finally check the result of step {n}\n\n",
)


def markdown_answer(tokens: int) -> str:
    """Markdown of about `tokens` simulator tokens (word-sized pieces, see devtools.answers)."""
    from desktop_chat.devtools.answers import tokens as split

    out: list[str] = []
    count, n = 0, 0
    while count < tokens:
        piece = _PARTS[n % len(_PARTS)].format(n=n // len(_PARTS))
        out.append(piece)
        count += len(split(piece))
        n += 1
    return "".join(out)


def proc_status(field_name: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field_name + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> None:
    """Start a phase: hand freed heap back to the OS (glibc keeps it otherwise), reset VmHWM."""
    import ctypes
    import gc

    gc.collect()
    with suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    with suppress(OSError), open("/proc/self/clear_refs", "w", encoding="ascii") as f:
        f.write("5")  # resets VmHWM to the current RSS (Linux ≥ 4.0)


class StallProbe:
    """A 10 ms timer; how late it fires is how long the event loop was busy (a UI stall)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self.late: list[float] = []
        self.at: list[float] = []  # when each tick ran, seconds since start()
        self._start = self._last = 0.0

    def start(self) -> None:
        self.late.clear()
        self.at.clear()
        self._start = self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, (now - self._last) * 1000 - PROBE_MS))
        self.at.append(now - self._start)
        self._last = now

    def worst(self, count: int = 3) -> str:
        """The longest stalls, as 'ms@end-second-of-the-phase'."""
        top = sorted(zip(self.late, self.at, strict=True), reverse=True)[:count]
        return " ".join(f"{ms:.0f}ms@{at:.1f}s" for ms, at in top if ms > 50) or "none > 50 ms"

    def stats(self) -> tuple[float, float, int]:
        if not self.late:
            return float("nan"), float("nan"), 0
        ordered = sorted(self.late)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        return ordered[-1], p99, sum(1 for x in ordered if x > 100)


@dataclass
class Figures:
    label: str
    tokens: int = 0
    chars: int = 0
    seconds: float = 0.0
    tok_s: float = 0.0
    stall_max: float = float("nan")
    stall_p99: float = float("nan")
    stalls_100: int = 0
    frames: int = 0
    frame_max: float = 0.0
    frame_mean: float = 0.0
    end_ms: float = float("nan")
    rss: float = 0.0
    peak: float = 0.0
    rss0: float = 0.0  # RSS when the phase started
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)


def timed_slot(signal: Any, slot: Callable[..., None], sink: list[float]) -> Callable[..., None]:
    """Re-connect `slot` to `signal` through a wrapper that records its duration (ms) in `sink`."""
    signal.disconnect(slot)

    def wrapper(*args: Any) -> None:
        t0 = time.perf_counter()
        slot(*args)
        sink.append((time.perf_counter() - t0) * 1000)

    signal.connect(wrapper)
    return wrapper


def settle_paint(widget: Any) -> float:
    """Process pending layout requests and paint `widget` now; ms taken."""
    from PySide6.QtCore import QCoreApplication, QEvent

    t0 = time.perf_counter()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    widget.repaint()
    return (time.perf_counter() - t0) * 1000


# --- the real app ---------------------------------------------------------------------------------
def seed(store: Any, messages: int) -> tuple[int, int]:
    """A chat of `messages` messages (alternating, Markdown answers) and a small one of 20."""
    from desktop_chat.domain import Role

    def fill(title: str, count: int) -> int:
        conv = store.create_conversation(title=title)
        parent = None
        for i in range(count):
            if i % 2 == 0:
                text = f"Question {i // 2}: how do I do step {i // 2} properly?"
                msg = store.add_message(conv.id, parent_id=parent, role=Role.USER, content=text)
            else:
                body = "".join(p.format(n=i) for p in _PARTS[i % 3 : i % 3 + 3])
                msg = store.add_message(conv.id, parent_id=parent, role=Role.ASSISTANT, content=body,
                                        model="bench-model")
            parent = msg.id
        return conv.id

    small = fill("A small chat", 20)
    big = fill(f"A chat of {messages} messages", messages)
    return big, small


class Bench:
    def __init__(self, sim: Any, shell: Any, split: int) -> None:
        self.sim, self.shell, self.split = sim, shell, split
        self.probe = StallProbe()
        self.delta_ms: list[float] = []
        self.frame_ms: list[float] = []
        self.ended_ms: list[float] = []
        c, view = shell.streaming, shell.chat_view
        timed_slot(c.answerDelta, shell.chat_screen._on_delta, self.delta_ms)
        self._ended_wrapper = timed_slot(c.answerEnded, shell.chat_screen._on_ended, self.ended_ms)
        timed_slot(view._flush_timer.timeout, view.flush_pending_updates, self.frame_ms)
        self.received = 0
        self.first_at = 0.0
        self.frame_log: list[tuple[float, int]] = []  # (time, tokens received when the frame ran)
        self.ended: list[Any] = []
        c.answerDelta.connect(self._count)
        c.answerEnded.connect(self.ended.append)
        view._flush_timer.timeout.connect(lambda: self.frame_log.append((time.perf_counter(), self.received)))

    def _count(self, event: Any) -> None:
        if event.text:
            if not self.received:
                self.first_at = time.perf_counter()
            self.received += 1

    async def stream(self, tokens: int, switch_to: int | None) -> Figures:
        shell = self.shell
        text = markdown_answer(tokens)
        self.sim.queue(f"default;tps=0;split={self.split};text={text}")
        shell.new_chat()
        for sink in (self.delta_ms, self.frame_ms, self.ended_ms, self.frame_log, self.ended):
            sink.clear()
        self.received = 0
        await asyncio.sleep(0.05)
        reset_peak()
        fig = Figures(f"ours {tokens // 1000}k", rss0=proc_status("VmRSS"))
        self.probe.start()
        t0 = time.perf_counter()
        shell.composer_controller.send("Please write a very long answer with code, lists and tables.")
        cid = shell.current_id
        switched = switch_to is None
        while not self.ended:
            await asyncio.sleep(0.005)
            if not switched and self.received >= tokens // 2:
                switched = True
                fig.extra["switch at s"] = time.perf_counter() - t0
                fig.extra["switch away ms"] = self._open(switch_to)
                await asyncio.sleep(0.3)  # the answer keeps streaming in the background
                fig.extra["switch back ms"] = self._open(cid)
            if time.perf_counter() - t0 > 600:
                fig.note = "gave up after 600 s"
                break
        fig.extra["ended at s"] = time.perf_counter() - t0
        await asyncio.sleep(0.1)  # let the final render and repaint run under the probe
        self.probe.stop()
        fig.note = f"worst: {self.probe.worst()} {fig.note}"
        fig.stall_max, fig.stall_p99, fig.stalls_100 = self.probe.stats()
        fig.tokens = self.received
        fig.chars = len(text)
        last_frame = self.frame_log[-1][0] if self.frame_log else time.perf_counter()
        on_screen = self.frame_log[-1][1] if self.frame_log else 0
        fig.seconds = last_frame - self.first_at
        fig.tok_s = on_screen / fig.seconds if fig.seconds > 0 else 0.0
        fig.frames = len(self.frame_ms)
        fig.frame_max = max(self.frame_ms, default=0.0)
        fig.frame_mean = statistics.fmean(self.frame_ms) if self.frame_ms else 0.0
        fig.end_ms = max(self.ended_ms, default=float("nan"))
        fig.extra["per-delta ms (mean)"] = statistics.fmean(self.delta_ms) if self.delta_ms else 0.0
        fig.extra["UI time in deltas s"] = sum(self.delta_ms) / 1000
        fig.extra["UI time in frames s"] = sum(self.frame_ms) / 1000
        fig.rss, fig.peak = proc_status("VmRSS"), proc_status("VmHWM")
        reset_peak()
        fig.extra["+RSS still live after trim MB"] = proc_status("VmRSS") - fig.rss0
        shown = shell.chat_view.card_for(self.ended[-1].message_id) if self.ended else None
        if shown is not None:
            fig.extra["segments in card"] = len(shown.body.segments())
        return fig

    def _open(self, cid: int) -> float:
        t0 = time.perf_counter()
        self.shell.open_conversation(cid)
        settle_paint(self.shell.window)
        return (time.perf_counter() - t0) * 1000

    async def open_big(self, big: int) -> dict[str, float]:
        out: dict[str, float] = {}
        store = self.shell.session.store
        statements: list[str] = []
        conn = store._db.connection  # the benchmark counts the SQL the window runs
        self.shell.new_chat()
        await asyncio.sleep(0.05)
        reset_peak()
        rss0 = proc_status("VmRSS")
        self.probe.start()
        conn.set_trace_callback(statements.append)
        out["open 2k-msg chat ms"] = self._open(big)
        conn.set_trace_callback(None)
        out["open: SQL statements"] = len(statements)
        await asyncio.sleep(0.2)
        self.probe.stop()
        # the way before: the branch, then one siblings query per message on screen
        t0 = time.perf_counter()
        branch = store.branch(big)
        for message in branch:
            store.siblings(message.id)
        out["baseline: branch + siblings per message ms"] = (time.perf_counter() - t0) * 1000
        out["baseline: SQL statements"] = 1 + len(branch)
        # finishing an answer in the big chat: the end of the answer updates its own card only
        signal = self.shell.streaming.answerEnded
        signal.disconnect(self._ended_wrapper)
        handler = self.shell.chat_screen._on_ended
        at_end: list[str] = []
        took: list[float] = []

        def traced(event: Any) -> None:
            conn.set_trace_callback(at_end.append)
            t0 = time.perf_counter()
            try:
                handler(event)
                settle_paint(self.shell.window)
            finally:
                took.append((time.perf_counter() - t0) * 1000)
                conn.set_trace_callback(None)

        signal.connect(traced)
        self.ended.clear()
        self.sim.queue("default;tps=0;text=A short answer at the end of a long chat.")
        self.shell.composer_controller.send("One more question")
        while not self.ended:
            await asyncio.sleep(0.005)
        signal.disconnect(traced)
        signal.connect(self._ended_wrapper)
        out["answer end in 2k chat ms (card + paint)"] = max(took, default=0.0)
        out["answer end: SQL statements"] = len(at_end)
        out["open: max stall ms"] = self.probe.stats()[0]
        out["cards laid out"] = self.shell.chat_view.laid_out_count()
        out["rows in view"] = len(self.shell.chat_view.entries())
        out["open: RSS +MB"] = proc_status("VmRSS") - rss0
        bar = self.shell.chat_view.message_list().verticalScrollBar()
        steps: list[float] = []
        value = bar.maximum()
        while value > 0:
            value = max(0, value - 600)
            t0 = time.perf_counter()
            bar.setValue(value)
            settle_paint(self.shell.chat_view)
            steps.append((time.perf_counter() - t0) * 1000)
        out["scroll to top: steps"] = len(steps)
        out["scroll step max ms"] = max(steps, default=0.0)
        out["scroll step mean ms"] = statistics.fmean(steps) if steps else 0.0
        out["cards after scroll"] = self.shell.chat_view.laid_out_count()
        return out


async def baseline(sim: Any, model: str, tokens: int, split: int, cap_s: float, probe: StallProbe) -> Figures:
    """The naive way on the same stream: setMarkdown(whole text) per update, 16 ms coalescing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QTextBrowser

    from desktop_chat.api import ChatRequest, GatewayClient, GatewayConfig, TextDelta
    from desktop_chat.domain import ChatMessage, Role

    fig = Figures(f"naive {tokens // 1000}k")
    browser = QTextBrowser()
    browser.resize(900, 700)
    browser.show()
    parts: list[str] = []
    frames: list[float] = []
    frame_log: list[tuple[float, int]] = []
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(FRAME_MS)

    def render() -> None:
        t0 = time.perf_counter()
        browser.setMarkdown("".join(parts))
        frames.append((time.perf_counter() - t0) * 1000)
        frame_log.append((time.perf_counter(), len(parts)))

    timer.timeout.connect(render)
    text = markdown_answer(tokens)
    sim.queue(f"default;tps=0;split={split};text={text}")
    await asyncio.sleep(0.05)
    reset_peak()
    fig.rss0 = proc_status("VmRSS")
    probe.start()
    first = 0.0
    start = time.perf_counter()
    async with GatewayClient(GatewayConfig(sim.base_url, KEY)) as client:
        request = ChatRequest(model, [ChatMessage(Role.USER, "Please write a very long answer.")])
        async with aclosing(client.stream_chat(request)) as events:
            async for event in events:
                if isinstance(event, TextDelta) and event.text:
                    if not parts:
                        first = time.perf_counter()
                    parts.append(event.text)
                    if not timer.isActive():
                        timer.start()
                    if time.perf_counter() - start > cap_s:
                        fig.note = f"capped at {cap_s:.0f} s"
                        break
    timer.stop()
    t0 = time.perf_counter()
    render()
    fig.end_ms = (time.perf_counter() - t0) * 1000
    await asyncio.sleep(0.1)
    probe.stop()
    fig.stall_max, fig.stall_p99, fig.stalls_100 = probe.stats()
    fig.note = f"worst: {probe.worst()} {fig.note}"
    fig.tokens = len(parts)
    fig.chars = len("".join(parts))
    fig.seconds = frame_log[-1][0] - first if frame_log else 0.0
    fig.tok_s = frame_log[-1][1] / fig.seconds if fig.seconds > 0 else 0.0
    fig.frames = len(frames)
    fig.frame_max = max(frames, default=0.0)
    fig.frame_mean = statistics.fmean(frames) if frames else 0.0
    fig.rss, fig.peak = proc_status("VmRSS"), proc_status("VmHWM")
    browser.hide()
    browser.deleteLater()
    return fig


def print_table(rows: list[Figures]) -> None:
    head = (f"{'run':<11}{'tokens':>8}{'chars':>9}{'secs':>7}{'tok/s':>8}{'stall max':>10}{'p99':>7}"
            f"{'>100ms':>7}{'frames':>7}{'frm max':>8}{'frm avg':>8}{'end ms':>8}{'RSS MB':>7}{'peak':>6}"
            f"{'+RSS':>6}{'+peak':>6}")
    print(head)
    print("-" * len(head))
    for f in rows:
        print(f"{f.label:<11}{f.tokens:>8}{f.chars:>9}{f.seconds:>7.1f}{f.tok_s:>8.0f}{f.stall_max:>10.0f}"
              f"{f.stall_p99:>7.0f}{f.stalls_100:>7}{f.frames:>7}{f.frame_max:>8.1f}{f.frame_mean:>8.1f}"
              f"{f.end_ms:>8.0f}{f.rss:>7.0f}{f.peak:>6.0f}{f.rss - f.rss0:>6.0f}{f.peak - f.rss0:>6.0f}"
              f"  {f.note}")
    print("(stall = lateness of a 10 ms timer; frm = one render of queued deltas; end = final re-render;"
          " peak = VmHWM of that phase;"
          " +RSS/+peak = growth over the phase)")
    for f in rows:
        if f.extra:
            print(f"  {f.label}: " + ", ".join(f"{k} {v:.1f}" for k, v in f.extra.items()))


async def run(args: argparse.Namespace, home: Path) -> list[Figures]:
    from desktop_chat.api import RetryPolicy
    from desktop_chat.devtools.simulator import SimulatorServer
    from desktop_chat.paths import app_paths
    from desktop_chat.services.session import Session
    from desktop_chat.settings import AppSettings
    from desktop_chat.store import HistoryStore
    from desktop_chat.ui.main_controller import MainController

    sizes = (5_000, 20_000) if args.quick else (20_000, 100_000)
    history = 300 if args.quick else args.messages
    cap = 10.0 if args.quick else args.baseline_cap
    rows: list[Figures] = []
    with SimulatorServer(default_tps=0) as sim:
        paths = app_paths({"DESKTOP_CHAT_HOME": str(home)}).ensure()
        store = HistoryStore.open(paths.database)
        t0 = time.perf_counter()
        big, small = seed(store, history)
        print(f"seeded {history + 20} messages in {time.perf_counter() - t0:.1f} s; "
              f"RSS before the window {proc_status('VmRSS'):.0f} MB", flush=True)
        environ = {"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": KEY}
        session = Session(paths, AppSettings(), store, environ=environ, keyring_timeout=3,
                          retry=RetryPolicy(max_attempts=1))
        shell = MainController(session)
        shell.window.resize(1200, 800)
        shell.show()
        shell.start()
        deadline = time.perf_counter() + 15
        while (session.key is None or shell.tasks.pending()) and time.perf_counter() < deadline:
            await asyncio.sleep(0.02)
        print(f"window up; RSS {proc_status('VmRSS'):.0f} MB", flush=True)
        bench = Bench(sim, shell, args.split)
        model = session.default_model()
        open_figures: dict[str, float] = {}
        try:
            for tokens in sizes:
                fig = await bench.stream(tokens, small)
                print_table([fig])
                rows.append(fig)
            open_figures = await bench.open_big(big)
            for tokens in sizes:
                fig = await baseline(sim, model, tokens, args.split, cap, bench.probe)
                print_table([fig])
                rows.append(fig)
        finally:
            await shell.shutdown()
    print()
    print("=" * 40, "summary", "=" * 40)
    rows.sort(key=lambda f: (f.label.split()[1], f.label))
    print_table(rows)
    print("open the seeded chat: " + ", ".join(f"{k} {v:.1f}" for k, v in open_figures.items()))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="5k + 20k tokens, 300 messages (~30 s)")
    parser.add_argument("--messages", type=int, default=2000, help="messages in the seeded chat")
    parser.add_argument("--split", type=int, default=600,
                        help="simulator writes N bytes per ~1.2 ms: 600 ≈ 2,500 tokens/s; 0 = a burst")
    parser.add_argument("--baseline-cap", type=float, default=40.0, help="seconds per naive stream, at most")
    args = parser.parse_args()

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
                           finalizer=loop._asyncgen_finalizer_hook)  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory(prefix="dc-long-chat-") as tmp:
        os.environ["DESKTOP_CHAT_HOME"] = tmp
        t0 = time.perf_counter()
        with loop:
            loop.run_until_complete(run(args, Path(tmp)))
        print(f"total {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
