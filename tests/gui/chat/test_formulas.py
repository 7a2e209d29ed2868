"""Formulas drawn in the chat view: pictures from the formula cache only, sized and coloured for the
document, failures shown as source, the streaming tail as source until quiet, copying gives LaTeX,
and the public `formula_image` / `formula_source` contract the print code uses."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument

from desktop_chat.domain import MessageStatus, Role
from desktop_chat.ui.chat.body import TAIL_QUIET_MS, ProseView
from desktop_chat.ui.chat.browser import SafeTextBrowser
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.render import formulas
from tests.gui.helpers import entry, shown_chat_view

pytestmark = pytest.mark.gui

IMAGE = QTextDocument.ResourceType.ImageResource.value
ANSWER = "Roots of $ax^2+bx+c=0$:\n\n$$x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}$$\n\nCosts $5 and $10."


@pytest.fixture
def view(qtbot) -> ChatView:  # type: ignore[no-untyped-def]
    return shown_chat_view(qtbot, 800, 600)


def settle(qtbot, view: ChatView) -> None:  # type: ignore[no-untyped-def]
    """Let the worker draw everything and the documents take the pictures in."""
    for _ in range(3):
        assert formulas.wait_idle(30)
        qtbot.wait(60)


def prose_views(view: ChatView, message_id: int) -> list[ProseView]:
    card = view.card_for(message_id)
    assert card is not None
    return [w for w in card.body.segments() if isinstance(w, ProseView)]


def resource(browser: SafeTextBrowser, key: str) -> QImage:
    image = browser.document().resource(IMAGE, QUrl(f"formula:{key}"))
    assert isinstance(image, QImage)
    return image


# --- the public contract ----------------------------------------------------------------------------
def test_formula_image_draws_synchronously_and_knows_its_source(qapp) -> None:  # type: ignore[no-untyped-def]
    key = formulas.formula_key("\\frac{a}{b} + \\alpha_i", False)
    formulas.clear_cache()
    image = formulas.formula_image(key, dark=False)
    assert image is not None and not image.isNull() and image.width() > 10
    assert formulas.formula_source(key) == "$\\frac{a}{b} + \\alpha_i$"
    sharp = formulas.formula_image(key, dark=False, device_pixel_ratio=2.0)
    assert sharp is not None and sharp.devicePixelRatio() == 2.0
    assert abs(sharp.width() - 2 * image.width()) <= 2


def test_formula_image_colours_follow_the_theme(qapp) -> None:  # type: ignore[no-untyped-def]
    key = formulas.formula_key("x", False)
    light = formulas.formula_image(key, dark=False)
    dark = formulas.formula_image(key, dark=True)
    assert light is not None and dark is not None

    def ink(image: QImage) -> int:  # the lightness of the most opaque pixel
        best = max((image.pixelColor(x, y).alpha(), x, y) for x in range(image.width())
                    for y in range(image.height()))
        return image.pixelColor(best[1], best[2]).lightness()

    assert ink(light) < 100 < ink(dark)


def test_formula_image_is_none_for_bad_latex_and_unknown_keys(qapp) -> None:  # type: ignore[no-untyped-def]
    for bad in ("\\frac{a", "\\foo{x}", "\\begin{pmatrix} a", "\\left( x", "}{"):
        key = formulas.formula_key(bad, False)
        assert formulas.formula_image(key, dark=False) is None
        assert formulas.is_failed(key)
    assert formulas.formula_image("f" * 20, dark=False) is None


def test_a_formula_over_the_time_limit_fails_and_the_next_one_is_drawn(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    formulas.formula_image(formulas.formula_key("w", False), dark=False)  # the child is up
    worker = formulas._worker()
    replaced = worker.children_replaced
    nested = "x"
    for _ in range(60):
        nested = f"\\frac{{{nested}}}{{y+1}}"
    monkeypatch.setattr(formulas, "TIME_LIMIT_S", 0.01)
    t0 = time.monotonic()
    assert formulas.formula_image(formulas.formula_key(nested, True), dark=False) is None
    assert time.monotonic() - t0 < 5
    monkeypatch.setattr(formulas, "TIME_LIMIT_S", 10.0)
    assert formulas.formula_image(formulas.formula_key("y_1", False), dark=False) is not None
    assert worker.children_replaced == replaced + 1  # the overstaying child was replaced


# --- in the chat view -------------------------------------------------------------------------------
def test_formulas_are_drawn_in_a_finished_answer_and_currency_stays_text(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, ANSWER)])
    settle(qtbot, view)
    browsers = prose_views(view, 1)
    html = "".join(b.toHtml() for b in browsers)
    assert html.count('src="formula:') == 2
    plain = "".join(b.toPlainText() for b in browsers)
    assert "Costs $5 and $10." in plain
    keys = [k for b in browsers for k in formulas.keys_in(b._formula_html)]
    assert len(keys) == 2
    for browser in browsers:
        for key in formulas.keys_in(browser._formula_html):
            image = resource(browser, key)
            drawn = formulas.cached(key, browser.formula_style())
            assert drawn is not None and image.cacheKey() == drawn.cacheKey()
            assert image.height() > 10


def test_inline_formula_keeps_the_text_baseline(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Padding + vertical-align: middle put the formula's baseline on the line's baseline."""
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "Text $x$ text")])
    settle(qtbot, view)
    browser = prose_views(view, 1)[0]
    line = browser.document().firstBlock().layout().lineAt(0)
    metrics = browser.fontMetrics()
    # a lone x has no depth: the line is no deeper than the font's own descent (+1 px of margin)
    assert line.descent() <= metrics.descent() + 2.5


