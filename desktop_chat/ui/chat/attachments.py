"""Files on messages, as the chat view sees them: where their bytes come from, sizes, words.

Why a module of its own: a user message carries the files the person attached and an answer the
images a model drew (`Message.attachments`); the card widgets (chips.py, answer_images.py), the
dialogs (image_viewer.py, document_preview.py, attachment_actions.py) and the view's height
estimates all need the same few facts — how big a chip or an inline image will be before any
pixel is decoded (so rows do not jump as they fill in), what a file is called in plain words, what
a saved copy is named. Bytes are fetched by content hash through an `AttachmentSource` the view is
given (the history store); until it is set, chips and image frames show without pixels.

No heavy imports: the view imports this module with its first screen.
"""

from __future__ import annotations

import enum
import math
import re
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from desktop_chat.domain import Attachment, AttachmentKind, Message, Role
from desktop_chat.ui.words.figures import count, file_size

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


class AttachmentSource(Protocol):
    """The bytes of stored attachments by content hash (the history store, thread-safe)."""

    def blob(self, sha256: str) -> bytes | None:
        """The bytes, or None when they are not stored. May be slow: never on the UI thread."""
        ...


class AttachmentAction(enum.Enum):
    """What a chip or an inline image asks the chat view to do with one attachment."""

    OPEN = "open"  # an image: the viewer; a document: its text, with Save a copy…
    SAVE = "save"  # the original bytes, to a file the person chooses
    COPY_IMAGE = "copy-image"  # the full image on the clipboard


# --- geometry (shared by the widgets and the view's height estimates) ------------------------------
CHIP_WIDTH = 232
CHIP_HEIGHT = 48
CHIP_GAP = 6
THUMB_SIZE = 40  # logical pixels of a chip's thumbnail square
IMAGE_MAX_HEIGHT = 520  # an inline answer image is never taller than this (logical pixels)
IMAGE_MIN_SIDE = 48
IMAGE_BAR_HEIGHT = 30  # the Open larger / Save image… / Copy image row under it
IMAGE_GAP = 8
FALLBACK_IMAGE = (512, 384)  # frame of an image whose size is not stored


def shown_images(message: Message) -> tuple[Attachment, ...]:
    """The images drawn inline in a message: those an answer came with (user images are chips)."""
    if message.role is not Role.ASSISTANT:
        return ()
    return tuple(a for a in message.attachments if a.kind is AttachmentKind.IMAGE)


def chip_attachments(message: Message) -> tuple[Attachment, ...]:
    """The attachments shown as chips: everything of a user message, an answer's documents."""
    if message.role is not Role.ASSISTANT:
        return message.attachments
    return tuple(a for a in message.attachments if a.kind is not AttachmentKind.IMAGE)


