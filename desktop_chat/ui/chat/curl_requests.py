"""Where an answer card's "Copy request as curl" goes: one signal the support controller listens to.

Why a hub of its own: cards are made and thrown away as they scroll, by the chat view, which knows
nothing of the session; the card says "this message's request, please" here, with itself as the
sender, and the controller of the window that holds the card answers (several windows — tests make
many — each take only their own cards' requests).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class CurlRequests(QObject):
    """`requested(card, message_id, short_images)` — a card asked for its message's request as curl."""

    requested = Signal(QWidget, int, bool)


_HUB: list[CurlRequests] = []


def curl_requests() -> CurlRequests:
    """The one hub (made on first use, on the GUI thread)."""
    if not _HUB:
        _HUB.append(CurlRequests())
    return _HUB[0]
