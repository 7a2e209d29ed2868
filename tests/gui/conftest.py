"""The GUI tests' fixtures, all in this one file (plain helper functions: tests/gui/helpers.py).

- `qloop`, `run`: a qasync event loop that is *the* running asyncio loop during each test (the
  window's tasks and the dialogs' connection tests run on it);
- `sim`, `make_shell`: the real simulator and the whole window on a fresh history file;
- `panel`: the chat list panel alone, with four chats.

The pattern (robust on the offscreen platform): create `qasync.QEventLoop(qapp, already_running=True)`
so asyncio sees it as the running loop for the whole test; coroutines scheduled with
`asyncio.ensure_future` then make progress whenever Qt processes events — i.e. inside
`qtbot.waitUntil`, `qtbot.waitSignal` or `qtbot.wait`. `run(coro)` is a helper that waits for one.
At teardown, leftover tasks are cancelled and drained, async generators closed, and the loop closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest

T = TypeVar("T")


def _drain(qapp: Any, loop: asyncio.AbstractEventLoop, timeout: float = 5.0) -> None:
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    deadline = time.monotonic() + timeout
    while any(not t.done() for t in pending) and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.005)
    for task in pending:
        if task.done() and not task.cancelled():
            task.exception()  # mark retrieved; failures were already reported by the test


@pytest.fixture
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """The qasync loop, running (as far as asyncio knows) for the duration of the test."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    old_hooks = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
        finalizer=loop._asyncgen_finalizer_hook,  # type: ignore[attr-defined]
    )
    try:
        yield loop
    finally:
        _drain(qapp, loop)
        gens = asyncio.ensure_future(loop.shutdown_asyncgens())
        deadline = time.monotonic() + 5
        while not gens.done() and time.monotonic() < deadline:
            qapp.processEvents()
            time.sleep(0.002)
        sys.set_asyncgen_hooks(*old_hooks)
        asyncio.events._set_running_loop(None)
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]  # qasync's flag
        with contextlib.suppress(RuntimeError):
            loop.close()
        asyncio.set_event_loop(None)
        del loop
        # The loop owns Qt timers: collect it here, on the main thread, not later on some worker
        # thread that happens to trigger the garbage collector ("Timers cannot be stopped…").
        gc.collect()


@pytest.fixture
def run(qloop: asyncio.AbstractEventLoop, qtbot: Any) -> Callable[..., Any]:
    """`run(coro, timeout=10)` → its result (None if it was cancelled), processing Qt events meanwhile."""

    def runner(awaitable: Awaitable[T] | None, timeout: float = 10.0) -> T | None:
        assert awaitable is not None, "nothing was started"
        task = asyncio.ensure_future(awaitable)
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return None if task.cancelled() else task.result()

    return runner


_HERE = __file__.rsplit("/", 1)[0]

# Harmless messages of the offscreen platform plugin (not of our code) that qt_log_level_fail=WARNING
# would otherwise turn into failures.


OFFSCREEN_NOISE = ("propagateSizeHints", "does not support raise")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if str(item.path).startswith(_HERE):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


# --- the shell on the real simulator and a real history file ------------------------------------
@pytest.fixture
def sim() -> Iterator[Any]:
    from desktop_chat.devtools.simulator import SimulatorServer

    with SimulatorServer(default_tps=0) as server:
        yield server


@pytest.fixture
def make_shell(qloop: asyncio.AbstractEventLoop, qtbot: Any, run: Callable[..., Any], tmp_path: Any,
               desktop_chat_home: Any) -> Iterator[Callable[..., Any]]:
    """`make_shell(environ={...}, start=True)` → the shown window's MainController on a fresh history.

    The environ given replaces os.environ for the session (key, base URL overrides); retries are
    fast. Everything is shut down (answers saved, history closed) at the end of the test. Without
    `settings`, new chats are not named by a model: a title request after the first answer would
    take the simulator scenario a test queued for its next answer (tests of titles pass settings).
    """
    from desktop_chat.api import RetryPolicy
    from desktop_chat.paths import app_paths
    from desktop_chat.services.session import Session
    from desktop_chat.settings import AppSettings
    from desktop_chat.store import HistoryStore
    from desktop_chat.ui.main_controller import MainController

    shells: list[Any] = []

    def factory(environ: dict[str, str] | None = None, *, start: bool = True,
                retry: Any = None, settings: Any = None) -> Any:
        paths = app_paths({"DESKTOP_CHAT_HOME": str(desktop_chat_home)}).ensure()
        store = HistoryStore.open(paths.database)
        session = Session(
            paths, settings or AppSettings(auto_titles=False), store, environ=environ or {},
            keyring_timeout=3,
            retry=retry or RetryPolicy(max_attempts=3, base_delay=0.05, max_delay=0.1, jitter=0),
        )
        shell = MainController(session)
        shells.append(shell)
        shell.show()
        if start:
            shell.start()
        return shell

    yield factory
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    for shell in shells:
        run(shell.shutdown(), timeout=15)
        # Delete the widgets now, at a safe point — not whenever the garbage collector finds the
        # cycles later, in the middle of another test's event processing.
        for obj in (shell.window, shell):
            if shiboken6.isValid(obj):
                obj.deleteLater()
    shells.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


# --- widgets alone -------------------------------------------------------------------------------
@pytest.fixture
def panel(qtbot: Any) -> Any:
    """The chat list panel on screen with four chats (one pinned), grouped against a fixed now."""
    from desktop_chat.ui.conversations.panel import ConversationListPanel
    from tests.gui.helpers import DAY, LIST_NOW, conv

    widget = ConversationListPanel()
    qtbot.addWidget(widget)
    widget.resize(300, 500)
    widget.set_conversations(
        [
            conv(1, "Style guide", LIST_NOW - 20 * DAY, pinned=True),
            conv(2, "Quarterly report summary " * 5, LIST_NOW - 60),
            conv(3, "Email to Anna", LIST_NOW - 3600),
            conv(4, "Budget", LIST_NOW - DAY),
        ],
        now=LIST_NOW,
    )
    widget.show()
    qtbot.waitExposed(widget)
    return widget
