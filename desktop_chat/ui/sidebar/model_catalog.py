"""Friendly names and vendor groups for model ids ("claude-sonnet-4-5" → "Claude Sonnet 4.5").

Why: office staff pick a model by name, not by id. Gateways list ids in any order and invent new
ones, so the naming is a small rule (with a few exceptions) rather than a fixed table, and anything
unknown still gets a readable name and lands under "Other". Plain Python but for the vendor
headings, which are English source texts shown translated (`vendor_words`, context "ModelCatalog").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

VENDORS = (  # the groups' keys; shown: vendor_words()
    QT_TRANSLATE_NOOP("ModelCatalog", "Anthropic Claude"),
    QT_TRANSLATE_NOOP("ModelCatalog", "Google Gemini"),
    QT_TRANSLATE_NOOP("ModelCatalog", "DeepSeek"),
    QT_TRANSLATE_NOOP("ModelCatalog", "Other"),
)

_EXACT = {
    "deepseek-ai/deepseek-r1-0528-maas": "DeepSeek R1 (0528)",
    "gemini-2.5-flash-image-preview": "Gemini 2.5 Flash Image (preview)",
}
_WORDS = {
    "gpt": "GPT", "deepseek": "DeepSeek", "r1": "R1", "v3": "V3", "ai": "AI", "llm": "LLM",
    "preview": "(preview)", "exp": "(experimental)", "o1": "o1", "o3": "o3", "o4": "o4",
}  # fmt: skip
_DATE_SUFFIX = re.compile(r"(@\d{8}|-\d{8}|@latest)$")


def vendor_words(vendor: str) -> str:
    """A vendor of `VENDORS` as its heading shows it, translated."""
    return QCoreApplication.translate("ModelCatalog", vendor)


def vendor_of(model_id: str) -> str:
    """Which of `VENDORS` a model belongs to, judged by its id."""
    lowered = model_id.lower()
    base = lowered.rsplit("/", 1)[-1]
    if base.startswith("claude") or lowered.startswith("anthropic/"):
        return VENDORS[0]
    if base.startswith("gemini") or lowered.startswith("google/"):
        return VENDORS[1]
    if "deepseek" in lowered:
        return VENDORS[2]
    return VENDORS[3]


def friendly_model_name(model_id: str) -> str:
    """A readable name: vendor prefix and date suffix dropped, version digits joined with dots."""
    model_id = model_id.strip()
    if model_id in _EXACT:
        return _EXACT[model_id]
    base = _DATE_SUFFIX.sub("", model_id.rsplit("/", 1)[-1])
    tokens = [t for t in re.split(r"[-_\s]+", base) if t]
    if not tokens:
        return model_id
    words: list[str] = []
    digits: list[str] = []
    for token in tokens:
        if token.isdigit() and len(token) <= 2:
            digits.append(token)
            continue
        if digits:
            words.append(".".join(digits))
            digits = []
        words.append(_word(token))
    if digits:
        words.append(".".join(digits))
    return " ".join(words)


def _word(token: str) -> str:
    lowered = token.lower()
    if lowered in _WORDS:
        return _WORDS[lowered]
    if token != lowered:
        return token  # keep deliberate capitals ("Llama", "GLM")
    if re.fullmatch(r"\d+(\.\d+)?[a-z]?", lowered):
        return lowered.upper() if lowered[-1] in "bkm" else lowered  # sizes: 8B, 128K
    return token[:1].upper() + token[1:]


def group_models(model_ids: Sequence[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(vendor, [(id, display name), …]), …] in `VENDORS` order, keeping each vendor's given order.

    Duplicate display names (an id and its dated alias) get the id in brackets so each entry is
    distinguishable. Empty and repeated ids are dropped.
    """
    ids = list(dict.fromkeys(m.strip() for m in model_ids if m.strip()))  # in order, once each
    names = {m: friendly_model_name(m) for m in ids}
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for vendor in VENDORS:
        members = [(m, names[m] if counts[names[m]] == 1 else f"{names[m]} ({m})")
                   for m in ids if vendor_of(m) == vendor]
        if members:
            groups.append((vendor, members))
    return groups
