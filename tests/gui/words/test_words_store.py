"""The history store's words: every StoreError class and every ImportProblem has a sentence of its own."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest

from desktop_chat.services import (
    DiskFullError,
    FileNotWritten,
    ImportFailed,
    ImportProblem,
    StoreError,
)
from desktop_chat.ui.words.store import import_problem_text, store_error_text


def _all_subclasses(cls: type) -> list[type]:
    out: list[type] = []
    for sub in cls.__subclasses__():
        out += [sub, *_all_subclasses(sub)]
    return out


def _instance(cls: type[StoreError]) -> StoreError:
    """An instance of `cls`, its required keyword arguments filled with plausible values."""
    plausible: dict[str, Any] = {"path": Path("/somewhere/export.json"), "problem": ImportProblem.EMPTY}
    params = inspect.signature(cls).parameters
    needed = {
        n: plausible[n] for n, p in params.items() if p.default is inspect.Parameter.empty and n in plausible
    }
    return cls(**needed)


STORE_ERRORS = [StoreError, *_all_subclasses(StoreError)]


def test_the_store_has_the_error_classes_the_ui_expects() -> None:
    names = {c.__name__ for c in STORE_ERRORS}
    assert names >= {
        "StoreError", "NewerSchemaError", "DiskFullError", "ReadOnlyError", "FolderNotCreatable",
        "UpgradeNeedsWriting", "CorruptDatabaseError", "DatabaseBusyError", "StorageUnavailable",
        "UnsafeLocation", "FileNotWritten", "ImportFailed",
    }  # fmt: skip


@pytest.mark.parametrize("cls", STORE_ERRORS, ids=lambda c: c.__name__)
def test_every_store_error_has_its_own_words(qapp: Any, cls: type[StoreError]) -> None:
    happened, action = store_error_text(_instance(cls))
    assert happened.strip() and action.strip()
    assert happened.endswith(".") and action.endswith(".")
    if cls is not StoreError:
        assert (happened, action) != store_error_text(StoreError()), f"{cls.__name__} has no words of its own"
        for base in cls.__mro__[1:]:
            if isinstance(base, type) and issubclass(base, StoreError) and base is not StoreError:
                assert happened != store_error_text(_instance(base))[0], (
                    f"{cls.__name__} reads as {base.__name__}"
                )


def test_no_two_store_errors_say_the_same() -> None:
    said = [store_error_text(_instance(cls))[0] for cls in STORE_ERRORS]
    assert len(set(said)) == len(said)


@pytest.mark.parametrize("problem", list(ImportProblem), ids=lambda p: p.value)
def test_every_import_problem_has_its_own_words(qapp: Any, problem: ImportProblem) -> None:
    text = import_problem_text(problem, field="messages")
    fallback = import_problem_text("no such problem", field="messages")  # type: ignore[arg-type]
    assert text.strip() and text != fallback, f"{problem} has no words of its own"


def test_no_two_import_problems_say_the_same() -> None:
    said = [import_problem_text(p, field="messages") for p in ImportProblem]
    assert len(set(said)) == len(said)


def test_the_old_sentences_are_kept_word_for_word() -> None:
    happened, action = store_error_text(DiskFullError())
    assert (
        happened
        == "The disk is full, so the last change could not be saved. Everything saved before is safe."
    )
    assert action == "Free some disk space, then try again."
    happened, _ = store_error_text(DiskFullError("ENOSPC", path=Path("/x/chats.json")))
    assert happened == "The disk is full, so chats.json could not be written."
    happened, action = store_error_text(
        FileNotWritten("[Errno 13]", path=Path("/x/chats.json"), reason="Permission denied")
    )
    assert (happened, action) == (
        "chats.json could not be written (Permission denied).",
        "Choose another folder and try again.",
    )


def test_an_import_failure_names_the_problem_the_place_and_the_field() -> None:
    error = ImportFailed(ImportProblem.MISSING_FIELD, where="bad.json: conversations[2]", field="role")
    happened, action = store_error_text(error)
    assert happened == (
        "The file could not be imported: 'role' is missing (at bad.json: conversations[2]). "
        "Your history was not changed."
    )
    assert action == "Check that you chose the right file and that it is complete; nothing was imported."
    unreadable = ImportFailed(ImportProblem.NOT_READABLE, where="x.json", detail="Permission denied")
    assert "the file could not be read (Permission denied)" in store_error_text(unreadable)[0]
    truncated = ImportFailed(
        ImportProblem.TRUNCATED, where="x.json, line 3", detail="'utf-8' codec can't decode"
    )
    assert "codec" not in store_error_text(truncated)[0], "only details that help the person are shown"
    bare = ImportFailed(ImportProblem.EMPTY)
    assert (
        store_error_text(bare)[0]
        == "The file could not be imported: the file is empty. Your history was not changed."
    )
