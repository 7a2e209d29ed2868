"""LaTeX formulas of answers drawn as pictures: keys, a bounded cache, a typesetter process.

Why this shape: ziamath (pure Python: LaTeX → MathML → SVG with the STIX Two Math font it ships)
takes 3–90 ms per formula (benchmarks/formulas.py), far too slow for the window's thread when an
answer holds 200 of them — and too slow for a thread of the window's process too (it holds the
GIL: see formula_child). So the Markdown renderer only writes `<img src="formula:KEY">` (the key
names the LaTeX and whether it is a display formula, see `formula_key`); the document asks for the
picture when it lays itself out (`request`) and gets a cached picture at once or a quick
placeholder (the source in muted text); one worker thread sends the formula to the typesetter
child process, turns the SVG it answers into a picture with QtSvg (~1 ms) and hands it back on the
window's thread. ziamath is never imported by the app's process.

A formula that cannot be drawn — LaTeX that does not parse, an unknown command (latex2mathml keeps
`\\foo` as text, which would look drawn but wrong), a source longer than `MAX_SOURCE_CHARS`, any
exception of ziamath, or more than `TIME_LIMIT_S` of typesetting (the child is killed, a new one
started for the next formula) — is remembered as failed; `apply_failures` turns its `<img>` into
code-styled source text.

The picture is sized to the document's font and coloured for the theme; inline pictures are padded
so that, with Qt's `vertical-align: middle` (the one alignment whose placement Qt lets us compute:
ascent = (h + x-height/2)/2), the formula's own baseline sits on the text's baseline.

Public contract (print/PDF uses it): `formula_image(key, dark=…, device_pixel_ratio=…)` draws
synchronously if need be and returns None for unknown or failed keys; `formula_source(key)` gives
the LaTeX with its `$…$` / `$$…$$` delimiters (what copying puts on the clipboard).
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import math
import multiprocessing
import queue
import re
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from desktop_chat.ui.render.theme import palette

SCHEME = "formula"
MAX_SOURCE_CHARS = 1500  # longer LaTeX is shown as its source, never drawn (bounds the time)
TIME_LIMIT_S = 2.0  # one formula's typesetting time; past it the child process is killed
STARTUP_LIMIT_S = 30.0  # the child's start (an interpreter, ziamath and its font: ~0.5 s)
_MAX_ANSWER = 16 * 1024 * 1024
DEFAULT_FONT_PX = 15.0
MATH_SCALE = 1.1  # STIX Two Math looks smaller than the UI fonts at the same pixel size
CACHE_BYTES = 48 * 1024 * 1024
_MAX_KNOWN = 50_000  # keys remembered (sources are small; an LRU keeps it bounded)


@dataclass(frozen=True, slots=True)
class Formula:
    """One formula as written: its LaTeX (without delimiters) and whether it is a display one."""

    latex: str
    display: bool

    @property
    def source(self) -> str:
        """The LaTeX with the delimiters copying gives: `$…$` inline, `$$…$$` display."""
        return f"$${self.latex}$$" if self.display else f"${self.latex}$"


@dataclass(frozen=True, slots=True)
class Style:
    """How a picture is drawn: the document's font size (px), its x-height (px), theme, pixel ratio."""

    font_px: float = DEFAULT_FONT_PX
    x_height: float = DEFAULT_FONT_PX * 0.47
    dark: bool = False
    device_pixel_ratio: float = 1.0


_lock = threading.Lock()
_known: OrderedDict[str, Formula] = OrderedDict()
_failed: set[str] = set()
_cache: OrderedDict[tuple[str, Style], QImage] = OrderedDict()
_cache_bytes = 0


# --- keys ---------------------------------------------------------------------------------------
def formula_key(latex: str, display: bool) -> str:
    """The key of a formula (registered so `formula_source` and drawing can find it again)."""
    latex = latex.strip()
    digest = hashlib.sha1(f"{'D' if display else 'I'}{latex}".encode("utf-8", "surrogatepass")).hexdigest()
    key = digest[:20]
    with _lock:
        if key in _known:
            _known.move_to_end(key)
        else:
            _known[key] = Formula(latex, display)
            if len(_known) > _MAX_KNOWN:
                _known.popitem(last=False)
        if len(latex) > MAX_SOURCE_CHARS or not latex:
            _failed.add(key)
    return key


