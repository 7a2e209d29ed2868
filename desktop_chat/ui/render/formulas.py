"""LaTeX formulas of answers drawn as pictures: keys, a bounded cache, a typesetter process.

Why this shape: ziamath (pure Python: LaTeX → MathML → SVG with the STIX Two Math font it ships)
takes 3–90 ms per formula (benchmarks/formulas.py), far too slow for the window's thread when an
answer holds 200 of them — and too slow for a thread of the window's process too (it holds the
GIL: see formula_child). So the Markdown renderer only writes `<img src="formula:KEY">` (the key
names the LaTeX and whether it is a display formula, see `formula_key`); the document asks for the
picture when it lays itself out (`request`) and gets a cached picture at once or a quick
placeholder (the source in muted text). A small pool of worker threads (`pool_size()`: 2 on this
two-core machine, at most 3), each with a typesetter child process of its own, takes formulas from
one queue — those the person sees first (`Priority`: the document raises the formulas in its
painted rectangle, `prioritise`), then the rest in document order; a worker sends the formula to
its child, turns the SVG it answers into a picture with QtSvg (~1 ms) and hands it back on the
window's thread. ziamath is never imported by the app's process.

Why not faster: ziamath costs 9–15 ms a formula even after formula_child's trim (~70 ms for the
worst), so 200 formulas are ~2.5 s of one core's work; two children halve the wall time, and the
visible ones come first, but all 200 in 300 ms would need ~20× less work per formula.

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
import heapq
import html
import itertools
import json
import math
import multiprocessing
import os
import re
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
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


# --- the workers, their child processes and the hand-over ----------------------------------------
class Priority(IntEnum):
    """Which formulas are drawn first: lower goes first, arrival order within one priority."""

    URGENT = 0  # print and export wait for it
    VISIBLE = 1  # on screen now (the document said so when it painted)
    NORMAL = 2  # the rest of the answer


_Item = tuple[str, Style]


@dataclass(frozen=True, slots=True)
class _Job:
    key: str
    style: Style
    done: threading.Event | None  # set when finished (synchronous callers wait on it)


class _Queue:
    """Formulas waiting to be drawn: one entry per (key, style), taken by priority, then arrival.

    Raising an entry's priority files it again (the older record is skipped when it comes up);
    an entry being drawn collects the events of synchronous callers instead of a second drawing.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[int, int, _Item]] = []
        self._waiting: dict[_Item, tuple[int, list[threading.Event]]] = {}
        self._taken: dict[_Item, list[threading.Event]] = {}
        self._order = itertools.count()
        self.stopped = False

    def stop(self) -> None:
        """Every `get` gives None from now on (the pool is closing)."""
        with self._cond:
            self.stopped = True
            self._cond.notify_all()

    def put(self, item: _Item, priority: Priority, done: threading.Event | None = None) -> None:
        with self._cond:
            taken = self._taken.get(item)
            if taken is not None:
                if done is not None:
                    taken.append(done)
                return
            entry = self._waiting.get(item)
            events = [] if entry is None else entry[1]
            if done is not None:
                events.append(done)
            if entry is None or priority < entry[0]:
                self._waiting[item] = (int(priority), events)
                heapq.heappush(self._heap, (int(priority), next(self._order), item))
                self._cond.notify()

    def raise_to(self, items: list[_Item], priority: Priority) -> int:
        """Items already waiting go to `priority` (if that is sooner); how many moved."""
        moved = 0
        with self._cond:
            for item in items:
                entry = self._waiting.get(item)
                if entry is not None and priority < entry[0]:
                    self._waiting[item] = (int(priority), entry[1])
                    heapq.heappush(self._heap, (int(priority), next(self._order), item))
                    moved += 1
        return moved

    def get(self) -> _Item | None:
        with self._cond:
            while True:
                while not self._heap and not self.stopped:
                    self._cond.wait()
                if self.stopped:
                    return None
                priority, _, item = heapq.heappop(self._heap)
                entry = self._waiting.get(item)
                if entry is None or entry[0] != priority:  # re-filed sooner, or taken already
                    continue
                del self._waiting[item]
                self._taken[item] = entry[1]
                return item

    def finish(self, item: _Item) -> None:
        with self._cond:
            events = self._taken.pop(item, [])
        for event in events:
            event.set()

    def pending(self) -> int:
        with self._cond:
            return len(self._waiting) + len(self._taken)


class _Relay(QObject):
    """Lives on the window's thread; carries finished keys from the workers to the waiting ones."""

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


def pool_size() -> int:
    """How many typesetter children: the cores but one for the window, at least 2, at most 3."""
    return max(2, min(3, (os.cpu_count() or 2) - 1))


