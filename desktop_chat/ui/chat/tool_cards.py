"""The tool calls of an answer, under its text: one compact card per call.

Why this shape:
- Asking: "Wants to use **get_current_time** from *time*", the arguments as pretty JSON (long
  values folded, malformed JSON shown as written with a note), the tool's own description, its MCP
  annotations as words ("Only reads"; "Can change or delete things" in the warning colour), then
  **Allow once**, **Always allow this tool**, **Deny**.
  Keyboard: the buttons are Tab stops and Space presses them, but nothing here takes the focus when
  a question appears and the buttons are QToolButtons, which ignore Enter and Return (unlike a
  dialog's default QPushButton). Someone typing in the message box and pressing Enter, or pressing
  Enter on a focused button, can never approve a call by accident; saying yes takes a click or a
  deliberate Tab + Space.
- Running: a spinner (text, animated by the view's tick timer) and the seconds so far.
- Finished: "Used get_current_time · 0.2 s", click to unfold the arguments and the result; any other
  ending is one plain sentence (ui/words/tools.py) with the text the model was told folded under it.
- Everything a server or the model wrote — arguments, descriptions, results — is untrusted: it is
  shown as plain text in a `SafeTextBrowser` (never Markdown, never HTML; nothing loaded), and the
  few rich-text headings escape the names they carry.
- Cards hold no state that matters: the phase, the folds and the pending question are kept by the
  view (`CardHost.tool_rows`, `is_tool_open`), so a card scrolled away and back looks the same.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QToolButton, QVBoxLayout, QWidget

from desktop_chat.domain import ToolOutcome
from desktop_chat.ui.chat.browser import SafeTextBrowser
from desktop_chat.ui.chat.context import CardHost, RenderContext, card_button
from desktop_chat.ui.chat.tool_state import (
    SHOW_ALL_CAP,
    ArgumentsForm,
    Decision,
    Fold,
    Phase,
    ToolRow,
    readable_arguments,
    result_all,
    result_preview,
)
from desktop_chat.ui.render.theme import Palette
from desktop_chat.ui.words import tools as words

SPINNER = "◐◓◑◒"


def tools_style_sheet(p: Palette) -> str:
    """The cards' own sheet (a widget's sheet wins over the chat view's for its children)."""
    return f"""
#ToolCall {{ background: {p.window}; border: 1px solid {p.card_border}; border-radius: 8px; }}
#ToolCall[phase="asking"] {{ border: 1px solid {p.accent}; }}
#ToolCall QLabel {{ color: {p.text}; background: transparent; }}
#ToolCall #ToolMuted {{ color: {p.muted}; }}
#ToolCall #ToolWarning, #ToolCall #ToolDestructive {{ color: {p.warning_fg}; }}
#ToolCall #ToolText {{ background: {p.code_bg}; color: {p.text}; border: 1px solid {p.code_border};
    border-radius: 6px; }}
#ToolCall #ToolDecision {{ color: {p.text}; background: {p.card}; border: 1px solid {p.card_border};
    border-radius: 6px; padding: 3px 10px; }}
#ToolCall #ToolDecision:hover {{ background: {p.hover}; }}
#ToolCall #ToolDecision:focus {{ border: 1px solid {p.accent}; }}
"""


def plain_view(ctx: RenderContext, text: str, parent: QWidget, accessible: str) -> SafeTextBrowser:
    """Untrusted text, shown exactly as it is: plain, monospaced, wrapped anywhere if need be."""
    view = SafeTextBrowser(parent, wrap=True)
    view.setObjectName("ToolText")
    view.setAccessibleName(accessible)
    view.setFont(ctx.mono)
    view.document().setDocumentMargin(6)
    view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    view.setPlainText(text)
    view.updateGeometry()
    return view


