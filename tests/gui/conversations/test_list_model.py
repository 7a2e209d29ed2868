"""The passive models behind the chat list, tested without a view, and the grouping rule."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor

from desktop_chat.ui.conversations.delegates import snippet_document
from desktop_chat.ui.conversations.model import (
    ConversationListModel,
    Roles,
    SearchResultsModel,
    group_label,
    safe_snippet_html,
    snippet_plain_text,
)
from tests.gui.helpers import DAY, Hit, conv

BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.UTC


def ts(*args: int, tz: dt.tzinfo = BERLIN) -> float:
    return dt.datetime(*args, tzinfo=tz).timestamp()


# -- group_label (pure) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ((2026, 3, 15, 0, 0, 1), "Today"),
        ((2026, 3, 15, 9, 59), "Today"),
        ((2026, 3, 15, 23, 0), "Today"),  # a clock ahead: still today
        ((2026, 3, 14, 23, 59), "Yesterday"),
        ((2026, 3, 14, 0, 0), "Yesterday"),
        ((2026, 3, 13, 12, 0), "Previous 7 days"),
        ((2026, 3, 8, 0, 0), "Previous 7 days"),
        ((2026, 3, 7, 23, 59), "March 2026"),
        ((2026, 3, 1, 0, 0), "March 2026"),
        ((2026, 2, 28, 23, 59), "February 2026"),
        ((2025, 12, 31, 12, 0), "December 2025"),
    ],
)


def test_group_label_against_a_set_clock(when, expected):
    now = ts(2026, 3, 15, 10, 0)
    assert group_label(now, ts(*when), tz=BERLIN) == expected


def test_group_label_counts_calendar_days_not_hours():
    # 20 minutes ago, but before midnight, across a month boundary
    assert group_label(ts(2026, 3, 1, 0, 10), ts(2026, 2, 28, 23, 50), tz=BERLIN) == "Yesterday"
    # 8 days ago in the previous month
    assert group_label(ts(2026, 3, 1, 12), ts(2026, 2, 21, 12), tz=BERLIN) == "February 2026"
    # the previous 7 days may reach into the previous year
    assert group_label(ts(2026, 1, 2, 12), ts(2025, 12, 28, 12), tz=BERLIN) == "Previous 7 days"


def test_group_label_uses_the_given_time_zone():
    now = ts(2026, 3, 1, 0, 30)  # 23:30 UTC on 28 February
    then = ts(2026, 2, 28, 22, 30)  # 21:30 UTC
    assert group_label(now, then, tz=BERLIN) == "Yesterday"
    assert group_label(now, then, tz=UTC) == "Today"


def test_group_label_across_daylight_saving_change():
    # Europe/Berlin moves to summer time on 29 March 2026: that day has 23 hours
    assert group_label(ts(2026, 3, 30, 0, 30), ts(2026, 3, 29, 0, 30), tz=BERLIN) == "Yesterday"
    assert group_label(ts(2026, 3, 30, 0, 30), ts(2026, 3, 28, 23, 59), tz=BERLIN) == "Previous 7 days"


def test_group_label_defaults_to_the_local_time_zone(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        now = ts(2026, 7, 1, 1, 0, tz=UTC)  # 21:00 on 30 June in New York
        then = ts(2026, 6, 30, 5, 0, tz=UTC)  # 01:00 on 30 June in New York
        assert group_label(now, then) == "Today"
        assert group_label(now, then, tz=UTC) == "Yesterday"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


# -- ConversationListModel ---------------------------------------------------------------------


NOW = ts(2026, 3, 15, 10, 0)


def sample():
    return [
        conv(1, "Old one", NOW - 40 * DAY),
        conv(2, "Today A", NOW - 60),
        conv(3, "Pinned old", NOW - 90 * DAY, pinned=True),
        conv(4, "Yesterday", NOW - DAY),
        conv(5, "Today B", NOW - 3600),
        conv(6, "Archived", NOW - 10, archived=True),
        conv(7, "  Multi\nline   title ", NOW - 3 * DAY),
        conv(8, "", NOW - 3 * DAY - 1),
    ]


def rows(model):
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


@pytest.mark.gui
def test_model_groups_newest_first(qtmodeltester):
    model = ConversationListModel()
    model.set_conversations(sample(), now=NOW)
    assert rows(model) == [
        "Pinned", "Pinned old",
        "Today", "Today A", "Today B",
        "Yesterday", "Yesterday",
        "Previous 7 days", "Multi line title", "Untitled chat",
        "February 2026", "Old one",
        "Archived", "Archived",
    ]  # fmt: skip
    assert model.headers() == ["Pinned", "Today", "Yesterday", "Previous 7 days", "February 2026", "Archived"]
    assert model.conversation_count() == 8
    qtmodeltester.check(model)


@pytest.mark.gui
def test_headers_are_not_selectable_and_rows_are_editable():
    model = ConversationListModel()
    model.set_conversations(sample(), now=NOW)
    header, row = model.index(0, 0), model.index(1, 0)
    assert model.data(header, Roles.IS_HEADER) is True
    assert not model.flags(header) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(row) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(row) & Qt.ItemFlag.ItemIsEditable
    assert model.data(header, Roles.CONVERSATION_ID) is None
    assert model.data(row, Roles.CONVERSATION_ID) == 3
    assert model.data(row, Roles.PINNED) is True
    assert model.data(row, Qt.ItemDataRole.EditRole) == "Pinned old"
    assert model.data(row, Qt.ItemDataRole.ToolTipRole) == "Pinned old"
    assert model.data(row, Qt.ItemDataRole.AccessibleTextRole) == "Pinned old, pinned"
    assert model.data(header, Qt.ItemDataRole.AccessibleTextRole) == "Pinned (heading)"
    archived = model.index_of(6)
    assert model.data(archived, Roles.ARCHIVED) is True


@pytest.mark.gui
def test_streaming_and_current_flags_emit_data_changed(qtbot):
    model = ConversationListModel()
    model.set_conversations(sample(), now=NOW)
    index = model.index_of(5)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_streaming(5, True)
    assert blocker.args[0] == index
    assert model.data(index, Roles.STREAMING) is True
    assert "answer in progress" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    model.set_streaming(5, False)
    assert model.data(index, Roles.STREAMING) is False
    model.set_current(5)
    assert model.current_id == 5 and model.data(index, Roles.CURRENT) is True
    model.set_current(None)
    assert model.data(index, Roles.CURRENT) is False
    model.set_streaming(999, True)  # unknown ids are harmless


@pytest.mark.gui
def test_streaming_mark_survives_a_refresh():
    model = ConversationListModel()
    model.set_conversations(sample(), now=NOW)
    model.set_streaming(4, True)
    model.set_conversations(sample(), now=NOW + 5)
    assert model.data(model.index_of(4), Roles.STREAMING) is True


@pytest.mark.gui
def test_ten_thousand_conversations():
    model = ConversationListModel()
    convs = [conv(i, f"Chat {i}", NOW - i * 600) for i in range(1, 10_001)]
    model.set_conversations(convs, now=NOW)
    assert model.conversation_count() == 10_000
    assert model.data(model.index(1, 0)) == "Chat 1"
    assert model.data(model.index_of(10_000), Roles.CONVERSATION_ID) == 10_000


@pytest.mark.gui
def test_empty_model():
    model = ConversationListModel()
    model.set_conversations([], now=NOW)
    assert model.rowCount() == 0 and model.headers() == []


# -- search results ------------------------------------------------------------------------------


def test_safe_snippet_keeps_only_bold():
    raw = 'a <b>match</b> &lt;script&gt; <img src="file:///etc/passwd"> x</b> <i>y</i>'
    safe = safe_snippet_html(raw)
    assert "<img" not in safe and "<i>" not in safe
    assert safe.count("<b>") == 1
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in safe
    assert snippet_plain_text("a <b>b</b> &amp; c") == "a b & c"


def test_snippets_show_words_not_markdown_syntax():
    raw = "## You said: \u201c<b>lunch</b>\u201d Here is **bold** and `code` # not-a-heading"
    safe = safe_snippet_html(raw)
    assert safe == "You said: \u201c<b>lunch</b>\u201d Here is bold and code # not-a-heading"
    assert safe_snippet_html("a&#39;s **<b>key</b>** point") == "a&#39;s <b>key</b> point"


@pytest.mark.gui
def test_search_results_model(qtmodeltester):
    model = SearchResultsModel()
    model.set_hits("rep", [Hit(2, 11, "Quarterly", "the <b>rep</b>ort"),
                           Hit(3, None, "Report", "<b>Rep</b>ort")])
    assert model.rowCount() == 2
    first, second = model.index(0, 0), model.index(1, 0)
    assert model.data(first) == "Quarterly"
    assert model.data(first, Roles.SNIPPET_HTML) == "the <b>rep</b>ort"
    assert (model.data(first, Roles.CONVERSATION_ID), model.data(first, Roles.MESSAGE_ID)) == (2, 11)
    assert model.data(second, Roles.MESSAGE_ID) == 0
    assert model.data(first, Qt.ItemDataRole.AccessibleTextRole) == "Quarterly: the report"
    qtmodeltester.check(model)


@pytest.mark.gui
def test_snippet_renders_highlights_bold_and_nothing_else(qapp):
    from PySide6.QtGui import QPalette

    doc = snippet_document(safe_snippet_html('x <b>hit</b> &lt;b&gt;no&lt;/b&gt; <img src="a.png">'),
                           QFont(), QPalette(), 300)
    assert doc.toPlainText() == 'x hit <b>no</b> <img src="a.png">'
    bold = []
    cursor = QTextCursor(doc)
    while not cursor.atEnd():
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
        if cursor.charFormat().fontWeight() >= QFont.Weight.Bold:
            bold.append(cursor.selectedText()[-1])
        cursor.clearSelection()
    assert "".join(bold) == "hit"
    assert "<img" not in doc.toHtml()
