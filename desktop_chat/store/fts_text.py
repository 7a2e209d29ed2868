"""Text preparation for full-text search: what goes into the index, what a query becomes, snippets.

Why: FTS5's `unicode61` tokenizer folds case and accents for Latin scripts (so `cafe*` finds
"Café"), but it does not segment Chinese or Japanese: a run of ideographs becomes one giant token,
so "数据库" inside "分布式数据库系统" would never be found. Before indexing, each CJK run is
rewritten as its overlapping bigrams plus its last character ("分布式" → "分布 布式 式"). A CJK
query of two or more characters becomes the phrase of its bigrams, which FTS5 matches only at
consecutive positions, i.e. exactly as a substring; one character becomes a prefix query. Bigrams
keep posting lists short (unigram phrases made FTS5 intersect the lists of the commonest
characters: 3× slower at 1M messages). Latin words become prefix queries.

The index is contentless (it stores no copy of the text, which keeps it small), so snippets are cut
here, in Python, from the stored message with the query's own patterns.

`index_text` is registered as the SQL function `dc_search_text`, used by the index triggers. It
must never change behaviour without a migration that rebuilds the index.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from dataclasses import dataclass

_CJK_CLASS = (
    "\u3005\u3007\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
_SPACE = re.compile(r"\s+")


@functools.cache
def _cjk_run() -> re.Pattern[str]:
    """Compiled on first use: these character classes take milliseconds to compile at start-up."""
    return re.compile(f"[{_CJK_CLASS}]+")


@functools.cache
def _query_token() -> re.Pattern[str]:
    return re.compile(f"(?P<cjk>[{_CJK_CLASS}]+)|(?P<word>(?:(?![{_CJK_CLASS}])[^\\W_])+)")


def _bigrams(run: str) -> str:
    return " ".join([run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]])


def index_text(text: str | None) -> str:
    """The text as the index sees it: NFKC-normalised, CJK runs as overlapping bigrams."""
    if not text:
        return ""
    if text.isascii():
        return text
    return _cjk_run().sub(lambda m: f" {_bigrams(m.group())} ", unicodedata.normalize("NFKC", text))


@functools.cache
def _accent_variants() -> dict[str, str]:
    """For each base Latin letter, the accented letters that fold to it (built on first use)."""
    found: dict[str, set[str]] = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and base.isascii() and base.isalpha():
            found.setdefault(base.lower(), set()).update((ch, ch.lower(), ch.upper()))
    return {base: "".join(sorted(chars)) for base, chars in found.items()}


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


def _latin_pattern(word: str, *, prefix: bool) -> str:
    variants = _accent_variants()
    parts = []
    for ch in _fold(word):
        extra = variants.get(ch, "")
        parts.append(f"[{re.escape(ch)}{re.escape(extra)}]" if extra else re.escape(ch))
    tail = "" if prefix else r"(?![^\W_])"
    return r"(?<![^\W_])" + "".join(parts) + tail


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A user's query as an FTS5 expression plus a regex that finds the same words in plain text."""

    fts: str
    highlight: re.Pattern[str]


def parse_query(query: str) -> ParsedQuery | None:
    """Turn free text into an FTS5 MATCH expression (AND of terms); None when nothing is searchable.

    Latin words of two letters or more match as prefixes (`deplo` finds "deployment"); CJK runs
    match as substrings. FTS5 syntax typed by the user (quotes, NEAR, *, -) is never interpreted.
    """
    normal = unicodedata.normalize("NFKC", query)
    fts_terms: list[str] = []
    patterns: list[tuple[int, str]] = []
    for m in _query_token().finditer(normal):
        if m.group("cjk"):
            run = m.group("cjk")
            grams = [run[i : i + 2] for i in range(len(run) - 1)]
            fts_terms.append('"' + " ".join(grams) + '"' if grams else f'"{run}"*')
            patterns.append((len(run), re.escape(run)))
        else:
            word = m.group("word")
            prefix = len(word) >= 2
            fts_terms.append(f'"{word}"' + ("*" if prefix else ""))
            patterns.append((len(word), _latin_pattern(word, prefix=prefix)))
    if not fts_terms:
        return None
    alternation = "|".join(p for _, p in sorted(patterns, key=lambda item: -item[0]))
    return ParsedQuery(" ".join(fts_terms), re.compile(alternation, re.IGNORECASE))


def snippet_html(text: str, pattern: re.Pattern[str], *, width: int = 160) -> str | None:
    """An HTML-escaped excerpt around the first match, every match inside it wrapped in <b>…</b>.

    None when the pattern does not occur in `text` (the caller then tries another field).
    """
    first = pattern.search(text)
    if first is None:
        return None
    start = max(0, first.start() - width // 3)
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    window = text[start:end]
    out: list[str] = ["…" if start > 0 else ""]
    pos = 0
    for m in pattern.finditer(window):
        if m.end() == m.start():
            continue
        out.append(_plain(window[pos : m.start()]))
        out.append("<b>" + _plain(m.group()) + "</b>")
        pos = m.end()
    out.append(_plain(window[pos:]))
    out.append("…" if end < len(text) else "")
    return "".join(out).strip()


def leading_html(text: str, *, width: int = 160) -> str:
    """The start of a text, escaped, for a hit whose words were not found verbatim."""
    cut = text[:width]
    return _plain(cut).strip() + ("…" if len(text) > width else "")


def _plain(fragment: str) -> str:
    return html.escape(_SPACE.sub(" ", fragment), quote=False)
