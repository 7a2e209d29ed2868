"""Why an answer ended, read back from what older releases saved: a status and an English sentence.

Why: before schema version 3 an answer's outcome was a `MessageStatus` plus a plain-language
sentence in `messages.error`, and the app decided what to offer by comparing that sentence. The
sentences below are the ones shipped releases wrote; a file written by them never changes, so this
table is data, frozen here. The schema migration and the importer of older archives both call
`legacy_end`, so an old row and an old export read the same way.
"""

from __future__ import annotations

from types import MappingProxyType

from ..domain import EndReason, MessageStatus, Problem, Role

# The sentences older releases saved in `messages.error`, and what each one meant.
_ENDINGS: MappingProxyType[str, EndReason] = MappingProxyType(
    {
        "You stopped this answer.": EndReason.STOPPED,
        "The app closed before the answer finished.": EndReason.APP_CLOSED,
        "Something went wrong inside the app.": EndReason.APP_ERROR,
    }
)

# The gateway client's default sentence of each error class, as shipped, and its Problem.
_PROBLEMS: MappingProxyType[str, Problem] = MappingProxyType(
    {
        "Something went wrong while talking to the gateway.": Problem.GATEWAY,
        "The gateway did not accept your API key.": Problem.KEY_REJECTED,
        "Your account can't use this model right now (quota or permission).": Problem.ACCESS_DENIED,
        "This address doesn't look like a chat gateway.": Problem.NOT_A_GATEWAY,
        "This model isn't available with your key.": Problem.MODEL_NOT_AVAILABLE,
        "This conversation is too long for the model.": Problem.CONTEXT_TOO_LONG,
        "Too many requests right now.": Problem.RATE_LIMITED,
        "The model service is having trouble.": Problem.SERVER_TROUBLE,
        "The model service took too long to answer.": Problem.TIMEOUT,
        "Can't reach the gateway. Check your internet connection or proxy.": Problem.NO_CONNECTION,
        "The connection isn't secure (certificate problem), so nothing was sent.": Problem.INSECURE,
        "The gateway turned this request down.": Problem.REQUEST_REFUSED,
        "The answer stopped before it was finished. What arrived is kept.": Problem.BROKEN_OFF,
        "The answer stopped before it was finished.": Problem.BROKEN_OFF,  # the first release's wording
        "The gateway sent back an empty answer (this can happen when a conversation is too long).": (
            Problem.EMPTY_ANSWER
        ),
        "The model service reported an error while answering. What arrived is kept.": Problem.STREAM_FAILED,
    }
)


def legacy_sentences() -> tuple[str, ...]:
    """Every sentence this table recognises (for tests and for the importer's checks)."""
    return (*_ENDINGS, *_PROBLEMS)


def legacy_end(
    status: MessageStatus, error: str | None, *, role: Role = Role.ASSISTANT
) -> tuple[EndReason, Problem | None, str | None]:
    """(end reason, problem, technical error text to keep) for a row saved before end reasons existed.

    Only answers have an end reason. A sentence this table knows is dropped (the end reason and
    problem say it all); any other text is the gateway's own words and stays as legacy detail.
    """
    status = MessageStatus(status)
    if Role(role) is not Role.ASSISTANT or status is MessageStatus.STREAMING:
        return EndReason.NONE, None, error
    if status is MessageStatus.COMPLETE:
        return EndReason.FINISHED, None, error
    text = (error or "").strip()
    if not text:
        if status is MessageStatus.INTERRUPTED:
            return EndReason.FAILED, Problem.BROKEN_OFF, None
        return EndReason.FAILED, Problem.GATEWAY, None
    ending = _ENDINGS.get(text)
    if ending is not None:
        return ending, None, None
    problem = _PROBLEMS.get(text)
    if problem is not None:
        return EndReason.FAILED, problem, None
    return EndReason.FAILED, Problem.GATEWAY, error
