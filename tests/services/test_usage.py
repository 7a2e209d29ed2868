"""UsageService: periods in local time, the report's lines and costs, the CSV file — on a real history."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_chat.domain import EndReason, GenerationParams, MessageStatus, Price, Role, SideRequest, Usage
from desktop_chat.services.usage import (
    CostEstimate,
    PeriodKind,
    PriceKnown,
    Tally,
    UsageGrouping,
    UsagePeriod,
    UsageService,
    build_report,
    local_midnight,
)
from desktop_chat.store import FileNotWritten, HistoryStore
from desktop_chat.store.usage import UsageRow

TODAY = dt.date(2025, 3, 14)
PRICES = {"big": Price(3.0, 15.0), "small": Price(0.25, 1.25)}


def price_for(model: str) -> Price | None:
    return PRICES.get(model)


def at(day: dt.date, hour: int = 12) -> float:
    return dt.datetime.combine(day, dt.time(hour)).timestamp()


def answered(store: HistoryStore, cid: int, when: float, model: str, usage: Usage) -> None:
    q = store.add_message(cid, parent_id=None, role=Role.USER, content="q")
    writer = store.start_answer(cid, parent_id=q.id, model=model, params=GenerationParams())
    writer.append("a")
    msg = writer.finish(status=MessageStatus.COMPLETE, end_reason=EndReason.FINISHED, usage=usage)
    with store.transaction() as conn:
        conn.execute("UPDATE messages SET created_at = ? WHERE id IN (?, ?)", (when, q.id, msg.id))


# --- periods -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "first", "last"),
    [
        (PeriodKind.LAST_7_DAYS, dt.date(2025, 3, 8), TODAY),
        (PeriodKind.LAST_30_DAYS, dt.date(2025, 2, 13), TODAY),
        (PeriodKind.THIS_MONTH, dt.date(2025, 3, 1), TODAY),
        (PeriodKind.LAST_MONTH, dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
        (PeriodKind.THIS_YEAR, dt.date(2025, 1, 1), TODAY),
        (PeriodKind.ALL_TIME, None, TODAY),
    ],
)
def test_each_period_is_its_calendar_days(kind: PeriodKind, first: dt.date | None, last: dt.date) -> None:
    period = UsagePeriod(kind)
    assert period.days(TODAY) == (first, last)
    since, until = period.bounds(TODAY)
    assert since == (0.0 if first is None else local_midnight(first))
    assert until == local_midnight(last + dt.timedelta(days=1))
    assert dt.datetime.fromtimestamp(until).time() == dt.time(0, 0)  # a local midnight


def test_last_month_in_january_is_last_december() -> None:
    assert UsagePeriod(PeriodKind.LAST_MONTH).days(dt.date(2025, 1, 5)) == (dt.date(2024, 12, 1),
                                                                              dt.date(2024, 12, 31))


def test_a_custom_period_takes_its_dates_either_way_round() -> None:
    period = UsagePeriod.custom(dt.date(2025, 3, 10), dt.date(2025, 3, 2))
    assert period.days(TODAY) == (dt.date(2025, 3, 2), dt.date(2025, 3, 10))
    with pytest.raises(ValueError):
        UsagePeriod(PeriodKind.CUSTOM).days(TODAY)


# --- the report ----------------------------------------------------------------------------------------
def row(day: dt.date, cid: int | None, model: str, prompt: int, completion: int, requests: int = 1,
        title: str | None = None, purpose: SideRequest | None = None) -> UsageRow:  # fmt: skip
    name = f"chat {cid}" if title is None else title
    return UsageRow(day, cid, name, model, purpose, prompt, completion, requests)


def test_every_day_of_the_period_is_there_zeros_included() -> None:
    rows = [row(dt.date(2025, 3, 9), 1, "big", 1000, 100), row(TODAY, 1, "big", 2000, 200)]
    report = build_report(UsagePeriod(PeriodKind.LAST_7_DAYS), rows, price_for, today=TODAY)
    assert [d.day for d in report.by_day] == [dt.date(2025, 3, 8) + dt.timedelta(days=i) for i in range(7)]
    assert [d.tally.total_tokens for d in report.by_day] == [0, 1100, 0, 0, 0, 0, 2200]
    assert report.by_day[0].tally.cost.value == 0.0  # nothing used: a true $0
    assert [d.day for d in report.active_days()] == [TODAY, dt.date(2025, 3, 9)]


def test_costs_per_model_and_chat_sorted_costliest_first() -> None:
    rows = [
        row(TODAY, 1, "small", 1_000_000, 1_000_000, 10),  # 0.25 + 1.25 = 1.50
        row(TODAY, 2, "big", 100_000, 100_000, 2),  # 0.30 + 1.50 = 1.80
        row(TODAY, 2, "small", 0, 400_000, 1),  # 0.50
    ]
    report = build_report(UsagePeriod(PeriodKind.LAST_7_DAYS), rows, price_for, today=TODAY)
    assert report.total.requests == 13 and report.total.total_tokens == 2_600_000
    assert report.total.cost.value == pytest.approx(3.80)
    models = [(m.model, round(m.tally.cost.dollars, 4)) for m in report.by_model]
    assert models == [("small", 2.0), ("big", 1.8)]
    chats = [(c.conversation_id, round(c.tally.cost.dollars, 4)) for c in report.by_chat]
    assert chats == [(2, 2.3), (1, 1.5)]
    assert report.by_chat[0].models == ("small", "big")  # the most tokens first (400,000 > 200,000)


def test_an_unknown_price_is_unknown_never_zero() -> None:
    rows = [row(TODAY, 1, "mystery", 500, 50), row(TODAY, 2, "big", 1_000_000, 0), row(TODAY, 2, "", 10, 1)]
    report = build_report(UsagePeriod(PeriodKind.LAST_7_DAYS), rows, price_for, today=TODAY)
    by_model = {m.model: m.tally.cost for m in report.by_model}
    assert by_model["mystery"] == CostEstimate(0.0, priced=False, unpriced=True)
    assert by_model["mystery"].value is None and by_model["mystery"].known is PriceKnown.NO
    assert by_model[""].known is PriceKnown.NO  # an unknown model has no price either
    assert by_model["big"].value == pytest.approx(3.0)
    assert report.total.cost.known is PriceKnown.PARTLY and report.total.cost.value is None
    assert report.total.cost.dollars == pytest.approx(3.0)  # the priced part, shown as "at least"


def test_side_requests_fold_into_their_chat_and_stay_apart_by_purpose() -> None:
    rows = [
        row(TODAY, 1, "big", 1000, 100),
        row(TODAY, 1, "small", 400, 40, 2, purpose=SideRequest.SUMMARY),
        row(TODAY, 1, "small", 50, 5, purpose=SideRequest.TITLE),
        row(TODAY, None, "small", 30, 3, title="", purpose=SideRequest.TITLE),  # its chat was deleted
    ]
    report = build_report(UsagePeriod(PeriodKind.LAST_7_DAYS), rows, price_for, today=TODAY)
    chat = next(c for c in report.by_chat if c.conversation_id == 1)
    assert chat.tally == Tally(4, 1450, 145, chat.tally.cost) and chat.side.total_tokens == 495
    gone = next(c for c in report.by_chat if c.conversation_id is None)
    assert (gone.title, gone.tally.total_tokens) == ("", 33)
    assert [(p.purpose, p.tally.requests) for p in report.by_purpose] == [
        (None, 1), (SideRequest.SUMMARY, 2), (SideRequest.TITLE, 2)]


def test_all_time_starts_at_the_first_day_with_usage() -> None:
    rows = [row(dt.date(2024, 12, 30), 1, "big", 1, 1)]
    report = build_report(UsagePeriod(PeriodKind.ALL_TIME), rows, price_for, today=TODAY)
    assert (report.first_day, report.last_day, len(report.by_day)) == (dt.date(2024, 12, 30), TODAY, 75)
    empty = build_report(UsagePeriod(PeriodKind.ALL_TIME), [], price_for, today=TODAY)
    assert empty.empty and [d.day for d in empty.by_day] == [TODAY]


# --- the service on a real history ------------------------------------------------------------------
@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    history = HistoryStore.open(tmp_path / "history.sqlite3")
    yield history
    history.close()


@pytest.fixture
def service(store: HistoryStore) -> UsageService:
    a = store.create_conversation(title="Budget 2025")
    b = store.create_conversation(title="=cmd|' /C calc'!A0")  # a title a spreadsheet would run
    answered(store, a.id, at(TODAY, 9), "big", Usage(1000, 200, 1200))
    answered(store, a.id, at(TODAY - dt.timedelta(days=2)), "small", Usage(4000, 800, 4800))
    answered(store, b.id, at(TODAY - dt.timedelta(days=20)), "mystery", Usage(300, 30, 330))
    answered(store, b.id, at(TODAY - dt.timedelta(days=40)), "big", Usage(10, 1, 11))
    store.record_side_usage(SideRequest.TITLE, conversation_id=a.id, model="small", usage=Usage(60, 6, 66))
    with store.transaction() as conn:
        conn.execute("UPDATE side_usage SET created_at = ?", (at(TODAY, 10),))
    return UsageService(store, price_for)


def test_the_report_reads_the_history_for_each_period(service: UsageService) -> None:
    week = service.report(UsagePeriod(PeriodKind.LAST_7_DAYS), today=TODAY)
    assert (week.total.requests, week.total.total_tokens) == (3, 1200 + 4800 + 66)
    assert [c.title for c in week.by_chat] == ["Budget 2025"]
    month = service.report(UsagePeriod(PeriodKind.LAST_30_DAYS), today=TODAY)
    assert month.total.requests == 4 and month.total.cost.known is PriceKnown.PARTLY
    every = service.report(UsagePeriod(PeriodKind.ALL_TIME), today=TODAY)
    assert every.total.requests == 5 and every.first_day == TODAY - dt.timedelta(days=40)
    custom = service.report(UsagePeriod.custom(TODAY - dt.timedelta(days=40), TODAY - dt.timedelta(days=20)),
                            today=TODAY)
    assert [d.tally.requests for d in custom.by_day if d.tally.requests] == [1, 1]


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_by_day_round_trips(service: UsageService, tmp_path: Path) -> None:
    report = service.report(UsagePeriod(PeriodKind.LAST_7_DAYS), today=TODAY)
    path = service.write_csv(tmp_path / "out" / "usage.csv", report, UsageGrouping.DAY)
    lines = read_csv(path)
    assert lines[0] == ["date", "requests", "input_tokens", "output_tokens", "total_tokens",
                        "estimated_cost_usd", "price_known"]
    assert len(lines) == 1 + 7 + 1
    today = lines[7]
    # big: 1000 × 3 + 200 × 15 = 0.006; the title on small: 60 × 0.25 + 6 × 1.25 = 0.0000225
    assert today == [TODAY.isoformat(), "2", "1060", "206", "1266", "0.0060", "yes"]
    assert lines[1] == [(TODAY - dt.timedelta(days=6)).isoformat(), "0", "0", "0", "0", "0.0000", "yes"]
    assert lines[-1][0] == "total" and lines[-1][1] == "3"
    assert list(tmp_path.joinpath("out").iterdir()) == [path]  # no temporary file left


def test_csv_by_chat_keeps_unknown_costs_empty_and_defuses_formulas(service: UsageService,
                                                                    tmp_path: Path) -> None:
    report = service.report(UsagePeriod(PeriodKind.ALL_TIME), today=TODAY)
    lines = read_csv(service.write_csv(tmp_path / "chats.csv", report, UsageGrouping.CHAT))
    assert lines[0][:3] == ["chat_id", "chat", "models"] and lines[0][-1] == "summary_and_title_tokens"
    rows = {line[1]: line for line in lines[1:-1]}
    risky = rows["'=cmd|' /C calc'!A0"]
    assert risky[2] == "mystery big" and risky[7:9] == ["0.0000", "partly"]
    budget = rows["Budget 2025"]
    assert budget[3] == "3" and budget[-1] == "66"
    by_model = read_csv(service.write_csv(tmp_path / "models.csv", report, UsageGrouping.MODEL))
    mystery = next(line for line in by_model if line[0] == "mystery")
    assert mystery[5:7] == ["", "no"]  # unknown: empty, never 0


def test_a_file_that_cannot_be_written_is_a_typed_error(service: UsageService, tmp_path: Path) -> None:
    report = service.report(UsagePeriod(PeriodKind.LAST_7_DAYS), today=TODAY)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(FileNotWritten) as caught:
        service.write_csv(blocker / "usage.csv", report, UsageGrouping.DAY)
    assert caught.value.path == blocker / "usage.csv"
