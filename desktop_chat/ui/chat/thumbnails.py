"""Attachment pictures decoded off the UI thread, at the size they are shown, with a bounded cache.

Why: a chat with fifty generated images must open at once and stay small. Bytes come from the
history store (a read of megabytes) and decoding a 1024×1024 PNG takes tens of milliseconds, so
both happen on a worker thread; `QImageReader` decodes straight to the size needed
(`setScaledSize` before `read()`: a thumbnail, or the column width × device pixel ratio), applies
EXIF orientation, and refuses images whose header declares more pixels than `ALLOCATION_LIMIT_MB`
allows (decompression bombs) — checked on the header *before* any pixel is allocated, so Qt never
gets to warn about it. Bytes that do not decode give `DecodeFailed`, never an exception.

Results come back to the UI thread through a queued signal of one long-lived relay object (a
worker never touches an object that a scrolled-away card may have deleted), are kept in an LRU
cache bounded by bytes (`CACHE_BYTES`), and are handed to the requester only if it still exists:
cards are created and destroyed as rows scroll, and a destroyed card's pending request completes
into nothing. Requests for the same picture at the same size share one decode.
"""

from __future__ import annotations

import dataclasses
import enum
import itertools
import weakref
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QSize,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from desktop_chat.ui.chat.attachments import AttachmentSource

ALLOCATION_LIMIT_MB = 256
CACHE_BYTES = 64 * 1024 * 1024
FULL_SIZE_MAX = 16384  # the viewer and Copy image decode at most this many pixels a side


class DecodeFailed(enum.Enum):
    """Why there is no picture: the bytes are not stored, or they are not an image we can draw."""

    MISSING = "missing"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too-large"


DecodeResult = QImage | DecodeFailed


@dataclasses.dataclass(frozen=True)
class ImageKey:
    """One picture at one size: `box` is the largest (width, height) wanted, 0×0 for full size."""

    sha256: str
    box: tuple[int, int]


def fitted(size: QSize, box: tuple[int, int]) -> QSize:
    """`size` scaled down (never up) to fit in `box`, aspect kept; `box` 0×0 means as is."""
    bw, bh = box
    if bw <= 0 or bh <= 0 or (size.width() <= bw and size.height() <= bh):
        return QSize(size)
    scale = min(bw / size.width(), bh / size.height())
    return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))


def decode(data: bytes, box: tuple[int, int]) -> DecodeResult:
    """Decode `data` scaled to fit `box` (0×0: full size, capped at FULL_SIZE_MAX), safely.

    Thread-safe (QImage, not QPixmap). The header is read first: an image declaring more pixels
    than the allocation limit allows is refused before anything is allocated.
    """
    array = QByteArray(data)
    buffer = QBuffer(array)
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        return DecodeFailed.UNDECODABLE
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)
    reader.setDecideFormatFromContent(True)
    if not reader.canRead():
        return DecodeFailed.UNDECODABLE
    size = reader.size()
    if not size.isValid() or size.width() <= 0 or size.height() <= 0:
        return DecodeFailed.UNDECODABLE
    if size.width() * size.height() * 4 > ALLOCATION_LIMIT_MB * 1024 * 1024:
        return DecodeFailed.TOO_LARGE
    if box == (0, 0):
        box = (FULL_SIZE_MAX, FULL_SIZE_MAX)
    # a 90° EXIF rotation: the box applies to the turned picture
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        box = (box[1], box[0])
    target = fitted(size, box)
    if target != size:
        reader.setScaledSize(target)
    image = reader.read()
    if image.isNull():
        return DecodeFailed.UNDECODABLE
    return image


class _Relay(QObject):
    """Carries finished work from worker threads to the UI thread; lives as long as the app."""

    done = Signal(int, object)  # ticket, result

    def __init__(self) -> None:
        super().__init__()
        self._waiting: dict[int, Callable[[object], None]] = {}
        self.done.connect(self._deliver)

    def expect(self, ticket: int, deliver: Callable[[object], None]) -> None:
        self._waiting[ticket] = deliver

    def _deliver(self, ticket: int, result: object) -> None:
        deliver = self._waiting.pop(ticket, None)
        if deliver is not None:
            deliver(result)

    def waiting(self) -> int:
        return len(self._waiting)


_RELAY: _Relay | None = None
_POOL: QThreadPool | None = None
_TICKETS = itertools.count(1)


def _relay() -> _Relay:
    global _RELAY
    if _RELAY is None:
        _RELAY = _Relay()
    return _RELAY


def _pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
        _POOL.setExpiryTimeout(5000)
    return _POOL


