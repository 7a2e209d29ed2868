"""English plurals for "%n …(s)" sentences while no translation is loaded.

Why: Qt picks a plural form only from a loaded translation; with the English source alone
`tr("%n message(s)", "", n)` shows "message(s)". A translation (numerus forms) never contains
"(s)", so this only ever touches the English source.
"""

from __future__ import annotations


def english_plural(text: str, n: int) -> str:
    """`text` (already translated, %n filled in) with "(s)" as English wants it for `n`."""
    return text.replace("(s)", "" if n == 1 else "s")
