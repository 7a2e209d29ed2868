"""`MessageEntry`: one row of the chat view — a stored message plus its place among siblings.

Why separate: it is the data contract between the main window (which reads the store) and the
chat view, and it carries no Qt types, so it can be built and compared anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_chat.domain import Message


@dataclass(frozen=True)
class MessageEntry:
    """A message as shown: `sibling_index` is 1-based among `sibling_count` alternatives.

    `sibling_ids` (optional, in sibling order) lets ‹ › name the message to show in
    `siblingRequested`; without it the view still emits `siblingStepRequested(id, ±1)`.
    `failure_details`: the technical facts of the gateway error that ended this answer (key-free,
    from `ui.words.gateway.error_details`); only known for answers that failed in this session —
    after a restart only what went wrong is left, and the card then offers no Details.
    `unsaved_because`: why an answer that ended is not saved yet (the disk is full); the card says
    so instead of offering Continue / Retry while the save is retried.
    `cost`: the answer's estimated cost in US dollars (None when its price or tokens are unknown).
    """

    message: Message
    sibling_index: int = 1
    sibling_count: int = 1
    sibling_ids: tuple[int, ...] = ()
    failure_details: str = ""
    unsaved_because: str = ""
    cost: float | None = None

    @property
    def id(self) -> int:
        return self.message.id

    def sibling_id(self, step: int) -> int | None:
        """The id of the sibling `step` places away, if known and in range."""
        target = self.sibling_index - 1 + step
        if len(self.sibling_ids) == self.sibling_count and 0 <= target < self.sibling_count:
            return self.sibling_ids[target]
        return None