def chips_per_row(width: int) -> int:
    return max(1, (width + CHIP_GAP) // (CHIP_WIDTH + CHIP_GAP))


def chips_height(n: int, width: int) -> int:
    """Height of a strip of `n` chips in a column `width` wide (0 for none)."""
    if n <= 0:
        return 0
    rows = math.ceil(n / chips_per_row(width))
    return rows * CHIP_HEIGHT + (rows - 1) * CHIP_GAP


def chips_width(n: int, max_width: int) -> int:
    """The width a strip of `n` chips needs, at most `max_width` (user bubbles shrink-wrap)."""
    if n <= 0:
        return 0
    per_row = min(n, chips_per_row(max_width))
    return min(max_width, per_row * CHIP_WIDTH + (per_row - 1) * CHIP_GAP)


def image_box(attachment: Attachment) -> tuple[int, int]:
    """(width, height) in pixels of the image as stored, or a default frame when unknown."""
    w, h = attachment.width, attachment.height
    if not w or not h or w <= 0 or h <= 0:
        return FALLBACK_IMAGE
    return w, h


def image_display_size(attachment: Attachment, column: int) -> tuple[int, int]:
    """Logical size of an inline image in a column `column` wide: no wider than the column, no
    taller than IMAGE_MAX_HEIGHT, never enlarged, aspect kept."""
    w, h = image_box(attachment)
    scale = min(1.0, max(1, column) / w, IMAGE_MAX_HEIGHT / h)
    return max(IMAGE_MIN_SIDE, round(w * scale)), max(IMAGE_MIN_SIDE // 2, round(h * scale))


def images_height(images: tuple[Attachment, ...], column: int) -> int:
    """Height of a message's inline images (each with its button row) in a column that wide."""
    if not images:
        return 0
    heights = [image_display_size(a, column)[1] + IMAGE_BAR_HEIGHT for a in images]
    return sum(heights) + IMAGE_GAP * (len(images) - 1)


# --- words ----------------------------------------------------------------------------------------
def size_text(size: int) -> str:
    """ "2.4 MB" in the person's number format."""
    return file_size(size)


def type_text(attachment: Attachment) -> str:
    """What kind of file it is, for a tooltip: "PNG image", "PDF document"."""
    subtype = attachment.mime.partition("/")[2].split(";")[0].split("+")[0].upper()
    if attachment.name.rpartition(".")[1]:
        subtype = attachment.name.rpartition(".")[2].upper() or subtype
    if attachment.kind is AttachmentKind.IMAGE:
        return translate("Attachments", "{type} image").format(type=subtype or "?")
    return translate("Attachments", "{type} document").format(type=subtype or "?")


def pages_text(attachment: Attachment) -> str:
    """ "12 pages" for a document whose page count is known, else ""."""
    if attachment.kind is not AttachmentKind.DOCUMENT or not attachment.pages:
        return ""
    if attachment.pages == 1:
        return translate("Attachments", "1 page")
    return translate("Attachments", "{count} pages").format(count=count(attachment.pages))


def chip_detail_text(attachment: Attachment) -> str:
    """The chip's second line: "2.4 MB · 12 pages · scanned"."""
    parts = [size_text(attachment.size)]
    pages = pages_text(attachment)
    if pages:
        parts.append(pages)
    if attachment.scanned:
        parts.append(translate("Attachments", "scanned"))
    return " · ".join(parts)


def tooltip_text(attachment: Attachment) -> str:
    """Full name, type and size (and pages) of an attachment."""
    lines = [display_name(attachment), type_text(attachment), chip_detail_text(attachment)]
    if attachment.kind is AttachmentKind.IMAGE and attachment.width and attachment.height:
        lines.append(translate("Attachments", "{width} × {height} pixels").format(
            width=count(attachment.width), height=count(attachment.height)))
    return "\n".join(lines)


_PATH_PARTS = re.compile(r"^.*[\\/]")
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')


def display_name(attachment: Attachment) -> str:
    """The file's name without any folder part (names come from other computers and archives)."""
    name = _PATH_PARTS.sub("", attachment.name).strip()
    return name or translate("Attachments", "attachment")


def safe_file_name(name: str, fallback: str = "attachment") -> str:
    """A name to suggest when saving: no folder parts, no characters file systems refuse,
    never "." or ".."."""
    base = _UNSAFE.sub("_", _PATH_PARTS.sub("", name)).strip().strip(".")
    return base[:200] or fallback


EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp", "image/gif": "gif"}


def image_file_name(attachment: Attachment, conversation_id: int | None, number: int) -> str:
    """ "image-12-3.png": what a saved answer image is called, its extension by its MIME type."""
    ext = EXTENSIONS.get(attachment.mime.lower().split(";")[0].strip(), "png")
    chat = conversation_id if conversation_id is not None else 0
    return f"image-{chat}-{number}.{ext}"


def cannot_show_text(attachment: Attachment) -> str:
    return translate("Attachments", "“{name}” can't be shown.").format(name=display_name(attachment))
