"""Fixtures for the history store tests: a real SQLite file per test, and small chat builders."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

try:
    import desktop_chat  # noqa: F401
except ModuleNotFoundError:  # a bare `pytest` from a checkout that isn't pip-installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_chat.domain import EndReason, GenerationParams, Message, MessageStatus, Role
from desktop_chat.store import HistoryStore

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore.open(db_path)
    yield s
    s.close()


def add_turns(store: HistoryStore, cid: int, turns: int, *, parent: int | None = None) -> list[Message]:
    """A linear exchange of `turns` user/assistant pairs under `parent`; returns the new messages."""
    out: list[Message] = []
    for i in range(turns):
        q = store.add_message(cid, parent_id=parent, role=Role.USER, content=f"question {i}")
        a = store.add_message(cid, parent_id=q.id, role=Role.ASSISTANT, content=f"answer {i}", model="m")
        out += [q, a]
        parent = a.id
    return out


def answer(store: HistoryStore, cid: int, parent: int, text: str, **finish: object) -> Message:
    """A streamed answer written through the AnswerWriter, finished COMPLETE unless told otherwise."""
    writer = store.start_answer(cid, parent_id=parent, model="m", params=GenerationParams())
    writer.append(text)
    finish.setdefault("status", MessageStatus.COMPLETE)
    finish.setdefault("end_reason", EndReason.FINISHED)
    return writer.finish(**finish)  # type: ignore[arg-type]


def build_from_sql(script: Path, target: Path) -> Path:
    """A database file made by running a checked-in SQL snapshot."""
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(target)
    conn.executescript(script.read_text(encoding="utf-8"))
    conn.close()
    return target


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
