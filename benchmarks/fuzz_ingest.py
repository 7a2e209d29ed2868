"""Fuzzing the ingestion of attached files: ≥100,000 generated inputs, no unhandled exception, no hang.

Run:  .venv/bin/python benchmarks/fuzz_ingest.py [--count 100000] [--child 300] [--seed 10]

A seeded generator (reproducible: the same --seed gives the same inputs) makes each input one of:
random bytes under a random name; a valid seed file (PDF, DOCX, XLSX, PPTX, CSV, text, PNG, JPEG,
GIF, WebP — made with Qt and the Office libraries) with bytes flipped, inserted, deleted or cut; an
Office seed with one zip member's XML mutated and the archive rebuilt (so the mutation reaches the
XML parsers, not just the zip's CRC check); a seed with a wrong magic or name. Each input goes
through sniff(), then — in this process, for speed — parsers.parse_document() (documents) or
prepare_image() (images); --child more inputs go through read_document() (the child process).

Printed: outcome counts (ok / each ReadProblem / unhandled by exception type), the slowest input
and its time, inputs per second. "Unhandled" means anything but a result or CannotRead: exits 1 if
there is any. A library's unforeseen exception type on a hostile file is reported as DAMAGED by
design (parsers.py); the `detail` prefix counts below show which types those were.
"""

from __future__ import annotations

import argparse
import collections
import io
import os
import random
import sys
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NAMES = ["a.pdf", "a.docx", "a.xlsx", "a.pptx", "a.csv", "a.txt", "a.json", "a.md", "noname", "a.png",
         "a.jpg", "a.gif", "a.webp", "a.tsv", "a.exe"]


def make_seeds() -> dict[str, bytes]:
    from tests.ingest import makers

    return {
        "a.pdf": makers.pdf_bytes(["Invoice 2026-114, due in thirty days.", None, "Page three."]),
        "a.docx": makers.docx_bytes(),
        "a.xlsx": makers.xlsx_bytes(rows=20),
        "a.pptx": makers.pptx_bytes(),
        "a.csv": "Name;City\r\nJosé;Zürich\r\n\"a;b\";\"x\ny\"\r\n".encode("cp1252"),
        "a.json": '{"key": [1, 2, {"nested": "välue"}]}\n'.encode("utf-16"),
        "a.png": makers.qimage_bytes(120, 80, "PNG"),
        "a.jpg": makers.with_exif_orientation(makers.qimage_bytes(120, 80, "JPEG", photo=True), 6),
        "a.gif": makers.animated_gif(),
        "a.webp": makers.qimage_bytes(120, 80, "WEBP", photo=True),
    }


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        at = rng.randrange(len(buffer)) if buffer else 0
        if op < 0.5 and buffer:
            buffer[at] = rng.randrange(256)
        elif op < 0.7:
            buffer[at:at] = rng.randbytes(rng.randint(1, 64))
        elif op < 0.85 and buffer:
            del buffer[at : at + rng.randint(1, 256)]
        else:
            interesting = rng.choice([b"\xff" * 4, b"\x00" * 4, b"\x7f\xff\xff\xff", b"99999"])
            buffer[at : at + len(interesting)] = interesting
    if rng.random() < 0.2:
        buffer = buffer[: rng.randrange(len(buffer) + 1)]
    return bytes(buffer)


