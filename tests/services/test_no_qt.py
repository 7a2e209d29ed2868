"""The services are Qt-free (ARCHITECTURE.md): every module imports without PySide6, and without httpx."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    ["desktop_chat.services.chat", "desktop_chat.services.session", "desktop_chat.services.models",
     "desktop_chat.services.context", "desktop_chat.services.events", "desktop_chat.services.changes",
     "desktop_chat.services.conversations", "desktop_chat.services.refusals",
     "desktop_chat.services.unsaved", "desktop_chat.services.window_state", "desktop_chat.services.upgrade",
     "desktop_chat.services.history_file", "desktop_chat.services.saving", "desktop_chat.settings",
     "desktop_chat.paths"],
)
def test_service_module_is_qt_free(module: str) -> None:
    code = (f"import sys, {module}; "
            "print(sorted(m for m in ('PySide6', 'httpx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
