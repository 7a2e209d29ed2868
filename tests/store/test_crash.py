"""kill -9 at random moments while an answer streams: the file stays sound, the question is kept,
the saved answer is an exact prefix of what was produced missing at most ~1 s, and the next start
shows it as interrupted (Continue / Retry)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop_chat.domain import EndReason, MessageStatus, Role
from desktop_chat.store import HistoryStore

from .child_stream import chunk
from .conftest import integrity

CHILD = Path(__file__).with_name("child_stream.py")
KILLS = 18
MAX_LOSS_S = 1.0


def _run_and_kill(db: Path, delay: float) -> tuple[list[str], float]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)  # type: ignore[arg-type]
    reader.start()
    time.sleep(delay)
    killed_at = time.time()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=30)
    err = proc.stderr.read() if proc.stderr else ""
    assert proc.returncode == -signal.SIGKILL, f"child ended by itself: {err}"
    return [line.strip() for line in lines], killed_at


@pytest.mark.slow
def test_kill_9_mid_stream_many_times(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    rng = random.Random(int(os.environ.get("DC_CRASH_SEED", "20240607")))
    checked_answers = 0
    for round_no in range(KILLS):
        delay = rng.uniform(0.05, 1.6)
        lines, killed_at = _run_and_kill(db, delay)
        where = f"round {round_no} (killed after {delay:.2f} s)"
        if not db.exists():
            continue  # killed before the file was created
        assert integrity(db) == "ok", where
        user_id = next((int(x.split()[1]) for x in lines if x.startswith("user ")), None)
        answer_id = next((int(x.split()[1]) for x in lines if x.startswith("answer ")), None)
        produced = {int(a): float(b) for a, b in (x.split() for x in lines if x[:1].isdigit())}
        with HistoryStore.open(db) as store:
            recovered = store.recover_interrupted()
            if user_id is not None:
                question = store.get_message(user_id)
                assert question is not None and question.role is Role.USER, where
                assert question.content == "Tell me a long story.", where
            if answer_id is None:
                continue
            assert recovered == [answer_id], where
            msg = store.get_message(answer_id)
            assert msg is not None and msg.status is MessageStatus.INTERRUPTED, where
            assert (msg.end_reason, msg.problem, msg.error) == (EndReason.APP_CLOSED, None, None), where
            saved = msg.content
            n_saved, rest = divmod(len(saved), len(chunk(0)))
            assert rest == 0 and saved == "".join(chunk(i) for i in range(n_saved)), f"{where}: not a prefix"
            first_lost = produced.get(n_saved)
            if first_lost is not None:
                assert killed_at - first_lost <= MAX_LOSS_S, (
                    f"{where}: lost {killed_at - first_lost:.2f} s of text ({len(produced) - n_saved} chunks)"
                )
            with store.transaction() as conn:
                conn.execute("INSERT INTO message_index(message_index, rank) VALUES ('integrity-check', 0)")
            checked_answers += 1
    assert checked_answers >= KILLS // 2, "too few kills landed while an answer was streaming"
