"""The services tests' harness: a ChatService on the real simulator, collecting its events."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from desktop_chat.api import GatewayConfig, RetryPolicy
from desktop_chat.services.chat import ChatService
from desktop_chat.services.events import ChatEvent
from desktop_chat.store import HistoryStore

T = TypeVar("T")
KEY = "sk-test-services-0123456789"
FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.05, max_delay=0.1, max_server_delay=0.2, jitter=0)


class Harness:
    """A ChatService on a fresh client per asyncio.run, collecting the events it reports."""

    def __init__(self, store: HistoryStore, base_url: str) -> None:
        self.store = store
        self.base_url = base_url
        self.events: list[ChatEvent] = []
        self.client: Any = None
        self.service = ChatService(store, lambda: self.client, default_model=lambda: "gemini-2.5-flash")

    def listen(self, event: ChatEvent) -> None:
        self.events.append(event)

    def run(self, make: Callable[[ChatService], Coroutine[Any, Any, T]], *, timeout: float = 20) -> T:
        async def main() -> T:
            from desktop_chat.api import GatewayClient

            config = GatewayConfig(self.base_url, KEY, retry=FAST_RETRY, connect_timeout=2, read_timeout=10)
            async with GatewayClient(config) as client:
                self.client = client
                return await asyncio.wait_for(make(self.service), timeout)

        return asyncio.run(main())

    def of(self, kind: type[T]) -> list[T]:
        return [e for e in self.events if isinstance(e, kind)]
