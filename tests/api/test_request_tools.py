"""Requests with tools: what goes on the wire, and what `validate` refuses as the services' bugs."""

from __future__ import annotations

import json

import pytest

from desktop_chat.api import ChatRequest, Flaw, InvalidRequest, RequestField
from desktop_chat.domain import ChatMessage, ImagePart, Role, ToolCall, ToolSpec

TIME_SCHEMA = json.dumps({
    "type": "object",
    "properties": {"timezone": {"type": "string", "description": "IANA timezone name"}},
    "required": ["timezone"],
})
TIME = ToolSpec("time__get_current_time", "Get the current time in a timezone", TIME_SCHEMA,
                server="time", tool="get_current_time", read_only=True)
NO_ARGS = ToolSpec("ping", "", "{}")


def test_tools_and_tool_choice_are_sent_only_when_set() -> None:
    plain = ChatRequest("m", [ChatMessage(Role.USER, "Hi")]).validate().to_payload()
    assert "tools" not in plain and "tool_choice" not in plain
    payload = ChatRequest("m", [ChatMessage(Role.USER, "Hi")], tools=[TIME, NO_ARGS],  # type: ignore[arg-type]
                          tool_choice="auto").validate().to_payload()
    assert payload["tools"] == [
        {"type": "function", "function": {"name": "time__get_current_time",
                                          "description": "Get the current time in a timezone",
                                          "parameters": json.loads(TIME_SCHEMA)}},
        {"type": "function", "function": {"name": "ping", "parameters": {}}},
    ]
    assert payload["tool_choice"] == "auto"
    assert list(payload)[-1] == "stream"


def test_the_follow_up_carries_the_calls_and_their_results() -> None:
    calls = (ToolCall("call_1", "time__get_current_time", '{"timezone": "Europe/Paris"}'),
             ToolCall("call_2", "ping", ""))
    messages = [
        ChatMessage(Role.USER, "What time is it in Paris?"),
        ChatMessage(Role.ASSISTANT, "", tool_calls=calls),
        ChatMessage(Role.TOOL, '{"datetime": "2025-01-01T12:00:00+01:00"}', tool_call_id="call_1"),
        ChatMessage(Role.TOOL, "pong", tool_call_id="call_2"),
    ]
    payload = ChatRequest("m", messages, tools=(TIME, NO_ARGS)).validate().to_payload()
    assert payload["messages"][1:] == [
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function",
             "function": {"name": "time__get_current_time", "arguments": '{"timezone": "Europe/Paris"}'}},
            {"id": "call_2", "type": "function", "function": {"name": "ping", "arguments": "{}"}},
        ]},
        {"role": "tool", "tool_call_id": "call_1", "content": '{"datetime": "2025-01-01T12:00:00+01:00"}'},
        {"role": "tool", "tool_call_id": "call_2", "content": "pong"},
    ]
    said = ChatMessage(Role.ASSISTANT, "Let me look.", tool_calls=calls[:1])
    assert ChatRequest("m", [said]).to_payload()["messages"][0]["content"] == "Let me look."


def test_images_in_user_messages_still_travel_beside_tools() -> None:
    message = ChatMessage(Role.USER, "What is this?", (ImagePart("image/png", b"\x89PNG..."),))
    payload = ChatRequest("m", [message], tools=(TIME,)).validate().to_payload()
    assert [part["type"] for part in payload["messages"][0]["content"]] == ["text", "image_url"]


@pytest.mark.parametrize(
    ("request_", "field", "flaw"),
    [
        (ChatRequest("m", [ChatMessage(Role.TOOL, "result")]), RequestField.MESSAGES, Flaw.NO_TOOL_CALL_ID),
        (ChatRequest("m", [ChatMessage(Role.TOOL, "result", tool_call_id="")]),
         RequestField.MESSAGES, Flaw.NO_TOOL_CALL_ID),
        (ChatRequest("m", [ChatMessage(Role.ASSISTANT, "", tool_calls=(ToolCall("", "f", "{}"),))]),
         RequestField.MESSAGES, Flaw.BAD_TOOL_CALL),
        (ChatRequest("m", [ChatMessage(Role.USER, "Hi")], tools=(ToolSpec("time.now", "", "{}"),)),
         RequestField.TOOLS, Flaw.BAD_TOOL_NAME),
        (ChatRequest("m", [ChatMessage(Role.USER, "Hi")], tools=(ToolSpec("x" * 65, "", "{}"),)),
         RequestField.TOOLS, Flaw.BAD_TOOL_NAME),
        (ChatRequest("m", [ChatMessage(Role.USER, "Hi")], tools=(NO_ARGS, NO_ARGS)),
         RequestField.TOOLS, Flaw.BAD_TOOL_NAME),
        (ChatRequest("m", [ChatMessage(Role.USER, "Hi")], tools=(ToolSpec("f", "", "[1]"),)),
         RequestField.TOOLS, Flaw.BAD_TOOL_PARAMETERS),
        (ChatRequest("m", [ChatMessage(Role.USER, "Hi")], tools=(ToolSpec("f", "", "{oops"),)),
         RequestField.TOOLS, Flaw.BAD_TOOL_PARAMETERS),
        (ChatRequest("m", [ChatMessage(Role.USER, "Hi")], tools=(TIME,), tool_choice="always"),
         RequestField.TOOL_CHOICE, Flaw.NOT_A_CHOICE),
    ],
    ids=["tool-without-id", "tool-empty-id", "call-without-id", "dotted-name", "long-name", "twice",
         "list-schema", "broken-schema", "unknown-choice"],
)
def test_what_the_services_got_wrong_is_refused_by_name(
    request_: ChatRequest, field: RequestField, flaw: Flaw
) -> None:
    with pytest.raises(InvalidRequest) as caught:
        request_.validate()
    assert (caught.value.field, caught.value.flaw) == (field, flaw)


def test_empty_parameters_count_as_an_empty_object() -> None:
    payload = ChatRequest("m", [ChatMessage(Role.USER, "Hi")], tools=(ToolSpec("f", "d", ""),)).validate()
    assert payload.to_payload()["tools"][0]["function"]["parameters"] == {}
