"""Test-wide isolation: no test touches the real home directory, keychain or display.

Set before anything imports Qt or keyring: an offscreen Qt platform, a private HOME and XDG dirs,
and a fresh `DESKTOP_CHAT_HOME` per test.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

_SESSION_ROOT = Path(tempfile.mkdtemp(prefix="desktop-chat-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("DESKTOP_CHAT_TEST_HOME_SET"):
    # run-tests.sh already points HOME at a throwaway dir (the keyring daemon needs it first);
    # a bare `pytest` gets one here.
    os.environ["HOME"] = str(_SESSION_ROOT / "home")
    Path(os.environ["HOME"]).mkdir(exist_ok=True)
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(Path(os.environ["HOME"]) / var.lower())
for var in ("DESKTOP_CHAT_API_KEY", "DESKTOP_CHAT_BASE_URL", "OPENAI_API_KEY"):
    os.environ.pop(var, None)
# Tests talk only to 127.0.0.1; a proxy from the environment must not intercept that.
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"


@pytest.fixture(autouse=True)
def desktop_chat_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own, empty app home."""
    home = tmp_path / "dc-home"
    home.mkdir()
    monkeypatch.setenv("DESKTOP_CHAT_HOME", str(home))
    return home
