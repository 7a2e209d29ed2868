"""Fuzz the three image-output parsers: no unhandled exception, no slow input, text kept.

Why: pictures in answers arrive as untrusted JSON and text from gateways that each shape them their
own way (see desktop_chat/api/images_out.py). Generated inputs, from a seeded random source so a
failure can be replayed with `--seed`:

  json      arbitrary chunk sequences whose deltas hold `images` / `image` / `content` lists of
            parts (right, wrong, nested, huge), fed to `StreamDecoder` in random reads, and the same
            messages as whole bodies to `events_from_completion`
  markdown  text with Markdown images — complete, broken, partial, oversized, remote — split at
            random points, through `StreamDecoder` (the text outside images must come out exactly,
            and no base64 may reach it) and `MarkdownImages` directly (every cut gives the same
            result as no cut)

Only the decoder's documented errors are allowed (`IncompleteAnswer`, `StreamFailed` and its
subclasses); anything else is a failure, printed with its input. Prints the count per kind, the
slowest input and its time; exits 1 on any failure or when an input took over `--max-ms`.

    .venv/bin/python benchmarks/fuzz_image_parsers.py [--count 100000] [--seed 1] [--max-ms 250]
"""

from __future__ import annotations

import argparse
import base64
import itertools
import json
import random
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_chat.api import ImageReceived, IncompleteAnswer, RemoteImage, StreamFailed, TextDelta  # noqa: E402
from desktop_chat.api.decoder import StreamDecoder, events_from_completion  # noqa: E402
from desktop_chat.api.images_out import MAX_ENCODED_CHARS, MarkdownImages  # noqa: E402
from desktop_chat.devtools.attachments import make_png  # noqa: E402

PNG = make_png(16, 12, (120, 40, 200))
B64 = base64.b64encode(PNG).decode()
URL = "data:image/png;base64," + B64
JPEG_B64 = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(60)).decode()
ATOMS = ["![", "]", "(", ")", "[", "!", "data:", "image/png", ";base64,", B64, B64[:17], "=", "==", " ", "\n",
         '"', "'", "https://x.example/a.png", "%", "é", "中", "\u2028", "<think>", "</think>", "`", "*"]
TAILS = ["", " ", ' "title"', " 'title'"]
DOCUMENTED = (IncompleteAnswer, StreamFailed)


def random_markdown(rng: random.Random, huge: bool) -> tuple[str, str | None]:
    """(text, expected text outside images or None when it can't be told simply); `huge`: one image
    is over the 25 MB cap."""
    pieces: list[str] = []
    expected: list[str] | None = []
    for _ in range(rng.randint(0, 8)):
        kind = rng.random()
        if kind < 0.35:
            plain = "".join(rng.choice("abc ,.\n!?é中") for _ in range(rng.randint(0, 30)))
            plain = plain.replace("![", "! [")
            if "!" in plain[-1:]:
                plain += "."
            pieces.append(plain)
            if expected is not None:
                expected.append(plain)
        elif kind < 0.55:
            payload = rng.choice([B64, JPEG_B64, B64.rstrip("="), base64.urlsafe_b64encode(PNG).decode()])
            alt, claim = rng.choice(["", "image", "a b"]), rng.choice(["png", "jpeg"])
            tail = rng.choice(TAILS)
            pieces.append(f"![{alt}](data:image/{claim};base64,{payload}{tail})")
        elif kind < 0.65:
            pieces.append(f"![r](https://x.example/{rng.randint(0, 99)}.png)")
            if expected is not None:
                expected.append(pieces[-1])
        elif huge:  # over the cap: must be dropped without being held
            huge = False
            oversized = "A" * (MAX_ENCODED_CHARS + rng.randint(8, 4096))
            pieces.append("![h](data:image/png;base64," + oversized + ")")
        else:  # broken or partial: anything goes, only "no crash, no base64 in the text" is checked
            pieces.append("".join(rng.choice(ATOMS) for _ in range(rng.randint(1, 12))))
            expected = None
    text = "".join(pieces)
    return text, None if expected is None else "".join(expected)