def _label(text: str, parent: QWidget, name: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class ToolCallCard(QFrame):
    """One call in one phase; `set_row` redraws it when its row changed."""

    def __init__(
        self, row: ToolRow, message_id: int, host: CardHost, ctx: RenderContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ToolCall")
        self.message_id = message_id
        self._host = host
        self._ctx = ctx
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 8)
        self._layout.setSpacing(4)
        self.row = row
        self._clear_refs()
        self._build()

    # --- parts (None when the phase has none) ---------------------------------------------------
    def _clear_refs(self) -> None:
        self.heading: QLabel | None = None
        self.sentence: QLabel | None = None
        self.toggle: QToolButton | None = None
        self.arguments_view: SafeTextBrowser | None = None
        self.arguments_note: QLabel | None = None
        self.arguments_all: QToolButton | None = None
        self.description: QLabel | None = None
        self.annotations: list[QLabel] = []
        self.allow_once_button: QToolButton | None = None
        self.always_button: QToolButton | None = None
        self.deny_button: QToolButton | None = None
        self.result_heading: QLabel | None = None
        self.result_view: SafeTextBrowser | None = None
        self.result_all: QToolButton | None = None
        self.result_note: QLabel | None = None
        self.details: QWidget | None = None

    def set_row(self, row: ToolRow) -> bool:
        """Show `row`; False when nothing changed."""
        if row == self.row:
            return False
        self.row = row
        self._rebuild()
        return True

    def _rebuild(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
            elif item is not None and item.layout() is not None:
                _drop_layout(item.layout())
        self._clear_refs()
        self._build()
        if self.isVisible():  # a layout shows widgets added to a visible parent only later: too late
            _show_all(self._layout)
        self.updateGeometry()

    def _build(self) -> None:
        row = self.row
        self.setProperty("phase", row.phase.value)
        self.style().unpolish(self)
        self.style().polish(self)
        if row.phase is Phase.ASKING:
            self._build_asking()
        elif row.phase is Phase.FINISHED and row.result is not None:
            self._build_finished()
        else:
            self._build_progress()

    def _is_open(self, fold: Fold) -> bool:
        return self._host.is_tool_open(self.message_id, self.row.call_id, fold)

    # --- asking ---------------------------------------------------------------------------------
    def _build_asking(self) -> None:
        row = self.row
        self.setAccessibleName(words.asking_accessible(row.tool, row.server))
        self.heading = _label(words.asking_html(row.tool, row.server), self, "ToolHeading", rich=True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # no links, ever
        self._layout.addWidget(self.heading)
        self._add_arguments()
        spec = row.spec
        if spec is not None:
            text = spec.description.strip() or words.no_description_words()
            self.description = _label(text, self, "ToolMuted")
            self.description.setAccessibleName(self.tr("What the tool says it does"))
            self._layout.addWidget(self.description)
            marks = QHBoxLayout()
            marks.setSpacing(12)
            if spec.read_only:
                self.annotations.append(_label(words.read_only_words(), self, "ToolMuted"))
            if spec.destructive:
                self.annotations.append(_label("⚠ " + words.destructive_words(), self, "ToolDestructive"))
            for mark in self.annotations:
                mark.setWordWrap(False)  # a few words: one line, never squeezed by the stretch
                marks.addWidget(mark)
            marks.addStretch(1)
            if self.annotations:
                self._layout.addLayout(marks)
            else:
                _drop_layout(marks)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        # QToolButtons: Space or a click presses them, Enter never does (see the module docstring)
        self.allow_once_button = self._decision_button(
            self.tr("Allow once"), self.tr("Allow {tool} this time").format(tool=row.tool),
            Decision.ALLOW_ONCE)
        self.always_button = self._decision_button(
            self.tr("Always allow this tool"),
            self.tr("Always allow {tool}, without asking again").format(tool=row.tool), Decision.ALWAYS_ALLOW)
        self.deny_button = self._decision_button(
            self.tr("Deny"), self.tr("Do not let {tool} run").format(tool=row.tool), Decision.DENY)
        for button in (self.allow_once_button, self.always_button, self.deny_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)

    def _decision_button(self, text: str, accessible: str, decision: Decision) -> QToolButton:
        button = card_button(self, text, accessible)
        button.setObjectName("ToolDecision")
        button.setAutoRaise(False)
        button.clicked.connect(lambda: self._decide(decision))
        return button

    def _decide(self, decision: Decision) -> None:
        if self.row.phase is Phase.ASKING:  # one answer per question, however fast the clicks
            self._host.tool_decided(self.message_id, self.row.call_id, decision)

    def _add_arguments(self, parent_layout: QVBoxLayout | None = None) -> None:
        layout = parent_layout or self._layout
        owner = layout.parentWidget() or self
        args = readable_arguments(self.row.call.arguments)
        if args.form is ArgumentsForm.EMPTY:
            self.arguments_note = _label(words.no_arguments_words(), owner, "ToolMuted")
            layout.addWidget(self.arguments_note)
            return
        show_all = self._is_open(Fold.ALL_ARGUMENTS)
        self.arguments_view = plain_view(self._ctx, args.full if show_all else args.short, owner,
                                         self.tr("Arguments"))
        layout.addWidget(self.arguments_view)
        note = {ArgumentsForm.MALFORMED: words.malformed_arguments_note(),
                ArgumentsForm.NOT_OBJECT: words.not_an_object_note()}.get(args.form)
        if note:
            self.arguments_note = _label(note, owner, "ToolWarning")
            layout.addWidget(self.arguments_note)
        if args.folded:
            self.arguments_all = card_button(
                owner, self.tr("Show less") if show_all else words.show_all_text(len(args.full)),
                self.tr("Show the arguments folded") if show_all else self.tr("Show all of the arguments"))
            self.arguments_all.clicked.connect(lambda: self._flip(Fold.ALL_ARGUMENTS))
            layout.addWidget(self.arguments_all, 0, Qt.AlignmentFlag.AlignLeft)

    # --- running, starting, waiting -------------------------------------------------------------
    def _build_progress(self) -> None:
        row = self.row
        self.heading = _label(self._progress_text(0), self, "ToolHeading")
        self.heading.setAccessibleName(self._progress_text(0, spinner=False))
        self.setAccessibleName(self.heading.accessibleName())
        self._layout.addWidget(self.heading)
        if row.phase is Phase.DENYING:
            self.heading.setObjectName("ToolWarning")

    def _progress_text(self, phase: int, *, spinner: bool = True, now: float | None = None) -> str:
        row = self.row
        spin = SPINNER[phase % len(SPINNER)] + " " if spinner else ""
        if row.phase is Phase.RUNNING:
            elapsed = (now if now is not None else time.monotonic()) - (row.started or 0.0)
            return spin + words.running_text(row.tool, elapsed if row.started is not None else 0.0)
        if row.phase is Phase.STARTING:
            return spin + words.starting_text(row.tool)
        if row.phase is Phase.DENYING:
            return words.outcome_text(ToolOutcome.DENIED, row.tool)
        if row.phase is Phase.WAITING:
            return words.waiting_text(row.tool)
        return words.not_run_text(row.tool)

    def tick(self, phase: int, now: float | None = None) -> None:
        """Turn the spinner and count the seconds (the view's timer calls this)."""
        if self.heading is not None and self.row.phase in (Phase.RUNNING, Phase.STARTING):
            self.heading.setText(self._progress_text(phase, now=now))

    # --- finished -------------------------------------------------------------------------------
    def _build_finished(self) -> None:
        row = self.row
        result = row.result
        assert result is not None
        done = result.outcome is ToolOutcome.DONE and not result.is_error
        seconds = None if result.duration_ms is None else result.duration_ms / 1000
        opened = self._is_open(Fold.DETAILS)
        arrow = Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow
        if done:
            line = words.done_line(row.tool, seconds)
            self.setAccessibleName(line)
            tip = self.tr("Show or hide what {tool} was given and returned").format(tool=row.tool)
            self.toggle = card_button(self, line, tip)
        else:
            sentence = words.outcome_text(result.outcome, row.tool, is_error=result.is_error)
            if seconds is not None and result.outcome in (ToolOutcome.FAILED, ToolOutcome.TIMED_OUT):
                sentence = self.tr("{sentence} ({duration})").format(
                    sentence=sentence, duration=words.seconds_text(seconds))
            self.setAccessibleName(sentence)
            self.sentence = _label(sentence, self, "ToolWarning")
            self._layout.addWidget(self.sentence)
            self.toggle = card_button(self, self.tr("Details"), self.tr("Show or hide the details"))
        self.toggle.setObjectName("ToolToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(opened)
        self.toggle.setArrowType(arrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(lambda _on: self._flip(Fold.DETAILS))
        self._layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        if not opened:
            return
        details = QWidget(self)
        details.setObjectName("ToolDetails")
        box = QVBoxLayout(details)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.details = details
        box.addWidget(_label(self.tr("Arguments"), details, "ToolMuted"))
        self._add_arguments(box)
        self.result_heading = _label(words.result_heading(result.outcome, is_error=result.is_error), details,
                                     "ToolMuted")
        box.addWidget(self.result_heading)
        content = result.content
        show_all = self._is_open(Fold.ALL_RESULT)
        shown = result_all(content) if show_all else result_preview(content)
        name = self.tr("Result of {tool}").format(tool=row.tool)
        self.result_view = plain_view(self._ctx, shown, details, name)
        box.addWidget(self.result_view)
        if show_all and len(content) > SHOW_ALL_CAP:
            self.result_note = _label(words.capped_note(SHOW_ALL_CAP, len(content)), details, "ToolMuted")
            box.addWidget(self.result_note)
        if len(result_preview(content)) < len(content):
            self.result_all = card_button(
                details, self.tr("Show less") if show_all else words.show_all_text(len(content)),
                self.tr("Show the start of the result") if show_all else self.tr("Show all of the result"))
            self.result_all.clicked.connect(lambda: self._flip(Fold.ALL_RESULT))
            box.addWidget(self.result_all, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(details)

    def _flip(self, fold: Fold) -> None:
        """Open or close a part: the view keeps it, this card redraws."""
        self._host.set_tool_open(self.message_id, self.row.call_id, fold, not self._is_open(fold))
        focus_toggle = fold is Fold.DETAILS
        self._rebuild()
        if focus_toggle and self.toggle is not None:
            self.toggle.setFocus()  # the keyboard stays where it was
        self._host.card_resized(self.message_id)


def _show_all(layout: QLayout) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.show()
        elif (inner := item.layout()) is not None:
            _show_all(inner)


def _drop_layout(layout: object) -> None:
    if not isinstance(layout, QLayout):
        return
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            _drop_layout(item.layout())
    layout.deleteLater()


class ToolCallsBox(QWidget):
    """The cards of an answer's calls, top to bottom, in the order the model made them."""

    def __init__(
        self, rows: Sequence[ToolRow], message_id: int, host: CardHost, ctx: RenderContext,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("ToolCalls")
        self.setStyleSheet(tools_style_sheet(ctx.palette))
        self._message_id = message_id
        self._host = host
        self._ctx = ctx
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.setSpacing(6)
        self.cards: list[ToolCallCard] = []
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[ToolRow]) -> bool:
        """Show these rows, keeping the cards whose call is unchanged; True if anything changed."""
        changed = False
        by_id = {card.row.call_id: card for card in self.cards}
        kept: list[ToolCallCard] = []
        for row in rows:
            card = by_id.pop(row.call_id, None)
            if card is None:
                card = ToolCallCard(row, self._message_id, self._host, self._ctx, self)
                changed = True
            elif card.set_row(row):
                changed = True
            kept.append(card)
        for card in by_id.values():
            card.hide()
            card.deleteLater()
            changed = True
        if [c.row.call_id for c in kept] != [c.row.call_id for c in self.cards] or changed:
            for card in kept:
                self._layout.removeWidget(card)
            for card in kept:
                self._layout.addWidget(card)
                if self.isVisible():
                    card.show()
        self.cards = kept
        return changed

    def card_for(self, call_id: str) -> ToolCallCard | None:
        return next((c for c in self.cards if c.row.call_id == call_id), None)

    def tick(self, phase: int, now: float | None = None) -> None:
        for card in self.cards:
            card.tick(phase, now)

    def is_active(self) -> bool:
        """A call is running or starting (the spinner needs the tick)."""
        return any(c.row.phase in (Phase.RUNNING, Phase.STARTING) for c in self.cards)
