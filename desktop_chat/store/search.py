"""Full-text search over titles, messages, reasoning and attachments: ranked hits with snippets.

Why: a `LIKE '%word%'` scan reads every message ever written, so it slows down with every chat the
user keeps. Two contentless FTS5 indexes (`message_index`, `title_index`, kept in step by triggers,
see migrations.py) answer from the inverted index instead. Ranking is FTS5's bm25 (reasoning counts
less than the answer itself). bm25 values from two indexes are not comparable, so chats whose
title matches come first (at most half the results when messages match too), then messages.
Trashed conversations are left out. Attachments' names and document text (`attachment_index`)
are found as hits on the message that carries them, snippet from the text or the name.

bm25 costs a few microseconds per matching row, so ranking all 150,000 messages that contain a
common word takes ~300 ms. Ranking is therefore done over the newest RANK_WINDOW matches (message
ids grow with time): every match is ranked when there are fewer, and a common word still finds
its most relevant recent messages; another word narrows the search to full ranking again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..domain import Role
from .fts_text import ParsedQuery, leading_html, parse_query, snippet_html

RANK_WINDOW = 2000


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result. `message_id` None means the conversation's title matched.

    `snippet_html` is HTML-escaped with the matched words in <b>…</b>; `rank` is FTS5's bm25 within
    its kind (title or message), lower is better.
    """

    conversation_id: int
    message_id: int | None
    conversation_title: str
    role: Role | None
    snippet_html: str
    rank: float
    created_at: float


def search(conn: sqlite3.Connection, query: str, *, limit: int = 50) -> list[SearchHit]:
    parsed = parse_query(query)
    if parsed is None or limit <= 0:
        return []
    titles = _title_hits(conn, parsed, limit)
    found = _message_hits(conn, parsed, limit)
    seen = {h.message_id for h in found}
    found += [h for h in _attachment_hits(conn, parsed, limit) if h.message_id not in seen]
    found.sort(key=lambda h: (h.rank, -h.created_at))
    keep = len(titles) if not found else min(len(titles), max(1, limit // 2))
    return (titles[:keep] + found)[:limit]


def _message_hits(conn: sqlite3.Connection, parsed: ParsedQuery, limit: int) -> list[SearchHit]:
    fetch = limit
    while True:
        ranked = conn.execute(
            "SELECT rowid, rank FROM (SELECT rowid, rank FROM message_index WHERE message_index MATCH ? "
            "ORDER BY rowid DESC LIMIT ?) ORDER BY rank LIMIT ?",
            (parsed.fts, max(RANK_WINDOW, fetch), fetch),
        ).fetchall()
        if not ranked:
            return []
        ranks = {int(r[0]): float(r[1]) for r in ranked}
        marks = ",".join("?" * len(ranks))
        rows = conn.execute(
            "SELECT m.id, m.conversation_id, m.role, m.content, m.reasoning, m.created_at, c.title "
            "FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            f"WHERE m.id IN ({marks}) AND c.trashed_at IS NULL",
            tuple(ranks),
        ).fetchall()
        if len(rows) >= limit or len(ranked) < fetch:
            break
        fetch *= 4  # some hits were in the trash: look further down the ranking
    hits = []
    for mid, cid, role, content, reasoning, created, title in rows:
        snippet = snippet_html(content, parsed.highlight) or snippet_html(reasoning, parsed.highlight)
        hits.append(
            SearchHit(
                conversation_id=int(cid),
                message_id=int(mid),
                conversation_title=str(title),
                role=Role(role),
                snippet_html=snippet or leading_html(content or reasoning),
                rank=ranks[int(mid)],
                created_at=float(created),
            )
        )
    return hits


def _attachment_hits(conn: sqlite3.Connection, parsed: ParsedQuery, limit: int) -> list[SearchHit]:
    """Attachments whose name or document text matches, each as a hit on its message (the best
    one when a message has several); drafts' chips are not indexed."""
    rows = conn.execute(
        "SELECT a.message_id, m.conversation_id, m.role, m.created_at, c.title, a.name, a.text, t.rank "
        "FROM (SELECT rowid, rank FROM attachment_index WHERE attachment_index MATCH ? "
        "ORDER BY rank LIMIT ?) AS t "
        "JOIN attachments a ON a.id = t.rowid JOIN messages m ON m.id = a.message_id "
        "JOIN conversations c ON c.id = m.conversation_id WHERE c.trashed_at IS NULL ORDER BY t.rank",
        (parsed.fts, max(limit, 1) * 2),
    ).fetchall()
    hits: dict[int, SearchHit] = {}
    for mid, cid, role, created, title, name, text, rank in rows:
        if int(mid) in hits:
            continue
        snippet = snippet_html(text, parsed.highlight) or snippet_html(name, parsed.highlight, width=200)
        hits[int(mid)] = SearchHit(
            conversation_id=int(cid),
            message_id=int(mid),
            conversation_title=str(title),
            role=Role(role),
            snippet_html=snippet or leading_html(name),
            rank=float(rank),
            created_at=float(created),
        )
    return list(hits.values())[:limit]


def _title_hits(conn: sqlite3.Connection, parsed: ParsedQuery, limit: int) -> list[SearchHit]:
    rows = conn.execute(
        "SELECT c.id, c.title, c.created_at, t.rank FROM "
        "(SELECT rowid, rank FROM title_index WHERE title_index MATCH ? ORDER BY rank LIMIT ?) AS t "
        "JOIN conversations c ON c.id = t.rowid WHERE c.trashed_at IS NULL",
        (parsed.fts, limit),
    ).fetchall()
    return [
        SearchHit(
            conversation_id=int(cid),
            message_id=None,
            conversation_title=str(title),
            role=None,
            snippet_html=snippet_html(title, parsed.highlight, width=200) or leading_html(title),
            rank=float(rank),
            created_at=float(created),
        )
        for cid, title, created, rank in rows
    ]
