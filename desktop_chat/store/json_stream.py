"""Read a large JSON document piece by piece: the top-level array (or object) one element at a time.

Why: `json.loads` of a 200 MB export holds the GIL for seconds, and a worker thread doing that
freezes the UI thread as surely as running it there. Here the file (or zip member) is read in
chunks into a bounded, sliding text buffer, and `json.JSONDecoder.raw_decode` decodes one element
at a time — milliseconds each — so other threads keep running between elements and memory stays
bounded by the largest element, not the file.

Every way the text can be unreadable becomes an ImportFailed with the same problems and the same
"name, line L, column C" places as a whole-file parse: not UTF-8, empty, truncated, invalid JSON,
nested too deeply, or one element larger than `max_item_chars`.
"""

from __future__ import annotations

import codecs
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn, Protocol

from .errors import ImportFailed, ImportProblem

CHUNK_BYTES = 1 << 20
# One conversation larger than this is not a real export. Attachments travel inside their
# conversation as base64, so a chat of screenshots and PDFs may reach hundreds of megabytes.
MAX_ITEM_CHARS = 1 << 30
_WHITESPACE = " \t\n\r"


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class JsonStream:
    """A cursor over JSON text read from a binary stream; `bytes_read` of `total_bytes` for progress."""

    def __init__(
        self,
        fh: Readable,
        name: str,
        *,
        total_bytes: int = 0,
        chunk_bytes: int = CHUNK_BYTES,
        max_item_chars: int = MAX_ITEM_CHARS,
    ) -> None:
        self._fh = fh
        self.name = name
        self.total_bytes = total_bytes
        self._chunk = chunk_bytes
        self._max_item = max_item_chars
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._json = json.JSONDecoder()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self.bytes_read = 0
        self._line_base = 0  # newlines in the text already dropped from the buffer
        self._col_base = 0  # column (0-based) at which the buffer starts

    # reading --------------------------------------------------------------------------------

    def _fill(self, at_least: int = 0) -> bool:
        """Append more text to the buffer; False at the end of the input."""
        if self._eof:
            return False
        want = max(self._chunk, at_least)
        try:
            raw = self._fh.read(want)
        except OSError as exc:
            raise ImportFailed(ImportProblem.NOT_READABLE, where=self.name, detail=str(exc)) from exc
        try:
            text = self._decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as exc:
            if not raw:  # the input ends inside a multi-byte character
                self._eof = True
                raise ImportFailed(
                    ImportProblem.TRUNCATED, where=self._place(len(self._buf)), detail=str(exc)
                ) from exc
            raise ImportFailed(
                ImportProblem.NOT_UTF8,
                where=f"{self.name}, byte {self.bytes_read + exc.start}",
                detail=str(exc),
            ) from exc
        self.bytes_read += len(raw)
        if not raw:
            self._eof = True
        self._buf += text
        return bool(raw)

    def _compact(self) -> None:
        if self._pos < (1 << 16):
            return
        gone = self._buf[: self._pos]
        newlines = gone.count("\n")
        if newlines:
            self._line_base += newlines
            self._col_base = len(gone) - gone.rfind("\n") - 1
        else:
            self._col_base += len(gone)
        self._buf = self._buf[self._pos :]
        self._pos = 0

    def _skip_space(self) -> str:
        """The next significant character ('' at the end of the input), not consumed."""
        while True:
            buf, pos, n = self._buf, self._pos, len(self._buf)
            while pos < n and buf[pos] in _WHITESPACE:
                pos += 1
            self._pos = pos
            if pos < n:
                return buf[pos]
            if not self._fill():
                return ""

    def _place(self, index: int) -> str:
        lines = self._buf.count("\n", 0, index)
        column = index - self._buf.rfind("\n", 0, index) if lines else self._col_base + index + 1
        return f"{self.name}, line {self._line_base + lines + 1}, column {column}"

    # the grammar we need --------------------------------------------------------------------

    def peek(self) -> str:
        """The next significant character, not consumed; '' at the end of the input."""
        return self._skip_space()

    def first(self) -> str:
        """The document's first significant character; an input of only whitespace is EMPTY."""
        ch = self._skip_space()
        if not ch:
            raise ImportFailed(ImportProblem.EMPTY, where=self.name)
        return ch

    def expect(self, ch: str) -> None:
        """Consume `ch` (after whitespace) or refuse the input as truncated / invalid JSON."""
        found = self._skip_space()
        if found != ch:
            self._refuse(self._pos, f"Expecting {ch!r}")
        self._pos += 1

    def value(self) -> object:
        """Decode the next complete JSON value."""
        self._skip_space()
        while True:
            self._compact()
            start = self._pos
            try:
                obj, end = self._json.raw_decode(self._buf, start)
            except RecursionError:
                raise ImportFailed(ImportProblem.TOO_DEEP, where=self._place(start)) from None
            except json.JSONDecodeError as exc:
                if self._more(start):
                    continue
                self._refuse(exc.pos, exc.msg)
            if end == len(self._buf) and self._more(start):
                continue  # a number or literal may go on in the next chunk
            self._pos = end
            return obj

    def _more(self, start: int) -> bool:
        """Read more for a value that started at `start`; False at the end of the input."""
        held = len(self._buf) - start
        if held > self._max_item:
            raise ImportFailed(
                ImportProblem.TOO_BIG, where=self._place(start), detail=f"over {held} characters"
            )
        # Grow geometrically so a large element is re-scanned a bounded number of times.
        return self._fill(at_least=held)

    def items(self) -> Iterator[object]:
        """After '[' was consumed: each element, until the closing ']' (consumed too)."""
        if self._skip_space() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            ch = self._skip_space()
            self._pos += 1
            if ch == "]":
                return
            if ch != ",":
                self._refuse(self._pos - 1, "Expecting ',' delimiter")

    def members(self) -> Iterator[str]:
        """After '{' was consumed: each key, with the cursor left on its value (read it before the
        next key is asked for), until the closing '}' (consumed too)."""
        first = True
        while True:
            ch = self._skip_space()
            if ch == "}":
                self._pos += 1
                return
            if not first:
                if ch != ",":
                    self._refuse(self._pos, "Expecting ',' delimiter")
                self._pos += 1
                ch = self._skip_space()
            if ch != '"':
                self._refuse(self._pos, "Expecting property name enclosed in double quotes")
            key = self.value()
            assert isinstance(key, str)
            self.expect(":")
            yield key
            first = False

    def end(self) -> None:
        """Only whitespace may follow the document."""
        if self._skip_space():
            self._refuse(self._pos, "Extra data")

    def _refuse(self, index: int, message: str) -> NoReturn:
        """Raise TRUNCATED when the problem is at the end of the input, else NOT_JSON."""
        # A cut inside a string (or an escape) is reported where the string starts.
        at_end = index >= len(self._buf.rstrip()) - 1 or message.startswith("Unterminated string")
        truncated = self._eof and (at_end or ("escape" in message and index >= len(self._buf) - 6))
        problem = ImportProblem.TRUNCATED if truncated else ImportProblem.NOT_JSON
        raise ImportFailed(problem, where=self._place(min(index, len(self._buf))), detail=message)


@contextlib.contextmanager
def open_file(path: Path) -> Iterator[JsonStream]:
    """A stream over a file; a file the OS cannot open or size is ImportFailed(NOT_READABLE)."""
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except OSError as exc:
        raise ImportFailed(
            ImportProblem.NOT_READABLE, where=path.name, detail=exc.strerror or str(exc)
        ) from exc
    with fh:
        yield JsonStream(fh, path.name, total_bytes=size)
