"""What the UI needs to know about corporate networks: the proxy choice, the extra CA file's check,
and the typed reasons of certificate and PAC failures.

Why a module of its own: the UI reaches the api layer only through services; these names live in
`desktop_chat.api` (errors, tls) and `desktop_chat.settings`, and gathering them here keeps the
shared `services/__init__` untouched. `check_ca_bundle` reads the file (no Qt, no network).
"""

from __future__ import annotations

from desktop_chat.api.errors import CertProblem, PacFlaw, ProxySetupFailed
from desktop_chat.api.tls import check_ca_bundle
from desktop_chat.settings import ProxyMode, proxy_mode

__all__ = ["CertProblem", "PacFlaw", "ProxyMode", "ProxySetupFailed", "check_ca_bundle", "proxy_mode"]
