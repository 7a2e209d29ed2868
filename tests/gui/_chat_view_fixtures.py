"""Sample messages for the chat view's tests, benchmark and screenshot script (not a test module)."""

from __future__ import annotations

import time

from desktop_chat.domain import EndReason, FinishReason, Message, MessageStatus, Problem, Role, Usage
from desktop_chat.ui.chat.entry import MessageEntry

SAMPLE_ANSWER = """Here is a **summary** of the notes, with a small script and a table.

## Key points

- Revenue grew by *12%* over the quarter
- Costs stayed flat; see `costs.xlsx`
- Two open questions remain

```python
def growth(before: float, after: float) -> float:
    \"\"\"Relative growth, e.g. 0.12 for twelve percent.\"\"\"
    return (after - before) / before
```

| Region | Q1 | Q2 |
|:-------|---:|---:|
| North  | 1.2 | 1.4 |
| South  | 0.9 | 1.0 |

> Note: the figures for March are preliminary.

More at [the intranet](https://intranet.example.com/reports/q2).
"""


def message(
    mid: int,
    role: Role,
    content: str,
    *,
    status: MessageStatus = MessageStatus.COMPLETE,
    finish: FinishReason | None = None,
    reasoning: str = "",
    error: str | None = None,
    model: str | None = None,
    usage: Usage | None = None,
    latency_ms: int | None = None,
    conversation_id: int = 1,
    end_reason: EndReason | None = None,
    problem: Problem | None = None,
) -> Message:
    now = time.time()
    if role is Role.ASSISTANT:
        model = model or "claude-sonnet-4-5"
    return Message(
        id=mid,
        conversation_id=conversation_id,
        parent_id=mid - 1 if mid > 1 else None,
        role=role,
        content=content,
        created_at=now,
        updated_at=now,
        reasoning=reasoning,
        model=model,
        usage=usage,
        finish_reason=finish,
        status=status,
        error=error,
        latency_ms=latency_ms,
        end_reason=end_reason if end_reason is not None else _default_end(role, status),
        problem=problem,
    )


def _default_end(role: Role, status: MessageStatus) -> EndReason:
    if role is not Role.ASSISTANT or status is MessageStatus.STREAMING:
        return EndReason.NONE
    return EndReason.FINISHED if status is MessageStatus.COMPLETE else EndReason.FAILED


def entry(
    mid: int, role: Role, content: str, *, siblings: tuple[int, int] = (1, 1), **kw: object
) -> MessageEntry:
    return MessageEntry(
        message(mid, role, content, **kw), sibling_index=siblings[0], sibling_count=siblings[1]
    )  # type: ignore[arg-type]


def sample_entries() -> list[MessageEntry]:
    return [
        entry(1, Role.USER, "Summarise the attached notes for the quarterly report, please."),
        MessageEntry(
            message(
                2,
                Role.ASSISTANT,
                SAMPLE_ANSWER,
                finish=FinishReason.STOP,
                reasoning="The user wants a summary. I should list the key points, then a table.",
                usage=Usage(812, 345, 1157),
                latency_ms=4100,
            ),
            sibling_index=2,
            sibling_count=3,
            sibling_ids=(5, 2, 6),
        ),
        entry(3, Role.USER, "And an e-mail to Anna about it?"),
        entry(
            4,
            Role.ASSISTANT,
            "Dear Anna,\n\nplease find the summary of",
            status=MessageStatus.FAILED,
            error="The model service is having trouble.",
        ),
    ]


def many_entries(count: int, *, conversation_id: int = 1) -> list[MessageEntry]:
    out = []
    for i in range(1, count + 1):
        role = Role.USER if i % 2 else Role.ASSISTANT
        text = f"Question number {i}?" if role is Role.USER else (f"Answer {i}.\n\n" + SAMPLE_ANSWER)
        out.append(
            MessageEntry(
                message(
                    i,
                    role,
                    text,
                    finish=None if role is Role.USER else FinishReason.STOP,
                    conversation_id=conversation_id,
                )
            )
        )
    return out


def shown_chat_view(qtbot, width: int, height: int, *, open_links: bool = False):  # type: ignore[no-untyped-def]
    """A ChatView on screen at the given size; links only emit signals unless `open_links`."""
    from desktop_chat.ui.chat.view import ChatView

    widget = ChatView()
    if not open_links:
        widget.open_links_externally = False
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
