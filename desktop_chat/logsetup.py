"""Logging to a small rotating file, and crash reports, both with keys scrubbed out.

Why: when something goes wrong, IT staff need a log and users need a crash report they can send —
and neither may carry the API key, nor any other secret. Every record passes `RedactingFilter` before the
file handler writes it; the crash report is built here (Qt-free, so it is testable) and the UI's
excepthook only shows it.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import ModuleType, TracebackType

from desktop_chat.redact import RedactingFilter, redact

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_HANDLER_FLAG = "_desktop_chat_handler"


def app_version() -> str:
    """The installed package's version, or "development" when running from a checkout."""
    from importlib import metadata

    try:
        return metadata.version("desktop-chat")
    except metadata.PackageNotFoundError:
        return "development"


def setup_logging(
    log_file: Path,
    *,
    secrets_provider: Callable[[], Iterable[str]],
    level: int = logging.INFO,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> logging.Handler:
    """Send the root logger to `log_file` (rotating, redacted); returns the handler.

    Calling it again replaces the handler installed before, so it is safe in tests and restarts.
    `secrets_provider` is asked for the current key value(s) at each record, so a key entered
    after start-up is still scrubbed.
    """
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    teardown_logging()
    handler = RotatingLog(log_file, max_bytes=max_bytes, backup_count=backup_count)
    if os.name == "posix":
        os.chmod(log_file, 0o600)  # the log is the user's business only
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactingFilter(secrets_provider))
    setattr(handler, _HANDLER_FLAG, True)
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return handler


class RotatingLog(logging.FileHandler):
    """A log file that moves itself aside (app.log → app.log.1 … .N) when it grows past `max_bytes`.

    The standard library's RotatingFileHandler does the same, but its module pulls in pickle,
    sockets and queues at start-up, which the app would pay for before its window shows.
    """

    def __init__(self, path: Path, *, max_bytes: int, backup_count: int) -> None:
        super().__init__(path, encoding="utf-8")
        self._max_bytes = max_bytes
        self._backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._max_bytes > 0 and self.stream is not None and self.stream.tell() >= self._max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None
        path = Path(self.baseFilename)
        for i in range(self._backup_count - 1, 0, -1):
            older = path.with_name(f"{path.name}.{i}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{i + 1}"))
        if self._backup_count > 0:
            path.replace(path.with_name(f"{path.name}.1"))
        else:
            path.unlink(missing_ok=True)
        self.stream = self._open()


def teardown_logging() -> None:
    """Remove and close the handler `setup_logging` installed, if any."""
    logging.captureWarnings(False)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_FLAG, False):
            root.removeHandler(handler)
            handler.close()


def format_crash_report(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    secrets: Iterable[str] = (),
    extra: Mapping[str, str] | None = None,
) -> str:
    """A plain-text report (versions, platform, traceback) with every key removed.

    `extra` lets the UI add lines such as the Qt version without this module importing Qt.
    """
    lines = [
        f"Desktop Chat {app_version()}",
        f"Python {sys.version.split()[0]} ({_platform().python_implementation()})",
        f"Platform {_platform().platform()}",
    ]
    lines += [f"{name} {value}" for name, value in (extra or {}).items()]
    if exc_type is None:
        body = "No exception information."
    else:
        body = "".join(traceback.format_exception(exc_type, exc, tb))
    report = "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"
    return redact(report, secrets=secrets)


def _platform() -> ModuleType:
    """The `platform` module, imported only when a crash report is written (it costs start-up time)."""
    import platform

    return platform
