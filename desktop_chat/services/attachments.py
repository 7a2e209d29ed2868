"""Files on a message: attaching them to a draft, checking them before sending, their bytes later.

Why a service: a file someone attaches is untrusted and may be large, so reading it is slow and
may fail in a dozen ways — none of which may block the window or lose the draft. Attaching runs on
a worker thread: the file is read (size-checked first), recognised by its bytes, an image is
prepared for sending (scaled to `image_max_side`, EXIF orientation applied) and a document turned
into text (in a child process with a time and memory limit, `services.ingest`), then the bytes go
into the history (content-addressed: the same screenshot twice is stored once) and the chip onto
the draft — so it is still there after a restart. Each step can be cancelled; every failure is an
`AttachFailed` with a typed `AttachProblem` the UI words.

Before sending, `issues()` says what will not work with the chat's model: images for a model that
reads none, a file bigger than the model's whole window, a scan whose pages are not sent — each a
typed `AttachmentIssue` with what would help (the UI offers "switch model", "remove", "send pages
as images").
"""

from __future__ import annotations

import asyncio
import enum
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_chat.domain import Attachment, AttachmentKind, ChatMessage, Message, Role
from desktop_chat.services.changes import Change, ChangeKind, Changes
from desktop_chat.services.context import document_block, image_tokens, sent_images
from desktop_chat.store import NewAttachment, StoreError
from desktop_chat.store.drafts import NEW_CHAT as NEW_CHAT_SLOT

if TYPE_CHECKING:
    from desktop_chat.services.context_window import ChatContext, ContextService
    from desktop_chat.services.ingest import FileKind, IngestLimits, PreparedImage, ReadDocument
    from desktop_chat.store import HistoryStore

log = logging.getLogger(__name__)

MAX_ATTACHMENTS = 20  # chips on one message


def _document_mime(kind: FileKind) -> str:
    from desktop_chat.services.ingest import FileKind

    return {
        FileKind.PDF: "application/pdf",
        FileKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        FileKind.CSV: "text/csv",
        FileKind.TEXT: "text/plain",
    }.get(kind, "application/octet-stream")


class AttachProblem(enum.StrEnum):
    """Why a file could not be attached (the UI has one sentence each)."""

    CANNOT_OPEN = "cannot_open"  # missing, a folder, no permission
    UNSUPPORTED_TYPE = "unsupported_type"
    TOO_BIG = "too_big"
    DAMAGED = "damaged"
    PASSWORD_PROTECTED = "password_protected"
    TIMED_OUT = "timed_out"
    TOO_COMPLEX = "too_complex"  # a zip or decompression bomb, absurd declared sizes
    EMPTY = "empty"
    CANCELLED = "cancelled"
    TOO_MANY = "too_many"  # MAX_ATTACHMENTS already on the draft
    NOT_SAVED = "not_saved"  # the history could not store it


class AttachFailed(Exception):
    """A file could not be attached; `name` is the file's name, `detail` technical (for Details)."""

    def __init__(self, problem: AttachProblem, name: str, detail: str = "") -> None:
        super().__init__(f"{name}: {problem.value} {detail}".strip())
        self.problem = problem
        self.name = name
        self.detail = detail


class IssueKind(enum.Enum):
    """What will not work when the draft is sent to the chat's model."""

    MODEL_READS_NO_IMAGES = "model_reads_no_images"
    TOO_BIG_FOR_WINDOW = "too_big_for_window"  # this file alone is longer than the model's window
    SCAN_NOT_SENT = "scan_not_sent"  # a scanned PDF: nothing of it is read unless its pages go as images


@dataclass(frozen=True, slots=True)
class AttachmentIssue:
    kind: IssueKind
    attachments: tuple[Attachment, ...]
    model: str
    tokens: int = 0  # TOO_BIG_FOR_WINDOW: the file's estimate
    window: int = 0  # and the model's window


@dataclass(frozen=True, slots=True)
class Reading:
    """A file being attached: shown as a chip with a spinner until it is ready (or fails)."""

    key: int
    slot: str
    name: str


