"""The built-in system-prompt presets in the person's language.

Why here: the presets live in the settings (the person adds and edits their own), and the settings
layer has no words of its own — its five built-in presets are kept in English there, as data.
When a saved preset is still exactly one of those, the sidebar shows it, and puts it in the system
prompt, in the language in force (context "Presets"); a preset the person wrote or changed is
theirs and shown as written. The English here must stay equal to settings.DEFAULT_PRESETS (a test
checks it), so lupdate can read the sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

BUILT_IN: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Presets", "Helpful assistant"),
     QT_TRANSLATE_NOOP("Presets", "You are a helpful assistant. Answer clearly and plainly.")),
    (QT_TRANSLATE_NOOP("Presets", "Short answers"),
     QT_TRANSLATE_NOOP("Presets", "Answer briefly. Use bullet points when they help; skip introductions.")),
    (QT_TRANSLATE_NOOP("Presets", "Proofreader"),
     QT_TRANSLATE_NOOP("Presets", "Correct the spelling, grammar and punctuation of the text I send. Keep my "
                                  "wording and tone, then list the main changes.")),
    (QT_TRANSLATE_NOOP("Presets", "Translator"),
     QT_TRANSLATE_NOOP("Presets", "Translate the text I send. If I don't name a language, translate it into "
                                  "English; keep the formatting.")),
    (QT_TRANSLATE_NOOP("Presets", "Email helper"),
     QT_TRANSLATE_NOOP("Presets", "Help me write clear, polite work emails. Ask for missing details before "
                                  "drafting.")),
)  # fmt: skip


def shown_presets(presets: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """`presets` as the sidebar shows them: the untouched built-in ones translated, the rest as written."""
    built_in = set(BUILT_IN)
    shown = []
    for name, text in presets:
        if (name, text) in built_in:
            name = QCoreApplication.translate("Presets", name)
            text = QCoreApplication.translate("Presets", text)
        shown.append((name, text))
    return shown
