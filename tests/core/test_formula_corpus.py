"""The `$` corpus: real-world strings and what each must become — formulas, or text left alone.

Why: every chat app that draws LaTeX has shipped "$5 and $10" drawn as a formula (issue 12 lists
five such bugs). Each entry is a string a model or a person really writes and the formulas it must
give (LaTeX, display or not); an empty tuple means "all text". Currency, shell variables, code
spans, fenced code and `\\$` escapes must stay text, with their dollars shown as written.
"""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_chat.ui.render import formulas
from desktop_chat.ui.render.incremental import IncrementalRenderer
from desktop_chat.ui.render.markdown import render_blocks

I, D = False, True  # noqa: E741  (inline, display: short, for the table)

CORPUS: list[tuple[str, tuple[tuple[str, bool], ...]]] = [
    # --- currency and prices: text ---
    ("$5 and $10", ()),
    ("costs $3.50–$4", ()),
    ("It costs $5-$10 per seat.", ()),
    ("I paid $20, you paid $30.", ()),
    ("between $5 and $10 a month", ()),
    ("Total: $1,000 vs $2,000", ()),
    ("US$100 or A$150", ()),
    ("The budget went from $100k-$200k.", ()),
    ("Price: $5.\nTotal: $10.", ()),
    ("a $ sign", ()),
    ("Tickets are $15 ($12 for students).", ()),
    ("| Item | Price |\n|---|---|\n| Tea | $3 |\n| Cake | $4.50 |", ()),
    ("Save $$$ with this plan", ()),
    ("$5/month or $50/year", ()),
    # --- shell and code: text ---
    ("$HOME/bin", ()),
    ("Add it to your $PATH", ()),
    ("echo $PATH:$HOME", ()),
    ("cd $HOME/$USER/projects", ()),
    ("Run `echo $HOME` and `echo $PATH`", ()),
    ("`$x$` is literal", ()),
    ("```bash\nexport PATH=$HOME/bin:$PATH\necho $$\n```", ()),
    ("```latex\n$\\frac{a}{b}$\n```", ()),
    ("    indented code $x$ stays", ()),
    ("It costs $10 and `$HOME` is set", ()),
    ("Use \\$x\\$ to write a dollar", ()),
    ("price \\$5 and \\$6", ()),
    ("Escaped \\\\(not math\\\\)", ()),
    ("$ x $ has spaces inside", ()),
    ("A variable ${name} in a template", ()),
    # --- inline formulas ---
    ("Let $x$ be a real number.", (("x", I),)),
    ("$x^2 + y^2 = z^2$", (("x^2 + y^2 = z^2", I),)),
    ("Euler: $e^{i\\pi} + 1 = 0$.", (("e^{i\\pi} + 1 = 0", I),)),
    ("$x$, $y$ and $z$.", (("x", I), ("y", I), ("z", I))),
    ("The fraction $\\frac{1}{2}$ of it", (("\\frac{1}{2}", I),)),
    ("Greek $\\alpha$, $\\beta$, $\\Gamma$", (("\\alpha", I), ("\\beta", I), ("\\Gamma", I))),
    ("Subscripts: $a_i$ and $x_{n+1}$", (("a_i", I), ("x_{n+1}", I))),
    ("\\(a + b\\) with brackets", (("a + b", I),)),
    ("Inline \\(\\sqrt{2}\\) here", (("\\sqrt{2}", I),)),
    ("The cost is $5 (or $x=3$ units)", (("x=3", I),)),
    ("from $5$ to $10$", (("5", I), ("10", I))),
    ("A set $\\{1, 2, 3\\}$", (("\\{1, 2, 3\\}", I),)),
    ("Where $\\text{speed} = d/t$", (("\\text{speed} = d/t", I),)),
    ("- item with $n$\n- another with $m$", (("n", I), ("m", I))),
    ("**Bold $E=mc^2$ inside**", (("E=mc^2", I),)),
    ("In a table:\n\n| f | value |\n|---|---|\n| $x^2$ | $4$ |", (("x^2", I), ("4", I))),
    ("Text $$E=mc^2$$ inline display", (("E=mc^2", D),)),
    # --- display formulas ---
    ("$$\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}$$", (("\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}", D),)),
    ("$$\n\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}\n$$",
     (("\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}", D),)),
    ("\\[ \\lim_{x \\to 0} \\frac{\\sin x}{x} = 1 \\]", (("\\lim_{x \\to 0} \\frac{\\sin x}{x} = 1", D),)),
    ("The roots are:\n\\[\nx = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}\n\\]\nfor any a.",
     (("x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}", D),)),
    ("The sum is:\n$$\n\\sum_i i\n$$\nand more", (("\\sum_i i", D),)),
    ("$$\nA = \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}\n$$",
     (("A = \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", D),)),
    ("$$\n\\begin{aligned}\nf(x) &= x^2 \\\\\ng(x) &= \\text{sign}(x)\n\\end{aligned}\n$$",
     (("\\begin{aligned}\nf(x) &= x^2 \\\\\ng(x) &= \\text{sign}(x)\n\\end{aligned}", D),)),
    ("$$f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$$",
     (("f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}", D),)),
    ("1. First step\n\n   $$a = b$$", (("a = b", D),)),
    ("> A quote with $\\pi \\approx 3.14$", (("\\pi \\approx 3.14", I),)),
    # --- bad LaTeX: still recognised as formulas (drawing fails, the source is shown) ---
    ("Broken $\\frac{a$ here", (("\\frac{a", I),)),
    ("Unknown $\\foo{x}$ command", (("\\foo{x}", I),)),
    ("$$\\begin{pmatrix} a & b$$", (("\\begin{pmatrix} a & b", D),)),
    ("\\(\\left( x\\)", (("\\left( x", I),)),
]

