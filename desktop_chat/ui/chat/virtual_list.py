"""A vertical list that creates widgets only for the rows on screen (plus a margin).

Why: a long chat has thousands of messages, and a widget with laid-out rich text per message
costs milliseconds and megabytes each. Here every row has a height — measured once its widget
exists, estimated before — kept in a prefix-sum array; scrolling finds the visible rows by
bisection, creates their widgets through a factory, and throws away widgets that left the margin.
What the reader looks at stays put when estimates above it are replaced by real heights (the list
anchors on the first visible row), and the list follows the bottom while `following` is on.

Row widgets must provide `heightForWidth(w)` and `row_geometry(viewport_width) -> (x, width)`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import accumulate, pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QWidget

ROW_GAP = 14  # vertical space between cards
PAD = 16  # space above the first and below the last card
MARGIN = 400  # pixels beyond the viewport that are laid out too
FOLLOW_SLACK = 4  # "at the bottom" within this many pixels


class VirtualList(QAbstractScrollArea):
    """Rows are integer keys; the owner supplies `create(key)` and `estimate(key, width)`."""

    followingChanged = Signal(bool)

    def __init__(
        self,
        create: Callable[[int], QWidget],
        estimate: Callable[[int, int], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ChatList")
        self.viewport().setObjectName("ChatListViewport")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._create = create
        self._estimate = estimate
        self._keys: list[int] = []
        self._pos: dict[int, int] = {}
        self._heights: list[int] = []
        self._measured: list[bool] = []
        self._tops: list[int] = [PAD]
        self._widgets: dict[int, QWidget] = {}
        self._pinned: set[int] = set()
        self._width = -1
        self._following = True
        self._programmatic = 0
        self._in_layout = False
        self._anchor: tuple[int, int] | None = None  # (row, offset) to keep at the top
        bar = self.verticalScrollBar()
        bar.setSingleStep(40)
        # Always on: a scroll bar that comes and goes changes the width, and with it every row's
        # height (a relayout of all visible documents) — on every streamed token near the edge.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # --- model --------------------------------------------------------------------------------
    def set_keys(self, keys: Sequence[int]) -> None:
        self._release(set(self._widgets))
        self._keys = list(keys)
        self._pos = {k: i for i, k in enumerate(self._keys)}
        width = self._content_width()
        self._heights = [self._estimate(k, width) + ROW_GAP for k in self._keys]
        self._measured = [False] * len(self._keys)
        self._rebuild_tops(0)
        self._pinned &= set(self._keys)
        self._following = True
        self._anchor = None
        self.relayout()

    def insert_key(self, index: int, key: int) -> None:
        self._keys.insert(index, key)
        self._heights.insert(index, self._estimate(key, self._content_width()) + ROW_GAP)
        self._measured.insert(index, False)
        self._pos = {k: i for i, k in enumerate(self._keys)}
        self._rebuild_tops(index)
        self._anchor = None
        self.relayout()

    def prepend_keys(self, keys: Sequence[int]) -> None:
        """Rows before the first one (older messages loaded later): what is on screen stays put."""
        if not keys:
            return
        count = len(keys)
        if self._anchor is not None:
            self._anchor = (self._anchor[0] + count, self._anchor[1])
        elif not self._following and self._keys:
            value = self.verticalScrollBar().value()
            index = self._index_at(value)
            self._anchor = (index + count, value - self._tops[index])
        width = self._content_width()
        self._keys = [*keys, *self._keys]
        self._pos = {k: i for i, k in enumerate(self._keys)}
        self._heights = [self._estimate(k, width) + ROW_GAP for k in keys] + self._heights
        self._measured = [False] * count + self._measured
        self._rebuild_tops(0)
        self.relayout()

    def remove_key(self, key: int) -> None:
        index = self._pos.get(key)
        if index is None:
            return
        self._release({key})
        self._pinned.discard(key)
        del self._keys[index], self._heights[index], self._measured[index]
        self._pos = {k: i for i, k in enumerate(self._keys)}
        self._rebuild_tops(index)
        self._anchor = None
        self.relayout()

    def invalidate(self, key: int | None = None, *, keep_pinned: bool = False) -> None:
        """Rebuild the widget of `key` (all rows if None) from the owner's data; `keep_pinned`:
        all but the pinned rows (an edit in progress goes on; the row is measured again)."""
        keys = set(self._widgets) if key is None else {key}
        if keep_pinned:
            keys -= self._pinned
        self._release(keys & set(self._widgets))
        self._pinned -= keys  # a rebuilt card starts without an edit in progress
        for k in keys:
            if k in self._pos:
                self._measured[self._pos[k]] = False
        if key is None:
            self._measured = [False] * len(self._keys)
        self.relayout()

    def update_in_place(self, key: int, update: Callable[[QWidget], bool]) -> None:
        """The row's data changed: let `update(widget)` patch the live widget, else rebuild it.

        `update` returns False when it cannot patch (the widget is then rebuilt as `invalidate`
        does). A row without a widget only gets its height estimated again.
        """
        index = self._pos.get(key)
        if index is None:
            return
        widget = self._widgets.get(key)
        if widget is None:
            self._heights[index] = self._estimate(key, self._content_width()) + ROW_GAP
            self._measured[index] = False
            self._rebuild_tops(index)
            self.relayout()
        elif update(widget):
            self.remeasure(key)
        else:
            self.invalidate(key)

    def remeasure(self, key: int, *, relayout: bool = True) -> None:
        """The row's widget changed size (streaming, expanded reasoning…)."""
        index = self._pos.get(key)
        if index is not None:
            self._measured[index] = False
            if relayout:
                self.relayout()

    def pin(self, key: int, pinned: bool) -> None:
        """A pinned row keeps its widget even off screen (an edit in progress)."""
        if pinned:
            self._pinned.add(key)
        else:
            self._pinned.discard(key)

    def pinned_keys(self) -> set[int]:
        return set(self._pinned)

    # --- queries ------------------------------------------------------------------------------
    def row_keys(self) -> list[int]:
        return list(self._keys)

    def widget_for(self, key: int) -> QWidget | None:
        return self._widgets.get(key)

    def live_count(self) -> int:
        return len(self._widgets)

    def take(self, key: int) -> QWidget | None:
        """Hand the row's widget over to the caller (hidden, not deleted); the row forgets it."""
        widget = self._widgets.pop(key, None)
        if widget is not None:
            widget.hide()
            self._pinned.discard(key)
        return widget

    def live_keys(self) -> list[int]:
        """Keys of the rows whose widgets exist right now."""
        return list(self._widgets)

    def is_following(self) -> bool:
        return self._following

    def row_rect_top(self, key: int) -> int | None:
        index = self._pos.get(key)
        return None if index is None else self._tops[index]

    # --- scrolling ----------------------------------------------------------------------------
    def scroll_to_bottom(self) -> None:
        self._set_following(True)
        self.relayout()

    def scroll_to_key(self, key: int, offset: int = -8) -> None:
        index = self._pos.get(key)
        if index is None:
            return
        self._set_following(False)
        self._anchor = (index, offset)
        self.relayout()
        if self.verticalScrollBar().value() >= self.verticalScrollBar().maximum() - FOLLOW_SLACK:
            self._set_following(True)

    def _set_following(self, on: bool) -> None:
        if on != self._following:
            self._following = on
            self.followingChanged.emit(on)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if self._programmatic or self._in_layout:
            return
        bar = self.verticalScrollBar()
        self._set_following(bar.value() >= bar.maximum() - FOLLOW_SLACK)
        self._anchor = None
        self.relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    # --- layout -------------------------------------------------------------------------------
    def _content_width(self) -> int:
        return max(200, self.viewport().width())

    def _rebuild_tops(self, start: int) -> None:
        start = max(0, min(start, len(self._heights), len(self._tops) - 1))
        head = self._tops[: start + 1]
        self._tops = head + list(accumulate(self._heights[start:], initial=head[-1]))[1:]

    def _total(self) -> int:
        return self._tops[-1] + PAD

    def _index_at(self, y: int) -> int:
        index = bisect.bisect_right(self._tops, y) - 1
        return min(max(index, 0), len(self._keys) - 1)

    def _measure(self, widget: QWidget, width: int) -> int:
        _x, w = _row_geometry(widget, width)
        return widget.heightForWidth(w) + ROW_GAP

    def relayout(self) -> None:
        if self._in_layout:
            return
        self._in_layout = True
        try:
            self._do_layout()
        finally:
            self._in_layout = False

    def _do_layout(self) -> None:
        bar = self.verticalScrollBar()
        width, height = self._content_width(), self.viewport().height()
        if width != self._width:
            self._width = width
            self._measured = [False] * len(self._keys)
        if not self._keys:
            self._release(set(self._widgets))
            self._set_range(0, 0)
            return
        value = bar.value()
        if self._anchor is None:
            index = self._index_at(value)
            anchor = (index, value - self._tops[index])
        else:
            anchor = self._anchor
        first = last = 0
        created = False
        for _ in range(6):
            if self._following:
                value = max(0, self._total() - height)
            else:
                value = min(max(0, self._tops[anchor[0]] + anchor[1]), max(0, self._total() - height))
            first, last = self._index_at(value - MARGIN), self._index_at(value + height + MARGIN)
            changed = None
            for i in range(first, last + 1):
                key = self._keys[i]
                widget = self._widgets.get(key)
                if widget is None:
                    widget = self._create(key)
                    widget.setParent(self.viewport())
                    self._widgets[key] = widget
                    self._measured[i] = False
                    created = True
                if not self._measured[i]:
                    h = self._measure(widget, width)
                    self._measured[i] = True
                    if h != self._heights[i]:
                        self._heights[i] = h
                        changed = i if changed is None else min(changed, i)
            if changed is None:
                break
            self._rebuild_tops(changed)
        if not self._following:
            self._anchor = (self._index_at(value), value - self._tops[self._index_at(value)])
        keep = set(self._keys[first : last + 1]) | self._pinned
        self._release(set(self._widgets) - keep)
        self._set_range(max(0, self._total() - height), value)
        value = bar.value()
        for key, widget in self._widgets.items():
            i = self._pos[key]
            x, w = _row_geometry(widget, width)
            widget.setGeometry(x, self._tops[i] + ROW_GAP // 2 - value, w, self._heights[i] - ROW_GAP)
            if not widget.isVisible():
                widget.show()
        if created:
            self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """Tab walks the cards top to bottom, whatever order they were created in."""
        chain: list[QWidget] = []
        for key in sorted(self._widgets, key=self._pos.__getitem__):
            card = self._widgets[key]
            chain.extend(w for w in card.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _set_range(self, maximum: int, value: int) -> None:
        bar = self.verticalScrollBar()
        self._programmatic += 1
        try:
            bar.setPageStep(max(1, self.viewport().height()))
            bar.setRange(0, maximum)
            bar.setValue(value)
        finally:
            self._programmatic -= 1

    def _release(self, keys: set[int]) -> None:
        for key in keys:
            widget = self._widgets.pop(key, None)
            if widget is not None:
                widget.hide()
                widget.deleteLater()


def _row_geometry(widget: QWidget, viewport_width: int) -> tuple[int, int]:
    """(x, width) of a row widget in a viewport that wide (rows provide `row_geometry`)."""
    geometry: Callable[[int], tuple[int, int]] = getattr(widget, "row_geometry")  # noqa: B009 - the row contract
    return geometry(viewport_width)
