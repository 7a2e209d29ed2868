"""Regression guard for the PySide6 build we pin.

PySide6 6.12.0 on Python 3.10/3.11 leaks one reference to None per call of a void Qt method; after
a few thousand calls CPython aborts with "Fatal Python error: none_dealloc". A long streamed answer
makes that many calls, so the pinned build must survive 50,000 of them. The calls run in a child
process: an abort there fails this test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 50_000

CHILD = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QObject, QCoreApplication
    app = QCoreApplication([])
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range({CALLS}):
        obj.setObjectName("x")          # void method
        obj.blockSignals(False)          # returns bool, for contrast
        QCoreApplication.processEvents() # void static method
    after = sys.getrefcount(None)
    print(after - before)
    """
)


def test_fifty_thousand_void_qt_calls_do_not_leak_none() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, f"child died ({result.returncode}): {result.stderr[-2000:]}"
    leaked = int(result.stdout.strip().splitlines()[-1])
    # A leaking build shows ~2 × CALLS; Python 3.12+ has an immortal None (delta 0).
    assert leaked < 1000, f"{leaked} references to None leaked over {CALLS} void calls"


def test_pinned_pyside_matches_the_interpreter() -> None:
    import PySide6

    major_minor = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert major_minor < (6, 12), "PySide6 >= 6.12 aborts on Python 3.11; see requirements/app.txt"
