"""The core must stay Qt-free (ARCHITECTURE.md): importing it in a fresh interpreter loads no PySide6."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "desktop_chat.domain",
    "desktop_chat.paths",
    "desktop_chat.api",
    "desktop_chat.store",
    "desktop_chat.secrets",
    "desktop_chat.settings",
    "desktop_chat.services",
    "desktop_chat.devtools.simulator",
]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_without_qt(module: str) -> None:
    code = f"import sys, {module}; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False", f"{module} pulled in PySide6"


def test_importing_the_package_does_no_work() -> None:
    """Nothing happens at import time: no Qt, no httpx, no files."""
    code = "import sys, desktop_chat; print(sorted(m for m in ('PySide6', 'httpx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
