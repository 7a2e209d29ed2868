"""The words for everything the history store reports: why the history or a file could not be used.

Why here: the store (`desktop_chat.store`) says what went wrong with typed values only — the class
of a `StoreError`, its `path`/`reason` where a chosen file was involved, and for a refused import
its `ImportProblem`, `field` and `where`. This module is the one place those become sentences, each
through Qt's translation function (context "StoreError"), so the app's English is written once and
can be translated. Placeholders are filled with `str.format` after translation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_chat.services import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    FileNotWritten,
    FolderNotCreatable,
    ImportFailed,
    ImportProblem,
    NewerSchemaError,
    ReadOnlyError,
    StorageUnavailable,
    StoreError,
    UnsafeLocation,
    UpgradeNeedsWriting,
)


def _read_only_action() -> str:
    return translate(
        "StoreError", "Check that you may write to the history file and its folder, then restart the app.")


def _generic(_: StoreError) -> tuple[str, str]:
    return (
        translate("StoreError", "Your chat history could not be read or saved."),
        translate("StoreError", "Try again; if it keeps happening, restart the app."),
    )


def _newer(_: StoreError) -> tuple[str, str]:
    return (
        translate(
            "StoreError", "Your chat history was saved by a newer version of Desktop Chat. "
            "Please update; nothing was changed."
        ),
        translate("StoreError", "Install the latest version of Desktop Chat."),
    )


def _disk_full(error: StoreError) -> tuple[str, str]:
    path = getattr(error, "path", None)
    if path is not None:
        happened = translate(
            "StoreError", "The disk is full, so {name} could not be written.").format(name=path.name)
    else:
        happened = translate(
            "StoreError", "The disk is full, so the last change could not be saved. "
            "Everything saved before is safe."
        )
    return happened, translate("StoreError", "Free some disk space, then try again.")


def _read_only(_: StoreError) -> tuple[str, str]:
    return (
        translate(
            "StoreError", "Your chat history file can't be changed (it is read-only), "
            "so nothing new can be saved. "
            "Everything saved before is safe."
        ),
        _read_only_action(),
    )


def _folder(_: StoreError) -> tuple[str, str]:
    return (
        translate(
            "StoreError", "The folder for your chat history can't be created, so nothing can be saved."),
        _read_only_action(),
    )


def _needs_upgrade(_: StoreError) -> tuple[str, str]:
    happened = translate(
        "StoreError", "Your chat history needs a one-time update, but the file is read-only.")
    return happened, _read_only_action()


def _corrupt(_: StoreError) -> tuple[str, str]:
    return (
        translate(
            "StoreError", "Your chat history file is damaged and can't be opened. "
            "It has been left exactly as it was."),
        translate("StoreError", "Keep a copy of the file for support, then start a new history."),
    )


def _busy(_: StoreError) -> tuple[str, str]:
    return (
        translate("StoreError", "Your chat history is being used by another program right now."),
        translate("StoreError", "Close other copies of Desktop Chat, then try again."),
    )


def _unavailable(_: StoreError) -> tuple[str, str]:
    return (
        translate("StoreError", "Your chat history file could not be read or written."),
        translate(
            "StoreError", "Check that the disk is connected and that you may write to the history folder."),
    )


def _unsafe(_: StoreError) -> tuple[str, str]:
    return (
        translate("StoreError", "Your chat history can't be opened safely on this drive."),
        translate("StoreError", "Keep the history on a local disk."),
    )


def _not_written(error: StoreError) -> tuple[str, str]:
    assert isinstance(error, FileNotWritten)
    if error.reason:
        happened = translate("StoreError", "{name} could not be written ({reason}).").format(
            name=error.path.name, reason=error.reason
        )
    else:
        happened = translate("StoreError", "{name} could not be written.").format(name=error.path.name)
    return happened, translate("StoreError", "Choose another folder and try again.")


def _import_failed(error: StoreError) -> tuple[str, str]:
    assert isinstance(error, ImportFailed)
    problem = import_problem_text(error.problem, field=error.field, detail=error.detail)
    if error.where:
        happened = translate("StoreError", "The file could not be imported: {problem} (at {where}).").format(
            problem=problem, where=error.where
        )
    else:
        happened = translate(
            "StoreError", "The file could not be imported: {problem}.").format(problem=problem)
    return (
        translate("StoreError", "{what_happened} Your history was not changed.").format(
            what_happened=happened),
        translate(
            "StoreError", "Check that you chose the right file and that it is complete; "
            "nothing was imported."),
    )


# One entry per StoreError class; a class without its own entry is worded as its nearest base.
_BY_CLASS: dict[type, Callable[[StoreError], tuple[str, str]]] = {
    StoreError: _generic,
    NewerSchemaError: _newer,
    DiskFullError: _disk_full,
    ReadOnlyError: _read_only,
    FolderNotCreatable: _folder,
    UpgradeNeedsWriting: _needs_upgrade,
    CorruptDatabaseError: _corrupt,
    DatabaseBusyError: _busy,
    StorageUnavailable: _unavailable,
    UnsafeLocation: _unsafe,
    FileNotWritten: _not_written,
    ImportFailed: _import_failed,
}


def store_error_text(error: StoreError) -> tuple[str, str]:
    """(what happened, what to do) for an error of the history store, in plain words."""
    for cls in type(error).__mro__:
        words = _BY_CLASS.get(cls)
        if words is not None:
            return words(error)
    return _generic(error)


# Problems whose `detail` helps the person (the OS's words, a version, a wrong value) and is shown.
_DETAIL_SHOWN = frozenset(
    {
        ImportProblem.NOT_READABLE,
        ImportProblem.NOT_JSON,
        ImportProblem.ZIP_DAMAGED,
        ImportProblem.NEWER_FORMAT,
        ImportProblem.INVALID_VALUE,
        ImportProblem.BAD_REFERENCE,
    }
)

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


def _field_name(field: str) -> str:
    return f"'{field}'" if field else translate("StoreError", "a value")


def import_problem_text(problem: ImportProblem, *, field: str = "", detail: str = "") -> str:
    """The words for what is wrong with a file to import (a clause: no capital, no full stop)."""
    name = _field_name(field)
    texts = {
        ImportProblem.NOT_READABLE: translate("StoreError", "the file could not be read"),
        ImportProblem.NOT_UTF8: translate("StoreError", "the file is not UTF-8 text"),
        ImportProblem.EMPTY: translate("StoreError", "the file is empty"),
        ImportProblem.TRUNCATED: translate("StoreError", "the file ends too early (it may be truncated)"),
        ImportProblem.NOT_JSON: translate("StoreError", "the file is not valid JSON"),
        ImportProblem.TOO_DEEP: translate("StoreError", "the file is nested too deeply to be an export"),
        ImportProblem.TOO_BIG: translate("StoreError", "a part of the file is too big to be read"),
        ImportProblem.ZIP_DAMAGED: translate("StoreError", "the zip file is damaged"),
        ImportProblem.ZIP_WITHOUT_CONVERSATIONS: translate(
            "StoreError", "the zip file has no conversations.json in it"),
        ImportProblem.NOT_A_CHATGPT_EXPORT: translate(
            "StoreError", "a ChatGPT export should hold a list of conversations"),
        ImportProblem.NOT_A_CHAT_ARCHIVE: translate(
            "StoreError", "this is not a Desktop Chat export ('format' is missing or unknown)"
        ),
        ImportProblem.NEWER_FORMAT: translate(
            "StoreError", "it was written by a newer version of Desktop Chat"),
        ImportProblem.MISSING_FIELD: translate("StoreError", "{name} is missing").format(name=name),
        ImportProblem.NOT_AN_OBJECT: (
            translate("StoreError", "{name} should be an object").format(name=name)
            if field else translate("StoreError", "expected an object")
        ),
        ImportProblem.NOT_A_LIST: translate("StoreError", "{name} should be a list").format(name=name),
        ImportProblem.NOT_TEXT: translate("StoreError", "{name} should be text").format(name=name),
        ImportProblem.NOT_A_NUMBER: translate("StoreError", "{name} should be a number").format(name=name),
        ImportProblem.NOT_A_WHOLE_NUMBER: translate(
            "StoreError", "{name} should be a whole number").format(name=name),
        ImportProblem.NOT_TRUE_OR_FALSE: translate(
            "StoreError", "{name} should be true or false").format(name=name),
        ImportProblem.INVALID_VALUE: translate("StoreError", "{name} has an invalid value").format(name=name),
        ImportProblem.BAD_REFERENCE: translate(
            "StoreError", "{name} does not point to an earlier message of the conversation"
        ).format(name=name),
        ImportProblem.LOOP: translate("StoreError", "its messages form a loop"),
    }
    text = texts.get(problem, translate("StoreError", "the file is not an export this app can read"))
    if detail and problem in _DETAIL_SHOWN:
        text = translate("StoreError", "{text} ({detail})").format(text=text, detail=detail)
    return text
