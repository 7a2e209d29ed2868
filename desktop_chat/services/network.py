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

__all__ = ["CertProblem", "PacFlaw", "ProxyMode", "ProxySetupFailed", "check_ca_bundle", "network_parts_work",
           "proxy_mode"]

_PAC_PROBE = ('function FindProxyForURL(url, host) '
              '{ return isPlainHostName(host) ? "DIRECT" : "PROXY p:3128"; }')


def network_parts_work() -> bool:
    """The OS trust store's TLS context builds and the PAC engine evaluates a script, offline
    (the installed app's self-test: both live in the bundle). Blocking; raises ImportError for a
    part that is missing."""
    from desktop_chat.api.pac import evaluate
    from desktop_chat.api.tls import ssl_context

    ssl_context(None)
    answer = evaluate(_PAC_PROBE, "https://gateway.example.com/v1", "gateway.example.com")
    return answer.strip() == "PROXY p:3128"
