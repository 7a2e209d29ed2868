"""Markdown → safe HTML for the chat view, with no Qt in sight.

Why a package of its own: model output is untrusted, and the only HTML that ever reaches a Qt text
document is the small subset written by `markdown.render_blocks` (text escaped, links limited to
http/https/mailto, images shown as text). Keeping this pure lets it be tested exhaustively without a
display, and keeps the streaming splitter (`incremental`) next to the renderer it must agree with.
"""

from desktop_chat.ui.render.incremental import IncrementalRenderer, StreamSnapshot
from desktop_chat.ui.render.links import display_url, is_openable_url
from desktop_chat.ui.render.markdown import Block, render_blocks, render_html

__all__ = [
    "Block",
    "IncrementalRenderer",
    "StreamSnapshot",
    "display_url",
    "is_openable_url",
    "render_blocks",
    "render_html",
]
