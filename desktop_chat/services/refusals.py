"""`NothingToDo`: a use case that did not run, with the typed reason why.

Why an exception of its own: "there is nothing to send", "an answer is streaming in this chat" or
"this message no longer exists" are neither bugs nor failures of the world; nothing was sent or
saved. The services raise it with a `Refusal` value and the UI words that value (one sentence per
value, written in the UI layer only).
"""

from __future__ import annotations

import enum

from desktop_chat.domain import Refusal


class NothingToDo(Exception):
    """The use case does not apply; `refusal` says why."""

    def __init__(self, refusal: Refusal) -> None:
        self.refusal = Refusal(refusal)
        super().__init__(self.refusal.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.refusal!r})"


class MissingKey(NothingToDo):
    """No usable API key: nothing may be sent (a gateway answers 500 without Authorization)."""

    def __init__(self) -> None:
        super().__init__(Refusal.NO_KEY)


class Forbidden(enum.StrEnum):
    """What the organisation's policy does not allow (the UI words each one)."""

    MODEL = "model"  # the chat's model is not among the policy's allowed_models
    EXPORT = "export"
    IMPORT = "import"
    OWN_MCP_SERVERS = "own_mcp_servers"  # tool servers of the person's own


class NotAllowed(NothingToDo):
    """The system policy forbids this use case; `what` says which. Nothing was sent or saved."""

    def __init__(self, what: Forbidden) -> None:
        super().__init__(Refusal.NOT_ALLOWED)
        self.what = Forbidden(what)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.what!r})"
