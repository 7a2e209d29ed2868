"""The chat use cases: send, regenerate, edit & resend, continue, retry — tying the gateway to history.

Why: the order of saving and sending is what keeps people's words safe. The user's message is
committed *before* the request goes out; the answer row exists (status STREAMING, via the store's
AnswerWriter) before the first token, so a crash leaves something `recover_interrupted` can mark;
and every way an answer ends is saved with the right status:

    COMPLETE     the gateway finished (any finish_reason; `length` offers Continue in the UI)
    INTERRUPTED  the user stopped it (task cancelled) or the stream broke off (IncompleteAnswer);
                 the partial text is kept
    FAILED       the gateway reported an error; its plain message is saved, partial text kept

One exception: when the gateway could not be reached at all (ConnectionFailed/InsecureConnection,
nothing arrived), the empty answer row is deleted — the user's message stays as the last one of
the branch, "not sent yet", and Retry sends it when the connection is back.

"Continue" (after Stop, a broken stream or a length cut) saves the continuation as a NEW answer
message, a child of the partial one: the request is the branch up to the partial answer plus a
short, unsaved instruction to go on. A new message keeps the store's crash-safe writer, usage and
status for the continuation; `build_context` joins consecutive assistant messages, so later
requests (and the model) see one answer.

Stop = cancel the asyncio task running the use case: the HTTP stream is closed at once (the client
closes its connection on cancellation), the answer is saved as INTERRUPTED, and CancelledError
propagates. No Qt here: progress goes to a `Listener` (see services.events).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import Callable
from contextlib import aclosing
from typing import TYPE_CHECKING

from desktop_chat.api import (
    ChatRequest,
    ConnectionFailed,
    ErrorAction,
    Finished,
    GatewayError,
    InsecureConnection,
    InvalidRequest,
    PartialAnswerError,
    ReasoningDelta,
    Retrying,
    TextDelta,
    UsageReport,
)
from desktop_chat.domain import ChatMessage, Conversation, FinishReason, Message, MessageStatus, Role, Usage
from desktop_chat.services.context import build_context, build_continue_context
from desktop_chat.services.events import AnswerDelta, AnswerEnded, AnswerRetrying, Listener, TurnStarted
from desktop_chat.services.unsaved import UnsavedAnswers
from desktop_chat.store import StoreError

if TYPE_CHECKING:
    from desktop_chat.api import GatewayClient
    from desktop_chat.store import AnswerWriter, HistoryStore

log = logging.getLogger(__name__)

FLUSH_CHECK_S = 0.25  # how often a silent stream's buffered text is offered to the store
_NOTHING_SENT = (ConnectionFailed, InsecureConnection)
STOPPED_MESSAGE = "You stopped this answer."  # saved with an answer the person stopped
CLOSED_MESSAGE = "The app closed before the answer finished."  # = store.writer.INTERRUPTED_BY_QUIT


class NothingToDo(Exception):
    """The use case does not apply (e.g. Continue on a complete answer); `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ChatService:
    """Runs one answer per call; several calls may run at once (one per conversation).

    `client` is a callable so a changed key or gateway (settings) is picked up by the next request.
    `default_model` gives the model for conversations that have none yet.
    """

    def __init__(
        self,
        store: HistoryStore,
        client: Callable[[], GatewayClient],
        *,
        default_model: Callable[[], str],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self._client = client
        self._default_model = default_model
        self._clock = clock
        self._writers: dict[int, AnswerWriter] = {}  # answer id → writer, while streaming
        self._closing = False  # the app is quitting: a cancelled answer was not stopped by a person
        # answers whose stream ended but whose final save failed: retried on a timer and at quit
        self.unsaved = UnsavedAnswers()

    def begin_shutdown(self) -> None:
        """The app is quitting: answers cancelled from now on read "The app closed before…"."""
        self._closing = True

    @property
    def active_writers(self) -> tuple[AnswerWriter, ...]:
        return tuple(self._writers.values())

    def interrupt_all(self) -> int:
        """Quitting: save every streaming answer as INTERRUPTED now, synchronously; returns how many.

        The tasks are normally cancelled and finish their answers themselves; this is for when the
        loop may not get to run them (the app is going away). A finished writer ignores a second
        finish, so a task that still runs later changes nothing. Answers that ended but could not
        be saved get one more try with their real outcome (else the store's close() saves them).
        """
        self.unsaved.stop()
        self.unsaved.retry()
        count = 0
        for writer in list(self._writers.values()):
            if not writer.finished:
                with contextlib.suppress(Exception):
                    writer.finish(status=MessageStatus.INTERRUPTED, error=CLOSED_MESSAGE)
                    count += 1
        return count

    def _gateway(self) -> GatewayClient:
        """The client, asked for before anything is saved (no key → NothingToDo, nothing written)."""
        return self._client()

    # --- use cases ---------------------------------------------------------------------------------
    async def send(self, conversation_id: int, text: str, listener: Listener) -> Message | None:
        """Save `text` as the user's next message on the current branch, then stream the answer."""
        self._gateway()
        if not text.strip():
            raise NothingToDo("There is nothing to send.")
        conversation = self._conversation(conversation_id)
        user = self.store.add_message(
            conversation_id, parent_id=conversation.current_leaf_id, role=Role.USER, content=text
        )
        if conversation.draft:
            self.store.save_draft(conversation_id, "")
        return await self._answer(conversation_id, user, listener, user_message=user)

    async def edit_and_resend(
        self, conversation_id: int, user_message_id: int, new_text: str, listener: Listener
    ) -> Message | None:
        """A new sibling of an earlier user message, with a fresh answer (the old branch is kept)."""
        self._gateway()
        if not new_text.strip():
            raise NothingToDo("There is nothing to send.")
        original = self._message(user_message_id)
        if original.role is not Role.USER:
            raise NothingToDo("Only your own messages can be edited.")
        user = self.store.add_message(
            conversation_id, parent_id=original.parent_id, role=Role.USER, content=new_text
        )
        return await self._answer(conversation_id, user, listener, user_message=user)

    async def regenerate(self, conversation_id: int, answer_id: int, listener: Listener) -> Message | None:
        """A new answer beside an existing one (shown as ‹ 2/2 ›)."""
        self._gateway()
        answer = self._message(answer_id)
        if answer.role is not Role.ASSISTANT or answer.parent_id is None:
            raise NothingToDo("Only an answer can be regenerated.")
        parent = self._message(answer.parent_id)
        while parent.role is Role.ASSISTANT and parent.parent_id is not None:
            parent = self._message(parent.parent_id)  # regenerate a continuation: redo the whole answer
        return await self._answer(conversation_id, parent, listener)

    async def retry(self, conversation_id: int, message_id: int, listener: Listener) -> Message | None:
        """Send again: a user message not answered yet, or a failed/stopped answer.

        An answer with no text at all is replaced (removed, then answered afresh); one with text is
        kept and a new sibling answer is made, like Regenerate.
        """
        self._gateway()
        message = self._message(message_id)
        if message.role is Role.USER:
            return await self._answer(conversation_id, message, listener)
        if message.parent_id is None:
            raise NothingToDo("This message can't be sent again.")
        parent = self._message(message.parent_id)
        if not message.content.strip() and message.status is not MessageStatus.COMPLETE:
            self.store.delete_message(message.id)
        if parent.role is Role.ASSISTANT:  # a failed continuation: ask again to go on, not to reply
            conversation = self._conversation(conversation_id)
            branch = self.store.branch(conversation_id, parent.id)
            context = build_continue_context(conversation.system_prompt, branch)
            return await self._run(conversation, parent, context, listener, user_message=None)
        return await self._answer(conversation_id, parent, listener)

    async def continue_answer(
        self, conversation_id: int, answer_id: int, listener: Listener
    ) -> Message | None:
        """Ask the model to go on from a stopped, broken or length-cut answer (see module doc)."""
        self._gateway()
        answer = self._message(answer_id)
        if answer.role is not Role.ASSISTANT:
            raise NothingToDo("Only an answer can be continued.")
        if answer.status is MessageStatus.COMPLETE and answer.finish_reason is not FinishReason.LENGTH:
            raise NothingToDo("This answer is already complete.")
        if not answer.content.strip():
            return await self.retry(conversation_id, answer_id, listener)
        conversation = self._conversation(conversation_id)
        branch = self.store.branch(conversation_id, answer.id)
        context = build_continue_context(conversation.system_prompt, branch)
        return await self._run(conversation, answer, context, listener, user_message=None)

    # --- the common part ---------------------------------------------------------------------------
    def _conversation(self, conversation_id: int) -> Conversation:
        conversation = self.store.get_conversation(conversation_id)
        if conversation is None:
            raise NothingToDo("This chat no longer exists.")
        return conversation

    def _message(self, message_id: int) -> Message:
        message = self.store.get_message(message_id)
        if message is None:
            raise NothingToDo("This message no longer exists.")
        return message

    async def _answer(
        self,
        conversation_id: int,
        parent: Message,
        listener: Listener,
        *,
        user_message: Message | None = None,
    ) -> Message | None:
        conversation = self._conversation(conversation_id)
        context = build_context(conversation.system_prompt, self.store.branch(conversation_id, parent.id))
        return await self._run(conversation, parent, context, listener, user_message=user_message)

    async def _run(
        self,
        conversation: Conversation,
        parent: Message,
        context: list[ChatMessage],
        listener: Listener,
        *,
        user_message: Message | None,
    ) -> Message | None:
        cid = conversation.id
        model = conversation.model or self._default_model()
        client = self._gateway()
        writer = self.store.start_answer(cid, parent_id=parent.id, model=model, params=conversation.params)
        answer = self.store.get_message(writer.message_id)
        assert answer is not None
        self._writers[answer.id] = writer
        flusher = _KeepFlushing(writer)
        try:
            return await self._stream(cid, answer, model, context, conversation, writer, client, listener,
                                      user_message)
        finally:
            flusher.stop()
            self._writers.pop(answer.id, None)

    async def _stream(
        self,
        cid: int,
        answer: Message,
        model: str,
        context: list[ChatMessage],
        conversation: Conversation,
        writer: AnswerWriter,
        client: GatewayClient,
        listener: Listener,
        user_message: Message | None,
    ) -> Message | None:
        listener(TurnStarted(cid, user_message, answer))
        started = self._clock()
        usage: Usage | None = None
        finish: FinishReason | None = None
        saving = _Saving(writer, answer, self.unsaved)
        try:
            request = ChatRequest(model, context, conversation.params)
            async with aclosing(client.stream_chat(request)) as events:
                async for event in events:
                    if isinstance(event, TextDelta):
                        saving.append(event.text, "")
                        listener(AnswerDelta(cid, answer.id, text=event.text))
                    elif isinstance(event, ReasoningDelta):
                        saving.append("", event.text)
                        listener(AnswerDelta(cid, answer.id, reasoning=event.text))
                    elif isinstance(event, UsageReport):
                        usage = event.usage
                    elif isinstance(event, Finished):
                        finish = event.reason
                    elif isinstance(event, Retrying):
                        listener(AnswerRetrying(cid, answer.id, event.delay, event.attempt,
                                                event.max_attempts, event.error))
        except asyncio.CancelledError:
            said = CLOSED_MESSAGE if self._closing else STOPPED_MESSAGE
            final = self._finish(saving, MessageStatus.INTERRUPTED, usage, None, started, said)
            listener(AnswerEnded(cid, answer.id, final, None, usage, stopped=True))
            raise
        except GatewayError as error:
            final_or_none = self._failed(cid, saving, error, usage, started, listener)
            saving.raise_if_unsaved()
            return final_or_none
        except InvalidRequest as bad:
            error = GatewayError(bad.message)
            error.action = ErrorAction.CHOOSE_MODEL if bad.field == "model" else ErrorAction.NONE
            final_or_none = self._failed(cid, saving, error, usage, started, listener)
            saving.raise_if_unsaved()
            return final_or_none
        except BaseException:
            # A bug: save what arrived, then let it reach the excepthook.
            with contextlib.suppress(Exception):
                self._finish(saving, MessageStatus.FAILED, usage, None, started,
                             "Something went wrong inside the app.")
            raise
        final = self._finish(saving, MessageStatus.COMPLETE, usage, finish, started, None)
        listener(AnswerEnded(cid, answer.id, final, None, usage))
        saving.raise_if_unsaved()
        return final

    def _failed(
        self,
        cid: int,
        saving: _Saving,
        error: GatewayError,
        usage: Usage | None,
        started: float,
        listener: Listener,
    ) -> Message | None:
        writer = saving.writer
        final: Message | None
        if isinstance(error, PartialAnswerError):
            # What the stream delivered is already in the writer (the error's partial text repeats it).
            broken_off = error.action is ErrorAction.CONTINUE
            status = MessageStatus.INTERRUPTED if broken_off else MessageStatus.FAILED
            # an interrupted answer already reads "stopped before it was finished": don't say it twice
            said = None if broken_off and error.message == type(error).default_message else error.message
            final = self._finish(saving, status, usage, None, started, said)
        elif isinstance(error, _NOTHING_SENT) and not writer.text and not writer.reasoning:
            self._finish(saving, MessageStatus.FAILED, usage, None, started, error.message)
            saving.raise_if_unsaved()
            self.store.delete_message(writer.message_id)  # the user's message is the leaf again
            final = None
        else:
            final = self._finish(saving, MessageStatus.FAILED, usage, None, started, error.message)
        log.info("answer %s ended: %s (HTTP %s)", writer.message_id, type(error).__name__, error.status)
        listener(AnswerEnded(cid, writer.message_id, final, error, usage))
        return final

    def _finish(
        self,
        saving: _Saving,
        status: MessageStatus,
        usage: Usage | None,
        finish: FinishReason | None,
        started: float,
        error: str | None,
    ) -> Message:
        latency = int((self._clock() - started) * 1000)
        return saving.finish(
            status=status, usage=usage, finish_reason=finish, error=error, latency_ms=latency
        )


class _Saving:
    """One answer's writer, kept streaming through store failures (disk full, read-only file).

    A failed write leaves the text in the writer's memory: the stream goes on, later flushes retry,
    and if even the final save fails the answer is reported from memory, held in `UnsavedAnswers`
    (retried every 0.5 s and at quit; the store's `close()` is the last resort) and the StoreError
    reaches the user as a plain banner.
    """

    def __init__(self, writer: AnswerWriter, answer: Message, unsaved: UnsavedAnswers) -> None:
        self.writer = writer
        self._answer = answer
        self._held = unsaved
        self._trouble: StoreError | None = None  # the first failed write
        self._unsaved: StoreError | None = None  # the final save failed

    def append(self, text: str, reasoning: str) -> None:
        try:
            self.writer.append(text, reasoning)
        except StoreError as error:  # the chunk is buffered; a later flush or finish retries
            if self._trouble is None:
                self._trouble = error
                log.warning("answer %s: saving failed mid-stream, text kept in memory: %s",
                            self.writer.message_id, error.detail or error)

    def finish(self, **outcome: object) -> Message:
        try:
            return self.writer.finish(**outcome)  # type: ignore[arg-type]
        except StoreError as error:
            self._unsaved = error
            log.warning("answer %s could not be saved; kept in memory: %s",
                        self.writer.message_id, error.detail or error)
            memory = dataclasses.replace(
                self._answer, content=self.writer.text, reasoning=self.writer.reasoning,
                status=outcome["status"], usage=outcome["usage"], finish_reason=outcome["finish_reason"],
                error=outcome["error"], latency_ms=outcome["latency_ms"],
            )  # type: ignore[arg-type]  # fmt: skip
            self._held.add(self.writer, outcome, memory, error)  # saved later, on a timer or at quit
            return memory

    def raise_if_unsaved(self) -> None:
        if self._unsaved is not None:
            raise self._unsaved


class _KeepFlushing:
    """Offers the writer's buffer to the store every FLUSH_CHECK_S while the stream is silent.

    The writer checks its 0.5 s interval only when text arrives; a model that pauses mid-answer
    would otherwise leave the last chunks unsaved for as long as it is silent.
    """

    def __init__(self, writer: AnswerWriter) -> None:
        self._writer = writer
        self._loop = asyncio.get_running_loop()
        self._handle: asyncio.TimerHandle | None = self._loop.call_later(FLUSH_CHECK_S, self._tick)

    def _tick(self) -> None:
        if self._writer.finished:
            self._handle = None
            return
        try:
            self._writer.flush_if_due()
        except StoreError:  # the text stays buffered; the answer's end reports a lasting failure
            pass
        self._handle = self._loop.call_later(FLUSH_CHECK_S, self._tick)

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
