"""How long the chat list takes to show 10,000 chats and search results (offscreen).

Run: `.venv/bin/python benchmarks/bench_conversation_list.py`
Prints the median of several runs; budgets (not asserted): set_conversations(10k) < 100 ms,
a repaint of the visible rows < 16 ms. Baseline in the same run: the same 10,000 chats as a
QListWidget with one item per chat (the simple way, no grouping, no delegate).
"""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QListWidget

from desktop_chat.domain import Conversation
from desktop_chat.ui.conversations.panel import ConversationListPanel


@dataclass(frozen=True)
class Hit:
    conversation_id: int
    message_id: int | None
    conversation_title: str
    snippet_html: str


def median_ms(fn, runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    now = time.time()
    convs = [Conversation(i, f"Chat number {i} about something", now - i * 900, now - i * 900,
                          pinned=i % 500 == 0) for i in range(1, 10_001)]
    panel = ConversationListPanel()
    panel.resize(300, 800)
    panel.show()
    app.processEvents()

    def feed() -> None:
        panel.set_conversations(convs, now=now)
        app.processEvents()

    ours = median_ms(feed)
    baseline_widget = QListWidget()
    baseline_widget.resize(300, 800)
    baseline_widget.show()

    def feed_baseline() -> None:
        baseline_widget.clear()
        baseline_widget.addItems([c.title for c in convs])
        app.processEvents()

    baseline = median_ms(feed_baseline)
    print(f"set_conversations(10,000) + layout: {ours:7.1f} ms   "
          f"(baseline QListWidget.addItems: {baseline:.1f} ms; ours/baseline {ours / baseline:.2f}×)")
    repaint = median_ms(lambda: panel.list_view.viewport().grab())
    print(f"repaint visible rows:               {repaint:7.1f} ms")
    panel.search_box.setText("report")
    hits = [Hit(i, i, f"Chat {i}", "the quarterly <b>report</b> shows … " * 3) for i in range(200)]

    def search() -> None:
        panel.set_search_results("report", hits)
        panel.results_view.viewport().grab()

    print(f"200 search hits shown + painted:    {median_ms(search):7.1f} ms")
    step = median_ms(lambda: [panel.select_adjacent(1) for _ in range(100)])
    print(f"select_adjacent x100:               {step:7.1f} ms")


if __name__ == "__main__":
    main()
