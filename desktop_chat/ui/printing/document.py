"""The printable document of one chat: each message's header, its text as the screen renders it
(light palette, code highlighted), its pictures, tool calls and files, in one QTextDocument.

Why the screen's renderer: what is printed must read as what was on screen — the same Markdown
subset, the same escaping of model output, the same Pygments colours (light, as paper is white).
Only the "Copy" strips above nested code are left out (paper has no buttons).

Nothing is ever loaded from a file or a URL: `PrintDocument.loadResource` answers only for the
document's own pictures (`dc-print:`) and for formulas (`formula:`, drawn by ui/render/formulas.py
when it is there); anything else is no picture at all. A formula that cannot be drawn shows its
alt text (the LaTeX source) instead.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QSizeF, QUrl
from PySide6.QtGui import QFontDatabase, QImage, QPaintDevice, QTextDocument

from desktop_chat.domain import AttachmentKind, Message, Role, ToolResult
from desktop_chat.ui.printing.geometry import PageGeometry, body_font
from desktop_chat.ui.printing.pagination import HEADER_ANCHOR
from desktop_chat.ui.printing.pictures import PRINT_DPI, prepare_picture
from desktop_chat.ui.printing.source import PrintedChat, check
from desktop_chat.ui.printing.words import PrintWords
from desktop_chat.ui.render.theme import LIGHT, document_css

OWN_SCHEME = "dc-print"
FORMULA_SCHEME = "formula"
PICTURE_SHARE = 0.8  # a picture takes at most this much of a page's height (its caption fits too)

_CODEHEAD = re.compile(r'<p class="codehead"[^>]*>.*?</p>', re.S)
_FORMULA_IMG = re.compile(r'<img\s+src="formula:([^"]*)"([^>]*)>')
_ALT = re.compile(r'\balt="([^"]*)"')
_SIZE_ATTR = re.compile(r'\s(?:width|height)="[^"]*"')

_EXTRA_CSS = f"""
h1.title {{ font-size: x-large; margin-top: 0px; margin-bottom: 2px; }}
p.started {{ color: {LIGHT.muted}; margin-bottom: 6px; }}
p.who {{ margin-top: 14px; margin-bottom: 4px; font-weight: bold; }}
p.you {{ margin-top: 14px; margin-bottom: 4px; font-weight: bold; color: {LIGHT.accent}; }}
p.tool, p.file {{ color: {LIGHT.muted}; margin-bottom: 4px; }}
p.note {{ color: {LIGHT.warning_fg}; font-style: italic; }}
p.picture {{ margin-top: 4px; margin-bottom: 2px; }}
p.caption {{ color: {LIGHT.muted}; font-size: small; margin-bottom: 8px; }}
"""


class PrintDocument(QTextDocument):
    """A QTextDocument whose only resources are the ones it was given (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self._dpr = PRINT_DPI / 96.0

    def add_picture(self, name: str, image: QImage) -> str:
        url = f"{OWN_SCHEME}:{name}"
        self.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        return url

    def formula(self, key: str) -> QImage | None:
        from desktop_chat.ui.render import formulas

        # None when it cannot be drawn (bad LaTeX, the time limit): the alt text (its source) stays
        image = formulas.formula_image(key, dark=False, device_pixel_ratio=self._dpr)
        return image if isinstance(image, QImage) and not image.isNull() else None

    def loadResource(self, type: int, url: QUrl | str) -> Any:
        name = QUrl(url) if isinstance(url, str) else url
        if name.scheme() == FORMULA_SCHEME and type == QTextDocument.ResourceType.ImageResource.value:
            return self.formula(name.path())
        return None  # never a file, never the network


def _when(locale: QLocale, ts: float) -> str:
    return locale.toString(QDateTime.fromSecsSinceEpoch(int(ts)), QLocale.FormatType.ShortFormat)


def chat_date(locale: QLocale, ts: float) -> str:
    """The date in every page's header (the day of the chat's last message)."""
    return locale.toString(QDateTime.fromSecsSinceEpoch(int(ts)).date(), QLocale.FormatType.LongFormat)


def speaker(message: Message, words: PrintWords) -> str:
    if message.role is Role.USER:
        return words.you
    if message.role is Role.ASSISTANT:
        # the model's name as the chat on screen shows it ("Claude Sonnet 4.5", not its id)
        from desktop_chat.ui.sidebar.model_catalog import friendly_model_name

        return friendly_model_name(message.model) if message.model else words.assistant
    return message.role.value


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _with_formulas(body: str, doc: PrintDocument) -> str:
    """Formulas drawn now, as the document's own pictures of their size; else their alt text."""

    def one(match: re.Match[str]) -> str:
        key, rest = match.group(1), match.group(2)
        image = doc.formula(html.unescape(key))
        if image is None:
            alt = _ALT.search(rest)
            return alt.group(1) if alt else ""
        ratio = image.devicePixelRatio() or 1.0
        url = doc.add_picture(f"formula/{key}", image)
        size = f' width="{round(image.width() / ratio)}" height="{round(image.height() / ratio)}"'
        return f'<img src="{url}"{size}{_SIZE_ATTR.sub("", rest)}>'

    return _FORMULA_IMG.sub(one, body)


def message_text_html(text: str, doc: PrintDocument) -> str:
    """A message's text as the screen renders it (light), without the Copy strips."""
    from desktop_chat.ui.render.markdown import render_blocks

    parts = []
    for block in render_blocks(text, dark=False):
        if block.kind == "code":
            parts.append(f"<pre>{block.html}</pre>")
        else:
            parts.append(_CODEHEAD.sub("", block.html))
    body = "".join(parts)
    return _with_formulas(body, doc) if "formula:" in body else body


def _tool_lines(message: Message) -> list[str]:
    from desktop_chat.ui.words.files import document_words

    words = document_words()
    results: dict[str, ToolResult] = {r.call_id: r for r in message.tool_results}
    return [f'<p class="tool">{_e(words.tool_call(c, results.get(c.id)))}</p>' for c in message.tool_calls]


def _note(message: Message) -> str:
    from desktop_chat.ui.words.files import export_note_text

    note = export_note_text(message)
    return f'<p class="note">{_e(note)}</p>' if note else ""


def message_html(index: int, message: Message, chat: PrintedChat, words: PrintWords, locale: QLocale,
                 doc: PrintDocument, page: PageGeometry) -> str:
    who = words.speaker_when.format(speaker=speaker(message, words), when=_when(locale, message.created_at))
    role = "you" if message.role is Role.USER else "who"
    out = [f'<p class="{role}"><a name="{HEADER_ANCHOR}{index}"></a>{_e(who)}</p>']
    if message.content.strip():
        out.append(message_text_html(message.content, doc))
    out += _tool_lines(message)
    from desktop_chat.ui.words.figures import file_size

    for a in message.attachments:
        if a.kind is not AttachmentKind.IMAGE:
            named = words.attached.format(name=a.name, size=file_size(a.size))
            out.append(f'<p class="file">{_e(named)}</p>')
            continue
        data = chat.pictures.get(a.id)
        picture = None if data is None else prepare_picture(
            data, page.css(page.width), page.css(page.body) * PICTURE_SHARE)
        if picture is None:
            out.append(f'<p class="file">{_e(words.picture_missing.format(name=a.name))}</p>')
            continue
        url = doc.add_picture(f"image/{a.id}", picture.image)
        size = f'width="{picture.width}" height="{picture.height}"'
        out.append(f'<p class="picture"><img src="{url}" {size}></p><p class="caption">{_e(a.name)}</p>')
    if note := _note(message):
        out.append(note)
    return "".join(out)


Progress = Callable[[int, int], None]


def build_document(chat: PrintedChat, words: PrintWords, page: PageGeometry, device: QPaintDevice,
                   locale: QLocale, *, progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> PrintDocument:
    """The laid-out document of `chat` for pages of `page` on `device` (see the module docstring)."""
    doc = PrintDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(body_font())
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    doc.setDefaultStyleSheet(document_css(LIGHT, mono) + _EXTRA_CSS)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(page.width, page.body))
    title = chat.title or words.untitled
    date = chat_date(locale, chat.when)
    parts = [f'<h1 class="title">{_e(title)}</h1>', f'<p class="started">{_e(date)}</p>']
    total = len(chat.messages)
    for index, message in enumerate(chat.messages):
        check(cancel)
        parts.append(message_html(index, message, chat, words, locale, doc, page))
        if progress is not None:
            progress(index + 1, total)
    doc.setHtml("".join(parts))
    return doc
