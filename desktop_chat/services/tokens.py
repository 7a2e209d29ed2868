"""How many tokens a request will cost, estimated offline and learned from the gateway's own counts.

Why not a real tokenizer: tiktoken downloads its vocabulary at first use (the app must work with no
network), Anthropic publishes none for its current models, and a gateway may serve any model. What
the app needs is an estimate good enough to decide what to send before sending, that gets better
with every answer. So a text is reduced to a handful of counts that decide the token count of a
byte-pair encoding (`TextShape`: words and their lengths, digits, symbols — code is dense with
them —, Han and other CJK characters, line breaks and indentation, per-message overhead), and a
per-model `Calibration` weighs those counts: it starts from priors close to GPT/Claude-like
tokenizers and learns from each answer's `usage.prompt_tokens` by regularised least squares toward
the priors, one multiplier per feature, so a chat mixing English, Chinese and code converges too.

`ContextEstimator` keeps each message's shape and the last branch's running sums, so re-estimating
a 2,000-message chat while typing costs only the new messages and the draft.

Shaping is fast: the text is classified with `bytes.translate` tables and counted with
`bytes.count`, never character by character in Python (100,000 characters in well under a
millisecond of C loops per feature).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from string import ascii_letters, ascii_lowercase, ascii_uppercase, digits, punctuation
from typing import ClassVar

from desktop_chat.domain import ChatMessage, ImagePart, Message, Role
from desktop_chat.services.context import estimated_text, image_tokens, is_sent, sent_images


@dataclass(frozen=True, slots=True)
class TextShape:
    """The counts of a text that decide its token count; add shapes to get a request's shape."""

    messages: int = 0  # per-message overhead (role markers, separators)
    words: int = 0  # runs of ASCII letters
    letters: int = 0  # ASCII letters in those runs (longer words cost more)
    long_blocks: int = 0  # 8-letter blocks inside words: long words split into several tokens
    humps: int = 0  # lower→Upper changes inside words (camelCase identifiers split there)
    digit_runs: int = 0
    digits: int = 0
    symbols: int = 0  # ASCII punctuation and symbols
    symbol_runs: int = 0
    newlines: int = 0
    indents: int = 0  # lines indented by two or more spaces/tabs
    han: int = 0  # Han ideographs (Chinese, kanji, hanja)
    cjk_other: int = 0  # kana, Hangul, CJK punctuation and full-width forms
    other: int = 0  # any other non-ASCII character (accented letters, Cyrillic, emoji…)

    FEATURES: ClassVar[tuple[str, ...]]

    def vector(self) -> tuple[int, ...]:
        return (self.messages, self.words, self.letters, self.long_blocks, self.humps, self.digit_runs,
                self.digits, self.symbols, self.symbol_runs, self.newlines, self.indents, self.han,
                self.cjk_other, self.other)

    @classmethod
    def of_vector(cls, vector: Iterable[int]) -> TextShape:
        return cls(*vector)

    def __add__(self, other: TextShape) -> TextShape:
        if not isinstance(other, TextShape):
            return NotImplemented
        return TextShape(*map(operator.add, self.vector(), other.vector()))

    def with_messages(self, messages: int) -> TextShape:
        return TextShape(messages, *self.vector()[1:])


TextShape.FEATURES = tuple(f.name for f in fields(TextShape))
EMPTY = TextShape()
ONE_MESSAGE = TextShape(messages=1)
_N = len(TextShape.FEATURES)
_ZERO = (0,) * _N


def _table(members: str, mark: str = "x") -> bytes:
    """A bytes.translate table: the members become `mark`, every other byte a space."""
    table = bytearray(b" " * 256)
    for ch in members:
        table[ord(ch)] = ord(mark)
    return bytes(table)


_LETTERS = _table(ascii_letters)
_CASES = bytes(
    ord("a") if chr(i) in ascii_lowercase else ord("A") if chr(i) in ascii_uppercase else ord(" ")
    for i in range(256)
)
_DIGITS = _table(digits)
_SYMBOLS = _table(punctuation.replace("?", ""))  # "?" is counted from the text itself
_LINE_STARTS = bytes(ord("x") if chr(i) in " \t" else ord("n") if chr(i) == "\n" else ord(" ")
                     for i in range(256))


