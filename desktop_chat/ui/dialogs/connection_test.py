"""Run an injected "test the connection" coroutine from a dialog, and say how it went.

Why: the Welcome and Settings dialogs both test a key and an address against the gateway. The test
is an async callable handed in by the shell (the dialogs never touch the network themselves); it
runs as a task on the qasync loop, the dialog stays responsive and can cancel it, and whatever
happens — success, the gateway's plain-language error, or a bug — ends as one `TestOutcome`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_chat.services import GatewayError, InvalidRequest, ModelList, NothingToDo
from desktop_chat.ui.tasks import TaskRunner

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by

log = logging.getLogger(__name__)

Tester = Callable[[str, str], Awaitable[ModelList]]


@dataclass(frozen=True, slots=True)
class TestOutcome:
    """`ok` and one plain sentence for the user; `models` when the gateway listed them."""

    __test__ = False  # not a pytest test class

    ok: bool
    message: str
    models: tuple[str, ...] = ()
    cancelled: bool = False


def outcome_from_result(result: ModelList) -> TestOutcome:
    error = getattr(result, "error", None)
    if error is not None:
        return TestOutcome(False, _error_message(error))
    models = tuple(getattr(result, "models", ()) or ())
    if getattr(result, "from_gateway", False):
        count = len(models)
        if count == 1:
            text = translate("ConnectionTest", "Connected — 1 model available.")
        else:
            text = translate("ConnectionTest", "Connected — {count} models available.").format(count=count)
        return TestOutcome(True, text, models)
    return TestOutcome(True, translate("ConnectionTest", "Connected."), models)


def outcome_from_exception(exc: BaseException) -> TestOutcome:
    if isinstance(exc, asyncio.CancelledError):
        return TestOutcome(False, translate("ConnectionTest", "Test cancelled."), cancelled=True)
    if isinstance(exc, GatewayError | InvalidRequest | NothingToDo):
        return TestOutcome(False, _error_message(exc))
    log.error("connection test failed with an unexpected %s", type(exc).__name__, exc_info=exc)
    return TestOutcome(False, _error_message(exc))


def _error_message(error: object) -> str:
    from desktop_chat.ui.words.gateway import error_text, invalid_request_text
    from desktop_chat.ui.words.refusals import refusal_text

    if isinstance(error, GatewayError):
        return error_text(error)
    if isinstance(error, InvalidRequest):
        return invalid_request_text(error)
    if isinstance(error, NothingToDo):
        return refusal_text(error.refusal)
    kind = type(error).__name__
    return translate("ConnectionTest", "Something went wrong while testing: {kind}").format(kind=kind)


class ConnectionTester(QObject):
    """Owns at most one running test task (a strong reference, as qasync needs)."""

    started = Signal()
    finished = Signal(object)  # TestOutcome

    def __init__(
        self, tester: Tester, parent: QObject | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._tester = tester
        self._tasks = tasks or TaskRunner()
        self._task: asyncio.Task[Any] | None = None  # the latest test, kept for awaiting
        self._active: asyncio.Task[Any] | None = None  # the test whose outcome is still due

    @property
    def task(self) -> asyncio.Task[Any] | None:
        """The running (or last) test; tests may `await` it."""
        return self._task

    @property
    def running(self) -> bool:
        return self._active is not None and not self._active.done()

    def start(self, base_url: str, key: str) -> asyncio.Task[Any]:
        self.cancel()
        task = self._tasks.spawn(self._run(base_url, key))
        self._task = self._active = task
        self.started.emit()
        return task

    def cancel(self) -> None:
        """Stop the running test, if any; reports a cancelled outcome at once."""
        if self.running:
            assert self._active is not None
            self._active.cancel()
            self._report(self._active, outcome_from_exception(asyncio.CancelledError()))

    async def _run(self, base_url: str, key: str) -> TestOutcome:
        try:
            result = await self._tester(base_url, key)
        except BaseException as exc:  # every ending becomes an outcome
            outcome = outcome_from_exception(exc)
            if not isinstance(exc, Exception | asyncio.CancelledError):
                raise  # KeyboardInterrupt, SystemExit
        else:
            outcome = outcome_from_result(result)
        task = asyncio.current_task()
        if task is not None:
            self._report(task, outcome)
        return outcome

    def _report(self, task: asyncio.Task[Any], outcome: TestOutcome) -> None:
        """Emit `finished` once per test, and never for a superseded one or after deletion."""
        if task is not self._active or not shiboken6.isValid(self):
            return
        self._active = None
        self.finished.emit(outcome)
