"""How big each model's context window is, how long its answers may be, and what its tokens cost.

Why one place: the context meter, the trimming before a request, the per-answer cost and the Usage
window must agree on the same figures. Four sources, strongest first:

    SETTINGS  the person's (or IT's) own figures (Settings → Models) — but never a window larger
              than one the gateway has refused beyond:
    LEARNED   a context error named the limit for this model on this gateway (kept in a file)
    GATEWAY   the gateway's model list (`context_length`, `max_model_len`, `pricing`…)
    STANDARD  the defaults below for the seed document's models

Prices are estimates and always shown as such. STANDARD figures are the providers' public list
prices and documented limits (Anthropic's models overview and pricing page, Google's Gemini API
models and pricing pages, Google Cloud Vertex AI's DeepSeek model-as-a-service page), as of late
2025; gateways may charge differently, which is why the gateway's own list and Settings win.
"""

from __future__ import annotations

import json
import logging
import math
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_chat.api import SEED_MODEL_ALIASES, known_image_abilities
from desktop_chat.domain import GenerationParams, LimitSource, ModelFacts, Price
from desktop_chat.paths import write_text_atomically
from desktop_chat.settings import ModelOverride

log = logging.getLogger(__name__)

_M = 1_000_000

STANDARD_FACTS: dict[str, ModelFacts] = {
    f.model: f
    for f in (
        ModelFacts("claude-sonnet-4-5", 200_000, 64_000, Price(3.0, 15.0)),
        ModelFacts("claude-sonnet-4", 200_000, 64_000, Price(3.0, 15.0)),
        ModelFacts("claude-opus-4-1", 200_000, 32_000, Price(15.0, 75.0)),
        ModelFacts("claude-opus-4", 200_000, 32_000, Price(15.0, 75.0)),
        ModelFacts("claude-3-7-sonnet", 200_000, 64_000, Price(3.0, 15.0)),
        ModelFacts("claude-3-5-haiku@20241022", 200_000, 8_192, Price(0.80, 4.0)),
        ModelFacts("claude-3-haiku@20240307", 200_000, 4_096, Price(0.25, 1.25)),
        ModelFacts("gemini-2.5-pro", 1_048_576, 65_536, Price(1.25, 10.0)),
        ModelFacts("gemini-2.5-flash", 1_048_576, 65_536, Price(0.30, 2.50)),
        ModelFacts("gemini-2.5-flash-image-preview", 32_768, 32_768, Price(0.30, 30.0)),
        ModelFacts("gemini-2.5-flash-lite", 1_048_576, 65_536, Price(0.10, 0.40)),
        ModelFacts("gemini-2.0-flash", 1_048_576, 8_192, Price(0.10, 0.40)),
        ModelFacts("gemini-2.0-flash-lite", 1_048_576, 8_192, Price(0.075, 0.30)),
        ModelFacts("deepseek-ai/deepseek-r1-0528-maas", 163_840, 32_768, Price(1.35, 5.40)),
    )
}

@dataclass(frozen=True, slots=True)
class ImageAbilities:
    """What a model does with pictures. `reads` None: not known (images are sent, and a refusal is
    learned); `draws`: it may answer with images (requested with `modalities`)."""

    reads: bool | None
    draws: bool


def _first_flag(*values: bool | None) -> bool | None:
    return next((v for v in values if v is not None), None)


DEFAULT_ANSWER_RESERVE = 4_096  # tokens kept free for the answer when the chat sets no max_tokens


