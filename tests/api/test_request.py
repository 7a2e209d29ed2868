"""Request validation names the field and its limits (typed); only the parameters that are set are sent."""

from __future__ import annotations

import pytest

from desktop_chat.api import ChatRequest, Flaw, InvalidRequest, RequestField
from desktop_chat.domain import ChatMessage, GenerationParams, Role

MESSAGES = [ChatMessage(Role.SYSTEM, "Be brief."), ChatMessage(Role.USER, "Hi")]


def test_only_set_parameters_are_sent() -> None:
    payload = ChatRequest("gemini-2.5-flash", MESSAGES).validate().to_payload()
    assert payload == {
        "model": "gemini-2.5-flash",
        "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}],
        "stream": True,
    }


def test_every_seed_parameter_is_sent_when_set() -> None:
    params = GenerationParams(
        temperature=0.7,
        top_p=0.9,
        max_tokens=1000,
        presence_penalty=-2,
        frequency_penalty=2,
        stop=("\n\n", "END"),
    )
    payload = ChatRequest("m", MESSAGES, params, stream=False, user="alice").validate().to_payload()
    assert payload | {"messages": None} == {
        "model": "m",
        "messages": None,
        "temperature": 0.7,
        "top_p": 0.9,
        "max_tokens": 1000,
        "presence_penalty": -2,
        "frequency_penalty": 2,
        "stop": ["\n\n", "END"],
        "user": "alice",
        "stream": False,
    }


def test_a_single_stop_sequence_is_sent_as_a_string() -> None:
    payload = ChatRequest("m", MESSAGES, GenerationParams(stop=("END",))).to_payload()
    assert payload["stop"] == "END"


T, OUT = RequestField, Flaw.OUT_OF_RANGE

# (params, field, flaw, low, high); the sentence for each is checked in tests/gui/test_words_gateway.py
OUT_OF_RANGE_CASES = [
    (GenerationParams(temperature=2.5), T.TEMPERATURE, OUT, 0, 2),
    (GenerationParams(temperature=-0.1), T.TEMPERATURE, OUT, 0, 2),
    (GenerationParams(temperature=float("nan")), T.TEMPERATURE, OUT, 0, 2),
    (GenerationParams(top_p=1.5), T.TOP_P, OUT, 0, 1),
    (GenerationParams(presence_penalty=-3), T.PRESENCE_PENALTY, OUT, -2, 2),
    (GenerationParams(frequency_penalty=2.01), T.FREQUENCY_PENALTY, OUT, -2, 2),
    (GenerationParams(max_tokens=0), T.MAX_TOKENS, Flaw.NOT_A_WHOLE_NUMBER, 1, None),
    (GenerationParams(stop=("a", "b", "c", "d", "e")), T.STOP, Flaw.TOO_MANY, None, 4),
    (GenerationParams(stop=("",)), T.STOP, Flaw.EMPTY_ITEM, None, None),
]


@pytest.mark.parametrize(("params", "field", "flaw", "low", "high"), OUT_OF_RANGE_CASES)
def test_out_of_range_parameters_are_refused_with_field_and_limits(
    params: GenerationParams, field: RequestField, flaw: Flaw, low: float | None, high: float | None
) -> None:
    with pytest.raises(InvalidRequest) as info:
        ChatRequest("m", MESSAGES, params).validate()
    error = info.value
    assert (error.field, error.flaw, error.low, error.high, error.index) == (field, flaw, low, high, None)
    assert error.field == field.value  # still equal to the wire name callers compare with
    assert str(error).startswith("InvalidRequest: ") and field.value in str(error)


def test_limits_themselves_are_accepted() -> None:
    params = GenerationParams(
        temperature=0,
        top_p=1,
        presence_penalty=-2,
        frequency_penalty=2,
        max_tokens=1,
        stop=("a", "b", "c", "d"),
    )
    assert ChatRequest("m", MESSAGES, params).validate().to_payload()["temperature"] == 0


MISSING_CASES = [
    (ChatRequest("", MESSAGES), T.MODEL, Flaw.MISSING, None),
    (ChatRequest("m", []), T.MESSAGES, Flaw.MISSING, None),
    (ChatRequest("m", [ChatMessage("robot", "x")]), T.MESSAGES, Flaw.BAD_ROLE, 1),  # type: ignore[arg-type]
    (ChatRequest("m", [ChatMessage(Role.USER, None)]), T.MESSAGES, Flaw.NO_TEXT, 1),  # type: ignore[arg-type]
    (
        ChatRequest("m", [MESSAGES[0], ChatMessage(Role.USER, None)]),  # type: ignore[arg-type]
        T.MESSAGES,
        Flaw.NO_TEXT,
        2,
    ),
    (ChatRequest("m", MESSAGES, user=7), T.USER, Flaw.NOT_TEXT, None),  # type: ignore[arg-type]
    (ChatRequest("m", MESSAGES, stream="yes"), T.STREAM, Flaw.NOT_ON_OR_OFF, None),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("request_", "field", "flaw", "index"), MISSING_CASES)
def test_missing_model_or_messages(
    request_: ChatRequest, field: RequestField, flaw: Flaw, index: int | None
) -> None:
    with pytest.raises(InvalidRequest) as info:
        request_.validate()
    assert (info.value.field, info.value.flaw, info.value.index) == (field, flaw, index)


def test_messages_are_kept_as_an_immutable_tuple() -> None:
    messages = list(MESSAGES)
    request = ChatRequest("m", messages)
    messages.append(ChatMessage(Role.USER, "later"))
    assert request.messages == tuple(MESSAGES)
