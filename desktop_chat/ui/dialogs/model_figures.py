"""Reading and writing the figures of Settings → Models: token counts and prices, in the person's format.

Why apart from the table: what counts as a good entry (whole tokens from 1 to 100,000,000; prices
from 0 to 10,000 dollars per million tokens, with decimals) and the plain sentence that refuses a bad
one are rules, tested alone. Numbers are read and shown with the person's locale, always with
thousands separators (Qt's "C" locale leaves them out); typing "200,000", "200000" or "200k" all work.
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop_chat.domain import LimitSource
from desktop_chat.ui.words.figures import numbers

MAX_TOKENS = 100_000_000
MAX_PRICE = 10_000.0

_SPACES = re.compile(r"[\s\u00a0\u202f'_]")
_GROUPED = re.compile(r"\d{1,3}([,.])\d{3}(\1\d{3})*")
_SUFFIXED = re.compile(r"(\d+(?:[.,]\d+)?)([kKmM])")


translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


class FigureKind(enum.Enum):
    """What a cell holds: a number of tokens or a price per million tokens."""

    TOKENS = "tokens"
    PRICE = "price"


@dataclass(frozen=True, slots=True)
class Entry:
    """What the person typed, read: `value` None means "cleared" (use the other sources)."""

    value: int | float | None


@dataclass(frozen=True, slots=True)
class Refusal:
    """A bad entry, and the plain sentence that says why and what would do."""

    message: str


number_locale = numbers  # the person's number format, thousands separators always (ui/words/figures)


def tokens_text(tokens: int | None) -> str:
    """"200,000" (in the person's format); "" when unknown."""
    return "" if tokens is None else number_locale().toString(int(tokens))


def price_text(price: float | None) -> str:
    """"3.00", "0.075" — two decimals, more when the price has them (up to four); "" when unknown."""
    if price is None:
        return ""
    decimals = 2
    while decimals < 4 and abs(round(price, decimals) - price) > 1e-9:
        decimals += 1
    return number_locale().toString(float(price), "f", decimals)


def source_text(source: LimitSource) -> str:
    """Where a figure comes from, in the words of the table's "From" column."""
    match source:
        case LimitSource.STANDARD:
            return translate("ModelFigures", "Standard")
        case LimitSource.GATEWAY:
            return translate("ModelFigures", "Gateway")
        case LimitSource.LEARNED:
            return translate("ModelFigures", "Learned from an error")
        case LimitSource.SETTINGS:
            return translate("ModelFigures", "Yours")
        case LimitSource.NONE:
            return translate("ModelFigures", "Not known")


def read_entry(kind: FigureKind, text: str) -> Entry | Refusal:
    """The figure in `text`, an empty Entry for a cleared cell, or a Refusal that says why not."""
    stripped = text.strip()
    if not stripped:
        return Entry(None)
    if kind is FigureKind.TOKENS:
        tokens = _read_tokens(stripped)
        if tokens is None or not 0 < tokens <= MAX_TOKENS:
            return Refusal(translate(
                "ModelFigures", "“{text}” is not a number of tokens. Enter a whole number from 1 to "
                "{largest}, or empty the cell to use the other figures.").format(
                text=stripped, largest=tokens_text(MAX_TOKENS)))
        return Entry(tokens)
    price = _read_price(stripped)
    if price is None or not 0 <= price <= MAX_PRICE:
        return Refusal(translate(
            "ModelFigures", "“{text}” is not a price. Enter US dollars per million tokens from 0 to "
            "{largest}, for example {example}, or empty the cell to use the other figures.").format(
            text=stripped, largest=tokens_text(int(MAX_PRICE)), example=price_text(3.5)))
    return Entry(price)


def _read_tokens(text: str) -> int | None:
    compact = _SPACES.sub("", text)
    locale = number_locale()
    value, ok = locale.toLongLong(compact)
    if ok:
        return int(value)
    if _GROUPED.fullmatch(compact):  # "200,000" or "200.000", whichever the locale
        return int(re.sub(r"[,.]", "", compact))
    if compact.isdigit():
        return int(compact)
    suffixed = _SUFFIXED.fullmatch(compact)  # "200k", "1M", "1.5M"
    if suffixed:
        number = float(suffixed.group(1).replace(",", "."))
        scale = 1_000 if suffixed.group(2) in "kK" else 1_000_000
        whole = number * scale
        return int(whole) if whole == int(whole) else None
    return None


def _read_price(text: str) -> float | None:
    compact = _SPACES.sub("", text).strip("$").strip()
    if not compact:
        return None
    value, ok = number_locale().toDouble(compact)
    if not ok:
        if compact.count(",") == 1 and "." not in compact:
            compact = compact.replace(",", ".")  # "3,5" where the locale writes 3.5
        try:
            value = float(compact)
        except ValueError:
            return None
    return float(value) if math.isfinite(value) else None
