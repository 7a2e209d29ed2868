"""Plain functions and sample data shared by the GUI tests (fixtures live in tests/gui/conftest.py).

Why one module: the window's tests all drive the same things — send a message and wait for its answer,
read the banner or a card's notice, walk a text document — and a copy per test file drifted apart.
Imported as `tests.gui.helpers` (the repository root is on the path), also by the screenshot script
and the benchmarks.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from desktop_chat.api import ModelList
from desktop_chat.domain import (
    Conversation,
    EndReason,
    FinishReason,
    Message,
    MessageStatus,
    Problem,
    Role,
    Usage,
)
from desktop_chat.ui.chat.entry import MessageEntry

SHELL_KEY = "sk-gui-test-key-0123456789"
DAY = 86_400.0


# --- the window (a MainController from the make_shell fixture) -----------------------------------
def env_for(sim: Any) -> dict[str, str]:
    """The session environment that points the window at the simulator with a key."""
    return {"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY}


def ready(qtbot: Any, shell: Any) -> None:
    """Wait for start-up (key loaded, models asked) to finish."""
    qtbot.waitUntil(lambda: shell.session.key is not None and not shell.tasks.pending(), timeout=10000)


def activate(qtbot: Any, shell: Any) -> None:
    """Window shortcuts need the active window (offscreen windows are not activated by show())."""
    with qtbot.waitActive(shell.window, timeout=3000):
        shell.window.activateWindow()
    shell.composer.focus_input()


def focused() -> Any:
    """The widget that has the keyboard focus."""
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def type_and_send(qtbot: Any, shell: Any, text: str) -> None:
    """Type `text` into the message box and press Enter."""
    from PySide6.QtCore import Qt

    qtbot.keyClicks(shell.composer.edit, text)
    qtbot.keyClick(shell.composer.edit, Qt.Key.Key_Return)


def wait_answer(qtbot: Any, shell: Any, count: int = 1, timeout: int = 10000) -> Any:
    """Wait until `count` answers ended from now on; returns the last AnswerEnded."""
    ended: list[Any] = []
    shell.streaming.answerEnded.connect(ended.append)
    qtbot.waitUntil(lambda: len(ended) >= count, timeout=timeout)
    return ended[-1]


def send_and_wait(qtbot: Any, shell: Any, text: str) -> Any:
    """Send `text` and wait for its answer to end; returns the AnswerEnded.

    It first waits until the composer is out of its streaming state: the previous answer's task may
    have ended a moment before its "not streaming any more" reached the composer, and Enter in a
    streaming composer sends nothing.
    """
    qtbot.waitUntil(lambda: not shell.composer.is_streaming(), timeout=10000)
    ended: list[Any] = []
    shell.streaming.answerEnded.connect(ended.append)
    type_and_send(qtbot, shell, text)
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    return ended[-1]


def answered(shell: Any) -> bool:
    """A chat is open and no answer streams in it."""
    return shell.current_id is not None and not shell.streaming.is_streaming(shell.current_id)


def chat_once(qtbot: Any, shell: Any, text: str) -> int:
    """Send `text` once the key is loaded, wait for the answer; returns the chat's id."""
    qtbot.waitUntil(lambda: shell.session.key is not None, timeout=10000)
    type_and_send(qtbot, shell, text)
    qtbot.waitUntil(lambda: answered(shell), timeout=10000)
    return int(shell.current_id)


def start_slow_answer(qtbot: Any, shell: Any, sim: Any, text: str = "Tell me a long story") -> int:
    """Send `text` with a slow answer queued; returns the chat once its first words arrived."""
    sim.queue("default;tps=30;chunks=400")
    type_and_send(qtbot, shell, text)
    cid = shell.current_id
    assert cid is not None
    qtbot.waitUntil(lambda: bool(getattr(shell.session.chat.live_answer(cid), "text", "")), timeout=5000)
    assert shell.streaming.is_streaming(cid)
    return int(cid)


def settle(qtbot: Any, shell: Any) -> None:
    """Wait until no answer streams anywhere."""
    qtbot.waitUntil(lambda: not shell.streaming.streaming_conversations(), timeout=10000)
    qtbot.wait(50)


def make_chats(shell: Any, n: int) -> list[int]:
    """`n` chats of one question each in the window's history, listed; returns their ids."""
    ids = []
    for i in range(n):
        conv = shell.session.store.create_conversation(model="gemini-2.5-flash", title=f"Chat {i}")
        shell.session.store.add_message(conv.id, parent_id=None, role=Role.USER, content=f"hello {i}")
        ids.append(conv.id)
    shell.chats.refresh()
    return ids


def banner(shell: Any) -> tuple[str, str]:
    """The chat's top banner: (text, action button) — ("", "") when it is hidden."""
    b = shell.chat_view.banner
    return (b.label.text(), b.action_button.text()) if b.isVisibleTo(shell.chat_view) else ("", "")