BAD = {"\\frac{a", "\\foo{x}", "\\begin{pmatrix} a & b", "\\left( x"}


def found(text: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for block in render_blocks(text):
        for key in formulas.keys_in(block.html):
            formula = formulas.formula(key)
            assert formula is not None
            out.append((formula.latex, formula.display))
    return out


def test_the_corpus_has_at_least_fifty_strings() -> None:
    assert len(CORPUS) >= 50
    assert sum(1 for _, expected in CORPUS if not expected) >= 25  # as many traps as formulas


@pytest.mark.parametrize(("text", "expected"), CORPUS, ids=[c[0][:40] for c in CORPUS])
def test_corpus(text: str, expected: tuple[tuple[str, bool], ...]) -> None:
    assert found(text) == [(latex.strip(), display) for latex, display in expected]


@pytest.mark.parametrize("text", [c[0] for c in CORPUS if not c[1] and "```" not in c[0]
                                  and "    " not in c[0] and "\\" not in c[0]])
def test_text_entries_keep_their_dollars_as_written(text: str) -> None:
    shown = html.unescape(re.sub(r"<[^>]+>", "", "".join(b.html for b in render_blocks(text))))
    for piece in text.replace("`", "").replace("|", "\n").split("\n"):
        piece = piece.strip().strip("-").strip()
        if piece and "$" in piece:
            assert piece in shown


def test_escaped_dollars_show_as_dollars() -> None:
    shown = html.unescape(render_blocks("price \\$5 and \\$6")[0].html)
    assert "price $5 and $6" in shown


def test_code_is_never_touched() -> None:
    blocks = render_blocks("```latex\n$\\frac{a}{b}$\n```")
    assert blocks[0].kind == "code" and blocks[0].code == "$\\frac{a}{b}$"
    assert "formula:" not in render_blocks("Run `echo $HOME` and `echo $PATH`")[0].html


def test_display_formula_in_text_gets_a_centred_paragraph() -> None:
    html_text = render_blocks("The sum is:\n$$\n\\sum_i i\n$$\nand more")[0].html
    assert '<p align="center"><img src="formula:' in html_text
    assert "<p></p>" not in html_text and "<br/></p>" not in html_text


def test_inline_formula_sits_in_the_text_line() -> None:
    html_text = render_blocks("Let $x$ be")[0].html
    assert 'style="vertical-align: middle"' in html_text and html_text.startswith("<p>Let <img")


def test_blocks_with_formulas_carry_their_source_for_the_streaming_tail() -> None:
    block = render_blocks("Let $x^2$ be, costs $5")[0]
    assert "formula:" in block.html
    assert block.source_html == "<p>Let $x^2$ be, costs $5</p>"
    assert render_blocks("no maths, $5")[0].source_html == ""


def test_copy_source_has_the_dollar_delimiters() -> None:
    inline = formulas.formula_key("x^2", False)
    display = formulas.formula_key("\\sum_i i", True)
    assert formulas.formula_source(inline) == "$x^2$"
    assert formulas.formula_source(display) == "$$\\sum_i i$$"
    assert formulas.formula_source("0" * 20) is None


def test_an_over_long_formula_is_failed_at_once() -> None:
    key = formulas.formula_key("x+" * formulas.MAX_SOURCE_CHARS, False)
    assert formulas.is_failed(key)
    html_text = formulas.apply_failures(formulas.image_html(key, display=False))
    assert html_text.startswith('<code title="Formula could not be drawn">$x+x+')


MATH_ALPHABET = st.sampled_from([*"ab1.-*_`#>|:= \n\n\t\\", "$", "$$", "\\(", "\\)", "\\[", "\\]", "```",
                                 "| - |", "$$\n", "\n$$\n", "x^2", "- "])


@settings(max_examples=300, deadline=None)
@given(text=st.lists(MATH_ALPHABET, max_size=60).map("".join),
       sizes=st.lists(st.integers(1, 7), min_size=1, max_size=8))
def test_streamed_blocks_with_dollars_match_one_shot(text: str, sizes: list[int]) -> None:
    renderer = IncrementalRenderer()
    pos = 0
    i = 0
    while pos < len(text):
        step = sizes[i % len(sizes)]
        renderer.append(text[pos : pos + step])
        pos += step
        i += 1
        snap = renderer.render()
        assert snap.blocks == render_blocks(renderer.text)


@pytest.mark.parametrize("latex", sorted(BAD))
def test_bad_latex_entries_are_in_the_corpus(latex: str) -> None:
    assert any((latex, display) in expected for _, expected in CORPUS for display in (I, D))
