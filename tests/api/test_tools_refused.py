"""A gateway or model that refuses `tools`: each real wording is `ToolsNotSupported` (before or after
HTTP 200), and words about other troubles are not."""

from __future__ import annotations

import json

import pytest

from desktop_chat.api import (
    ErrorAction,
    ModelNotAvailable,
    Problem,
    StreamFailed,
    ToolsNotSupported,
    ToolsNotSupportedInStream,
    says_tools_not_supported,
)
from desktop_chat.api.classify import error_from_status
from desktop_chat.api.decoder import StreamDecoder, events_from_completion

# (status, message) as the servers send them, in an OpenAI-shaped error body unless said otherwise.
REFUSALS: dict[str, tuple[int, str]] = {
    "ollama": (400, "registry.ollama.ai/library/deepseek-r1:latest does not support tools"),
    "ollama-short": (400, "stablelm2:latest does not support tools"),
    "deepseek": (400, "deepseek-reasoner does not support Function Calling"),
    "gemini": (400, "Function calling is not enabled for models/gemma-3-12b-it"),
    "gemini-tool-use": (400, "Tool use with function calling is unsupported"),
    "openrouter": (404, 'No endpoints found that support tool use. Try disabling "question". To learn more '
                        "about provider routing, visit: https://openrouter.ai/docs/provider-routing"),
    "openrouter-tool-choice": (404, "No endpoints found that support the provided 'tool_choice' value. To "
                                    "learn more about provider routing, visit: https://openrouter.ai/docs"),
    "openai-o1": (400, "Unsupported parameter: 'tools' is not supported with this model."),
    "azure": (400, "tools is not supported in this model. For a list of supported models, refer to "
                   "https://aka.ms/oai/functions."),
    "vllm": (400, '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set'),
    "llama.cpp": (500, "tools param requires --jinja flag"),
    "llama.cpp-old": (500, "Unsupported param: tools"),
    "litellm": (400, "litellm.UnsupportedParamsError: openai does not support parameters: ['tools'], for "
                     "model=gpt-x. To drop these, set `litellm.drop_params=True`"),
    "litellm-dict": (400, "litellm.UnsupportedParamsError: together_ai does not support parameters: "
                          "{'tools': [{'type': 'function'}]}, for model=llama"),
    "litellm-tool-choice": (400, "UnsupportedParamsError: azure does not support parameters: "
                                 "['tool_choice'], for model=gpt-5-chat"),
    "deepinfra-via-litellm": (400, "litellm.BadRequestError: DeepinfraException - Deepinfra doesn't support "
                                   "tool_choice={'type': 'function'}."),
    "tool-choice-generic": (400, "tool_choice 'required' is not supported by this model"),
    "tools-plural": (422, "Tools are not supported for this model"),
}
# Bodies of other shapes: vLLM's top-level error object, FastAPI's `detail`.
SHAPES = {"vllm": lambda m: {"object": "error", "message": m, "type": "BadRequestError", "code": 400},
          "tools-plural": lambda m: {"detail": m}}


def refusal_body(name: str) -> bytes:
    _status, message = REFUSALS[name]
    shape = SHAPES.get(name, lambda m: {"error": {"message": m, "type": "invalid_request_error"}})
    return json.dumps(shape(message)).encode()


NOT_REFUSALS = [
    (400, "The model `gpt-9` does not exist or you do not have access to it."),
    (400, "This model's maximum context length is 8192 tokens."),
    (400, "Invalid parameter: messages with role 'tool' must be a response to a preceding message with "
          "'tool_calls'."),
    (400, "Invalid content type. image_url is only supported by certain models."),
    (404, "model not found"),
]


@pytest.mark.parametrize("name", list(REFUSALS))
def test_each_refusal_is_tools_not_supported(name: str) -> None:
    status, _message = REFUSALS[name]
    error = error_from_status(status, "application/json", refusal_body(name))
    assert type(error) is ToolsNotSupported
    assert error.problem is Problem.TOOLS_NOT_SUPPORTED and error.action is ErrorAction.NONE
    assert not error.retryable
    assert error.status == status and error.server_message


@pytest.mark.parametrize(("status", "message"), NOT_REFUSALS)
def test_other_errors_are_not_taken_for_a_refusal(status: int, message: str) -> None:
    body = json.dumps({"error": {"message": message}}).encode()
    assert not says_tools_not_supported(message)
    assert type(error_from_status(status, "application/json", body)) is not ToolsNotSupported


def test_a_model_error_that_names_tools_is_the_refusal_not_a_missing_model() -> None:
    body = json.dumps({"error": {"message": "The model llama3 does not support tools"}}).encode()
    error = error_from_status(400, "application/json", body)
    assert isinstance(error, ToolsNotSupported) and not isinstance(error, ModelNotAvailable)


def test_said_after_http_200_in_the_stream_and_in_a_whole_body() -> None:
    decoder = StreamDecoder()
    decoder.feed(b'data: {"error": {"message": "deepseek-reasoner does not support Function Calling"}}\n\n')
    assert isinstance(decoder.failure, ToolsNotSupportedInStream)
    assert isinstance(decoder.failure, StreamFailed) and decoder.failure.action is ErrorAction.NONE
    with pytest.raises(ToolsNotSupportedInStream):
        events_from_completion(b'{"error": {"message": "model does not support tools"}}')
