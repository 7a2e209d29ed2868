"""History at scale: 10,000 conversations / 1,000,000 messages, timed through the real HistoryStore.

Run:  PYTHONPATH=. .venv/bin/python benchmarks/history_scale.py            (full size, ~1 GB file)
      PYTHONPATH=. .venv/bin/python benchmarks/history_scale.py --conversations 500 --messages 50000

Prints the median of several runs for: open + list the newest 100 conversations; load the last 50
messages of a 2,000-message conversation; that whole branch with each message's sibling ids in one
query (`branch_with_siblings`) beside `branch()` plus one `siblings()` per message; a one-word
search; a Chinese substring search; the same one-word search as a `LIKE '%word%'` scan (the
baseline of clients without an index); the insert rate of streamed text; file size with and
without the search index. Budgets (printed, not asserted): list ≤ 20 ms, load ≤ 30 ms, branch with
siblings ≤ 50 ms, search ≤ 50 ms and ≥ 20× faster than LIKE, index ≤ 1.5× text.

The database is built once (bulk insert in one transaction, FTS index built after) and cached
under the temp dir, keyed by the data-generator version, schema version and size; `--rebuild`
forces a new one. Text is synthetic but shaped like real chats: Zipf-distributed words,
log-normal lengths (questions ~35 words, answers ~200), some reasoning, 3 % Chinese chats, and
regenerated answers as sibling branches.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_chat.domain import EndReason, GenerationParams, MessageStatus, Role
from desktop_chat.store import LATEST_VERSION, HistoryStore
from desktop_chat.store.fts_text import index_text, parse_query
from desktop_chat.store.migrations import M002_SEARCH_AND_IDENTITY

GENERATOR_VERSION = 4
BIG_CHAT = 2000
SEARCH_RANK = 1500  # the searched word's rank in the Zipf vocabulary: in ~0.5 % of messages
FREQUENT_RANK = 60  # a very common word, for an extra (unbudgeted) figure
CHINESE_QUERY = "数据库"  # placed at rank SEARCH_RANK of the Chinese vocabulary, like the Latin word
_COMMON_TEXT = """
the of and to a in is it you that for was on are with as be this have or at by not from but what
all were when we there can an your which their if do will each about how up out them then she many
some so these would other into has more her two like him see time could no make than first been its
who now people my made over did down only way find use may water long little very after words called
"""
_COMMON = _COMMON_TEXT.split()
_ZH_TEXT = """
数据 数据库 系统 服务器 迁移 备份 网络 用户 问题 方法 需要 我们 可以 这个 一个 进行 使用 发展 工作
公司 市场 时间 计划 报告 会议 客户 产品 设计 测试 部署 配置 文件 目录 权限 安全 性能 优化 分析 结果
模型 训练 推理 参数 文档 翻译 总结 邮件 同事 项目 预算 季度 销售 增长 成本 风险 建议 步骤 例如 因为
所以 但是 如果 然后 已经 还是 非常 重要 简单 复杂 问题 答案 解释 说明 代码 函数 变量 错误 日志 版本
"""
_ZH_WORDS = _ZH_TEXT.split()
_COMMON_HANZI = (
    "的一是不了人在有我他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对"
    "可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同"
    "三已老从动两长"
)
_ZH_CHARS = "".join(dict.fromkeys("".join(_ZH_WORDS) + _COMMON_HANZI))


def _chinese_vocabulary(rng: random.Random, size: int) -> list[str]:
    """Real words first, then made-up 1-3 character words; the query word at SEARCH_RANK."""
    words = [w for w in dict.fromkeys(_ZH_WORDS) if w != CHINESE_QUERY]
    seen = set(words) | {CHINESE_QUERY}
    while len(words) < size:
        w = "".join(rng.choice(_ZH_CHARS) for _ in range(rng.choice((1, 2, 2, 2, 2, 3, 3))))
        if w not in seen:
            seen.add(w)
            words.append(w)
    words.insert(SEARCH_RANK, CHINESE_QUERY)
    return words


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    syllables = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou", "er")]
    words = list(_COMMON)
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(syllables) for _ in range(rng.choice((2, 2, 3, 3, 4))))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


class TextMaker:
    """Zipf-distributed words with log-normal message lengths."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = _vocabulary(rng, 30_000)
        weights = [1 / (r + 1) ** 1.05 for r in range(len(self.words))]
        self.cum = list(_accumulate(weights))
        self.zh_words = _chinese_vocabulary(rng, 8_000)
        zh_weights = [1 / (r + 1) ** 1.05 for r in range(len(self.zh_words))]
        self.zh_cum = list(_accumulate(zh_weights))

    def latin(self, median_words: int) -> str:
        n = max(1, min(3000, int(self.rng.lognormvariate(math.log(median_words), 0.8))))
        words = self.rng.choices(self.words, cum_weights=self.cum, k=n)
        sentences = []
        for i in range(0, n, 14):
            part = words[i : i + 14]
            part[0] = part[0].capitalize()
            sentences.append(" ".join(part) + ".")
        return " ".join(sentences)

    def chinese(self, median_words: int) -> str:
        n = max(1, min(1500, int(self.rng.lognormvariate(math.log(median_words), 0.8))))
        words = self.rng.choices(self.zh_words, cum_weights=self.zh_cum, k=n)
        return "".join(w + ("，" if i % 9 == 8 else "") for i, w in enumerate(words)) + "。"


