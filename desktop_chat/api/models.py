"""The models the seed document lists, and reading the gateway's own `GET /v1/models` answer.

Why: the model picker must never be empty. When the gateway lists its models we offer those; when
the endpoint is missing or fails (many gateways don't implement it) the seed's list is the fallback.
Some gateways also say what each model accepts and costs — the app plans long chats with it — so
the list's items are read for those facts too, as untrusted input (see `model_facts`), and so is
whether a model reads images and draws them; for the seed's models that is also known offline
(`known_image_abilities`), which the services combine with the gateway's facts and the person's
per-model settings.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from desktop_chat.domain import ModelFacts, Price

SEED_MODELS: tuple[str, ...] = (
    "claude-sonnet-4-5",
    "claude-sonnet-4",
    "claude-opus-4-1",
    "claude-opus-4",
    "claude-3-7-sonnet",
    "claude-3-5-haiku@20241022",
    "claude-3-haiku@20240307",
    "gemini-2.5-pro",
    "gemini-2.5-flash",
    "gemini-2.5-flash-image-preview",
    "gemini-2.5-flash-lite",
    "gemini-2.0-flash",
    "gemini-2.0-flash-lite",
    "deepseek-ai/deepseek-r1-0528-maas",
)

# Dated aliases the seed gives next to some names; gateways accept both spellings.
SEED_MODEL_ALIASES: dict[str, str] = {
    "claude-sonnet-4-5@20250929": "claude-sonnet-4-5",
    "claude-sonnet-4-20250514": "claude-sonnet-4",
    "claude-opus-4-1@20250805": "claude-opus-4-1",
}

REASONING_MODELS: frozenset[str] = frozenset({"deepseek-ai/deepseek-r1-0528-maas"})


MAX_PLAUSIBLE_WINDOW = 100_000_000  # tokens; a bigger context window or output limit is a mistake
MAX_PLAUSIBLE_PRICE = 10_000.0  # US dollars per million tokens; a dearer price is a mistake

# Where gateways put a model's context window and its output limit, best first:
# OpenRouter `context_length` (+ `top_provider`), vLLM `max_model_len`, LiteLLM `max_input_tokens` /
# `max_output_tokens` (at the top or under `model_info`), others `max_tokens`.
_WINDOW_KEYS = (
    ("context_length",),
    ("top_provider", "context_length"),
    ("max_model_len",),
    ("max_input_tokens",),
    ("model_info", "max_input_tokens"),
    ("context_window",),
)
_OUTPUT_KEYS = (
    ("top_provider", "max_completion_tokens"),
    ("max_output_tokens",),
    ("model_info", "max_output_tokens"),
    ("max_completion_tokens",),
    ("max_tokens",),
    ("model_info", "max_tokens"),
)
# (input, output, how many tokens the price is for): OpenRouter's `pricing` strings are dollars per
# token, as are LiteLLM's `input_cost_per_token` numbers.
_PRICE_KEYS = (
    (("pricing", "prompt"), ("pricing", "completion")),
    (("model_info", "input_cost_per_token"), ("model_info", "output_cost_per_token")),
    (("input_cost_per_token",), ("output_cost_per_token",)),
)


def parse_model_list(body: bytes) -> tuple[str, ...] | None:
    """Model ids from `{"data": [{"id": …}]}` (or a bare list); None when the body isn't such a list."""
    parsed = parse_models(body)
    return None if parsed is None else parsed[0]


def parse_models(body: bytes) -> tuple[tuple[str, ...], tuple[ModelFacts, ...]] | None:
    """(ids, facts) of a model list: every id once, in order, and the facts of each listed model that
    has any (its first item wins); None when the body isn't a model list. Linear in the body's size."""
    try:
        obj = json.loads(body, parse_int=_json_int)
    except (ValueError, RecursionError):
        return None
    items = obj.get("data", obj.get("models")) if isinstance(obj, dict) else obj
    if not isinstance(items, list):
        return None
    ids: dict[str, ModelFacts | None] = {}  # ordered and de-duplicated in linear time (lists can be huge)
    for item in items:
        model_id = item.get("id") or item.get("name") if isinstance(item, dict) else item
        if isinstance(model_id, str) and model_id.strip() and model_id.strip() not in ids:
            ids[model_id.strip()] = model_facts(model_id.strip(), item) if isinstance(item, dict) else None
    return tuple(ids), tuple(facts for facts in ids.values() if facts is not None)


