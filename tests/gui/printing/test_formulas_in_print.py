"""Formulas in a printed chat: drawn through ui/render/formulas.py's `formula_image` when it gives a
picture, else their alt text (the LaTeX source) — never a broken picture, never a file loaded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from desktop_chat.ui.printing import document
from desktop_chat.ui.render import formulas

pytestmark = pytest.mark.gui

HTML = '<p>Area: <img src="formula:k1" alt="$\\pi r^2$"> m².</p>'


def _images(doc: QTextDocument) -> list[str]:
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return found


def test_without_a_drawing_the_formula_is_its_source(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(formulas, "formula_image", lambda *_a, **_k: None)  # it could not be drawn
    doc = document.PrintDocument()
    html = document._with_formulas(HTML, doc)
    assert "<img" not in html and "$\\pi r^2$" in html


def test_a_drawn_formula_is_the_documents_own_picture(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = []

    def formula_image(key: str, *, dark: bool, device_pixel_ratio: float = 1.0) -> QImage | None:
        calls.append((key, dark))
        image = QImage(int(40 * device_pixel_ratio), int(12 * device_pixel_ratio), QImage.Format.Format_RGB32)
        image.fill(QColor("black"))
        image.setDevicePixelRatio(device_pixel_ratio)
        return image

    monkeypatch.setattr(formulas, "formula_image", formula_image)
    doc = document.PrintDocument()
    html = document._with_formulas(HTML, doc)
    assert 'width="40" height="12"' in html
    doc.setHtml(html)
    assert _images(doc) == ["dc-print:formula/k1"]
    assert calls == [("k1", False)]


def test_nothing_else_is_ever_loaded(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    picture = tmp_path / "secret.png"
    QImage(8, 8, QImage.Format.Format_RGB32).save(str(picture))
    doc = document.PrintDocument()
    image_kind = QTextDocument.ResourceType.ImageResource.value
    assert doc.loadResource(image_kind, QUrl.fromLocalFile(str(picture))) is None
    assert doc.loadResource(image_kind, QUrl("https://example.com/a.png")) is None
