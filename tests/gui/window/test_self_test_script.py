"""`DesktopChatApp(script=…)` (what --self-test runs): its exit code is the script's, and a script
that raises must end the app with a non-zero code and a plain reason — never a silent success."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


REPO = Path(__file__).resolve().parents[3]
SCRIPT = """
import sys
from desktop_chat.app import DesktopChatApp
from desktop_chat.paths import app_paths

async def script(shell):
    if sys.argv[1] == "raise":
        raise RuntimeError("the gateway said no")
    return int(sys.argv[1])

sys.exit(DesktopChatApp(app_paths().ensure(), script=script).exec())
"""


def run_script(arg: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESKTOP_CHAT_HOME=str(home),
               PYTHONPATH=str(REPO))
    env.pop("DESKTOP_CHAT_API_KEY", None)
    return subprocess.run([sys.executable, "-c", SCRIPT, arg], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=60)


def test_script_exit_code_is_passed_on(tmp_path):
    done = run_script("3", tmp_path / "home")
    assert done.returncode == 3, done.stderr


def test_script_that_raises_fails_the_run_with_a_plain_reason(tmp_path):
    done = run_script("raise", tmp_path / "home")
    assert done.returncode == 1
    assert "the script failed: the gateway said no" in done.stderr
    assert "Traceback" not in done.stderr
