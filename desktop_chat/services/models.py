"""The model list for the picker: from the gateway when it answers, else the last list we saw.

Why: the model picker must never be empty and must work offline. A successful `GET /v1/models`
is cached in `AppPaths.models_cache` (JSON, atomic replace); when the gateway can't be reached the
cached list is offered, and with no cache at all the seed document's list (SEED_MODELS). A damaged
cache file is ignored, never fatal. Where the list came from is a typed `ModelSource` with the
cache's saved-at time and the gateway's error; the UI words the note under the picker. The cache
also keeps what the list said about each model (context window, output limit, price:
`ModelFacts`), so the context meter knows them offline.
"""

from __future__ import annotations

import enum
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_chat.api import SEED_MODELS, ModelList
from desktop_chat.domain import ModelFacts, Price
from desktop_chat.paths import write_text_atomically

if TYPE_CHECKING:
    from desktop_chat.api import GatewayClient, GatewayError

log = logging.getLogger(__name__)


class ModelSource(enum.Enum):
    """Where the picker's list came from."""

    GATEWAY = "gateway"  # fresh from the gateway's GET /models
    SAVED = "saved"  # the list saved the last time the gateway answered (see `saved_at`)
    STANDARD = "standard"  # the seed document's standard list: nothing saved yet
    GATEWAY_LISTS_NONE = "gateway_lists_none"  # the gateway works but has no /models endpoint


@dataclass(frozen=True, slots=True)
class ModelChoice:
    """What the picker shows: the models, where they came from, and why not from the gateway.

    `error` is set when the gateway was asked and failed (None before asking, or on success);
    `saved_at` is the Unix time the SAVED list was written (None when unknown).
    """

    models: tuple[str, ...]
    source: ModelSource
    saved_at: float | None = None
    error: GatewayError | None = None
    facts: tuple[ModelFacts, ...] = ()

    @property
    def from_cache(self) -> bool:
        """Not fresh from the gateway (a saved or the standard list)."""
        return self.source is not ModelSource.GATEWAY


def _facts_to_json(facts: tuple[ModelFacts, ...]) -> list[dict[str, object]]:
    return [
        {"model": f.model, "context_window": f.context_window, "max_output": f.max_output,
         "price": None if f.price is None else [f.price.input_per_million, f.price.output_per_million]}
        for f in facts
    ]  # fmt: skip


def _positive(raw: object) -> int | None:
    return raw if isinstance(raw, int) and not isinstance(raw, bool) and 0 < raw <= 100_000_000 else None


def _facts_from_json(raw: object) -> tuple[ModelFacts, ...]:
    """The saved facts; anything damaged is left out (the gateway's next list brings it back)."""
    if not isinstance(raw, list):
        return ()
    found: list[ModelFacts] = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("model"), str):
            continue
        price_raw = item.get("price")
        price = None
        if isinstance(price_raw, list) and len(price_raw) == 2 and all(
            isinstance(p, int | float) and not isinstance(p, bool) and 0 <= p <= 10_000 for p in price_raw
        ):
            price = Price(float(price_raw[0]), float(price_raw[1]))
        found.append(ModelFacts(item["model"], _positive(item.get("context_window")),
                                _positive(item.get("max_output")), price))
    return tuple(found)


def read_cached_facts(path: Path) -> tuple[ModelFacts, ...]:
    """The model facts saved with the list (empty when none or damaged)."""
    try:
        return _facts_from_json(json.loads(path.read_text(encoding="utf-8")).get("facts"))
    except (OSError, ValueError, AttributeError, RecursionError):
        return ()


def read_cache(path: Path) -> tuple[tuple[str, ...], float] | None:
    """(models, saved-at Unix time) from the cache file, or None if missing or damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        models = tuple(str(m) for m in data["models"] if isinstance(m, str) and m.strip())
        saved_at = float(data.get("saved_at", 0))
        if not 0 <= saved_at < 2**32:  # NaN, infinite or absurd: no date rather than a crash
            saved_at = 0.0
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, OSError, AttributeError, RecursionError) as exc:
        log.warning("model cache unreadable (%s); ignoring it", type(exc).__name__)
        return None
    return (models, saved_at) if models else None


def write_cache(
    path: Path, models: tuple[str, ...], *, now: float | None = None, facts: tuple[ModelFacts, ...] = ()
) -> None:
    payload = json.dumps({"models": list(models), "saved_at": time.time() if now is None else now,
                          "facts": _facts_to_json(facts)})
    write_text_atomically(path, payload, durable=False)


def offline_choice(cache_path: Path) -> ModelChoice:
    """The list to show before (or without) asking the gateway: the cache, else the seed list."""
    cached = read_cache(cache_path)
    if cached is not None:
        facts = read_cached_facts(cache_path)
        return ModelChoice(cached[0], ModelSource.SAVED, cached[1] or None, facts=facts)
    return ModelChoice(SEED_MODELS, ModelSource.STANDARD)


def choice_from_list(result: ModelList, cache_path: Path) -> ModelChoice:
    """Turn the gateway's answer into the picker's list, updating or using the cache."""
    if result.from_gateway and result.models:
        try:
            write_cache(cache_path, result.models, facts=result.facts)
        except OSError as exc:
            log.warning("could not save the model cache: %s", exc)
        return ModelChoice(result.models, ModelSource.GATEWAY, facts=result.facts)
    cached = read_cache(cache_path)
    if cached is not None:
        return ModelChoice(cached[0], ModelSource.SAVED, cached[1] or None, result.error,
                           read_cached_facts(cache_path))
    return ModelChoice(SEED_MODELS, ModelSource.STANDARD, None, result.error)


async def fetch_models(client: GatewayClient, cache_path: Path) -> ModelChoice:
    """Ask the gateway for its models (never raises for world errors: falls back instead)."""
    return choice_from_list(await client.list_models(), cache_path)
