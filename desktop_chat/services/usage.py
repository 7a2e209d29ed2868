"""Tokens and estimated cost over a period: per day, per model, per chat, and as a CSV file.

Why a service: the Usage window, its chart and its CSV export must add the same numbers the same
way, and that arithmetic (periods in local time, every day of a period present for the chart,
costs that are unknown rather than $0 when a model has no price) is testable without Qt.

- `UsagePeriod` names a period (last 7 days … all time, or custom dates); `bounds()` gives the
  Unix seconds of its first local midnight and of the midnight after its last day.
- `UsageService(store, price_for)`: `report(period) -> UsageReport` and
  `write_csv(path, report, grouping)`. Both block (SQLite, the disk): the UI calls them on a worker
  thread. `report` reads through a read-only connection of its own, so a year of a large history
  never holds the window's store while it is summed.
- Costs: `price_for(model)` gives the estimated list price of a model, or None when none is known;
  a figure with tokens of an unpriced model carries `CostEstimate.unpriced` and is never shown as
  complete. Side requests (summaries, titles) are folded into their chat in `by_chat` (what a chat
  cost is what it cost) and into their model in `by_model`; `by_purpose` keeps them apart, and
  side requests of a chat deleted since form one line with `conversation_id` None.
- The CSV file is UTF-8 with a byte-order mark (Excel then reads it as UTF-8), one header row of
  fixed column names (data names, not sentences: a spreadsheet formula may refer to them), ISO
  dates, plain numbers, costs with four decimals in a column named `estimated_cost_usd`, left empty
  when unknown, with `price_known` (yes / no / partly) beside it. Cells that a spreadsheet would run
  as a formula (a title starting with "=", "+", "-", "@") get a leading apostrophe. Written
  atomically; a file that cannot be written raises the store's `FileNotWritten`/`DiskFullError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_chat.domain import Price, SideRequest, Usage
from desktop_chat.paths import write_text_atomically
from desktop_chat.store import HistoryStore
from desktop_chat.store.export import file_error
from desktop_chat.store.usage import UsageRow

__all__ = [
    "ChatUsage",
    "CostEstimate",
    "DayUsage",
    "ModelUsage",
    "PeriodKind",
    "PriceKnown",
    "PriceLookup",
    "PurposeUsage",
    "Tally",
    "UsageGrouping",
    "UsagePeriod",
    "UsageReport",
    "UsageRow",
    "UsageService",
    "build_report",
    "csv_text",
    "local_midnight",
]

PriceLookup = Callable[[str], Price | None]


class PeriodKind(enum.Enum):
    LAST_7_DAYS = "last_7_days"  # today and the six days before
    LAST_30_DAYS = "last_30_days"
    THIS_MONTH = "this_month"  # the 1st to today
    LAST_MONTH = "last_month"  # the whole previous calendar month
    THIS_YEAR = "this_year"  # 1 January to today
    ALL_TIME = "all_time"  # from the first day with any usage to today
    CUSTOM = "custom"  # `first` to `last`, both included


@dataclass(frozen=True, slots=True)
class UsagePeriod:
    """A span of local calendar days; `first` and `last` (included) only for CUSTOM."""

    kind: PeriodKind
    first: dt.date | None = None
    last: dt.date | None = None

    @classmethod
    def custom(cls, first: dt.date, last: dt.date) -> UsagePeriod:
        """From `first` to `last`, both included (given the wrong way round, they are swapped)."""
        return cls(PeriodKind.CUSTOM, min(first, last), max(first, last))

    def days(self, today: dt.date | None = None) -> tuple[dt.date | None, dt.date]:
        """The first and last day (included); the first is None for ALL_TIME (the data decides)."""
        today = today or dt.date.today()
        kind = self.kind
        if kind is PeriodKind.LAST_7_DAYS:
            return today - dt.timedelta(days=6), today
        if kind is PeriodKind.LAST_30_DAYS:
            return today - dt.timedelta(days=29), today
        if kind is PeriodKind.THIS_MONTH:
            return today.replace(day=1), today
        if kind is PeriodKind.LAST_MONTH:
            last = today.replace(day=1) - dt.timedelta(days=1)
            return last.replace(day=1), last
        if kind is PeriodKind.THIS_YEAR:
            return dt.date(today.year, 1, 1), today
        if kind is PeriodKind.ALL_TIME:
            return None, today
        if self.first is None or self.last is None:
            raise ValueError("a custom period needs its first and last day")
        return min(self.first, self.last), max(self.first, self.last)

    def bounds(self, today: dt.date | None = None) -> tuple[float, float]:
        """(since, until): Unix seconds of the first day's local midnight and of the one after the last."""
        first, last = self.days(today)
        since = 0.0 if first is None else local_midnight(first)
        return since, local_midnight(last + dt.timedelta(days=1))


