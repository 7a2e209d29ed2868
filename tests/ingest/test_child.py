"""The child process: killed at the time limit, killed early on cancel, crashes and memory blow-ups
contained, and it imports only this package and the library its job needs."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_chat.services.ingest import CannotRead, IngestLimits, ReadProblem, read_document
from desktop_chat.services.ingest.child import Job
from desktop_chat.services.ingest.runner import run_in_child

ROOT = Path(__file__).resolve().parents[2]
LIBRARIES = ("pypdfium2", "docx", "pptx", "openpyxl", "PIL", "lxml", "charset_normalizer", "xlsxwriter")


def problem_of_job(job: Job, limits: IngestLimits, cancel: threading.Event | None = None) -> ReadProblem:
    with pytest.raises(CannotRead) as caught:
        run_in_child(job, b"data", "x.txt", limits, cancel)
    return caught.value.problem


def test_a_parser_that_hangs_is_killed_at_the_time_limit() -> None:
    assert problem_of_job(Job.SLEEP, IngestLimits(timeout_s=1.5)) is ReadProblem.TIMED_OUT


def test_cancel_kills_the_child_long_before_the_time_limit() -> None:
    cancel = threading.Event()
    threading.Timer(1.0, cancel.set).start()
    # With a 10-minute limit, only the cancel can end this within pytest's own timeout.
    assert problem_of_job(Job.SLEEP, IngestLimits(timeout_s=600), cancel) is ReadProblem.CANCELLED


def test_cancelled_before_it_starts() -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(CannotRead) as caught:
        read_document(b"hello", "a.txt", cancel=cancel)
    assert caught.value.problem is ReadProblem.CANCELLED


def test_a_crashing_parser_is_a_damaged_file() -> None:
    assert problem_of_job(Job.CRASH, IngestLimits()) is ReadProblem.DAMAGED


@pytest.mark.skipif(sys.platform == "win32", reason="no RLIMIT_AS on Windows")
def test_the_memory_limit_stops_a_parser_that_eats_memory() -> None:
    assert problem_of_job(Job.ALLOCATE, IngestLimits(memory_mb=512)) is ReadProblem.TOO_COMPLEX


def test_the_child_imports_neither_qt_nor_any_parsing_library() -> None:
    header, _ = run_in_child(Job.MODULES, b"", "x", IngestLimits())
    modules = set(header["modules"])
    assert "desktop_chat.services.ingest.child" in modules
    assert not {m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6", "httpx", *LIBRARIES)}


def test_importing_the_package_loads_no_library() -> None:
    code = (
        "import sys, desktop_chat.services.ingest as i; "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {LIBRARIES!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_results_cross_the_pipe_intact() -> None:
    text = "Zeile 1: naïve café ☕ — 中文\n" * 1000
    document = read_document(text.encode("utf-8"), "notes.md")
    assert document.text == text and document.words == 7 * 1000
