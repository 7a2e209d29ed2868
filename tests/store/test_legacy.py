"""The sentences older releases saved with an answer, read back as end reasons and problems."""

from __future__ import annotations

import pytest

from desktop_chat.domain import EndReason, MessageStatus, Problem, Role
from desktop_chat.store.legacy import legacy_end, legacy_sentences

FAILED, INTERRUPTED = MessageStatus.FAILED, MessageStatus.INTERRUPTED


@pytest.mark.parametrize(
    ("status", "error", "expected"),
    [
        (MessageStatus.COMPLETE, None, (EndReason.FINISHED, None, None)),
        (MessageStatus.STREAMING, None, (EndReason.NONE, None, None)),
        (INTERRUPTED, "You stopped this answer.", (EndReason.STOPPED, None, None)),
        (INTERRUPTED, "The app closed before the answer finished.", (EndReason.APP_CLOSED, None, None)),
        (FAILED, "Something went wrong inside the app.", (EndReason.APP_ERROR, None, None)),
        (INTERRUPTED, None, (EndReason.FAILED, Problem.BROKEN_OFF, None)),
        (INTERRUPTED, "  ", (EndReason.FAILED, Problem.BROKEN_OFF, None)),
        (FAILED, None, (EndReason.FAILED, Problem.GATEWAY, None)),
        (
            FAILED,
            "This model isn't available with your key.",
            (EndReason.FAILED, Problem.MODEL_NOT_AVAILABLE, None),
        ),
        (FAILED, "The model service took too long to answer.", (EndReason.FAILED, Problem.TIMEOUT, None)),
        (
            INTERRUPTED,
            "The gateway sent back an empty answer (this can happen when a conversation is too long).",
            (EndReason.FAILED, Problem.EMPTY_ANSWER, None),
        ),
        (FAILED, "HTTP 418: teapot says no", (EndReason.FAILED, Problem.GATEWAY, "HTTP 418: teapot says no")),
    ],
)
def test_legacy_end(status: MessageStatus, error: str | None, expected: tuple[object, ...]) -> None:
    assert legacy_end(status, error) == expected


def test_only_answers_have_an_end_reason() -> None:
    assert legacy_end(MessageStatus.COMPLETE, None, role=Role.USER) == (EndReason.NONE, None, None)
    assert legacy_end(FAILED, "odd", role=Role.SYSTEM) == (EndReason.NONE, None, "odd")


def test_every_known_sentence_is_dropped_and_only_the_generic_one_reads_as_gateway() -> None:
    sentences = legacy_sentences()
    assert len(sentences) == len(set(sentences)) >= 18
    for sentence in sentences:
        end, problem, kept = legacy_end(FAILED, sentence)
        assert kept is None, sentence
        if end is EndReason.FAILED and problem is Problem.GATEWAY:
            assert sentence == "Something went wrong while talking to the gateway."
    covered = {legacy_end(FAILED, s)[1] for s in sentences} - {None}
    # Problems that came after answers stopped being saved as sentences never had one.
    newer = {Problem.IMAGES_NOT_SUPPORTED, Problem.TOOLS_NOT_SUPPORTED}
    assert covered == set(Problem) - newer, "every kind of failure of that time had an old sentence"
