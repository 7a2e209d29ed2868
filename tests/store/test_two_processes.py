"""Two processes writing the same history at once never corrupt it and lose nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_chat.store import HistoryStore

from .conftest import integrity

CHILD = Path(__file__).with_name("child_writer.py")
PER_CHILD = 60


def test_two_writers_and_a_reader_share_one_file(db_path: Path) -> None:
    HistoryStore.open(db_path).close()  # both children find the schema in place (they would race fine too)
    children = [
        subprocess.Popen(
            [sys.executable, str(CHILD), str(db_path), tag, str(PER_CHILD)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("alpha", "beta")
    ]
    reads = 0
    with HistoryStore.open(db_path) as reader:
        while any(c.poll() is None for c in children):
            reader.list_conversations()
            reader.search("alphaword3")
            reads += 1
        outputs = [c.communicate(timeout=60) for c in children]
        for child, (out, err) in zip(children, outputs, strict=True):
            assert child.returncode == 0 and out.strip() == "done", err
        assert len(reader.list_conversations(limit=1000)) == 2 * PER_CHILD
        for tag in ("alpha", "beta"):
            assert len(reader.search(f"{tag}word4", limit=1000)) == PER_CHILD
            assert (
                len([h for h in reader.search(f"{tag} renamed", limit=1000) if h.message_id is None])
                == PER_CHILD
            )
        with reader.transaction() as conn:
            assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 4 * PER_CHILD
            conn.execute("INSERT INTO message_index(message_index, rank) VALUES ('integrity-check', 0)")
            conn.execute("INSERT INTO title_index(title_index, rank) VALUES ('integrity-check', 0)")
    assert reads > 0
    assert integrity(db_path) == "ok"
