"""The simulator's vocabulary: what a reply is, how a scenario is named, what a request brings.

Why: the scenario catalogue (`scenarios.py`), the streamed answers (`streams.py`) and the HTTP
server (`gateway.py`) all speak in these few plain types; keeping them apart avoids import cycles.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import unquote


@dataclass(frozen=True, slots=True)
class Pause:
    seconds: float


class _Drop:
    def __repr__(self) -> str:
        return "DROP"


DROP = _Drop()  # close the connection here, without finishing the HTTP body
Piece = bytes | Pause | _Drop


@dataclass(slots=True)
class Reply:
    status: int = 200
    content_type: str = "application/json"
    body: bytes = b""
    stream: Iterable[Piece] | None = None  # chunked transfer when set
    headers: list[tuple[str, str]] = field(default_factory=list)
    header_delay: float = 0.0
    split: int = 0


@dataclass(frozen=True, slots=True)
class Spec:
    name: str
    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> Spec:
        parts = [p.strip() for p in unquote(text).split(";") if p.strip()]
        if not parts:
            return cls("default")
        params: dict[str, str] = {}
        for part in parts[1:]:
            key, _, value = part.partition("=")
            params[key.strip().lower()] = value.strip()
        return cls(parts[0].lower().replace("-", "_"), params)

    def text(self, key: str, default: str) -> str:
        return self.params.get(key, default)

    def num(self, key: str, default: float) -> float:
        try:
            return float(self.params[key])
        except (KeyError, ValueError):
            return default


@dataclass(frozen=True, slots=True)
class ChatContext:
    """What the scenario needs to know about the request."""

    model: str
    payload: dict[str, Any]
    default_tps: float = 200.0

    @property
    def stream(self) -> bool:
        return bool(self.payload.get("stream"))


E = TypeVar("E", bound=enum.Enum)


def choice(kind: type[E], raw: object, default: E) -> E:
    """`raw` (a control's or a scenario's text: any case, `-` for `_`) as a member of `kind`;
    `default` when it names none."""
    if raw is None:
        return default
    try:
        return kind(str(raw).strip().lower().replace("-", "_"))
    except ValueError:
        return default
