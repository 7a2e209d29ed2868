"""Context-length errors in every shape gateways send them are `ContextTooLong`, with the limit they name.

Pure parsing first (`context_limit_from`, `error_from_status`, `stream_failure`), then real HTTP: the
simulator plays each shape and our `GatewayClient` classifies what arrives.
"""

from __future__ import annotations

import json

import pytest

from desktop_chat.api import (
    ContextTooLong,
    ContextTooLongInStream,
    EmptyAnswer,
    ErrorAction,
    Fact,
    StreamFailed,
    context_limit_from,
)
from desktop_chat.api.classify import error_from_status
from desktop_chat.api.errors import CONTEXT_WORDS, MAX_PLAUSIBLE_TOKENS, says_context_too_long, stream_failure
from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.domain import GenerationParams, Problem

from .conftest import make_request, stream

OPENAI = (
    "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens. "
    "Please reduce the length of the messages."
)
VLLM = (
    "This model's maximum context length is 4096 tokens. However, you requested 5000 tokens "
    "(4000 in the messages, 1000 in the completion). Please reduce the length of the messages or completion."
)
ANTHROPIC = "prompt is too long: 215000 tokens > 200000 maximum"
GEMINI = "The input token count (1200000) exceeds the maximum number of tokens allowed (1048576)."


@pytest.mark.parametrize(
    ("text", "limit", "requested"),
    [
        (OPENAI, 8192, 9000),
        (
            "This model's maximum context length is 8,192 tokens, however you requested 9,000 tokens",
            8192,
            9000,
        ),
        ("maximum context length is 8192 tokens. requested 9000 tokens", 8192, 9000),
        (ANTHROPIC, 200000, 215000),
        (GEMINI, 1048576, 1200000),
        ("The input token count exceeds the maximum number of tokens allowed 1048576.", 1048576, None),
        (VLLM, 4096, 5000),
        (
            "This model's maximum context length is 4096 tokens. "
            "However, your request has 5000 input tokens.",
            4096,
            5000,
        ),
        (
            "litellm.ContextWindowExceededError: litellm.BadRequestError: ContextWindowExceededError: "
            f"OpenAIException - {OPENAI}",
            8192,
            9000,
        ),
        (
            "litellm.ContextWindowExceededError: litellm.BadRequestError: AnthropicException - "
            f'{{"type":"error","error":{{"type":"invalid_request_error","message":"{ANTHROPIC}"}}}}',
            200000,
            215000,
        ),
        ("litellm.ContextWindowExceededError: VertexAIException - " + GEMINI, 1048576, 1200000),
        (
            "input length and `max_tokens` exceed context limit: 197626 + 8192 > 200000, "
            "decrease input length",
            200000,
            205818,
        ),
        (
            "request (5000 tokens) exceeds the available context size (4096 tokens), try increasing it",
            4096,
            5000,
        ),
        (
            "Prompt contains 40000 tokens and 0 draft tokens, "
            "too large for model with 32768 maximum context length",
            32768,
            40000,
        ),
        ("the request exceeds the available context size. try increasing the context size", None, None),
        ("Input is too long for the requested model.", None, None),
        ("", None, None),
    ],
)
def test_the_limit_and_the_request_are_read_from_every_known_message(
    text: str, limit: int | None, requested: int | None
) -> None:
    assert context_limit_from(text) == (limit, requested)


@pytest.mark.parametrize(
    "text",
    [
        "This model's maximum context length is 0 tokens. However, your messages resulted in 0 tokens.",
        f"This model's maximum context length is {MAX_PLAUSIBLE_TOKENS + 1} tokens.",
        "This model's maximum context length is 99999999999999999999999 tokens.",
        "prompt is too long: 1234567890123456789 tokens > 99999999999999 maximum",
    ],
)
def test_absurd_numbers_are_not_limits(text: str) -> None:
    assert context_limit_from(text) == (None, None)


def test_a_huge_message_is_read_quickly_and_only_at_its_start() -> None:
    text = "1" * 2_000_000 + " tokens > 5 maximum"
    assert context_limit_from(text) == (None, None)
    assert context_limit_from(OPENAI + " x" * 1_000_000) == (8192, 9000)


def seed_body(message: str, code: object = None, kind: str | None = "invalid_request_error") -> bytes:
    return json.dumps({"error": {"message": message, "type": kind, "param": None, "code": code}}).encode()


BODIES = {
    "openai": seed_body(OPENAI, "context_length_exceeded"),
    "openai-no-code": seed_body(OPENAI),
    "anthropic": json.dumps(
        {"type": "error", "error": {"type": "invalid_request_error", "message": ANTHROPIC}}
    ).encode(),
    "gemini": json.dumps({"error": {"code": 400, "message": GEMINI, "status": "INVALID_ARGUMENT"}}).encode(),
    "litellm": seed_body(f"litellm.ContextWindowExceededError: litellm.BadRequestError: {VLLM}", "400", None),
    "vllm": json.dumps({"object": "error", "message": VLLM, "type": "BadRequestError", "code": 400}).encode(),
    "code-only": seed_body("Bad request", "context_length_exceeded"),
    "no-number": seed_body("Input is too long for the requested model."),
}
NUMBERS = {
    "openai": (8192, 9000),
    "openai-no-code": (8192, 9000),
    "anthropic": (200000, 215000),
    "gemini": (1048576, 1200000),
    "litellm": (4096, 5000),
    "vllm": (4096, 5000),
    "code-only": (None, None),
    "no-number": (None, None),
}


