"""Exports: one conversation as Markdown, JSON or a self-contained HTML page; everything as an archive.

Why: people must be able to take their history elsewhere and read it without the app. Markdown and
HTML show the branch on screen (a document is linear); JSON and the archive keep the whole tree.
The words of a Markdown or HTML document (role names, headings, notes) come from the UI layer as
`DocumentWords`, so they are translated with the rest of the app.
The HTML page escapes every message (model output is untrusted), loads nothing from outside and
says so with a Content-Security-Policy. Attachments are named under their message; the HTML page
embeds images as data: URLs (never a reference to a file). Files are written to a temporary
name and renamed, so an interrupted export never leaves a half file under the real name.
An answer's tool calls follow its text, one line each ("get_current_time (time) · 0.2 s"), with
their arguments and result as plain text: indented (a literal block) in Markdown, folded and
escaped in HTML.
"""

from __future__ import annotations

import contextlib
import errno
import html
import json
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ..domain import (
    Attachment,
    AttachmentKind,
    Conversation,
    Message,
    Role,
    ToolCall,
    ToolOutcome,
    ToolResult,
)
from .bulk import Pace
from .errors import DiskFullError, FileNotWritten, StoreError
from .portable import ARCHIVE_FORMAT, CONVERSATION_FORMAT, FORMAT_VERSION, PortableConversation, to_dict


def tool_line(call: ToolCall, result: ToolResult | None) -> str:
    """The technical line for a call, without words: "get_current_time (time) · 0.2 s · failed"."""
    name = result.tool if result is not None and result.tool else call.name
    line = f"{name} ({result.server})" if result is not None and result.server else name
    if result is not None and result.duration_ms is not None:
        line += f" · {result.duration_ms / 1000:.1f} s"
    if result is not None and result.outcome is not ToolOutcome.DONE:
        line += f" · {result.outcome.value}"
    return line


@dataclass(frozen=True, slots=True)
class DocumentWords:
    """The words of an exported Markdown or HTML document, given by the UI layer.

    The store writes no sentences: the window passes the translated words (`ui.words.files`).
    The defaults give a bare technical document — roles by their wire names, no notes, no
    "exported from" line — for callers without a UI (tools, tests). `exported` and
    `speaker_with_model` are `str.format` patterns ({when}; {name}, {model}); `note(message)` is
    the sentence under an answer that did not finish normally ("" for none).
    """

    untitled: str = ""
    exported: str = ""
    system_prompt: str = "system"
    reasoning: str = "reasoning"
    roles: Mapping[Role, str] = field(default_factory=lambda: MappingProxyType({r: r.value for r in Role}))
    speaker_with_model: str = "{name} ({model})"
    note: Callable[[Message], str] = field(default=lambda _m: "")
    language: str = ""  # the HTML page's lang attribute; empty: none
    attachments: str = ""  # the heading of a message's list of files; empty: none
    # The line naming one tool call (result None: none was kept, the app stopped first).
    tool_call: Callable[[ToolCall, ToolResult | None], str] = field(default=tool_line)
    tool_arguments: str = "arguments"  # labels inside a call's block
    tool_result: str = "result"


def _tool_uses(m: Message) -> list[tuple[ToolCall, ToolResult | None]]:
    results = {r.call_id: r for r in m.tool_results}
    return [(c, results.get(c.id)) for c in m.tool_calls]


def _tool_block(call: ToolCall, result: ToolResult | None, words: DocumentWords) -> str:
    """A call's arguments and result as plain text."""
    parts = []
    if call.arguments.strip() not in ("", "{}"):
        parts.append(f"{words.tool_arguments}: {call.arguments}")
    if result is not None:
        parts.append(f"{words.tool_result}:\n{result.content}" if result.content else f"{words.tool_result}:")
    return "\n".join(parts)


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def _speaker(m: Message, words: DocumentWords) -> str:
    name = words.roles.get(m.role, m.role.value)
    if m.role is Role.ASSISTANT and m.model:
        return words.speaker_with_model.format(name=name, model=m.model)
    return name


def markdown(conv: Conversation, branch: list[Message], words: DocumentWords | None = None) -> str:
    words = words or DocumentWords()
    out = [f"# {conv.title or words.untitled}".rstrip()]
    if words.exported:
        out += ["", f"*{words.exported.format(when=_when(conv.created_at))}*"]
    if conv.system_prompt:
        out += ["", f"**{words.system_prompt}**", "", conv.system_prompt]
    for m in branch:
        out += ["", f"## {_speaker(m, words)} · {_when(m.created_at)}", ""]
        if m.reasoning:
            out += [f"> **{words.reasoning}**", ">", *[f"> {line}" for line in m.reasoning.splitlines()], ""]
        out.append(m.content)
        for call, result in _tool_uses(m):
            out += ["", f"**{_md_text(words.tool_call(call, result))}**"]
            if block := _tool_block(call, result, words):
                out += ["", *[f"    {line}".rstrip() or "    " for line in block.splitlines()]]
        if m.attachments:
            out += ["", *([f"**{words.attachments}**", ""] if words.attachments else [])]
            out += [f"- {_md_name(a)} ({a.mime})" for a in m.attachments]
        if note := words.note(m):
            out += ["", f"*{note}*"]
    return "\n".join(out).rstrip() + "\n"


def _md_name(a: Attachment) -> str:
    """A file name as Markdown text: its characters that mean something to Markdown escaped."""
    return _md_text(a.name)