def local_midnight(day: dt.date) -> float:
    """Unix seconds of the start of `day` in local time (daylight saving included)."""
    return dt.datetime.combine(day, dt.time()).timestamp()


class UsageGrouping(enum.Enum):
    """How the table and the CSV file split the period."""

    DAY = "day"
    MODEL = "model"
    CHAT = "chat"


class PriceKnown(enum.Enum):
    YES = "yes"  # every token had a price (or there were none)
    NO = "no"  # no token had a price
    PARTLY = "partly"


@dataclass(frozen=True, slots=True)
class CostEstimate:
    """An estimated cost in dollars: the priced tokens' part, and whether some tokens had no price."""

    dollars: float = 0.0
    priced: bool = False  # some tokens had a price
    unpriced: bool = False  # some tokens had none: the true cost is more than `dollars`

    @property
    def known(self) -> PriceKnown:
        if not self.unpriced:
            return PriceKnown.YES
        return PriceKnown.PARTLY if self.priced else PriceKnown.NO

    @property
    def value(self) -> float | None:
        """The cost when it is known in full; None when any part of it is not."""
        return None if self.unpriced else self.dollars

    def __add__(self, other: CostEstimate) -> CostEstimate:
        return CostEstimate(self.dollars + other.dollars, self.priced or other.priced,
                            self.unpriced or other.unpriced)


