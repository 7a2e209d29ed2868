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

from desktop_chat.domain import Message, MessageStatus, Role, ToolCall, ToolResult
from desktop_chat.services.files import (
    BackupReport,
    DocumentWords,
    ExportReport,
    FileJob,
    ImportReport,
    Progress,
    ProgressUnit,
)
from desktop_chat.ui.words.plural import counted

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


def _chats(count: int) -> str:
    return counted().chats(count)


def import_counts_text(report: ImportReport) -> str:
    """ "3 chats imported, 1 already here." — what an import added and what it found already there."""
    if report.skipped_duplicates:
        return counted().chats_imported_some_there(report.imported, report.skipped_duplicates)
    return counted().chats_imported(report.imported)


def import_report_text(report: ImportReport, path: Path) -> str:
    """The status line after an import: "Imported from export.zip: 3 chats imported."."""
    counts = import_counts_text(report)
    return translate("Files", "Imported from {name}: {counts}").format(name=path.name, counts=counts)


def export_report_text(report: ExportReport) -> str:
    """The status line after Export all chats: "Exported 12 chats to /home/…/archive.json"."""
    chats = _chats(report.conversations)
    return translate("Files", "Exported {chats} to {path}").format(chats=chats, path=report.path)


def chat_exported_text(path: Path) -> str:
    """The status line after one chat was exported."""
    return translate("Files", "Exported to {path}").format(path=path)


def backup_report_text(report: BackupReport) -> str:
    """The status line after a backup."""
    return translate("Files", "History backed up to {path}").format(path=report.path)


def progress_text(progress: Progress) -> str:
    """The line beside a progress bar: "Importing… 42%", "Exporting… 1200 of 10000 chats"."""
    if progress.unit is ProgressUnit.CONVERSATIONS:
        return translate("Files", "Exporting… {done} of {total} chats").format(
            done=progress.done, total=progress.total)
    percent = round((progress.fraction or 0.0) * 100)
    if progress.unit is ProgressUnit.BYTES:
        return translate("Files", "Importing… {percent}%").format(percent=percent)
    return translate("Files", "Backing up… {percent}%").format(percent=percent)


def cancelled_text(job: FileJob) -> str:
    """The status line after the person cancelled file work (everything was left as before)."""
    texts = {
        FileJob.IMPORT: translate("Files", "Import cancelled. Nothing was imported."),
        FileJob.EXPORT: translate("Files", "Export cancelled. No file was written."),
        FileJob.BACKUP: translate("Files", "Backup cancelled. No copy was made."),
    }
    return texts[job]


def job_title(job: FileJob) -> str:
    """The title of the progress dialog (or the label of its Cancel button's task)."""
    texts = {
        FileJob.IMPORT: translate("Files", "Importing chats"),
        FileJob.EXPORT: translate("Files", "Exporting all chats"),
        FileJob.BACKUP: translate("Files", "Backing up history"),
    }
    return texts[job]


def export_note_text(message: Message) -> str:
    """The note under an exported answer that did not finish normally ("" when it did)."""
    notes = {
        MessageStatus.INTERRUPTED: translate("Files", "The answer stopped before it was finished."),
        MessageStatus.FAILED: translate("Files", "The answer failed."),
        MessageStatus.STREAMING: translate("Files", "The answer was still arriving."),
    }
    note = notes.get(message.status, "")
    return f"{note} {message.error}".strip() if message.error else note


def document_words(note: Callable[[Message], str] = export_note_text) -> DocumentWords:
    """The words of an exported Markdown or HTML chat; `note` may be the chat view's own notice."""
    return DocumentWords(
        untitled=translate("Files", "Untitled chat"),
        exported=translate("Files", "Exported from Desktop Chat · started {when}"),
        system_prompt=translate("Files", "System prompt"),
        reasoning=translate("Files", "Reasoning"),
        roles={
            Role.USER: translate("Files", "You"),
            Role.ASSISTANT: translate("Files", "Assistant"),
            Role.SYSTEM: translate("Files", "System"),
        },
        speaker_with_model=translate("Files", "{name} ({model})"),
        note=note,
        language=translate("Files", "en", "the language code of an exported web page"),
        attachments=translate("Files", "Attached files"),
        tool_call=_tool_call_line,
        tool_arguments=translate("Files", "Arguments"),
        tool_result=translate("Files", "Result"),
    )


def _tool_call_line(call: ToolCall, result: ToolResult | None) -> str:
    """The line an exported chat writes for one tool call, as its card says it."""
    from desktop_chat.domain import ToolOutcome
    from desktop_chat.ui.words.tools import done_line, not_run_text, outcome_text

    tool = result.tool if result is not None and result.tool else call.name
    if result is None:
        return not_run_text(tool)
    if result.outcome is ToolOutcome.DONE and not result.is_error:
        return done_line(tool, None if result.duration_ms is None else result.duration_ms / 1000)
    return outcome_text(result.outcome, tool, is_error=result.is_error)