def _md_text(text: str) -> str:
    """One line of Markdown text: its characters that mean something to Markdown escaped."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text.replace("\n", " "))


_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
# Image types a browser draws from a data: URL without running anything (no SVG).
_EMBEDDED_IMAGES = frozenset({"image/png", "image/jpeg", "image/webp", "image/gif"})
_DETAILS = '<details><summary>{summary}</summary><div class="content">{body}</div></details>'
_TOOL_DETAILS = _DETAILS.replace("<details>", '<details class="tool">')
_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;margin:2rem auto;
padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.5rem}.meta{color:#666;font-size:.85rem}
article{border-top:1px solid #ddd;padding:.75rem 0}
article header{font-weight:600;margin-bottom:.25rem}article.user header{color:#0b57d0}
.content{white-space:pre-wrap;overflow-wrap:anywhere}
details{color:#555;margin:.25rem 0}.note{color:#a15c00;font-style:italic}
.attachments{font-size:.9rem;color:#555}.tool{font-size:.9rem;color:#555}
.tool .content{font-family:ui-monospace,monospace;max-height:24rem;overflow:auto}
figure{margin:.5rem 0}figure img{max-width:100%;height:auto}
@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#e6e6e6}.meta,details{color:#aaa}}
"""


def html_page(
    conv: Conversation, branch: list[Message], words: DocumentWords | None = None,
    blob: Callable[[str], bytes | None] | None = None,
) -> str:  # fmt: skip
    """The branch as one self-contained page; `blob(sha256)` gives an image's bytes to embed."""
    words = words or DocumentWords()
    e = html.escape
    title = e(conv.title or words.untitled)
    lang = f' lang="{e(words.language)}"' if words.language else ""
    parts = [
        "<!DOCTYPE html>",
        f'<html{lang}><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title><style>{_CSS}</style></head><body>",
        f"<h1>{title}</h1>",
    ]
    if words.exported:
        parts.append(f'<p class="meta">{e(words.exported.format(when=_when(conv.created_at)))}</p>')
    if conv.system_prompt:
        parts.append(_DETAILS.format(summary=e(words.system_prompt), body=e(conv.system_prompt)))
    for m in branch:
        header = f"{e(_speaker(m, words))} · {e(_when(m.created_at))}"
        parts.append(f'<article class="{m.role.value}"><header>{header}</header>')
        if m.reasoning:
            parts.append(_DETAILS.format(summary=e(words.reasoning), body=e(m.reasoning)))
        parts.append(f'<div class="content">{e(m.content)}</div>')
        for call, result in _tool_uses(m):
            summary = e(words.tool_call(call, result))
            if block := _tool_block(call, result, words):
                parts.append(_TOOL_DETAILS.format(summary=summary, body=e(block)))
            else:
                parts.append(f'<p class="tool">{summary}</p>')
        if m.attachments:
            parts.append(_html_attachments(m.attachments, words, blob))
        if note := words.note(m):
            parts.append(f'<p class="note">{e(note)}</p>')
        parts.append("</article>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_attachments(
    found: tuple[Attachment, ...], words: DocumentWords, blob: Callable[[str], bytes | None] | None
) -> str:
    import base64

    e = html.escape
    out = ['<div class="attachments">']
    if words.attachments:
        out.append(f"<p>{e(words.attachments)}</p>")
    names = []
    for a in found:
        data = blob(a.sent_hash) if blob is not None and a.kind is AttachmentKind.IMAGE else None
        mime = a.mime if a.sent_sha256 is None else _sniff_image(data) or a.mime
        if data is not None and mime in _EMBEDDED_IMAGES:
            url = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
            caption = f"<figcaption>{e(a.name)}</figcaption>"
            out.append(f'<figure><img src="{url}" alt="{e(a.name)}">{caption}</figure>')
        else:
            names.append(f"<li>{e(a.name)} ({e(a.mime)})</li>")
    if names:
        out.append("<ul>" + "".join(names) + "</ul>")
    out.append("</div>")
    return "".join(out)


def _sniff_image(data: bytes | None) -> str | None:
    """The type of a scaled-down image's bytes (it may differ from the original's)."""
    if not data:
        return None
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:4] == b"GIF8":
        return "image/gif"
    return None


def conversation_json(conv: PortableConversation) -> str:
    doc = {"format": CONVERSATION_FORMAT, "version": FORMAT_VERSION, "conversation": to_dict(conv)}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def write_archive(
    path: Path, conversations: Iterable[PortableConversation], *, total: int, pace: Pace | None = None
) -> int:
    """Stream conversations into an archive file atomically; returns how many were written.

    One conversation is converted and written at a time (a few milliseconds each), so memory and
    GIL hold stay small whatever the history's size. `pace` sees (written, total) and may raise
    Cancelled; on that, or any error, the partial file is removed and nothing is left behind.
    """
    pace = pace or Pace()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            head = {"format": ARCHIVE_FORMAT, "version": FORMAT_VERSION, "exported_at": time.time()}
            fh.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "conversations": [\n')
            pace.step(0, total)
            for conv in conversations:
                fh.write((",\n" if count else "") + json.dumps(to_dict(conv), ensure_ascii=False))
                count += 1
                pace.step(count, max(total, count))
            fh.write("\n]}\n")
            fh.flush()
            os.fsync(fh.fileno())
        pace.check()
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    pace.finish(max(total, count))
    return count


def save_text(path: Path, text: str) -> None:
    """Write an exported document atomically (temporary name, then rename).

    A file that cannot be written is DiskFullError (no space) or FileNotWritten, both with `path`.
    """
    tmp = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise file_error(exc, path) from exc


def file_error(exc: OSError, path: Path) -> StoreError:
    """The typed error for a file the person chose that could not be written."""
    if exc.errno == errno.ENOSPC:
        return DiskFullError(str(exc), path=path)
    return FileNotWritten(str(exc), path=path, reason=exc.strerror or str(exc))
