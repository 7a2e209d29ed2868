"""Does the daily backup slow an answer that streams at the same time?

Why: the backup runs while people work; an answer must keep its pace. One run, alternating:

  alone        an answer streamed from the gateway simulator (a subprocess: it does not share our
               GIL) through the real ChatService into a real history file, nothing else running
  with backup  the same answer while `make_backup` copies that history (SQLite's backup API, in
               1 MB steps with the service's pause between them) on a worker thread, over and over
               until the answer ends, into a temporary folder

The history holds `--mb` megabytes (attachments' bytes, so the copy has real work to do). The
answer has `--chunks` pieces at `--tps` tokens/s (0 = as fast as the simulator can: the harshest
case, CPU-bound on both sides). Prints tokens/s of each (median of `--rounds`) and the slowdown;
budget: at most 10 % slower. Exits 1 when the budget is missed.

    .venv/bin/python benchmarks/backup_while_streaming.py [--mb 150] [--chunks 6000] [--tps 0] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_chat.api import GatewayClient, GatewayConfig  # noqa: E402
from desktop_chat.domain import AttachmentKind, Role  # noqa: E402
from desktop_chat.services.backups import (  # noqa: E402
    BackupDone,
    BackupPlan,
    lower_thread_priority,
    make_backup,
)
from desktop_chat.services.chat import ChatService  # noqa: E402
from desktop_chat.services.events import AnswerDelta, AnswerEnded, ChatEvent  # noqa: E402
from desktop_chat.store import HistoryStore, NewAttachment  # noqa: E402

KEY = "sk-benchmark"
BUDGET = 0.10


def start_simulator() -> tuple[subprocess.Popen[str], str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_chat.devtools.simulator", "--port", "0", "--tps", "0"],
        stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    url = line.split(" on ", 1)[1].split(" ", 1)[0]
    return proc, url.removesuffix("/v1")


def fill(store: HistoryStore, megabytes: int) -> None:
    """`megabytes` of attachment bytes (random: nothing compresses them away) in 1 MB files."""
    cid = store.create_conversation(title="Big", model="gemini-2.5-flash").id
    parent = None
    for n in range(megabytes):
        sha = store.put_blob(os.urandom(1 << 20))
        msg = store.add_message(cid, parent_id=parent, role=Role.USER, content=f"file {n}",
                                attachments=[NewAttachment(AttachmentKind.DOCUMENT, f"f{n}.bin",
                                                           "application/octet-stream", 1 << 20, sha)])
        parent = msg.id


async def stream_once(service: ChatService, store: HistoryStore, cid: int) -> tuple[float, int]:
    events: list[ChatEvent] = []
    start = time.perf_counter()
    await service.send(cid, "Tell me a long story", events.append)
    took = time.perf_counter() - start
    ended = [e for e in events if isinstance(e, AnswerEnded)]
    assert ended and ended[-1].error is None, ended
    pieces = sum(1 for e in events if isinstance(e, AnswerDelta))
    return took, pieces


def backups_until(stop: threading.Event, store: HistoryStore, folder: Path, copies: list[float]) -> None:
    lower_thread_priority()  # as the backups service does on its own thread
    plan = BackupPlan(enabled=True, folder=folder, kept=1)
    while not stop.is_set():
        start = time.perf_counter()
        result = make_backup(store, plan, now=time.time() + len(copies), cancelled=stop.is_set)
        if isinstance(result, BackupDone):
            copies.append(time.perf_counter() - start)


async def main_async(megabytes: int, chunks: int, tps: float, rounds: int) -> int:
    from desktop_chat.store import Cancelled

    proc, root = start_simulator()
    with tempfile.TemporaryDirectory(prefix="dc-bench-backup-") as tmp:
        try:
            store = HistoryStore.open(Path(tmp) / "history.sqlite3")
            t0 = time.perf_counter()
            fill(store, megabytes)
            size = store.path.stat().st_size / (1 << 20)
            print(f"History: {size:,.0f} MB (filled in {time.perf_counter() - t0:.1f} s); answer: {chunks:,} "
                  f"pieces at {'full speed' if tps == 0 else f'{tps:g} tokens/s'}; {rounds} rounds each")
            base = f"{root}/_sim/default;chunks={chunks};tps={tps:g}/v1"
            async with GatewayClient(GatewayConfig(base, KEY)) as client:
                service = ChatService(store, lambda: client, default_model=lambda: "gemini-2.5-flash")
                alone: list[float] = []
                together: list[float] = []
                copies: list[float] = []
                await stream_once(service, store, store.create_conversation(model="gemini-2.5-flash").id)
                for _ in range(rounds):
                    took, pieces = await stream_once(service, store,
                                                     store.create_conversation(model="gemini-2.5-flash").id)
                    alone.append(pieces / took)
                    stop = threading.Event()
                    worker = threading.Thread(target=_guarded, args=(backups_until, Cancelled, stop, store,
                                                                       Path(tmp) / "backups", copies))
                    worker.start()
                    try:
                        took, pieces = await stream_once(service, store,
                                                         store.create_conversation(model="gemini-2.5-flash").id)
                    finally:
                        stop.set()
                        worker.join()
                    together.append(pieces / took)
            store.close()
        finally:
            proc.terminate()
            proc.wait(10)
    a, t = statistics.median(alone), statistics.median(together)
    slower = 1 - t / a
    copy_s = statistics.median(copies) if copies else float("nan")
    print(f"  alone        {a:>10,.0f} pieces/s   (rounds: {', '.join(f'{x:,.0f}' for x in alone)})")
    print(f"  with backup  {t:>10,.0f} pieces/s   (rounds: {', '.join(f'{x:,.0f}' for x in together)})")
    print(f"  backups made during the answers: {len(copies)} (median {copy_s:.2f} s, "
          f"{size / copy_s if copies else 0:,.0f} MB/s)")
    print(f"  slowdown: {slower * 100:+.1f} %   (budget ≤ {BUDGET * 100:.0f} %)")
    ok = slower <= BUDGET
    print("  budget:", "met" if ok else "MISSED")
    return 0 if ok else 1


def _guarded(fn: Callable[..., None], cancelled_type: type[BaseException], *args: object) -> None:
    try:
        fn(*args)
    except cancelled_type:
        pass  # the answer ended mid-copy: the copy stopped and removed its partial file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=150)
    parser.add_argument("--chunks", type=int, default=6000)
    parser.add_argument("--tps", type=float, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    return asyncio.run(main_async(args.mb, args.chunks, args.tps, args.rounds))


if __name__ == "__main__":
    raise SystemExit(main())
