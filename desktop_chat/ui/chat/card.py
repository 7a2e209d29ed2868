"""One message as a card: header, reasoning (collapsed), text, status notice, details, actions.

Why: everything a person can do with a message lives next to it — copy, regenerate, edit and
resend, delete, switch between alternative answers (‹ 2/3 ›), continue or retry an answer that
did not finish. Cards are cheap to throw away: the virtual list creates them only for rows on
screen, and all lasting state (reasoning opened, edits in progress) is kept by the view.

A language switch: the view rebuilds its cards (their rendered text carries words too); a card
that lives on — an edit in progress — writes its own words again (`retranslate`, on Qt's
LanguageChange), from its entry and state, not from sentences kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.domain import AttachmentKind, EndReason, FinishReason, Message, MessageStatus, Problem, Role
from desktop_chat.ui.chat.answer_images import AnswerImages
from desktop_chat.ui.chat.attachments import AttachmentAction
from desktop_chat.ui.chat.body import MessageBody, ProseView
from desktop_chat.ui.chat.chips import ChipStrip
from desktop_chat.ui.chat.context import (
    MAX_COLUMN,
    CardAction,
    CardHost,
    RenderContext,
    card_button,
    word_button,
)
from desktop_chat.ui.chat.entry import MessageEntry
from desktop_chat.ui.chat.tool_cards import ToolCallsBox
from desktop_chat.ui.language import is_language_change
from desktop_chat.ui.notices import NoticeKind
from desktop_chat.ui.render.incremental import StreamSnapshot
from desktop_chat.ui.render.markdown import render_blocks
from desktop_chat.ui.sidebar.model_catalog import friendly_model_name
from desktop_chat.ui.words.figures import count, dollars, numbers

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

SIDE_MARGIN = 20
USER_MAX_FRACTION = 0.82

def _tr(text: str) -> str:
    """A source text marked elsewhere (QT_TRANSLATE_NOOP), translated."""
    return QCoreApplication.translate("MessageCard", text)


def notice_for(
    entry: MessageEntry, *, continued: bool = False
) -> tuple[NoticeKind, str, tuple[CardAction, ...]] | None:
    """(kind, text, actions) of the status notice under an answer, or None.

    One sentence per case, chosen by why the answer ended (`Message.end_reason`, `problem`), and
    only the actions that make sense for it: stopped by the person → Continue; the connection
    dropped → Continue; failed → what went wrong + Retry; the app closed mid-answer → Continue or
    Retry. This notice is the only place a problem of an answer on screen is shown.

    `continued`: the answer already has a continuation (the next answer in the branch goes on
    from it), so "cut short … Continue" would be stale — the continuation carries its own notice.
    """
    msg = entry.message
    if msg.role is not Role.ASSISTANT:
        return None
    if entry.unsaved_because:
        return NoticeKind.WARNING, entry.unsaved_because, ()
    if continued and msg.status in (MessageStatus.INTERRUPTED, MessageStatus.COMPLETE):
        return None
    if msg.status is MessageStatus.FAILED:
        return NoticeKind.ERROR, _failure_text(msg), (CardAction.RETRY,)
    if msg.status is MessageStatus.INTERRUPTED:
        reason = msg.end_reason
        if reason is EndReason.STOPPED:
            stopped = QCoreApplication.translate("MessageCard", "You stopped this answer.")
            return NoticeKind.INFO, stopped, (CardAction.CONTINUE,)
        if reason is EndReason.APP_CLOSED:
            closed = QCoreApplication.translate("MessageCard", "The app closed before the answer finished.")
            return NoticeKind.WARNING, closed, (CardAction.CONTINUE, CardAction.RETRY)
        if reason is EndReason.APP_ERROR:
            bug = QCoreApplication.translate("MessageCard", "Something went wrong inside the app.")
            return NoticeKind.WARNING, bug, (CardAction.CONTINUE, CardAction.RETRY)
        if msg.problem in (None, Problem.BROKEN_OFF):
            broken = QCoreApplication.translate(
                "MessageCard", "The answer stopped before it was finished. What arrived is kept.")
            return NoticeKind.WARNING, broken, (CardAction.CONTINUE,)
        return NoticeKind.WARNING, _failure_text(msg), (CardAction.CONTINUE, CardAction.RETRY)
    if msg.status is MessageStatus.COMPLETE and msg.finish_reason is FinishReason.LENGTH:
        cut = QCoreApplication.translate("MessageCard", "The answer was cut short by the length limit.")
        return NoticeKind.WARNING, cut, (CardAction.CONTINUE,)
    if msg.status is MessageStatus.COMPLETE and msg.finish_reason is FinishReason.CONTENT_FILTER:
        filtered = QCoreApplication.translate("MessageCard",
                                              "The provider's content filter stopped this answer.")
        return NoticeKind.WARNING, filtered, ()
    return None


def _failure_text(msg: Message) -> str:
    """What went wrong with a failed answer, in the app's words (a pre-upgrade row: its saved words)."""
    if msg.end_reason is EndReason.APP_ERROR:
        return QCoreApplication.translate("MessageCard", "Something went wrong inside the app.")
    if msg.problem is Problem.GATEWAY and msg.error:
        return msg.error  # saved by an older version, already in plain words
    if msg.problem is not None:
        from desktop_chat.ui.words.gateway import problem_text

        return problem_text(msg.problem)
    return QCoreApplication.translate("MessageCard", "The answer could not be completed.")


