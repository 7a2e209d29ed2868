"""Use cases that tie the gateway client to the history store. No Qt.

Why a layer of its own: "what happens when someone presses Send" — save the message first, stream
the answer into the store, end it with the right status — must be the same in the window, the
self-test and the tests, and testable with plain pytest + asyncio against the real simulator and a
real SQLite file. The UI adapts these to Qt signals (ui/controller.py).

Public interface
----------------
- `ChatService(store, client, *, default_model)`: `send`, `edit_and_resend`, `regenerate`,
  `retry`, `continue_answer` — coroutines taking a `Listener`; cancel the task to stop.
- Events (`services.events`): `TurnStarted`, `AnswerDelta`, `AnswerRetrying`, `AnswerEnded`.
- `build_context(system_prompt, branch)`, `build_continue_context(...)` (`services.context`).
- `Session(paths, settings, store)` (`services.session`): address, key, shared client, models, demo.
- Model list with offline cache (`services.models`): `offline_choice`, `fetch_models`, `ModelChoice`.
- `NothingToDo`: a use case that does not apply, with a plain `message`.

Importing this package imports neither httpx nor Qt; submodules are loaded on first use.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AnswerDelta",
    "AnswerEnded",
    "AnswerRetrying",
    "ChatService",
    "ModelChoice",
    "NothingToDo",
    "Session",
    "TurnStarted",
    "build_context",
    "build_continue_context",
]

_WHERE = {
    "AnswerDelta": "events",
    "AnswerEnded": "events",
    "AnswerRetrying": "events",
    "TurnStarted": "events",
    "ChatService": "chat",
    "NothingToDo": "chat",
    "ModelChoice": "models",
    "Session": "session",
    "build_context": "context",
    "build_continue_context": "context",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
