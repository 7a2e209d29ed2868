"""The simulator's own token counting: a fixed, documented rule, deliberately unlike "characters / 4".

Why: the app estimates token counts offline (real tokenizers need downloads or don't exist for
Claude), then learns the real counts from `usage`. To test that loop the simulator must report
counts by a rule the app does *not* use, so an estimate that merely copies the simulator can't pass;
and the rule must be known exactly, so tests can say what the simulator will report. Pure.

The rule, for a text:
  - each run of ASCII letters (a "word", `[A-Za-z]+`) = ceil(length / 4) tokens (so at least 1);
  - each run of ASCII digits = ceil(length / 3);
  - whitespace (any Unicode space, line break or tab) = 0;
  - each CJK character (Han, Hiragana, Katakana, Hangul syllables and jamo) = 1;
  - each run of other letters (é, ß, Cyrillic, Greek, Arabic…) = ceil(length / 2);
  - every other character (ASCII punctuation and symbols, `_`, emoji, dashes, other digits,
    combining marks…) = 1.
For a request (`count_prompt`): the sum over its messages of 4 + the count of the message's text
(a string `content`, or the `text` of its `{"type": "text"}` parts; images and files count 0),
plus 3 for priming the reply.

Examples: "Hello, world!" = 2 + 1 + 2 + 1 = 6; "2024" = 2; "東京" = 2; "naïve" = 1 ("na") + 1 ("ï")
+ 1 ("ve") = 3; one user message "Hi" = 4 + 1 + 3 = 8.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PER_MESSAGE = 4
REPLY_PRIMING = 3

_CJK = (
    "\u1100-\u11ff"  # Hangul jamo
    "\u3040-\u309f"  # Hiragana
    "\u30a0-\u30ff"  # Katakana
    "\u3130-\u318f"  # Hangul compatibility jamo
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # Han extension A
    "\u4e00-\u9fff"  # Han
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # Han compatibility
    "\uff66-\uff9f"  # half-width Katakana
    "\U00020000-\U0003134f"  # Han extensions B–G
)
# One alternative per kind of piece; every character of a text belongs to exactly one match.
_PIECES = re.compile(
    rf"(?P<word>[A-Za-z]+)"
    rf"|(?P<digits>[0-9]+)"
    rf"|(?P<space>\s+)"
    rf"|(?P<cjk>[{_CJK}])"
    rf"|(?P<letters>(?:(?![A-Za-z{_CJK}])[^\W\d_])+)"
    rf"|(?P<other>.)",
    re.DOTALL,
)


def count_text(text: str) -> int:
    """The tokens of `text` by the rule above (0 for an empty or all-space text)."""
    total = 0
    for match in _PIECES.finditer(text):
        kind = match.lastgroup
        length = match.end() - match.start()
        if kind == "word":
            total += -(-length // 4)
        elif kind == "digits":
            total += -(-length // 3)
        elif kind == "letters":
            total += -(-length // 2)
        elif kind != "space":  # one CJK character, or one other character
            total += 1
    return total


def count_prompt(messages: Iterable[object]) -> int:
    """The tokens of a request's `messages` (JSON dicts as sent) by the rule above."""
    total = REPLY_PRIMING
    for message in messages:
        if isinstance(message, dict):
            total += PER_MESSAGE + count_text(_message_text(message.get("content")))
    return total


def _message_text(content: object) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [
            part["text"]
            for part in content
            if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)
        ]
        return "\n".join(texts)  # the joins are whitespace: they count 0
    return ""
