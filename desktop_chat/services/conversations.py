"""Everything the window does to chats besides streaming answers: list, open, organise, search.

Why a service: renaming, pinning, trashing and restoring, drafts, branches and search are each a
line or two against the history store, but the window must not call the store itself (the store's
API is not the UI's), and the rules around them belong in one tested place:

- the unsaved new chat's draft lives in the store (`save_draft(None, text)`); `create()` saves the
  new chat and moves that draft to it, in one transaction;
- search shows a chat once when its title and one of its messages both match (`merge_search_hits`);
- the branch on screen comes with each message's siblings in one query (`branch`);
- selecting a branch or deleting a message while that chat streams is refused (Refusal.BUSY),
  and a message that is gone is reported as Refusal.MESSAGE_GONE;
- the trash is emptied on request, and of chats older than 30 days at each start.

After each write, `changes` announces it (see services.changes) so views refresh themselves.
World errors are the store's typed `StoreError`s; refusals are `NothingToDo`. No Qt.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_chat.domain import ChatSettings, Conversation, Message, Price, Refusal, Summary
from desktop_chat.services.changes import Change, ChangeKind, Changes
from desktop_chat.services.refusals import NothingToDo
from desktop_chat.store.drafts import NEW_CHAT

if TYPE_CHECKING:
    from desktop_chat.domain import BranchMessage
    from desktop_chat.store import HistoryStore, SearchHit
    from desktop_chat.store.export import DocumentWords

LIST_LIMIT = 500
SEARCH_LIMIT = 50
TRASH_KEPT_DAYS = 30
_DAY_S = 86_400.0


def merge_search_hits(hits: Sequence[SearchHit]) -> list[SearchHit]:
    """Drop a chat's title hit when one of its messages matched too (the message is more precise).

    Order is kept (the store ranks them); several message hits of one chat all stay.
    """
    with_message = {h.conversation_id for h in hits if h.message_id}
    return [h for h in hits if h.message_id or h.conversation_id not in with_message]


@dataclass(frozen=True, slots=True)
class ChatUsage:
    """A chat's tokens in all (None: never reported) and their estimated cost in US dollars.

    `cost` is None when some model's price is unknown (a sum that leaves some out would mislead).
    """

    tokens: int | None
    cost: float | None


class ConversationsService:
    """The chats of one history; see the module docstring.

    `is_streaming(cid)` tells whether an answer is streaming in a chat (the chat service knows);
    without it nothing is refused as busy.
    """

    def __init__(
        self,
        store: HistoryStore,
        *,
        changes: Changes | None = None,
        is_streaming: Callable[[int], bool] | None = None,
    ) -> None:
        self._store = store
        self.changes = changes if changes is not None else Changes()
        self._is_streaming = is_streaming or (lambda _cid: False)

    def _changed(self, kind: ChangeKind, cid: int | None = None) -> None:
        self.changes.emit(Change(kind, cid))

    # --- reading -----------------------------------------------------------------------------------
    def list(self, *, archived: bool = False, limit: int = LIST_LIMIT) -> builtins.list[Conversation]:
        """Pinned first, then the most recently updated; trashed chats are left out."""
        return self._store.list_conversations(limit=limit, archived=archived)

    def get(self, cid: int) -> Conversation | None:
        return self._store.get_conversation(cid)

    def title(self, cid: int) -> str:
        """The chat's title; empty when it has none yet (or is gone): the UI names it then."""
        conversation = self._store.get_conversation(cid)
        return conversation.title if conversation is not None else ""

    def in_trash(self) -> builtins.list[Conversation]:
        return self._store.list_trash()

    def branch(
        self, cid: int, leaf_id: int | None = None, *, last: int | None = None
    ) -> builtins.list[BranchMessage]:
        """The branch on screen (root → current leaf, or `leaf_id`), each message with its siblings.

        `last`: only the newest messages of it (what a chat opening shows first), in one query too.
        """
        return self._store.branch_with_siblings(cid, leaf_id, limit=last)

    def last_message(self, cid: int) -> Message | None:
        """The last message of the branch on screen (None for an empty or vanished chat)."""
        conversation = self._store.get_conversation(cid)
        if conversation is None or conversation.current_leaf_id is None:
            return None
        return self._store.get_message(conversation.current_leaf_id)

    def usage_and_cost(self, cid: int, price_for: Callable[[str], Price | None]) -> ChatUsage:
        """The chat's tokens (answers, summaries, titles) and their estimated cost where prices are known."""
        total = 0
        cost = 0.0
        priced = True
        for model, usage in self._store.conversation_usage_by_model(cid):
            total += usage.known_total or 0
            price = price_for(model) if model else None
            amount = None if price is None else price.cost(usage)
            if amount is None:
                priced = False
            else:
                cost += amount
        return ChatUsage(total or None, cost if priced and total else None)

    def as_markdown(self, cid: int, words: DocumentWords | None = None) -> str:
        """The branch on screen as Markdown (Copy whole chat), in the UI's `words`."""
        return self._store.export_markdown(cid, words)

    def new_chat_draft(self) -> str:
        """What was typed into the new chat that is not saved yet."""
        return self._store.pending_draft()

    def search(self, query: str, *, limit: int = SEARCH_LIMIT) -> builtins.list[SearchHit]:
        """Ranked hits, one per chat unless several of its messages match; blank query: none."""
        if not query.strip():
            return []
        return merge_search_hits(self._store.search(query, limit=limit))

    # --- chats -------------------------------------------------------------------------------------
    def create(self, settings: ChatSettings) -> Conversation:
        """Save the new chat with `settings`; the new chat's draft (text and files) becomes its draft."""
        with self._store.transaction():
            created = self._store.create_conversation(
                model=settings.model, params=settings.params, system_prompt=settings.system_prompt
            )
            if settings.keep_turns:
                self._store.update_settings(created.id, keep_turns=settings.keep_turns)
            draft = self._store.pending_draft()
            if draft:
                self._store.save_draft(created.id, draft)
                self._store.save_pending_draft("")
            self._store.move_draft_attachments(NEW_CHAT, str(created.id))  # its files go with it
        conversation = self._store.get_conversation(created.id) or created
        self._changed(ChangeKind.LISTING, conversation.id)
        return conversation

    def rename(self, cid: int, title: str) -> None:
        self._store.rename_conversation(cid, title)
        self._changed(ChangeKind.LISTING, cid)

    def set_pinned(self, cid: int, pinned: bool) -> None:
        self._store.set_pinned(cid, pinned)
        self._changed(ChangeKind.LISTING, cid)

    def set_archived(self, cid: int, archived: bool) -> None:
        self._store.set_archived(cid, archived)
        self._changed(ChangeKind.LISTING, cid)

    def trash(self, cid: int) -> None:
        """Move a chat to the trash (restore() undoes it); stop its answer first."""
        self._store.trash_conversation(cid)
        self._changed(ChangeKind.LISTING, cid)

    def restore(self, cid: int) -> None:
        """Bring a chat back from the trash (Undo)."""
        self._store.restore_conversation(cid)
        self._changed(ChangeKind.LISTING, cid)

    def empty_trash(self) -> int:
        """Delete every chat in the trash for good; returns how many."""
        return self._purge(0.0)

    def purge_old_trash(self, days: float = TRASH_KEPT_DAYS) -> int:
        """Delete for good the chats trashed at least `days` ago (run at start, in the background)."""
        return self._purge(days * _DAY_S)

    def _purge(self, older_than_s: float) -> int:
        count = self._store.purge_trash(older_than_s)
        if count:
            self._changed(ChangeKind.LISTING)
        return count

    def optimize(self) -> None:
        """Tidy the search index and the query planner's statistics (in the background)."""
        self._store.optimize()

    def update_chat_settings(self, cid: int, settings: ChatSettings) -> None:
        self._store.update_settings(
            cid, model=settings.model, params=settings.params, system_prompt=settings.system_prompt,
            keep_turns=settings.keep_turns,
        )  # fmt: skip
        self._changed(ChangeKind.CHAT_SETTINGS, cid)

    def set_tools_enabled(self, cid: int, enabled: bool) -> None:
        """Offer the configured tools to the model in this chat, or not."""
        self._store.update_settings(cid, tools_enabled=enabled)
        self._changed(ChangeKind.CHAT_SETTINGS, cid)

    def whole_branch(self, cid: int) -> tuple[builtins.list[Message], builtins.list[Summary]]:
        """Every message of the branch on screen and the chat's summaries (for the context estimate).

        Long chats make this a big read: call it off the UI thread (the store is thread-safe).
        """
        return self._store.branch(cid), self._store.summaries(cid)

    # --- summaries ---------------------------------------------------------------------------------
    def summaries(self, cid: int) -> builtins.list[Summary]:
        """The chat's summaries on every branch (the chat view shows those of the branch on screen)."""
        return self._store.summaries(cid)

    def edit_summary(self, cid: int, sid: int, text: str) -> None:
        """The person's corrected summary; it is sent from the next request on."""
        if not text.strip():
            raise NothingToDo(Refusal.NOTHING_TO_SEND)
        try:
            self._store.edit_summary(sid, text.strip())
        except LookupError:
            raise NothingToDo(Refusal.MESSAGE_GONE) from None
        self._changed(ChangeKind.MESSAGES, cid)

    def remove_summary(self, cid: int, sid: int) -> None:
        """Forget a summary: the earlier messages are sent again, as far as they fit."""
        self._store.delete_summary(sid)
        self._changed(ChangeKind.MESSAGES, cid)

    def save_draft(self, cid: int | None, text: str) -> None:
        """Keep the unsent text of a chat, or of the new chat (`cid` None); the list order stays."""
        if cid is None:
            self._store.save_pending_draft(text)
        else:
            self._store.save_draft(cid, text)
        self._changed(ChangeKind.DRAFT, cid)

    # --- messages ----------------------------------------------------------------------------------
    def select_branch(self, cid: int, mid: int) -> int:
        """Show the branch through `mid` (‹ 2/3 ›, a search hit); returns the new last message's id."""
        self._refuse_if_streaming(cid)
        try:
            leaf = self._store.select_branch(cid, mid)
        except LookupError:
            raise NothingToDo(Refusal.MESSAGE_GONE) from None
        self._changed(ChangeKind.MESSAGES, cid)
        return leaf

    def delete_message(self, mid: int) -> None:
        """Delete a message and everything under it; the branch falls back to a sibling or parent."""
        message = self._store.get_message(mid)
        if message is None:
            raise NothingToDo(Refusal.MESSAGE_GONE)
        self._refuse_if_streaming(message.conversation_id)
        self._store.delete_message(mid)
        self._changed(ChangeKind.MESSAGES, message.conversation_id)

    def _refuse_if_streaming(self, cid: int) -> None:
        if self._is_streaming(cid):
            raise NothingToDo(Refusal.BUSY)
