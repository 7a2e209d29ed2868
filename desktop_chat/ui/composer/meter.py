"""The context meter beside Send: "≈ 12k / 200k", amber near the limit, with what will happen in its tooltip.

Why a widget of its own: people should see, before sending, how much of the model's window the chat
takes and that earlier messages will be left out — not discover it from an error. It is small and
quiet (a caption under the button), passive (the context controller feeds it a `ContextPreview`),
and says the whole story in its tooltip and accessible description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop_chat.domain import LimitSource
from desktop_chat.ui.language import is_language_change

if TYPE_CHECKING:  # the composer is on the first screen: nothing of the services before it paints
    from desktop_chat.services import ContextPreview

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by

AMBER = "#c98a00"
RED = "#d9534f"


def compact(tokens: int) -> str:
    """12400 → "12k", 1048576 → "1M": the meter's short form (the tooltip has the full figure)."""
    locale = QLocale()
    if tokens >= 1_000_000:
        value = tokens / 1_000_000
        return locale.toString(value, "f", 1 if value < 10 and value != int(value) else 0) + "M"
    if tokens >= 10_000:
        return locale.toString(round(tokens / 1000)) + "k"
    if tokens >= 1_000:
        return locale.toString(tokens / 1000, "f", 1) + "k"
    return locale.toString(tokens)


def full(tokens: int) -> str:
    """12,400 in the person's number format."""
    from desktop_chat.ui.words.figures import count

    return count(tokens)


def _source_words(source: LimitSource) -> str:
    words = {
        LimitSource.STANDARD: translate("ContextMeter", "the standard figure for this model"),
        LimitSource.GATEWAY: translate("ContextMeter", "as your gateway reports it"),
        LimitSource.LEARNED: translate("ContextMeter", "learned from the gateway's own error"),
        LimitSource.SETTINGS: translate("ContextMeter", "as set in Settings"),
        LimitSource.NONE: "",
    }
    return words[source]


class ContextMeter(QLabel):
    """Shows a `ContextPreview`; empty until it gets one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextMeter")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.setFont(font)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.preview: ContextPreview | None = None
        self.warning_colour = ""  # AMBER, RED or "" (the theme's text colour)
        self.retranslate()

    def retranslate(self) -> None:
        """The caption and its story written again from the preview on show, in the current language."""
        self.setAccessibleName(self.tr("Context used"))
        if self.preview is not None:
            self.show_preview(self.preview)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def show_preview(self, preview: ContextPreview | None) -> None:
        self.preview = preview
        if preview is None or preview.estimated_tokens == 0:  # an empty new chat: nothing to say yet
            self._set_colour("")
            self.clear()
            self.setToolTip("")
            self.setAccessibleDescription("")
            return
        used = preview.estimated_tokens
        window = preview.window
        if window is None:
            self.setText(self.tr("≈ {used} tokens").format(used=compact(used)))
        else:
            self.setText(self.tr("≈ {used} / {window}").format(used=compact(used), window=compact(window)))
        self._set_colour(RED if preview.over_limit else AMBER if (preview.near_limit or preview.left_out)
                         else "")
        tip = self._story(preview)
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)

    def _set_colour(self, colour: str) -> None:
        """The caption's colour through its palette (a style sheet would colour its tooltip too)."""
        self.warning_colour = colour
        if not colour:
            self.setPalette(QPalette())  # nothing of its own: it follows the theme again
            return
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))  # only this role is its own
        self.setPalette(palette)

    def _story(self, preview: ContextPreview) -> str:
        # imported when there is something to say, not with the first screen
        from desktop_chat.ui.sidebar.model_catalog import friendly_model_name
        from desktop_chat.ui.words.plural import english_plural

        used = full(preview.estimated_tokens)
        lines: list[str] = []
        if preview.window is None:
            lines.append(self.tr("About {used} tokens will be sent to {model}. Its context window is not "
                                 "known yet; it is learned if the gateway says the chat is too long.")
                         .format(used=used, model=friendly_model_name(preview.model)))
        else:
            lines.append(self.tr("About {used} of {window} tokens of {model}'s context window ({source}).")
                         .format(used=used, window=full(preview.window),
                                 model=friendly_model_name(preview.model),
                                 source=_source_words(preview.window_source)))
            if preview.budget is not None:
                lines.append(self.tr("{reserve} tokens are kept free for the answer.").format(
                    reserve=full(max(0, preview.window - preview.budget))))
        if preview.over_limit:
            lines.append(self.tr("Your message alone is longer than this model can take: shorten it, or "
                                 "choose a model with a larger window."))
        elif preview.left_out:
            lines.append(english_plural(self.tr(
                "The oldest %n message(s) will not be sent; the model sees your system prompt and the "
                "newest messages that fit.", "", preview.left_out), preview.left_out))
        elif preview.near_limit:
            lines.append(self.tr("Close to the limit: from the next messages on, the oldest ones will "
                                 "be left out. Summarising them keeps their gist."))
        else:
            lines.append(self.tr("The whole chat fits: everything is sent."))
        if preview.plan.summary_used is not None:
            lines.append(self.tr("A summary is sent in place of the earliest messages."))
        lines.append(self.tr("Counts are estimates; they get closer to the gateway's own with every answer."))
        return "\n".join(lines)
