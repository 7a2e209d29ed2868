"""The Usage window: tokens and estimated cost per day, per model and per chat over a chosen period.

`open_usage_window(parent, service, tasks)` shows the one window (raising it if it is open);
`UsageWindow` holds the period and grouping choosers, the totals, a chart drawn with QPainter
(`chart.UsageChart`), the table (`table.UsageTableModel`) and Export CSV. The numbers come from
`services.usage.UsageService`, always on a worker thread; the words are in `words`.
"""

from __future__ import annotations

from desktop_chat.ui.usage.window import UsageWindow, open_usage_window

__all__ = ["UsageWindow", "open_usage_window"]
