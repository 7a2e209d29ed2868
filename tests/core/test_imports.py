"""The core modules stay Qt-free and do nothing at import time (no keyring, no files)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import desktop_chat

REPO = Path(desktop_chat.__file__).resolve().parents[1]


def test_core_modules_import_neither_qt_nor_keyring(tmp_path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    code = (
        "import sys, desktop_chat.secrets, desktop_chat.redact, desktop_chat.logsetup, "
        "desktop_chat.settings\n"
        "print(sorted(m for m in ('PySide6', 'keyring', 'secretstorage') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert list(cwd.iterdir()) == []