def test_a_formula_that_cannot_be_drawn_shows_its_source_as_code(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "Broken $\\frac{a$ and good $y$.")])
    settle(qtbot, view)
    browser = prose_views(view, 1)[0]
    assert "$\\frac{a$" in browser.toPlainText()
    cursor = browser.document().find("frac")
    assert cursor.charFormat().toolTip() == "Formula could not be drawn"
    assert cursor.charFormat().fontFamilies()  # the code font
    assert browser.toHtml().count('src="formula:') == 1


def test_copying_a_selection_gives_the_latex_source(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "Let $x^2$ be\n\n$$\\sum_i i$$\n\nend, costs $5")])
    settle(qtbot, view)
    browser = prose_views(view, 1)[0]
    cursor = QTextCursor(browser.document())
    cursor.select(QTextCursor.SelectionType.Document)
    browser.setTextCursor(cursor)
    text = browser.createMimeDataFromSelection().text()
    assert "Let $x^2$ be" in text and "$$\\sum_i i$$" in text and "costs $5" in text
    assert "\ufffc" not in text


def test_the_card_copy_gives_the_source(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    view.set_conversation(1, [entry(1, Role.ASSISTANT, ANSWER)])
    card = view.card_for(1)
    assert card is not None
    card.copy_button.click()
    assert QGuiApplication.clipboard().text() == ANSWER


def test_the_streaming_tail_shows_source_until_the_text_is_quiet(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "", status=MessageStatus.STREAMING)])
    view.stream_delta(1, "So $x^2$ is")
    view.flush_pending_updates()
    tail = prose_views(view, 1)[-1]
    assert "So $x^2$ is" in tail.toPlainText() and 'src="formula:' not in tail.toHtml()
    qtbot.waitUntil(lambda: 'src="formula:' in prose_views(view, 1)[-1].toHtml(), timeout=TAIL_QUIET_MS * 10)


def test_finished_streamed_blocks_are_drawn_while_the_tail_streams(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "", status=MessageStatus.STREAMING)])
    view.stream_delta(1, "First $a$.\n\nSecond $b$.\n\nThird $c")
    view.flush_pending_updates()
    views = prose_views(view, 1)
    assert 'src="formula:' in views[0].toHtml()
    assert 'src="formula:' not in views[-1].toHtml() and "Third $c" in views[-1].toPlainText()


