"""The simulator counts tokens by its own rule, reports them as usage and enforces context limits.

Real HTTP against the simulator (the shared one, or one made for a test when its constructor is
under test); the rule itself is checked on known examples.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from desktop_chat.api import (
    ChatRequest,
    Completion,
    ContextTooLong,
    EmptyAnswer,
    GatewayClient,
    UsageReport,
)
from desktop_chat.devtools import answers
from desktop_chat.devtools.simulator import ContextShape, SimulatorServer
from desktop_chat.devtools.token_rule import count_prompt, count_text
from desktop_chat.domain import ChatMessage, GenerationParams, Role

from .conftest import KEY, fast_config, make_request, stream


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("", 0),
        (" \n\t\u3000", 0),  # whitespace is free, even an ideographic space
        ("a", 1),
        ("word", 1),
        ("words", 2),  # ceil(5 / 4)
        ("internationalization", 5),
        ("Hello, world!", 6),
        ("7", 1),
        ("2024", 2),  # ceil(4 / 3)
        ("123456", 2),
        ("a1b2", 4),
        ("東京", 2),
        ("ひらがな カタカナ 한국어", 11),
        ("naïve", 3),  # "na" + "ï" + "ve"
        ("Привет", 3),  # ceil(6 / 2)
        ("🙂", 1),
        ("—", 1),
        ("snake_case", 4),  # "snak"+"e" = 2, "_" = 1, "case" = 1
        ("Grüße aus 東京!", 7),
    ],
)
def test_the_rule_counts_as_documented(text: str, tokens: int) -> None:
    assert count_text(text) == tokens


def test_the_rule_is_not_characters_over_four() -> None:
    samples = ["a b c d e f g h", "1 2 3 4 5 6 7 8", "東京大学の図書館", "!!!!!!!!!!!!"]
    assert all(count_text(s) != round(len(s) / 4) for s in samples)


def test_a_prompt_adds_four_per_message_and_three_for_the_reply() -> None:
    assert count_prompt([]) == 3
    assert count_prompt([{"role": "user", "content": "Hi"}]) == 4 + 1 + 3
    messages = [
        {"role": "system", "content": "Be brief."},  # 1 + 2 + 1 = 4
        {
            "role": "user",
            "content": [{"type": "text", "text": "Look"}, {"type": "image_url", "image_url": {}}],
        },
        {"role": "assistant", "content": None},
        "not a message",
    ]
    assert count_prompt(messages) == (4 + 4) + (4 + 1) + 4 + 3


@pytest.fixture
def clean_sim(sim: SimulatorServer) -> Iterator[SimulatorServer]:
    sim.simulator.clear_limits()
    sim.simulator.context_shape = ContextShape.OPENAI
    yield sim
    sim.simulator.clear_limits()
    sim.simulator.context_shape = ContextShape.OPENAI


def complete(base_url: str, request: ChatRequest) -> Completion:
    async def run() -> Completion:
        async with GatewayClient(fast_config(base_url)) as client:
            return await client.complete(request)

    return asyncio.run(run())


CONVERSATION = [
    ChatMessage(Role.SYSTEM, "You answer in one sentence."),
    ChatMessage(Role.USER, "What is 2024 in Roman numerals?"),
    ChatMessage(Role.ASSISTANT, "MMXXIV."),
    ChatMessage(Role.USER, "Und auf Japanisch: 二千二十四?"),
]


@pytest.mark.parametrize("stream_it", [True, False], ids=["streamed", "plain"])
def test_usage_follows_the_rule_streamed_or_not(clean_sim: SimulatorServer, stream_it: bool) -> None:
    request = ChatRequest("gemini-2.5-flash", CONVERSATION, stream=stream_it)
    answer = complete(clean_sim.base_url, request)
    sent = clean_sim.requests[0].payload
    assert sent is not None
    expected_prompt = count_prompt(sent["messages"])
    assert answer.usage is not None
    assert answer.usage.prompt_tokens == expected_prompt == clean_sim.requests[0].prompt_tokens
    assert answer.usage.completion_tokens == count_text(answer.text)
    assert answer.usage.total_tokens == expected_prompt + count_text(answer.text)


def test_streamed_and_plain_answers_report_the_same_usage(clean_sim: SimulatorServer) -> None:
    streamed = complete(clean_sim.base_url, ChatRequest("gemini-2.5-flash", CONVERSATION))
    plain = complete(clean_sim.base_url, ChatRequest("gemini-2.5-flash", CONVERSATION, stream=False))
    assert streamed.text == plain.text and streamed.usage == plain.usage


def test_reasoning_counts_in_the_completion_as_real_gateways_count_it(clean_sim: SimulatorServer) -> None:
    answer = complete(clean_sim.base_url, make_request("deepseek-ai/deepseek-r1-0528-maas"))
    assert answer.reasoning == answers.REASONING_TEXT
    assert answer.usage is not None
    assert answer.usage.completion_tokens == count_text(answer.reasoning) + count_text(answer.text)


def test_a_fixed_text_gives_a_known_usage(clean_sim: SimulatorServer) -> None:
    outcome = stream(clean_sim.scenario_url("default;text=Hello, world!"), make_request(text="Hi"))
    (report,) = outcome.of(UsageReport)
    assert (report.usage.prompt_tokens, report.usage.completion_tokens, report.usage.total_tokens) == (
        8,
        6,
        14,
    )


def test_the_request_log_shows_each_request_s_prompt_count(clean_sim: SimulatorServer) -> None:
    stream(clean_sim.base_url, make_request(text="Hi"))
    stream(clean_sim.base_url, make_request(text="東京 2024"))
    logged = httpx.get(f"{clean_sim.origin}/_sim/requests").json()
    assert [r["prompt_tokens"] for r in logged] == [8, 4 + 2 + 2 + 3]
    httpx.get(f"{clean_sim.base_url}/models", headers={"Authorization": f"Bearer {KEY}"})
    assert httpx.get(f"{clean_sim.origin}/_sim/requests").json()[-1]["prompt_tokens"] is None


# -- limits -----------------------------------------------------------------------------------------
def test_no_limit_by_default(clean_sim: SimulatorServer) -> None:
    outcome = stream(clean_sim.base_url, make_request(text="word " * 5000))
    assert outcome.error is None


def test_a_limit_set_over_http_turns_a_long_prompt_into_a_context_error(clean_sim: SimulatorServer) -> None:
    assert httpx.post(f"{clean_sim.origin}/_sim/limits", json={"gemini-2.5-flash": 100}).status_code == 200
    assert httpx.get(f"{clean_sim.origin}/_sim/limits").json() == {
        "gemini-2.5-flash": {"limit": 100, "shape": None}
    }
    short = stream(clean_sim.base_url, make_request(text="word " * 50))  # 4 + 50 + 3 = 57 tokens
    assert short.error is None
    long = stream(clean_sim.base_url, make_request(text="word " * 94))  # 101 tokens
    assert isinstance(long.error, ContextTooLong) and long.error.server_code == "context_length_exceeded"
    assert (long.error.limit, long.error.requested) == (100, 101)
    assert clean_sim.requests[-1].prompt_tokens == 101
    other_model = stream(clean_sim.base_url, make_request("gemini-2.5-pro", text="word " * 94))
    assert other_model.error is None
    assert httpx.delete(f"{clean_sim.origin}/_sim/limits").status_code == 200
    assert stream(clean_sim.base_url, make_request(text="word " * 94)).error is None


def test_the_room_asked_for_the_answer_counts(clean_sim: SimulatorServer) -> None:
    clean_sim.simulator.set_limits({"gemini-2.5-flash": 100})
    fits = make_request(text="word " * 50, params=GenerationParams(max_tokens=43))  # 57 + 43 = 100
    assert stream(clean_sim.base_url, fits).error is None
    over = stream(clean_sim.base_url, make_request(text="word " * 50, params=GenerationParams(max_tokens=44)))
    assert isinstance(over.error, ContextTooLong) and (over.error.limit, over.error.requested) == (100, 101)


@pytest.mark.parametrize(
    "shape", [s for s in ContextShape if s not in (ContextShape.EMPTY, ContextShape.IN_STREAM)]
)
def test_each_model_can_have_its_own_shape(clean_sim: SimulatorServer, shape: ContextShape) -> None:
    clean_sim.simulator.set_limits({"claude-sonnet-4-5": {"limit": 50, "shape": shape.value}})
    outcome = stream(clean_sim.base_url, make_request("claude-sonnet-4-5", text="word " * 60))
    assert type(outcome.error) is ContextTooLong, repr(outcome.error)
    expected = (None, None) if shape is ContextShape.NO_NUMBER else (50, 67)
    assert (outcome.error.limit, outcome.error.requested) == expected


def test_the_server_s_shape_and_the_spec_s_override(clean_sim: SimulatorServer) -> None:
    clean_sim.simulator.set_limits({"gemini-2.5-flash": 10})
    clean_sim.simulator.context_shape = ContextShape.GEMINI
    gemini = stream(clean_sim.base_url, make_request(text="word " * 20))
    assert isinstance(gemini.error, ContextTooLong) and gemini.error.server_code == "400"
    assert "input token count (27)" in (gemini.error.server_message or "")
    empty = stream(clean_sim.scenario_url("default;context_shape=empty"), make_request(text="word " * 20))
    assert isinstance(empty.error, EmptyAnswer)


def test_an_error_scenario_plays_as_asked_even_over_the_limit(clean_sim: SimulatorServer) -> None:
    clean_sim.simulator.set_limits({"gemini-2.5-flash": 10})
    outcome = stream(clean_sim.scenario_url("bad_key"), make_request(text="word " * 20))
    assert outcome.error is not None and outcome.error.status == 401


def test_limits_and_facts_from_the_constructor() -> None:
    with SimulatorServer(
        default_tps=0, limits={"gemini-2.5-flash": 20}, context_shape=ContextShape.ANTHROPIC
    ) as server:
        outcome = stream(server.base_url, make_request(text="word " * 20))
        assert isinstance(outcome.error, ContextTooLong) and (
            outcome.error.limit,
            outcome.error.requested,
        ) == (
            20,
            27,
        )
        assert "prompt is too long: 27 tokens > 20 maximum" in (outcome.error.server_message or "")


@pytest.mark.parametrize(
    "payload",
    [
        {"gemini-2.5-flash": "many"},
        {"gemini-2.5-flash": 0},
        {"gemini-2.5-flash": True},
        {"m": {"shape": "x"}},
    ],
)
def test_an_unusable_limit_is_refused(clean_sim: SimulatorServer, payload: dict[str, object]) -> None:
    answer = httpx.post(f"{clean_sim.origin}/_sim/limits", json=payload)
    assert answer.status_code == 400
    assert httpx.get(f"{clean_sim.origin}/_sim/limits").json() == {}
