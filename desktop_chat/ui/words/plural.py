"""Sentences with a count in them, in each language's plural forms.

Why a class: Qt picks "1 chat" / "3 chats" (or the one form Chinese and Japanese have, or the
forms another language has) from the plural forms of a loaded catalogue, and pyside6-lupdate
marks a sentence as having plural forms only when it is written as `self.tr("…%n…", "", n)` in a
class — `QCoreApplication.translate(…, n)` in a function is taken as an ordinary sentence. So the
counted sentences that functions need live here, as methods of `Counted` (`counted()` is the one
instance), in the context "Counted".

`english_plural` stays as the fallback for English when no catalogue is loaded at all (tests that
install none, a broken set-up): it turns "(s)" into what English wants. A catalogue's plural
forms never contain "(s)", so it changes nothing once one is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def english_plural(text: str, n: int) -> str:
    """`text` (already translated, %n filled in) with "(s)" as English wants it for `n`."""
    return text.replace("(s)", "" if n == 1 else "s")


class Counted(QObject):
    """The counted sentences; each returns the sentence for `n` in the language in force."""

    def tools(self, n: int) -> str:
        return english_plural(self.tr("%Ln tool(s)", "", n), n)

    def chats(self, n: int) -> str:
        return english_plural(self.tr("%Ln chat(s)", "", n), n)

    def chats_imported(self, n: int) -> str:
        return english_plural(self.tr("%Ln chat(s) imported.", "", n), n)

    def chats_imported_some_there(self, n: int, already_there: int) -> str:
        """"3 chats imported, 1 already here." (the second count is a plain number)."""
        text = self.tr("%Ln chat(s) imported, {already_there} already here.", "", n)
        return english_plural(text, n).format(already_there=already_there)

    def rows_left_out(self, n: int) -> str:
        return english_plural(self.tr("%Ln more row(s) or character(s) were left out to fit.", "", n), n)


_COUNTED: Counted | None = None


def counted() -> Counted:
    global _COUNTED
    if _COUNTED is None:
        _COUNTED = Counted()
    return _COUNTED
