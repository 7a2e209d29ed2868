"""Keeps the context meter, the chat's cut divider and its summaries in step with what will be sent.

Why a controller of its own: three things on screen tell one story — the meter beside Send, the
divider in the chat where earlier messages stop being sent ("Summarise them"), and the summary
cards that stand in for them — and they must follow typing, switching chats, new answers, changed
chat settings (model, "send the last N turns") and edits of summaries. The branch of a long chat
is read once, off the UI thread, and kept until its messages change; a keystroke only shapes the
draft (debounced). Summarising runs as a task with progress in a notice, and Stop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop_chat.domain import Attachment, ChatSettings, Message, Summary
from desktop_chat.services import (
    Change,
    ChangeKind,
    ChatContext,
    ContextPreview,
    NothingToDo,
    Session,
    StoreError,
    SummaryProgress,
)
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.composer.meter import ContextMeter
from desktop_chat.ui.composer.widget import Composer
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind, Notices
from desktop_chat.ui.problems import attempt, notice_for
from desktop_chat.ui.tasks import TaskRunner

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by

TYPING_DEBOUNCE_MS = 150
TOPIC_SUMMARY = "summary"
TOPIC_CONTEXT = "context"


def chat_in_force(
    session: Session, cid: int | None, new_chat_settings: Callable[[], ChatSettings]
) -> ChatContext | None:
    """What the chat on screen is sent with (the sidebar's choice for the unsaved new chat); None
    when the chat is gone or the history can't be read."""
    if cid is None:
        s = new_chat_settings()
        model = s.model or session.default_model()
        return ChatContext(model, s.params, s.system_prompt, s.keep_turns)
    try:
        return session.chat.context_of(cid)
    except (NothingToDo, StoreError):
        return None


class ContextController(QObject):
    """See the module docstring."""

    def __init__(
        self,
        *,
        session: Session,
        meter: ContextMeter,
        composer: Composer,
        view: ChatView,
        current: CurrentChat,
        notices: Notices,
        tasks: TaskRunner,
        new_chat_settings: Callable[[], ChatSettings],
        draft_files: Callable[[], Sequence[Attachment]] = tuple,
        parent: QObject | None = None,
    ) -> None:
        """`draft_files()`: the files on the draft on screen (they count in the meter)."""
        super().__init__(parent)
        self._session = session
        self._draft_files = draft_files
        self.meter = meter
        self._composer = composer
        self._view = view
        self._current = current
        self._notices = notices
        self._tasks = tasks
        self._new_chat_settings = new_chat_settings
        self._branch: list[Message] = []
        self._summaries: list[Summary] = []
        self._loaded_for: int | None = None
        self._summarising: int | None = None  # the chat being summarised
        self.preview: ContextPreview | None = None
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DEBOUNCE_MS)
        self._timer.timeout.connect(self.update)
        composer.edit.textChanged.connect(self._on_typing)
        current.changed.connect(lambda _cid: self.reload())
        view.summariseRequested.connect(self.summarise)
        view.summaryEdited.connect(self._edit_summary)
        view.summaryRemoved.connect(self._remove_summary)
        self._unsubscribe = session.changes.subscribe(self._on_change)

    def close(self) -> None:
        self._closed = True
        self._timer.stop()
        self._unsubscribe()

    def _on_typing(self) -> None:
        if not self._closed:
            self._timer.start()

    # --- reading the branch --------------------------------------------------------------------
    def reload(self) -> None:
        """Read the current chat's branch again (in the background), then update everything."""
        if self._closed:
            return
        cid = self._current.id
        if cid is None:
            self._branch, self._summaries, self._loaded_for = [], [], None
            self.update()
            return
        self._tasks.spawn(self._load(cid), key=("context", "load"))

    async def _load(self, cid: int) -> None:
        try:
            branch, summaries = await asyncio.to_thread(self._session.conversations.whole_branch, cid)
        except StoreError:  # the history can't be read now: no meter rather than a second message
            self._loaded_for = None
            self.meter.show_preview(None)
            return
        if self._closed or self._current.id != cid:
            return
        self._branch, self._summaries, self._loaded_for = branch, summaries, cid
        self.update()

    def _on_change(self, change: Change) -> None:
        if change.conversation_id is not None and change.conversation_id != self._current.id:
            return
        if change.kind is ChangeKind.DRAFT_ATTACHMENTS:
            self._timer.start()  # after the chips have read the draft's files
            return
        if change.kind in (ChangeKind.MESSAGES, ChangeKind.CHAT_SETTINGS):
            if change.kind is ChangeKind.MESSAGES and self._session.chat.is_streaming(self._current.id or -1):
                return  # the answer's text is not sent before it ends; reload when it does
            self.reload()

    # --- what is shown ---------------------------------------------------------------------------
    def _chat(self) -> ChatContext | None:
        return chat_in_force(self._session, self._current.id, self._new_chat_settings)

    def update(self) -> None:
        if self._closed:
            return
        chat = self._chat()
        cid = self._current.id
        if chat is None or (cid is not None and self._loaded_for != cid):
            self.meter.show_preview(None)
            return
        preview = self._session.context.preview(chat, self._branch, self._summaries, self._composer.text(),
                                                self._draft_files())
        self.preview = preview
        self.meter.show_preview(preview)
        plan = preview.plan
        on_branch = {m.id for m in self._branch}
        self._view.set_summaries([(s, s.through_message_id) for s in self._summaries
                                  if s.through_message_id in on_branch])
        first_sent = plan.first_sent_id if plan.first_sent_id is not None and plan.first_sent_id > 0 else None
        self._view.set_context_cut(first_sent, plan.left_out if first_sent is not None else 0,
                                   summarising=self._summarising == cid, can_summarise=cid is not None)

    # --- summaries -------------------------------------------------------------------------------
    def summarise(self) -> None:
        cid = self._current.id
        if cid is None or self._summarising is not None:
            return
        self._summarising = cid
        self.update()
        self._notices.show(self._progress_notice(None))
        self._tasks.spawn(self._summarise(cid), key=("context", "summary"),
                          on_done=lambda _t: self._summary_done(cid))

    def stop_summary(self) -> None:
        self._tasks.cancel(("context", "summary"))

    async def _summarise(self, cid: int) -> None:
        def progress(p: SummaryProgress) -> None:
            if self._current.id == cid:
                self._notices.show(self._progress_notice(p))

        try:
            await self._session.summariser.summarise(cid, progress)
        except NothingToDo as refusal:
            from desktop_chat.ui.words.refusals import refusal_text

            self._notices.clear(topic=TOPIC_SUMMARY)
            self._notices.say(refusal_text(refusal.refusal))
            return
        except asyncio.CancelledError:
            self._notices.clear(topic=TOPIC_SUMMARY)
            self._notices.say(translate("ContextBar", "Summarising stopped; nothing was changed."))
            raise
        except Exception as exc:
            notice = notice_for(exc)
            if notice is None:
                raise
            self._notices.clear(topic=TOPIC_SUMMARY)
            self._notices.show(notice)
            return
        self._notices.clear(topic=TOPIC_SUMMARY)
        self._notices.say(translate("ContextBar", "Summary written. It is sent in place of the earlier "
                                    "messages; you can edit or remove it in the chat."), 6000)

    def _summary_done(self, cid: int) -> None:
        self._summarising = None
        if self._current.id == cid:
            self.reload()

    def _progress_notice(self, progress: SummaryProgress | None) -> Notice:
        if progress is None or progress.total <= 1:
            text = translate("ContextBar", "Summarising the earlier messages…")
        else:
            text = translate("ContextBar", "Summarising the earlier messages… part {done} of {total}").format(
                done=min(progress.done + 1, progress.total), total=progress.total)
        return Notice(text, NoticeAction.STOP_SUMMARY, translate("ContextBar", "Stop"), kind=NoticeKind.INFO,
                      topic=TOPIC_SUMMARY, reword=lambda: self._progress_notice(progress))

    def _edit_summary(self, sid: int, text: str) -> None:
        cid = self._current.id
        if cid is None:
            return
        attempt(self._notices, self._session.conversations.edit_summary, cid, sid, text)

    def _remove_summary(self, sid: int) -> None:
        cid = self._current.id
        if cid is None:
            return
        attempt(self._notices, self._session.conversations.remove_summary, cid, sid)
