"""The model list for the picker: from the gateway when it answers, else the last list we saw.

Why: the model picker must never be empty and must work offline. A successful `GET /v1/models`
is cached in `AppPaths.models_cache` (JSON, atomic replace); when the gateway can't be reached the
cached list is offered (marked "from cache"), and with no cache at all the seed document's list
(SEED_MODELS). A damaged cache file is ignored, never fatal.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_chat.api import SEED_MODELS, ModelList

if TYPE_CHECKING:
    from desktop_chat.api import GatewayClient, GatewayError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ModelChoice:
    """What the picker shows: the models, where they came from, and a note for the user."""

    models: tuple[str, ...]
    from_cache: bool  # True: not fresh from the gateway (cache or seed list)
    note: str = ""
    error: GatewayError | None = None


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


def write_cache(path: Path, models: tuple[str, ...], *, now: float | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"models": list(models), "saved_at": time.time() if now is None else now})
    fd, tmp = tempfile.mkstemp(prefix=".models-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def offline_choice(cache_path: Path) -> ModelChoice:
    """The list to show before (or without) asking the gateway: the cache, else the seed list."""
    cached = read_cache(cache_path)
    if cached is not None:
        return ModelChoice(cached[0], True, "")
    return ModelChoice(SEED_MODELS, True, "")


def choice_from_list(result: ModelList, cache_path: Path) -> ModelChoice:
    """Turn the gateway's answer into the picker's list, updating or using the cache."""
    if result.from_gateway and result.models:
        try:
            write_cache(cache_path, result.models)
        except OSError as exc:
            log.warning("could not save the model cache: %s", exc)
        return ModelChoice(result.models, False, "")
    cached = read_cache(cache_path)
    reason = result.error.message if result.error is not None else ""
    if cached is not None:
        when = time.strftime("%d %b %Y", time.localtime(cached[1])) if cached[1] else "earlier"
        note = f"Showing the models saved on {when}. {reason}".strip()
        return ModelChoice(cached[0], True, note, result.error)
    note = f"Showing the standard model list. {reason}".strip()
    return ModelChoice(SEED_MODELS, True, note, result.error)


async def fetch_models(client: GatewayClient, cache_path: Path) -> ModelChoice:
    """Ask the gateway for its models (never raises for world errors: falls back instead)."""
    return choice_from_list(await client.list_models(), cache_path)
