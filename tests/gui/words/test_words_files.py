"""File work in words: the app's English for import, export and backup is kept word for word,
every job and unit has its own sentence, and each goes through Qt's translation function."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_chat.domain import Conversation, Message, MessageStatus, Role
from desktop_chat.services.files import (
    BackupReport,
    ExportReport,
    FileJob,
    ImportReport,
    Progress,
    ProgressUnit,
)
from desktop_chat.ui.words.files import (
    backup_report_text,
    cancelled_text,
    chat_exported_text,
    document_words,
    export_report_text,
    import_counts_text,
    import_report_text,
    job_title,
    progress_text,
)


class Marking(QTranslator):
    """Prefixes every source text it is asked for, so a test can see the translation hook in use."""

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:
        return f"«{context}» {source}"


@pytest.fixture
def marked(qapp: Any) -> Iterator[None]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_import_status_english_is_kept(qapp: Any) -> None:
    path = Path("/home/ann/Downloads/chatgpt-export.zip")
    assert (
        import_report_text(ImportReport(3, 0, 9), path)
        == "Imported from chatgpt-export.zip: 3 chats imported."
    )
    assert import_report_text(ImportReport(2, 5), path) == (
        "Imported from chatgpt-export.zip: 2 chats imported, 5 already here."
    )
    assert import_counts_text(ImportReport(0, 4)) == "0 chats imported, 4 already here."


def test_the_export_and_backup_english_is_kept(qapp: Any) -> None:
    archive = Path("/home/ann/desktop-chat-archive-20261201-1000.json")
    assert export_report_text(ExportReport(archive, 1)) == f"Exported 1 chat to {archive}"
    assert export_report_text(ExportReport(archive, 12)) == f"Exported 12 chats to {archive}"
    assert chat_exported_text(Path("/tmp/Trip.md")) == "Exported to /tmp/Trip.md"
    copy = Path("/data/backups/desktop-chat-backup.sqlite3")
    assert backup_report_text(BackupReport(copy, 120)) == f"History backed up to {copy}"


def test_progress_reads_per_unit(qapp: Any) -> None:
    assert progress_text(Progress(42, 100, ProgressUnit.BYTES)) == "Importing… 42%"
    assert (
        progress_text(Progress(1200, 10000, ProgressUnit.CONVERSATIONS)) == "Exporting… 1200 of 10000 chats"
    )
    assert progress_text(Progress(1, 3, ProgressUnit.PAGES)) == "Backing up… 33%"
    assert progress_text(Progress(0, 0, ProgressUnit.BYTES)) == "Importing… 0%"
    assert progress_text(Progress(5, 4, ProgressUnit.PAGES)) == "Backing up… 100%"


@pytest.mark.parametrize("job", list(FileJob), ids=lambda j: j.value)
def test_every_job_has_its_own_cancel_and_title(qapp: Any, job: FileJob) -> None:
    others = [j for j in FileJob if j is not job]
    assert cancelled_text(job).endswith(".") and cancelled_text(job) not in map(cancelled_text, others)
    assert job_title(job) and job_title(job) not in map(job_title, others)


def test_each_units_job_matches_its_words(qapp: Any) -> None:
    assert {u: Progress(1, 2, u).job for u in ProgressUnit} == {
        ProgressUnit.BYTES: FileJob.IMPORT,
        ProgressUnit.CONVERSATIONS: FileJob.EXPORT,
        ProgressUnit.PAGES: FileJob.BACKUP,
    }


def test_an_exported_chat_reads_as_before(qapp: Any) -> None:
    from desktop_chat.store.export import html_page, markdown

    conv = Conversation(id=1, title="", created_at=0.0, updated_at=0.0, system_prompt="Be brief.")
    question = Message(1, 1, None, Role.USER, "Hi", 0.0, 0.0)
    answer = Message(2, 1, 1, Role.ASSISTANT, "Hel", 0.0, 0.0, reasoning="think", model="gpt-4o",
                     status=MessageStatus.INTERRUPTED)  # fmt: skip
    md = markdown(conv, [question, answer], document_words())
    assert md.startswith("# Untitled chat\n\n*Exported from Desktop Chat · started ")
    assert "\n**System prompt**\n\nBe brief.\n" in md and "\n## You · " in md
    assert "\n## Assistant (gpt-4o) · " in md and "> **Reasoning**\n>\n> think" in md
    assert md.endswith("Hel\n\n*The answer stopped before it was finished.*\n")
    page = html_page(conv, [question, answer], document_words(note=lambda m: "custom note"))
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">') and "<title>Untitled chat</title>" in page
    assert '<p class="note">custom note</p>' in page


def test_every_sentence_goes_through_the_translator(marked: None) -> None:
    report = ImportReport(2, 1)
    said = [
        import_report_text(report, Path("x.zip")),
        export_report_text(ExportReport(Path("a.json"), 2)),
        chat_exported_text(Path("a.md")),
        backup_report_text(BackupReport(Path("b.sqlite3"), 1)),
        *(progress_text(Progress(1, 2, u)) for u in ProgressUnit),
        *(cancelled_text(j) for j in FileJob),
        *(job_title(j) for j in FileJob),
        document_words().untitled,
        document_words().roles[Role.USER],
    ]
    for text in said[1:]:
        assert text.startswith("«Files» "), text
    # the counts are counted sentences of their own (plural forms), inside the Files sentence
    assert said[0] == "«Files» Imported from x.zip: «Counted» 2 chats imported, 1 already here."
