"""An archive nested absurdly deep is "not importable", with a plain message — never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_chat.store import HistoryStore, ImportFailed, ImportProblem


def test_deeply_nested_archive_is_refused_plainly(tmp_path: Path, store: HistoryStore) -> None:
    path = tmp_path / "archive.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        store.import_archive(path)
    assert info.value.problem is ImportProblem.TOO_DEEP
    assert store.list_conversations() == []