def mutate_member(rng: random.Random, data: bytes) -> bytes:
    """One XML member mutated (bytes, or a tag/number/entity spliced in) and the zip rebuilt, stored."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = {info.filename: source.read(info.filename) for info in source.infolist()}
    name = rng.choice([n for n in members if n.endswith(".xml") or n.endswith(".rels")])
    body = members[name]
    if rng.random() < 0.5:
        body = mutate_bytes(rng, body)
    else:
        splice = rng.choice([b"<x>", b"</w:p>", b"&amp;", b"&#0;", b"&#xFFFFFFFF;", b'r="A99999999"',
                             b'<!DOCTYPE a [<!ENTITY e "ee">]>', b"999999999999", b"-1", b"<![CDATA[", b'"'])
        at = rng.randrange(len(body) + 1)
        body = body[:at] + splice + body[at:]
    members[name] = body
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for member, content in members.items():
            target.writestr(member, content)
    return out.getvalue()


def generate(rng: random.Random, seeds: dict[str, bytes]) -> tuple[bytes, str]:
    roll = rng.random()
    if roll < 0.15:
        return rng.randbytes(rng.randint(0, 2048)), rng.choice(NAMES)
    seed_name = rng.choice(list(seeds))
    data = seeds[seed_name]
    if roll < 0.45 and seed_name in ("a.docx", "a.xlsx", "a.pptx"):
        return mutate_member(rng, data), seed_name
    if roll < 0.95:
        return mutate_bytes(rng, data), seed_name if rng.random() < 0.9 else rng.choice(NAMES)
    return data, rng.choice(NAMES)  # a valid file under a wrong name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs run in this process")
    parser.add_argument("--child", type=int, default=300, help="inputs run through read_document's child")
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from desktop_chat.services.ingest import (
        CannotRead,
        FileKind,
        IngestLimits,
        prepare_image,
        read_document,
        sniff,
    )
    from desktop_chat.services.ingest.parsers import parse_document

    app = QGuiApplication(sys.argv)  # noqa: F841 - the seed files are drawn with Qt
    seeds = make_seeds()
    limits = IngestLimits(timeout_s=60)
    rng = random.Random(args.seed)
    outcomes: collections.Counter[str] = collections.Counter()
    damaged_types: collections.Counter[str] = collections.Counter()
    unhandled: list[str] = []
    slowest = (0.0, "", 0)
    started = time.perf_counter()

    def one(data: bytes, name: str, through_child: bool) -> str:
        kind = sniff(data[:4096], name)
        if not isinstance(kind, FileKind):
            raise TypeError(f"sniff returned {kind!r}")
        try:
            if kind is FileKind.IMAGE:
                prepare_image(data, limits=limits)
            elif through_child:
                read_document(data, name, limits=limits)
            else:
                parse_document(data, name, limits)
        except CannotRead as exc:
            if exc.problem.value == "damaged":
                damaged_types[exc.detail.split(":", 1)[0][:40]] += 1
            return exc.problem.value
        return "ok"

    total = args.count + args.child
    for index in range(total):
        data, name = generate(rng, seeds)
        through_child = index >= args.count
        start = time.perf_counter()
        try:
            outcome = one(data, name, through_child)
        except Exception as exc:  # the whole point: count what escapes
            outcome = f"UNHANDLED {type(exc).__name__}"
            unhandled.append(f"input #{index} ({name}, {len(data)} bytes): " + traceback.format_exc(limit=3))
        elapsed = time.perf_counter() - start
        if elapsed > slowest[0] and not through_child:
            slowest = (elapsed, name, len(data))
        outcomes[("child " if through_child else "") + outcome] += 1
        if (index + 1) % 10_000 == 0:
            print(f"  … {index + 1:,} inputs, {time.perf_counter() - started:.0f} s", flush=True)
    wall = time.perf_counter() - started

    print(f"\n{total:,} inputs (seed {args.seed}): {args.count:,} in process, {args.child:,} through the "
          f"child; {wall:.0f} s, {total / max(wall, 1e-9):,.0f} inputs/s overall")
    for outcome, count in sorted(outcomes.items(), key=lambda item: -item[1]):
        print(f"  {count:>8,}  {outcome}")
    print("DAMAGED by detail prefix (the library or check that refused the file):")
    for prefix, count in damaged_types.most_common(12):
        print(f"  {count:>8,}  {prefix}")
    print(f"slowest in-process input: {slowest[0] * 1000:.0f} ms ({slowest[1]}, {slowest[2]:,} bytes)")
    print(f"unhandled exceptions: {len(unhandled)}")
    for report in unhandled[:5]:
        print(report)
    return 1 if unhandled else 0


if __name__ == "__main__":
    sys.exit(main())
