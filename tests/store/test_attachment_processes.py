"""Attachments across processes: kill -9 between putting a blob and naming it leaves either
nothing or everything (and an orphan that the next open collects once old), and two processes
putting the same bytes store them once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from desktop_chat.store import HistoryStore

from .conftest import integrity

CHILD = Path(__file__).with_name("child_attach.py")
KILLS = 6


def _kill_after(db: Path, delay: float) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), "k", "100000", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)  # type: ignore[arg-type]
    reader.start()
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=30)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    return [line.strip() for line in lines]


def _references(db: Path) -> tuple[set[str], set[str], list[tuple[int, str]]]:
    conn = sqlite3.connect(db)
    try:
        blobs = {str(r[0]) for r in conn.execute("SELECT sha256 FROM blobs")}
        named = {str(r[0]) for r in conn.execute("SELECT sha256 FROM attachments")}
        by_message = [
            (int(r[0]), str(r[1])) for r in conn.execute("SELECT message_id, sha256 FROM attachments")
        ]
        sizes_ok = conn.execute("SELECT count(*) FROM blobs WHERE length(data) <> size").fetchone()[0] == 0
    finally:
        conn.close()
    assert sizes_ok, "a blob was saved in part"
    return blobs, named, by_message


def test_kill_9_while_putting_blobs_and_adding_messages(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    rng = random.Random(int(os.environ.get("DC_CRASH_SEED", "20250110")))
    for round_no in range(KILLS):
        lines = _kill_after(db, rng.uniform(0.4, 1.4))
        where = f"round {round_no}"
        if not db.exists():
            continue
        assert integrity(db) == "ok", where
        blobs, named, by_message = _references(db)
        assert named <= blobs, f"{where}: every attachment's bytes are there"
        reported = {int(x.split()[1]) for x in lines if x.startswith("msg ")}
        assert reported <= {mid for mid, _ in by_message}, f"{where}: a saved message kept its attachment"
        assert len(blobs - named) <= 1, f"{where}: at most the blob of the message being added is left over"
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE blobs SET created_at = created_at - 7200")
        conn.execute("UPDATE unnamed_blobs SET created_at = created_at - 7200")
    conn.close()
    with HistoryStore.open(db) as store:
        assert store.attachment_bytes_in_use() > 0
    blobs, named, _ = _references(db)
    assert blobs == named, "orphans are collected at open once an hour old"
    assert integrity(db) == "ok"


def test_two_processes_putting_the_same_blob_store_it_once(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    HistoryStore.open(db).close()
    procs = [
        subprocess.Popen([sys.executable, str(CHILD), str(db), tag, "25", "1"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for tag in ("a", "b")
    ]  # fmt: skip
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.strip().endswith("done")
    blobs, named, by_message = _references(db)
    assert len(blobs) == 1 and blobs == named
    assert len(by_message) == 50
    with HistoryStore.open(db) as store:
        assert store.attachment_bytes_in_use() == 256 * 1024
    assert integrity(db) == "ok"