class _Pool:
    """Worker threads sharing one queue, each with a typesetter child of its own (same limits).

    A thread starts its child as soon as it starts (so the first answer does not wait for it) and
    again right after one was killed or died; a child that cannot start makes its formula fail and
    is tried again only for the next formula.
    """

    def __init__(self, size: int) -> None:
        self.queue = _Queue()
        self.size = size
        self._count_lock = threading.Lock()
        self.typeset_count = 0
        self.children_started = 0
        self.children_replaced = 0  # killed past the time limit, or found dead
        self._threads = [threading.Thread(target=self._run, name=f"formulas-{n}", daemon=True)
                         for n in range(size)]
        for thread in self._threads:
            thread.start()

    def submit(self, job: _Job, priority: Priority = Priority.NORMAL) -> None:
        self.queue.put((job.key, job.style), priority, job.done)

    def pending(self) -> int:
        return self.queue.pending()

    def close(self) -> None:
        """Stop the threads after their current formula; their children are ended."""
        self.queue.stop()
        for thread in self._threads:
            thread.join(TIME_LIMIT_S + STARTUP_LIMIT_S)

    def _count(self, name: str) -> None:
        with self._count_lock:
            setattr(self, name, getattr(self, name) + 1)

    def _start(self) -> _Child | None:
        self._count("children_started")
        child = _Child()
        if child.ready:
            return child
        child.close()
        return None

    def _run(self) -> None:
        child = self._start()
        starts = child is not None  # try eagerly again only while starting works
        while True:
            if child is None and starts:
                child = self._start()
                starts = child is not None
            item = self.queue.get()
            if item is None:
                if child is not None:
                    child.close()
                return
            key, style = item
            try:
                if cached(key, style) is None and not is_failed(key):
                    found = formula(key)
                    image: QImage | None = None
                    if found is not None and found.latex and len(found.latex) <= MAX_SOURCE_CHARS:
                        if child is None or not child.alive():
                            if child is not None:
                                child.close()
                                self._count("children_replaced")
                            child = self._start()
                            starts = child is not None
                        if child is not None:
                            image, child = self._draw(child, found, style)
                    _store(key, style, image)
            except Exception:  # a bug of ours or Qt's: this formula fails, the worker lives on
                _store(key, style, None)
            relay = _RELAY
            if relay is not None:  # before `finish`: wait_idle then finds every hand-over posted
                relay.finished.emit(key, style)
            self.queue.finish((key, style))

    def _draw(self, child: _Child, found: Formula, style: Style) -> tuple[QImage | None, _Child | None]:
        answer = child.typeset(_request(found, style), TIME_LIMIT_S)
        self._count("typeset_count")
        if answer is None:  # over the time limit, or the child died: a new one for the next formula
            child.close()
            self._count("children_replaced")
            return None, None
        result = _typeset_answer(answer)
        return (None if result is None else picture(found, result, style)), child


POOL_SIZE: int | None = None  # None: `pool_size()`; the benchmark sets 1 to compare
VISIBLE_FIRST = True  # False: strictly in document order (the benchmark's comparison)
_WORKER: _Pool | None = None
_RELAY: _Relay | None = None
_start_lock = threading.Lock()


def _worker() -> _Pool:
    global _WORKER
    with _start_lock:
        if _WORKER is None:
            _WORKER = _Pool(POOL_SIZE or pool_size())
        return _WORKER


def close_pool() -> None:
    """End the workers and their children (benchmarks switch `POOL_SIZE`); the next request starts anew."""
    global _WORKER
    with _start_lock:
        pool, _WORKER = _WORKER, None
    if pool is not None:
        pool.close()


def _relay() -> _Relay:
    global _RELAY
    if _RELAY is None:
        _RELAY = _Relay()
    return _RELAY


def request(key: str, style: Style, deliver: Callable[[str], Any],
            priority: Priority = Priority.NORMAL) -> QImage | None:
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
        if priority < Priority.NORMAL:
            _worker().queue.raise_to([(key, style)], priority)
        return None
    relay.waiting[(key, style)] = [deliver]
    _worker().submit(_Job(key, style, None), priority)
    return None


def prioritise(keys: list[str], style: Style) -> int:
    """These formulas are on screen: draw them before the rest (those still waiting); how many moved."""
    if not VISIBLE_FIRST or _WORKER is None or not keys:
        return 0
    return _WORKER.queue.raise_to([(key, style) for key in keys], Priority.VISIBLE)


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
    _worker().submit(_Job(key, style, done), Priority.URGENT)
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