def formula(key: str) -> Formula | None:
    with _lock:
        return _known.get(key)


def formula_source(key: str) -> str | None:
    """`$…$` / `$$…$$` source of a key, None if the key is unknown."""
    found = formula(key)
    return None if found is None else found.source


def is_failed(key: str) -> bool:
    with _lock:
        return key in _failed


def cached(key: str, style: Style) -> QImage | None:
    with _lock:
        image = _cache.get((key, style))
        if image is not None:
            _cache.move_to_end((key, style))
        return image


def _store(key: str, style: Style, image: QImage | None) -> None:
    global _cache_bytes
    with _lock:
        if image is None:
            _failed.add(key)
            return
        if (key, style) in _cache:
            return
        _cache[(key, style)] = image
        _cache_bytes += image.sizeInBytes()
        while _cache_bytes > CACHE_BYTES and len(_cache) > 1:
            _, old = _cache.popitem(last=False)
            _cache_bytes -= old.sizeInBytes()


def clear_cache() -> None:
    """Forget every drawn picture (tests, benchmarks); failures and keys stay known."""
    global _cache_bytes
    with _lock:
        _cache.clear()
        _cache_bytes = 0


# --- drawing ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Typeset:
    """What the typesetter gives for one formula: SVG and its metrics (px)."""

    svg: str
    ascent: float  # above the formula's baseline
    depth: float  # below it
    width: float


def _request(found: Formula, style: Style) -> dict[str, Any]:
    return {"latex": found.latex, "display": found.display, "size": style.font_px * MATH_SCALE,
            "colour": palette(style.dark).text}


def _typeset_answer(answer: dict[str, Any]) -> Typeset | None:
    try:
        return Typeset(str(answer["svg"]), float(answer["ascent"]), float(answer["depth"]),
                       float(answer["width"]))
    except (KeyError, TypeError, ValueError):  # {"error": …}
        return None