def _high_byte_table() -> bytes:
    """Classes of a UTF-16 code unit by its high byte: h Han, k other CJK, o other, space: skip."""
    table = bytearray(b"o" * 256)
    table[0x00] = ord(" ")  # ASCII is counted from the ASCII bytes; Latin-1 is added back as "other"
    for hi in (*range(0x34, 0xA0), 0xF9, 0xFA):  # CJK ext. A, unified ideographs, compatibility
        table[hi] = ord("h")
    for hi in (0x11, 0x30, 0x31, 0x32, 0x33, *range(0xA0, 0xA5), *range(0xAC, 0xD8), 0xFE, 0xFF):
        table[hi] = ord("k")  # Hangul jamo, CJK punctuation, kana, Yi, Hangul syllables, full width
    for hi in range(0xDC, 0xE0):  # low surrogates: the high one already counted the character
        table[hi] = ord(" ")
    return bytes(table)


_HIGH = _high_byte_table()


def _runs(classes: bytes) -> int:
    """Runs of 'x' in a string of 'x' and spaces (a run starts after a space or at the start)."""
    return classes.count(b" x") + (classes[:1] == b"x")


def shape_of(text: str) -> TextShape:
    """The shape of one text, as part of a message (no message overhead)."""
    if not text:
        return EMPTY
    questions = text.count("?")  # each one token and one run (rarely merged with other symbols)
    if text.isascii():
        raw = text.encode("ascii")
        han = cjk = other = 0
    else:
        raw = text.encode("ascii", "replace")  # "?" in place of each other character
        units = text.encode("utf-16-be", "surrogatepass")[0::2].translate(_HIGH)
        han = units.count(b"h")
        cjk = units.count(b"k")
        other = raw.count(b"?") - questions - han - cjk
    letters = raw.translate(_LETTERS)
    numbers = raw.translate(_DIGITS)
    symbols = raw.translate(_SYMBOLS)
    lines = raw.translate(_LINE_STARTS)
    return TextShape(
        messages=0,
        words=_runs(letters),
        letters=letters.count(b"x"),
        long_blocks=letters.count(b"xxxxxxxx"),
        humps=raw.translate(_CASES).count(b"aA"),
        digit_runs=_runs(numbers),
        digits=numbers.count(b"x"),
        symbols=symbols.count(b"x") + questions,
        symbol_runs=_runs(symbols) + questions,
        newlines=raw.count(b"\n"),
        indents=lines.count(b"nxx") + (lines[:2] == b"xx"),
        han=han,
        cjk_other=cjk,
        other=other,
    )


def message_shape(content: str) -> TextShape:
    """The shape of one message sent with `content` (its text plus one message's overhead)."""
    return shape_of(content).with_messages(1)


def shape_of_messages(messages: Iterable[ChatMessage]) -> TextShape:
    """The shape of a request: every message's text plus one overhead each."""
    total = [0] * _N
    count = 0
    for message in messages:
        for i, value in enumerate(shape_of(message.content).vector()):
            total[i] += value
        count += 1
    total[0] += count
    return TextShape.of_vector(total)


# Tokens per unit of each feature, close to GPT-4/Claude-like BPE tokenizers: ≈ 4.4 characters per
# English token, ≈ 1 token per Han character (cl100k ≈ 1.3, o200k- and Qwen-like fewer), symbols
# ≈ 1 each (runs merge), a few per message.
PRIORS: Mapping[str, float] = {
    "messages": 4.0,
    "words": 0.9,
    "letters": 0.05,
    "long_blocks": 0.5,
    "humps": 0.5,
    "digit_runs": 0.4,
    "digits": 0.35,
    "symbols": 0.5,
    "symbol_runs": 0.35,
    "newlines": 0.6,
    "indents": 0.8,
    "han": 1.0,
    "cjk_other": 1.0,
    "other": 0.6,
}
assert tuple(PRIORS) == TextShape.FEATURES

# Features learned together: with few observations a whole group moves before its members do.
GROUPS: tuple[tuple[str, ...], ...] = (
    ("messages",),
    ("words", "letters", "long_blocks", "humps"),
    ("digit_runs", "digits"),
    ("symbols", "symbol_runs"),
    ("newlines", "indents"),
    ("han", "cjk_other"),
    ("other",),
)
assert sorted(n for g in GROUPS for n in g) == sorted(TextShape.FEATURES)
_GROUP_OF = tuple(next(k for k, g in enumerate(GROUPS) if name in g) for name in TextShape.FEATURES)
_P = 1 + len(GROUPS) + _N  # unknowns: one for all, one per group, one per feature
# The pull of the priors on each unknown, against one observation's squared relative error: the
# overall scale moves most freely, a group less, a single feature least.
RIDGE_ALL = 0.001
RIDGE_GROUP = 0.002
RIDGE_FEATURE = 0.02
_RIDGE = (RIDGE_ALL, *(RIDGE_GROUP,) * len(GROUPS), *(RIDGE_FEATURE,) * _N)
DECAY = 0.97  # older observations weigh a little less (a gateway may change its tokenizer)
MAX_RATIO = 20.0  # an observation more than 20× off the estimate (either way) is not believed
MULTIPLIER_RANGE = (0.1, 10.0)  # how far a learned weight may move from its prior
FORMAT_VERSION = 1


