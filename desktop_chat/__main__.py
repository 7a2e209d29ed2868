"""`python -m desktop_chat` / the `desktop-chat` command: start the app (see desktop_chat.app).

Why so small: the entry point must import nothing heavy before the window is on screen; the
composition root decides what to load and when.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop_chat.app import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
