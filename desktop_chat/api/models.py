"""The models the seed document lists, and reading the gateway's own `GET /v1/models` answer.

Why: the model picker must never be empty. When the gateway lists its models we offer those; when
the endpoint is missing or fails (many gateways don't implement it) the seed's list is the fallback.
"""

from __future__ import annotations

import json

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


def parse_model_list(body: bytes) -> tuple[str, ...] | None:
    """Model ids from `{"data": [{"id": …}]}` (or a bare list); None when the body isn't such a list."""
    try:
        obj = json.loads(body)
    except (ValueError, RecursionError):
        return None
    items = obj.get("data", obj.get("models")) if isinstance(obj, dict) else obj
    if not isinstance(items, list):
        return None
    ids: dict[str, None] = {}  # ordered and de-duplicated in linear time (lists can be huge)
    for item in items:
        model_id = item.get("id") or item.get("name") if isinstance(item, dict) else item
        if isinstance(model_id, str) and model_id.strip():
            ids.setdefault(model_id.strip())
    return tuple(ids)
