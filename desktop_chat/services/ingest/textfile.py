"""Bytes of a text file → str: the encoding detected, binary refused, the length capped.

Why this order: a BOM is certain; valid UTF-8 is almost certainly UTF-8 (legacy 8-bit text with
accents is never valid UTF-8 by accident); UTF-16 without a BOM shows as NULs in every other byte;
Western European text in cp1252 is recognised by a simple rule (_western); only what is left
(cp1251, GBK, Shift-JIS…) needs charset-normalizer's statistics, run on a sample so a 50 MB log
stays fast. A file that decodes to control characters is binary, not text.
"""

from __future__ import annotations

import codecs

from desktop_chat.services.ingest.types import (
    CannotRead,
    FileKind,
    IngestLimits,
    LeftOut,
    ReadDocument,
    ReadProblem,
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 64 * 1024


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if len(sample) < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= half * 0.4 and even == 0:
        return "utf-16-le"
    if even >= half * 0.4 and odd == 0:
        return "utf-16-be"
    return None


def _western(sample: bytes) -> bool:
    """cp1252 (Windows' Western European) text: every byte defined, and its accented letters mostly
    single among ASCII ones ("José Müller"), where Cyrillic, Greek and CJK text in legacy encodings
    makes runs of high bytes. Short Western samples are where statistical detectors guess wrong."""
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [i for i, b in enumerate(sample) if b >= 0x80]
    if not high:
        return True
    marks = set(high)
    paired = sum(1 for i in high if i - 1 in marks or i + 1 in marks)
    return paired <= len(high) * 0.4


def detect_encoding(data: bytes) -> tuple[str, int]:
    """(codec name, bytes of BOM to skip). Raises CannotRead(UNSUPPORTED_TYPE) for binary data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the end of the data is still UTF-8.
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return "utf-8", 0
    else:
        return "utf-8", 0
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16, 0
    if b"\x00" in data[:_SAMPLE]:
        raise CannotRead(ReadProblem.UNSUPPORTED_TYPE, "binary data (NUL bytes) where text was expected")
    if _western(data[:_SAMPLE]):
        return "cp1252", 0
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE]).best()
    if best is None:
        raise CannotRead(ReadProblem.UNSUPPORTED_TYPE, "no text encoding fits the bytes")
    return str(best.encoding), 0


def _mostly_controls(text: str) -> bool:
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\x1b")
    return controls > max(2, len(sample) // 100)


def decode_text(data: bytes) -> str:
    """The text of the bytes, newlines kept as they are; CannotRead for binary data."""
    codec, skip = detect_encoding(data)
    try:
        text = data[skip:].decode(codec, errors="replace")
    except LookupError as exc:  # an encoding name Python does not know
        raise CannotRead(ReadProblem.UNSUPPORTED_TYPE, f"unknown encoding {codec}") from exc
    if "\x00" in text[:_SAMPLE] or _mostly_controls(text):
        raise CannotRead(ReadProblem.UNSUPPORTED_TYPE, f"binary data (control characters) decoded as {codec}")
    return text


def cap(text: str, limits: IngestLimits) -> tuple[str, int]:
    """The text cut at max_text_chars, and how many characters were cut."""
    if len(text) <= limits.max_text_chars:
        return text, 0
    return text[: limits.max_text_chars], len(text) - limits.max_text_chars


def read_text(data: bytes, limits: IngestLimits) -> ReadDocument:
    """A text file as it is (JSON, code, Markdown kept verbatim), capped in characters."""
    text = decode_text(data)
    if not text.strip():
        raise CannotRead(ReadProblem.EMPTY, "the file holds only white space")
    kept, cut = cap(text, limits)
    return ReadDocument(
        kind=FileKind.TEXT,
        text=kept,
        pages=None,
        words=len(kept.split()),
        left_out=cut,
        left_out_unit=LeftOut.CHARACTERS if cut else LeftOut.NOTHING,
    )
