"""The chat use cases: send, regenerate, edit & resend, continue, retry — tying the gateway to history.

Why: the order of saving and sending is what keeps people's words safe. The user's message is
committed *before* the request goes out; the answer row exists (status STREAMING, via the store's
AnswerWriter) before the first token, so a crash leaves something `recover_interrupted` can mark;
and every way an answer ends is saved with the right status and a typed `EndReason`:

    status       end_reason  problem            when
    COMPLETE     FINISHED    -                  the gateway finished (any finish_reason; `length`
                                                offers Continue in the UI)
    INTERRUPTED  STOPPED     -                  the person stopped it (task cancelled)
    INTERRUPTED  APP_CLOSED  -                  the app quit (`begin_shutdown`, `interrupt_all`)
    INTERRUPTED  FAILED      BROKEN_OFF         the stream broke off (IncompleteAnswer)
    FAILED       FAILED      error.problem      the gateway reported an error
    FAILED       APP_ERROR   -                  a bug inside the app cut the answer short

The partial text is kept in every case. `Message.error` holds only the gateway's own words
(`server_message`), never a sentence of ours: the UI words `end_reason` and `problem`.

One exception: when the gateway could not be reached at all (ConnectionFailed/InsecureConnection,
nothing arrived), the empty answer row is deleted — the user's message stays as the last one of
the branch, "not sent yet", and Retry sends it when the connection is back.

What is sent is planned by the context service (`services.context_window`): the system prompt, a
summary standing in for earlier turns when there is one, and the newest turns that fit the model's
window minus the answer's reserve. If the gateway still answers that the chat is too long before
anything arrived, the limit it names is learned, the plan is made again to that size and the
request goes out once more, by itself (`ContextTrimmed` tells the listener); a second refusal
ends the answer as a failure like any other. Every answer's `usage.prompt_tokens` calibrates the
estimate for its model.

"Continue" (after Stop, a broken stream or a length cut) saves the continuation as a NEW answer
message, a child of the partial one: the request is the branch up to the partial answer plus a
short, unsaved instruction to go on. A new message keeps the store's crash-safe writer, usage and
status for the continuation; `build_context` joins consecutive assistant messages, so later
requests (and the model) see one answer.

Stop = cancel the asyncio task running the use case: the HTTP stream is closed at once (the client
closes its connection on cancellation), the answer is saved as INTERRUPTED, and CancelledError
propagates. No Qt here: progress goes to a `Listener` (see services.events); the text received so
far is owned by the answer's writer and read through `live_answer()`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncGenerator, Callable, Sequence
from contextlib import aclosing
from typing import TYPE_CHECKING

from desktop_chat.api import (
    BadRequest,
    ChatRequest,
    ConnectionFailed,
    ContextTooLong,
    ErrorAction,
    Finished,
    GatewayError,
    ImageReceived,
    ImagesNotSupported,
    InsecureConnection,
    InvalidRequest,
    MalformedCall,
    PartialAnswerError,
    ReasoningDelta,
    RemoteImage,
    RequestField,
    Retrying,
    StreamEvent,
    TextDelta,
    ToolCallsRequested,
    UsageReport,
)
from desktop_chat.domain import (
    Attachment,
    AttachmentKind,
    ChatMessage,
    Conversation,
    EndReason,
    FinishReason,
    Message,
    MessageStatus,
    Problem,
    Refusal,
    Role,
    Summary,
    ToolCall,
    ToolSpec,
    Usage,
)
from desktop_chat.services.changes import Change, ChangeKind, Changes
from desktop_chat.services.context import CONTINUE_INSTRUCTION, sent_images, sent_text, with_image_bytes
from desktop_chat.services.context_window import ChatContext, ContextService
from desktop_chat.services.events import (
    AnswerDelta,
    AnswerEnded,
    AnswerRetrying,
    ContextTrimmed,
    Listener,
    LiveAnswer,
    ToolRoundsUsedUp,
    TurnStarted,
)
from desktop_chat.services.model_limits import ModelKnowledge
from desktop_chat.services.refusals import Forbidden, NotAllowed, NothingToDo
from desktop_chat.services.saving import KeepFlushing, Saving
from desktop_chat.services.tool_loop import Approver, ToolRound, ToolRunner, deny_all
from desktop_chat.services.unsaved import AnswerOutcome, UnsavedAnswer, UnsavedAnswers
from desktop_chat.store import NewAttachment

if TYPE_CHECKING:
    from desktop_chat.api import GatewayClient
    from desktop_chat.services.trimming import ContextPlan
    from desktop_chat.store import AnswerWriter, HistoryStore

__all__ = ["ChatService", "NothingToDo"]


def _as_call(malformed: MalformedCall) -> ToolCall:
    """A call the model got wrong, kept as written: its result tells the model what was wrong."""
    return ToolCall(malformed.id, malformed.name, malformed.arguments)


class _Received:
    """What a request's stream reported besides text: its usage and why the model stopped."""

    __slots__ = ("calls", "finish", "usage")

    def __init__(self) -> None:
        self.usage: Usage | None = None
        self.finish: FinishReason | None = None
        self.calls: tuple[ToolCall, ...] = ()  # the tool calls the answer ended with (malformed too)


