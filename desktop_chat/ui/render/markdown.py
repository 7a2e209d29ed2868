"""Model output (Markdown) → a tuple of `Block`s of our own, sanitised HTML.

Why we write the HTML ourselves: markdown-it's stock renderer passes through whatever its tokens
carry; here every token type is mapped explicitly onto the small subset Qt's rich-text engine shows
well (p, h1–h6, ul/ol/li, table, pre, code, b/i/s, a, hr, br, span with our own styles). Text is
always escaped; raw HTML is disabled at the parser and would be escaped anyway; links survive only
for http/https/mailto (others become plain text "label (url)"); images are never drawn from the
text: a web image is a link-placeholder "Image from example.com — open" (opened only after the
person confirmed the full URL, like any link), a `data:` image the text "[image: alt]" without its
base64 (the API layer extracts those into attachments, shown by the card), anything else the text
"[image: alt] (url)" — nothing is ever loaded. markdown-it's own link check is switched off on
purpose: it drops `file:`/`javascript:`/`data:` targets by leaving the raw `![alt](url)` syntax in
the text, which looks broken; our check (links.py) runs on every target instead.

Single newlines ("soft breaks") are shown as line breaks, as GitHub does in issues and comments
(not in .md files). Chat models lean on them for addresses, e-mail drafts, poems and "Label: value"
lines; joining those into one paragraph garbles them, while a break inside a reflowed paragraph
costs little. GFM task list items ("- [ ] x", "- [x] x") start with ☐ / ☑.

The few words the HTML carries ("Copy", "[image: …]") go through Qt's translation (QtCore only, no
widgets; context "Markdown"); rendered blocks are cached, and dropped when the
language changes (`forget_rendered`).

Formulas: `$…$`, `$$…$$`, `\\(…\\)` and `\\[…\\]` (mdit-py-plugins' dollarmath for the dollars, set so
that currency stays text — no space inside the dollars, no digit after the closing one — and a
rule of ours for the backslash brackets, which CommonMark would otherwise read as escapes) become
`<img src="formula:KEY">` drawn by `formulas` (off the window's thread); display formulas get a
centred paragraph. Shell text stays text too: `$PATH:$HOME`, `$HOME/$USER` (a "formula" ending in
`/` or `:` is not one), and a code span wins over dollars around it. A block with formulas also
carries `source_html`, the same block with the formulas as their source: what the streaming
tail shows (see body.py).

The output is one `Block` per top-level Markdown block, so the streaming splitter can render a
finished block once and cache it; `render_blocks(text)` is the one-shot reference it must match.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from desktop_chat.ui.render.formulas import formula_key, image_html
from desktop_chat.ui.render.highlight import code_language, highlight_code
from desktop_chat.ui.render.links import display_url, is_openable_url

if TYPE_CHECKING:  # markdown-it is imported on the first parse, not at start-up (~25 ms)
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

COPY_SCHEME = "dc-copy"  # our own anchors: "Copy" links of code blocks nested in lists/quotes


@dataclass(frozen=True, slots=True)
class Block:
    """One top-level block. `code` blocks get a widget with a Copy button; `prose` flows as text."""

    kind: Literal["prose", "code"]
    html: str  # prose: block HTML; code: highlighted spans without the <pre> wrapper
    code: str = ""  # code: the raw text the Copy button puts on the clipboard
    lang: str = ""
    copies: tuple[tuple[str, str], ...] = ()  # prose: (anchor key, code) of nested code blocks
    source_html: str = ""  # prose with formulas: the same HTML with the formulas as their source


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """CommonMark + GFM tables and strikethrough; no raw HTML, no reference definitions.

    Reference definitions (`[x]: url` anywhere) would let text at the end change earlier blocks,
    which would break rendering finished blocks once while streaming; they are rare in answers.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.disable(["reference", "html_block", "html_inline"])
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.dollarmath.index import math_inline_dollar

    # no "$ x $", no digit next to the closing dollar ("$5 and $10", "$3.50–$4"), no labels
    dollarmath_plugin(md, allow_labels=False, allow_space=False, allow_digits=False,
                      allow_blank_lines=False, double_inline=True)
    md.inline.ruler.at("math_inline", _not_code_or_shell(math_inline_dollar(False, False, True)))
    md.inline.ruler.before("escape", "math_brackets", _bracket_math)
    # markdown-it-py exposes no setting for this: the instance's validator is replaced (see the
    # module docstring); its stubs declare it a method, hence the ignore
    md.validateLink = _accept_any_link  # type: ignore[method-assign]
    return md


