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
    e.g. `GatewayError.details`); only known for answers that failed in this session — after a
    restart only the saved plain sentence is left, and the card then offers no Details.
    """

    message: Message
    sibling_index: int = 1
    sibling_count: int = 1
    sibling_ids: tuple[int, ...] = ()
    failure_details: str = ""

    @property
    def id(self) -> int:
        return self.message.id

    def sibling_id(self, step: int) -> int | None:
        """The id of the sibling `step` places away, if known and in range."""
        target = self.sibling_index - 1 + step
        if len(self.sibling_ids) == self.sibling_count and 0 <= target < self.sibling_count:
            return self.sibling_ids[target]
        return None
