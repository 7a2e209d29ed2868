"""Split inline `<think>…</think>` reasoning from the answer text, even when tags are cut apart.

Why: some reasoning models (and gateways in front of them) put their thinking inline at the start
of `content` instead of in `reasoning_content`. Users should see it apart from the answer, and the
tags arrive split across chunks (`<thi` + `nk>`), so this is a small state machine fed piece by
piece. Only a `<think>` at the very start of the answer (after whitespace) counts; later mentions
of the tag are ordinary text. Pure and cheap: once the answer is plain text, it is a pass-through.
"""

from __future__ import annotations

OPEN_TAG = "<think>"
CLOSE_TAG = "</think>"

_PROBE = 0  # nothing but whitespace so far: is a <think> coming?
_THINK = 1  # inside the thinking
_AFTER = 2  # just after </think>: drop the whitespace before the answer
_TEXT = 3  # plain answer text


class ThinkSplitter:
    """Feed content pieces; get back (reasoning, text) pieces, either of which may be empty."""

    __slots__ = ("_buffer", "_state")

    def __init__(self) -> None:
        self._state = _PROBE
        self._buffer = ""

    @property
    def passthrough(self) -> bool:
        """True once every further piece is plain text (the caller may skip `feed`)."""
        return self._state == _TEXT

    def feed(self, piece: str) -> tuple[str, str]:
        state = self._state
        if state == _TEXT:
            return "", piece
        if state == _AFTER:
            piece = piece.lstrip()
            if piece:
                self._state = _TEXT
            return "", piece
        buffer = self._buffer + piece
        if state == _PROBE:
            stripped = buffer.lstrip()
            if not stripped or (len(stripped) < len(OPEN_TAG) and OPEN_TAG.startswith(stripped)):
                self._buffer = buffer
                return "", ""
            if not stripped.startswith(OPEN_TAG):
                self._state = _TEXT
                self._buffer = ""
                return "", buffer
            self._state = _THINK
            buffer = stripped[len(OPEN_TAG) :]
        # inside the thinking
        end = buffer.find(CLOSE_TAG)
        if end >= 0:
            self._buffer = ""
            self._state = _AFTER
            reasoning, rest = buffer[:end], buffer[end + len(CLOSE_TAG) :]
            _, text = self.feed(rest)
            return reasoning, text
        keep = _partial_suffix(buffer, CLOSE_TAG)
        if keep:
            self._buffer = buffer[-keep:]
            return buffer[:-keep], ""
        self._buffer = ""
        return buffer, ""

    def flush(self) -> tuple[str, str]:
        """At the end of the answer: whatever is still held back, as (reasoning, text)."""
        buffer, self._buffer = self._buffer, ""
        if self._state == _PROBE:
            self._state = _TEXT
            return "", buffer
        if self._state == _THINK:
            return buffer, ""
        return "", buffer


def _partial_suffix(text: str, tag: str) -> int:
    """Length of the longest end of `text` that is a proper beginning of `tag`."""
    for size in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:size]):
            return size
    return 0


def split_think(content: str) -> tuple[str, str]:
    """(reasoning, text) of a whole answer."""
    splitter = ThinkSplitter()
    reasoning, text = splitter.feed(content)
    more_reasoning, more_text = splitter.flush()
    return reasoning + more_reasoning, text + more_text