class Calibration:
    """One model's weights over `TextShape` features, learned from the gateway's prompt counts.

    Each weight is its prior times a multiplier m_j = 1 + θ_all + θ_group(j) + θ_j. Each
    observation is normalised by its prior estimate: u_j = prior_j·x_j / Σ prior·x, r = actual /
    Σ prior·x, so every request counts alike whatever its length, and r − 1 ≈ z·θ with
    z = (1, Σ u per group, u). θ minimises Σ decay^age (r − 1 − z·θ)² + Σ ridge_k θ_k², solved from
    the sufficient statistics A = Σ z zᵀ, b = Σ (r − 1) z (a 22×22 system, pure Python, after each
    observation). With one observation the overall scale is learned; as requests of different
    make-up come (prose, Chinese, code), groups and then single features move.
    Mutable: `learn` updates it in place and bumps `revision` (caches of counts key on it).
    """

    def __init__(self, priors: Mapping[str, float] | None = None) -> None:
        source = PRIORS if priors is None else priors
        self._prior = tuple(float(source.get(name, PRIORS[name])) for name in TextShape.FEATURES)
        self._a = [[0.0] * _P for _ in range(_P)]
        self._b = [0.0] * _P
        self.observations = 0
        self._multipliers = [1.0] * _N
        self._weights = self._prior
        self.revision = 0

    @property
    def weights(self) -> dict[str, float]:
        """Tokens per unit of each feature, as now learned."""
        return dict(zip(TextShape.FEATURES, self._weights, strict=True))

    def estimate_vector(self, vector: Sequence[int]) -> int:
        total: float = sum(map(operator.mul, self._weights, vector))
        return max(0, round(total))

    def estimate(self, shape: TextShape) -> int:
        """The estimated token count of `shape`."""
        return self.estimate_vector(shape.vector())

    def learn(self, shape: TextShape, actual_prompt_tokens: int | None) -> bool:
        """Take the gateway's count of a request of this shape into account; False if ignored.

        Ignored: no count, zero or negative, or more than 20× away from the current estimate
        (a count of something else, a cached prompt, a gateway that reports nonsense).
        """
        if actual_prompt_tokens is None or actual_prompt_tokens <= 0:
            return False
        current = self.estimate(shape)
        if current <= 0 or not (current / MAX_RATIO <= actual_prompt_tokens <= current * MAX_RATIO):
            return False
        contributions = [p * v for p, v in zip(self._prior, shape.vector(), strict=True)]
        base = sum(contributions)
        if base <= 0:
            return False
        u = [c / base for c in contributions]
        groups = [0.0] * len(GROUPS)
        for j, uj in enumerate(u):
            groups[_GROUP_OF[j]] += uj
        z = [1.0, *groups, *u]
        t = actual_prompt_tokens / base - 1.0
        for i in range(_P):
            row = self._a[i]
            zi = z[i]
            for j in range(_P):
                row[j] = row[j] * DECAY + zi * z[j]
            self._b[i] = self._b[i] * DECAY + t * zi
        self.observations += 1
        self._solve()
        return True

    def _solve(self) -> None:
        matrix = [[*row, self._b[i]] for i, row in enumerate(self._a)]
        for i in range(_P):
            matrix[i][i] += _RIDGE[i]
        theta = _gauss(matrix)
        if theta is None:
            return
        low, high = MULTIPLIER_RANGE
        overall = theta[0]
        self._multipliers = [
            min(high, max(low, 1.0 + overall + theta[1 + _GROUP_OF[j]] + theta[1 + len(GROUPS) + j]))
            for j in range(_N)
        ]
        self._weights = tuple(p * m for p, m in zip(self._prior, self._multipliers, strict=True))
        self.revision += 1

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe form (the sufficient statistics; the weights are solved again on reading)."""
        return {
            "version": FORMAT_VERSION,
            "features": list(TextShape.FEATURES),
            "groups": [list(g) for g in GROUPS],
            "priors": list(self._prior),
            "observations": self.observations,
            "a": [list(row) for row in self._a],
            "b": list(self._b),
        }

    @classmethod
    def from_dict(cls, data: object) -> Calibration:
        """The calibration saved by `to_dict`; the priors alone for anything damaged or foreign."""
        fresh = cls()
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            return fresh
        layout = [list(g) for g in GROUPS]
        if data.get("features") != list(TextShape.FEATURES) or data.get("groups") != layout:
            return fresh
        priors = _numbers(data.get("priors"), _N)
        a_rows = data.get("a")
        b = _numbers(data.get("b"), _P)
        observations = data.get("observations")
        if priors is None or b is None or not isinstance(a_rows, list) or len(a_rows) != _P:
            return fresh
        if not isinstance(observations, int) or isinstance(observations, bool) or observations < 0:
            return fresh
        a = [_numbers(row, _P) for row in a_rows]
        if any(row is None for row in a) or any(p <= 0 for p in priors):
            return fresh
        calibration = cls(dict(zip(TextShape.FEATURES, priors, strict=True)))
        calibration._a = [list(row) for row in a if row is not None]
        calibration._b = list(b)
        calibration.observations = observations
        if observations:
            calibration._solve()
        return calibration


def _numbers(value: object, length: int) -> list[float] | None:
    if not isinstance(value, list) or len(value) != length:
        return None
    out: list[float] = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int | float) or not math.isfinite(item):
            return None
        out.append(float(item))
    return out


def _gauss(matrix: list[list[float]]) -> list[float] | None:
    """Solve the augmented n×(n+1) system in place by elimination with partial pivoting."""
    n = len(matrix)
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(matrix[r][col]))
        if abs(matrix[pivot][col]) < 1e-12:
            return None
        matrix[col], matrix[pivot] = matrix[pivot], matrix[col]
        top = matrix[col]
        for r in range(col + 1, n):
            factor = matrix[r][col] / top[col]
            if factor:
                row = matrix[r]
                for c in range(col, n + 1):
                    row[c] -= factor * top[c]
    solution = [0.0] * n
    for r in range(n - 1, -1, -1):
        row = matrix[r]
        solution[r] = (row[n] - sum(row[c] * solution[c] for c in range(r + 1, n))) / row[r]
    return solution


class CalibrationBook:
    """The calibrations of every model, by model name, with one JSON-safe form for all of them."""

    def __init__(self, calibrations: Mapping[str, Calibration] | None = None) -> None:
        self._by_model: dict[str, Calibration] = dict(calibrations or {})

    def for_model(self, model: str) -> Calibration:
        """The model's calibration (the priors for a model never seen; kept from then on)."""
        calibration = self._by_model.get(model)
        if calibration is None:
            calibration = self._by_model[model] = Calibration()
        return calibration

    def models(self) -> list[str]:
        return sorted(self._by_model)

    def to_dict(self) -> dict[str, object]:
        return {"version": FORMAT_VERSION,
                "models": {name: c.to_dict() for name, c in sorted(self._by_model.items())}}

    @classmethod
    def from_dict(cls, data: object) -> CalibrationBook:
        """Every readable model's calibration; damaged entries start again from the priors."""
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            return cls()
        models = data.get("models")
        if not isinstance(models, dict):
            return cls()
        return cls({name: Calibration.from_dict(entry) for name, entry in models.items()
                    if isinstance(name, str)})