FINISH_WORDS = {  # English sources, shown translated by finish_words()
    FinishReason.STOP: QT_TRANSLATE_NOOP("MessageCard", "finished"),
    FinishReason.LENGTH: QT_TRANSLATE_NOOP("MessageCard", "cut short (length limit)"),
    FinishReason.CONTENT_FILTER: QT_TRANSLATE_NOOP("MessageCard", "stopped by content filter"),
    FinishReason.TOOL_CALLS: QT_TRANSLATE_NOOP("MessageCard", "tool call"),
}


def finish_words(reason: FinishReason) -> str:
    """Why the model stopped, in plain words (the raw value for anything else)."""
    words = FINISH_WORDS.get(reason)
    return reason.value if words is None else _tr(words)


def meta_text(entry: MessageEntry) -> str:
    """'model-id · 812 prompt / 345 completion tokens · 4.1 s · finished'.

    The details line the issue asks for: model, tokens (prompt/completion), time and finish reason,
    the reason in plain words (`finish_words`).
    """
    msg = entry.message
    parts: list[str] = []
    if msg.model:
        parts.append(msg.model)
    usage = msg.usage
    if usage is not None and (usage.prompt_tokens is not None or usage.completion_tokens is not None):
        prompt = "?" if usage.prompt_tokens is None else count(usage.prompt_tokens)
        completion = "?" if usage.completion_tokens is None else count(usage.completion_tokens)
        tokens = QCoreApplication.translate("MessageCard", "{prompt} prompt / {completion} completion tokens")
        parts.append(tokens.format(prompt=prompt, completion=completion))
    if entry.cost is not None:
        parts.append(QCoreApplication.translate("MessageCard", "≈ {cost} (estimate)").format(
            cost=dollars(entry.cost)))
    if msg.latency_ms is not None:
        seconds = QCoreApplication.translate("MessageCard", "{seconds} s")
        parts.append(seconds.format(seconds=numbers().toString(msg.latency_ms / 1000, "f", 1)))
    if msg.finish_reason is not None:
        parts.append(finish_words(msg.finish_reason))
    return " · ".join(parts)


