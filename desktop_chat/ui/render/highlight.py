"""Syntax highlighting of code blocks with Pygments, as inline-styled spans.

Why inline styles: Qt's rich-text engine understands `<span style="color:…">` but not external
stylesheets with Pygments' class names, and inline styles keep each block self-contained (so a
block rendered once can be cached and reused). Two palettes: light and dark.

Pygments is imported on the first code block, not with this module: start-up needs none of it.
"""

from __future__ import annotations

import html
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pygments.formatters.html import HtmlFormatter
    from pygments.lexer import Lexer

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"
_MAX_HIGHLIGHT_CHARS = 200_000  # beyond this, plain escaped text (Pygments is O(n) but slow)


@lru_cache(maxsize=64)
def _lexer(lang: str) -> Lexer | None:
    if not lang:
        return None
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(lang, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


@lru_cache(maxsize=2)
def _formatter(dark: bool) -> HtmlFormatter:
    from pygments.formatters.html import HtmlFormatter

    return HtmlFormatter(noclasses=True, nowrap=True, style=DARK_STYLE if dark else LIGHT_STYLE)


def code_language(info: str) -> str:
    """The language word of a fence's info string (```python title=x → "python")."""
    word = info.strip().split(maxsplit=1)[0] if info.strip() else ""
    return word.lower()


def highlight_code(code: str, lang: str, *, dark: bool) -> str:
    """HTML spans (no wrapper) for `code`; unknown languages come back escaped, unstyled."""
    lexer = _lexer(lang)
    if lexer is None or len(code) > _MAX_HIGHLIGHT_CHARS:
        return html.escape(code, quote=False)
    from pygments import highlight

    out = highlight(code, lexer, _formatter(dark))
    # Pygments always ends its output with a newline; keep the block's own text exact.
    if out.endswith("\n") and not code.endswith("\n"):
        out = out[:-1]
    return out
