"""The streaming splitter agrees with the one-shot renderer for every way of cutting the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_chat.ui.render import IncrementalRenderer, render_blocks

# Characters that change Markdown structure, so the search explores boundaries, not prose.
MD_ALPHABET = st.sampled_from([*"ab1.-*_`#>|:= \n\n\n\t~[]()!\\", "```", "\r\n", "\r", "  ", "    ", "| - |"])
markdown_text = st.lists(MD_ALPHABET, max_size=80).map("".join)

SAMPLE = """# Plan

Some *intro* text with `code` and a [link](https://example.com).

1. first
2. second

   continued paragraph

- bullet
  * nested

| a | b |
|---|:-:|
| 1 | 2 |

> quote
lazy line

```python
def f(x):
    return x * 2
```

    indented code

Setext
======

Final paragraph.
"""


def _cuts(text: str, sizes: list[int]) -> list[str]:
    out, i, k = [], 0, 0
    while i < len(text):
        n = sizes[k % len(sizes)] if sizes else 1
        out.append(text[i : i + n])
        i += n
        k += 1
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=markdown_text, sizes=st.lists(st.integers(1, 7), min_size=1, max_size=8))
def test_every_prefix_matches_one_shot(text: str, sizes: list[int]) -> None:
    renderer = IncrementalRenderer()
    for delta in _cuts(text, sizes):
        renderer.append(delta)
        assert renderer.render().blocks == render_blocks(renderer.text)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    assert renderer.text == normalised
    assert renderer.render().blocks == render_blocks(text)


@settings(max_examples=60, deadline=None)
@given(sizes=st.lists(st.integers(1, 40), min_size=1, max_size=10))
def test_realistic_answer_any_split(sizes: list[int]) -> None:
    renderer = IncrementalRenderer()
    for delta in _cuts(SAMPLE, sizes):
        renderer.append(delta)
        renderer.render()
    assert renderer.render().blocks == render_blocks(SAMPLE)


def test_finished_blocks_are_kept_and_tail_stays_small() -> None:
    renderer = IncrementalRenderer()
    text = SAMPLE * 50
    for i in range(0, len(text), 3):
        renderer.append(text[i : i + 3])
        snap = renderer.render()
        assert len(snap.tail) <= 3
    assert renderer.finished_count > 400
    assert renderer.render().blocks == render_blocks(text)


def test_finished_prefix_never_changes() -> None:
    renderer = IncrementalRenderer()
    seen: tuple = ()
    for ch in SAMPLE:
        renderer.append(ch)
        finished = renderer.render().finished
        assert finished[: len(seen)] == seen
        seen = finished
