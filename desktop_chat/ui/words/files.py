"""The words for file work: what an import, an export or a backup did, how far it is, a cancel.

Why here: `services.files` reports with typed values only — an `ImportReport`, an `ExportReport`,
a `BackupReport`, a `Progress` with its `ProgressUnit`, a `FileJob` — and this module is the one
place they become sentences, through Qt's translation function (context "Files"). The English is
the app's own, unchanged. The words inside an exported chat (role names, headings, the note under
an unfinished answer) are here too, as the `DocumentWords` the files service writes with. Errors
of file work (ImportFailed, FileNotWritten, DiskFullError) are worded with the rest of the
store's errors, in `words.store`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_chat.domain import Message, MessageStatus, Role
from desktop_chat.services.files import (
    BackupReport,
    DocumentWords,
    ExportReport,
    FileJob,
    ImportReport,
    Progress,
    ProgressUnit,
)


def _tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("Files", text, disambiguation)


def _chats(count: int) -> str:
    return _tr("1 chat") if count == 1 else _tr("{count} chats").format(count=count)


def import_counts_text(report: ImportReport) -> str:
    """ "3 chats imported, 1 already here." — what an import added and what it found already there."""
    if report.skipped_duplicates:
        return _tr("{imported} chats imported, {skipped} already here.").format(
            imported=report.imported, skipped=report.skipped_duplicates
        )
    return _tr("{imported} chats imported.").format(imported=report.imported)


def import_report_text(report: ImportReport, path: Path) -> str:
    """The status line after an import: "Imported from export.zip: 3 chats imported."."""
    return _tr("Imported from {name}: {counts}").format(name=path.name, counts=import_counts_text(report))


def export_report_text(report: ExportReport) -> str:
    """The status line after Export all chats: "Exported 12 chats to /home/…/archive.json"."""
    return _tr("Exported {chats} to {path}").format(chats=_chats(report.conversations), path=report.path)


def chat_exported_text(path: Path) -> str:
    """The status line after one chat was exported."""
    return _tr("Exported to {path}").format(path=path)


def backup_report_text(report: BackupReport) -> str:
    """The status line after a backup."""
    return _tr("History backed up to {path}").format(path=report.path)


def progress_text(progress: Progress) -> str:
    """The line beside a progress bar: "Importing… 42%", "Exporting… 1200 of 10000 chats"."""
    if progress.unit is ProgressUnit.CONVERSATIONS:
        return _tr("Exporting… {done} of {total} chats").format(done=progress.done, total=progress.total)
    percent = round((progress.fraction or 0.0) * 100)
    if progress.unit is ProgressUnit.BYTES:
        return _tr("Importing… {percent}%").format(percent=percent)
    return _tr("Backing up… {percent}%").format(percent=percent)


def cancelled_text(job: FileJob) -> str:
    """The status line after the person cancelled file work (everything was left as before)."""
    texts = {
        FileJob.IMPORT: _tr("Import cancelled. Nothing was imported."),
        FileJob.EXPORT: _tr("Export cancelled. No file was written."),
        FileJob.BACKUP: _tr("Backup cancelled. No copy was made."),
    }
    return texts[job]


def job_title(job: FileJob) -> str:
    """The title of the progress dialog (or the label of its Cancel button's task)."""
    texts = {
        FileJob.IMPORT: _tr("Importing chats"),
        FileJob.EXPORT: _tr("Exporting all chats"),
        FileJob.BACKUP: _tr("Backing up history"),
    }
    return texts[job]


def export_note_text(message: Message) -> str:
    """The note under an exported answer that did not finish normally ("" when it did)."""
    notes = {
        MessageStatus.INTERRUPTED: _tr("The answer stopped before it was finished."),
        MessageStatus.FAILED: _tr("The answer failed."),
        MessageStatus.STREAMING: _tr("The answer was still arriving."),
    }
    note = notes.get(message.status, "")
    return f"{note} {message.error}".strip() if message.error else note


def document_words(note: Callable[[Message], str] = export_note_text) -> DocumentWords:
    """The words of an exported Markdown or HTML chat; `note` may be the chat view's own notice."""
    return DocumentWords(
        untitled=_tr("Untitled chat"),
        exported=_tr("Exported from Desktop Chat · started {when}"),
        system_prompt=_tr("System prompt"),
        reasoning=_tr("Reasoning"),
        roles={Role.USER: _tr("You"), Role.ASSISTANT: _tr("Assistant"), Role.SYSTEM: _tr("System")},
        speaker_with_model=_tr("{name} ({model})"),
        note=note,
        language=_tr("en", "the language code of an exported web page"),
    )
