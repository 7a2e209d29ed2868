"""What a file is: magic bytes first, the name's extension second.

Why not the extension alone: people rename files, mail clients mangle names, and a screenshot
pasted from the clipboard has no name at all. The extension only decides between formats that share
a container (a zip is DOCX, XLSX or PPTX; an encrypted Office file is an OLE2 container) and for
files that have no magic (text, CSV). The real MIME type of an image is `image_mime`, never the name.
"""

from __future__ import annotations

import struct

from desktop_chat.domain import image_mime
from desktop_chat.services.ingest.types import FileKind

HEAD_BYTES = 4096  # how much of a file sniff() needs

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

_OFFICE_EXTENSIONS = {
    "docx": FileKind.DOCX, "docm": FileKind.DOCX, "dotx": FileKind.DOCX, "dotm": FileKind.DOCX,
    "xlsx": FileKind.XLSX, "xlsm": FileKind.XLSX, "xltx": FileKind.XLSX, "xltm": FileKind.XLSX,
    "pptx": FileKind.PPTX, "pptm": FileKind.PPTX, "potx": FileKind.PPTX, "ppsx": FileKind.PPTX,
}
_MAGIC_FREE_EXTENSIONS = {
    "pdf": FileKind.PDF, "png": FileKind.IMAGE, "jpg": FileKind.IMAGE, "jpeg": FileKind.IMAGE,
    "gif": FileKind.IMAGE, "webp": FileKind.IMAGE, "csv": FileKind.CSV, "tsv": FileKind.CSV,
}
TEXT_EXTENSIONS = frozenset({
    "txt", "text", "md", "markdown", "rst", "log", "json", "jsonl", "ndjson", "yaml", "yml", "toml",
    "ini", "cfg", "conf", "env", "xml", "html", "htm", "css", "js", "mjs", "cjs", "ts", "tsx", "jsx",
    "py", "pyi", "rb", "php", "java", "kt", "kts", "scala", "go", "rs", "c", "h", "cc", "cpp", "cxx",
    "hpp", "hh", "cs", "fs", "swift", "m", "mm", "sh", "bash", "zsh", "fish", "ps1", "bat", "cmd",
    "sql", "r", "jl", "lua", "pl", "pm", "tex", "bib", "srt", "vtt", "properties", "gradle",
    "dockerfile", "makefile", "cmake", "tf", "hcl", "graphql", "proto", "diff", "patch", "csv", "tsv",
    "org", "adoc", "asciidoc", "vue", "svelte", "dart", "ex", "exs", "erl", "hs", "ml", "clj", "lisp",
    "el", "vim", "gitignore", "editorconfig"
})
# Extensions of binary formats we do not read: never guessed to be text from their bytes.
_BINARY_EXTENSIONS = frozenset({
    "doc", "xls", "ppt", "odt", "ods", "odp", "rtf", "zip", "7z", "rar", "gz", "tgz", "bz2", "xz",
    "tar", "exe", "dll", "so", "dylib", "bin", "iso", "dmg", "msi", "apk", "jar", "mp3", "mp4", "m4a",
    "wav", "ogg", "flac", "mov", "avi", "mkv", "webm", "bmp", "tif", "tiff", "heic", "heif", "avif",
    "ico", "psd", "ai", "eps", "ttf", "otf", "woff", "woff2", "sqlite", "db", "pyc", "class", "o", "a"
})


def extension(name: str) -> str:
    """'Report.final.DOCX' → 'docx'; a dotfile's name ('.gitignore') → 'gitignore'; none → ''."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].lower()
    if "." not in base:
        return base if base in ("makefile", "dockerfile") else ""
    return base.rsplit(".", 1)[1]


def image_size(head: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG, GIF or baseline/progressive JPEG header, without decoding;
    None when the bytes say nothing readable (the picture is then drawn at its decoded size)."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return int(width), int(height)
    if head.startswith((b"GIF87a", b"GIF89a")) and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
        return int(width), int(height)
    if head.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(head) and head[i] == 0xFF:
            marker, length = head[i + 1], int.from_bytes(head[i + 2:i + 4], "big")
            if marker in (0xC0, 0xC1, 0xC2):
                height, width = struct.unpack(">HH", head[i + 5:i + 9])
                return int(width), int(height)
            i += 2 + length
    return None


def _looks_like_text(head: bytes) -> bool:
    """No NUL bytes (or UTF-16's regular ones) and few control characters: worth trying to decode."""
    if not head:
        return False
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = head[:HEAD_BYTES]
    if b"\x00" in sample:
        even, odd = sample[0::2], sample[1::2]
        # UTF-16 without a BOM: mostly-ASCII text has NULs in every other byte.
        return max(even.count(0), odd.count(0)) >= len(sample) * 0.4 and min(even.count(0), odd.count(0)) == 0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls <= len(sample) * 0.01


def sniff(head: bytes, name: str) -> FileKind:
    """The kind of a file from its first bytes (HEAD_BYTES are enough) and its name."""
    ext = extension(name)
    if image_mime(head) is not None:
        return FileKind.IMAGE
    if b"%PDF-" in head[:1024]:
        return FileKind.PDF
    if head.startswith(ZIP_MAGIC):
        if ext in _OFFICE_EXTENSIONS:
            return _OFFICE_EXTENSIONS[ext]
        for marker, kind in ((b"word/", FileKind.DOCX), (b"xl/", FileKind.XLSX), (b"ppt/", FileKind.PPTX)):
            if marker in head:
                return kind
        return FileKind.UNSUPPORTED
    if head.startswith(OLE2_MAGIC):
        # An encrypted DOCX/XLSX/PPTX is an OLE2 container; so are the old .doc/.xls/.ppt.
        return _OFFICE_EXTENSIONS.get(ext, FileKind.UNSUPPORTED)
    if ext in _OFFICE_EXTENSIONS:
        return _OFFICE_EXTENSIONS[ext]  # not a zip: the parser says it is damaged
    if ext in _MAGIC_FREE_EXTENSIONS:
        return _MAGIC_FREE_EXTENSIONS[ext]
    if ext in TEXT_EXTENSIONS:
        return FileKind.TEXT
    if ext in _BINARY_EXTENSIONS:
        return FileKind.UNSUPPORTED
    return FileKind.TEXT if _looks_like_text(head) else FileKind.UNSUPPORTED