def model_facts(model: str, item: dict[str, Any]) -> ModelFacts | None:
    """What one item of a model list says about `model`; None when it says nothing usable.

    Untrusted input: a value counts only if it is a number (or a string holding one) — never a bool,
    NaN or infinity —, and a token count only if it is a whole number from 1 to
    `MAX_PLAUSIBLE_WINDOW`. A price needs both halves, each from 0 (free) to `MAX_PLAUSIBLE_PRICE`
    per million; a negative one (OpenRouter's "-1") means unknown.
    """
    window = _first(item, _WINDOW_KEYS, _token_count)
    output = _first(item, _OUTPUT_KEYS, _token_count)
    price = None
    for input_keys, output_keys in _PRICE_KEYS:
        per_input = _price(_dig(item, input_keys))
        per_output = _price(_dig(item, output_keys)) if per_input is not None else None
        if per_input is not None and per_output is not None:
            price = Price(per_input, per_output)
            break
    reads, draws = _image_abilities(item)
    if window is None and output is None and price is None and reads is None and draws is None:
        return None
    return ModelFacts(model, window, output, price, reads_images=reads, draws_images=draws)


def _image_abilities(item: dict[str, Any]) -> tuple[bool | None, bool | None]:
    """(reads, draws) images, as a list item says: OpenRouter `architecture.input_modalities` /
    `output_modalities` (or its older `architecture.modality`, "text+image->text"), LiteLLM
    `model_info.supports_vision` / `supported_modalities` / `supported_output_modalities`. Only real
    bools and lists of strings count; None where the item says nothing usable."""
    reads = _has_image(_dig(item, ("architecture", "input_modalities")))
    draws = _has_image(_dig(item, ("architecture", "output_modalities")))
    modality = _dig(item, ("architecture", "modality"))
    if isinstance(modality, str) and modality.count("->") == 1 and len(modality) <= 200:
        inputs, outputs = modality.split("->")
        reads = "image" in inputs.split("+") if reads is None else reads
        draws = "image" in outputs.split("+") if draws is None else draws
    for info in (item.get("model_info"), item):
        if not isinstance(info, dict):
            continue
        vision = info.get("supports_vision")
        if reads is None and isinstance(vision, bool):
            reads = vision
        if reads is None:
            reads = _has_image(info.get("supported_modalities"))
        if draws is None:
            draws = _has_image(info.get("supported_output_modalities"))
    return reads, draws


def _has_image(value: object) -> bool | None:
    """Whether a modality list names "image"; None unless it is a list of strings."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return any(v.strip().lower() == "image" for v in value)


def known_image_abilities(model: str) -> tuple[bool | None, bool | None]:
    """(reads, draws) images for the seed's kinds of model, by name; None where it isn't known.

    Claude 3 and later and every Gemini read images; Gemini ids with "-image" (for example
    `gemini-2.5-flash-image-preview`) also draw them; DeepSeek's text models (R1, V3, chat) read
    none. Dated aliases and provider prefixes ("anthropic/", "google/", "vertex_ai/…") are ignored.
    """
    name = SEED_MODEL_ALIASES.get(model, model).strip().lower()
    base = name.rsplit("/", 1)[-1].split("@", 1)[0]
    if base.startswith("claude-"):
        old = base.startswith(("claude-2", "claude-1", "claude-instant"))
        return (None, None) if old else (True, False)
    if base.startswith("gemini-"):
        return True, "-image" in base
    if "deepseek" in name and "-vl" not in base and "janus" not in base:
        return False, False
    return None, None


def _json_int(text: str) -> int | float:
    # A 5,000-digit integer would make json.loads raise (int_max_str_digits) and lose the whole list.
    return int(text) if len(text) <= 18 else float(text)


def _dig(item: dict[str, Any], keys: tuple[str, ...]) -> object:
    value: object = item.get(keys[0])
    for key in keys[1:]:
        if not isinstance(value, dict):  # JSON objects are dicts (and a dict check is cheap)
            return None
        value = value.get(key)
    return value


def _first(
    item: dict[str, Any], paths: tuple[tuple[str, ...], ...], read: Callable[[object], int | None]
) -> int | None:
    for path in paths:
        value = _dig(item, path)
        if value is not None:
            found = read(value)
            if found is not None:
                return found
    return None


def _number(value: object) -> float | None:
    """A finite number from a JSON number or a string holding one; None for anything else (bools too)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        if len(value) > 40:
            return None
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, (int, float)) and math.isfinite(value):
        return float(value)
    return None


def _token_count(value: object) -> int | None:
    number = _number(value)
    if number is None or not number.is_integer() or not 0 < number <= MAX_PLAUSIBLE_WINDOW:
        return None
    return int(number)


def _price(value: object) -> float | None:
    """Dollars per million tokens from a price in dollars per token; None when unknown or absurd."""
    number = None if value is None else _number(value)
    if number is None or number < 0:
        return None
    per_million = round(number * 1_000_000, 9)  # "0.000003" reads 3.0, not 2.9999999999999996
    return per_million if per_million <= MAX_PLAUSIBLE_PRICE else None
