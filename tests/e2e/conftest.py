"""End-to-end fixtures live in e2e_support.py (importable by the tests); registered here."""

from __future__ import annotations

from e2e_support import app_env, sim, xvfb

__all__ = ["app_env", "sim", "xvfb"]