class MessageCard(QFrame):
    """The card of one message; talks to the view only through `CardHost`."""

    def __init__(
        self,
        entry: MessageEntry,
        host: CardHost,
        ctx: RenderContext,
        *,
        stream: StreamSnapshot | None = None,
        reasoning: str | None = None,
        continued: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self._continued = continued
        self._host = host
        self._ctx = ctx
        msg = entry.message
        self._is_user = msg.role is Role.USER
        self._streaming = msg.status is MessageStatus.STREAMING
        self._reasoning = reasoning if reasoning is not None else msg.reasoning
        self._editor: QPlainTextEdit | None = None
        self.setObjectName("MessageCard")
        self.setProperty("role", "user" if self._is_user else "assistant")
        self.setProperty("highlighted", False)
        self._phase = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 6)
        layout.setSpacing(6)
        self._layout = layout

        header = QHBoxLayout()
        header.setSpacing(8)
        self.title = QLabel(self)
        self.title.setToolTip("" if self._is_user else msg.model or "")
        self.title.setObjectName("CardTitle")
        header.addWidget(self.title)
        header.addStretch(1)
        self.typing = QLabel("", self)
        self.typing.setObjectName("Typing")
        self.typing.setVisible(self._streaming)
        header.addWidget(self.typing)
        layout.addLayout(header)

        self.reasoning_button = card_button(self, "", "")
        self.reasoning_button.setObjectName("ReasoningToggle")
        self.reasoning_button.setCheckable(True)
        self.reasoning_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.reasoning_button.toggled.connect(self._on_reasoning_toggled)
        self.reasoning_view: ProseView | None = None
        layout.addWidget(self.reasoning_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.body = MessageBody(ctx, host, self)
        layout.addWidget(self.body)
        if self._is_user:
            self.body.show_plain(msg.content)
        elif stream is not None:
            self.body.show_stream(stream)
        elif msg.content:
            self.body.show_blocks(render_blocks(msg.content, dark=ctx.palette.dark))
        self.chips: ChipStrip | None = None
        self.images: AnswerImages | None = None
        self._build_attachments()
        self.tools: ToolCallsBox | None = None
        self.refresh_tools()

        self.notice = QFrame(self)
        self.notice.setObjectName("Notice")
        self.notice_label = QLabel(self.notice)
        self.notice_label.setObjectName("NoticeText")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.continue_button = card_button(self.notice, "", "")
        self.retry_button = card_button(self.notice, "", "")
        self.continue_button.setObjectName("NoticeButton")
        self.retry_button.setObjectName("NoticeButton")
        self.continue_button.clicked.connect(lambda: self._act(CardAction.CONTINUE))
        self.retry_button.clicked.connect(lambda: self._act(CardAction.RETRY))
        self.details_button = card_button(self.notice, "", "")
        self.details_button.setObjectName("NoticeButton")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._on_details_toggled)
        self.notice_details = QLabel(self.notice)
        self.notice_details.setObjectName("NoticeDetails")
        self.notice_details.setWordWrap(True)
        self.notice_details.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_details.hide()
        notice_box = QVBoxLayout(self.notice)
        notice_box.setContentsMargins(10, 6, 6, 6)
        notice_box.setSpacing(4)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(0, 0, 0, 0)
        notice_row.addWidget(self.notice_label, 1)
        notice_row.addWidget(self.details_button)
        notice_row.addWidget(self.continue_button)
        notice_row.addWidget(self.retry_button)
        notice_box.addLayout(notice_row)
        notice_box.addWidget(self.notice_details)
        layout.addWidget(self.notice)

        self.meta = QLabel(self)
        self.meta.setObjectName("Meta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.meta)

        self._build_actions()
        self._editor_words: tuple[QToolButton, QToolButton] | None = None  # Cancel, Send of an edit
        self.retranslate()
        if host.is_reasoning_open(msg.id) and self._reasoning:
            self.reasoning_button.setChecked(True)

    # --- words --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Write every word of the card in the language in force, from its entry and state."""
        self._write_names()
        word_button(self.continue_button, self.tr("Continue"), self.tr("Continue the answer"))
        word_button(self.retry_button, self.tr("Retry"), self.tr("Retry the answer"))
        word_button(self.details_button, self.tr("Details"), self.tr("Show details"),
                    self.tr("Show or hide what exactly went wrong"))
        self.details_button.setAccessibleName(
            self.tr("Hide details") if self.details_button.isChecked() else self.tr("Show details"))
        self.notice_details.setAccessibleName(self.tr("Details"))
        self.typing.setAccessibleName(self.tr("The answer is being written"))
        word_button(self.reasoning_button, self.tr("Reasoning"), self.tr("Show reasoning"),
                    self.tr("Show or hide the model's reasoning"))
        self.reasoning_button.setAccessibleName(
            self.tr("Hide reasoning") if self.reasoning_button.isChecked() else self.tr("Show reasoning"))
        if self.reasoning_view is not None:
            self.reasoning_view.setAccessibleName(self.tr("Reasoning"))
        word_button(self.prev_button, "‹", self.tr("Previous version"))
        word_button(self.next_button, "›", self.tr("Next version"))
        word_button(self.copy_button, self.tr("Copy"), self.tr("Copy message"),
                    self.tr("Copy the whole message"))
        word_button(self.regenerate_button, self.tr("Regenerate"), self.tr("Regenerate answer"))
        word_button(self.edit_button, self.tr("Edit"), self.tr("Edit and resend message"))
        word_button(self.delete_button, self.tr("Delete"), self.tr("Delete message"))
        word_button(self.more_button, "⋯", self.tr("More actions"))
        self._word_more_menu()
        if self._editor is not None and self._editor_words is not None:
            self._editor.setAccessibleName(self.tr("Edit message"))
            cancel, send = self._editor_words
            word_button(cancel, self.tr("Cancel"), self.tr("Cancel editing"))
            word_button(send, self.tr("Send"), self.tr("Send edited message"))
        self._refresh_static()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _write_names(self) -> None:
        """The card's title and its name for screen readers ("You", "Answer from …")."""
        if self._is_user:
            self.title.setText(self.tr("You"))
            self.setAccessibleName(self.tr("Your message"))
            return
        model = self.entry.message.model
        name = friendly_model_name(model) if model else ""
        self.title.setText(name or self.tr("Assistant"))
        self.setAccessibleName(self._answer_name(name))

    # --- building -----------------------------------------------------------------------------
    def _build_attachments(self) -> None:
        """Chips for the files of a user message (an answer's documents), inline pictures for the
        images an answer came with; both right under the text."""
        for old in (self.chips, self.images):
            if old is not None:
                old.hide()
                old.deleteLater()
        self.chips = self.images = None
        msg = self.entry.message
        answer = msg.role is Role.ASSISTANT
        chip_indices = [i for i, a in enumerate(msg.attachments)
                        if not answer or a.kind is not AttachmentKind.IMAGE]
        image_indices = [i for i, a in enumerate(msg.attachments)
                         if answer and a.kind is AttachmentKind.IMAGE]
        at = self._layout.indexOf(self.body) + 1
        if image_indices:
            self.images = AnswerImages(
                tuple(msg.attachments[i] for i in image_indices),
                lambda n, action: self._attachment(image_indices[n], action), self)
            self._layout.insertWidget(at, self.images)
            at += 1
        if chip_indices:
            self.chips = ChipStrip(
                tuple(msg.attachments[i] for i in chip_indices),
                lambda n: self._attachment(chip_indices[n], AttachmentAction.OPEN), self)
            self._layout.insertWidget(at, self.chips)
        for added in (self.images, self.chips):
            if added is not None and self.isVisible():
                added.show()  # a layout shows a widget added to a visible card only later: too late
        self.request_pictures()                 # for the row's height, measured right after this

    def request_pictures(self) -> None:
        """Ask for the thumbnails and inline pictures not shown yet (a source may have come)."""
        loader = self._host.image_loader()
        if self.chips is not None:
            self.chips.request_thumbnails(loader)
        if self.images is not None:
            self.images.request(loader)

    def refresh_tools(self) -> bool:
        """Draw the answer's tool calls as the view has them now (under the text and its files,
        above the notice); True if anything changed."""
        rows = self._host.tool_rows(self.entry.id) if not self._is_user else ()
        if not rows:
            if self.tools is None:
                return False
            self.tools.hide()
            self.tools.deleteLater()
            self.tools = None
            return True
        if self.tools is not None:
            return self.tools.set_rows(rows)
        self.tools = ToolCallsBox(rows, self.entry.id, self._host, self._ctx, self)
        last = max(self._layout.indexOf(w) for w in (self.body, self.images, self.chips) if w is not None)
        self._layout.insertWidget(last + 1, self.tools)
        if self.isVisible():
            self.tools.show()  # at once: the row is measured right after this
        return True

    def tick_tools(self, phase: int, now: float | None = None) -> None:
        """Turn the spinners of running calls (the view's tick timer)."""
        if self.tools is not None:
            self.tools.tick(phase, now)

    def _attachment(self, index: int, action: AttachmentAction) -> None:
        self._host.attachment_action(action, self.entry.id, index)

    def _build_actions(self) -> None:
        self.actions_bar = QWidget(self)
        self.actions_bar.setObjectName("Actions")
        row = QHBoxLayout(self.actions_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        if self._is_user:
            row.addStretch(1)
        self.prev_button = card_button(self.actions_bar, "‹", "")
        self.sibling_label = QLabel(self.actions_bar)
        self.sibling_label.setObjectName("SiblingLabel")
        self.next_button = card_button(self.actions_bar, "›", "")
        self.prev_button.clicked.connect(lambda: self._act(CardAction.SIBLING_PREV))
        self.next_button.clicked.connect(lambda: self._act(CardAction.SIBLING_NEXT))
        for widget in (self.prev_button, self.sibling_label, self.next_button):
            row.addWidget(widget)
        self.copy_button = card_button(self.actions_bar, "", "")
        self.copy_button.clicked.connect(self._copy_message)
        row.addWidget(self.copy_button)
        self.regenerate_button = card_button(self.actions_bar, "", "")
        self.regenerate_button.clicked.connect(lambda: self._act(CardAction.REGENERATE))
        self.edit_button = card_button(self.actions_bar, "", "")
        self.edit_button.clicked.connect(self.start_edit)
        self.delete_button = card_button(self.actions_bar, "", "")
        self.delete_button.clicked.connect(lambda: self._act(CardAction.DELETE))
        row.addWidget(self.regenerate_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        # "⋯": what IT asks for (Copy request as curl); its menu is made on first use
        self.more_button = card_button(self.actions_bar, "⋯", "")
        self.more_button.clicked.connect(self._show_more)
        self.more_menu: QMenu | None = None
        row.addWidget(self.more_button)
        if not self._is_user:
            row.addStretch(1)
        for button in self.actions_bar.findChildren(QToolButton):
            button.setObjectName(button.objectName() or "ActionButton")
        self._layout.addWidget(self.actions_bar)

    def _refresh_static(self) -> None:
        entry, msg = self.entry, self.entry.message
        has_siblings = entry.sibling_count > 1
        for widget in (self.prev_button, self.sibling_label, self.next_button):
            widget.setVisible(has_siblings)
        self.sibling_label.setText(f"{entry.sibling_index}/{entry.sibling_count}")
        self.sibling_label.setAccessibleName(self.tr("Version {index} of {count}").format(
            index=entry.sibling_index, count=entry.sibling_count))
        self.prev_button.setEnabled(entry.sibling_index > 1)
        self.next_button.setEnabled(entry.sibling_index < entry.sibling_count)
        self.regenerate_button.setVisible(not self._is_user and not self._streaming)
        self.edit_button.setVisible(self._is_user)
        self.delete_button.setVisible(not self._streaming)
        self.more_button.setVisible(not self._is_user and not self._streaming)
        notice = notice_for(entry, continued=self._continued)
        self.notice.setVisible(notice is not None)
        if notice is not None:
            kind, text, actions = notice
            if self.notice.property("kind") != kind.value:
                self.notice.setProperty("kind", kind.value)
                for part in (self.notice, self.notice_label, self.notice_details):  # updated in place
                    part.style().unpolish(part)
                    part.style().polish(part)
            self.notice_label.setText(text)
            self.continue_button.setVisible(CardAction.CONTINUE in actions)
            self.retry_button.setVisible(CardAction.RETRY in actions)
        details = entry.failure_details if notice is not None else ""
        self.notice_details.setText(details)
        self.details_button.setVisible(bool(details))
        if not details:
            self.details_button.setChecked(False)
        meta = "" if self._is_user or self._streaming else meta_text(entry)
        self.meta.setText(meta)
        self.meta.setVisible(bool(meta))
        self.reasoning_button.setVisible(bool(self._reasoning))
        self._update_reasoning_label()
        if self._streaming:
            self.tick(self._phase)
        del msg

    def _update_reasoning_label(self) -> None:
        thinking = self._streaming and not self.entry.message.content and not self.body.segments()
        label = self.tr("Thinking…") if thinking else self.tr("Reasoning")
        self.reasoning_button.setText(label)
        self.reasoning_button.setArrowType(
            Qt.ArrowType.DownArrow if self.reasoning_button.isChecked() else Qt.ArrowType.RightArrow
        )

    # --- streaming ----------------------------------------------------------------------------
    def apply_stream(self, snap: StreamSnapshot | None, reasoning: str) -> None:
        had_text = bool(self.body.segments())
        if snap is not None:
            self.body.show_stream(snap)
        changed = reasoning != self._reasoning
        if changed:
            old = self._reasoning
            self._reasoning = reasoning
            self.reasoning_button.setVisible(bool(reasoning))
            if self.reasoning_view is not None:
                if reasoning.startswith(old):
                    cursor = self.reasoning_view.textCursor()
                    cursor.movePosition(cursor.MoveOperation.End)
                    cursor.insertText(reasoning[len(old) :])
                    self.reasoning_view.updateGeometry()
                else:
                    self.reasoning_view.set_plain(reasoning)
        if changed or had_text != bool(self.body.segments()):
            self._update_reasoning_label()

    def update_in_place(
        self,
        entry: MessageEntry,
        *,
        stream: StreamSnapshot | None = None,
        reasoning: str | None = None,
        continued: bool = False,
    ) -> None:
        """Same text, new state (finished, usage, siblings…): keep the widgets already built.

        The caller guarantees the text shown is still the message's text (an ended answer's
        streamed blocks equal `render_blocks(text)`), so a long answer is not rendered again.
        """
        attachments_changed = entry.message.attachments != self.entry.message.attachments
        self.entry = entry
        self._continued = continued
        msg = entry.message
        self._streaming = msg.status is MessageStatus.STREAMING
        if attachments_changed:  # an answer's images arrive with its end
            self._build_attachments()
        self.refresh_tools()
        self.apply_stream(stream, reasoning if reasoning is not None else msg.reasoning)
        self.typing.setVisible(self._streaming)
        if not self._is_user:
            self.title.setToolTip(msg.model or "")
        self._write_names()
        self._refresh_static()

    def _answer_name(self, model_name: str) -> str:
        if model_name:
            return self.tr("Answer from {model}").format(model=model_name)
        return self.tr("Answer from the model")

    def tick(self, phase: int) -> None:
        """Animate the typing indicator (called by the view while answers stream)."""
        self._phase = phase
        self.typing.setText(self.tr("Writing") + "." * (phase % 3 + 1) + " " * (2 - phase % 3))

    # --- actions ------------------------------------------------------------------------------
    def _act(self, action: CardAction) -> None:
        self._host.card_action(action, self.entry.id)

    def _copy_message(self) -> None:
        self._host.card_action(CardAction.COPY, self.entry.id)  # the view knows the text streamed so far

    def _show_more(self) -> None:
        menu = self.more_actions()
        menu.popup(self.more_button.mapToGlobal(self.more_button.rect().bottomLeft()))

    def more_actions(self) -> QMenu:
        """The "⋯" menu (made on first use): the answer's request as curl, whole or pictures shortened."""
        if self.more_menu is None:
            from desktop_chat.ui.chat.curl_requests import curl_requests

            menu = QMenu(self.more_button)
            self.copy_curl_action = menu.addAction("")
            self.copy_curl_short_action = menu.addAction("")
            self.copy_curl_action.triggered.connect(
                lambda: curl_requests().requested.emit(self, self.entry.id, False))
            self.copy_curl_short_action.triggered.connect(
                lambda: curl_requests().requested.emit(self, self.entry.id, True))
            self.more_menu = menu
            self._word_more_menu()
        return self.more_menu

    def _word_more_menu(self) -> None:
        if self.more_menu is None:
            return
        self.more_menu.setAccessibleName(self.tr("More actions"))
        self.copy_curl_action.setText(self.tr("Copy request as curl"))
        self.copy_curl_action.setToolTip(self.tr("Copy the request behind this answer as a curl command, "
                                                 "for IT (the key is left out)"))
        self.copy_curl_short_action.setText(self.tr("Copy request as curl, pictures shortened"))

    def _on_reasoning_toggled(self, checked: bool) -> None:
        if checked and self.reasoning_view is None:
            box = QFrame(self)
            box.setObjectName("ReasoningBox")
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(12, 2, 0, 2)
            view = ProseView(self._ctx, self._host, box)
            view.setObjectName("ReasoningText")
            view.setAccessibleName(self.tr("Reasoning"))
            view.set_plain(self._reasoning)
            box_layout.addWidget(view)
            self._layout.insertWidget(self._layout.indexOf(self.reasoning_button) + 1, box)
            self.reasoning_view = view
            self._reasoning_box = box
        if self.reasoning_view is not None:
            self._reasoning_box.setVisible(checked)
        self.reasoning_button.setAccessibleName(
            self.tr("Hide reasoning") if checked else self.tr("Show reasoning"))
        self._update_reasoning_label()
        self._host.set_reasoning_open(self.entry.id, checked)
        self._host.card_resized(self.entry.id)

    def _on_details_toggled(self, checked: bool) -> None:
        self.notice_details.setVisible(checked)
        self.details_button.setAccessibleName(self.tr("Hide details") if checked else self.tr("Show details"))
        self._host.card_resized(self.entry.id)

    def start_edit(self) -> None:
        if self._editor is not None or not self._is_user:
            return
        editor_box = QWidget(self)
        editor_box.setObjectName("EditorBox")
        box = QVBoxLayout(editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        editor = QPlainTextEdit(editor_box)
        editor.setObjectName("InlineEditor")
        editor.setAccessibleName(self.tr("Edit message"))
        editor.setPlainText(self.entry.message.content)
        lines = min(12, max(3, self.entry.message.content.count("\n") + 2))
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 16)
        editor.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = card_button(editor_box, self.tr("Cancel"), self.tr("Cancel editing"))
        send = card_button(editor_box, self.tr("Send"), self.tr("Send edited message"))
        self._editor_words = (cancel, send)
        send.setObjectName("PrimaryButton")
        cancel.clicked.connect(self.cancel_edit)
        send.clicked.connect(self.submit_edit)
        buttons.addWidget(cancel)
        buttons.addWidget(send)
        box.addWidget(editor)
        box.addLayout(buttons)
        self._layout.insertWidget(self._layout.indexOf(self.body), editor_box)
        editor_box.show()
        self.body.hide()
        self.actions_bar.hide()
        self._editor = editor
        self._editor_box = editor_box
        self._host.set_editing(self.entry.id, True)
        self._host.card_resized(self.entry.id)
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    @property
    def editor(self) -> QPlainTextEdit | None:
        return self._editor

    def cancel_edit(self) -> None:
        if self._editor is None:
            return
        self._editor_box.hide()
        self._editor_box.deleteLater()
        self._editor = None
        self._editor_words = None
        self.body.show()
        self.actions_bar.show()
        self._host.set_editing(self.entry.id, False)
        self._host.card_resized(self.entry.id)

    def submit_edit(self) -> None:
        if self._editor is None:
            return
        text = self._editor.toPlainText()
        if not text.strip():
            return
        self.cancel_edit()
        self._host.edit_submitted(self.entry.id, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key_event = event
            key = key_event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.submit_edit()
                return True
            if key == Qt.Key.Key_Escape:
                self.cancel_edit()
                return True
        return super().eventFilter(watched, event)

    # --- geometry -----------------------------------------------------------------------------
    def heightForWidth(self, width: int) -> int:
        layout = self._layout
        layout.invalidate()  # children changed since the last query (streaming, editor, reasoning)
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        return height if height >= 0 else layout.totalSizeHint().height()

    def set_highlighted(self, on: bool) -> None:
        self.setProperty("highlighted", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def row_geometry(self, viewport_width: int) -> tuple[int, int]:
        """(x, width) of this card in a list row of the given width."""
        column = max(120, min(MAX_COLUMN, viewport_width - 2 * SIDE_MARGIN))
        left = max(0, (viewport_width - column) // 2)
        if not self._is_user:
            return left, column
        max_width = int(column * USER_MAX_FRACTION)
        if self._editor is not None:
            return left + column - max_width, max_width
        margins = self._layout.contentsMargins()
        chrome = margins.left() + margins.right()
        text_width = 0
        for view in self.body.text_views():
            text_width = max(text_width, view.ideal_width(max_width - chrome) + 4)
        # the chips' own width, plus the frame around the layout (a row of chips must not wrap)
        chips = self.chips.ideal_width(max_width - chrome - 4) + 4 if self.chips is not None else 0
        width = max(text_width + chrome, chips + chrome, self.actions_bar.sizeHint().width() + chrome, 160)
        width = min(max_width, width)
        return left + column - width, width
