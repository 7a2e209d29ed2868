"""The log file and crash reports carry no trace of the key."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_chat.logsetup import format_crash_report, setup_logging, teardown_logging
from desktop_chat.paths import app_paths

KEY = "gw-Secret-Key-8f3K2mQ9xZ"  # no sk- prefix: only the known-value path can catch it


@pytest.fixture
def log_file() -> Iterator[Path]:
    path = app_paths().ensure().log_file
    yield path
    teardown_logging()


def test_logged_exception_with_the_key_leaves_no_trace(log_file: Path) -> None:
    setup_logging(log_file, secrets_provider=lambda: [KEY])
    log = logging.getLogger("desktop_chat.api.test")
    try:
        raise ConnectionError(f"401 for headers {{'authorization': 'Bearer {KEY}'}} key={KEY}")
    except ConnectionError:
        log.exception("request with key %s failed", KEY)
    log.warning("payload %r", {"api_key": KEY, "model": "m"})
    logging.getLogger("other").info("a key from the environment: %s", "sk-envkey-abcdef123")
    teardown_logging()
    text = log_file.read_text(encoding="utf-8")
    assert KEY not in text and "sk-envkey-abcdef123" not in text
    assert "ConnectionError" in text and "request with key [REDACTED] failed" in text
    assert "Traceback" in text
    if os.name == "posix":
        assert log_file.stat().st_mode & 0o077 == 0


def test_key_entered_after_start_up_is_still_scrubbed(log_file: Path) -> None:
    current: list[str] = []
    setup_logging(log_file, secrets_provider=lambda: current)
    current.append(KEY)
    logging.getLogger("x").error("now %s", KEY)
    teardown_logging()
    assert KEY not in log_file.read_text(encoding="utf-8")


def test_file_rotates_and_setup_twice_keeps_one_handler(log_file: Path) -> None:
    setup_logging(log_file, secrets_provider=tuple, max_bytes=2_000, backup_count=2)
    handler = setup_logging(log_file, secrets_provider=tuple, max_bytes=2_000, backup_count=2)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_desktop_chat_handler", False)]
    assert ours == [handler]
    for i in range(200):
        logging.getLogger("x").info("line %d %s", i, "x" * 40)
    teardown_logging()
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert files == ["desktop-chat.log", "desktop-chat.log.1", "desktop-chat.log.2"]
    assert all(p.stat().st_size <= 2_100 for p in log_file.parent.iterdir())


def test_crash_report_has_versions_and_traceback_but_no_key() -> None:
    def failing() -> None:
        secret = KEY  # a local holding the key, as in a real frame
        raise ValueError(f"bad response for {secret}; Authorization: Bearer sk-other-0987654321")

    try:
        failing()
    except ValueError:
        report = format_crash_report(*sys.exc_info(), secrets=[KEY], extra={"Qt": "6.11.3"})
    assert KEY not in report and "sk-other-0987654321" not in report
    assert report.startswith("Desktop Chat ")
    assert f"Python {sys.version.split()[0]}" in report and "Platform " in report and "Qt 6.11.3" in report
    assert "in failing" in report and "ValueError: bad response for [REDACTED]" in report


def test_crash_report_without_exception() -> None:
    assert "No exception information." in format_crash_report(None, None, None)