def slot_of(conversation_id: int | None) -> str:
    """The draft slot of a chat (the unsaved new chat has one of its own)."""
    return NEW_CHAT_SLOT if conversation_id is None else str(conversation_id)


class AttachmentService:
    """Attaching files to drafts, reading stored bytes, and the checks before sending."""

    def __init__(
        self,
        store: HistoryStore,
        *,
        changes: Changes | None = None,
        context: ContextService | None = None,
        image_max_side: Callable[[], int] = lambda: 2048,
        limits: IngestLimits | None = None,
    ) -> None:
        self._store = store
        self.changes = changes if changes is not None else Changes()
        self._context = context
        self._image_max_side = image_max_side
        self._limits = limits
        self._readings: dict[int, Reading] = {}
        self._tasks: dict[int, asyncio.Task[object]] = {}  # key → the task reading that file
        self._next_key = 0

    # --- what is on a draft ------------------------------------------------------------------------
    def draft(self, conversation_id: int | None) -> list[Attachment]:
        return self._store.draft_attachments(slot_of(conversation_id))

    def readings(self, conversation_id: int | None) -> list[Reading]:
        """Files still being read for this draft."""
        slot = slot_of(conversation_id)
        return [r for r in self._readings.values() if r.slot == slot]

    def cancel(self, key: int) -> bool:
        """Stop reading the file `key` (its child process is killed; nothing is attached)."""
        task = self._tasks.get(key)
        if task is None or task.done():
            return False
        task.cancel()
        return True

    def remove(self, attachment_id: int, conversation_id: int | None) -> None:
        self._store.remove_draft_attachment(attachment_id)
        self._announce(conversation_id)

    def blob(self, sha256: str) -> bytes | None:
        """The stored bytes named by `sha256` (thread-safe; MBs: call it off the UI thread)."""
        return self._store.blob(sha256)

    async def save_copy(self, sha256: str, dest: Path) -> None:
        """Write the stored bytes to `dest` (atomically) on a worker thread."""
        def write() -> None:
            data = self._store.blob(sha256)
            if data is None:
                raise AttachFailed(AttachProblem.CANNOT_OPEN, dest.name, "the stored file is gone")
            tmp = dest.with_name(dest.name + ".partial")
            try:
                tmp.write_bytes(data)
                tmp.replace(dest)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise AttachFailed(AttachProblem.CANNOT_OPEN, dest.name, str(exc)) from exc
        await asyncio.to_thread(write)

    # --- attaching ---------------------------------------------------------------------------------
    async def attach_file(self, conversation_id: int | None, path: Path) -> Attachment:
        """Read the file at `path` and attach it to the chat's draft."""
        name = path.name or str(path)
        return await self._attach(conversation_id, name, lambda cancel: self._read_file(path, name))

    async def attach_data(self, conversation_id: int | None, data: bytes, name: str) -> Attachment:
        """Attach bytes (a pasted screenshot, a dropped image) under `name`."""
        return await self._attach(conversation_id, name, lambda cancel: data)

    async def send_pages_as_images(self, conversation_id: int | None, scan: Attachment) -> list[Attachment]:
        """A scanned PDF on the draft: its pages rendered as images and attached after it."""
        slot = slot_of(conversation_id)
        key = self._begin(slot, scan.name)
        cancel = threading.Event()
        try:
            return await asyncio.to_thread(self._pages_worker, slot, scan, cancel)
        except asyncio.CancelledError:
            cancel.set()
            raise
        finally:
            self._end(key)
            self._announce(conversation_id)

    async def _attach(
        self, conversation_id: int | None, name: str, source: Callable[[threading.Event], bytes]
    ) -> Attachment:
        slot = slot_of(conversation_id)
        if len(self._store.draft_attachments(slot)) + len(self.readings(conversation_id)) >= MAX_ATTACHMENTS:
            raise AttachFailed(AttachProblem.TOO_MANY, name)
        key = self._begin(slot, name)
        self._announce(conversation_id)
        cancel = threading.Event()
        try:
            return await asyncio.to_thread(self._worker, slot, name, source, cancel)
        except asyncio.CancelledError:
            cancel.set()  # the child process reading a document is killed; nothing is stored
            raise
        finally:
            self._end(key)
            self._announce(conversation_id)

    def _begin(self, slot: str, name: str) -> int:
        self._next_key += 1
        self._readings[self._next_key] = Reading(self._next_key, slot, name)
        task = asyncio.current_task()
        if task is not None:
            self._tasks[self._next_key] = task
        return self._next_key

    def _end(self, key: int) -> None:
        self._readings.pop(key, None)
        self._tasks.pop(key, None)

    def _announce(self, conversation_id: int | None) -> None:
        self.changes.emit(Change(ChangeKind.DRAFT_ATTACHMENTS, conversation_id))

    def _read_file(self, path: Path, name: str) -> bytes:
        limit = self._ingest_limits().max_file_bytes
        try:
            size = path.stat().st_size
            if path.is_dir():
                raise AttachFailed(AttachProblem.CANNOT_OPEN, name, "a folder")
            if size > limit:
                raise AttachFailed(AttachProblem.TOO_BIG, name, f"{size} bytes, the limit is {limit}")
            with path.open("rb") as fh:
                data = fh.read(limit + 1)
        except OSError as exc:
            raise AttachFailed(AttachProblem.CANNOT_OPEN, name, f"{type(exc).__name__}: {exc}") from exc
        if len(data) > limit:
            raise AttachFailed(AttachProblem.TOO_BIG, name, f"more than {limit} bytes")
        return data

    def _ingest_limits(self) -> IngestLimits:
        from desktop_chat.services.ingest import IngestLimits

        base = self._limits or IngestLimits()
        side = self._image_max_side()
        return base if base.max_side == side else _with_side(base, side)

    def _worker(
        self, slot: str, name: str, source: Callable[[threading.Event], bytes], cancel: threading.Event
    ) -> Attachment:
        from desktop_chat.services import ingest

        data = source(cancel)
        if not data:
            raise AttachFailed(AttachProblem.EMPTY, name)
        limits = self._ingest_limits()
        if len(data) > limits.max_file_bytes:
            raise AttachFailed(AttachProblem.TOO_BIG, name, f"{len(data)} bytes")
        kind = ingest.sniff(data[:8192], name)
        try:
            if kind is ingest.FileKind.IMAGE:
                new = self._image(data, name, ingest.prepare_image(data, limits=limits))
            elif kind is ingest.FileKind.UNSUPPORTED:
                raise AttachFailed(AttachProblem.UNSUPPORTED_TYPE, name, _extension(name))
            else:
                document = ingest.read_document(data, name, limits=limits, cancel=cancel)
                new = self._document(data, name, kind, document)
        except ingest.CannotRead as exc:
            raise AttachFailed(AttachProblem(exc.problem.value), name, exc.detail) from exc
        if cancel.is_set():
            raise AttachFailed(AttachProblem.CANCELLED, name)
        try:
            return self._store.add_draft_attachment(slot, new)
        except StoreError as exc:
            raise AttachFailed(AttachProblem.NOT_SAVED, name, str(exc)) from exc

    def _image(self, original: bytes, name: str, prepared: PreparedImage) -> NewAttachment:
        from desktop_chat.services.ingest import image_mime

        try:
            sha = self._store.put_blob(original)
            sent = self._store.put_blob(prepared.data) if prepared.scaled else None
        except StoreError as exc:
            raise AttachFailed(AttachProblem.NOT_SAVED, name, str(exc)) from exc
        mime = image_mime(original) or prepared.mime
        return NewAttachment(AttachmentKind.IMAGE, name, mime, len(original), sha, sent_sha256=sent,
                             width=prepared.width, height=prepared.height)

    def _document(self, data: bytes, name: str, kind: FileKind, document: ReadDocument) -> NewAttachment:
        try:
            sha = self._store.put_blob(data)
        except StoreError as exc:
            raise AttachFailed(AttachProblem.NOT_SAVED, name, str(exc)) from exc
        text = document.text
        note = _left_out_note(document)
        if note:
            text = f"{text.rstrip()}\n\n{note}"
        return NewAttachment(
            AttachmentKind.DOCUMENT, name, _document_mime(kind), len(data),
            sha, text=text, pages=document.pages, left_out=document.left_out, scanned=document.scanned,
        )  # fmt: skip

    def _pages_worker(self, slot: str, scan: Attachment, cancel: threading.Event) -> list[Attachment]:
        from desktop_chat.services import ingest

        data = self._store.blob(scan.sha256)
        if data is None:
            raise AttachFailed(AttachProblem.CANNOT_OPEN, scan.name, "the stored file is gone")
        room = MAX_ATTACHMENTS - len(self._store.draft_attachments(slot)) + 1  # the scan's chip goes
        if room < 1:
            raise AttachFailed(AttachProblem.TOO_MANY, scan.name)
        limits = self._ingest_limits()
        limits = _replace(limits, max_rendered_pages=min(limits.max_rendered_pages, room))
        try:
            pages = ingest.render_pdf_pages(data, limits=limits, cancel=cancel)
        except ingest.CannotRead as exc:
            raise AttachFailed(AttachProblem(exc.problem.value), scan.name, exc.detail) from exc
        stem = scan.name.rsplit(".", 1)[0] or scan.name
        added = []
        for number, page in enumerate(pages, start=1):
            if cancel.is_set():
                raise AttachFailed(AttachProblem.CANCELLED, scan.name)
            extension = "png" if page.mime == "image/png" else "jpg"
            new = self._image(page.data, f"{stem} — {number}.{extension}", _unscaled(page))
            added.append(self._store.add_draft_attachment(slot, new))
        return added

    # --- before sending ----------------------------------------------------------------------------
    def issues(self, chat: ChatContext, attachments: Sequence[Attachment]) -> list[AttachmentIssue]:
        """What will not work when these attachments are sent to `chat`'s model (empty: all is well)."""
        out: list[AttachmentIssue] = []
        images = tuple(a for a in attachments if a.kind is AttachmentKind.IMAGE)
        if images and self._context is not None and self._context.knowledge.images(chat.model).reads is False:
            out.append(AttachmentIssue(IssueKind.MODEL_READS_NO_IMAGES, images, chat.model))
        scans = tuple(a for a in attachments if a.kind is AttachmentKind.DOCUMENT and a.scanned)
        if scans:
            out.append(AttachmentIssue(IssueKind.SCAN_NOT_SENT, scans, chat.model))
        if self._context is not None:
            window = self._context.knowledge.limits(chat.model).context_window
            if window is not None:
                for attachment in attachments:
                    tokens = self.tokens_of(chat.model, attachment)
                    if tokens > window:
                        out.append(AttachmentIssue(IssueKind.TOO_BIG_FOR_WINDOW, (attachment,), chat.model,
                                                   tokens, window))
        return out

    def tokens_of(self, model: str, attachment: Attachment) -> int:
        """The estimated tokens one attachment adds to a message."""
        if attachment.kind is AttachmentKind.IMAGE:
            probe = _probe_message(attachment)
            return sum(image_tokens(i) for i in sent_images(probe))
        if self._context is None:
            return len(attachment.text) // 4
        return self._context.count(model, ChatMessage(Role.USER, document_block(attachment)))


def _probe_message(attachment: Attachment) -> Message:
    return Message(0, 0, None, Role.USER, "", 0.0, 0.0, attachments=(attachment,))


def _with_side(limits: IngestLimits, side: int) -> IngestLimits:
    return _replace(limits, max_side=side)


def _replace(limits: IngestLimits, **changes: int) -> IngestLimits:
    import dataclasses

    return dataclasses.replace(limits, **changes)


def _unscaled(page: PreparedImage) -> PreparedImage:
    import dataclasses

    return dataclasses.replace(page, scaled=False)


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _left_out_note(document: ReadDocument) -> str:
    """The note the model reads at the end of a capped document (model-facing, not UI text)."""
    from desktop_chat.services.ingest import LeftOut

    if not document.left_out:
        return ""
    unit = {LeftOut.ROWS: "rows", LeftOut.CHARACTERS: "characters", LeftOut.PAGES: "pages"}.get(
        document.left_out_unit, "parts")
    return f"[{document.left_out:,} more {unit} of this file were left out to keep the message short.]"