_BRACKETS = {"\\(": ("\\)", "math_inline"), "\\[": ("\\]", "math_inline_double")}
_CLOSERS = {"$": "$", "$$": "$$", "\\(": "\\)", "\\[": "\\]"}


def _bracket_math(state: StateInline, silent: bool) -> bool:
    """`\\(…\\)` inline and `\\[…\\]` display formulas inside text (before the escape rule)."""
    opener = state.src[state.pos : state.pos + 2]
    found = _BRACKETS.get(opener)
    if found is None:
        return False
    closer, kind = found
    end = state.src.find(closer, state.pos + 2)
    if end < 0 or not state.src[state.pos + 2 : end].strip():
        return False
    if not silent:
        token = state.push(kind, "math", 0)
        token.content = state.src[state.pos + 2 : end]
        token.markup = opener
    state.pos = end + 2
    return True


def _not_code_or_shell(rule: Callable[[StateInline, bool], bool]) -> Callable[[StateInline, bool], bool]:
    """dollarmath's inline rule, refusing what is not a formula so that it is parsed as text.

    Refused: a span with a backtick in it (the inline math rule runs before code spans, and
    "$10 and `$HOME`" must keep its code span), and one ending in `/` or `:` (shell text:
    `$HOME/$USER`, `$PATH:$HOME`).
    """

    def guarded(state: StateInline, silent: bool) -> bool:
        start, count, pending = state.pos, len(state.tokens), state.pending
        metas = len(state.tokens_meta)
        if not rule(state, silent):
            return False
        inner = state.src[start : state.pos].strip("$").strip()
        if "`" in inner or inner[-1:] in ("/", ":"):
            state.pos = start  # undone whole, with the text the push had flushed
            del state.tokens[count:]
            del state.tokens_meta[metas:]
            state.pending = pending
            return False
        return True

    return guarded


def _is_formula(tok: Token) -> bool:
    return bool(tok.content.strip())


def _display_html(latex: str) -> str:
    return f'<p align="center">{image_html(formula_key(latex, True), display=True)}</p>'


def _math_source(tok: Token) -> str:
    return f"{tok.markup}{tok.content}{_CLOSERS.get(tok.markup, tok.markup)}"


