"""One round of tool calls: decide each call with the person, run it, keep its result.

Why a module of its own: this is where the model's wishes meet the person's computer, so the rules
are few and strict. A call runs only if its tool was offered (from the person's or IT's MCP
configuration — never a command from model output), its arguments are a JSON object, and the
person allowed it: the tool is in the server's `autoApprove`, the person chose "Always allow this
tool" before, or they answer "Allow once" on the card now. A denied, malformed or unknown call
still gets a result the model reads (so it can recover), and every result is committed the moment
it exists, so a crash or Stop keeps what happened. Calls run one after another, in the model's
order: one card asks at a time. Stop (cancelling the task) ends the round: the call running is
cancelled on its server and it, and the calls not decided yet, are saved as STOPPED.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from desktop_chat.domain import ToolCall, ToolDecision, ToolOutcome, ToolResult, ToolSpec
from desktop_chat.services.events import Listener, ToolFinished, ToolRunning

if TYPE_CHECKING:
    from desktop_chat.store import HistoryStore

# What the model reads when a call did not run (model-facing, not UI words).
DENIED_TEXT = "The person did not allow this tool call. Do not call it again unless they ask you to."
STOPPED_TEXT = "The person stopped the answer before this tool call finished."
UNKNOWN_TEXT = "There is no tool named {name!r}. The tools you may call are: {names}."
MALFORMED_TEXT = ("The arguments of this call are not a JSON object ({reason}). Call the tool again "
                  "with its arguments as one JSON object.")


class ToolRunner(Protocol):
    """The tools on offer and how to run them (the MCP host, or a test double)."""

    def tools(self) -> tuple[ToolSpec, ...]: ...

    async def settled(self, timeout_s: float = 15.0) -> None:
        """Return once no server is still starting (or after `timeout_s`)."""

    async def call(self, name: str, arguments: dict[str, object], *, timeout_s: float) -> ToolResult: ...

    def auto_approved(self, spec: ToolSpec) -> bool: ...

    def always_allow(self, spec: ToolSpec) -> None: ...


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    """A call waiting for the person's say-so, shown as a card in the answer `message_id`."""

    conversation_id: int
    message_id: int
    call: ToolCall
    spec: ToolSpec
    arguments: dict[str, object]


Approver = Callable[[ApprovalRequest], Awaitable[ToolDecision]]


async def deny_all(_request: ApprovalRequest) -> ToolDecision:
    """No one to ask (tests, the self-test): nothing runs that was not approved beforehand."""
    return ToolDecision.DENY


def arguments_of(call: ToolCall) -> tuple[dict[str, object] | None, str]:
    """The call's arguments as a JSON object, or (None, why not). Empty arguments mean {}."""
    text = call.arguments.strip()
    if not text:
        return {}, ""
    try:
        parsed = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return None, f"not valid JSON: {exc}"[:200]
    if not isinstance(parsed, dict):
        return None, f"a JSON {type(parsed).__name__}, not an object"
    return parsed, ""


class ToolRound:
    """Runs the calls of one answer; see the module docstring."""

    def __init__(
        self,
        store: HistoryStore,
        runner: ToolRunner,
        approver: Approver,
        *,
        timeout_s: Callable[[], float] = lambda: 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._runner = runner
        self._approver = approver
        self._timeout_s = timeout_s
        self._clock = clock

    async def run(
        self, cid: int, answer_id: int, calls: Sequence[ToolCall], offered: Sequence[ToolSpec],
        listener: Listener,
    ) -> list[ToolResult]:  # fmt: skip
        """Decide, run and save each call in order; returns the results (one per call)."""
        by_name = {spec.name: spec for spec in offered}
        results: list[ToolResult] = []
        for position, call in enumerate(calls):
            try:
                result = await self._one(cid, answer_id, call, by_name, listener)
            except asyncio.CancelledError:
                for stopped in calls[position:]:
                    spec = by_name.get(stopped.name)
                    stop = ToolResult(stopped.id, ToolOutcome.STOPPED, STOPPED_TEXT, *_origin(spec))
                    self._keep(cid, answer_id, stop, listener)
                raise
            self._keep(cid, answer_id, result, listener)
            results.append(result)
        return results

    async def _one(
        self, cid: int, answer_id: int, call: ToolCall, by_name: dict[str, ToolSpec], listener: Listener
    ) -> ToolResult:
        spec = by_name.get(call.name)
        if spec is None:
            names = ", ".join(sorted(by_name)) or "none"
            unknown = UNKNOWN_TEXT.format(name=call.name, names=names)
            return ToolResult(call.id, ToolOutcome.UNKNOWN_TOOL, unknown)
        arguments, why = arguments_of(call)
        if arguments is None:
            malformed = MALFORMED_TEXT.format(reason=why)
            return ToolResult(call.id, ToolOutcome.MALFORMED, malformed, *_origin(spec))
        if not self._runner.auto_approved(spec):
            decision = await self._approver(ApprovalRequest(cid, answer_id, call, spec, arguments))
            if decision is ToolDecision.DENY:
                return ToolResult(call.id, ToolOutcome.DENIED, DENIED_TEXT, *_origin(spec))
            if decision is ToolDecision.ALWAYS_ALLOW:
                self._runner.always_allow(spec)
        started = self._clock()
        listener(ToolRunning(cid, answer_id, call.id, time.time()))
        result = await self._runner.call(spec.name, arguments, timeout_s=self._timeout_s())
        elapsed = int((self._clock() - started) * 1000)
        duration = result.duration_ms if result.duration_ms is not None else elapsed
        return ToolResult(call.id, result.outcome, result.content, result.server or spec.server,
                          result.tool or spec.tool, duration, result.is_error)

    def _keep(self, cid: int, answer_id: int, result: ToolResult, listener: Listener) -> None:
        self._store.add_tool_result(answer_id, result)
        listener(ToolFinished(cid, answer_id, result))


def _origin(spec: ToolSpec | None) -> tuple[str, str]:
    return ("", "") if spec is None else (spec.server, spec.tool)
