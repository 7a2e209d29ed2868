"""The line at the bottom of the window: connection state, the live answer, the chat's usage.

Why a widget of its own: people glance here to know whether the app can talk to the gateway
(Connected / Offline / Demo), how far the current answer has come (a live token count, estimated
while streaming and replaced by the gateway's own figure at the end) and what the conversation has
used in total. Passive: the shell feeds it. It keeps what it was told (the connection state, the
answer's count, the chat's usage), not the sentences, so a language switch writes them again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop_chat.ui.language import is_language_change
from desktop_chat.ui.words.figures import count, dollars

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


class Connection(enum.StrEnum):
    UNKNOWN = "unknown"
    CHECKING = "checking"
    CONNECTED = "connected"
    OFFLINE = "offline"
    DEMO = "demo"
    NO_KEY = "no_key"


_CONNECTION_TEXT: dict[Connection, tuple[str, str, str]] = {
    # state: (dot colour, label, tooltip); English sources, translated where shown
    Connection.UNKNOWN: ("#9e9e9e", QT_TRANSLATE_NOOP("StatusBar", "Not connected yet"),
                         QT_TRANSLATE_NOOP("StatusBar", "The gateway has not been contacted yet.")),
    Connection.CHECKING: ("#f0ad4e", QT_TRANSLATE_NOOP("StatusBar", "Connecting…"),
                          QT_TRANSLATE_NOOP("StatusBar", "Checking the gateway.")),
    Connection.CONNECTED: ("#2e9d4f", QT_TRANSLATE_NOOP("StatusBar", "Connected"),
                           QT_TRANSLATE_NOOP("StatusBar", "The gateway answered.")),
    Connection.OFFLINE: (
        "#d9534f",
        QT_TRANSLATE_NOOP("StatusBar", "Offline"),
        QT_TRANSLATE_NOOP("StatusBar",
                          "Can't reach the gateway. Your history, search and settings still work."),
    ),
    Connection.DEMO: ("#5b7bd5", QT_TRANSLATE_NOOP("StatusBar", "Offline demo"),
                      QT_TRANSLATE_NOOP("StatusBar",
                                        "Talking to the built-in demo gateway; no key is used.")),
    Connection.NO_KEY: ("#f0ad4e", QT_TRANSLATE_NOOP("StatusBar", "No API key"),
                        QT_TRANSLATE_NOOP("StatusBar", "Add your key in Settings (Ctrl+,).")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusBar", text)


def estimate_tokens(text: str) -> int:
    """A rough token count (about four characters per token) for the live figure while streaming."""
    return 0 if not text else max(1, round(len(text) / 4))


@dataclass(frozen=True)
class _AnswerProgress:
    tokens: int
    estimated: bool
    streaming: bool


@dataclass(frozen=True)
class _Usage:
    tokens: int
    cost: float | None


class StatusBar(QStatusBar):
    """Three labels: connection · current answer · this chat's usage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(True)
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("statusConnection")
        self.answer_label = QLabel(self)
        self.answer_label.setObjectName("statusAnswer")
        self.usage_label = QLabel(self)
        self.usage_label.setObjectName("statusUsage")
        for label in (self.connection_label, self.answer_label, self.usage_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.addWidget(self.connection_label)
        self.addWidget(self.answer_label, 1)
        self.addPermanentWidget(self.usage_label)
        self.state = Connection.UNKNOWN
        self._detail = ""  # the caller's own sentence for the tooltip (already translated), or ""
        self._answer: _AnswerProgress | None = None
        self._usage: _Usage | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the bar, written again from the state it keeps."""
        self.connection_label.setAccessibleName(self.tr("Connection state"))
        self.answer_label.setAccessibleName(self.tr("Answer tokens"))
        self.usage_label.setAccessibleName(self.tr("Conversation usage"))
        self._show_connection()
        self._show_answer()
        self._show_usage()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_connection(self, state: Connection, detail: str = "") -> None:
        self.state = state
        self._detail = detail
        self._show_connection()

    def _show_connection(self) -> None:
        colour, text, tip = _CONNECTION_TEXT[self.state]
        text, tip = _tr(text), _tr(tip)
        self.connection_label.setText(f'<span style="color:{colour}">●</span> {text}')
        self.connection_label.setToolTip(self._detail or tip)
        self.connection_label.setAccessibleDescription(text)

    def set_answer_progress(self, tokens: int, *, estimated: bool, streaming: bool) -> None:
        """The current answer's token count: "Answering… ≈120 tokens" or "Answer: 812 tokens"."""
        self._answer = _AnswerProgress(tokens, estimated, streaming)
        self._show_answer()

    def clear_answer(self) -> None:
        self._answer = None
        self._show_answer()

    def _show_answer(self) -> None:
        answer = self._answer
        if answer is None:
            self.answer_label.setText("")
            return
        approx = "≈" if answer.estimated else ""
        if answer.streaming and answer.tokens == 0:
            self.answer_label.setText(self.tr("Waiting for the answer…"))
        elif answer.streaming:
            self.answer_label.setText(self.tr("Answering… {approx}{tokens} tokens").format(
                approx=approx, tokens=count(answer.tokens)))
        else:
            self.answer_label.setText(self.tr("Last answer: {approx}{tokens} tokens").format(
                approx=approx, tokens=count(answer.tokens)))

    def set_conversation_usage(self, total_tokens: int | None, cost: float | None = None) -> None:
        """"This chat: 3,214 tokens · ≈ $0.012" (the cost is an estimate, left out when unknown)."""
        self._usage = None if total_tokens is None else _Usage(total_tokens, cost)
        self._show_usage()

    def _show_usage(self) -> None:
        usage = self._usage
        if usage is None:
            self.usage_label.setText("")
            self.usage_label.setToolTip("")
        elif usage.cost is None:
            self.usage_label.setText(self.tr("This chat: {tokens} tokens").format(tokens=count(usage.tokens)))
            self.usage_label.setToolTip(self.tr("Tokens of every answer, summary and title of this chat."))
        else:
            self.usage_label.setText(self.tr("This chat: {tokens} tokens · ≈ {cost}").format(
                tokens=count(usage.tokens), cost=dollars(usage.cost)))
            self.usage_label.setToolTip(self.tr(
                "Tokens of every answer, summary and title of this chat. The cost is an estimate from "
                "list prices (Settings → Models); your gateway may charge differently."))

    def connection_text(self) -> str:
        return self.connection_label.text()

    def answer_text(self) -> str:
        return self.answer_label.text()

    def usage_text(self) -> str:
        return self.usage_label.text()
