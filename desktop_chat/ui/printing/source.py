"""What is printed: the chat's title and the branch on screen, with the bytes of its pictures.

Why its own step: reading a long chat and its pictures is the I/O part of printing; it runs on
the worker thread, through the services only (the history store is thread-safe), checking for a
cancel between messages. It returns plain frozen values; nothing here knows about pages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from desktop_chat.domain import AttachmentKind, Message
from desktop_chat.services import AttachmentService, ConversationsService


class PrintCancelled(Exception):
    """The person cancelled: the job stops at the next check and leaves nothing behind."""


def check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise PrintCancelled


@dataclass(frozen=True, slots=True)
class PrintedChat:
    """The chat as it is printed; `pictures` maps an image attachment's id to its bytes."""

    title: str
    when: float  # Unix seconds: the chat's date in the page header (its last message's)
    messages: tuple[Message, ...]
    pictures: dict[int, bytes]


Progress = Callable[[int, int], None]  # (messages read, messages)


def gather_chat(
    conversations: ConversationsService, attachments: AttachmentService, cid: int, *,
    progress: Progress | None = None, cancel: threading.Event | None = None,
) -> PrintedChat | None:  # fmt: skip
    """The chat `cid` as on screen, or None when it is gone."""
    conversation = conversations.get(cid)
    if conversation is None:
        return None
    check(cancel)
    messages = tuple(b.message for b in conversations.branch(cid))
    pictures: dict[int, bytes] = {}
    for done, message in enumerate(messages, 1):
        for a in message.attachments:
            if a.kind is AttachmentKind.IMAGE:
                data = attachments.blob(a.sha256) or attachments.blob(a.sent_hash)
                if data:
                    pictures[a.id] = data
        check(cancel)
        if progress is not None:
            progress(done, len(messages))
    when = messages[-1].created_at if messages else conversation.updated_at
    return PrintedChat(conversation.title, when, messages, pictures)
