"""Child process of the kill -9 test: an answer calls three tools; results are saved one by one.

Prints "result N" once the Nth result is committed, then waits before the next one, so the
parent can kill it between two results.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_chat.domain import (
    EndReason,
    FinishReason,
    GenerationParams,
    MessageStatus,
    Role,
    ToolCall,
    ToolOutcome,
    ToolResult,
)  # fmt: skip
from desktop_chat.store import HistoryStore

CALLS = tuple(ToolCall(f"call_{i}", "get_current_time", f'{{"n": {i}}}') for i in range(3))


def main() -> None:
    db = Path(sys.argv[1])
    with HistoryStore.open(db) as store:
        conv = store.create_conversation(title="tools")
        q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="What time is it?")
        writer = store.start_answer(conv.id, parent_id=q.id, model="m", params=GenerationParams())
        writer.append("Let me look.")
        store.set_tool_calls(writer.message_id, CALLS)
        print(f"answer {writer.message_id}", flush=True)
        for i, call in enumerate(CALLS):
            result = ToolResult(call.id, ToolOutcome.DONE, f"12:0{i}", server="time", duration_ms=5)
            store.add_tool_result(writer.message_id, result)
            print(f"result {i + 1}", flush=True)
            time.sleep(30 if i == 0 else 0)  # killed here, after the first result
        done = MessageStatus.COMPLETE
        writer.finish(status=done, end_reason=EndReason.FINISHED, finish_reason=FinishReason.TOOL_CALLS)


if __name__ == "__main__":
    main()
