"""Colours of the chat view (light and dark) and the CSS given to Qt's rich-text documents.

Why here: the same palette feeds the widget style sheet (cards, buttons, banner) and the document
CSS (links, inline code, tables, quotes), so both modes are defined in one place and stay in step.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Palette:
    dark: bool
    window: str
    text: str
    muted: str
    card: str
    card_border: str
    user_bubble: str
    user_border: str
    accent: str
    link: str
    code_bg: str
    code_border: str
    inline_code_bg: str
    table_border: str
    table_head: str
    quote_bar: str
    hover: str
    error_bg: str
    error_fg: str
    warning_bg: str
    warning_fg: str
    info_bg: str
    info_fg: str
    highlight: str


LIGHT = Palette(
    dark=False,
    window="#f6f7f9",
    text="#1f2328",
    muted="#656d76",
    card="#ffffff",
    card_border="#e4e7eb",
    user_bubble="#e7effd",
    user_border="#d3e0f8",
    accent="#2f6fde",
    link="#0a5bd3",
    code_bg="#f6f8fa",
    code_border="#e1e4e8",
    inline_code_bg="#eef0f3",
    table_border="#d0d7de",
    table_head="#f1f3f5",
    quote_bar="#c9d1d9",
    hover="#eceff3",
    error_bg="#fdecec",
    error_fg="#8e1f1f",
    warning_bg="#fff4e0",
    warning_fg="#7a4a00",
    info_bg="#e8f1fc",
    info_fg="#0c4a8c",
    highlight="#fff3b0",
)

DARK = Palette(
    dark=True,
    window="#1c1d20",
    text="#e6e7ea",
    muted="#9aa1ab",
    card="#26282c",
    card_border="#34373d",
    user_bubble="#2d3a52",
    user_border="#3a4a66",
    accent="#6ea2ff",
    link="#7cb4ff",
    code_bg="#17181b",
    code_border="#33363c",
    inline_code_bg="#33363c",
    table_border="#454a52",
    table_head="#2f3237",
    quote_bar="#4b5059",
    hover="#33363c",
    error_bg="#3d2224",
    error_fg="#f3b7b7",
    warning_bg="#3b3020",
    warning_fg="#f1d29a",
    info_bg="#1f3049",
    info_fg="#b5d2fb",
    highlight="#5a4b12",
)


def palette(dark: bool) -> Palette:
    return DARK if dark else LIGHT


def document_css(p: Palette, mono_family: str) -> str:
    """Default style sheet for message documents (Qt's CSS subset)."""
    mono = mono_family.replace('"', "")
    return f"""
p {{ margin-top: 0px; margin-bottom: 8px; }}
h1 {{ font-size: x-large; margin-top: 6px; margin-bottom: 8px; }}
h2 {{ font-size: large; margin-top: 6px; margin-bottom: 6px; }}
h3, h4, h5, h6 {{ font-size: medium; margin-top: 4px; margin-bottom: 4px; }}
ul, ol {{ margin-top: 0px; margin-bottom: 8px; }}
li {{ margin-bottom: 2px; }}
a {{ color: {p.link}; text-decoration: none; }}
code {{ font-family: "{mono}"; background-color: {p.inline_code_bg}; }}
pre {{ font-family: "{mono}"; background-color: {p.code_bg}; margin-top: 2px; margin-bottom: 8px; }}
p.codehead {{ background-color: {p.code_bg}; margin-top: 2px; margin-bottom: 0px; }}
span.codelang {{ color: {p.muted}; font-size: 8pt; }}
a.copy {{ color: {p.muted}; text-decoration: none; }}
table.grid {{ border-collapse: collapse; border-color: {p.table_border}; margin-bottom: 8px; }}
th {{ background-color: {p.table_head}; font-weight: bold; }}
td.quotebar {{ background-color: {p.quote_bar}; }}
td.quote {{ color: {p.muted}; padding-left: 10px; }}
hr {{ color: {p.card_border}; }}
"""