@dataclass(frozen=True, slots=True)
class Tally:
    """Requests, tokens and their estimated cost."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: CostEstimate = field(default_factory=CostEstimate)

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.requests + other.requests, self.prompt_tokens + other.prompt_tokens,
                     self.completion_tokens + other.completion_tokens, self.cost + other.cost)


@dataclass(frozen=True, slots=True)
class DayUsage:
    day: dt.date
    tally: Tally


@dataclass(frozen=True, slots=True)
class ModelUsage:
    model: str  # "" when unknown
    tally: Tally


@dataclass(frozen=True, slots=True)
class ChatUsage:
    conversation_id: int | None  # None: side requests of chats deleted since
    title: str
    models: tuple[str, ...]  # the most used first
    tally: Tally  # answers and the chat's own summaries and titles
    side: Tally  # the summaries' and titles' part of `tally`


@dataclass(frozen=True, slots=True)
class PurposeUsage:
    purpose: SideRequest | None  # None: answers
    tally: Tally


@dataclass(frozen=True, slots=True)
class UsageReport:
    """Everything the Usage window shows for one period."""

    period: UsagePeriod
    first_day: dt.date
    last_day: dt.date
    total: Tally
    by_day: tuple[DayUsage, ...]  # every day from first_day to last_day, zeros included
    by_model: tuple[ModelUsage, ...]  # the costliest first (then the most tokens)
    by_chat: tuple[ChatUsage, ...]  # the costliest first (then the most tokens)
    by_purpose: tuple[PurposeUsage, ...]  # answers, then each kind of side request that occurred

    @property
    def empty(self) -> bool:
        return self.total.requests == 0

    def active_days(self) -> tuple[DayUsage, ...]:
        """The days with any request, the newest first (the table's Day view)."""
        return tuple(d for d in reversed(self.by_day) if d.tally.requests)


def _tally(row: UsageRow, price_for: PriceLookup, prices: dict[str, Price | None]) -> Tally:
    if row.model not in prices:
        prices[row.model] = price_for(row.model) if row.model else None
    price = prices[row.model]
    tokens = row.prompt_tokens + row.completion_tokens
    if price is None:
        cost = CostEstimate(unpriced=tokens > 0)
    else:
        dollars = price.cost(Usage(row.prompt_tokens, row.completion_tokens)) or 0.0
        cost = CostEstimate(dollars, priced=tokens > 0)
    return Tally(row.requests, row.prompt_tokens, row.completion_tokens, cost)


def _costliest(item: tuple[object, Tally]) -> tuple[float, int, int]:
    tally = item[1]
    return (-tally.cost.dollars, -tally.total_tokens, -tally.requests)


def _most_used(tokens_by_model: dict[str, int]) -> tuple[str, ...]:
    return tuple(sorted(tokens_by_model, key=lambda model: (-tokens_by_model[model], model)))


def build_report(
    period: UsagePeriod, rows: Iterable[UsageRow], price_for: PriceLookup, *, today: dt.date | None = None
) -> UsageReport:
    """Add up `rows` (from `HistoryStore.usage_between`) for `period`; pure, for tests and the service."""
    rows = list(rows)
    today = today or dt.date.today()
    first, last = period.days(today)
    if rows:
        last = max(last, max(r.day for r in rows))  # a clock set back: nothing is dropped
    first = first or min((r.day for r in rows), default=last)
    prices: dict[str, Price | None] = {}
    days: dict[dt.date, Tally] = {}
    models: dict[str, Tally] = {}
    chats: dict[int | None, Tally] = {}
    sides: dict[int | None, Tally] = {}
    titles: dict[int | None, str] = {}
    chat_models: dict[int | None, dict[str, int]] = {}
    purposes: dict[SideRequest | None, Tally] = {}
    total = Tally()
    zero = Tally()
    for row in rows:
        tally = _tally(row, price_for, prices)
        total += tally
        days[row.day] = days.get(row.day, zero) + tally
        models[row.model] = models.get(row.model, zero) + tally
        cid = row.conversation_id
        chats[cid] = chats.get(cid, zero) + tally
        if row.purpose is not None:
            sides[cid] = sides.get(cid, zero) + tally
        titles.setdefault(cid, row.title)
        used = chat_models.setdefault(cid, {})
        used[row.model] = used.get(row.model, 0) + tally.total_tokens
        purposes[row.purpose] = purposes.get(row.purpose, zero) + tally
    by_day = tuple(
        DayUsage(day, days.get(day, zero))
        for day in (first + dt.timedelta(days=i) for i in range((last - first).days + 1))
    )
    by_chat = tuple(
        ChatUsage(cid, titles[cid], _most_used(chat_models[cid]), tally, sides.get(cid, zero))
        for cid, tally in sorted(chats.items(), key=_costliest)
    )
    order = [None, *SideRequest]
    return UsageReport(
        period=period,
        first_day=first,
        last_day=last,
        total=total,
        by_day=by_day,
        by_model=tuple(ModelUsage(m, t) for m, t in sorted(models.items(), key=_costliest)),
        by_chat=by_chat,
        by_purpose=tuple(PurposeUsage(p, purposes[p]) for p in order if p in purposes),
    )


# --- CSV ---------------------------------------------------------------------------------------------
_NUMBERS = ["requests", "input_tokens", "output_tokens", "total_tokens", "estimated_cost_usd", "price_known"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text_cell(text: str) -> str:
    """A text cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _number_cells(tally: Tally) -> list[str]:
    cost = tally.cost
    dollars = "" if not cost.priced and cost.unpriced else f"{cost.dollars:.4f}"
    return [str(tally.requests), str(tally.prompt_tokens), str(tally.completion_tokens),
            str(tally.total_tokens), dollars, cost.known.value]


def csv_text(report: UsageReport, grouping: UsageGrouping) -> str:
    """The CSV file's text (without the byte-order mark), one line per row of the table, then a total."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if grouping is UsageGrouping.DAY:
        writer.writerow(["date", *_NUMBERS])
        for d in report.by_day:
            writer.writerow([d.day.isoformat(), *_number_cells(d.tally)])
        writer.writerow(["total", *_number_cells(report.total)])
    elif grouping is UsageGrouping.MODEL:
        writer.writerow(["model", *_NUMBERS])
        for m in report.by_model:
            writer.writerow([_text_cell(m.model), *_number_cells(m.tally)])
        writer.writerow(["total", *_number_cells(report.total)])
    else:
        writer.writerow(["chat_id", "chat", "models", *_NUMBERS, "summary_and_title_tokens"])
        for c in report.by_chat:
            writer.writerow(["" if c.conversation_id is None else str(c.conversation_id), _text_cell(c.title),
                             _text_cell(" ".join(m for m in c.models if m)), *_number_cells(c.tally),
                             str(c.side.total_tokens)])
        writer.writerow(["", "total", "", *_number_cells(report.total),
                         str(sum(c.side.total_tokens for c in report.by_chat))])
    return out.getvalue()


class UsageService:
    """The Usage window's use cases; see the module docstring. Blocking: call on a worker thread."""

    def __init__(self, store: HistoryStore, price_for: PriceLookup) -> None:
        self._store = store
        self._price_for = price_for

    def report(self, period: UsagePeriod, *, today: dt.date | None = None) -> UsageReport:
        today = today or dt.date.today()
        since, until = period.bounds(today)
        if period.kind is PeriodKind.ALL_TIME:
            until = float("inf")  # answers dated after today (a clock set back) count too
        with HistoryStore.open(self._store.path, read_only=True) as reader:
            rows = reader.usage_between(since, until)
        return build_report(period, rows, self._price_for, today=today)

    def write_csv(self, path: Path, report: UsageReport, grouping: UsageGrouping) -> Path:
        """Write the report as CSV to `path` (atomically); returns `path`."""
        try:
            write_text_atomically(path, "\ufeff" + csv_text(report, grouping))
        except OSError as exc:
            raise file_error(exc, path) from exc
        return path

