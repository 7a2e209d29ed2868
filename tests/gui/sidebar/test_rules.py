"""Pure rules of the sidebar: presets → parameters, model names and groups, stop sequences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_chat.api import SEED_MODEL_ALIASES, SEED_MODELS
from desktop_chat.domain import GenerationParams
from desktop_chat.ui.sidebar.model_catalog import VENDORS, friendly_model_name, group_models, vendor_of
from desktop_chat.ui.sidebar.panel import (
    both_sampling_knobs_set,
    length_for,
    style_for,
    with_length,
    with_style,
)
from desktop_chat.ui.sidebar.widgets import format_stop, parse_stop


def test_style_presets_follow_the_seed_tuning_guide():
    base = GenerationParams(top_p=0.9, max_tokens=5)
    assert with_style(base, "Precise") == GenerationParams(temperature=0.2, top_p=0.9, max_tokens=5)
    assert with_style(base, "Balanced").temperature == 0.7
    assert with_style(base, "Creative").temperature == 1.0
    assert with_style(GenerationParams(temperature=0.7), None).temperature is None
    styles = [style_for(t) for t in (0.2, 0.7, 1.0, 0.5, None)]
    assert styles == ["Precise", "Balanced", "Creative", None, None]


def test_length_presets():
    names = ("Short", "Medium", "Detailed", None)
    assert [with_length(GenerationParams(), n).max_tokens for n in names] == [300, 1000, 3000, None]
    assert [length_for(m) for m in (300, 1000, 3000, 301, None)] == [*names, None]


def test_both_sampling_knobs():
    assert both_sampling_knobs_set(GenerationParams(temperature=0.0, top_p=1.0))
    assert not both_sampling_knobs_set(GenerationParams(temperature=0.5))
    assert not both_sampling_knobs_set(GenerationParams(top_p=0.5))


def test_friendly_names_of_the_seed_models():
    names = {m: friendly_model_name(m) for m in SEED_MODELS}
    assert names["claude-sonnet-4-5"] == "Claude Sonnet 4.5"
    assert names["claude-opus-4-1"] == "Claude Opus 4.1"
    assert names["claude-3-7-sonnet"] == "Claude 3.7 Sonnet"
    assert names["claude-3-5-haiku@20241022"] == "Claude 3.5 Haiku"
    assert names["gemini-2.5-flash-lite"] == "Gemini 2.5 Flash Lite"
    assert names["gemini-2.0-flash"] == "Gemini 2.0 Flash"
    assert names["deepseek-ai/deepseek-r1-0528-maas"] == "DeepSeek R1 (0528)"
    assert friendly_model_name("claude-sonnet-4-20250514") == "Claude Sonnet 4"
    assert friendly_model_name("llama-3.1-8b-instruct") == "Llama 3.1 8B Instruct"
    assert friendly_model_name("openai/gpt-4o-mini") == "GPT 4o Mini"
    assert all(friendly_model_name(m) for m in SEED_MODEL_ALIASES)


def test_vendors_and_groups():
    assert vendor_of("claude-opus-4") == "Anthropic Claude"
    assert vendor_of("anthropic/whatever") == "Anthropic Claude"
    assert vendor_of("google/gemma-3") == "Google Gemini"
    assert vendor_of("deepseek-chat") == "DeepSeek"
    assert vendor_of("gpt-4o") == "Other"
    groups = group_models(["my-model", "gemini-2.5-pro", "claude-sonnet-4-5", "deepseek-chat", "", "my-model",
                           "claude-sonnet-4-5@20250929"])
    assert [g for g, _ in groups] == list(VENDORS)
    assert groups[0][1] == [("claude-sonnet-4-5", "Claude Sonnet 4.5 (claude-sonnet-4-5)"),
                            ("claude-sonnet-4-5@20250929", "Claude Sonnet 4.5 (claude-sonnet-4-5@20250929)")]
    assert groups[3][1] == [("my-model", "My Model")]
    assert group_models([]) == []


def test_parse_stop():
    assert parse_stop("") == ()
    assert parse_stop("END, STOP\nDone,,  ") == ("END", "STOP", "Done")
    assert parse_stop(r"\n\n, a\,b, back\\slash, \tx") == ("\n\n", "a,b", "back\\slash", "\tx")


@given(st.lists(st.text(min_size=1).filter(lambda s: s.strip(" ") == s and s.strip()), max_size=6))
def test_format_then_parse_round_trips(stops):
    assert parse_stop(format_stop(stops)) == tuple(stops)
