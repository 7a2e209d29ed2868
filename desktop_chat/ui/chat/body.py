"""The text of one message: prose documents and code blocks (each with a Copy button).

Why a widget of its own: a message is shown as a column of segments — runs of prose in one
`SafeTextBrowser`, and every top-level code block in its own box with a real Copy button (keyboard
reachable, with an accessible name) and horizontal scrolling instead of wrapped code. While an
answer streams, finished blocks are appended once (into a prose document capped in size, so a
re-render stays cheap) and only the open tail's widgets are updated; when the answer completes the
card keeps these widgets (the streamed blocks equal the one-shot render). A run of finished prose
blocks is set into its document with one setHtml, and a very long answer switches to a few large
documents with code inline (see LONG_MESSAGE_HTML) to keep its memory in bounds.

Formulas are drawn only in finished blocks: the open tail shows their source (`Block.source_html`)
while tokens arrive, and is drawn once the text has been quiet for `TAIL_QUIET_MS` (which is also
how the last blocks of an answer get drawn when it ends). A formula drawn later than its document
was laid out changes that document's height: the body measures again and tells the card's host.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop_chat.ui.chat.browser import SafeTextBrowser
from desktop_chat.ui.chat.context import CardHost, RenderContext
from desktop_chat.ui.render.incremental import StreamSnapshot
from desktop_chat.ui.render.markdown import COPY_SCHEME, Block, copy_header_html, copy_key

PROSE_CHUNK_CHARS = 6000  # while streaming, a prose document takes finished HTML up to this size
# A very long answer (100k tokens) would otherwise need ~1,400 text widgets (~0.3 MB each): past
# this much finished HTML, code blocks flow into the prose documents (with a "Copy" link, as
# nested code does) and a document takes up to LONG_CHUNK_CHARS — a few dozen widgets in all.
LONG_MESSAGE_HTML = 60_000
LONG_CHUNK_CHARS = 24_000
TAIL_QUIET_MS = 400  # the tail's formulas are drawn after this long without new text


def as_prose(block: Block) -> Block:
    """A top-level code block as prose HTML with a "Copy" link (for very long answers)."""
    if block.kind == "prose":
        return block
    key = copy_key(block.code)
    html = f"{copy_header_html(key, block.lang)}<pre>{block.html}</pre>"
    return Block("prose", html, copies=((key, block.code),))


class ProseView(SafeTextBrowser):
    """A run of prose blocks; its `dc-copy:` anchors copy nested code, other links go to the host."""

    def __init__(self, ctx: RenderContext, host: CardHost, parent: QWidget | None = None) -> None:
        super().__init__(parent, wrap=True, css=ctx.css)
        self._host = host
        self._copies: dict[str, str] = {}
        self._html = ""
        self.formula_dark = ctx.palette.dark
        self.on_height_changed: Callable[[ProseView], None] | None = None
        self.on_formulas_changed = self._formulas_changed
        self.setAccessibleName(self.tr("Message text"))
        self.anchorClicked.connect(self._on_anchor)

    @property
    def html_size(self) -> int:
        return len(self._html)

    def set_blocks(self, blocks: Sequence[Block], *, formulas: bool = True) -> None:
        """Show `blocks`; `formulas` False: their formulas as source (the streaming tail)."""
        html = "".join(b.html if formulas else (b.source_html or b.html) for b in blocks)
        for block in blocks:
            self._copies.update(block.copies)
        if html != self._html:
            self._html = html
            self.set_html(html)

    def add_blocks(self, blocks: Sequence[Block]) -> None:
        for block in blocks:
            self._copies.update(block.copies)
        self._html += "".join(b.html for b in blocks)
        self.set_html(self._html)

    def set_plain(self, text: str) -> None:
        self._html = ""
        self.setPlainText(text)
        self.updateGeometry()

    def _formulas_changed(self) -> None:
        if self.on_height_changed is not None:
            self.on_height_changed(self)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == COPY_SCHEME:
            code = self._copies.get(url.path())
            if code is not None:
                self._host.copy_text(code)
            return
        self._host.open_link(url)


class CodeBlockView(QFrame):
    """One code block: language, a Copy button, highlighted code that scrolls sideways."""

    def __init__(self, ctx: RenderContext, host: CardHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CodeBlock")
        self._host = host
        self._code = ""
        self._html = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QWidget(self)
        header.setObjectName("CodeHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(10, 3, 4, 3)
        self._lang = QLabel(header)
        self._lang.setObjectName("CodeLang")
        self.copy_button = QToolButton(header)
        self.copy_button.setObjectName("CodeCopy")
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy code"))
        self.copy_button.setToolTip(self.tr("Copy this code to the clipboard"))
        self.copy_button.setAutoRaise(True)
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.copy_button.clicked.connect(self._copy)
        row.addWidget(self._lang)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        self.browser = SafeTextBrowser(self, wrap=False, css=ctx.css)
        self.browser.setObjectName("CodeText")
        self.browser.setAccessibleName(self.tr("Code"))
        self.browser.setFont(ctx.mono)
        self.browser.document().setDocumentMargin(10)
        layout.addWidget(header)
        layout.addWidget(self.browser)

    @property
    def code(self) -> str:
        return self._code

    def set_block(self, block: Block) -> None:
        self._code = block.code
        self._lang.setText(block.lang or self.tr("code"))
        if block.html != self._html:
            self._html = block.html
            self.browser.set_html(f'<pre style="margin:0px; background-color:transparent">{block.html}</pre>')

    def _copy(self) -> None:
        self._host.copy_text(self._code)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(1500, self, self._reset_label)

    def _reset_label(self) -> None:
        self.copy_button.setText(self.tr("Copy"))


def _runs(blocks: Sequence[Block]) -> list[list[Block]]:
    """Consecutive prose blocks grouped; each code block alone."""
    runs: list[list[Block]] = []
    for block in blocks:
        if block.kind == "prose" and runs and runs[-1][0].kind == "prose":
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


class MessageBody(QWidget):
    """The segments of one message's text, stacked by hand.

    Why not a QVBoxLayout: a long streamed answer has hundreds of segments, and a box layout asks
    every one of them for its height on every update. Here heights are cached per width and only
    the segments that changed (always the last few) are measured and moved again.
    """

    SPACING = 6

    def __init__(self, ctx: RenderContext, host: CardHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._host = host
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._finished: list[QWidget] = []  # streaming: widgets holding finished blocks
        self._tail: list[QWidget] = []  # streaming: widgets of the open tail
        self._applied = 0  # streaming: finished blocks already shown
        self._finished_html = 0  # streaming: size of the finished HTML shown (long-answer mode)
        self._width = -1  # width the cached heights are for
        self._heights: list[int] = []  # cached heights of the first len() segments
        self._placed = 0  # segments [0, _placed) are where they belong
        self._tail_runs: list[list[Block]] = []  # streaming: the blocks the tail widgets show
        self._quiet: QTimer | None = None  # streaming: draws the tail's formulas when text pauses

    # --- whole message ----------------------------------------------------------------------------
    def show_blocks(self, blocks: Sequence[Block]) -> None:
        self._clear()
        if sum(len(b.html) for b in blocks) > LONG_MESSAGE_HTML:
            self.show_stream(StreamSnapshot(tuple(blocks), ()))  # the same few large documents
            return
        self._finished = [self._make(run) for run in _runs(blocks)]
        self._changed(0)

    def show_plain(self, text: str) -> None:
        self._clear()
        view = ProseView(self._ctx, self._host, self)
        view.set_plain(text)
        view.show()
        self._finished.append(view)
        self._changed(0)

    # --- streaming --------------------------------------------------------------------------------
    def show_stream(self, snap: StreamSnapshot) -> None:
        first_change = len(self._finished)
        new = snap.finished[self._applied :]
        i = 0
        while i < len(new):
            block = new[i]
            long = self._finished_html >= LONG_MESSAGE_HTML
            cap = LONG_CHUNK_CHARS if long else PROSE_CHUNK_CHARS
            if block.kind == "code" and not long:
                self._finished_html += len(block.html)
                if self._tail and isinstance(self._tail[0], CodeBlockView):
                    widget = self._tail.pop(0)  # the open code block just closed: keep its widget
                    self._fill(widget, [block])
                    self._finished.append(widget)
                else:
                    self._finished.append(self._make([block]))
                i += 1
                continue
            # A run of prose blocks goes into ONE document with ONE set_html (catching up on a
            # long answer used to re-set the whole document once per block).
            last = self._finished[-1] if self._finished else None
            block = as_prose(block) if long else block
            extend = isinstance(last, ProseView) and last.html_size + len(block.html) <= cap
            size = last.html_size if extend and isinstance(last, ProseView) else 0
            group: list[Block] = []
            while i < len(new) and (long or new[i].kind == "prose"):
                item = as_prose(new[i]) if long else new[i]
                if group and size + len(item.html) > cap:
                    break
                group.append(item)
                size += len(item.html)
                self._finished_html += len(item.html)
                i += 1
            if extend and isinstance(last, ProseView):
                last.add_blocks(group)
                first_change = min(first_change, len(self._finished) - 1)
            else:
                self._finished.append(self._make(group))
        self._applied = len(snap.finished)
        runs = _runs(snap.tail)
        for index, run in enumerate(runs):
            current = self._tail[index] if index < len(self._tail) else None
            wanted = CodeBlockView if run[0].kind == "code" else ProseView
            if isinstance(current, wanted):
                self._fill(current, run, formulas=False)
                continue
            widget = self._make(run, formulas=False)
            if current is not None:
                self._drop(current)
                self._tail[index] = widget
            else:
                self._tail.append(widget)
        for widget in self._tail[len(runs) :]:
            self._drop(widget)
        del self._tail[len(runs) :]
        self._tail_runs = runs
        if any(block.source_html for block in snap.tail):
            self._quiet_timer().start()
        self._changed(first_change)

    def _quiet_timer(self) -> QTimer:
        if self._quiet is None:
            self._quiet = QTimer(self)
            self._quiet.setSingleShot(True)
            self._quiet.setInterval(TAIL_QUIET_MS)
            self._quiet.timeout.connect(self._draw_tail_formulas)
        return self._quiet

    def _draw_tail_formulas(self) -> None:
        """The text paused (or the answer ended): the tail's formulas are drawn too."""
        changed = False
        for widget, run in zip(self._tail, self._tail_runs, strict=False):
            if isinstance(widget, ProseView) and any(block.source_html for block in run):
                widget.set_blocks(run)
                changed = True
        if changed:
            self._changed(len(self._finished))
            self._tell_card()

    def _segment_height_changed(self, widget: ProseView) -> None:
        """A formula arrived in `widget` after it was laid out: measure it again."""
        try:
            index = self.segments().index(widget)
        except ValueError:
            return
        self._changed(index)
        self._tell_card()

    def _tell_card(self) -> None:
        card = self.parentWidget()
        entry = getattr(card, "entry", None)
        message_id = getattr(entry, "id", None)
        if isinstance(message_id, int):
            self._host.card_resized(message_id)

    # --- geometry ---------------------------------------------------------------------------------
    def _changed(self, first: int) -> None:
        """Segments from index `first` on changed: re-measure and move them, tell the card."""
        del self._heights[first:]
        self._placed = min(self._placed, first)
        self.updateGeometry()
        self._place()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        segments = self.segments()
        if width != self._width:
            self._width = width
            self._heights = []
            self._placed = 0
        for widget in segments[len(self._heights) :]:
            self._heights.append(max(0, widget.heightForWidth(width)))
        if not segments:
            return 0
        return sum(self._heights) + self.SPACING * (len(segments) - 1)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 100)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(50, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width = self.width()
        if width <= 0:
            return
        self.heightForWidth(width)
        segments = self.segments()
        y = sum(self._heights[: self._placed]) + self.SPACING * self._placed
        for index in range(self._placed, len(segments)):
            segments[index].setGeometry(0, y, width, self._heights[index])
            y += self._heights[index] + self.SPACING
        self._placed = len(segments)

    # --- helpers ----------------------------------------------------------------------------------
    def segments(self) -> list[QWidget]:
        return [*self._finished, *self._tail]

    def code_blocks(self) -> list[CodeBlockView]:
        return [w for w in self.segments() if isinstance(w, CodeBlockView)]

    def text_views(self) -> list[SafeTextBrowser]:
        views: list[SafeTextBrowser] = []
        for widget in self.segments():
            if isinstance(widget, CodeBlockView):
                views.append(widget.browser)
            elif isinstance(widget, SafeTextBrowser):
                views.append(widget)
        return views

    def _make(self, run: Sequence[Block], *, formulas: bool = True) -> QWidget:
        widget: QWidget
        if run[0].kind == "code":
            widget = CodeBlockView(self._ctx, self._host, self)
        else:
            widget = ProseView(self._ctx, self._host, self)
            widget.on_height_changed = self._segment_height_changed
        self._fill(widget, run, formulas=formulas)
        widget.show()  # a child added to a visible parent stays hidden until shown
        return widget

    def _fill(self, widget: QWidget, run: Sequence[Block], *, formulas: bool = True) -> None:
        if isinstance(widget, CodeBlockView):
            widget.set_block(run[0])
        elif isinstance(widget, ProseView):
            widget.set_blocks(run, formulas=formulas)

    def _clear(self) -> None:
        for widget in self.segments():
            self._drop(widget)
        self._finished = []
        self._tail = []
        self._applied = 0
        self._finished_html = 0

    @staticmethod
    def _drop(widget: QWidget) -> None:
        widget.hide()
        widget.deleteLater()
