"""An MCP tool result → the text the model reads.

Why: a tool may answer with text, pictures, audio, links to resources or embedded resources, and with
any amount of it. The model gets text: text blocks joined; other blocks described in a line (never
inlined: a picture's base64 would flood the context, and we do not render untrusted media); a result
longer than the cap is cut with a note saying how much was left out. Duck-typed on the SDK's content
models (their `type` field) so this module does not import the SDK.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

MAX_RESULT_CHARS = 100_000


def _describe(block: Any) -> str:
    kind = getattr(block, "type", None)
    if kind == "text":
        return str(getattr(block, "text", ""))
    if kind in ("image", "audio"):
        mime = getattr(block, "mime_type", None) or getattr(block, "mimeType", None) or "?"
        data = getattr(block, "data", "") or ""
        return f"[{kind} {mime}, {len(data) * 3 // 4} bytes, not shown]"
    if kind == "resource_link":
        name = getattr(block, "name", "") or ""
        return f"[resource link {name}: {getattr(block, 'uri', '')}]"
    if kind == "resource":
        resource = getattr(block, "resource", None)
        uri = getattr(resource, "uri", "")
        text = getattr(resource, "text", None)
        if isinstance(text, str):
            return f"[resource {uri}]\n{text}"
        mime = getattr(resource, "mime_type", None) or getattr(resource, "mimeType", None) or "?"
        return f"[resource {uri}, {mime}, binary, not shown]"
    return f"[{kind or 'unknown'} content, not shown]"


def cap(text: str, limit: int = MAX_RESULT_CHARS) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n[… {len(text) - limit} more characters left out]"


def result_text(content: Iterable[Any], structured: object = None, *, limit: int = MAX_RESULT_CHARS) -> str:
    """Join the blocks of a CallToolResult's `content` (structured content only when there is no block)."""
    parts = [_describe(block) for block in content]
    if not parts and structured is not None:
        try:
            parts = [json.dumps(structured, ensure_ascii=False, indent=2, default=str)]
        except (TypeError, ValueError):
            parts = [str(structured)]
    return cap("\n".join(parts), limit)
