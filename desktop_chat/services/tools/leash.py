"""The leash: a local MCP server dies with the app, even when the app is killed with -9.

Why: a server left running after the app crashed holds files, ports and the person's credentials, and
starts a second copy next time. The SDK ends its servers when the app closes them; nothing ends them
when the app is killed. So each stdio server is started as
`python -m desktop_chat.services.tools.leash -- <command> <args…>` (the frozen app: its executable
with `LEASH_FLAG` first, which packaging/launcher.py hands to `main`). On Linux the leash asks the
kernel for SIGKILL when its parent dies (`prctl(PR_SET_PDEATHSIG)`), checks the parent did not die in
between, and execs the command: the server is the same process, with the same pipes. Other POSIX
systems: the leash runs the command as its child and polls its own parent, killing the child's process
group when the app is gone. Windows does not use it: the SDK puts each server in a Job Object that is
killed when the app's handle to it closes. Standard library only; imports nothing of the app.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Sequence

LEASH_FLAG = "--desktop-chat-mcp-leash"
_PR_SET_PDEATHSIG = 1
_POLL_S = 0.25
EXIT_BAD_USAGE = 64
EXIT_NOT_FOUND = 127


def leashed(command: str, args: Sequence[str]) -> tuple[str, list[str]]:
    """The (executable, arguments) that start `command args…` on the leash (as is, on Windows).

    Not frozen: this very file run by path with `-I -S` (isolated: no PYTHONPATH, no site-packages,
    not even its own folder on sys.path), so the leash starts fast and needs the app importable nowhere.
    """
    if sys.platform == "win32":
        return command, list(args)
    if getattr(sys, "frozen", False):
        return sys.executable, [LEASH_FLAG, "--", command, *args]
    return sys.executable, ["-I", "-S", os.path.abspath(__file__), "--", command, *args]


def _set_parent_death_signal() -> bool:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch(argv: list[str], parent: int) -> int:
    """Run argv as a child (in the leash's own process group, which the SDK kills as a whole when it
    stops the server); kill the child when our parent is gone."""
    try:
        child = subprocess.Popen(argv)
    except OSError:
        return EXIT_NOT_FOUND
    while True:
        try:
            return child.wait(timeout=_POLL_S)
        except subprocess.TimeoutExpired:
            pass
        if os.getppid() != parent:
            child.kill()
            return child.wait()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == LEASH_FLAG:
        args = args[1:]
    if args and args[0] == "--":
        args = args[1:]
    if not args:
        print("usage: leash -- COMMAND [ARGS...]", file=sys.stderr)
        return EXIT_BAD_USAGE
    parent = os.getppid()
    if sys.platform.startswith("linux") and _set_parent_death_signal():
        if os.getppid() != parent or parent == 1:
            return EXIT_BAD_USAGE  # the app died before the leash was tied
        try:
            os.execvp(args[0], args)
        except OSError as exc:
            print(f"leash: cannot start {args[0]!r}: {exc}", file=sys.stderr)
            return EXIT_NOT_FOUND
    return _watch(args, parent)


if __name__ == "__main__":
    sys.exit(main())
