"""Opening a 2,000-message chat and finishing an answer in it, in the real window, beside the old way.

Why: a long chat must open at once and an answer's end must not redraw the chat. The window
(MainController on a real history file and the gateway simulator) opens the chat; this prints, as
medians of several openings: the time until the chat is painted, the SQL statements it ran (none
per message), the stall when the older messages are drawn after the paint, and the time of the
chat screen's work when an answer ends in that chat (and its SQL statements: none). Baseline in the
same run: the way before — the whole branch, then one siblings query per message, drawn at once.

    .venv/bin/python benchmarks/open_long_chat.py [--messages 2000] [--runs 7]
Budget: open ≤ 50 ms with no per-message query, no later step ≤ 50 ms; an answer's end ≤ 50 ms
with no query.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # qasync installs no async-generator hooks: without them a closed stream complains at exit
    sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook, finalizer=loop._asyncgen_finalizer_hook)
    with tempfile.TemporaryDirectory(prefix="dc-open-long-") as tmp, loop:
        return loop.run_until_complete(run(args, Path(tmp)))


async def run(args: argparse.Namespace, home: Path) -> int:
    from long_chat import seed, settle_paint

    from desktop_chat.devtools.simulator import SimulatorServer
    from desktop_chat.paths import app_paths
    from desktop_chat.services.session import Session
    from desktop_chat.settings import AppSettings
    from desktop_chat.store import HistoryStore
    from desktop_chat.ui.chat.entry import MessageEntry
    from desktop_chat.ui.main_controller import MainController

    with SimulatorServer(default_tps=0) as sim:
        paths = app_paths({"DESKTOP_CHAT_HOME": str(home)}).ensure()
        store = HistoryStore.open(paths.database)
        big, small = seed(store, args.messages)
        environ = {"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": "sk-bench-not-a-key-1234"}
        session = Session(paths, AppSettings(), store, environ=environ, keyring_timeout=3)
        root = MainController(session)
        root.window.resize(1200, 800)
        root.show()
        root.start()
        deadline = time.perf_counter() + 15
        while (session.key is None or root.tasks.pending()) and time.perf_counter() < deadline:
            await asyncio.sleep(0.02)
        settle_paint(root.window)
        root.chat_view.warm_up()
        conn = store._db.connection  # the benchmark counts the SQL the window runs
        opened: list[float] = []
        rest: list[float] = []
        old_way: list[float] = []
        statements: list[str] = []
        for _ in range(args.runs):
            root.open_conversation(small)
            settle_paint(root.window)
            await asyncio.sleep(0.05)
            statements.clear()
            conn.set_trace_callback(statements.append)
            t0 = time.perf_counter()
            root.open_conversation(big)
            settle_paint(root.window)
            opened.append((time.perf_counter() - t0) * 1000)
            conn.set_trace_callback(None)
            open_statements = len(statements)
            assert root.chat_screen._rest_for == big, "the older messages are still to come"
            assert len(root.chat_view.row_keys()) < args.messages
            steps = []
            while root.chat_screen._rest_for is not None:  # what the loop's turns do, one by one
                t0 = time.perf_counter()
                root.chat_screen.load_rest()
                settle_paint(root.window)
                steps.append((time.perf_counter() - t0) * 1000)
            rest.append(max(steps))
            assert len(root.chat_view.row_keys()) == args.messages  # every message is there now
            # the way before, on the same window: whole branch, siblings per message, drawn at once
            root.open_conversation(small)
            settle_paint(root.window)
            t0 = time.perf_counter()
            branch = store.branch(big)
            entries = []
            for message in branch:
                ids = tuple(s.id for s in store.siblings(message.id))
                entries.append(MessageEntry(message, ids.index(message.id) + 1, len(ids), ids))
            root.chat_view.set_conversation(big, entries)
            settle_paint(root.window)
            old_way.append((time.perf_counter() - t0) * 1000)
            root.new_chat()  # the window shows something else again before the next opening
            settle_paint(root.window)

        # an answer ending in the big chat: the chat screen updates its card, nothing is read
        root.open_conversation(big)
        root.chat_screen.load_rest(all_at_once=True)
        settle_paint(root.window)
        signal = root.streaming.answerEnded
        ended_ms: list[float] = []
        ended_sql: list[int] = []
        handler = root.chat_screen._on_ended
        signal.disconnect(handler)

        def traced(event: Any) -> None:
            statements.clear()
            conn.set_trace_callback(statements.append)
            t0 = time.perf_counter()
            handler(event)
            settle_paint(root.window)
            ended_ms.append((time.perf_counter() - t0) * 1000)
            conn.set_trace_callback(None)
            ended_sql.append(len(statements))

        signal.connect(traced)
        for _ in range(args.runs):
            count = len(ended_ms)
            sim.queue("default;tps=0;text=A short answer at the end of a long chat.")
            root.composer_controller.send("One more question")
            while len(ended_ms) == count:
                await asyncio.sleep(0.005)
            while root.streaming.is_streaming(big):
                await asyncio.sleep(0.005)
        await root.shutdown()

    med = statistics.median
    print(f"A chat of {args.messages:,} messages, {args.runs} runs, medians "
          f"({os.environ.get('QT_QPA_PLATFORM')})")
    print(f"  open and paint (newest 60 first):        {med(opened):7.1f} ms   "
          f"SQL statements: {open_statements} (none per message)")
    print(f"  older messages after the paint, longest step: {med(rest):5.1f} ms   "
          "(500 a turn, one query each)")
    print(f"  baseline, the way before (whole branch + siblings per message, all drawn): "
          f"{med(old_way):7.1f} ms   SQL statements: {1 + args.messages}")
    print(f"  an answer ends in that chat (card + paint): {med(ended_ms):5.1f} ms   "
          f"SQL statements: {max(ended_sql)}")
    ok = max(med(opened), med(rest), med(ended_ms)) <= BUDGET_MS and max(ended_sql) == 0
    print(f"  budget (≤ {BUDGET_MS:.0f} ms each, no per-message query): {'met' if ok else 'OVER'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