@dataclass(frozen=True, slots=True)
class ModelLimits:
    """The figures in force for one model, each with where it comes from."""

    model: str
    context_window: int | None
    window_source: LimitSource
    max_output: int | None
    price: Price | None
    price_source: LimitSource
    images: ImageAbilities = ImageAbilities(None, False)

    def answer_reserve(self, params: GenerationParams) -> int:
        """Tokens kept free for the answer: the chat's max_tokens, else a share of the window."""
        if params.max_tokens:
            return params.max_tokens
        reserve = DEFAULT_ANSWER_RESERVE if self.max_output is None else min(self.max_output,
                                                                             DEFAULT_ANSWER_RESERVE)
        if self.context_window is not None:
            reserve = min(reserve, self.context_window // 4)
        return reserve

    def prompt_budget(self, params: GenerationParams) -> int | None:
        """Tokens the request's messages may take (window minus the answer's reserve); None: unknown."""
        if self.context_window is None:
            return None
        return max(1, self.context_window - self.answer_reserve(params))


def standard_name(model: str) -> str:
    """The seed's spelling of a model id: dated aliases and provider prefixes (`anthropic/…`) removed."""
    name = model.strip()
    name = SEED_MODEL_ALIASES.get(name, name)
    if name not in STANDARD_FACTS and "/" in name:
        tail = name.rsplit("/", 1)[1]
        if tail in STANDARD_FACTS or tail in SEED_MODEL_ALIASES:
            name = SEED_MODEL_ALIASES.get(tail, tail)
    return name


class ModelKnowledge:
    """The figures for every model, and what was learned per gateway (context limits, token calibration).

    `overrides()` returns the person's figures (read from settings each time, so a change applies at
    once); `gateway()` the gateway's address in force (learned figures are per gateway). The learned
    file is small JSON, written atomically; a damaged one is ignored (the figures are relearned).
    Thread-safe: answers end on the event loop while a worker may read.
    """

    def __init__(
        self, path: Path | None, *, overrides: Callable[[], Iterable[ModelOverride]] = tuple,
        gateway: Callable[[], str] = lambda: "",
    ) -> None:  # fmt: skip
        self._path = path
        self._overrides = overrides
        self._gateway = gateway
        self._lock = threading.Lock()
        self._dirty = False
        self._writer: threading.Thread | None = None
        self._listed: dict[str, ModelFacts] = {}
        self._learned: dict[str, dict[str, dict[str, object]]] = self._read()

    # --- the gateway's list ------------------------------------------------------------------------
    def set_listed(self, facts: Iterable[ModelFacts]) -> None:
        """The facts of the gateway's model list (replacing the previous list's)."""
        with self._lock:
            self._listed = {f.model: f for f in facts}

    def listed(self) -> tuple[ModelFacts, ...]:
        with self._lock:
            return tuple(self._listed.values())

    # --- what is in force --------------------------------------------------------------------------
    def limits(self, model: str, *, own: bool = True) -> ModelLimits:
        """The figures in force for `model`; `own=False` leaves the person's out (what Settings shows
        beneath them, so emptying a cell there brings the other figure back)."""
        override = next((o for o in self._overrides() if o.model == model), None) if own else None
        with self._lock:
            listed = self._listed.get(model)
            entry = self._entry(model)
            learned = entry.get("window")
            refused_images = entry.get("reads_images") is False
        standard = STANDARD_FACTS.get(standard_name(model))
        window, window_source = _first(
            (None if override is None else override.context_window, LimitSource.SETTINGS),
            (learned if isinstance(learned, int) else None, LimitSource.LEARNED),
            (None if listed is None else listed.context_window, LimitSource.GATEWAY),
            (None if standard is None else standard.context_window, LimitSource.STANDARD),
        )
        max_output, _ = _first(
            (None if override is None else override.max_output, LimitSource.SETTINGS),
            (None if listed is None else listed.max_output, LimitSource.GATEWAY),
            (None if standard is None else standard.max_output, LimitSource.STANDARD),
        )
        refused_beyond = isinstance(learned, int) and 0 < learned < (window or 0)
        if window_source is LimitSource.SETTINGS and refused_beyond and isinstance(learned, int):
            window, window_source = learned, LimitSource.LEARNED  # the gateway refused more: it wins
        if window is not None and max_output is not None and max_output > window:
            max_output = window
        price, price_source = _price_of(override, listed, standard)
        images = self._images(model, override, listed, refused_images)
        return ModelLimits(model, window, window_source, max_output, price, price_source, images)

    def images(self, model: str) -> ImageAbilities:
        """Whether `model` reads images and draws them (see `_images`)."""
        return self.limits(model).images

    def _images(self, model: str, override: ModelOverride | None, listed: ModelFacts | None,
                refused: bool) -> ImageAbilities:
        """The person's setting, what this gateway refused, the gateway's list, then what the app
        knows of the model's name."""
        known_reads, known_draws = known_image_abilities(standard_name(model))
        reads = _first_flag(None if override is None else override.reads_images,
                            False if refused else None,
                            None if listed is None else listed.reads_images, known_reads)
        draws = _first_flag(None if override is None else override.draws_images,
                            None if listed is None else listed.draws_images, known_draws)
        return ImageAbilities(reads, bool(draws))

    def learn_reads_no_images(self, model: str) -> None:
        """The gateway refused an image for `model`: don't offer to send it images again."""
        with self._lock:
            self._entry(model, create=True)["reads_images"] = False
        self._save()

    def price_for(self, model: str) -> Price | None:
        """The estimated price of `model` (None: unknown, shown as such, never as free)."""
        return self.limits(model).price if model else None

    # --- learned -----------------------------------------------------------------------------------
    def learn_window(self, model: str, limit: int) -> None:
        """A context error named `limit` for `model` on this gateway: remember it."""
        if not 0 < limit <= 100 * _M:
            return
        with self._lock:
            self._entry(model, create=True)["window"] = int(limit)
        self._save()

    def calibration(self, model: str) -> dict[str, object] | None:
        """The saved token calibration of `model` on this gateway (its own JSON form), if any."""
        with self._lock:
            found = self._entry(model).get("calibration")
        return found if isinstance(found, dict) else None

    def keep_calibration(self, model: str, data: dict[str, object]) -> None:
        with self._lock:
            self._entry(model, create=True)["calibration"] = data
        self._save()

    # --- the file ----------------------------------------------------------------------------------
    def _entry(self, model: str, *, create: bool = False) -> dict[str, object]:
        gateway = self._gateway().rstrip("/")
        models = self._learned.get(gateway)
        if models is None:
            if not create:
                return {}
            models = self._learned[gateway] = {}
        entry = models.get(model)
        if entry is None:
            if not create:
                return {}
            entry = models[model] = {}
        return entry

    def _read(self) -> dict[str, dict[str, dict[str, object]]]:
        if self._path is None:
            return {}
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, RecursionError) as exc:
            log.warning("model knowledge file unreadable (%s); starting afresh", type(exc).__name__)
            return {}
        gateways = data.get("gateways") if isinstance(data, dict) else None
        if not isinstance(gateways, dict):
            return {}
        return {
            str(g): {str(m): dict(e) for m, e in models.items() if isinstance(e, dict)}
            for g, models in gateways.items() if isinstance(models, dict)
        }  # fmt: skip

    def _save(self) -> None:
        """Write the file on a thread of its own (an answer ends on the UI thread's loop); writes
        asked for while one runs are folded into one more."""
        if self._path is None:
            return
        with self._lock:
            self._dirty = True
            if self._writer is not None:  # the running writer sees `_dirty` before it ends
                return
            self._writer = threading.Thread(target=self._write, name="desktop-chat-knowledge", daemon=True)
            self._writer.start()

    def _write(self) -> None:
        assert self._path is not None
        while True:
            with self._lock:
                if not self._dirty:
                    self._writer = None
                    return
                self._dirty = False
                payload = json.dumps({"version": 1, "gateways": self._learned}, ensure_ascii=False)
            try:
                write_text_atomically(self._path, payload, durable=False)
            except OSError as exc:  # a lost calibration is relearned; never worth a message
                log.warning("could not save what was learned about models: %s", exc)

    def flush(self, timeout: float = 5.0) -> None:
        """Wait for the file to be written (at quit, and in tests)."""
        with self._lock:
            writer = self._writer
        if writer is not None:
            writer.join(timeout)


def _first(*candidates: tuple[int | None, LimitSource]) -> tuple[int | None, LimitSource]:
    for value, source in candidates:
        if value is not None and value > 0:
            return value, source
    return None, LimitSource.NONE


def _price_of(
    override: ModelOverride | None, listed: ModelFacts | None, standard: ModelFacts | None
) -> tuple[Price | None, LimitSource]:
    base, source = None, LimitSource.NONE
    if standard is not None and standard.price is not None:
        base, source = standard.price, LimitSource.STANDARD
    if listed is not None and listed.price is not None:
        base, source = listed.price, LimitSource.GATEWAY
    if override is not None and (override.input_price is not None or override.output_price is not None):
        inp = override.input_price
        out = override.output_price
        if inp is None and base is not None:
            inp = base.input_per_million
        if out is None and base is not None:
            out = base.output_per_million
        if inp is not None and out is not None and math.isfinite(inp) and math.isfinite(out):
            return Price(inp, out), LimitSource.SETTINGS
    return base, source
