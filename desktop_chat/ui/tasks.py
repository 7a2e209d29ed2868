"""One task runner for the whole window: strong references, errors reported, cancel-all at quit.

Why one: asyncio keeps only weak references to tasks (a task nobody holds can vanish mid-way) and
qasync drops a task's exception unless someone looks at it. Every coroutine the UI starts goes
through `TaskRunner.spawn`, so each is held until it ends, a world error it raises ("the gateway
went wrong", "the disk is full") becomes a notice through `on_world_error`, a bug reaches
`sys.excepthook` (logged, "Something went wrong" dialog), and quitting can cancel and await them all
in one place. Tasks may carry a key (e.g. a conversation id) so callers can ask "is one running?".
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine, Hashable
from typing import Any

log = logging.getLogger(__name__)

WorldErrorHandler = Callable[[BaseException], bool]  # True: handled (shown); False: a bug


class TaskRunner:
    """Runs coroutines on the current loop; see the module docstring."""

    def __init__(self, on_world_error: WorldErrorHandler | None = None) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._keyed: dict[Hashable, asyncio.Task[Any]] = {}
        self._on_world_error = on_world_error

    def spawn(
        self,
        coro: Coroutine[Any, Any, Any],
        *,
        key: Hashable | None = None,
        on_done: Callable[[asyncio.Task[Any]], None] | None = None,
    ) -> asyncio.Task[Any]:
        """Start `coro`; with `key`, at most one task per key is tracked (the newest)."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        if key is not None:
            self._keyed[key] = task
        task.add_done_callback(lambda t: self._finished(t, key, on_done))
        return task

    def running(self, key: Hashable) -> bool:
        task = self._keyed.get(key)
        return task is not None and not task.done()

    def running_keys(self) -> list[Hashable]:
        return [k for k, t in self._keyed.items() if not t.done()]

    def cancel(self, key: Hashable) -> bool:
        """Cancel the task running under `key`; True if there was one."""
        task = self._keyed.get(key)
        if task is None or task.done():
            return False
        task.cancel()
        return True

    def pending(self) -> int:
        return sum(1 for t in self._tasks if not t.done())

    async def cancel_all(self, timeout: float = 5.0) -> None:
        """Quitting: cancel every task but the caller's and wait (bounded) for them to end."""
        current = asyncio.current_task()
        others = [t for t in self._tasks if t is not current and not t.done()]
        for task in others:
            task.cancel()
        if others:
            await asyncio.wait(others, timeout=timeout)

    def _finished(
        self,
        task: asyncio.Task[Any],
        key: Hashable | None,
        on_done: Callable[[asyncio.Task[Any]], None] | None,
    ) -> None:
        self._tasks.discard(task)
        if key is not None and self._keyed.get(key) is task:
            del self._keyed[key]
        if on_done is not None:
            on_done(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        handler = self._on_world_error
        if handler is not None and handler(exc):
            log.warning("task ended with a world error: %r", exc)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)
