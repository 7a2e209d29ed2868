"""Start-up of the frozen app (the installer's bundle) against the same app run from its venv.

Why: a PyInstaller bundle can start slower than the venv (unpacking, a bigger search path, no
bytecode cache); the budget is frozen ≤ 1.3 × venv. Both are started N times, alternately, on the
same display, each with DESKTOP_CHAT_EXIT_AFTER_SHOWN=1 (the app prints its figures as JSON once
the window has been painted, then quits). Measured from outside: process start → that JSON line
(the window is on screen), and → process exit; plus the app's own `painted_ms` (from its first
Python line, so it misses the interpreter and bootloader start) and RSS.

    .venv/bin/python benchmarks/installer_startup.py [--runs 9] [--bundle dist/bundle/desktop-chat]

Runs under Xvfb (started here) when there is no DISPLAY; builds nothing: run build_installer.py first.
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

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 1.3


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    cmd = ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"]
    proc = subprocess.Popen(cmd, pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        return proc, ":" + pipe.readline().strip()


def one_run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            cwd=ROOT)
    assert proc.stdout is not None
    figures: dict[str, float] = {}
    for line in proc.stdout:
        if line.startswith("{"):
            figures = json.loads(line)
            figures["shown_wall_ms"] = (time.perf_counter() - start) * 1000
    proc.wait(60)
    figures["exit_wall_ms"] = (time.perf_counter() - start) * 1000
    if proc.returncode != 0 or "shown_wall_ms" not in figures:
        raise SystemExit(f"{cmd[0]} did not report its start-up (exit code {proc.returncode}); "
                         "does this app version support DESKTOP_CHAT_EXIT_AFTER_SHOWN=1?")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "bundle" / "desktop-chat")
    parser.add_argument("--venv-python", type=Path, default=ROOT / ".venv" / "bin" / "python")
    args = parser.parse_args()
    exe = args.bundle / "desktop-chat"
    if not exe.is_file():
        raise SystemExit(f"No frozen app at {exe}: run `python3 build_installer.py --no-smoke` first.")
    scratch = Path(tempfile.mkdtemp(prefix="dc-startup-"))
    xvfb = None
    dropped = ("PYTHONPATH", "QT_QPA_PLATFORM", "DESKTOP_CHAT_API_KEY")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    if sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "xcb"
        if not env.get("DISPLAY"):
            xvfb, env["DISPLAY"] = start_xvfb()
    env.update(DESKTOP_CHAT_EXIT_AFTER_SHOWN="1", HOME=str(scratch / "home"))
    (scratch / "home").mkdir()
    sides = {
        "venv": ([str(args.venv_python), "-m", "desktop_chat"], dict(env, PYTHONPATH=str(ROOT))),
        "frozen": ([str(exe)], env),
    }
    results: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
    try:
        for name, (cmd, side_env) in sides.items():  # warm-up: page cache, first database creation
            one_run(cmd, dict(side_env, DESKTOP_CHAT_HOME=str(scratch / name)))
        for _ in range(args.runs):
            for name, (cmd, side_env) in sides.items():
                results[name].append(one_run(cmd, dict(side_env, DESKTOP_CHAT_HOME=str(scratch / name))))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
        shutil.rmtree(scratch, ignore_errors=True)

    def median(name: str, key: str) -> float:
        return statistics.median(run[key] for run in results[name] if run.get(key) is not None)

    print(f"Start-up, median of {args.runs} alternating runs each (ms; RSS in MB)")
    print(f"{'figure':<34}{'venv':>10}{'frozen':>10}{'ratio':>8}")
    rows = (("shown_wall_ms", "process start → window painted"), ("exit_wall_ms", "process start → exit"),
            ("painted_ms", "app's own: first line → painted"), ("rss_mb", "resident memory"))
    for key, label in rows:
        venv, frozen = median("venv", key), median("frozen", key)
        print(f"{label:<34}{venv:>10.0f}{frozen:>10.0f}{frozen / venv:>8.2f}")
    ratio = median("frozen", "shown_wall_ms") / median("venv", "shown_wall_ms")
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"Budget: frozen ≤ {BUDGET} × venv to a painted window → {ratio:.2f} × ({verdict} budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