@pytest.mark.parametrize("name", sorted(BODIES))
def test_every_400_shape_is_context_too_long_with_its_numbers(name: str) -> None:
    error = error_from_status(400, "application/json", BODIES[name], url="https://gw.example/v1")
    assert type(error) is ContextTooLong, repr(error)
    assert (error.limit, error.requested) == NUMBERS[name]
    assert error.action is ErrorAction.NEW_CHAT and error.problem is Problem.CONTEXT_TOO_LONG
    assert not error.retryable
    assert error.facts()[-1] == (Fact.KIND, "ContextTooLong")
    facts = dict(error.facts())
    limit, requested = NUMBERS[name]
    assert facts.get(Fact.CONTEXT_LIMIT) == (None if limit is None else str(limit))
    assert facts.get(Fact.REQUESTED_TOKENS) == (None if requested is None else str(requested))


def test_413_and_plain_text_bodies_are_context_too_long_too() -> None:
    assert type(error_from_status(413, "text/plain", b"Request Entity Too Large")) is ContextTooLong
    error = error_from_status(400, "text/plain", ANTHROPIC.encode())
    assert isinstance(error, ContextTooLong) and (error.limit, error.requested) == (200000, 215000)


def test_a_key_error_is_still_a_key_error_and_a_model_error_a_model_error() -> None:
    assert not isinstance(
        error_from_status(400, "application/json", seed_body("Invalid API key")), ContextTooLong
    )
    assert not isinstance(
        error_from_status(400, "application/json", seed_body("model not found", "model_not_found")),
        ContextTooLong,
    )


def test_numbers_given_explicitly_win_over_the_message() -> None:
    error = ContextTooLong(status=400, server_message=OPENAI, limit=100)
    assert (error.limit, error.requested) == (100, None)
    assert (ContextTooLong().limit, ContextTooLong().requested) == (None, None)


def test_every_context_word_is_recognised() -> None:
    for word in CONTEXT_WORDS:
        assert says_context_too_long(f"Error: {word.upper()} (simulated)"), word
    assert not says_context_too_long("The upstream model crashed")


def test_an_error_after_http_200_about_the_context_is_both_context_too_long_and_stream_failed() -> None:
    error = stream_failure(server_message=OPENAI, server_code="context_length_exceeded", partial_text="Hel")
    assert isinstance(error, ContextTooLongInStream)
    assert isinstance(error, ContextTooLong) and isinstance(error, StreamFailed)
    assert error.problem is Problem.CONTEXT_TOO_LONG and error.action is ErrorAction.NEW_CHAT
    assert (error.limit, error.requested, error.partial_text) == (8192, 9000, "Hel")
    only_code = stream_failure(server_message="failed", server_code="context_length_exceeded")
    assert isinstance(only_code, ContextTooLongInStream) and only_code.limit is None
    other = stream_failure(server_message="The upstream model crashed (simulated).", server_code="500")
    assert type(other) is StreamFailed and other.problem is Problem.STREAM_FAILED


# -- real HTTP: the simulator plays each shape ------------------------------------------------------
HTTP_SHAPES = ["openai", "anthropic", "gemini", "litellm", "vllm"]


@pytest.mark.parametrize("stream_it", [True, False], ids=["streamed", "plain"])
@pytest.mark.parametrize("shape", HTTP_SHAPES)
def test_each_shape_over_http_is_context_too_long_naming_its_limit(
    sim: SimulatorServer, shape: str, stream_it: bool
) -> None:
    outcome = stream(
        sim.scenario_url(f"context;shape={shape};limit=4000;requested=4500"), make_request(stream=stream_it)
    )
    assert type(outcome.error) is ContextTooLong, repr(outcome.error)
    assert outcome.error.status == 400 and outcome.events == []
    assert (outcome.error.limit, outcome.error.requested) == (4000, 4500)
    assert len(sim.requests) == 1  # never retried


def test_the_default_context_scenario_is_openai_s_and_names_8192(sim: SimulatorServer) -> None:
    outcome = stream(sim.scenario_url("context"))
    assert isinstance(outcome.error, ContextTooLong)
    assert outcome.error.server_code == "context_length_exceeded"
    assert (outcome.error.limit, outcome.error.requested) == (8192, 12000)


def test_the_shape_without_code_or_number_is_context_too_long_without_numbers(sim: SimulatorServer) -> None:
    outcome = stream(sim.scenario_url("context;shape=no_number"))
    assert type(outcome.error) is ContextTooLong and outcome.error.server_code == "invalid_request_error"
    assert (outcome.error.limit, outcome.error.requested) == (None, None)


def test_llama_cpp_s_empty_200_stays_an_empty_answer(sim: SimulatorServer) -> None:
    # Nothing in an empty body says "context": the app can only suspect it (EmptyAnswer's words do).
    outcome = stream(sim.scenario_url("context;shape=empty"))
    assert type(outcome.error) is EmptyAnswer and outcome.error.status == 200


@pytest.mark.parametrize("stream_it", [True, False], ids=["in-stream", "json-200"])
def test_a_context_error_after_http_200_is_context_too_long(sim: SimulatorServer, stream_it: bool) -> None:
    outcome = stream(
        sim.scenario_url("context;shape=in_stream;limit=4000;requested=4500"), make_request(stream=stream_it)
    )
    assert isinstance(outcome.error, ContextTooLongInStream), repr(outcome.error)
    assert (outcome.error.limit, outcome.error.requested) == (4000, 4500)


def test_the_in_stream_shape_is_an_error_after_http_200(sim: SimulatorServer) -> None:
    outcome = stream(sim.scenario_url("context;shape=in_stream"), make_request(params=GenerationParams()))
    assert isinstance(outcome.error, StreamFailed) and outcome.error.status is None
    assert "maximum context length is 8192 tokens" in (outcome.error.server_message or "")
    assert sim.requests[0].status == 200
