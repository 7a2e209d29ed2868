"""A small hypothesis sample over sniff, the parsers and prepare_image: random and mutated bytes give
a FileKind, a result or CannotRead, nothing else. The 100,000-input run is benchmarks/fuzz_ingest.py."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_chat.services.ingest import (
    CannotRead,
    FileKind,
    IngestLimits,
    prepare_image,
    read_document,
    sniff,
)
from desktop_chat.services.ingest.parsers import parse_document
from tests.ingest import makers

LIMITS = IngestLimits(timeout_s=20)
NAMES = st.sampled_from(["a.pdf", "a.docx", "a.xlsx", "a.pptx", "a.csv", "a.txt", "a.json", "a", "a.png"])
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def seeds(qapp: object) -> list[bytes]:
    return [
        makers.pdf_bytes(["Some text on a page."]),
        makers.docx_bytes(),
        makers.xlsx_bytes(rows=5),
        makers.pptx_bytes(),
        "a;b\nCafé;1\n".encode("cp1252"),
        makers.qimage_bytes(64, 48, "PNG"),
        makers.qimage_bytes(64, 48, "JPEG", photo=True),
        makers.animated_gif(),
    ]


def mutate(data: bytes, edits: list[tuple[int, int]], cut: int) -> bytes:
    buffer = bytearray(data)
    for position, value in edits:
        buffer[position % len(buffer)] = value
    return bytes(buffer[: max(1, len(buffer) - cut)])


EDITS = st.lists(st.tuples(st.integers(0, 1 << 30), st.integers(0, 255)), max_size=8)


def test_fuzz_random_bytes_everywhere() -> None:
    @FUZZ
    @given(data=st.binary(max_size=4096), name=NAMES)
    def check(data: bytes, name: str) -> None:
        assert isinstance(sniff(data, name), FileKind)
        for call in (lambda: parse_document(data, name, LIMITS), lambda: prepare_image(data)):
            try:
                call()
            except CannotRead:
                pass

    check()


def test_fuzz_mutated_files(seeds: list[bytes]) -> None:
    @FUZZ
    @given(seed=st.integers(0, 7), edits=EDITS, cut=st.integers(0, 2000), name=NAMES)
    def check(seed: int, edits: list[tuple[int, int]], cut: int, name: str) -> None:
        data = mutate(seeds[seed], edits, cut)
        assert isinstance(sniff(data[:4096], name), FileKind)
        try:
            parse_document(data, name, LIMITS)
        except CannotRead:
            pass
        try:
            prepare_image(data)
        except CannotRead:
            pass

    check()


def test_fuzz_through_the_child(seeds: list[bytes]) -> None:
    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
    @given(seed=st.integers(0, 4), edits=EDITS, cut=st.integers(0, 500))
    def check(seed: int, edits: list[tuple[int, int]], cut: int) -> None:
        data = mutate(seeds[seed], edits, cut)
        try:
            read_document(data, ["a.pdf", "a.docx", "a.xlsx", "a.pptx", "a.csv"][seed], limits=LIMITS)
        except CannotRead:
            pass

    check()
