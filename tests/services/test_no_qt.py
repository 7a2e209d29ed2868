"""The services are Qt-free: every module of the package (found on disk, so a new one is covered
too), the settings and the paths import without PySide6, and without httpx (slow to import)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import desktop_chat.services

MODULES = [
    "desktop_chat.services",
    *(f"desktop_chat.services.{m.name}" for m in pkgutil.iter_modules(desktop_chat.services.__path__)),
    "desktop_chat.settings",
    "desktop_chat.paths",
]


def test_every_module_of_the_package_is_listed() -> None:
    assert {"desktop_chat.services.chat", "desktop_chat.services.conversations",
            "desktop_chat.services.session", "desktop_chat.services.window_state"} <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_service_module_is_qt_free(module: str) -> None:
    code = (f"import sys, {module}; "
            "print(sorted(m for m in ('PySide6', 'httpx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