def test_the_answer_grows_when_its_formulas_arrive(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    formulas.clear_cache()
    tall = "$$\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\\\ 5 & 6 \\\\ 7 & 8 \\end{pmatrix}$$"
    view.set_conversation(1, [entry(1, Role.ASSISTANT, f"Matrix:\n\n{tall}\n\nend")])
    card = view.card_for(1)
    assert card is not None
    before = card.body.heightForWidth(card.body.width())
    settle(qtbot, view)
    card = view.card_for(1)
    assert card is not None
    after = card.body.heightForWidth(card.body.width())
    assert after > before + 20
    assert card.height() >= after


def test_a_formula_url_never_reads_anything_else(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.png"
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(0xFFFF0000)
    image.save(str(secret))
    browser = SafeTextBrowser()
    browser.set_html(f'<p><img src="formula:{secret}"/><img src="formula:../../x"/>'
                     f'<img src="file://{secret}"/><img src="{secret}"/></p>')
    browser.document().setTextWidth(400)
    browser.document().size()
    for name in (f"formula:{secret}", "formula:../../x", f"file://{secret}", str(secret)):
        got = browser.document().resource(IMAGE, QUrl(name))
        assert not isinstance(got, QImage) or got.pixelColor(0, 0).red() != 255 or got.width() != 40


def test_formulas_are_typeset_in_the_child_process(view: ChatView, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def in_process(found: formulas.Formula, style: formulas.Style) -> QImage | None:
        raise AssertionError("typeset in the window's process")

    monkeypatch.setattr(formulas, "draw", in_process)
    formulas.clear_cache()
    worker = formulas._worker()
    before = worker.typeset_count
    text = "\n\n".join(f"Item {i}: $x_{{{i}}}^2$" for i in range(20))
    view.set_conversation(1, [entry(1, Role.ASSISTANT, text)])
    settle(qtbot, view)
    assert worker.typeset_count >= before + 20
    assert sum("formula:" in b.toHtml() for b in prose_views(view, 1)) >= 1


# --- order and the pool -------------------------------------------------------------------------------
def test_the_queue_gives_urgent_then_on_screen_then_document_order_once_each() -> None:
    style = formulas.Style()
    queue = formulas._Queue()
    for name in ("a", "b", "c", "d"):
        queue.put((name, style), formulas.Priority.NORMAL)
    queue.put(("b", style), formulas.Priority.NORMAL)  # asked again: still one entry
    assert queue.raise_to([("c", style), ("zz", style)], formulas.Priority.VISIBLE) == 1
    queue.put(("e", style), formulas.Priority.URGENT)
    order: list[str] = []
    while queue.pending() > len(order):
        item = queue.get()
        assert item is not None
        order.append(item[0])
    assert order == ["e", "c", "a", "b", "d"]
    done = threading.Event()
    queue.put(("a", style), formulas.Priority.URGENT, done)  # being drawn: waits for that drawing
    assert queue.pending() == 5
    queue.finish(("a", style))
    assert done.is_set()
    queue.stop()
    assert queue.get() is None


def test_a_pool_of_children_shares_the_work(qapp) -> None:  # type: ignore[no-untyped-def]
    assert 2 <= formulas.pool_size() <= 3
    worker = formulas._worker()
    assert worker.size == formulas.pool_size()
    formulas.clear_cache()
    keys = [formulas.formula_key(f"z_{{{i}}} + {i}", False) for i in range(12)]
    images = [formulas.formula_image(k, dark=False) for k in keys]
    assert all(image is not None for image in images)


def test_painting_a_document_puts_its_formulas_first(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    raised: list[str] = []

    def prioritise(keys: list[str], style: formulas.Style) -> int:
        raised.extend(keys)
        return len(keys)

    monkeypatch.setattr(formulas, "prioritise", prioritise)
    monkeypatch.setattr(formulas, "request", lambda key, style, deliver, priority=None: None)  # never drawn
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    keys = [formulas.formula_key(f"q_{{{i}}}", False) for i in range(40)]
    formulas.clear_cache()
    browser.set_html("".join(f"<p>{i}: {formulas.image_html(k, display=False)}</p>"
                             for i, k in enumerate(keys)))
    browser.resize(300, 120)  # the first few lines only
    browser.show()
    qtbot.waitExposed(browser)
    qtbot.waitUntil(lambda: bool(raised))
    assert raised[0] == keys[0] and 0 < len(raised) < len(keys) // 2
    assert raised == keys[: len(raised)]  # the painted lines' formulas, in order, once each