def notice(shell: Any, message_id: int) -> tuple[str, set[str]]:
    """The answer card's notice: (text, visible buttons) — ("", set()) when it shows none."""
    card = shell.chat_view.card_for(message_id)
    assert card is not None, "the answer's card is on screen"
    if not card.notice.isVisibleTo(card):
        return "", set()
    buttons = {b.text() for b in (card.continue_button, card.retry_button) if b.isVisibleTo(card)}
    return card.notice_label.text(), buttons


def finish(qtbot: Any, task: Any, timeout: int = 20000) -> Any:
    """Wait for a task the window started (file work) and return its result."""
    assert task is not None
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def visible_chat_text(shell: Any) -> str:
    """What the chat view shows right now (its visible text widgets), as the e2e dump reads it."""
    from desktop_chat.testing.e2e_dump import visible_texts

    shell.chat_view.flush_pending_updates()
    return "\n".join(visible_texts(shell.chat_view))


def next_tab_stop(widget: Any) -> Any:
    """The widget Tab moves to from `widget` (visible, enabled, accepting tab focus)."""
    from PySide6.QtCore import Qt

    current = widget.nextInFocusChain()
    while current is not widget:
        if (current.isVisible() and current.isEnabled()
                and current.focusPolicy() & Qt.FocusPolicy.TabFocus and current.focusProxy() is None):
            return current
        current = current.nextInFocusChain()
    return None


# --- widgets alone: the chat list and the dialogs -------------------------------------------------
LIST_NOW = 1_773_565_200.0  # a fixed "now" for the chat list's tests


def conv(cid: int, title: str, updated_at: float, **kw: Any) -> Conversation:
    return Conversation(id=cid, title=title, created_at=updated_at, updated_at=updated_at, **kw)


def click_row(qtbot: Any, panel: Any, cid: int, button: Any = None) -> None:
    """Click the row of chat `cid` in the chat list panel (left button unless told)."""
    from PySide6.QtCore import Qt

    view = panel.list_view
    rect = view.visualRect(panel.model.index_of(cid))
    qtbot.mouseClick(view.viewport(), button or Qt.MouseButton.LeftButton, pos=rect.center())


@dataclass(frozen=True)
class Hit:
    """Shaped like desktop_chat.store.SearchHit (the fields the list uses)."""

    conversation_id: int
    message_id: int | None
    conversation_title: str
    snippet_html: str
    role: str = "user"
    rank: float = 0.0
    created_at: float = 0.0


class FakeTester:
    """An async connection tester that records its calls and answers with `result` (or raises it)."""

    def __init__(self, result: ModelList | BaseException, *, gate: asyncio.Event | None = None) -> None:
        self.result = result
        self.gate = gate
        self.calls: list[tuple[str, str]] = []

    async def __call__(self, base_url: str, key: str) -> ModelList:
        self.calls.append((base_url, key))
        if self.gate is not None:
            await self.gate.wait()
        if isinstance(self.result, BaseException):
            raise self.result
        return self.result


def models(*ids: str, from_gateway: bool = True) -> ModelList:
    return ModelList(tuple(ids), from_gateway, None)


# --- the chat view: sample messages and reading its text documents --------------------------------
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
    mid: int, role: Role, content: str, *, siblings: tuple[int, int] = (1, 1), **kw: Any
) -> MessageEntry:
    return MessageEntry(
        message(mid, role, content, **kw), sibling_index=siblings[0], sibling_count=siblings[1]
    )


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


def shown_chat_view(qtbot: Any, width: int, height: int, *, open_links: bool = False) -> Any:
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


def card_of(view: Any, mid: int) -> Any:
    """The card of message `mid` (it must be on screen)."""
    found = view.card_for(mid)
    assert found is not None, f"no card for message {mid}"
    return found


def card_text(card: Any) -> str:
    """The plain text of a card's body, its text widgets joined by newlines."""
    return "\n".join(v.toPlainText() for v in card.body.text_views())


def blocks(doc: Any) -> Iterator[Any]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def all_fragments(doc: Any) -> Iterator[Any]:
    for block in blocks(doc):
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                yield frag
            it += 1


def fragments_with(doc: Any, text: str) -> list[Any]:
    return [f for f in all_fragments(doc) if text in f.text()]


def click_anchor(qtbot: Any, browser: Any, match: Callable[[str], bool]) -> None:
    """Click (really, with the mouse) the first anchor whose href satisfies `match`."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    for frag in all_fragments(browser.document()):
        if frag.charFormat().isAnchor() and match(frag.charFormat().anchorHref()):
            cursor = QTextCursor(browser.document())
            cursor.setPosition(frag.position() + min(1, frag.length() - 1) + 0)
            rect = browser.cursorRect(cursor)
            point = QPoint(rect.x() + 1, rect.center().y())
            qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
            QApplication.processEvents()
            return
    raise AssertionError("no such anchor")
