"""Token usage over a period, per local day, chat, model and purpose — the Usage window's one query.

Why a module of its own: the Usage window sums every answer of a period (a year of answers is
hundreds of thousands of rows), so the grouping is done by SQLite, not in Python: answers are found
through the partial index `answers_by_time` (assistant messages by `created_at`) and the app's own
side requests (summaries, titles) through `side_usage_by_time`; each group comes back as one
`UsageRow`. Days are the local calendar day of the request (`date(…, 'localtime')`), the same days
the person sees in the window. Chats in the trash still count: their tokens were spent. Answers
without any token count (the gateway reported no `usage`) are left out: nothing is known of them.

`record_side` adds one side request; like every store helper it never commits (the caller's
transaction does).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from ..domain import SideRequest, Usage

__all__ = ["UsageRow", "record_side", "rows"]


@dataclass(frozen=True, slots=True)
class UsageRow:
    """The tokens of one (day, chat, model, purpose) group of requests."""

    day: dt.date  # the local calendar day of the requests
    conversation_id: int | None  # None: the chat was deleted since (side requests only)
    title: str  # "" when the chat is gone (or has no title)
    model: str  # "" when unknown
    purpose: SideRequest | None  # None: answers
    prompt_tokens: int
    completion_tokens: int
    requests: int


# Grouped first, joined with the chats' titles after: the join then runs once per group, not once
# per answer. `INDEXED BY` makes a query that could not use the index an error rather than a scan.
_ROWS = """
SELECT g.day, g.conversation_id, coalesce(c.title, ''), g.model, g.purpose,
       g.prompt_tokens, g.completion_tokens, g.requests
FROM (
    SELECT date(m.created_at, 'unixepoch', 'localtime') AS day,
           m.conversation_id AS conversation_id,
           coalesce(m.model, '') AS model,
           NULL AS purpose,
           sum(coalesce(m.prompt_tokens, 0)) AS prompt_tokens,
           sum(coalesce(m.completion_tokens, 0)) AS completion_tokens,
           count(*) AS requests
    FROM messages AS m INDEXED BY answers_by_time
    WHERE m.role = 'assistant' AND m.created_at >= :since AND m.created_at < :until
      AND (m.prompt_tokens IS NOT NULL OR m.completion_tokens IS NOT NULL)
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT date(s.created_at, 'unixepoch', 'localtime'),
           s.conversation_id,
           coalesce(s.model, ''),
           s.purpose,
           sum(coalesce(s.prompt_tokens, 0)),
           sum(coalesce(s.completion_tokens, 0)),
           count(*)
    FROM side_usage AS s INDEXED BY side_usage_by_time
    WHERE s.created_at >= :since AND s.created_at < :until
      AND (s.prompt_tokens IS NOT NULL OR s.completion_tokens IS NOT NULL)
    GROUP BY 1, 2, 3, 4
) AS g
LEFT JOIN conversations AS c ON c.id = g.conversation_id
ORDER BY g.day, g.conversation_id, g.model, g.purpose
"""


def rows(conn: sqlite3.Connection, since: float, until: float) -> list[UsageRow]:
    """Every group of requests made from `since` (included) to `until` (excluded), Unix seconds."""
    out: list[UsageRow] = []
    for day, cid, title, model, purpose, prompt, completion, requests in conn.execute(
        _ROWS, {"since": since, "until": until}
    ):
        out.append(
            UsageRow(
                day=dt.date.fromisoformat(day),
                conversation_id=None if cid is None else int(cid),
                title=str(title),
                model=str(model),
                purpose=None if purpose is None else SideRequest(purpose),
                prompt_tokens=int(prompt),
                completion_tokens=int(completion),
                requests=int(requests),
            )
        )
    return out


def record_side(
    conn: sqlite3.Connection,
    purpose: SideRequest,
    conversation_id: int | None,
    model: str,
    usage: Usage | None,
    now: float,
) -> None:
    """Count one side request (a summary, a title); its tokens may be unknown (no `usage` came)."""
    prompt = None if usage is None else usage.prompt_tokens
    completion = None if usage is None else usage.completion_tokens
    conn.execute(
        "INSERT INTO side_usage (conversation_id, purpose, model, prompt_tokens, completion_tokens, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (conversation_id, SideRequest(purpose).value, model or None, prompt, completion, now),
    )
