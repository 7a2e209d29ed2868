"""Shared helpers for the panel and dialog tests (imported explicitly; not a conftest).

Why: the dialogs run their injected testers as asyncio tasks on the qasync loop, as the app does;
these fixtures give each test its own qasync loop on the test QApplication, plus ready-made
conversations, search hits and fake testers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
import qasync

from desktop_chat.api import ModelList
from desktop_chat.domain import Conversation

T = TypeVar("T")

DAY = 86_400.0


@pytest.fixture
def panel_loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test QApplication, installed as the current event loop."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        asyncio.set_event_loop(None)
        loop.close()


def run(loop: asyncio.AbstractEventLoop, awaitable: Awaitable[T] | None, timeout: float = 5.0) -> T | None:
    """Run the loop until `awaitable` is done (Qt events are processed meanwhile).

    Returns its result, or None if it was cancelled; fails the test on a timeout.
    """
    assert awaitable is not None, "nothing was started"
    future = asyncio.ensure_future(awaitable, loop=loop)

    async def waiter() -> None:
        done, _ = await asyncio.wait({future}, timeout=timeout)
        assert done, f"still running after {timeout} s"

    loop.run_until_complete(waiter())
    return None if future.cancelled() else future.result()


def conv(cid: int, title: str, updated_at: float, **kw: Any) -> Conversation:
    return Conversation(id=cid, title=title, created_at=updated_at, updated_at=updated_at, **kw)


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
    """An async tester that records its calls and answers with `result` (or raises it)."""

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


Callback = Callable[..., Any]


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