_CONTENT_CACHE_LIMIT = 20_000


class ContextEstimator:
    """Estimates of what a branch will cost, incremental over the last branch seen.

    The contribution of each message follows build_context's rules (stored system messages and
    empty answers are not sent; a continuation is joined to its answer, so it carries no message
    overhead of its own). Shapes are cached per message (id, updated_at, length of the text), and
    the running sums of the last branch are kept, so a branch that only grew costs the new
    messages. Not thread-safe: one per window (or per worker).
    """

    def __init__(self) -> None:
        self._shapes: dict[int, tuple[float, int, tuple[int, ...]]] = {}
        self._messages: list[Message] = []
        self._keys: list[tuple[int, float, int]] = []
        self._prefix: list[tuple[int, ...]] = [_ZERO]  # sums of the first i messages' contributions
        self._after_answer: list[bool] = [False]  # is the last message sent so far an answer?
        self._image_prefix: list[int] = [0]  # tokens of the images of the first i messages
        self._prompt: tuple[str, tuple[int, ...]] = ("", _ZERO)
        self._by_content: dict[str, tuple[int, ...]] = {}
        self._counts: dict[str, int] = {}
        self._counts_for: tuple[Calibration | None, int] = (None, -1)

    # -- branches --------------------------------------------------------------------------
    def branch_shape(self, system_prompt: str, messages: Sequence[Message], draft: str = "") -> TextShape:
        """The shape of what build_context would send for `messages`, plus `draft` as a new question."""
        total = self._branch_vector(messages)
        prompt = (system_prompt or "").strip()
        if prompt:
            if self._prompt[0] != prompt:
                self._prompt = (prompt, message_shape(prompt).vector())
            total = tuple(map(operator.add, total, self._prompt[1]))
        if draft.strip():
            total = tuple(map(operator.add, total, message_shape(draft).vector()))
        return TextShape.of_vector(total)

    def estimate(self, calibration: Calibration, system_prompt: str, messages: Sequence[Message],
                 draft: str = "", draft_images: Sequence[ImagePart] = ()) -> int:
        """Estimated prompt tokens of build_context(system_prompt, messages) + the draft as a question
        (its text, documents included, and its images)."""
        text = calibration.estimate(self.branch_shape(system_prompt, messages, draft))
        return text + self._image_prefix[-1] + sum(image_tokens(i) for i in draft_images)

    def _branch_vector(self, messages: Sequence[Message]) -> tuple[int, ...]:
        old = self._messages
        k = min(len(old), len(messages))
        same = k if all(map(operator.is_, old[:k], messages[:k])) else 0
        if same < k:  # some are other objects: compare their keys from the first that is not the same
            same = 0
            while same < k and (old[same] is messages[same] or self._keys[same] == _key(messages[same])):
                same += 1
        if same < len(old):
            del old[same:]
            del self._keys[same:]
            del self._prefix[same + 1:]
            del self._after_answer[same + 1:]
            del self._image_prefix[same + 1:]
        prefix = self._prefix
        after_answer = self._after_answer
        images = self._image_prefix
        for message in messages[same:]:
            key = _key(message)
            old.append(message)
            self._keys.append(key)
            before = prefix[-1]
            answered = after_answer[-1]
            if not is_sent(message):
                prefix.append(before)
                after_answer.append(answered)
                images.append(images[-1])
                continue
            images.append(images[-1] + sum(image_tokens(i) for i in sent_images(message)))
            vector = self._message_vector(message, key)
            joined = message.role is Role.ASSISTANT and answered
            summed = tuple(map(operator.add, before, vector))
            prefix.append((summed[0] - 1, *summed[1:]) if joined else summed)
            after_answer.append(message.role is Role.ASSISTANT)
        return prefix[-1]

    def _message_vector(self, message: Message, key: tuple[int, float, int]) -> tuple[int, ...]:
        cached = self._shapes.get(message.id)
        if cached is not None and cached[0] == message.updated_at and cached[1] == key[2]:
            return cached[2]
        vector = message_shape(estimated_text(message)).vector()
        self._shapes[message.id] = (message.updated_at, key[2], vector)
        return vector

    # -- what is actually sent ---------------------------------------------------------------
    def shape_of_messages(self, messages: Iterable[ChatMessage]) -> TextShape:
        """The shape of a request as sent (to `learn` from its usage), reusing cached texts."""
        total = _ZERO
        for message in messages:
            total = tuple(map(operator.add, total, self._content_vector(message.content)))
        return TextShape.of_vector(total)

    def count(self, calibration: Calibration, message: ChatMessage) -> int:
        """Estimated tokens of one message as sent: its text (cached by text for this calibration)
        and its images."""
        if message.images:
            return self._text_count(calibration, message) + sum(image_tokens(i) for i in message.images)
        return self._text_count(calibration, message)

    def _text_count(self, calibration: Calibration, message: ChatMessage) -> int:
        counts = self._counts
        owner, revision = self._counts_for
        if owner is not calibration or revision != calibration.revision:
            counts.clear()
            self._counts_for = (calibration, calibration.revision)
        tokens = counts.get(message.content)
        if tokens is None:
            if len(counts) >= _CONTENT_CACHE_LIMIT:
                counts.clear()
            tokens = counts[message.content] = calibration.estimate_vector(
                self._content_vector(message.content))
        return tokens

    def counter(self, calibration: Calibration) -> Callable[[ChatMessage], int]:
        """`count` bound to one calibration, the form trimming.plan_context takes."""
        def count(message: ChatMessage) -> int:
            return self.count(calibration, message)
        return count

    def _content_vector(self, content: str) -> tuple[int, ...]:
        vector = self._by_content.get(content)
        if vector is None:
            if len(self._by_content) >= _CONTENT_CACHE_LIMIT:
                self._by_content.clear()
            vector = self._by_content[content] = message_shape(content).vector()
        return vector


def _key(message: Message) -> tuple[int, float, int]:
    """What makes a stored message's contribution change: its text, and the tool results that come
    after the answer ended (its `updated_at` need not move for them)."""
    return (message.id, message.updated_at, len(message.content) + 1_000_003 * len(message.tool_results))
