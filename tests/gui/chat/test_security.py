"""Model output cannot make the chat view load a file, run script, or open a link unasked.

Instrumented for real: every `loadResource` call is recorded by wrapping the methods Qt calls,
and opened URLs are caught with `QDesktopServices.setUrlHandler` (Qt's own hook in `openUrl`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser

from desktop_chat.domain import Role
from desktop_chat.ui.chat.browser import SafeTextBrowser, SafeTextDocument
from desktop_chat.ui.chat.view import ChatView
from tests.gui.helpers import all_fragments, card_of, card_text, click_anchor, entry, shown_chat_view

pytestmark = pytest.mark.gui


class UrlSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def url_spy() -> Iterator[UrlSpy]:
    spy = UrlSpy()
    schemes = ("file", "http", "https", "mailto", "javascript", "data", "ftp")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, spy, "handle")
    yield spy
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def resource_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    for cls in (SafeTextBrowser, SafeTextDocument):
        original = cls.loadResource

        def spy(self, kind, url, _original=original):  # type: ignore[no-untyped-def]
            calls.append(url.toString())
            result = _original(self, kind, url)
            assert result is None or (isinstance(result, QImage) and result.size() == QSize(1, 1))
            return result

        monkeypatch.setattr(cls, "loadResource", spy)
    return calls


@pytest.fixture
def view(qtbot) -> ChatView:  # type: ignore[no-untyped-def]
    return shown_chat_view(qtbot, 800, 600, open_links=True)


def test_file_image_and_file_link_load_and_open_nothing(
    view: ChatView,
    qtbot,
    url_spy: UrlSpy,
    resource_calls: list[str],
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    png = tmp_path / "pic.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n")
    body = (
        f"![pic]({png.as_uri()}) and [the file]({secret.as_uri()}) and ![rel](pic.png) "
        f'and ![beacon](http://127.0.0.1:9/b?k=SECRET)\n\n<img src="{png.as_uri()}">'
    )
    view.set_conversation(1, [entry(1, Role.ASSISTANT, body)])
    view.grab()  # paint: images would be requested now
    QApplication.processEvents()
    assert resource_calls == []
    text = card_text(card_of(view, 1))
    # every blocked target becomes readable text ("[image: alt] (url)", "label (url)").
    assert png.as_uri() in text and secret.as_uri() in text
    assert "[image: rel] (pic.png)" in text
    # a web image is a placeholder link (issue 10), loaded never, opened only after confirmation
    assert "Image “beacon” from 127.0.0.1 — open" in text
    assert "TOP SECRET" not in text
    card = view.card_for(1)
    assert card is not None
    browsers = card.findChildren(QTextBrowser)
    anchors = [
        f.charFormat().anchorHref()
        for b in browsers
        for f in all_fragments(b.document())
        if f.charFormat().isAnchor()
    ]
    assert anchors == ["http://127.0.0.1:9/b?k=SECRET"]  # only the web image's placeholder to click
    for browser in browsers:
        assert not browser.openLinks() and not browser.openExternalLinks()
        # Even a click forged as anchorClicked opens nothing and asks nothing.
        browser.anchorClicked.emit(QUrl(secret.as_uri()))
    QApplication.processEvents()
    assert url_spy.opened == [] and view.link_dialog() is None
    assert "TOP SECRET" not in card_text(card_of(view, 1))


def test_safe_browser_refuses_resources_even_from_raw_html(
    qtbot, resource_calls: list[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Defence in depth: if our renderer ever let an <img> through, nothing would be loaded."""
    png = tmp_path / "red.png"
    red = QImage(37, 23, QImage.Format.Format_RGB32)
    red.fill(QColor("red"))
    assert red.save(str(png))
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    for src in (png.as_uri(), str(png), "red.png"):
        browser.setHtml(f'<p>a <img src="{src}"> b</p>')
        browser.resize(300, 100)
        browser.show()
        shot = browser.grab().toImage()
        assert src in resource_calls or png.as_uri() in resource_calls  # Qt asked …
        image = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
        assert image is None or image.size() == QSize(1, 1)  # … and got an empty placeholder
        reds = sum(
            shot.pixelColor(x, y) == QColor("red") for x in range(shot.width()) for y in range(shot.height())
        )
        assert reds == 0  # the file's pixels never reached the screen
    browser.setSource(QUrl(png.as_uri()))
    assert browser.source().isEmpty()


def test_script_raw_html_and_javascript_links_are_neutralised(view: ChatView, url_spy: UrlSpy) -> None:
    body = (
        "<script>alert('x')</script>\n\n<b onclick=\"alert(1)\">bold?</b> "
        "[run](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>)"
    )
    view.set_conversation(1, [entry(1, Role.ASSISTANT, body)])
    text = card_text(card_of(view, 1))
    assert "<script>alert('x')</script>" in text  # shown literally, as text
    assert '<b onclick="alert(1)">bold?</b>' in text
    assert "run (javascript:alert(1))" in text  # label and target as text, nothing to click
    card = view.card_for(1)
    assert card is not None
    for browser in card.findChildren(QTextBrowser):
        assert not [f for f in all_fragments(browser.document()) if f.charFormat().isAnchor()]
        assert all(not f.charFormat().fontWeight() > 500 for f in all_fragments(browser.document()))
    view.request_link(QUrl("javascript:alert(1)"))
    assert view.link_dialog() is None and url_spy.opened == []


def _dialog(view: ChatView) -> QMessageBox:
    box = view.link_dialog()
    assert box is not None and box.isVisible()
    return box


def test_web_link_opens_only_after_confirmation_showing_full_url(
    view: ChatView, qtbot, url_spy: UrlSpy
) -> None:  # type: ignore[no-untyped-def]
    url = "https://intranet.example.com/reports/q2?id=7&view=full#part-3"
    view.set_conversation(1, [entry(1, Role.ASSISTANT, f"See [the report]({url}).")])
    card = view.card_for(1)
    assert card is not None
    prose = card.body.text_views()[0]
    click_anchor(qtbot, prose, lambda href: href.startswith("https://"))
    box = _dialog(view)
    assert url in box.text()
    assert url_spy.opened == []  # nothing opened before the answer
    open_button = next(b for b in box.buttons() if b.text() == "Open")
    with qtbot.waitSignal(view.linkOpenRequested, timeout=1000) as blocker:
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].toString() == url
    assert url_spy.opened == [url]


def test_cancelled_link_opens_nothing(view: ChatView, qtbot, url_spy: UrlSpy) -> None:  # type: ignore[no-untyped-def]
    view.set_conversation(1, [entry(1, Role.ASSISTANT, "<https://example.com/x>")])
    card = view.card_for(1)
    assert card is not None
    click_anchor(qtbot, card.body.text_views()[0], lambda href: True)
    box = _dialog(view)
    with qtbot.assertNotEmitted(view.linkOpenRequested):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: view.link_dialog() is None)
    assert url_spy.opened == []


def test_confirmation_is_not_modal_exec(view: ChatView, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The dialog is opened with open(): the call returns at once (safe inside coroutines)."""
    view.request_link(QUrl("mailto:anna@example.com"))
    box = _dialog(view)
    assert "mailto:anna@example.com" in box.text()
    box.reject()
