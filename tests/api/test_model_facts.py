"""A gateway's model list says what each model accepts and costs: read it, distrusting every value.

Pure parsing of the shapes OpenRouter, vLLM and LiteLLM send (and broken ones), then real HTTP:
the simulator lists facts and `GatewayClient.list_models()` returns them in `ModelList.facts`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import httpx
import pytest

from desktop_chat.api import SEED_MODELS, GatewayClient, ModelList, model_facts, parse_models
from desktop_chat.api.models import MAX_PLAUSIBLE_PRICE, MAX_PLAUSIBLE_WINDOW, parse_model_list
from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.domain import ModelFacts, Price

from .conftest import KEY, fast_config


def body(*items: object) -> bytes:
    return json.dumps({"object": "list", "data": list(items)}).encode()


def facts_of(item: dict[str, object]) -> ModelFacts | None:
    return model_facts("m", item)


OPENROUTER_ITEM = {
    "id": "anthropic/claude-sonnet-4.5",
    "context_length": 1000000,
    "pricing": {"prompt": "0.000003", "completion": "0.000015", "request": "0", "image": "0.0048"},
    "top_provider": {"context_length": 1000000, "max_completion_tokens": 64000, "is_moderated": True},
}


def test_openrouter_s_item_gives_window_output_and_price_per_million() -> None:
    parsed = parse_models(body(OPENROUTER_ITEM))
    assert parsed == (
        ("anthropic/claude-sonnet-4.5",),
        (ModelFacts("anthropic/claude-sonnet-4.5", 1000000, 64000, Price(3.0, 15.0)),),
    )


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"max_model_len": 32768}, ModelFacts("m", 32768)),  # vLLM
        ({"max_input_tokens": 200000, "max_output_tokens": 8192}, ModelFacts("m", 200000, 8192)),  # LiteLLM
        (
            {"model_info": {"max_input_tokens": 1048576, "max_output_tokens": 65535, "max_tokens": 65535}},
            ModelFacts("m", 1048576, 65535),
        ),
        (
            {"model_info": {"input_cost_per_token": 1.25e-06, "output_cost_per_token": 1e-05}},
            ModelFacts("m", price=Price(1.25, 10.0)),
        ),
        ({"top_provider": {"context_length": 8192}}, ModelFacts("m", 8192)),
        ({"max_tokens": 4096}, ModelFacts("m", max_output=4096)),
        ({"context_length": "128000"}, ModelFacts("m", 128000)),  # a string holding a number
        ({"context_length": 8192.0}, ModelFacts("m", 8192)),
        ({"context_length": 1, "max_model_len": 2}, ModelFacts("m", 1)),  # the first that is known wins
        ({"context_length": None, "max_model_len": 4096}, ModelFacts("m", 4096)),
        ({"pricing": {"prompt": "0", "completion": "0"}}, ModelFacts("m", price=Price(0.0, 0.0))),  # free
        (
            {"pricing": {"prompt": 0.0000025, "completion": "0.00001"}},
            ModelFacts("m", price=Price(2.5, 10.0)),
        ),
    ],
)
def test_each_gateway_s_spelling_is_read(item: dict[str, object], expected: ModelFacts) -> None:
    assert facts_of(item) == expected


@pytest.mark.parametrize(
    "item",
    [
        {},
        {"context_length": True},
        {"context_length": "NaN"},
        {"context_length": "inf"},
        {"context_length": float("nan")},
        {"context_length": -4096},
        {"context_length": 0},
        {"context_length": 4096.5},
        {"context_length": MAX_PLAUSIBLE_WINDOW + 1},
        {"context_length": "lots"},
        {"context_length": "1" * 100},
        {"context_length": [4096]},
        {"context_length": {"value": 4096}},
        {"top_provider": "8192"},
        {"model_info": None},
        {"pricing": {"prompt": "-1", "completion": "-1"}},  # OpenRouter's "varies": unknown
        {"pricing": {"prompt": "0.000003"}},  # half a price is no price
        {"pricing": {"prompt": "0.000003", "completion": "-1"}},
        {"pricing": {"prompt": True, "completion": False}},
        {"pricing": {"prompt": "0.02", "completion": "0.02"}},  # $20,000 per million: absurd
        {"pricing": "free"},
    ],
)
def test_values_that_are_not_plausible_facts_are_ignored(item: dict[str, object]) -> None:
    assert facts_of(item) is None


def test_the_plausible_edges_are_kept() -> None:
    edge = facts_of(
        {
            "context_length": MAX_PLAUSIBLE_WINDOW,
            "pricing": {"prompt": MAX_PLAUSIBLE_PRICE / 1e6, "completion": 0},
        }
    )
    assert edge == ModelFacts("m", MAX_PLAUSIBLE_WINDOW, None, Price(MAX_PLAUSIBLE_PRICE, 0.0))


def test_one_bad_value_does_not_spoil_the_others() -> None:
    item = {"context_length": "NaN", "max_model_len": 4096, "top_provider": {"max_completion_tokens": -1}}
    assert facts_of(item) == ModelFacts("m", 4096)


def test_models_without_facts_are_listed_but_have_no_entry_and_the_first_item_wins() -> None:
    parsed = parse_models(
        body(
            {"id": "plain"},
            {"id": "big", "context_length": 100},
            {"id": "big", "context_length": 200},
            {"id": " spaced ", "max_model_len": 7},
            "bare-string",
            {"name": "by-name", "max_model_len": 9},
            {"id": ""},
            42,
            None,
        )
    )
    assert parsed is not None
    ids, facts = parsed
    assert ids == ("plain", "big", "spaced", "bare-string", "by-name")
    assert facts == (ModelFacts("big", 100), ModelFacts("spaced", 7), ModelFacts("by-name", 9))


def test_a_5000_digit_number_does_not_lose_the_whole_list() -> None:
    raw = b'{"data": [{"id": "a", "context_length": ' + b"9" * 5000 + b'}, {"id": "b", "max_model_len": 8}]}'
    assert parse_models(raw) == (("a", "b"), (ModelFacts("b", 8),))


def test_not_a_list_is_none_and_parse_model_list_still_gives_ids() -> None:
    for raw in (b"", b"<html>", b'{"data": {}}', b'"text"', b"[" * 100000):
        assert parse_models(raw) is None and parse_model_list(raw) is None
    assert parse_model_list(body(OPENROUTER_ITEM, {"id": "x"})) == ("anthropic/claude-sonnet-4.5", "x")
    assert parse_model_list(b'{"models": ["a", "b", "a"]}') == ("a", "b")


def test_a_huge_list_is_read_whole() -> None:
    items = [
        {
            "id": f"model-{i}",
            "context_length": 1000 + i,
            "pricing": {"prompt": "0.000001", "completion": "0.000002"},
        }
        for i in range(20_000)
    ]
    items += [{"id": "model-5", "context_length": 1}] * 20_000  # duplicates cost one look-up each
    parsed = parse_models(json.dumps({"data": items}).encode())
    assert parsed is not None
    ids, facts = parsed
    assert len(ids) == 20_000 and len(facts) == 20_000
    assert facts[5] == ModelFacts("model-5", 1005, None, Price(1.0, 2.0))


# -- real HTTP -------------------------------------------------------------------------------------
@pytest.fixture
def clean_sim(sim: SimulatorServer) -> Iterator[SimulatorServer]:
    sim.simulator.clear_model_facts()
    yield sim
    sim.simulator.clear_model_facts()


def list_models(base_url: str) -> ModelList:
    async def run() -> ModelList:
        async with GatewayClient(fast_config(base_url)) as client:
            return await client.list_models()

    return asyncio.run(run())


def test_without_facts_the_list_has_none(clean_sim: SimulatorServer) -> None:
    listed = list_models(clean_sim.base_url)
    assert listed.from_gateway and listed.models == SEED_MODELS and listed.facts == ()


def test_facts_the_simulator_lists_reach_model_list_facts(clean_sim: SimulatorServer) -> None:
    flash = ModelFacts("gemini-2.5-flash", 1048576, 65535, Price(0.3, 2.5))
    sonnet = ModelFacts("claude-sonnet-4-5", 200000, None, None)
    clean_sim.simulator.set_model_facts({flash.model: flash, sonnet.model: sonnet})
    listed = list_models(clean_sim.base_url)
    assert set(listed.facts) == {flash, sonnet}
    raw = httpx.get(f"{clean_sim.base_url}/models", headers={"Authorization": f"Bearer {KEY}"}).json()
    item = next(i for i in raw["data"] if i["id"] == "gemini-2.5-flash")
    assert item["pricing"] == {"prompt": "0.0000003", "completion": "0.0000025"}  # OpenRouter's strings
    assert item["top_provider"] == {"context_length": 1048576, "max_completion_tokens": 65535}


def test_raw_fields_posted_to_the_simulator_are_read_as_untrusted(clean_sim: SimulatorServer) -> None:
    fields = {
        "gemini-2.5-flash": {"context_length": "NaN", "max_model_len": 4096},
        "gemini-2.5-pro": {"context_length": 10**12, "pricing": {"prompt": "-1", "completion": "-1"}},
        "claude-sonnet-4": {"model_info": {"max_input_tokens": 200000, "max_output_tokens": True}},
    }
    answer = httpx.post(f"{clean_sim.origin}/_sim/model-facts", json=fields)
    assert answer.status_code == 200
    listed = list_models(clean_sim.base_url)
    assert set(listed.facts) == {ModelFacts("gemini-2.5-flash", 4096), ModelFacts("claude-sonnet-4", 200000)}
    assert httpx.delete(f"{clean_sim.origin}/_sim/model-facts").status_code == 200
    assert list_models(clean_sim.base_url).facts == ()


def test_the_seed_fallback_has_no_facts(clean_sim: SimulatorServer) -> None:
    listed = list_models(clean_sim.scenario_url("models_fail"))
    assert not listed.from_gateway and listed.facts == () and listed.error is not None