def random_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.3:
        return rng.choice([None, True, 0, -1, 2**70, 1.5, "", "x", URL, "data:image/png;base64,%%", B64,
                           "https://x.example/i.png", "file:///etc/passwd", "![i](" + URL + ")",
                           "data:image/png;base64," + B64[:-4]])
    if roll < 0.6:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = ["type", "image_url", "url", "text", "images", "image", "content", "b64_json", "source", "data",
            "inline_data", "detail", "index"]
    obj = {rng.choice(keys): random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    if rng.random() < 0.4:
        obj["type"] = rng.choice(["text", "image_url", "image", "output_image", "input_image", 3, None, []])
    return obj


def random_delta(rng: random.Random) -> dict[str, Any]:
    delta: dict[str, Any] = {}
    for key in rng.sample(["content", "images", "image", "role", "reasoning_content"], rng.randint(1, 3)):
        delta[key] = random_value(rng)
    if rng.random() < 0.3:
        delta["images"] = [{"type": "image_url", "image_url": {"url": URL}, "index": 0}]
    return delta


def sse(deltas: list[dict[str, Any]], rng: random.Random) -> bytes:
    lines = [b"data: " + json.dumps({"choices": [{"index": 0, "delta": d}]}).encode() + b"\n\n"
             for d in deltas]
    if rng.random() < 0.8:
        lines.append(b'data: {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}\n\n')
    if rng.random() < 0.7:
        lines.append(b"data: [DONE]\n\n")
    return b"".join(lines)


def feed(body: bytes, rng: random.Random) -> tuple[str, int, StreamDecoder]:
    decoder = StreamDecoder()
    events = []
    index = 0
    try:
        while index < len(body) and not decoder.done and decoder.failure is None:
            step = rng.choice([1, 2, 7, 64, 1000, 1 << 20])
            events += decoder.feed(body[index : index + step])
            index += step
        if not decoder.done and decoder.failure is None:
            events += decoder.end()
    except DOCUMENTED:
        pass
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    images = sum(isinstance(e, ImageReceived | RemoteImage) for e in events)
    return text, images, decoder


def check_markdown(rng: random.Random, huge: bool = False) -> None:
    text, expected = random_markdown(rng, huge)
    cuts = sorted({rng.randint(0, len(text)) for _ in range(rng.randint(0, 12))} | {0, len(text)})
    pieces = [text[a:b] for a, b in itertools.pairwise(cuts)]
    deltas = [{"content": piece} for piece in pieces if piece]
    streamed, _images, decoder = feed(sse(deltas, rng), rng)
    if decoder.failure is None and expected is not None and decoder.done:
        assert streamed == expected, (streamed[:200], expected[:200])
    if expected is not None:  # (random soup may hold base64 as plain text, outside any image)
        assert B64[:17] not in streamed, "base64 reached the text"
    reader = MarkdownImages()
    out = [p for piece in pieces for p in reader.feed(piece)] + reader.flush()
    whole = MarkdownImages()
    reference = whole.feed(text) + whole.flush()
    assert _merged(out) == _merged(reference), "the cut points changed the result"


def _merged(parts: list[Any]) -> list[Any]:
    merged: list[Any] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    return merged


def check_json(rng: random.Random) -> None:
    deltas = [random_delta(rng) for _ in range(rng.randint(0, 5))]
    feed(sse(deltas, rng), rng)
    for delta in deltas[:2]:
        body = json.dumps({"choices": [{"message": delta, "finish_reason": "stop"}], "model": "m"}).encode()
        try:
            events_from_completion(body)
        except DOCUMENTED:
            pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs to generate (default 100,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-ms", type=float, default=50.0, help="budget for the slowest ordinary input")
    parser.add_argument("--max-huge-ms", type=float, default=15000.0,
                        help="budget for an input holding a picture over the 25 MB cap (one in 1,000; "
                             "mostly the harness: 33 MB encoded to JSON and read three ways)")
    args = parser.parse_args(argv)
    failures = 0
    slowest = (0.0, "", 0)
    slowest_huge = (0.0, "", 0)
    counts = {"json": 0, "markdown": 0, "huge": 0}
    started = time.perf_counter()
    for number in range(args.count):
        rng = random.Random(args.seed * 1_000_003 + number)
        kind = "markdown" if number % 2 else "json"
        huge = number % 1000 == 1
        t0 = time.perf_counter()
        try:
            if kind == "json":
                check_json(rng)
            else:
                check_markdown(rng, huge)
        except Exception:  # any undocumented error, or a broken promise (AssertionError)
            failures += 1
            if failures <= 5:
                print(f"FAILED {kind} input #{number} (--seed {args.seed}):")
                traceback.print_exc()
        took = time.perf_counter() - t0
        counts[kind] += 1
        if huge:
            counts["huge"] += 1
            slowest_huge = max(slowest_huge, (took, kind, number))
        elif took > slowest[0]:
            slowest = (took, kind, number)
    total = time.perf_counter() - started
    print(f"{args.count:,} generated inputs ({counts['json']:,} JSON chunk sequences, {counts['markdown']:,} "
          f"Markdown texts, {counts['huge']:,} of them with a picture over the cap) in {total:.1f} s; "
          f"{failures} failures")
    print(f"slowest ordinary input: {slowest[1]} #{slowest[2]}, {slowest[0] * 1000:.1f} ms "
          f"(budget {args.max_ms:g} ms)")
    if counts["huge"]:
        print(f"slowest over-the-cap input: #{slowest_huge[2]}, {slowest_huge[0] * 1000:.1f} ms "
              f"(budget {args.max_huge_ms:g} ms: ~33 MB of base64 encoded to JSON, read and dropped)")
    ok = (failures == 0 and slowest[0] * 1000 <= args.max_ms
          and slowest_huge[0] * 1000 <= args.max_huge_ms)
    print("budget:", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
