"""Inline <think>…</think> reasoning is separated from the answer however the content is chunked."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_chat.api.think import ThinkSplitter, split_think


def run(pieces: list[str]) -> tuple[str, str]:
    splitter = ThinkSplitter()
    reasoning, text = [], []
    for piece in pieces:
        r, t = splitter.feed(piece)
        reasoning.append(r)
        text.append(t)
    r, t = splitter.flush()
    return "".join(reasoning) + r, "".join(text) + t


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<think>plan</think>\n\nAnswer", ("plan", "Answer")),
        ("\n <think>plan</think>Answer", ("plan", "Answer")),
        ("Answer mentions <think> later", ("", "Answer mentions <think> later")),
        ("<thinking>not our tag</thinking>", ("", "<thinking>not our tag</thinking>")),
        ("<think>never closed", ("never closed", "")),
        ("<th", ("", "<th")),
        ("", ("", "")),
        ("<think></think>", ("", "")),
        ("<think>a</think>b</think>", ("a", "b</think>")),
    ],
)
def test_whole_contents(content: str, expected: tuple[str, str]) -> None:
    assert split_think(content) == expected


def test_tags_split_at_every_position() -> None:
    content = "<think>I should add 2 and 2.</think>\n\nThe answer is **4**."
    for cut in range(len(content) + 1):
        assert run([content[:cut], content[cut:]]) == ("I should add 2 and 2.", "The answer is **4**.")


def test_plain_text_is_passed_through_without_delay() -> None:
    splitter = ThinkSplitter()
    assert splitter.feed("Hello") == ("", "Hello")
    assert splitter.passthrough
    assert splitter.feed(" <think>") == ("", " <think>")


@settings(max_examples=300, deadline=None)
@given(
    reasoning=st.text(max_size=40).filter(lambda s: "</think>" not in s),
    answer=st.text(max_size=40),
    lead=st.sampled_from(["", " ", "\n"]),
    cuts=st.lists(st.integers(min_value=0, max_value=200), max_size=10),
)
def test_any_chunking_of_the_content_gives_the_same_split(
    reasoning: str, answer: str, lead: str, cuts: list[int]
) -> None:
    content = f"{lead}<think>{reasoning}</think>{answer}"
    points = sorted({c % (len(content) + 1) for c in cuts})
    pieces = [content[a:b] for a, b in zip([0, *points], [*points, len(content)], strict=True)]
    assert run(pieces) == split_think(content) == (reasoning, answer.lstrip())
