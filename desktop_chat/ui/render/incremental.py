"""Streaming Markdown: render finished blocks once, re-parse only the open tail.

Why: re-rendering a whole answer per token is O(n²) over an answer (measured here: 34 ms per update
at 100k characters). An appended token can only change the *last* block(s) of a Markdown text, so
the text is split at a block boundary into a finished part (rendered once, kept as `Block`s) and
an open tail that is parsed again on each update — the cost per update follows the tail's size,
not the message's.

When is a block finished? The tail is parsed; block *b* is finished once a later block starts on a
line that is complete *and* followed by another complete line. CommonMark decides where a block
starts from that line and at most one line of look-ahead (a table needs its delimiter row); text
appended later only lands after both, so it can no longer touch *b*. Reference definitions, the one
construct with longer reach, are disabled in the parser. A `$$` display formula is the other one: its
opening line is a paragraph until the closing `$$` arrives, so nothing after an open `$$` line is
taken as finished (`_open_display_line`). `render_blocks(text)` stays the reference:
at every moment `snapshot.finished + snapshot.tail == render_blocks(text)` (property-tested).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_chat.ui.render.markdown import Block, parser, render_group, top_level_groups


@dataclass(frozen=True, slots=True)
class StreamSnapshot:
    """The state after `IncrementalRenderer.render()`: finished blocks never change once listed."""

    finished: tuple[Block, ...]
    tail: tuple[Block, ...]

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.finished + self.tail


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


class IncrementalRenderer:
    """Accumulates deltas of one message and renders them cheaply; not thread-safe (UI thread)."""

    def __init__(self, text: str = "", *, dark: bool = False) -> None:
        self._dark = dark
        self._finished: list[Block] = []
        self._finished_chars = 0  # length of the source covered by the finished blocks
        self._head: list[str] = []  # source text of the finished part, in pieces
        self._tail = ""
        self._held_cr = False  # a "\r" at the end of a delta might be half of "\r\n"
        self._snapshot: StreamSnapshot | None = StreamSnapshot((), ())
        if text:
            self.append(text)

    @property
    def dark(self) -> bool:
        return self._dark

    @property
    def text(self) -> str:
        """All text received so far (newlines normalised)."""
        return "".join(self._head) + self._tail + ("\n" if self._held_cr else "")

    def __len__(self) -> int:
        return self._finished_chars + len(self._tail) + self._held_cr

    def append(self, delta: str) -> None:
        """Add text; cheap (no parsing until `render()`)."""
        if not delta:
            return
        if self._held_cr:
            delta = "\r" + delta
            self._held_cr = False
        if delta.endswith("\r"):
            delta = delta[:-1]
            self._held_cr = True
        self._tail += _normalise(delta)
        self._snapshot = None

    def render(self) -> StreamSnapshot:
        """Finished blocks (cached) + the tail rendered from scratch."""
        if self._snapshot is not None:
            return self._snapshot
        tail = self._tail + ("\n" if self._held_cr else "")
        groups = list(top_level_groups(parser().parse(tail)))
        complete_lines = tail.count("\n")
        witness = 0
        limit = complete_lines - 2
        if "$$" in tail:
            limit = min(limit, _open_display_line(tail))
        for index in range(len(groups) - 1, 0, -1):
            if groups[index][0] <= limit:
                witness = index
                break
        if witness:
            self._finished.extend(render_group(g, dark=self._dark) for _, g in groups[:witness])
            cut = _line_offset(self._tail, groups[witness][0])
            self._head.append(self._tail[:cut])
            self._finished_chars += cut
            self._tail = self._tail[cut:]
            groups = groups[witness:]
        tail_blocks = tuple(render_group(g, dark=self._dark) for _, g in groups)
        self._snapshot = StreamSnapshot(tuple(self._finished), tail_blocks)
        return self._snapshot

    @property
    def finished_count(self) -> int:
        return len(self._finished)


def _open_display_line(text: str) -> int:
    """The line of a `$$` that opens a display formula not closed yet (a large number if none).

    It follows the dollarmath block rule: `$$` starts a line, the formula ends on a line ending in
    `$$` (the same line if it has more), a blank line ends the search.
    """
    open_line = -1
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if open_line < 0:
            if stripped.startswith("$$") and not (len(stripped) > 3 and stripped.endswith("$$")):
                open_line = number
        elif not stripped or stripped.endswith("$$"):
            open_line = -1
    return open_line if open_line >= 0 else 1 << 30


def _line_offset(text: str, line: int) -> int:
    """Character offset where 0-based `line` starts."""
    pos = 0
    for _ in range(line):
        pos = text.index("\n", pos) + 1
    return pos
