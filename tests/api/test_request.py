"""Request validation speaks plainly; only the parameters that are set are sent."""

from __future__ import annotations

import pytest

from desktop_chat.api import ChatRequest, InvalidRequest
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


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        (GenerationParams(temperature=2.5), "temperature", "Temperature must be between 0 and 2."),
        (GenerationParams(temperature=-0.1), "temperature", "Temperature must be between 0 and 2."),
        (GenerationParams(temperature=float("nan")), "temperature", "Temperature must be between 0 and 2."),
        (GenerationParams(top_p=1.5), "top_p", "Top P must be between 0 and 1."),
        (
            GenerationParams(presence_penalty=-3),
            "presence_penalty",
            "Presence penalty must be between -2 and 2.",
        ),
        (
            GenerationParams(frequency_penalty=2.01),
            "frequency_penalty",
            "Frequency penalty must be between -2 and 2.",
        ),
        (
            GenerationParams(max_tokens=0),
            "max_tokens",
            "Maximum length must be a whole number of at least 1 token.",
        ),
        (GenerationParams(stop=("a", "b", "c", "d", "e")), "stop", "You can give at most 4 stop sequences."),
        (GenerationParams(stop=("",)), "stop", "A stop sequence can't be empty."),
    ],
)
def test_out_of_range_parameters_are_refused_in_plain_words(
    params: GenerationParams, field: str, message: str
) -> None:
    with pytest.raises(InvalidRequest) as info:
        ChatRequest("m", MESSAGES, params).validate()
    assert (info.value.field, str(info.value)) == (field, message)


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


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (ChatRequest("", MESSAGES), "Please choose a model."),
        (ChatRequest("m", []), "There is no message to send."),
        (
            ChatRequest("m", [ChatMessage("robot", "x")]),  # type: ignore[arg-type]
            "Message 1 must come from the system, the user or the assistant.",
        ),
        (ChatRequest("m", [ChatMessage(Role.USER, None)]), "Message 1 has no text."),  # type: ignore[arg-type]
    ],
)
def test_missing_model_or_messages(request_: ChatRequest, message: str) -> None:
    with pytest.raises(InvalidRequest, match=message):
        request_.validate()


def test_messages_are_kept_as_an_immutable_tuple() -> None:
    messages = list(MESSAGES)
    request = ChatRequest("m", messages)
    messages.append(ChatMessage(Role.USER, "later"))
    assert request.messages == tuple(MESSAGES)