def _accumulate(values: list[float]) -> Iterator[float]:
    total = 0.0
    for v in values:
        total += v
        yield total


def _sizes(rng: random.Random, conversations: int, messages: int) -> list[int]:
    """Messages per conversation: one chat of exactly BIG_CHAT, the rest log-normal, summing up."""
    rest = messages - BIG_CHAT
    raw = [rng.lognormvariate(0, 1.0) for _ in range(conversations - 1)]
    scale = rest / sum(raw)
    sizes = [max(2, round(x * scale)) for x in raw]
    sizes[-1] += rest - sum(sizes)
    if sizes[-1] < 2:
        sizes[sizes.index(max(sizes))] -= 2 - sizes[-1]
        sizes[-1] = 2
    return [BIG_CHAT, *sizes]


def build(path: Path, conversations: int, messages: int) -> None:
    rng = random.Random(1234)
    text = TextMaker(rng)
    tmp = path.with_name(path.name + ".building")
    for p in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        p.unlink(missing_ok=True)
    HistoryStore.open(tmp, backup_dir=tmp.parent / "bench-backups").close()
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.create_function("dc_search_text", 1, index_text, deterministic=True)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    triggers = [s for s in M002_SEARCH_AND_IDENTITY.statements if s.startswith("CREATE TRIGGER")]
    names = [s.split()[2] for s in triggers]
    conn.execute("BEGIN")
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    sizes = _sizes(rng, conversations, messages)
    now = time.time()
    start_time = now - 3 * 365 * 86400
    mid = 0
    started = time.monotonic()
    conv_rows: list[tuple[object, ...]] = []
    msg_rows: list[tuple[object, ...]] = []
    done_msgs = 0
    for cid, size in enumerate(sizes, start=1):
        chinese = cid % 33 == 0
        t = start_time + (cid / len(sizes)) * (now - start_time - 86400) + rng.uniform(0, 3600)
        created = t
        parent: int | None = None
        made = 0
        last_user: int | None = None
        first_user = ""
        while made < size:
            role_user = made % 2 == 0 or last_user is None
            mid += 1
            if role_user:
                body = text.chinese(20) if chinese else text.latin(25)
                first_user = first_user or body
                msg_rows.append(
                    (
                        mid,
                        cid,
                        parent,
                        "user",
                        body,
                        "",
                        None,
                        "{}",
                        None,
                        None,
                        None,
                        None,
                        "complete",
                        None,
                        t,
                        t,
                        None,
                    )
                )
                last_user = mid
            else:
                body = text.chinese(120) if chinese else text.latin(150)
                reasoning = text.latin(40) if rng.random() < 0.1 else ""
                usage = (rng.randint(50, 4000), rng.randint(20, 2000))
                msg_rows.append(
                    (mid, cid, last_user, "assistant", body, reasoning, "claude-sonnet-4-5", "{}", usage[0],
                     usage[1], usage[0] + usage[1], "stop", "complete", None, t, t + 3, 2500)
                )  # fmt: skip
                if made + 1 < size and cid != 1 and rng.random() < 0.03:  # a regenerated sibling
                    mid += 1
                    made += 1
                    alt = text.chinese(120) if chinese else text.latin(150)
                    msg_rows.append(
                        (mid, cid, last_user, "assistant", alt, "", "gemini-2.5-flash", "{}", None, None,
                         None, "stop", "complete", None, t + 30, t + 33, 1800)
                    )  # fmt: skip
            parent = mid
            made += 1
            t += rng.uniform(5, 600)
        title = first_user[:60]
        conv_rows.append(
            (cid, f"{rng.getrandbits(128):032x}", title, created, t, int(cid % 1000 == 7), int(cid % 20 == 3),
             "claude-sonnet-4-5", "{}", "", "", mid)
        )  # fmt: skip
        if len(msg_rows) >= 20_000 or cid == len(sizes):
            conn.executemany(
                "INSERT INTO conversations (id, uid, title, created_at, updated_at, pinned, archived, model, "
                "params, system_prompt, draft, current_leaf_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                conv_rows,
            )
            conn.executemany(
                "INSERT INTO messages (id, conversation_id, parent_id, role, content, reasoning, model, "
                "params, prompt_tokens, completion_tokens, total_tokens, finish_reason, status, error, "
                "created_at, updated_at, latency_ms) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                msg_rows,
            )
            done_msgs += len(msg_rows)
            conv_rows.clear()
            msg_rows.clear()
            rate = done_msgs / (time.monotonic() - started)
            print(f"\r  inserted {done_msgs:>9,} messages ({rate:,.0f}/s)", end="", flush=True)
    conn.execute("UPDATE messages SET end_reason = 'finished' WHERE role = 'assistant'")
    print(f"\n  building the search index over {done_msgs:,} messages…", flush=True)
    t0 = time.monotonic()
    conn.execute(
        "INSERT INTO message_index(rowid, content, reasoning) "
        "SELECT id, dc_search_text(content), dc_search_text(reasoning) FROM messages "
        "WHERE status <> 'streaming'"
    )
    conn.execute("INSERT INTO title_index(rowid, title) SELECT id, dc_search_text(title) FROM conversations")
    conn.execute("INSERT INTO message_index(message_index) VALUES ('optimize')")
    for statement in triggers:
        conn.execute(statement)
    conn.execute("COMMIT")
    print(f"  index built in {time.monotonic() - t0:.0f} s; analysing…", flush=True)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    tmp.replace(path)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up (page cache, statement cache)
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def mark(ok: bool) -> str:
    return "ok  " if ok else "OVER"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--conversations", type=int, default=10_000)
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "desktop-chat-bench")
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    if args.messages < BIG_CHAT + 2 * (args.conversations - 1):
        ap.error(f"--messages must be at least {BIG_CHAT + 2 * (args.conversations - 1)}")
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    name = f"history-g{GENERATOR_VERSION}-s{LATEST_VERSION}-{args.conversations}c-{args.messages}m.sqlite3"
    path = args.cache_dir / name
    if args.rebuild or not path.exists():
        print(
            f"Building {path} ({args.conversations:,} conversations, {args.messages:,} messages)…", flush=True
        )
        t0 = time.monotonic()
        build(path, args.conversations, args.messages)
        print(f"  built in {time.monotonic() - t0:.0f} s", flush=True)
    else:
        print(f"Using cached {path}")

    runs = args.runs
    results: list[str] = []

    def report(label: str, value: str, verdict: str = "") -> None:
        line = f"{label:<52}{value:>16}  {verdict}"
        results.append(line)
        print(line, flush=True)

    def open_and_list() -> None:
        s = HistoryStore.open(path)
        s.list_conversations(limit=100)
        s._db.close()

    t_list = median_ms(open_and_list, runs)
    store = HistoryStore.open(path)

    def matches(query: str) -> int:
        parsed = parse_query(query)
        assert parsed is not None
        with store._db.read() as conn:
            sql = "SELECT count(*) FROM message_index WHERE message_index MATCH ?"
            return int(conn.execute(sql, (parsed.fts,)).fetchone()[0])

    try:
        vocabulary = TextMaker(random.Random(1234)).words  # the same seed as the build
        word, frequent = vocabulary[SEARCH_RANK], vocabulary[FREQUENT_RANK]
        hits_word = matches(word)
        with store._db.read() as conn:
            total = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        report("open + list newest 100 conversations", f"{t_list:.2f} ms", mark(t_list <= 20) + " (≤ 20 ms)")
        t_load = median_ms(lambda: store.branch_tail(1, 50), runs)
        assert len(store.branch_tail(1, 50)) == 50 and len(store.branch(1)) == BIG_CHAT
        report(
            f"last 50 of a {BIG_CHAT:,}-message chat", f"{t_load:.2f} ms", mark(t_load <= 30) + " (≤ 30 ms)"
        )

        # The branch on screen with each message's sibling ids: one query, against the per-message way.
        def per_message() -> list[tuple[int, ...]]:
            return [tuple(s.id for s in store.siblings(m.id)) for m in store.branch(1)]

        one_query = store.branch_with_siblings(1)
        assert [b.sibling_ids for b in one_query] == per_message() and len(one_query) == BIG_CHAT
        t_one = median_ms(lambda: store.branch_with_siblings(1), runs)
        t_many = median_ms(per_message, max(3, runs // 2))
        report(
            f"branch + sibling ids of a {BIG_CHAT:,}-message chat",
            f"{t_one:.2f} ms",
            mark(t_one <= 50) + " (≤ 50 ms; one query)",
        )
        report(
            f"  baseline branch() + {BIG_CHAT:,} siblings() calls",
            f"{t_many:.2f} ms",
            f"({t_many / t_one:,.1f}× the one query)",
        )
        t_search = median_ms(lambda: store.search(word), runs)
        n_hits = len(store.search(word))
        report(
            f"search '{word}' ({hits_word:,} of {total:,} msgs match)",
            f"{t_search:.2f} ms",
            mark(t_search <= 50) + f" (≤ 50 ms; {n_hits} hits returned)",
        )
        t_zh = median_ms(lambda: store.search(CHINESE_QUERY), runs)
        report(
            f"Chinese substring '{CHINESE_QUERY}' ({matches(CHINESE_QUERY):,} msgs match)",
            f"{t_zh:.2f} ms",
            mark(t_zh <= 50) + " (≤ 50 ms)",
        )
        for extra in (frequent, "数据", "据库", "的"):
            t_extra = median_ms(lambda q=extra: store.search(q), max(3, runs // 2))
            report(f"  (extra) '{extra}' ({matches(extra):,} msgs match)", f"{t_extra:.2f} ms", "(no budget)")

        def like_scan() -> None:
            with store._db.read() as conn:
                conn.execute(
                    "SELECT id FROM messages WHERE content LIKE ? OR reasoning LIKE ? "
                    "ORDER BY created_at DESC LIMIT 50",
                    (f"%{word}%", f"%{word}%"),
                ).fetchall()

        t_like = median_ms(like_scan, max(3, runs // 2))
        speedup = t_like / t_search
        report(
            f"baseline LIKE '%{word}%' scan",
            f"{t_like:.1f} ms",
            mark(speedup >= 20) + f" (FTS {speedup:,.0f}× faster; ≥ 20×)",
        )

        # Streamed text: the real writer, with its 0.5 s flush, then flushing on every chunk.
        conv = store.create_conversation(title="bench stream")
        q = store.add_message(conv.id, parent_id=None, role=Role.USER, content="q")
        writer = store.start_answer(conv.id, parent_id=q.id, model="m", params=GenerationParams())
        chunks = 50_000
        t0 = time.perf_counter()
        for i in range(chunks):
            writer.append(f"tok{i % 10} ")
        writer.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED)
        elapsed = time.perf_counter() - t0
        report(
            "streamed chunks appended (0.5 s flush)",
            f"{chunks / elapsed:,.0f} /s",
            f"({len(writer.text) / elapsed / 1e6:.1f} M chars/s)",
        )
        writer = store.start_answer(
            conv.id, parent_id=q.id, model="m", params=GenerationParams(), flush_interval=0
        )
        samples = []
        for i in range(2000):
            t0 = time.perf_counter()
            writer.append(f"tok{i % 10} ")
            samples.append((time.perf_counter() - t0) * 1000)
        writer.finish(status=MessageStatus.INTERRUPTED, end_reason=EndReason.STOPPED)
        report(
            "one flush (commit) of a streamed chunk",
            f"{statistics.median(samples):.3f} ms",
            f"(p99 {sorted(samples)[int(len(samples) * 0.99)]:.3f} ms; "
            f"{1000 / statistics.median(samples):,.0f} commits/s)",
        )
        store.trash_conversation(conv.id)
        store.purge_trash()

        with store._db.read() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            index_bytes = conn.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'message_index%' OR name LIKE 'title_index%'"
            ).fetchone()[0]
            text_bytes = (
                conn.execute(
                    "SELECT sum(length(CAST(content AS BLOB)) + length(CAST(reasoning AS BLOB))) "
                    "FROM messages"
                ).fetchone()[0]
                + conn.execute("SELECT sum(length(CAST(title AS BLOB))) FROM conversations").fetchone()[0]
            )
    finally:
        store.close()
    size = path.stat().st_size
    report("file size with the search index", f"{size / 1e6:,.0f} MB")
    report("file size without it (index pages subtracted)", f"{(size - index_bytes) / 1e6:,.0f} MB")
    ratio = index_bytes / text_bytes
    report(
        "index size / text size",
        f"{ratio:.2f}×",
        mark(ratio <= 1.5) + f" (≤ 1.5×; text {text_bytes / 1e6:,.0f} MB)",
    )
    print(f"\n(medians of {runs} runs after a warm-up; OS page cache warm; {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
