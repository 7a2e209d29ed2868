"""What the next request sends, how much of the model's window that takes, and learning from each answer.

Why a service of its own: the send path (ChatService), the summariser and the context meter under
the composer must agree on one plan — the system prompt, a summary standing in for earlier turns
when there is one, and the newest turns that fit the model's window minus the answer's reserve
(`services.trimming`) — estimated by one calibrated counter (`services.tokens`) that learns from
the gateway's own `usage.prompt_tokens` of every answer. Calibrations and limits named by context
errors are kept per gateway and model (`ModelKnowledge`), so the estimate is right after a restart.

Previews for the meter are cheap while typing: the chat's branch is read once (off the UI thread,
`load_branch`) and kept until its messages change; each keystroke only shapes the draft.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_chat.domain import (
    Attachment,
    ChatMessage,
    GenerationParams,
    ImagePart,
    LimitSource,
    Message,
    Role,
    Summary,
    Usage,
)
from desktop_chat.services.context import images_tokens, sent_images, sent_text
from desktop_chat.services.model_limits import ModelKnowledge, ModelLimits
from desktop_chat.services.tokens import Calibration, ContextEstimator
from desktop_chat.services.trimming import ContextPlan, CutReason, plan_context

if TYPE_CHECKING:
    from desktop_chat.api import ContextTooLong

log = logging.getLogger(__name__)

NEAR_LIMIT = 0.8  # the meter turns amber from this share of the prompt budget
RETRY_MARGIN = 0.9  # after a context error, aim this far below the limit it named
_draft_ids = itertools.count(1)


@dataclass(frozen=True, slots=True)
class ContextPreview:
    """What sending now would do: tokens, the window, and what is left out (for the meter and divider)."""

    model: str
    estimated_tokens: int  # the request as it would be sent, the draft included
    limits: ModelLimits
    budget: int | None  # tokens the messages may take (window minus the answer's reserve)
    plan: ContextPlan  # when nothing is cut, its `messages` are not worked out (the meter needs none)

    @property
    def window(self) -> int | None:
        return self.limits.context_window

    @property
    def window_source(self) -> LimitSource:
        return self.limits.window_source

    @property
    def left_out(self) -> int:
        return self.plan.left_out

    @property
    def near_limit(self) -> bool:
        return self.budget is not None and self.estimated_tokens >= NEAR_LIMIT * self.budget

    @property
    def over_limit(self) -> bool:
        return not self.plan.fits


@dataclass(frozen=True, slots=True)
class ChatContext:
    """What a chat is sent with besides its messages."""

    model: str
    params: GenerationParams
    system_prompt: str
    keep_turns: int | None = None


def summary_in_force(branch: Sequence[Message], summaries: Sequence[Summary]) -> Summary | None:
    """The summary reaching furthest down `branch` (newest first among those of the same message)."""
    if not summaries:
        return None
    position = {m.id: i for i, m in enumerate(branch)}
    best: tuple[int, int] | None = None
    found: Summary | None = None
    for summary in summaries:
        at = position.get(summary.through_message_id)
        if at is not None and (best is None or (at, summary.id) > best):
            best, found = (at, summary.id), summary
    return found


class ContextService:
    """Plans requests and previews, and learns the gateway's counts; see the module docstring."""

    def __init__(self, knowledge: ModelKnowledge) -> None:
        self.knowledge = knowledge
        self._send = ContextEstimator()  # the send path's cache
        self._preview = ContextEstimator()  # the meter's cache (a different branch may be on screen)
        self._calibrations: dict[str, Calibration] = {}

    # --- calibration -------------------------------------------------------------------------------
    def calibration(self, model: str) -> Calibration:
        found = self._calibrations.get(model)
        if found is None:
            saved = self.knowledge.calibration(model)
            found = Calibration() if saved is None else Calibration.from_dict(saved)
            self._calibrations[model] = found
        return found

    def learn(self, model: str, sent: Sequence[ChatMessage], usage: Usage | None) -> None:
        """The gateway counted `usage.prompt_tokens` for `sent`: move the estimate toward it."""
        if usage is None or not usage.prompt_tokens:
            return
        calibration = self.calibration(model)
        text_tokens = usage.prompt_tokens - images_tokens(sent)  # images are not text: priced apart
        if text_tokens > 0 and calibration.learn(self._send.shape_of_messages(sent), text_tokens):
            self.knowledge.keep_calibration(model, calibration.to_dict())

    def count(self, model: str, message: ChatMessage) -> int:
        return self._send.count(self.calibration(model), message)

    def count_text(self, model: str, text: str) -> int:
        return self.count(model, ChatMessage(Role.USER, text))

    # --- plans -------------------------------------------------------------------------------------
    def plan(
        self, chat: ChatContext, branch: Sequence[Message], summaries: Sequence[Summary] = (), *,
        instruction: ChatMessage | None = None, budget: int | None = None,
    ) -> ContextPlan:  # fmt: skip
        """What to send for `branch` (root → the message to answer); `budget` overrides the window's."""
        if budget is None:
            budget = self.knowledge.limits(chat.model).prompt_budget(chat.params)
        calibration = self.calibration(chat.model)
        estimator = self._send
        return plan_context(
            chat.system_prompt, branch, budget=budget, keep_turns=chat.keep_turns,
            summary=summary_in_force(branch, summaries),
            count=lambda message: estimator.count(calibration, message), instruction=instruction,
        )  # fmt: skip

    def budget_after_error(self, chat: ChatContext, error: ContextTooLong, sent: ContextPlan) -> int:
        """A context error: learn the limit it names (per gateway and model); the budget to retry with.

        With no number in the error, the window is taken to be half of what was just sent. When the
        gateway named what the request took (`requested`), the estimate is scaled by how far off it was.
        """
        estimated = max(1, sent.estimated_tokens)
        if error.limit is not None:
            self.knowledge.learn_window(chat.model, error.limit)
            reserve = self.knowledge.limits(chat.model).answer_reserve(chat.params)  # for the new window
            room = max(1, error.limit - reserve)
            scale = estimated / max(1, error.requested - (chat.params.max_tokens or 0)) \
                if error.requested else 1.0
            return max(1, int(room * min(1.0, scale) * RETRY_MARGIN))
        # no number: the window is taken to be half of what was just sent (learned, so the chat stays
        # under it; a later error with a number corrects it)
        self.knowledge.learn_window(chat.model, max(256, estimated // 2))
        return self.knowledge.limits(chat.model).prompt_budget(chat.params) or max(1, estimated // 4)

    def preview(
        self, chat: ChatContext, branch: Sequence[Message], summaries: Sequence[Summary], draft: str,
        attachments: Sequence[Attachment] = (),
    ) -> ContextPreview:  # fmt: skip
        """The meter's figures: sending `draft` (with `attachments`) now, after `branch`, in this chat."""
        limits = self.knowledge.limits(chat.model)
        budget = limits.prompt_budget(chat.params)
        messages: Sequence[Message] = branch
        draft_images: tuple[ImagePart, ...] = ()
        if draft.strip() or attachments:
            pending = Message(
                id=-next(_draft_ids), conversation_id=branch[0].conversation_id if branch else 0,
                parent_id=branch[-1].id if branch else None, role=Role.USER, content=draft,
                created_at=0.0, updated_at=0.0, attachments=tuple(attachments),
            )  # fmt: skip
            messages = [*branch, pending]
            draft, draft_images = sent_text(pending), sent_images(pending)
        calibration = self.calibration(chat.model)
        estimator = self._preview
        summary = summary_in_force(branch, summaries)
        if summary is None and chat.keep_turns is None:
            # the common case, while typing: if everything fits, nothing is cut — the estimator's
            # running sums give the total without planning the whole branch again
            total = estimator.estimate(calibration, chat.system_prompt, branch, draft, draft_images)
            if budget is None or total <= budget:
                whole = ContextPlan((), 0, None, None, total, True, CutReason.NOTHING_CUT)
                return ContextPreview(chat.model, total, limits, budget, whole)
        plan = plan_context(
            chat.system_prompt, messages, budget=budget, keep_turns=chat.keep_turns, summary=summary,
            count=lambda message: estimator.count(calibration, message),
        )  # fmt: skip
        return ContextPreview(chat.model, plan.estimated_tokens, limits, budget, plan)
