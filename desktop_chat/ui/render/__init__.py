"""Markdown → safe HTML for the chat view, with no Qt widgets in sight (only QtCore's translate).

Why a package of its own: model output is untrusted, and the only HTML that ever reaches a Qt text
document is the small subset written by `markdown.render_blocks` (text escaped, links limited to
http/https/mailto, images shown as text). Keeping this pure lets it be tested exhaustively without a
display, and keeps the streaming splitter (`incremental`) next to the renderer it must agree with.

The names below are imported on first use (PEP 562), not with the package: the window imports
`render.theme` to colour itself, and an empty chat needs no Markdown parser or Pygments (~40 ms of
start-up). tests/gui/window/test_startup_imports.py checks they stay out.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_chat.ui.render.incremental import IncrementalRenderer, StreamSnapshot
    from desktop_chat.ui.render.links import display_url, is_openable_url
    from desktop_chat.ui.render.markdown import Block, render_blocks, render_html

_HOMES = {
    "Block": "markdown",
    "IncrementalRenderer": "incremental",
    "StreamSnapshot": "incremental",
    "display_url": "links",
    "is_openable_url": "links",
    "render_blocks": "markdown",
    "render_html": "markdown",
}

__all__ = [
    "Block",
    "IncrementalRenderer",
    "StreamSnapshot",
    "display_url",
    "is_openable_url",
    "render_blocks",
    "render_html",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
