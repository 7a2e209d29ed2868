"""The chat's rows that are not messages: where the context is cut, and the summaries sent instead.

Why: when a chat outgrows the model's window, the earliest messages stop being sent — the person
must see where (one divider: "Earlier messages are not sent to the model — 14 messages", with
**Summarise them**), and a summary written to stand in for them is shown where it applies, as a
card of its own that can be read, edited and removed. Both live in the chat view's virtual list
beside the message cards, so they follow the same row contract (`heightForWidth`, `row_geometry`)
and, like cards, hold no state that matters: the view owns what they show and what they emit.

A summary is model output, so it is untrusted: it goes through the same safe Markdown renderer
and `SafeTextBrowser`s as answers (nothing is loaded, a link is only opened after confirmation).

Imported by the view on first use (it pulls in the Markdown renderer, like `card`).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.domain import Summary
from desktop_chat.ui.chat.body import MessageBody
from desktop_chat.ui.chat.context import MAX_COLUMN, CardHost, RenderContext, card_button
from desktop_chat.ui.render.markdown import render_blocks
from desktop_chat.ui.sidebar.model_catalog import friendly_model_name
from desktop_chat.ui.words.plural import english_plural

SIDE_MARGIN = 20  # as message cards: rows share one column


class ContextRowHost(CardHost, Protocol):
    """The chat view, as seen from the divider and the summary cards."""

    def summarise_clicked(self) -> None: ...
    def summary_edit_saved(self, summary_id: int, text: str) -> None: ...
    def summary_remove_clicked(self, summary_id: int) -> None: ...
    def row_editing(self, key: int, editing: bool) -> None: ...
    def row_resized(self, key: int) -> None: ...


def _column(viewport_width: int) -> tuple[int, int]:
    column = max(120, min(MAX_COLUMN, viewport_width - 2 * SIDE_MARGIN))
    return max(0, (viewport_width - column) // 2), column


def _height_for(layout: QLayout, width: int) -> int:
    layout.invalidate()  # children changed since the last query (editor opened, text wrapped)
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    return height if height >= 0 else layout.totalSizeHint().height()


class ContextDivider(QFrame):
    """One line across the chat: above it, messages that are not sent to the model."""

    def __init__(self, host: ContextRowHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContextDivider")
        self._host = host
        self.left_out = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        tip = self.tr(
            "The model only sees the newest messages that fit in its context window; the ones above "
            "this line are not sent. Summarising them keeps their gist: the summary is sent in their "
            "place."
        )
        self.setToolTip(tip)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(4)
        self._layout = layout
        self._stacked = False  # narrow: the button goes under the sentence
        self.lines = (QFrame(self), QFrame(self))
        for line in self.lines:
            line.setObjectName("DividerLine")
            line.setFixedHeight(1)
            line.setMinimumWidth(16)
            line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label = QLabel(self)
        self.label.setObjectName("DividerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setToolTip(tip)
        self.button = card_button(self, self.tr("Summarise them"), self.tr("Summarise the earlier messages"),
                              tip)
        self.button.setObjectName("SummariseButton")
        self.button.setAutoRaise(False)
        self.button.clicked.connect(self._host.summarise_clicked)
        layout.addWidget(self.lines[0], 0, 0)
        layout.addWidget(self.label, 0, 1)
        layout.addWidget(self.button, 0, 2, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.lines[1], 0, 3)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(3, 1)

    def set_state(self, left_out: int, *, summarising: bool, can_summarise: bool) -> None:
        self.left_out = left_out
        text = english_plural(
            self.tr("Earlier messages are not sent to the model — %Ln message(s)", "", left_out), left_out)
        self.label.setText(text)
        self.setAccessibleName(text)
        self.label.setAccessibleName(text)
        self.button.setVisible(can_summarise)
        self.button.setEnabled(not summarising)
        if summarising:
            self.button.setText(self.tr("Summarising…"))
            self.button.setAccessibleName(self.tr("Summarising the earlier messages"))
        else:
            self.button.setText(self.tr("Summarise them"))
            self.button.setAccessibleName(self.tr("Summarise the earlier messages"))

    def heightForWidth(self, width: int) -> int:
        self._fit_label(width)
        return _height_for(self._layout, width)

    def _fit_label(self, width: int) -> None:
        """One line when the sentence fits beside the button (a wrapping label guesses narrower);
        when it does not, the button goes under the sentence."""
        spacing = self._layout.horizontalSpacing()
        lines = 2 * (self.lines[0].minimumWidth() + spacing)
        button = self.button.sizeHint().width() + spacing if self.button.isVisibleTo(self) else 0
        text = self.label.fontMetrics().horizontalAdvance(self.label.text()) + 4
        stacked = bool(button) and text > width - lines - button
        if stacked != self._stacked:
            self._stacked = stacked
            self._layout.removeWidget(self.button)
            row, column = (1, 1) if stacked else (0, 2)
            align = Qt.AlignmentFlag.AlignHCenter if stacked else Qt.AlignmentFlag.AlignVCenter
            self._layout.addWidget(self.button, row, column, align)
        room = width - lines - (0 if stacked else button)
        self.label.setMinimumWidth(max(0, min(text, room)))

    def row_geometry(self, viewport_width: int) -> tuple[int, int]:
        return _column(viewport_width)


class SummaryCard(QFrame):
    """A summary that stands in for earlier messages: its text, who wrote it, Edit and Remove."""

    def __init__(
        self, summary: Summary, key: int, host: ContextRowHost, ctx: RenderContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SummaryCard")
        self.key = key
        self._host = host
        self._ctx = ctx
        self._editor: QPlainTextEdit | None = None
        self._editor_box: QWidget | None = None
        self.summary = summary
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(self.tr("Sent to the model in place of the earlier messages it summarises."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 6)
        layout.setSpacing(6)
        self._layout = layout
        header = QHBoxLayout()
        header.setSpacing(8)
        self.title = QLabel(self)
        self.title.setObjectName("CardTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.model_label = QLabel(self)
        self.model_label.setObjectName("Meta")
        self.model_label.setTextFormat(Qt.TextFormat.PlainText)
        header.addWidget(self.title, 1)
        header.addWidget(self.model_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        self.body = MessageBody(ctx, host, self)
        layout.addWidget(self.body)

        self.actions_bar = QWidget(self)
        self.actions_bar.setObjectName("Actions")
        row = QHBoxLayout(self.actions_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.edit_button = card_button(self.actions_bar, self.tr("Edit"), self.tr("Edit summary"),
                                   self.tr("Change what is sent in place of the earlier messages"))
        self.remove_button = card_button(self.actions_bar, self.tr("Remove"), self.tr("Remove summary"),
                                     self.tr("Stop sending this summary"))
        for button in (self.edit_button, self.remove_button):
            button.setObjectName("ActionButton")
            row.addWidget(button)
        row.addStretch(1)
        self.edit_button.clicked.connect(self.start_edit)
        self.remove_button.clicked.connect(lambda: self._host.summary_remove_clicked(self.summary.id))
        layout.addWidget(self.actions_bar)
        self._show(summary, render=True)

    # --- content ------------------------------------------------------------------------------
    def set_summary(self, summary: Summary) -> None:
        """New data for the same summary: the text is rendered again only if it changed."""
        render = summary.content != self.summary.content
        self.summary = summary
        self._show(summary, render=render)
        self._host.row_resized(self.key)

    def _show(self, summary: Summary, *, render: bool) -> None:
        covered = summary.covered
        title = english_plural(self.tr("Summary of the %Ln earlier message(s)", "", covered), covered)
        if covered <= 0:
            title = self.tr("Summary of the earlier messages")
        self.title.setText(title)
        model = friendly_model_name(summary.model) if summary.model else ""
        self.model_label.setText(model)
        self.model_label.setToolTip(summary.model or "")
        self.model_label.setVisible(bool(model))
        self.setAccessibleName(self.tr("{title}, written by {model}").format(title=title, model=model)
                               if model else title)
        if render:
            self.body.show_blocks(render_blocks(summary.content, dark=self._ctx.palette.dark))

    # --- editing ------------------------------------------------------------------------------
    @property
    def editor(self) -> QPlainTextEdit | None:
        return self._editor

    def start_edit(self) -> None:
        if self._editor is not None:
            return
        box_widget = QWidget(self)
        box_widget.setObjectName("EditorBox")
        box = QVBoxLayout(box_widget)
        box.setContentsMargins(0, 0, 0, 0)
        editor = QPlainTextEdit(box_widget)
        editor.setObjectName("InlineEditor")
        editor.setAccessibleName(self.tr("Summary text"))
        editor.setToolTip(self.tr("Ctrl+Enter saves, Esc cancels"))
        editor.setPlainText(self.summary.content)
        editor.ensurePolished()  # the chat's text size comes from its style sheet
        text = self.summary.content
        lines = min(14, max(4, text.count("\n") + 2 + len(text) // 70))
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 16)
        editor.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = card_button(box_widget, self.tr("Cancel"), self.tr("Cancel editing the summary"))
        save = card_button(box_widget, self.tr("Save"), self.tr("Save the summary"),
                       self.tr("Save the summary (Ctrl+Enter)"))
        save.setObjectName("PrimaryButton")
        cancel.clicked.connect(self.cancel_edit)
        save.clicked.connect(self.save_edit)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        box.addWidget(editor)
        box.addLayout(buttons)
        self._layout.insertWidget(self._layout.indexOf(self.body), box_widget)
        box_widget.show()
        self.body.hide()
        self.actions_bar.hide()
        self._editor, self._editor_box = editor, box_widget
        self._host.row_editing(self.key, True)
        self._host.row_resized(self.key)
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def cancel_edit(self) -> None:
        if self._editor is None or self._editor_box is None:
            return
        self._editor_box.hide()
        self._editor_box.deleteLater()
        self._editor = self._editor_box = None
        self.body.show()
        self.actions_bar.show()
        self.edit_button.setFocus()
        self._host.row_editing(self.key, False)
        self._host.row_resized(self.key)

    def save_edit(self) -> None:
        """Save what was typed (an empty summary is not saved: Remove is the way to drop it)."""
        if self._editor is None:
            return
        text = self._editor.toPlainText().strip()
        if not text:
            return
        self.cancel_edit()
        if text != self.summary.content:
            self._host.summary_edit_saved(self.summary.id, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
                self.save_edit()
                return True
            if key == Qt.Key.Key_Escape:
                self.cancel_edit()
                return True
        return super().eventFilter(watched, event)

    # --- geometry -----------------------------------------------------------------------------
    def heightForWidth(self, width: int) -> int:
        return _height_for(self._layout, width)

    def row_geometry(self, viewport_width: int) -> tuple[int, int]:
        return _column(viewport_width)
