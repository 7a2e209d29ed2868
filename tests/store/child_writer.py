"""Child process of the two-process test: writes conversations to a shared store as fast as it can."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_chat.domain import EndReason, GenerationParams, MessageStatus, Role
from desktop_chat.store import HistoryStore


def main() -> None:
    db, tag, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    with HistoryStore.open(db) as store:
        for i in range(count):
            conv = store.create_conversation(title=f"{tag} chat {i}")
            q = store.add_message(conv.id, parent_id=None, role=Role.USER, content=f"{tag} question {i}")
            writer = store.start_answer(
                conv.id, parent_id=q.id, model="m", params=GenerationParams(), flush_interval=0
            )
            for j in range(5):
                writer.append(f"{tag}word{j} ")
            writer.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED)
            store.rename_conversation(conv.id, f"{tag} renamed {i}")
    print("done", flush=True)


if __name__ == "__main__":
    main()
