"""Summarise them: a model writes a summary of the earlier messages that no longer fit the window.

Why a use case of its own: the person asks for it at the divider where the chat stops being sent,
and it may take a while — a 1,000-message chat summarised for an 8k model goes piece by piece,
each piece's summary carried into the next (`trimming.summary_chunks`), with progress after each
piece and Stop (cancel the task) at any time; nothing is saved until the last piece is done. The
summary is stored beside the branch (`HistoryStore.add_summary`): visible, editable, removable,
and sent in place of the messages it covers from the next request on. The model is the one chosen
in Settings for summaries, else the chat's own; its tokens count as a side request.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_chat.api import ChatRequest
from desktop_chat.domain import ChatMessage, GenerationParams, Refusal, SideRequest, Summary, Usage
from desktop_chat.services.changes import Change, ChangeKind, Changes
from desktop_chat.services.context_window import ChatContext, ContextService, summary_in_force
from desktop_chat.services.refusals import NothingToDo
from desktop_chat.services.trimming import summary_chunks, summary_request

if TYPE_CHECKING:
    from desktop_chat.api import GatewayClient
    from desktop_chat.store import HistoryStore

log = logging.getLogger(__name__)

SUMMARY_TOKENS = 1_024  # the longest summary asked for
_PARAMS = GenerationParams(temperature=0.2, max_tokens=SUMMARY_TOKENS)
_UNKNOWN_WINDOW_BUDGET = 24_000  # pieces for a model whose window is unknown


@dataclass(frozen=True, slots=True)
class SummaryProgress:
    """`done` of `total` pieces are summarised (0 of n when it starts)."""

    conversation_id: int
    done: int
    total: int


class Summariser:
    """Writes the summary of what the chat no longer sends; see the module docstring."""

    def __init__(
        self,
        store: HistoryStore,
        client: Callable[[], GatewayClient],
        context: ContextService,
        *,
        chat_context: Callable[[int], ChatContext],
        summary_model: Callable[[str], str],
        changes: Changes,
    ) -> None:
        self._store = store
        self._client = client
        self._context = context
        self._chat_context = chat_context
        self._summary_model = summary_model
        self._changes = changes

    async def summarise(
        self, conversation_id: int, progress: Callable[[SummaryProgress], None] = lambda _p: None
    ) -> Summary:
        """Summarise the branch on screen up to where it stops being sent; NothingToDo if all is sent."""
        client = self._client()  # MissingKey before anything else
        chat = self._chat_context(conversation_id)
        branch = self._store.branch(conversation_id)
        summaries = self._store.summaries(conversation_id)
        plan = self._context.plan(chat, branch, summaries)
        if plan.first_sent_id is None or plan.left_out == 0:
            raise NothingToDo(Refusal.NOTHING_TO_SUMMARISE)
        cut = next(i for i, m in enumerate(branch) if m.id == plan.first_sent_id)
        earlier = plan.summary_used or summary_in_force(branch, summaries)
        start = 0
        previous = ""
        if earlier is not None:
            start = next((i + 1 for i, m in enumerate(branch) if m.id == earlier.through_message_id), 0)
            previous = earlier.content
        to_summarise = branch[start:cut]
        if not to_summarise:
            raise NothingToDo(Refusal.NOTHING_TO_SUMMARISE)
        model = self._summary_model(chat.model)
        budget = self._context.knowledge.limits(model).prompt_budget(_PARAMS) or _UNKNOWN_WINDOW_BUDGET
        room = max(512, budget - 2 * SUMMARY_TOKENS - self._context.count_text(model, previous))

        def count(message: ChatMessage) -> int:
            return self._context.count(model, message)

        pieces = summary_chunks(to_summarise, budget=room, count=count)
        total = Usage(0, 0, 0)
        progress(SummaryProgress(conversation_id, 0, len(pieces)))
        for done, piece in enumerate(pieces, start=1):
            completion = await client.complete(ChatRequest(model, summary_request(previous, piece), _PARAMS))
            text = completion.text.strip()
            if text:
                previous = text
            if completion.usage is not None:
                total = Usage((total.prompt_tokens or 0) + (completion.usage.prompt_tokens or 0),
                              (total.completion_tokens or 0) + (completion.usage.completion_tokens or 0))
            progress(SummaryProgress(conversation_id, done, len(pieces)))
        if not previous.strip():
            raise NothingToDo(Refusal.NOTHING_TO_SUMMARISE)
        summary = self._store.add_summary(
            conversation_id, through_id=branch[cut - 1].id, content=previous, covered=cut, model=model,
            usage=total,
        )  # fmt: skip
        self._store.record_side_usage(SideRequest.SUMMARY, conversation_id=conversation_id, model=model,
                                      usage=total)
        self._changes.emit(Change(ChangeKind.MESSAGES, conversation_id))
        log.info("chat %s: summary of %d messages in %d pieces", conversation_id, cut, len(pieces))
        return summary