def run_off_thread(work: Callable[[], object], deliver: Callable[[object], None]) -> None:
    """Run `work()` on a worker thread; `deliver(result)` on the UI thread afterwards.

    An exception in `work` is delivered as the exception object (the caller decides); `deliver`
    must check that whatever it touches still exists.
    """
    relay = _relay()
    ticket = next(_TICKETS)
    relay.expect(ticket, deliver)

    def job() -> None:
        try:
            result: object = work()
        except Exception as exc:  # handed to the UI thread, which reports it
            result = exc
        relay.done.emit(ticket, result)

    _pool().start(job)


def wait_for_workers(timeout_ms: int = 5000) -> bool:
    """Wait until the workers are idle and hand their results over now (tests, benchmarks)."""
    done = _pool().waitForDone(timeout_ms)
    QCoreApplication.sendPostedEvents(_relay(), QEvent.Type.MetaCall.value)
    return done and _relay().waiting() == 0


Consumer = Callable[[DecodeResult], None]


class ImageLoader(QObject):
    """Decodes pictures of one attachment source for the widgets of one chat view."""

    def __init__(self, parent: QObject | None = None, *, cache_bytes: int = CACHE_BYTES) -> None:
        super().__init__(parent)
        self._source: AttachmentSource | None = None
        self._cache: OrderedDict[ImageKey, DecodeResult] = OrderedDict()
        self._cache_bytes = 0
        self._limit = cache_bytes
        self._waiting: dict[ImageKey, list[Callable[[DecodeResult], Any]]] = {}
        self.decodes = 0  # decodes started (tests, benchmarks)

    # --- source -----------------------------------------------------------------------------------
    def set_source(self, source: AttachmentSource | None) -> None:
        if source is not self._source:
            self._source = source
            self.clear()

    def source(self) -> AttachmentSource | None:
        return self._source

    def clear(self) -> None:
        self._cache.clear()
        self._cache_bytes = 0

    # --- requests ---------------------------------------------------------------------------------
    def cached(self, key: ImageKey) -> DecodeResult | None:
        result = self._cache.get(key)
        if result is not None:
            self._cache.move_to_end(key)
        return result

    def request(self, key: ImageKey, owner: QObject, consumer: Callable[[DecodeResult], Any], *,
                keep: bool = True) -> bool:
        """Ask for a picture; True if nothing could be asked (no source yet).

        A cached result is handed over at once. Otherwise `consumer` is called on the UI thread
        when it is decoded — only if `owner` (the widget asking) still exists then. `keep` False:
        not cached (full-size pictures for the viewer and the clipboard).
        """
        hit = self.cached(key)
        if hit is not None:
            consumer(hit)
            return False
        if self._source is None:
            return True
        call = _guarded(owner, consumer)
        waiting = self._waiting.get(key)
        if waiting is not None:
            waiting.append(call)
            return False
        self._waiting[key] = [call]
        source = self._source
        self.decodes += 1
        loader = weakref.ref(self)

        def work() -> DecodeResult:
            data = source.blob(key.sha256)
            return DecodeFailed.MISSING if data is None else decode(data, key.box)

        def deliver(result: object) -> None:
            me = loader()
            if me is not None and shiboken6.isValid(me):
                me._finished(key, result, keep=keep)

        run_off_thread(work, deliver)
        return False

    def _finished(self, key: ImageKey, result: object, *, keep: bool) -> None:
        decoded = result if isinstance(result, QImage | DecodeFailed) else DecodeFailed.UNDECODABLE
        if keep:
            self._store(key, decoded)
        for call in self._waiting.pop(key, []):
            call(decoded)

    def _store(self, key: ImageKey, result: DecodeResult) -> None:
        size = result.sizeInBytes() if isinstance(result, QImage) else 64
        if size > self._limit:
            return
        self._cache[key] = result
        self._cache_bytes += size
        while self._cache_bytes > self._limit and self._cache:
            _old, dropped = self._cache.popitem(last=False)
            self._cache_bytes -= dropped.sizeInBytes() if isinstance(dropped, QImage) else 64

    # --- figures ----------------------------------------------------------------------------------
    def cache_bytes(self) -> int:
        return self._cache_bytes

    def cache_limit(self) -> int:
        return self._limit

    def cached_count(self) -> int:
        return len(self._cache)

    def pending(self) -> int:
        return len(self._waiting)


def _guarded(owner: QObject, consumer: Callable[[DecodeResult], Any]) -> Callable[[DecodeResult], None]:
    """`consumer`, called only while `owner` lives (its Python wrapper and its C++ object)."""
    ref = weakref.ref(owner)

    def call(result: DecodeResult) -> None:
        alive = ref()
        if alive is not None and shiboken6.isValid(alive):
            consumer(result)

    return call
