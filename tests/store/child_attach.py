"""Child process of the attachment tests: puts blobs and names them in messages, as fast as it can.

`child_attach.py DB TAG COUNT SHARED`: COUNT rounds of put_blob then add_message with it. With
SHARED=1 every round puts the same bytes (two processes racing on one blob), else fresh ones.
Prints "put <sha>" after each put and "msg <id> <sha>" after each message, flushed.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_chat.domain import AttachmentKind, Role
from desktop_chat.store import HistoryStore, NewAttachment


def main() -> None:
    db, tag, count, shared = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
    with HistoryStore.open(db) as store:
        conv = store.create_conversation(title=f"{tag} files")
        parent = None
        for i in range(count):
            seed = b"the same screenshot" if shared else f"{tag}-{i}".encode()
            data = hashlib.sha256(seed).digest() * 8192  # 256 KiB
            sha = store.put_blob(data)
            print("put", sha, flush=True)
            new = NewAttachment(AttachmentKind.IMAGE, f"{tag}-{i}.png", "image/png", len(data), sha)
            msg = store.add_message(conv.id, parent_id=parent, role=Role.USER, content=f"{tag} {i}",
                                    attachments=[new])  # fmt: skip
            parent = msg.id
            print("msg", msg.id, sha, flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
