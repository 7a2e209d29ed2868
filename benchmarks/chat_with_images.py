"""Opening a chat of 50 answers, each with a 1024×1024 generated picture, beside the same chat without.

Why: a model that draws answers with pictures; a chat of them must open as fast as a text chat
and must not hold fifty full decodes. The chat view (alone, 1200×800, offscreen) is given the
chat's entries and a dict-backed attachment source (no history file: the store's read is not what
is measured here); this prints, as medians of several openings, the time from `set_conversation`
to the first paint with the visible pictures decoded and drawn (`flush_image_decodes`), and the
resident memory the first opening added (thumbnails, not full decodes). Baseline in the same run:
the same 100 messages without pictures.

    .venv/bin/python benchmarks/chat_with_images.py [--answers 50] [--runs 7]
Budget: open ≤ 150 ms, memory ≤ +100 MB.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OPEN_BUDGET_MS = 150.0
MEMORY_BUDGET_MB = 100.0
SIDE = 1024


def rss_mb() -> float:
    """Resident memory now (not the peak), in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def picture(seed: int) -> bytes:
    """A 1024×1024 PNG that compresses like a drawn picture (gradients and shapes), not a flat fill."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
    from PySide6.QtGui import QColor, QImage, QPainter, QRadialGradient

    image = QImage(SIDE, SIDE, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QRadialGradient(QPointF(SIDE * 0.3, SIDE * 0.4), SIDE * 0.9)
    gradient.setColorAt(0, QColor.fromHsv(seed * 37 % 360, 200, 250))
    gradient.setColorAt(1, QColor.fromHsv((seed * 37 + 160) % 360, 220, 90))
    painter.fillRect(image.rect(), gradient)
    for i in range(40):
        painter.setBrush(QColor.fromHsv((seed * 11 + i * 29) % 360, 180, 200, 160))
        centre = QPointF((i * 97 + seed * 13) % SIDE, (i * 61 + seed * 7) % SIDE)
        painter.drawEllipse(centre, 40 + i * 3, 30 + i * 2)
    painter.end()
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(array.data())


class DictSource:
    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    def blob(self, sha256: str) -> bytes | None:
        return self.blobs.get(sha256)


def chat(answers: int, source: DictSource | None, conversation_id: int) -> list[Any]:
    from desktop_chat.domain import Attachment, AttachmentKind, FinishReason, Role
    from desktop_chat.ui.chat.entry import MessageEntry
    from tests.gui.helpers import message

    entries = []
    for n in range(answers):
        q = 2 * n + 1
        entries.append(MessageEntry(message(q, Role.USER, f"Draw picture number {n + 1}, please.",
                                            conversation_id=conversation_id)))
        answer = message(q + 1, Role.ASSISTANT, f"Here is picture number {n + 1}.", finish=FinishReason.STOP,
                         conversation_id=conversation_id, model="gemini-2.5-flash-image-preview")
        if source is not None:
            data = picture(n)
            sha = hashlib.sha256(data).hexdigest()
            source.blobs[sha] = data
            image = Attachment(id=n + 1, kind=AttachmentKind.IMAGE, name=f"image-{n + 1}.png",
                               mime="image/png", size=len(data), sha256=sha, width=SIDE, height=SIDE)
            answer = dataclasses.replace(answer, attachments=(image,))
        entries.append(MessageEntry(answer))
    return entries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=50)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from desktop_chat.ui.chat.view import ChatView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    source = DictSource()
    plain = chat(args.answers, None, 1)
    pictured = chat(args.answers, source, 2)
    other = chat(2, None, 3)
    stored_mb = sum(len(b) for b in source.blobs.values()) / 1e6

    view = ChatView()
    view.resize(1200, 800)
    view.show()
    view.warm_up()
    view.set_attachment_source(source)
    app.processEvents()

    def open_chat(cid: int, entries: list[Any]) -> float:
        view.set_conversation(3, other)  # something else on screen first
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        view.repaint()
        app.processEvents()
        view.image_loader().clear()  # a cold open: nothing decoded yet
        t0 = time.perf_counter()
        view.set_conversation(cid, entries)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        view.repaint()
        assert view.flush_image_decodes(10_000)
        view.repaint()
        return (time.perf_counter() - t0) * 1000

    before = rss_mb()
    open_chat(1, plain)
    app.processEvents()
    plain_mb = rss_mb() - before
    before = rss_mb()
    open_chat(2, pictured)
    app.processEvents()
    pictured_mb = rss_mb() - before
    loader = view.image_loader()
    decodes_first = loader.decodes
    cached = loader.cache_bytes() / 1e6

    plain_ms, pictured_ms = [], []
    for _ in range(args.runs):
        plain_ms.append(open_chat(1, plain))
        pictured_ms.append(open_chat(2, pictured))
    laid_out = view.laid_out_count()
    cards = [view.card_for(key) for key in view.message_list().live_keys()]
    decoded = [img.decoded_size() for card in cards if card is not None and card.images is not None
               for img in card.images.images]

    print(f"A chat of {args.answers} answers with a {SIDE}×{SIDE} PNG each ({stored_mb:.1f} MB of PNG), "
          f"view 1200×800, median of {args.runs} cold openings")
    print(f"  {'':34} {'open → painted, ms':>20} {'memory added, MB':>18}")
    print(f"  {'baseline: the same chat, no images':34} {statistics.median(plain_ms):20.1f} {plain_mb:18.1f}")
    print(f"  {'with images':34} {statistics.median(pictured_ms):20.1f} {pictured_mb:18.1f}")
    print(f"  worst opening with images: {max(pictured_ms):.1f} ms; decodes on the first opening: "
          f"{decodes_first}; cards built: {laid_out}; picture cache: {cached:.1f} MB")
    sizes = sorted({f"{s.width()}×{s.height()}" for s in decoded if s is not None})
    print(f"  pictures on screen decoded at: {', '.join(sizes) or '—'} (stored {SIDE}×{SIDE})")
    ok = statistics.median(pictured_ms) <= OPEN_BUDGET_MS and pictured_mb <= MEMORY_BUDGET_MB
    budget = f"open ≤ {OPEN_BUDGET_MS:.0f} ms, memory ≤ +{MEMORY_BUDGET_MB:.0f} MB"
    print(f"Budget ({budget}): {'met' if ok else 'MISSED'}")
    view.deleteLater()
    app.processEvents()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
