"""Start-up benchmark: time to the first window and memory, median of N cold starts.

Why: "start in a blink" is the product's promise (PyGPT here: 7.5 s to its first window, ~925 MB).
Each run starts `python -m desktop_chat` with a fresh DESKTOP_CHAT_HOME and
DESKTOP_CHAT_EXIT_AFTER_SHOWN=1: the app prints its own figures (ms from interpreter start of the
app module to `show()` and to the first processed paint, RSS) as JSON and quits; this script also
measures the wall time from spawning the process to that line (interpreter start included).

    .venv/bin/python benchmarks/startup.py            # 7 runs, Xvfb if available, else offscreen
    .venv/bin/python benchmarks/startup.py -n 15 --platform offscreen
    .venv/bin/python benchmarks/startup.py --with-history 2000   # a history of 2,000 chats

Measured side by side in the same run: the floor, a bare PySide6 window (one QMainWindow with a
text box, nothing else) started and timed the same way — no Qt app can open faster here. Quoted for
context: PyGPT 7.5 s / ~925 MB on the same 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BASELINE = {"name": "PyGPT", "window_s": 7.5, "rss_mb": 925}


def start_xvfb() -> tuple[subprocess.Popen[bytes] | None, str | None]:
    binary = shutil.which("Xvfb")
    if binary is None:
        return None, None
    for number in range(140, 200):
        if not Path(f"/tmp/.X{number}-lock").exists():
            proc = subprocess.Popen([binary, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            return proc, f":{number}"
    return None, None


def seed_history(home: Path, chats: int) -> None:
    sys.path.insert(0, str(REPO))
    from desktop_chat.domain import Role
    from desktop_chat.store import HistoryStore

    (home / "data").mkdir(parents=True, exist_ok=True)
    store = HistoryStore.open(home / "data" / "history.sqlite3")
    for i in range(chats):
        conv = store.create_conversation(title=f"Chat {i}")
        user = store.add_message(conv.id, parent_id=None, role=Role.USER, content=f"Question {i} " * 20)
        store.add_message(conv.id, parent_id=user.id, role=Role.ASSISTANT, content=f"Answer {i} " * 200)
    store.close()


# The floor: the least a PySide6 app can do before its first paint, reporting like the app does.
FLOOR_APP = """
import json, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication(sys.argv)
win = QMainWindow(); win.setWindowTitle("floor")
win.setCentralWidget(QPlainTextEdit()); win.resize(1000, 700)
class Paint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(json.dumps({"rss_mb": rss}), flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False
f = Paint(); win.installEventFilter(f); win.show(); app.exec()
"""


def floor_run(env: dict[str, str]) -> dict[str, float]:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", FLOOR_APP], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = (time.perf_counter() - started) * 1000
    _out, err = proc.communicate(timeout=60)
    if proc.returncode != 0 or not line.startswith("{"):
        raise SystemExit(f"floor run failed ({proc.returncode}):\n{err[-2000:]}")
    return dict(json.loads(line), process_ms=wall)


def one_run(env: dict[str, str], home: Path) -> dict[str, float]:
    env = dict(env, DESKTOP_CHAT_HOME=str(home), DESKTOP_CHAT_EXIT_AFTER_SHOWN="1")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "desktop_chat"], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()  # printed right after the first paint
    wall = (time.perf_counter() - started) * 1000
    _out, err = proc.communicate(timeout=60)
    if proc.returncode != 0 or not line.startswith("{"):
        raise SystemExit(f"run failed ({proc.returncode}):\n{err[-2000:]}")
    figures = json.loads(line)
    figures["process_ms"] = wall  # from spawning the interpreter to the painted window
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=7, help="number of runs (default 7)")
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default=None)
    parser.add_argument("--with-history", type=int, default=0, metavar="CHATS")
    args = parser.parse_args()

    env = dict(os.environ, PYTHONPATH=str(REPO), DESKTOP_CHAT_BASE_URL="http://127.0.0.1:9/v1",
               DESKTOP_CHAT_API_KEY="sk-benchmark-not-used")
    xvfb = None
    platform = args.platform
    if platform != "offscreen" and not env.get("DISPLAY"):
        xvfb, display = start_xvfb()
        if display:
            env["DISPLAY"] = display
    if platform is None:
        platform = "xcb" if env.get("DISPLAY") else "offscreen"
    env["QT_QPA_PLATFORM"] = platform
    runs = []
    floors = []
    try:
        with tempfile.TemporaryDirectory(prefix="dc-bench-") as tmp:
            # Installed apps start from compiled bytecode: cache it (outside the checkout) and
            # throw away one warm-up run that fills the cache.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
            one_run(env, Path(tmp) / "warm-up")
            for i in range(args.n):
                home = Path(tmp) / f"home{i}"
                if args.with_history:
                    seed_history(home, args.with_history)
                floors.append(floor_run(env))  # interleaved: both see the same machine load
                runs.append(one_run(env, home))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)

    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    print(f"Desktop Chat start-up, {args.n} runs, platform {platform}"
          + (f", history of {args.with_history} chats" if args.with_history else ""))
    print(f"  window shown (in app, from module import): median {med('shown_ms'):7.0f} ms")
    print(f"  first paint processed:                    median {med('painted_ms'):7.0f} ms")
    print(f"  process spawn → window painted:           median {med('process_ms'):7.0f} ms "
          f"(min {min(r['process_ms'] for r in runs):.0f}, max {max(r['process_ms'] for r in runs):.0f})")
    print(f"  RSS at first paint:                       median {med('rss_mb'):7.1f} MB")
    print(f"  httpx loaded before the window:           {any(r['httpx_loaded'] for r in runs)}")
    floor_ms = statistics.median(r["process_ms"] for r in floors)
    floor_rss = statistics.median(r["rss_mb"] for r in floors)
    print("Floor, a bare PySide6 window (same run, interleaved):")
    print(f"  process spawn → window painted:           median {floor_ms:7.0f} ms")
    print(f"  RSS at first paint:                       median {floor_rss:7.1f} MB")
    print(f"Desktop Chat / floor: {med('process_ms') / floor_ms:.2f}× the time, "
          f"{med('rss_mb') / floor_rss:.2f}× the memory")
    print(f"Quoted for context, {BASELINE['name']}: {BASELINE['window_s']} s to its first window, "
          f"~{BASELINE['rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