class _ToolTurn:
    """The answer ended calling tools; their results are saved: the model is to be asked again."""

    __slots__ = ("answer",)

    def __init__(self, answer: Message) -> None:
        self.answer = answer

log = logging.getLogger(__name__)

_NOTHING_SENT = (ConnectionFailed, InsecureConnection)


class ChatService:
    """Runs one answer per call; several calls may run at once (one per conversation).

    `client` is a callable so a changed key or gateway (settings) is picked up by the next request;
    it raises `MissingKey` (a NothingToDo) when there is no key. `default_model` gives the model for
    conversations that have none yet. `changes` hears of every message added or ended.
    """

    def __init__(
        self,
        store: HistoryStore,
        client: Callable[[], GatewayClient],
        *,
        default_model: Callable[[], str],
        clock: Callable[[], float] = time.monotonic,
        changes: Changes | None = None,
        context: ContextService | None = None,
        after_answer: Callable[[int, str], object] | None = None,
        tools: Callable[[], ToolRunner | None] = lambda: None,
        tool_rounds: Callable[[], int] = lambda: 10,
        tool_timeout_s: Callable[[], float] = lambda: 60.0,
        model_allowed: Callable[[str], bool] = lambda _model: True,
    ) -> None:
        """`context` plans what is sent (a fresh one knowing only the standard limits if None);
        `after_answer(conversation_id, model)` runs after every answer that finished well (titles)."""
        self.store = store
        self.context = context if context is not None else ContextService(ModelKnowledge(None))
        self._after_answer = after_answer
        self._client = client
        self._default_model = default_model
        self._clock = clock
        self.changes = changes if changes is not None else Changes()
        self._writers: dict[int, AnswerWriter] = {}  # answer id → writer, while streaming
        self._closing = False  # the app is quitting: a cancelled answer was not stopped by a person
        # answers whose stream ended but whose final save failed: retried on a timer and at quit
        self.unsaved = UnsavedAnswers(announce=lambda message: self._changed(message.conversation_id))
        self._tools = tools  # the MCP host (None: no tools configured)
        self._tool_rounds = tool_rounds
        self._tool_timeout_s = tool_timeout_s
        self.approver: Approver = deny_all  # the window asks the person (set by the UI)
        self._in_tools: set[int] = set()  # chats whose answer is waiting for or running a tool
        self._model_allowed = model_allowed  # the system policy's allowed_models

    def begin_shutdown(self) -> None:
        """The app is quitting: answers cancelled from now on end with EndReason.APP_CLOSED."""
        self._closing = True

    # --- what is streaming -------------------------------------------------------------------------
    @property
    def active_writers(self) -> tuple[AnswerWriter, ...]:
        return tuple(self._writers.values())

    def streaming_conversations(self) -> frozenset[int]:
        """The chats with an answer streaming now (or between two rounds of tool calls)."""
        return frozenset(w.conversation_id for w in self._writers.values() if not w.finished) | self._in_tools

    def is_streaming(self, conversation_id: int) -> bool:
        return conversation_id in self.streaming_conversations()

    def live_answer(self, conversation_id: int) -> LiveAnswer | None:
        """The answer streaming in this chat, as received so far (from its writer); None if none."""
        for writer in self._writers.values():
            if writer.conversation_id == conversation_id and not writer.finished:
                return LiveAnswer(conversation_id, writer.message_id, writer.text, writer.reasoning)
        return None

    def unsaved_answer(self, message_id: int) -> UnsavedAnswer | None:
        """An answer that ended but could not be saved yet (held in memory, retried), else None."""
        return self.unsaved.get(message_id)

    def interrupt_all(self) -> int:
        """Quitting: save every streaming answer as INTERRUPTED (APP_CLOSED) now; returns how many.

        The tasks are normally cancelled and finish their answers themselves; this is for when the
        loop may not get to run them (the app is going away). A finished writer ignores a second
        finish, so a task that still runs later changes nothing. Answers that ended but could not
        be saved get one more try with their real outcome (else the store's close() saves them).
        """
        self._closing = True
        self.unsaved.stop()
        self.unsaved.retry()
        count = 0
        for writer in list(self._writers.values()):
            if not writer.finished:
                with contextlib.suppress(Exception):
                    writer.finish(status=MessageStatus.INTERRUPTED, end_reason=EndReason.APP_CLOSED)
                    count += 1
        return count

    def _gateway(self) -> GatewayClient:
        """The client, asked for before anything is saved (no key → MissingKey, nothing written)."""
        return self._client()

    def _ready(self, conversation_id: int) -> None:
        """Refuse before anything is saved: no key, an answer already streaming in this chat, or a
        model the organisation's policy does not allow."""
        self._gateway()
        if self.is_streaming(conversation_id):
            raise NothingToDo(Refusal.BUSY)
        if not self._model_allowed(self.context_of(conversation_id).model):
            raise NotAllowed(Forbidden.MODEL)  # the organisation's policy: nothing is saved or sent

    # --- use cases ---------------------------------------------------------------------------------
    async def send(self, conversation_id: int, text: str, listener: Listener) -> Message | None:
        """Save `text`, with the files on the chat's draft, as the user's next message on the current
        branch, then stream the answer."""
        self._ready(conversation_id)
        slot = str(conversation_id)
        attachments = self.store.draft_attachments(slot)
        if not text.strip() and not attachments:
            raise NothingToDo(Refusal.NOTHING_TO_SEND)
        conversation = self._conversation(conversation_id)
        self._refuse_if_unsendable(conversation, text, attachments)
        with self.store.transaction():  # the chips leave the draft with the message, or neither happens
            user = self.store.add_message(
                conversation_id, parent_id=conversation.current_leaf_id, role=Role.USER, content=text,
                attachments=[NewAttachment.like(a) for a in attachments],
            )  # fmt: skip
            if attachments:
                self.store.clear_draft_attachments(slot)
        if conversation.draft:
            self.store.save_draft(conversation_id, "")
        return await self._answer(conversation_id, user, listener, user_message=user)

    async def edit_and_resend(
        self, conversation_id: int, user_message_id: int, new_text: str, listener: Listener
    ) -> Message | None:
        """A new sibling of an earlier user message, with a fresh answer (the old branch is kept)."""
        self._ready(conversation_id)
        original = self._message(user_message_id)
        if original.role is not Role.USER:
            raise NothingToDo(Refusal.ONLY_OWN_MESSAGES_EDITABLE)
        if not new_text.strip() and not original.attachments:
            raise NothingToDo(Refusal.NOTHING_TO_SEND)
        self._refuse_if_unsendable(self._conversation(conversation_id), new_text, original.attachments)
        user = self.store.add_message(  # the edited message keeps the files of the original
            conversation_id, parent_id=original.parent_id, role=Role.USER, content=new_text,
            attachments=[NewAttachment.like(a) for a in original.attachments],
        )  # fmt: skip
        return await self._answer(conversation_id, user, listener, user_message=user)

    async def regenerate(self, conversation_id: int, answer_id: int, listener: Listener) -> Message | None:
        """A new answer beside an existing one (shown as ‹ 2/2 ›)."""
        self._ready(conversation_id)
        answer = self._message(answer_id)
        if answer.role is not Role.ASSISTANT or answer.parent_id is None:
            raise NothingToDo(Refusal.ONLY_ANSWERS_REGENERATE)
        parent = self._message(answer.parent_id)
        while parent.role is Role.ASSISTANT and parent.parent_id is not None:
            parent = self._message(parent.parent_id)  # regenerate a continuation: redo the whole answer
        return await self._answer(conversation_id, parent, listener)

    async def retry(self, conversation_id: int, message_id: int, listener: Listener) -> Message | None:
        """Send again: a user message not answered yet, or a failed/stopped answer (one that failed
        because tools were refused is sent again without them: the chat's tools are turned off).

        An answer with no text at all is replaced (removed, then answered afresh); one with text is
        kept and a new sibling answer is made, like Regenerate.
        """
        self._ready(conversation_id)
        message = self._message(message_id)
        if message.problem is Problem.TOOLS_NOT_SUPPORTED:
            # the gateway or model refused `tools`: Retry is "retry without tools" (off in this chat)
            self.store.update_settings(conversation_id, tools_enabled=False)
            self.changes.emit(Change(ChangeKind.CHAT_SETTINGS, conversation_id))
        if message.role is Role.USER:
            return await self._answer(conversation_id, message, listener)
        if message.parent_id is None:
            raise NothingToDo(Refusal.CANNOT_SEND_AGAIN)
        parent = self._message(message.parent_id)
        if not message.content.strip() and message.status is not MessageStatus.COMPLETE:
            self.store.delete_message(message.id)
        if parent.role is Role.ASSISTANT:  # a failed continuation: ask again to go on, not to reply
            return await self._answer(conversation_id, parent, listener, continuing=True)
        return await self._answer(conversation_id, parent, listener)

    async def continue_answer(
        self, conversation_id: int, answer_id: int, listener: Listener
    ) -> Message | None:
        """Ask the model to go on from a stopped, broken or length-cut answer (see module doc)."""
        self._ready(conversation_id)
        answer = self._message(answer_id)
        if answer.role is not Role.ASSISTANT:
            raise NothingToDo(Refusal.ONLY_ANSWERS_CONTINUE)
        if answer.status is MessageStatus.COMPLETE and answer.finish_reason is not FinishReason.LENGTH:
            raise NothingToDo(Refusal.ALREADY_COMPLETE)
        if not answer.content.strip():
            return await self.retry(conversation_id, answer_id, listener)
        return await self._answer(conversation_id, answer, listener, continuing=True)

    # --- the common part ---------------------------------------------------------------------------
    def _conversation(self, conversation_id: int) -> Conversation:
        conversation = self.store.get_conversation(conversation_id)
        if conversation is None:
            raise NothingToDo(Refusal.CHAT_GONE)
        return conversation

    def _message(self, message_id: int) -> Message:
        message = self.store.get_message(message_id)
        if message is None:
            raise NothingToDo(Refusal.MESSAGE_GONE)
        return message

    def _changed(self, conversation_id: int) -> None:
        self.changes.emit(Change(ChangeKind.MESSAGES, conversation_id))

    def context_of(self, conversation_id: int) -> ChatContext:
        """What chat `conversation_id` is sent with; NothingToDo(CHAT_GONE) if it is gone."""
        return self.chat_context(self._conversation(conversation_id))

    def chat_context(self, conversation: Conversation) -> ChatContext:
        """What the chat is sent with besides its messages (its model, or the default one)."""
        return ChatContext(conversation.model or self._default_model(), conversation.params,
                           conversation.system_prompt, conversation.keep_turns)

    def _refuse_if_unsendable(
        self, conversation: Conversation, text: str, attachments: Sequence[Attachment]
    ) -> None:
        """Refused before saving: images for a model that reads none, and a message (its files
        included) that alone is longer than the model's whole window."""
        chat = self.chat_context(conversation)
        if any(a.kind is AttachmentKind.IMAGE for a in attachments) \
                and self.context.knowledge.images(chat.model).reads is False:
            raise NothingToDo(Refusal.IMAGES_NOT_SUPPORTED)
        window = self.context.knowledge.limits(chat.model).context_window
        if window is None:
            return
        probe = Message(0, conversation.id, None, Role.USER, text, 0.0, 0.0, attachments=tuple(attachments))
        message = ChatMessage(Role.USER, sent_text(probe), sent_images(probe))
        if self.context.count(chat.model, message) > window:
            raise NothingToDo(Refusal.MESSAGE_TOO_LONG)

    async def _answer(
        self,
        conversation_id: int,
        parent: Message,
        listener: Listener,
        *,
        user_message: Message | None = None,
        continuing: bool = False,
    ) -> Message | None:
        """Answer the branch ending at `parent` (or, `continuing`, go on with the answer `parent`).

        An answer that calls tools is followed, once their results are saved, by the model's next
        answer (a child of it), up to the tool-round limit."""
        rounds = 0
        runner = self._tools()
        if runner is not None and self._conversation(conversation_id).tools_enabled:
            await runner.settled()  # servers still starting (the app just opened): their tools are wanted
        try:
            while True:
                conversation = self._conversation(conversation_id)
                chat = self.chat_context(conversation)
                branch = self.store.branch(conversation_id, parent.id)
                summaries = self.store.summaries(conversation_id)
                instruction = ChatMessage(Role.USER, CONTINUE_INSTRUCTION) if continuing else None

                plan = self._planner(chat, branch, summaries, instruction)
                ended = await self._run(conversation, chat, parent, plan, listener, user_message=user_message)
                if not isinstance(ended, _ToolTurn):
                    return ended
                rounds += 1
                if rounds >= self._tool_rounds():
                    listener(ToolRoundsUsedUp(conversation_id, ended.answer.id, rounds))
                    return ended.answer
                parent, user_message, continuing = ended.answer, None, False
        finally:
            self._in_tools.discard(conversation_id)

    def _planner(
        self, chat: ChatContext, branch: list[Message], summaries: list[Summary],
        instruction: ChatMessage | None,
    ) -> Callable[[int | None], ContextPlan]:
        """What to send for this branch, to the window's budget or (after a context error) a smaller one."""
        def plan(budget: int | None) -> ContextPlan:
            return self.context.plan(chat, branch, summaries, instruction=instruction, budget=budget)
        return plan

    def _offered(self, conversation: Conversation) -> tuple[ToolRunner | None, tuple[ToolSpec, ...]]:
        """The tools this chat offers the model now (none when the chat has them off)."""
        runner = self._tools() if conversation.tools_enabled else None
        return (runner, runner.tools()) if runner is not None else (None, ())

    async def _run(
        self,
        conversation: Conversation,
        chat: ChatContext,
        parent: Message,
        plan: Callable[[int | None], ContextPlan],
        listener: Listener,
        *,
        user_message: Message | None,
    ) -> Message | _ToolTurn | None:
        cid = conversation.id
        model = chat.model
        client = self._gateway()
        writer = self.store.start_answer(cid, parent_id=parent.id, model=model, params=conversation.params)
        answer = self.store.get_message(writer.message_id)
        assert answer is not None
        self._writers[answer.id] = writer
        flusher = KeepFlushing(writer)
        try:
            self._changed(cid)
            return await self._stream(cid, chat, answer, plan, writer, client, listener, user_message,
                                      offered=self._offered(conversation))
        finally:
            flusher.stop()
            self._writers.pop(answer.id, None)
            self._changed(cid)

    async def _stream(
        self,
        cid: int,
        chat: ChatContext,
        answer: Message,
        plan_for: Callable[[int | None], ContextPlan],
        writer: AnswerWriter,
        client: GatewayClient,
        listener: Listener,
        user_message: Message | None,
        *,
        offered: tuple[ToolRunner | None, tuple[ToolSpec, ...]] = (None, ()),
    ) -> Message | _ToolTurn | None:
        listener(TurnStarted(cid, user_message, answer))
        runner, specs = offered
        started = self._clock()
        saving = Saving(writer, answer, self.unsaved)
        got = _Received()

        def outcome(status: MessageStatus, end: EndReason, problem: Problem | None = None,
                    error: str | None = None, finish_reason: FinishReason | None = None) -> AnswerOutcome:
            latency = int((self._clock() - started) * 1000)
            return AnswerOutcome(status, end, problem, error, got.usage, finish_reason, latency)

        plan = plan_for(None)
        retried = False
        modalities = ("image", "text") if self.context.knowledge.images(chat.model).draws else ()
        try:
            while True:
                messages = await self._with_images(plan.messages)
                request = ChatRequest(chat.model, messages, chat.params, modalities=modalities, tools=specs)
                try:
                    await self._receive(cid, answer, client.stream_chat(request), saving, listener, got)
                    break
                except ContextTooLong as error:
                    if retried or writer.text or writer.reasoning:
                        raise
                    budget = self.context.budget_after_error(chat, error, plan)
                    smaller = plan_for(budget)
                    if smaller.messages == plan.messages:
                        raise  # nothing more can be left out: the newest turn alone is too long
                    log.info("answer %s: context too long (limit %s); sent again with %d messages left out",
                             answer.id, error.limit, smaller.left_out)
                    retried, plan = True, smaller
                    listener(ContextTrimmed(cid, answer.id, smaller.left_out, error.limit))
        except asyncio.CancelledError:
            end = EndReason.APP_CLOSED if self._closing else EndReason.STOPPED
            final = saving.finish(outcome(MessageStatus.INTERRUPTED, end))
            listener(AnswerEnded(cid, answer.id, final, None, got.usage, final.end_reason))
            raise
        except GatewayError as error:
            if isinstance(error, ImagesNotSupported):
                self.context.knowledge.learn_reads_no_images(chat.model)
            final_or_none = self._failed(cid, saving, error, outcome, listener, got.usage)
            saving.raise_if_unsaved()
            return final_or_none
        except InvalidRequest as bad:
            # the request was never sent; reported like a refused request, with `bad` as its cause
            refused = BadRequest(technical=str(bad))
            refused.__cause__ = bad
            refused.action = ErrorAction.CHOOSE_MODEL if bad.field is RequestField.MODEL else ErrorAction.NONE
            final_or_none = self._failed(cid, saving, refused, outcome, listener, got.usage)
            saving.raise_if_unsaved()
            return final_or_none
        except BaseException as bug:
            # A bug: save what arrived, then let it reach the excepthook.
            with contextlib.suppress(Exception):
                saving.finish(outcome(MessageStatus.FAILED, EndReason.APP_ERROR, error=type(bug).__name__))
            raise
        if got.calls and runner is not None:
            return await self._call_tools(cid, answer, saving, outcome, got, runner, specs, listener,
                                          plan.messages, chat)
        final = saving.finish(outcome(MessageStatus.COMPLETE, EndReason.FINISHED, finish_reason=got.finish))
        listener(AnswerEnded(cid, answer.id, final, None, got.usage, EndReason.FINISHED))
        self.context.learn(chat.model, plan.messages, got.usage)
        if self._after_answer is not None:
            try:
                self._after_answer(cid, chat.model)
            except Exception:  # a nicety (the title) must never spoil a saved answer
                log.exception("after-answer hook failed")
        saving.raise_if_unsaved()
        return final

    async def _call_tools(
        self, cid: int, answer: Message, saving: Saving, outcome: Callable[..., AnswerOutcome],
        got: _Received, runner: ToolRunner, specs: tuple[ToolSpec, ...], listener: Listener,
        sent: tuple[ChatMessage, ...], chat: ChatContext,
    ) -> _ToolTurn:  # fmt: skip
        """The answer asked for tools: it is saved with its calls, each call is decided, run and its
        result saved; the caller asks the model again."""
        self.store.set_tool_calls(answer.id, got.calls)
        final = saving.finish(outcome(MessageStatus.COMPLETE, EndReason.FINISHED,
                                      finish_reason=FinishReason.TOOL_CALLS))
        saving.raise_if_unsaved()
        final = self.store.get_message(answer.id) or final
        self._in_tools.add(cid)  # between two requests the chat is still answering
        listener(AnswerEnded(cid, answer.id, final, None, got.usage, EndReason.FINISHED))
        self.context.learn(chat.model, sent, got.usage)
        round_ = ToolRound(self.store, runner, self.approver, timeout_s=self._tool_timeout_s)
        await round_.run(cid, answer.id, got.calls, specs, listener)
        self._changed(cid)
        return _ToolTurn(self.store.get_message(answer.id) or final)

    async def _receive(
        self, cid: int, answer: Message, stream: AsyncGenerator[StreamEvent, None], saving: Saving,
        listener: Listener, got: _Received,
    ) -> None:  # fmt: skip
        """Read one request's events into the answer (text, thinking) and `got` (usage, finish)."""
        async with aclosing(stream) as events:
            async for event in events:
                if isinstance(event, TextDelta):
                    saving.append(event.text, "")
                    listener(AnswerDelta(cid, answer.id, text=event.text))
                elif isinstance(event, ReasoningDelta):
                    saving.append("", event.text)
                    listener(AnswerDelta(cid, answer.id, reasoning=event.text))
                elif isinstance(event, UsageReport):
                    got.usage = event.usage
                elif isinstance(event, Finished):
                    got.finish = event.reason
                elif isinstance(event, ToolCallsRequested):
                    got.calls = (*event.calls, *(_as_call(m) for m in event.malformed if m.name))
                elif isinstance(event, ImageReceived):
                    # MBs into the history: on a worker thread, not the window's
                    await asyncio.to_thread(self._keep_image, cid, answer, event)
                    self._changed(cid)
                elif isinstance(event, RemoteImage):
                    # never fetched: written into the answer, where the chat shows a placeholder
                    text = f"\n\n![image]({event.url})\n\n"
                    saving.append(text, "")
                    listener(AnswerDelta(cid, answer.id, text=text))
                elif isinstance(event, Retrying):
                    listener(AnswerRetrying(cid, answer.id, event.delay, event.attempt,
                                            event.max_attempts, event.error))

    async def _with_images(self, messages: tuple[ChatMessage, ...]) -> list[ChatMessage]:
        """The request's messages with their pictures' bytes, read on a worker thread when there are
        any (MBs from the history)."""
        if not any(m.images for m in messages):
            return list(messages)
        return await asyncio.to_thread(with_image_bytes, messages, self.store.blob)

    def _keep_image(self, cid: int, answer: Message, event: ImageReceived) -> None:
        """An image the model drew: stored with the answer at once (crash-safe like its text).
        Blocking (it writes the picture): run on a worker thread."""
        from desktop_chat.services.ingest import image_mime, image_size

        mime = image_mime(event.data) or event.mime
        sha = self.store.put_blob(event.data)
        number = len(self._images_so_far(answer.id)) + 1
        extension = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}
        name = f"image-{cid}-{answer.id}-{number}.{extension.get(mime, 'png')}"
        width, height = image_size(event.data) or (None, None)
        self.store.add_attachment(answer.id, NewAttachment(
            AttachmentKind.IMAGE, name, mime, len(event.data), sha, width=width, height=height))

    def _images_so_far(self, answer_id: int) -> tuple[Attachment, ...]:
        found = self.store.get_message(answer_id)
        return () if found is None else found.attachments

    def _failed(
        self,
        cid: int,
        saving: Saving,
        error: GatewayError,
        outcome: Callable[..., AnswerOutcome],
        listener: Listener,
        usage: Usage | None,
    ) -> Message | None:
        writer = saving.writer
        problem = error.problem
        words = error.server_message  # the gateway's own words, kept as a technical detail
        final: Message | None
        if isinstance(error, PartialAnswerError):
            # What the stream delivered is already in the writer (the error's partial text repeats it).
            status = MessageStatus.INTERRUPTED if problem is Problem.BROKEN_OFF else MessageStatus.FAILED
            final = saving.finish(outcome(status, EndReason.FAILED, problem, words))
        elif isinstance(error, _NOTHING_SENT) and not writer.text and not writer.reasoning:
            saving.finish(outcome(MessageStatus.FAILED, EndReason.FAILED, problem, words))
            saving.raise_if_unsaved()
            self.store.delete_message(writer.message_id)  # the user's message is the leaf again
            final = None
        else:
            final = saving.finish(outcome(MessageStatus.FAILED, EndReason.FAILED, problem, words))
        log.info("answer %s ended: %s (HTTP %s)", writer.message_id, type(error).__name__, error.status)
        listener(AnswerEnded(cid, writer.message_id, final, error, usage, EndReason.FAILED))
        return final