def picture(found: Formula, typeset: Typeset, style: Style) -> QImage | None:
    """The typeset formula as a picture at the style's pixel ratio (any thread; ~1 ms, QtSvg)."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(typeset.svg.encode("utf-8")))
    if not renderer.isValid():
        return None
    height = typeset.ascent + typeset.depth
    top = bottom = 0.0
    if not found.display:  # see the module docstring: baseline on baseline under AlignMiddle
        shift = typeset.depth - typeset.ascent + style.x_height / 2
        top, bottom = (shift, 0.0) if shift > 0 else (0.0, -shift)
    ratio = max(style.device_pixel_ratio, 0.5)
    image = QImage(
        max(1, math.ceil(typeset.width * ratio)),
        max(1, math.ceil((height + top + bottom) * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, top * ratio, typeset.width * ratio, height * ratio))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def draw(found: Formula, style: Style) -> QImage | None:
    """Typeset and draw in this process (the benchmark's per-formula cost); the app uses the child."""
    from desktop_chat.ui.render.formula_child import typeset

    if not found.latex or len(found.latex) > MAX_SOURCE_CHARS:
        return None
    result = _typeset_answer(typeset(**_request(found, style)))
    return None if result is None else picture(found, result, style)


def placeholder(found: Formula | None, style: Style) -> QImage:
    """What a formula shows until it is drawn: its source, elided, in the muted colour (fast)."""
    text = found.source if found is not None else "…"
    if len(text) > 48:
        text = text[:47] + "…"
    font = QFont()
    font.setPixelSize(max(6, round(style.font_px * 0.9)))
    metrics = QFontMetricsF(font)
    ratio = max(style.device_pixel_ratio, 0.5)
    width = metrics.horizontalAdvance(text) + 2
    height = metrics.height()
    image = QImage(max(1, math.ceil(width * ratio)), max(1, math.ceil(height * ratio)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor(palette(style.dark).muted))
    painter.drawText(QRectF(1, 0, width, height), int(Qt.AlignmentFlag.AlignVCenter), text)
    painter.end()
    return image


# --- the worker, its child process and the hand-over ---------------------------------------------
@dataclass(frozen=True, slots=True)
class _Job:
    key: str
    style: Style
    done: threading.Event | None  # set when finished (synchronous callers wait on it)


class _Relay(QObject):
    """Lives on the window's thread; carries finished keys from the worker to the waiting ones."""

    finished = Signal(str, object)  # key, style

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[tuple[str, Style], list[Callable[[str], Any]]] = {}
        self.finished.connect(self._deliver)

    def _deliver(self, key: str, style: object) -> None:
        if not isinstance(style, Style):
            return
        for call in self.waiting.pop((key, style), []):
            call(key)


class _Child:
    """The typesetter process (formula_child) and its pipe; killed past a formula's time limit."""

    def __init__(self) -> None:
        from desktop_chat.ui.render.formula_child import child_main

        context = multiprocessing.get_context("spawn")  # never fork a process with Qt's threads
        self._conn, theirs = context.Pipe(duplex=True)
        self._process = context.Process(target=child_main, args=(theirs,), name="formulas", daemon=True)
        self._process.start()
        theirs.close()
        self.ready = self._answer(STARTUP_LIMIT_S) is not None

    def _answer(self, timeout_s: float) -> dict[str, Any] | None:
        try:
            if self._conn.poll(timeout_s):
                answer = json.loads(self._conn.recv_bytes(_MAX_ANSWER))
                return answer if isinstance(answer, dict) else None
        except (EOFError, OSError, ValueError):
            return None
        return None

    def typeset(self, request: dict[str, Any], timeout_s: float) -> dict[str, Any] | None:
        """The child's answer, or None when it overstayed or died (it is then of no further use)."""
        try:
            self._conn.send_bytes(json.dumps(request).encode("utf-8"))
        except (OSError, ValueError):
            return None
        return self._answer(timeout_s)

    def alive(self) -> bool:
        return self._process.is_alive()

    def close(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join(5.0)
        self._conn.close()


class _Worker:
    """One thread hands formulas to the child in order and turns its SVG into pictures."""

    def __init__(self) -> None:
        self._queue: queue.PriorityQueue[tuple[int, int, _Job]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._busy = 0
        self._child: _Child | None = None
        self.typeset_count = 0
        self.children_started = 0
        self._thread = threading.Thread(target=self._run, name="formulas", daemon=True)
        self._thread.start()

    def submit(self, job: _Job, *, urgent: bool = False) -> None:
        self._queue.put((0 if urgent else 1, next(self._order), job))

    def pending(self) -> int:
        return self._queue.qsize() + self._busy

    def _run(self) -> None:
        while True:
            _, _, job = self._queue.get()
            self._busy = 1
            try:
                if cached(job.key, job.style) is None and not is_failed(job.key):
                    found = formula(job.key)
                    _store(job.key, job.style, self._draw(found, job.style) if found else None)
            except Exception:  # a bug of ours or Qt's: this formula fails, the worker lives on
                _store(job.key, job.style, None)
            finally:
                self._busy = 0
            if job.done is not None:
                job.done.set()
            relay = _RELAY
            if relay is not None:
                relay.finished.emit(job.key, job.style)

    def _draw(self, found: Formula, style: Style) -> QImage | None:
        if not found.latex or len(found.latex) > MAX_SOURCE_CHARS:
            return None
        if self._child is None or not self._child.alive():
            self._child = _Child()
            self.children_started += 1
            if not self._child.ready:
                self._child.close()
                self._child = None
                return None
        answer = self._child.typeset(_request(found, style), TIME_LIMIT_S)
        self.typeset_count += 1
        if answer is None:  # over the time limit, or the child died: a new one for the next formula
            self._child.close()
            self._child = None
            return None
        result = _typeset_answer(answer)
        return None if result is None else picture(found, result, style)


_WORKER: _Worker | None = None
_RELAY: _Relay | None = None
_start_lock = threading.Lock()


def _worker() -> _Worker:
    global _WORKER
    with _start_lock:
        if _WORKER is None:
            _WORKER = _Worker()
        return _WORKER


def _relay() -> _Relay:
    global _RELAY
    if _RELAY is None:
        _RELAY = _Relay()
    return _RELAY


def request(key: str, style: Style, deliver: Callable[[str], Any]) -> QImage | None:
    """The picture if it is drawn already; else None, and `deliver(key)` later (window's thread).

    A failed or unknown key gives None and no delivery (`is_failed` says which). Requests for
    the same key and style share one drawing.
    """
    image = cached(key, style)
    if image is not None or is_failed(key) or formula(key) is None:
        return image
    relay = _relay()
    waiting = relay.waiting.get((key, style))
    if waiting is not None:
        waiting.append(deliver)
        return None
    relay.waiting[(key, style)] = [deliver]
    _worker().submit(_Job(key, style, None))
    return None


def guarded(owner: QObject, method: Callable[[Any, str], Any]) -> Callable[[str], None]:
    """A delivery that reaches `method(owner, key)` only while `owner` still exists."""
    import shiboken6

    ref = weakref.ref(owner)

    def call(key: str) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            method(target, key)

    return call


def formula_image(key: str, *, dark: bool, device_pixel_ratio: float = 1.0,
                  font_px: float = DEFAULT_FONT_PX, x_height: float | None = None) -> QImage | None:
    """The picture of `key`, drawn now if it is not cached; None if unknown or it cannot be drawn.

    Blocks the caller (up to the time limit) while the worker draws it; for print and export.
    """
    if formula(key) is None or is_failed(key):
        return None
    style = Style(font_px, font_px * 0.47 if x_height is None else x_height, dark, device_pixel_ratio)
    image = cached(key, style)
    if image is not None:
        return image
    done = threading.Event()
    _worker().submit(_Job(key, style, done), urgent=True)
    done.wait(TIME_LIMIT_S + STARTUP_LIMIT_S + 5.0)  # the first one also starts the child
    return cached(key, style)


def wait_idle(timeout_s: float = 30.0) -> bool:
    """Wait until every queued formula is drawn and hand the results over now (tests, benchmarks)."""
    from PySide6.QtCore import QEvent

    end = time.monotonic() + timeout_s
    worker = _worker()
    while worker.pending() and time.monotonic() < end:
        time.sleep(0.005)
    if _RELAY is not None:
        QCoreApplication.sendPostedEvents(_RELAY, QEvent.Type.MetaCall.value)
    return worker.pending() == 0


# --- the HTML of formulas -----------------------------------------------------------------------
def image_html(key: str, *, display: bool) -> str:
    """The `<img>` of a formula; display ones go in a centred paragraph of their own (caller)."""
    if display:
        return f'<img src="{SCHEME}:{key}" />'
    return f'<img src="{SCHEME}:{key}" style="vertical-align: middle" />'


_IMG = re.compile(r'<img src="formula:([0-9a-f]{20})"[^>]*/>')


def fallback_html(key: str) -> str:
    """A formula that cannot be drawn: its source as code, with a tooltip saying so."""
    source = formula_source(key) or ""
    tip = QCoreApplication.translate("Formulas", "Formula could not be drawn")
    return f'<code title="{html.escape(tip)}">{html.escape(source, quote=False)}</code>'


def apply_failures(text: str) -> str:
    """`text` (our HTML) with every failed formula's `<img>` replaced by its source as code."""
    if f'"{SCHEME}:' not in text:
        return text
    with _lock:
        if not _failed:
            return text
        failed = set(_failed)
    return _IMG.sub(lambda m: fallback_html(m.group(1)) if m.group(1) in failed else m.group(0), text)


def keys_in(text: str) -> list[str]:
    return _IMG.findall(text)
