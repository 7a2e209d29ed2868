"""Pasting a 4000×3000 screenshot or photo: how long until it is ready to send, and does the UI stall?

Run:  .venv/bin/python benchmarks/image_prepare.py [--rounds 5]

Two images are drawn with Qt (offscreen) and encoded by Qt: a 4000×3000 PNG screenshot (flat
colours and text) and a 4000×3000 JPEG photo (gradients). For each, printed beside each other:

  floor  Pillow's bare decode of the same bytes (Image.open + load: the least any preparation costs)
  ours   prepare_image (declared-size check, EXIF orientation, JPEG draft decoding, scale to 2048 px,
         re-encode: PNG for the screenshot, JPEG q88 for the photo)

and, while prepare_image runs on a worker thread, the longest gap of a main-thread ticker that wakes
every 2 ms (the UI thread's stall: Pillow releases the GIL while it decodes, scales and encodes).
Budgets (issue 10): ready ≤ 1 s, stall ≤ 50 ms. Best and median of N rounds; exits 1 if missed.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(call: Callable[[], object], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return times


def stall_while(call: Callable[[], object]) -> float:
    """The longest gap, in seconds, of a 2 ms ticker on this thread while `call` runs on another."""
    worker = threading.Thread(target=call)
    worker.start()
    longest = 0.0
    last = time.perf_counter()
    while worker.is_alive():
        time.sleep(0.002)
        now = time.perf_counter()
        longest = max(longest, now - last - 0.002)
        last = now
    worker.join()
    return longest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    from desktop_chat.services.ingest import prepare_image
    from tests.ingest.makers import qimage_bytes

    app = QGuiApplication(sys.argv)  # noqa: F841 - QPainter needs it
    images = {
        "4000×3000 PNG screenshot": qimage_bytes(4000, 3000, "PNG"),
        "4000×3000 JPEG photo": qimage_bytes(4000, 3000, "JPEG", photo=True, quality=92),
    }
    missed = False
    columns = f"{'file':>8} {'floor: decode':>14} {'ours: ready':>12} {'sent as':>22} {'UI stall':>9}"
    print(f"{'image':28} {columns}")
    for label, data in images.items():
        def decode(data: bytes = data) -> None:
            image = Image.open(io.BytesIO(data))
            image.load()

        def prepare(data: bytes = data) -> None:
            prepare_image(data)

        floor = timed(decode, args.rounds)
        ours = timed(prepare, args.rounds)
        stall = max(stall_while(prepare) for _ in range(3))
        result = prepare_image(data)
        sent = f"{result.mime[6:]} {result.width}×{result.height} {len(result.data) / 1e6:.1f} MB"
        print(
            f"{label:28} {len(data) / 1e6:6.1f}MB {min(floor) * 1000:8.0f} ms "
            f"{min(ours) * 1000:7.0f} ms {sent:>22} {stall * 1000:6.1f} ms"
        )
        print(f"{'':28} {'median':>8} {statistics.median(floor) * 1000:8.0f} ms "
              f"{statistics.median(ours) * 1000:7.0f} ms")
        missed = missed or min(ours) > 1.0 or stall > 0.050
    print("budget: ready ≤ 1000 ms, UI stall ≤ 50 ms:", "MISSED" if missed else "met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
