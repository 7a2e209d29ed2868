"""A short title for a new chat, written by a small model after the chat's first answer.

Why apart from the chat use cases: naming is a nicety, never a step of answering. It runs as its
own background task after the first answer has been saved, so it never delays or blocks anything;
any failure (no network, a refusal, a model that rambles) is logged and forgotten — the chat keeps
the title made from its first words. A title the person set always wins: the store keeps a
model's title only while the chat is still named by its first message (`offer_title`). The tokens
spent count in the usage totals as a side request.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_chat.api import ChatRequest, GatewayError, InvalidRequest
from desktop_chat.domain import ChatMessage, GenerationParams, Role, SideRequest, TitleSource
from desktop_chat.services.changes import Change, ChangeKind, Changes

if TYPE_CHECKING:
    from desktop_chat.api import GatewayClient
    from desktop_chat.store import HistoryStore

log = logging.getLogger(__name__)

TITLE_INSTRUCTION = (
    "Write a title of at most six words for the conversation below, in the language the person "
    "wrote in. Reply with the title only: no quotation marks, no full stop, no preamble."
)
_QUOTED = 1_500  # characters of the question and of the answer shown to the title model
_LONGEST_TITLE = 80
_PARAMS = GenerationParams(temperature=0.3, max_tokens=40)


def clean_title(raw: str) -> str:
    """The model's reply as a title: first non-empty line, no "Title:" prefix, quotes or final stop."""
    line = next((ln.strip() for ln in raw.splitlines() if ln.strip()), "")
    line = re.sub(r"^(\*\*)?(title|titel|titre|título|标题|タイトル)\s*[:：]\s*", "", line, flags=re.I)
    line = line.strip("*#").strip().strip("\"'“”‘’«»「」『』").strip()
    line = re.sub(r"[.。!！]+$", "", line).strip()
    line = re.sub(r"\s+", " ", line)
    if len(line) > _LONGEST_TITLE:
        cut = line[:_LONGEST_TITLE]
        space = cut.rfind(" ")
        line = (cut[:space] if space > _LONGEST_TITLE // 2 else cut).rstrip(" ,.;:") + "…"
    return line


def title_request(model: str, question: str, answer: str) -> ChatRequest:
    return ChatRequest(
        model,
        (
            ChatMessage(Role.SYSTEM, TITLE_INSTRUCTION),
            ChatMessage(Role.USER, f"Question:\n{question[:_QUOTED]}\n\nAnswer:\n{answer[:_QUOTED]}"),
        ),
        _PARAMS,
        stream=False,
    )


class TitleWriter:
    """Names new chats in the background; `enabled()` and `model_for(chat_model)` read the settings."""

    def __init__(
        self,
        store: HistoryStore,
        client: Callable[[], GatewayClient],
        *,
        enabled: Callable[[], bool],
        model_for: Callable[[str], str],
        changes: Changes,
    ) -> None:
        self._store = store
        self._client = client
        self._enabled = enabled
        self._model_for = model_for
        self._changes = changes
        self._tasks: set[asyncio.Task[str | None]] = set()  # strong references until done

    def after_first_answer(self, conversation_id: int, chat_model: str) -> asyncio.Task[str | None] | None:
        """Start naming the chat if it is new and still named by its first message; None if not."""
        if not self._enabled():
            return None
        conversation = self._store.get_conversation(conversation_id)
        if conversation is None or conversation.title_source is not TitleSource.FIRST_MESSAGE:
            return None
        branch = self._store.branch(conversation_id)
        if len(branch) != 2 or branch[0].role is not Role.USER or not branch[1].content.strip():
            return None
        task = asyncio.get_running_loop().create_task(
            self._name(conversation_id, self._model_for(chat_model), branch[0].content, branch[1].content)
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _name(self, conversation_id: int, model: str, question: str, answer: str) -> str | None:
        try:
            completion = await self._client().complete(title_request(model, question, answer))
        except (GatewayError, InvalidRequest) as exc:
            log.info("no title for chat %s: %s", conversation_id, type(exc).__name__)
            return None
        except Exception:  # naming must never surface; a bug here is logged with its traceback
            log.exception("writing a title failed")
            return None
        try:
            self._store.record_side_usage(SideRequest.TITLE, conversation_id=conversation_id, model=model,
                                          usage=completion.usage)
            title = clean_title(completion.text)
            if not title or not self._store.offer_title(conversation_id, title):
                return None
        except Exception:  # the chat was deleted meanwhile, or the disk is full: keep the old title
            log.warning("could not keep the title of chat %s", conversation_id, exc_info=True)
            return None
        self._changes.emit(Change(ChangeKind.LISTING, conversation_id))
        return title

    async def wait(self) -> None:
        """Tests and quitting: let running title requests end."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
