"""The words of a printed chat and of printing itself, translated once on the window's thread.

Why a frozen value: the document is built on a worker thread; it gets every sentence it needs
as plain strings (and `str.format` patterns) taken here, where the person's language is in force,
so the worker never asks for a translation of its own and a language switch mid-job changes
nothing half-way. Context "Print".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


@dataclass(frozen=True, slots=True)
class PrintWords:
    """Everything the printed page says; the patterns are `str.format` ones."""

    you: str
    assistant: str  # an answer whose model is not known
    untitled: str
    speaker_when: str  # {speaker}, {when}
    page_of: str  # {page}, {pages}
    attached: str  # {name}, {size}
    picture_missing: str  # {name}


def print_words() -> PrintWords:
    return PrintWords(
        you=translate("Print", "You"),
        assistant=translate("Print", "Assistant"),
        untitled=translate("Print", "Untitled chat"),
        speaker_when=translate("Print", "{speaker} · {when}"),
        page_of=translate("Print", "{page} / {pages}"),
        attached=translate("Print", "Attached file: {name} ({size})"),
        picture_missing=translate("Print", "Picture not available: {name}"),
    )


def nothing_to_print_text() -> str:
    return translate("Print", "Open a chat with messages to print it.")


def empty_chat_text() -> str:
    return translate("Print", "This chat has no messages yet, so there is nothing to print.")


def busy_text() -> str:
    return translate("Print", "Wait for the printing under way to finish, or cancel it.")


def preparing_text(done: int, total: int) -> str:
    return translate("Print", "Preparing… {done} of {total} messages").format(done=done, total=total)


def laying_out_text() -> str:
    return translate("Print", "Arranging the pages…")


def painting_text(done: int, total: int) -> str:
    return translate("Print", "Printing page {done} of {total}…").format(done=done, total=total)


def job_title() -> str:
    return translate("Print", "Printing the chat")


def cancel_label() -> str:
    return translate("Print", "Cancel")


def app_name() -> str:
    return translate("Print", "Desktop Chat")


def print_cancelled_text() -> str:
    return translate("Print", "Printing cancelled. Nothing was sent to the printer.")


def pdf_cancelled_text() -> str:
    return translate("Print", "Export cancelled. No file was written.")


def printed_text(pages: int) -> str:
    if pages == 1:
        return translate("Print", "Sent 1 page to the printer.")
    return translate("Print", "Sent {pages} pages to the printer.").format(pages=pages)


def pdf_written_text(path: str, pages: int) -> str:
    if pages == 1:
        return translate("Print", "Saved 1 page as {path}").format(path=path)
    return translate("Print", "Saved {pages} pages as {path}").format(pages=pages, path=path)


def printer_failed_text() -> str:
    return translate("Print", "The printer could not be started. Check that it is on and try again.")


def pdf_failed_text(name: str) -> str:
    text = translate("Print", "{name} could not be written. Choose another folder and try again.")
    return text.format(name=name)


def pdf_dialog_title() -> str:
    return translate("Print", "Export as PDF")


def pdf_filter() -> str:
    return translate("Print", "PDF document (*.pdf)")


def default_file_name() -> str:
    return translate("Print", "chat")
