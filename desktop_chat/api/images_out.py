"""Pictures in answers: every form gateways use to send one, read into `ImageReceived` / `RemoteImage`.

Why a module of its own: image-drawing models (Gemini's `…-image-preview`) reach us through
gateways that each pass the picture on differently — a `images` list of `image_url` entries
(OpenRouter, LiteLLM ≥ 1.77), a singular `image` (older LiteLLM), `image_url` parts in a `content`
list, or Markdown `![image](data:image/png;base64,…)` inside the streamed text (new-api / one-api
relays). The decoder (decoder.py) finds the places; this module reads what is found there. Pure: no
I/O, no clock, and never a fetch — an http(s) picture becomes a `RemoteImage` for the UI to ask about.

Untrusted input, so: base64 is decoded strictly (after whitespace and URL-safe letters are allowed
for), the bytes must be a PNG, JPEG, WebP or GIF by their magic and the MIME type is taken from
them (never from the URL's claim), and nothing larger than `MAX_IMAGE_BYTES` is decoded. The
Markdown reader holds back only from `![` until the link is known not to be a data URL (or until its
`)`), keeps at most `MAX_IMAGE_BYTES` of base64, and never lets any of it into the text.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from desktop_chat.api.events import AnswerImage, ImageReceived, RemoteImage
from desktop_chat.domain import image_mime

MAX_IMAGE_BYTES = 25 * 1024 * 1024  # decoded; a bigger picture from a chat answer is dropped
MAX_ENCODED_CHARS = (MAX_IMAGE_BYTES + 2) // 3 * 4  # its base64, without padding slack
MAX_REMOTE_URL = 8192  # characters; a longer "address" is not one we would ever offer to open
_MAX_ALT = 500  # characters of alt text held back while waiting for `](`
_MAX_HEADER = 256  # characters of `data:<mime>;…;base64` before its comma
_MAX_TITLE = 1000  # characters of a Markdown link title ("…") after the data URL
_ENTRY_DEPTH = 4  # nesting of {"image_url": {"url": …}} shapes followed

# Content-part types that carry a picture (OpenAI's image_url; `image`/`output_image`/`input_image`
# as other APIs and relays name them); their payload is read by `image_from_entry`.
IMAGE_PART_TYPES = frozenset({"image_url", "image", "output_image", "input_image"})
TEXT_PART_TYPES = frozenset({"text", "output_text"})

_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=_\-]")
_HEADER_CHARS = re.compile(r"[A-Za-z0-9.+/;=_\-]*\Z")
_SKIP_END = re.compile(r"[)\s]")


def decode_base64_image(payload: str) -> ImageReceived | None:
    """The picture a base64 text holds; None when it is not strict base64, too big, or not an image.

    ASCII whitespace (line-wrapped base64), the URL-safe alphabet (`-`, `_`) and missing `=` padding
    are accepted; anything else outside the alphabet is refused.
    """
    if len(payload) > MAX_ENCODED_CHARS + MAX_ENCODED_CHARS // 8:  # generous room for line breaks
        return None
    if not payload.isascii():
        return None
    if not payload.isalnum():  # only then can there be whitespace, padding or other letters
        if any(c in payload for c in " \t\r\n\f\v"):
            payload = "".join(payload.split())
        if "-" in payload or "_" in payload:
            payload = payload.replace("-", "+").replace("_", "/")
    if len(payload) > MAX_ENCODED_CHARS + 4:
        return None
    missing = -len(payload) % 4
    if missing == 3:
        return None  # one character of a 4-character group: not base64
    if missing and not payload.endswith("="):
        payload += "=" * missing
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(data) > MAX_IMAGE_BYTES:
        return None
    mime = image_mime(data)
    return None if mime is None else ImageReceived(mime, data)


def decode_data_url(url: str) -> ImageReceived | None:
    """The picture of a `data:<mime>;base64,<payload>` URL (the MIME claim is ignored: the bytes say
    what they are); None for any other URL or a payload `decode_base64_image` refuses."""
    head, comma, payload = url.partition(",")
    if not comma or len(head) > _MAX_HEADER + 5:
        return None
    head = head.strip().lower()
    if not head.startswith("data:") or ";base64" not in head:
        return None
    return decode_base64_image(payload)


def image_from_url(url: str) -> AnswerImage | None:
    """`ImageReceived` for an image data URL, `RemoteImage` for an http(s) address, else None."""
    text = url.strip()
    scheme = text[:8].lower()
    if scheme.startswith("data:"):
        return decode_data_url(text)
    if scheme.startswith(("https://", "http://")):
        if len(text) > MAX_REMOTE_URL or not text.isprintable() or any(c.isspace() for c in text):
            return None
        return RemoteImage(text)
    return None


def image_from_entry(entry: object, _depth: int = 0) -> AnswerImage | None:
    """One picture as gateways give it: a URL string, `{"image_url": {"url": …}}`, `{"image_url": …}`,
    `{"url": …}`, Anthropic's `{"source": {"type": "base64", "data": …}}`, Gemini's
    `{"inline_data": {"data": …}}`, or bare base64 under `b64_json` / `data` / `result`.
    None when it holds no picture we can read (the caller counts it as dropped)."""
    if isinstance(entry, str):
        return image_from_url(entry)
    if not isinstance(entry, dict) or _depth >= _ENTRY_DEPTH:
        return None
    for key in ("image_url", "url", "source", "inline_data", "inlineData"):
        value = entry.get(key)
        if value is not None:
            return image_from_entry(value, _depth + 1)
    for key in ("b64_json", "data", "result"):
        value = entry.get(key)
        if isinstance(value, str):
            return image_from_url(value) if value[:5].lower() == "data:" else decode_base64_image(value)
    return None


def images_from_list(value: object) -> tuple[list[AnswerImage], int]:
    """(pictures, dropped) of a `images` value: a list of entries (or one entry on its own)."""
    entries: list[Any] = value if isinstance(value, list) else [value]
    found: list[AnswerImage] = []
    dropped = 0
    for entry in entries:
        image = image_from_entry(entry)
        if image is None:
            dropped += 1
        else:
            found.append(image)
    return found, dropped


# -- Markdown images inside streamed text ---------------------------------------------------------
_TEXT = 0  # plain text (possibly a held `![…` in `_held`)
_PAYLOAD = 1  # inside the base64 of a data URL
_AFTER = 2  # after the base64, before `)` (spaces, a title)
_TITLE = 3  # inside a link title "…"
_SKIP = 4  # inside a base64 run that is being dropped (too big)
_SKIP_ANY = 5  # inside a data URL that is not base64 (dropped up to `)` or whitespace)

_NEED_MORE = 0
_NOT_IMAGE = 1
_DATA = 2
_BROKEN = 3


class MarkdownImages:
    """Feed text pieces; get back text pieces and the pictures of `![alt](data:image/…;base64,…)`.

    Only from `![` on is anything held back, and only until the link is known not to be a data URL
    (a remote `![alt](https://…)` stays text, for the renderer) or until its `)`. A data URL that is
    not strict base64 of an image, is bigger than `MAX_IMAGE_BYTES`, or breaks off is dropped and
    counted in `dropped`; the text after it goes on. `flush()` at the end gives back what is held.
    """

    __slots__ = ("_held", "_mode", "_pieces", "_quote", "_size", "_title", "dropped")

    def __init__(self) -> None:
        self._held = ""  # text from `![` (or a trailing `!`) whose fate is not yet known
        self._mode = _TEXT
        self._pieces: list[str] = []  # base64 of the data URL being read
        self._size = 0
        self._quote = '"'
        self._title = 0
        self.dropped = 0

    @property
    def idle(self) -> bool:
        """True when nothing is held: a piece without `![` and not ending in `!` is plain text."""
        return self._mode == _TEXT and not self._held

    def feed(self, text: str) -> list[str | AnswerImage]:
        out: list[str | AnswerImage] = []
        start = 0
        if self._mode != _TEXT:
            resume = self._inside(text, 0, out)
            if resume is None:
                return out
            start = resume
        if self._held:
            text = self._held + text[start:]
            self._held = ""
            start = 0
        self._scan(text, start, out)
        return out

    def flush(self) -> list[str | AnswerImage]:
        """The end of the text: a held `![…` that never became a data URL is text; an image cut off
        inside its base64 is dropped; one complete but for its `)` is kept."""
        out: list[str | AnswerImage] = []
        mode = self._mode
        if mode == _TEXT and self._held:
            out.append(self._held)
        elif mode in (_AFTER, _TITLE):
            self._complete(out)
        elif mode == _PAYLOAD:
            self.dropped += 1
        self._held = ""
        self._mode = _TEXT
        self._pieces = []
        self._size = 0
        return out

    # -- text ----------------------------------------------------------------------------------
    def _scan(self, text: str, index: int, out: list[str | AnswerImage]) -> None:
        """Plain text from `index`: emit it, stopping at each `![` to look at the link."""
        start = index  # the first character not yet emitted
        while True:
            at = text.find("![", index)
            if at < 0:
                if text.endswith("!") and len(text) - 1 >= start:
                    _emit(out, text[start:-1])
                    self._held = "!"
                else:
                    _emit(out, text[start:])
                return
            verdict, payload_at = _head(text, at)
            if verdict == _NOT_IMAGE:
                index = at + 1
                continue
            _emit(out, text[start:at])
            if verdict == _NEED_MORE:
                self._held = text[at:]
                return
            if verdict == _BROKEN:
                self.dropped += 1
                self._mode = _SKIP_ANY
            else:
                self._mode = _PAYLOAD
                self._pieces = []
                self._size = 0
            resume = self._inside(text, payload_at, out)
            if resume is None:
                return
            start = index = resume

    # -- inside a data URL ----------------------------------------------------------------------
    def _inside(self, text: str, index: int, out: list[str | AnswerImage]) -> int | None:
        """Go on reading the data URL from `index`; the index where plain text resumes, or None when
        the whole piece was part of the URL."""
        while True:
            mode = self._mode
            if mode in (_PAYLOAD, _SKIP):
                match = _NOT_BASE64.search(text, index)
                end = len(text) if match is None else match.start()
                if mode == _PAYLOAD and end > index:
                    if self._size + end - index > MAX_ENCODED_CHARS + 4:
                        self._drop(_SKIP)
                    else:
                        self._pieces.append(text[index:end])
                        self._size += end - index
                if match is None:
                    return None
                char = text[end]
                if char == ")":
                    self._complete(out)
                    return end + 1
                if char in " \t":
                    if self._mode == _PAYLOAD:
                        self._mode = _AFTER
                        index = end + 1
                        continue
                    self._mode = _TEXT  # a dropped run ended by a space: text resumes there
                    return end
                self._drop(_TEXT)  # a character no data URL has: the image is broken, text goes on
                return end
            if mode == _AFTER:
                end = index
                while end < len(text) and text[end] in " \t":
                    end += 1
                if end == len(text):
                    return None
                char = text[end]
                if char == ")":
                    self._complete(out)
                    return end + 1
                if char in "\"'":
                    self._mode, self._quote, self._title = _TITLE, char, 0
                    index = end + 1
                    continue
                self._drop(_TEXT)
                return end
            if mode == _TITLE:
                end = text.find(self._quote, index)
                if end < 0:
                    self._title += len(text) - index
                    if self._title > _MAX_TITLE:
                        self._drop(_TEXT)
                        return len(text)
                    return None
                self._mode = _AFTER
                index = end + 1
                continue
            # _SKIP_ANY: a data URL that is not base64: dropped up to `)` (or whitespace: text again)
            match = _SKIP_END.search(text, index)
            if match is None:
                return None
            self._mode = _TEXT
            return match.end() if match.group() == ")" else match.start()

    def _complete(self, out: list[str | AnswerImage]) -> None:
        if self._mode in (_PAYLOAD, _AFTER, _TITLE):
            image = decode_base64_image("".join(self._pieces))
            if image is None:
                self.dropped += 1
            else:
                out.append(image)
        self._mode = _TEXT
        self._pieces = []
        self._size = 0

    def _drop(self, mode: int) -> None:
        if self._mode != _SKIP:
            self.dropped += 1
        self._mode = mode
        self._pieces = []
        self._size = 0


def _emit(out: list[str | AnswerImage], text: str) -> None:
    if text:
        if out and isinstance(out[-1], str):
            out[-1] += text
        else:
            out.append(text)


def _head(text: str, at: int) -> tuple[int, int]:
    """What the `![` at `at` starts: (_DATA, index of the base64), (_NOT_IMAGE, 0) for anything but a
    data URL, (_BROKEN, index after `data:`) for a data URL that is not base64, (_NEED_MORE, 0)."""
    end = len(text)
    close = text.find("]", at + 2, at + 2 + _MAX_ALT + 1)
    if close < 0:
        alt = text[at + 2 : at + 2 + _MAX_ALT + 1]
        if "[" in alt or "\n\n" in alt or len(alt) > _MAX_ALT:
            return _NOT_IMAGE, 0
        return _NEED_MORE, 0
    alt = text[at + 2 : close]
    if "[" in alt or "\n\n" in alt:
        return _NOT_IMAGE, 0
    index = close + 1
    if index == end:
        return _NEED_MORE, 0
    if text[index] != "(":
        return _NOT_IMAGE, 0
    index += 1
    spaces = 0
    while index < end and text[index] in " \t" and spaces < 8:
        index += 1
        spaces += 1
    scheme = text[index : index + 5].lower()
    if len(scheme) < 5:
        return (_NEED_MORE, 0) if "data:".startswith(scheme) and spaces < 8 else (_NOT_IMAGE, 0)
    if scheme != "data:":
        return _NOT_IMAGE, 0
    header_at = index + 5
    comma = text.find(",", header_at, header_at + _MAX_HEADER + 1)
    if comma < 0:
        header = text[header_at : header_at + _MAX_HEADER + 1]
        if len(header) > _MAX_HEADER or not _HEADER_CHARS.match(header):
            return _BROKEN, header_at
        return _NEED_MORE, 0
    header = text[header_at:comma]
    if not _HEADER_CHARS.match(header) or ";base64" not in header.lower():
        return _BROKEN, header_at
    return _DATA, comma + 1
