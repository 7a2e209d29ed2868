"""LaTeX formulas of answers drawn as pictures: keys, a bounded cache, one worker thread, a deadline.

Why this shape: ziamath (pure Python: LaTeX → MathML → SVG with the STIX Two Math font it ships)
takes 3–50 ms per formula (benchmarks/formulas.py), far too slow for the window's thread when an
answer holds 200 of them. So the Markdown renderer only writes `<img src="formula:KEY">` (the key
names the LaTeX and whether it is a display formula, see `formula_key`); the document asks for the
picture when it lays itself out (`request`), gets a cached picture at once or a quick placeholder
(the source in muted text) and the real picture later, drawn on the one worker thread of this
module and handed back on the window's thread. ziamath is imported on that thread at the first
formula, never at start-up (~330 ms).

A formula that cannot be drawn — LaTeX that does not parse, an unknown command (latex2mathml keeps
`\\foo` as text, which would look drawn but wrong), a source longer than `MAX_SOURCE_CHARS`, any
exception of ziamath, or more than `TIME_LIMIT_S` of drawing (a watchdog thread interrupts the
worker) — is remembered as failed; `apply_failures` turns its `<img>` into code-styled source text.

The picture is sized to the document's font and coloured for the theme; inline pictures are padded
so that, with Qt's `vertical-align: middle` (the one alignment whose placement Qt lets us compute:
ascent = (h + x-height/2)/2), the formula's own baseline sits on the text's baseline.

Public contract (print/PDF uses it): `formula_image(key, dark=…, device_pixel_ratio=…)` draws
synchronously if need be and returns None for unknown or failed keys; `formula_source(key)` gives
the LaTeX with its `$…$` / `$$…$$` delimiters (what copying puts on the clipboard).
"""

from __future__ import annotations

import ctypes
import hashlib
import html
import itertools
import math
import queue
import re
import threading
import time
import warnings
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
TIME_LIMIT_S = 1.5  # one formula's drawing time; past it the worker is interrupted
DEFAULT_FONT_PX = 15.0
MATH_SCALE = 1.1  # STIX Two Math looks smaller than the UI fonts at the same pixel size
CACHE_BYTES = 48 * 1024 * 1024
_MAX_KNOWN = 50_000  # keys remembered (sources are small; an LRU keeps it bounded)
_UNKNOWN_COMMAND = re.compile(r">\\[A-Za-z]+<")


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
class RenderTimeout(BaseException):
    """Raised inside the worker by the watchdog when a formula takes longer than TIME_LIMIT_S.

    A BaseException, so that no `except Exception` inside ziamath can swallow it.
    """


def _load_ziamath() -> None:
    try:
        with warnings.catch_warnings():  # ziamath 0.13 finds its font with a deprecated call
            warnings.simplefilter("ignore", DeprecationWarning)
            import ziamath

        ziamath.config.svg2 = False  # plain paths: QtSvg (SVG Tiny) does not draw <symbol>s
    except Exception:  # not installed or broken: every formula shows its source
        return


def draw(found: Formula, style: Style) -> QImage | None:
    """The formula as a picture (None: it cannot be drawn). Any thread; slow (ziamath)."""
    if not found.latex or len(found.latex) > MAX_SOURCE_CHARS:
        return None
    try:
        import ziamath
        from PySide6.QtSvg import QSvgRenderer

        _load_ziamath()
        colour = palette(style.dark).text
        size = style.font_px * MATH_SCALE
        maths = ziamath.Latex(found.latex, size=size, inline=not found.display, color=colour)
        if _UNKNOWN_COMMAND.search(maths.mathmlstr()):
            return None
        svg = maths.svg()
        bbox = maths.node.bbox
        margin = float(maths.margin)
    except Exception:  # bad LaTeX, or a ziamath bug: the source is shown instead
        return None
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        return None
    ascent = bbox.ymax + margin  # above the formula's baseline, px
    depth = -bbox.ymin + margin  # below it
    width = bbox.xmax - bbox.xmin + 2 * margin
    height = ascent + depth
    top = bottom = 0.0
    if not found.display:  # see the module docstring: baseline on baseline under AlignMiddle
        shift = depth - ascent + style.x_height / 2
        top, bottom = (shift, 0.0) if shift > 0 else (0.0, -shift)
    ratio = max(style.device_pixel_ratio, 0.5)
    image = QImage(
        max(1, math.ceil(width * ratio)),
        max(1, math.ceil((height + top + bottom) * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, top * ratio, width * ratio, height * ratio))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


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


# --- the worker, its watchdog and the hand-over -------------------------------------------------
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


class _Worker:
    """One thread draws every formula, in order (ziamath keeps global state); a watchdog bounds it."""

    def __init__(self) -> None:
        self._queue: queue.PriorityQueue[tuple[int, int, _Job]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._guard = threading.Condition()
        self._running: tuple[int, float, int] | None = None  # (thread id, deadline, job number)
        self._interrupted = -1
        self.drawn = 0
        self._thread = threading.Thread(target=self._run, name="formulas", daemon=True)
        self._watchdog = threading.Thread(target=self._watch, name="formulas-watchdog", daemon=True)
        self._thread.start()
        self._watchdog.start()

    def submit(self, job: _Job, *, urgent: bool = False) -> None:
        self._queue.put((0 if urgent else 1, next(self._order), job))

    def pending(self) -> int:
        return self._queue.qsize() + (1 if self._running is not None else 0)

    def _run(self) -> None:
        number = 0
        while True:
            _, _, job = self._queue.get()
            number += 1
            image: QImage | None = None
            if cached(job.key, job.style) is None and not is_failed(job.key):
                found = formula(job.key)
                _load_ziamath()  # not timed: the first import takes ~0.3 s (more on a busy machine)
                try:
                    with self._guard:
                        self._running = (threading.get_ident(), time.monotonic() + TIME_LIMIT_S, number)
                        self._guard.notify()
                    image = draw(found, job.style) if found is not None else None
                    self._stop_watch()
                except RenderTimeout:
                    image = None
                    self._stop_watch()
                except Exception:  # a bug of ours or Qt's: this formula fails, the worker lives on
                    image = None
                    self._stop_watch()
                _store(job.key, job.style, image)
                self.drawn += 1
            if job.done is not None:
                job.done.set()
            relay = _RELAY
            if relay is not None:
                relay.finished.emit(job.key, job.style)

    def _stop_watch(self) -> None:
        # The watchdog interrupts only the job it sees running; once this is cleared, none is.
        while True:
            try:
                with self._guard:
                    self._running = None
                return
            except RenderTimeout:  # raised between the drawing's end and this line: ignore it
                continue

    def _watch(self) -> None:
        while True:
            with self._guard:
                while self._running is None:
                    self._guard.wait()
                ident, deadline, number = self._running
                left = deadline - time.monotonic()
                if left > 0:
                    self._guard.wait(left)
                    continue
                # again every 50 ms until the job ends (C code may be running at the first try)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(ident), ctypes.py_object(RenderTimeout)
                )
                self._interrupted = number
                self._guard.wait(0.05)


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
    done.wait(TIME_LIMIT_S + 30.0)  # the first formula also imports ziamath (~0.3 s)
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
