"""Child process of the crash test: streams an answer into a real store until it is killed.

It does what the app does — commit the question, start the answer, append small chunks every
couple of milliseconds through the AnswerWriter (which flushes itself every 0.5 s) — and reports
each step on stdout ("user <id>", "answer <id>", then "<chunk index> <wall time>") so the test
knows, after SIGKILL, exactly what had been produced and when.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_chat.domain import GenerationParams, Role
from desktop_chat.store import HistoryStore


def chunk(i: int) -> str:
    """Chunk i of the stream: fixed width, so a saved prefix can be checked exactly."""
    return f"<{i:07d}>"


def main() -> None:
    store = HistoryStore.open(Path(sys.argv[1]))
    conv = store.create_conversation(model="sim")
    user = store.add_message(conv.id, parent_id=None, role=Role.USER, content="Tell me a long story.")
    print(f"user {user.id}", flush=True)
    writer = store.start_answer(conv.id, parent_id=user.id, model="sim", params=GenerationParams())
    print(f"answer {writer.message_id}", flush=True)
    i = 0
    while True:
        writer.append(chunk(i))
        print(f"{i} {time.time()}", flush=True)
        i += 1
        time.sleep(0.002)


if __name__ == "__main__":
    main()
