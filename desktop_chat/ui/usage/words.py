"""Every sentence and number format of the Usage window, in one place (QCoreApplication.translate).

Why: the window, its table, its chart and its tooltips say the same things — a count with the
locale's thousands separators, a cost that is an estimate ("≈ $0.0421"), "unknown" and never
"$0" when a model has no price — and must say them the same way in every language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_chat.domain import SideRequest
from desktop_chat.services.usage import CostEstimate, PeriodKind, PriceKnown, Tally, UsageGrouping
from desktop_chat.ui.words import figures
from desktop_chat.ui.words.figures import count

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by

SMALLEST_SHOWN = 0.00005  # below this a priced cost rounds to $0.0000: it is said as "< $0.0001"


def dollars(amount: float, decimals: int = 4) -> str:
    """An amount of US dollars (not an estimate sign): "$0.0421" — four decimals in the window."""
    return figures.dollars(amount, decimals)


def cost(estimate: CostEstimate) -> str:
    """ "≈ $0.0421", "unknown", or "≈ $0.0421 + unknown" when some tokens had no price."""
    known = estimate.known
    if known is PriceKnown.NO:
        return translate("Usage", "unknown")
    if 0 < estimate.dollars < SMALLEST_SHOWN:
        amount = translate("Usage", "< {amount}").format(amount=dollars(0.0001))
    else:
        amount = translate("Usage", "≈ {amount}").format(amount=dollars(estimate.dollars))
    if known is PriceKnown.PARTLY:
        return translate("Usage", "{amount} + unknown").format(amount=amount)
    return amount


def cost_tooltip(estimate: CostEstimate) -> str:
    known = estimate.known
    if known is PriceKnown.NO:
        return translate("Usage", "No price is known for this model, so its cost can't be estimated.")
    if known is PriceKnown.PARTLY:
        return translate("Usage", "Some of these tokens are of a model with no known price: "
                                  "the real cost is higher than the estimate.")
    return translate("Usage", "An estimate from list prices per million tokens.")


def day(value: dt.date) -> str:
    """The person's short date; ISO (2026-12-01) where the locale has none of its own (the "C" locale)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return value.isoformat()
    return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def day_short(value: dt.date) -> str:
    """A chart axis label: the day and the month ("14 Mar")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM")


def month(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, 1), "MMM yyyy")


def model_name(model: str) -> str:
    return model or translate("Usage", "Unknown model")


def chat_title(conversation_id: int | None, title: str) -> str:
    if conversation_id is None:
        return translate("Usage", "Deleted chats (summaries and titles)")
    return title or translate("Usage", "Untitled chat")


def period_name(kind: PeriodKind) -> str:
    return {
        PeriodKind.LAST_7_DAYS: translate("Usage", "Last 7 days"),
        PeriodKind.LAST_30_DAYS: translate("Usage", "Last 30 days"),
        PeriodKind.THIS_MONTH: translate("Usage", "This month"),
        PeriodKind.LAST_MONTH: translate("Usage", "Last month"),
        PeriodKind.THIS_YEAR: translate("Usage", "This year"),
        PeriodKind.ALL_TIME: translate("Usage", "All time"),
        PeriodKind.CUSTOM: translate("Usage", "Custom dates"),
    }[kind]


def grouping_name(grouping: UsageGrouping) -> str:
    return {
        UsageGrouping.DAY: translate("Usage", "Day"),
        UsageGrouping.MODEL: translate("Usage", "Model"),
        UsageGrouping.CHAT: translate("Usage", "Chat"),
    }[grouping]


def totals(tally: Tally) -> str:
    return translate(
        "Usage", "Requests: {requests} · Tokens: {total} ({input} in, {output} out) · Estimated cost: {cost}"
    ).format(requests=count(tally.requests), total=count(tally.total_tokens),
             input=count(tally.prompt_tokens), output=count(tally.completion_tokens), cost=cost(tally.cost))


def side_requests(parts: dict[SideRequest, Tally]) -> str:
    """What the app's own requests (summaries, titles) took of the totals; "" when none."""
    said = []
    summary = parts.get(SideRequest.SUMMARY)
    if summary is not None:
        said.append(translate("Usage", "summaries of long chats: {tokens} tokens ({cost})").format(
            tokens=count(summary.total_tokens), cost=cost(summary.cost)))
    title = parts.get(SideRequest.TITLE)
    if title is not None:
        said.append(translate("Usage", "chat titles: {tokens} tokens ({cost})").format(
            tokens=count(title.total_tokens), cost=cost(title.cost)))
    if not said:
        return ""
    sentence = translate("Usage", "Included above, the app's own requests — {parts}.")
    return sentence.format(parts="; ".join(said))


def estimates_note() -> str:
    return translate(
        "Usage",
        "Costs are estimates from list prices per million tokens; your gateway's bill may differ. "
        "“unknown” means no price is known for that model. Only answers whose gateway reported "
        "their token counts are counted.",
    )


def empty_text(all_time: bool) -> str:
    if all_time:
        return translate(
            "Usage", "No usage yet. Tokens are counted for each answer once the gateway reports them."
        )
    return translate(
        "Usage",
        "No usage in this period yet. Tokens are counted for each answer once the gateway reports them; "
        "choose a longer period to see earlier chats.",
    )


def day_tooltip(first: dt.date, last: dt.date, tally: Tally) -> str:
    when = day(first) if first == last else translate("Usage", "{first} – {last}").format(
        first=day(first), last=day(last))
    return translate(
        "Usage",
        "{when}\nRequests: {requests}\nInput tokens: {input}\nOutput tokens: {output}\n"
        "Estimated cost: {cost}",
    ).format(when=when, requests=count(tally.requests), input=count(tally.prompt_tokens),
             output=count(tally.completion_tokens), cost=cost(tally.cost))


def failure(text: str) -> str:
    return translate("Usage", "The usage could not be shown: {reason}").format(reason=text)