def _accept_any_link(url: str) -> bool:
    """Let every link/image target through the parser; `_render_inline` decides what it becomes."""
    return True


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def copy_key(code: str) -> str:
    return hashlib.sha1(code.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def copy_header_html(key: str, lang: str) -> str:
    """The header strip above a code block that flows in text (nested in a list or quote, or in a
    very long answer): the code's background, "Copy" on the right in the muted colour of the Copy
    button of a code block with a widget of its own, the language next to it. A link, as a document
    cannot hold a button (the view copies the code when `dc-copy:<key>` is clicked); a paragraph,
    not a table, so it lines up with the code under it at any list depth.
    """
    label = f'<span class="codelang">{_esc(lang)}</span>&nbsp;&nbsp;&nbsp;' if lang else ""
    copy = _esc(QCoreApplication.translate("Markdown", "Copy"))
    link = f'<a class="copy" href="{COPY_SCHEME}:{key}">{copy}</a>'
    return f'<p class="codehead" align="right">{label}{link}</p>'


def _strip_last_newline(text: str) -> str:
    return text[:-1] if text.endswith("\n") else text


def _inline_text(children: Sequence[Token] | None) -> str:
    """Plain text of inline tokens (image alt text)."""
    parts: list[str] = []
    for tok in children or ():
        if tok.children:
            parts.append(_inline_text(tok.children))
        elif tok.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        else:
            parts.append(tok.content)
    return "".join(parts)


_TASK = re.compile(r"\[([ xX])\] ")


def _task_box(children: Sequence[Token] | None) -> tuple[str, int]:
    """("☐ "/"☑ ", characters to skip) when the inline text starts like a GFM task item, else ("", 0)."""
    first = children[0] if children else None
    if first is None or first.type != "text" or not (match := _TASK.match(first.content)):
        return "", 0
    return ("☐ " if match.group(1) == " " else "☑ "), match.end()


def _render_inline(
    children: Sequence[Token] | None,
    out: list[str],
    *,
    task_item: bool = False,
    formulas: bool = True,
    in_paragraph: bool = False,
) -> None:
    blocked: list[tuple[str | None, int]] = []  # per open link: (href if blocked else None, out index)
    box, skip = _task_box(children) if task_item else ("", 0)
    out.append(box)
    for index, tok in enumerate(children or ()):
        kind = tok.type
        if kind in ("text", "text_special"):
            out.append(_esc(tok.content[skip:] if index == 0 else tok.content))
        elif kind in ("softbreak", "hardbreak"):  # soft breaks too: see the module docstring
            out.append("<br/>")
        elif kind == "code_inline":
            out.append(f"<code>{_esc(tok.content)}</code>")
        elif kind in ("math_inline", "math_inline_double"):
            display = kind == "math_inline_double"
            if not formulas or not _is_formula(tok):
                out.append(_esc(_math_source(tok)))
            elif not display:
                out.append(image_html(formula_key(tok.content, False), display=False))
            elif in_paragraph:  # a display formula inside a paragraph: a centred one of its own
                out.append(f"</p>{_display_html(tok.content)}<p>")
            else:
                out.append(f"<br/>{image_html(formula_key(tok.content, True), display=True)}<br/>")
        elif kind in ("em_open", "em_close"):
            out.append("<i>" if tok.nesting == 1 else "</i>")
        elif kind in ("strong_open", "strong_close"):
            out.append("<b>" if tok.nesting == 1 else "</b>")
        elif kind in ("s_open", "s_close"):
            out.append("<s>" if tok.nesting == 1 else "</s>")
        elif kind == "link_open":
            href = str(tok.attrGet("href") or "")
            if is_openable_url(href):
                out.append(f'<a href="{_attr(href)}">')
                blocked.append((None, len(out)))
            else:
                blocked.append((href, len(out)))
        elif kind == "link_close":
            target, start = blocked.pop() if blocked else (None, len(out))
            if target is None:
                out.append("</a>")
            elif "".join(out[start:]) != _esc(target):
                out.append(_esc(f" ({display_url(target)})"))
        elif kind == "image":
            out.append(_image_html(tok, inside_link=bool(blocked)))
        else:  # html_inline (disabled) or anything new: shown as text, never interpreted
            out.append(_esc(tok.content))


def _image_html(tok: Token, *, inside_link: bool) -> str:
    """What a Markdown image becomes: never an <img>, nothing is ever loaded.

    A web image is a link-placeholder ("Image from example.com — open") that goes through the
    view's confirm-the-full-URL flow like any link (plain text inside another link: anchors do
    not nest). A `data:` image is named without its base64 (the API layer takes such images out
    of the text and stores them as attachments before the text gets here). Anything else
    (`file:`, relative paths) is readable text with its target.
    """
    src = str(tok.attrGet("src") or "")
    alt = _inline_text(tok.children)
    if src[:5].lower() == "data:":
        shown = QCoreApplication.translate("Markdown", "[image: {alt}]")
        return _esc(shown.format(alt=alt or QCoreApplication.translate("Markdown", "image")))
    if is_openable_url(src) and not src.lower().startswith("mailto:"):
        host = urlsplit(src).hostname or ""
        if alt:
            label = QCoreApplication.translate("Markdown", "Image “{alt}” from {host} — open")
        else:
            label = QCoreApplication.translate("Markdown", "Image from {host} — open")
        text = _esc(label.format(alt=alt, host=host))
        return text if inside_link else f'<a class="remote-image" href="{_attr(src)}">{text}</a>'
    shown = QCoreApplication.translate("Markdown", "[image: {alt}] ({url})")
    alt = alt or QCoreApplication.translate("Markdown", "image")
    return _esc(shown.format(alt=alt, url=display_url(src)))


def _code_html(content: str, lang: str, dark: bool) -> str:
    """Highlighted code of a fence's raw `content` (its lines, each ending in a newline).

    A fence still open at the end of a streamed text ends in a partial line: only its complete
    lines are highlighted (cached, so an update inside a line costs no Pygments run) and the
    partial line is added as plain text. Closed fences always end in a newline.
    """
    if not content or content.endswith("\n"):
        return _highlight_cached(_strip_last_newline(content), lang, dark)
    cut = content.rfind("\n") + 1
    head = _highlight_cached(content[:cut], lang, dark) if cut else ""
    return head + _esc(content[cut:])


@lru_cache(maxsize=32)
def _highlight_cached(code: str, lang: str, dark: bool) -> str:
    return highlight_code(code, lang, dark=dark)


def _render_prose(tokens: Sequence[Token], dark: bool, formulas: bool = True) -> Block:
    out: list[str] = []
    copies: list[tuple[str, str]] = []
    item_start = task_item = False  # the next inline is the first text of a list item
    in_paragraph = False
    for tok in tokens:
        kind = tok.type
        if kind != "paragraph_open":
            task_item, item_start = item_start, False
        if kind == "inline":
            _render_inline(
                tok.children, out, task_item=task_item, formulas=formulas, in_paragraph=in_paragraph
            )
        elif kind in ("paragraph_open", "paragraph_close"):
            if not tok.hidden:
                out.append("<p>" if tok.nesting == 1 else "</p>")
                in_paragraph = tok.nesting == 1
        elif kind == "math_block":
            if formulas and tok.content.strip():
                out.append(_display_html(tok.content))
            else:
                out.append(f"<p>{_esc(_math_source(tok))}</p>")
        elif kind in ("heading_open", "heading_close"):
            out.append(f"<{tok.tag}>" if tok.nesting == 1 else f"</{tok.tag}>")
        elif kind == "bullet_list_open":
            out.append("<ul>")
        elif kind == "ordered_list_open":
            start = tok.attrGet("start")
            out.append(f'<ol start="{int(start)}">' if start is not None else "<ol>")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            out.append(f"</{tok.tag}>")
        elif kind in ("list_item_open", "list_item_close"):
            out.append("<li>" if tok.nesting == 1 else "</li>")
            item_start = tok.nesting == 1
        elif kind == "blockquote_open":
            out.append(
                '<table class="quote" width="100%" cellspacing="0" cellpadding="0" '
                'style="margin-bottom: 8px">'
                "<tr>"
                '<td class="quotebar" width="3"></td><td class="quote">'
            )
        elif kind == "blockquote_close":
            out.append("</td></tr></table>")
        elif kind in ("fence", "code_block"):
            code = _strip_last_newline(tok.content)
            key = copy_key(code)
            copies.append((key, code))
            lang = code_language(tok.info) if kind == "fence" else ""
            out.append(copy_header_html(key, lang))
            out.append(f"<pre>{_code_html(tok.content, lang, dark)}</pre>")
        elif kind == "hr":
            out.append("<hr/>")
        elif kind == "table_open":
            out.append(
                '<table class="grid" border="1" cellspacing="0" cellpadding="6" style="margin-bottom: 8px">'
            )
        elif kind in ("th_open", "td_open"):
            style = str(tok.attrGet("style") or "")
            align = style.partition("text-align:")[2].strip()
            out.append(
                f'<{tok.tag} align="{align}">' if align in ("left", "right", "center") else f"<{tok.tag}>"
            )
        elif kind in (
            "table_close",
            "thead_open",
            "thead_close",
            "tbody_open",
            "tbody_close",
            "tr_open",
            "tr_close",
            "th_close",
            "td_close",
        ):
            out.append(f"<{'/' if tok.nesting == -1 else ''}{tok.tag}>")
        else:  # html_block (disabled) or a token type we do not know: its text, escaped
            if tok.content:
                out.append(f"<p>{_esc(tok.content)}</p>")
    html_text = "".join(out)
    if formulas and "<img" in html_text:  # tidy the edges of display formulas inside text
        html_text = _DISPLAY_EDGES.sub(lambda m: _EDGE_FIX[m.group(0)], html_text)
    return Block("prose", html_text, copies=tuple(copies))


_EDGE_FIX = {
    '<br/></p><p align="center">': '</p><p align="center">',
    "</p><p><br/>": "</p><p>",
    "<p></p>": "",
    "<li><br/>": "<li>",
    "<br/></li>": "</li>",
}
_DISPLAY_EDGES = re.compile("|".join(re.escape(edge) for edge in _EDGE_FIX))


def _has_math(tokens: Sequence[Token]) -> bool:
    for tok in tokens:
        if tok.type.startswith("math_"):
            return True
        if tok.children and any(child.type.startswith("math_") for child in tok.children):
            return True
    return False


def render_group(tokens: Sequence[Token], *, dark: bool) -> Block:
    """Render the tokens of one top-level block."""
    first = tokens[0]
    if len(tokens) == 1 and first.type in ("fence", "code_block"):
        lang = code_language(first.info) if first.type == "fence" else ""
        code = _strip_last_newline(first.content)
        return Block("code", _code_html(first.content, lang, dark), code=code, lang=lang)
    block = _render_prose(tokens, dark)
    if _has_math(tokens):
        source = _render_prose(tokens, dark, formulas=False).html
        if source != block.html:
            block = replace(block, source_html=source)
    return block


def top_level_groups(tokens: Sequence[Token]) -> Iterator[tuple[int, list[Token]]]:
    """(start line, tokens) of each top-level block, in order."""
    group: list[Token] = []
    start = 0
    for tok in tokens:
        if not group:
            start = tok.map[0] if tok.map else start
        group.append(tok)
        if tok.level == 0 and tok.nesting <= 0:
            yield start, group
            group = []
    if group:
        yield start, group


def render_blocks(text: str, *, dark: bool = False) -> tuple[Block, ...]:
    """One-shot render of a whole message (the reference the streaming path must agree with)."""
    return _render_blocks_cached(text, dark)


@lru_cache(maxsize=256)
def _render_blocks_cached(text: str, dark: bool) -> tuple[Block, ...]:
    tokens = parser().parse(text)
    return tuple(render_group(group, dark=dark) for _, group in top_level_groups(tokens))


def render_html(text: str, *, dark: bool = False) -> str:
    """The whole message as one HTML string (code blocks as <pre>): for export and tests."""
    parts = []
    for block in render_blocks(text, dark=dark):
        parts.append(f"<pre>{block.html}</pre>" if block.kind == "code" else block.html)
    return "".join(parts)


def forget_rendered() -> None:
    """Drops the rendered blocks: they carry a few words ("Copy", "[image: …]") of the language in
    force when they were made (called when the language changes)."""
    _render_blocks_cached.cache_clear()
