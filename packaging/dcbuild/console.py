"""Progress and errors for build_installer.py: one line per step, with how long it took.

Why: a build that runs for minutes must say what it is doing, and a failure must say in plain words
what went wrong and what to do next (`BuildError.message` / `.action`), not end in a traceback.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager


class BuildError(Exception):
    """The world went wrong during the build (missing tool, failed command, failed check)."""

    def __init__(self, message: str, action: str = "", *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.action = action
        self.detail = detail


def say(text: str) -> None:
    print(f"==> {text}", file=sys.stderr, flush=True)


def note(text: str) -> None:
    print(f"    {text}", file=sys.stderr, flush=True)


@contextmanager
def step(title: str) -> Iterator[None]:
    """Prints the step's title, then its duration (or that it failed)."""
    say(title)
    start = time.monotonic()
    try:
        yield
    except BaseException:
        note(f"failed after {time.monotonic() - start:.1f} s")
        raise
    note(f"done in {time.monotonic() - start:.1f} s")


def human_size(num_bytes: int) -> str:
    return f"{num_bytes / 1_000_000:.1f} MB"
