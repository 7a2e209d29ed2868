"""A model that pauses mid-answer: what arrived reaches the file within ~1 s; quitting saves it."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator

from _services_harness import FAST_RETRY, KEY
from _tiny_servers import PausingStream

from desktop_chat.api import GatewayClient, GatewayConfig
from desktop_chat.domain import EndReason, MessageStatus
from desktop_chat.services.chat import ChatService
from desktop_chat.services.events import AnswerDelta, AnswerEnded


def saved_row(store, message_id: int) -> tuple[str, str]:
    """The row as another process would read it (a separate connection: only committed data)."""
    with sqlite3.connect(store.path) as conn:
        content, status = conn.execute(
            "SELECT content, status FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
    return content, status


@contextlib.asynccontextmanager
async def service_against(server, store) -> AsyncIterator[ChatService]:
    """A ChatService on a real client pointed at `server`, closed afterwards."""
    config = GatewayConfig(server.base_url, KEY, retry=FAST_RETRY, connect_timeout=2, read_timeout=20)
    async with GatewayClient(config) as client:
        yield ChatService(store, lambda: client, default_model=lambda: "gemini-2.5-flash")


async def first_delta(events: list) -> AnswerDelta:
    for _ in range(500):
        deltas = [e for e in events if isinstance(e, AnswerDelta)]
        if deltas:
            return deltas[0]
        await asyncio.sleep(0.01)
    raise AssertionError("no text arrived")


def test_text_is_saved_during_a_long_silence(store):
    conversation = store.create_conversation(model="gemini-2.5-flash")
    events: list = []
    with PausingStream() as server:

        async def main():
            async with service_against(server, store) as service:
                task = asyncio.ensure_future(service.send(conversation.id, "Hi", events.append))
                delta = await first_delta(events)
                await asyncio.sleep(1.0)  # the model is silent; nothing else arrives
                during = saved_row(store, delta.message_id)
                writers = len(service.active_writers)
                server.release()
                final = await task
                return during, writers, final, len(service.active_writers)

        during, writers, final, writers_after = asyncio.run(asyncio.wait_for(main(), 20))
    assert during == ("Hello, ", MessageStatus.STREAMING.value)
    assert writers == 1 and writers_after == 0
    assert final.content == "Hello, world." and final.status is MessageStatus.COMPLETE


def test_interrupt_all_saves_streaming_answers_at_once(store):
    conversation = store.create_conversation(model="gemini-2.5-flash")
    events: list = []
    with PausingStream() as server:

        async def main():
            async with service_against(server, store) as service:
                task = asyncio.ensure_future(service.send(conversation.id, "Hi", events.append))
                delta = await first_delta(events)
                count = service.interrupt_all()  # what the app does on aboutToQuit, synchronously
                row = saved_row(store, delta.message_id)
                task.cancel()  # the task then ends; the answer stays as saved
                await asyncio.gather(task, return_exceptions=True)
                return count, row, saved_row(store, delta.message_id)

        count, row, after = asyncio.run(asyncio.wait_for(main(), 20))
    assert count == 1
    assert row == ("Hello, ", MessageStatus.INTERRUPTED.value)
    assert after == row
    ended = [e for e in events if isinstance(e, AnswerEnded)]
    assert ended and ended[-1].end_reason is EndReason.APP_CLOSED  # the app quit, nobody pressed Stop
    saved = store.get_message(ended[-1].message_id)
    assert saved is not None and saved.end_reason is EndReason.APP_CLOSED and saved.error is None
