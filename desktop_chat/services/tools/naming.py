"""The names tools are offered to the model under: unique across servers and valid for the wire.

Why: two servers may both have a `search` tool, and OpenAI-compatible gateways accept only
`^[a-zA-Z0-9_-]{1,64}$`. A tool keeps its own name when that is valid and no other server's tool has it
(what the model reads is then what the server's docs say); otherwise it is `server__tool`, with any
other character turned into `_`, cut to fit with a short hash of the pair so two long names cannot
collide. The same configuration always gives the same names (stable across restarts of a server).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

MAX_NAME = 64
_VALID = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
_INVALID_CHARS = re.compile(r"[^a-zA-Z0-9_-]")
SEPARATOR = "__"


def is_valid_name(name: str) -> bool:
    return bool(_VALID.fullmatch(name))


def _short_hash(server: str, tool: str) -> str:
    return hashlib.sha256(f"{server}\x00{tool}".encode()).hexdigest()[:8]


def qualified_name(server: str, tool: str) -> str:
    """`server__tool`, sanitised, and shortened with a hash of the pair when too long or when
    sanitising changed it (two different pairs must not meet on one name)."""
    raw = f"{server}{SEPARATOR}{tool}"
    clean = _INVALID_CHARS.sub("_", raw)
    if clean == raw and len(clean) <= MAX_NAME:
        return clean
    suffix = "_" + _short_hash(server, tool)
    return clean[: MAX_NAME - len(suffix)] + suffix


def unique_names(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(server, tool) → the name offered to the model; every name distinct and valid."""
    pairs = list(dict.fromkeys(pairs))
    own = Counter(tool for _server, tool in pairs)
    names: dict[tuple[str, str], str] = {}
    for server, tool in pairs:
        keep_own = own[tool] == 1 and is_valid_name(tool)
        names[(server, tool)] = tool if keep_own else qualified_name(server, tool)
    # A qualified name may still meet another server's own tool name (a tool literally called "a__b"):
    taken = Counter(names.values())
    for pair, name in list(names.items()):
        if taken[name] > 1:
            suffix = "_" + _short_hash(*pair)
            names[pair] = _INVALID_CHARS.sub("_", name)[: MAX_NAME - len(suffix)] + suffix
    return names
