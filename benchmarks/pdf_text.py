"""Text of a 300-page PDF: read_document (PDFium in a child process) beside pypdf on the same file.

Run:  .venv/bin/python benchmarks/pdf_text.py [--pages 300] [--rounds 3]

The PDF is written by Qt's QPdfWriter (offscreen): every page holds 45 lines of prose, ~2,700
characters, like a contract. Printed, best of N rounds, all on the same bytes in the same run:

  peer    pypdf's PdfReader + page.extract_text() for every page (pure Python: the floor to beat)
  ours    read_document(): a spawned child process (interpreter start, imports, the pipe) around
          pypdfium2's text extraction, with the `--- page N ---` markers and the caps
  ours*   the same parser called in this process (parsers.parse_document): the parse alone

and the ratios peer / ours. No text cap in this run (both read every page). pypdf runs once when
the PDF has over 100 pages (it takes about a minute here). Exits 1 if read_document is slower.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LINE = "The Supplier shall deliver the goods described in Annex {n} within thirty days of the order"


def best(call: Callable[[], object], rounds: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import pypdf
    from PySide6.QtGui import QGuiApplication

    from desktop_chat.services.ingest import IngestLimits, read_document
    from desktop_chat.services.ingest.parsers import parse_document
    from tests.ingest.makers import pdf_bytes

    app = QGuiApplication(sys.argv)  # noqa: F841 - QPdfWriter's painter needs it
    pages = [LINE.format(n=n) for n in range(args.pages)]
    data = pdf_bytes(pages, lines_per_page=45)
    print(f"{args.pages}-page PDF by QPdfWriter: {len(data) / 1e6:.1f} MB")

    def peer() -> int:
        reader = pypdf.PdfReader(io.BytesIO(data))
        return sum(len(page.extract_text()) for page in reader.pages)

    # No text cap, so both extract every page (the app's default cap is 400,000 characters).
    limits = IngestLimits(timeout_s=600, max_text_chars=100_000_000)
    peer_s, peer_chars = best(peer, 1 if args.pages > 100 else args.rounds)  # pypdf: a minute a round
    ours_s, document = best(lambda: read_document(data, "contract.pdf", limits=limits), args.rounds)
    inproc_s, _ = best(lambda: parse_document(data, "contract.pdf", limits), args.rounds)
    chars = len(document.text)  # type: ignore[attr-defined]
    print(f"  peer   pypdf extract_text        {peer_s * 1000:8.0f} ms  {peer_chars:>9,} chars")
    print(f"  ours   read_document (child)     {ours_s * 1000:8.0f} ms  {chars:>9,} chars  "
          f"peer/ours = {peer_s / ours_s:4.1f}×")
    print(f"  ours*  parser in this process    {inproc_s * 1000:8.0f} ms  {'':>15}  "
          f"peer/ours* = {peer_s / inproc_s:4.1f}×")
    return 0 if ours_s < peer_s else 1


if __name__ == "__main__":
    sys.exit(main())
