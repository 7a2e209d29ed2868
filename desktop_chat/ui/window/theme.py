"""Light, dark or the system's look, and the text size — applied to the whole application.

Why: the app follows the system's dark mode and font size by default (UX: "habits people already
have"), and lets people force light or dark. "system" hands the choice back to the platform style
and its colour scheme; "light"/"dark" use Fusion with a palette of our own, so both look the same
on every OS. The original style and font are remembered so switching back restores them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
_ORIGINAL_STYLE = "_desktop_chat_original_style"
_ORIGINAL_FONT = "_desktop_chat_original_font"
_ACCENT = QColor("#2f7bd6")


def dark_palette() -> QPalette:
    window, base, text = QColor("#202124"), QColor("#2a2b2e"), QColor("#e8e8ea")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#313236"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3b3f"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9a9aa0"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#2f3034"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Light: QColor("#4a4b50"),
        QPalette.ColorRole.Midlight: QColor("#3a3b40"),
        QPalette.ColorRole.Mid: QColor("#55565c"),
        QPalette.ColorRole.Dark: QColor("#18191b"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#3d8ee8"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: QColor("#c58af9"),
    }
    return _palette(roles, disabled=QColor("#7c7d82"))


def _palette(roles: dict[QPalette.ColorRole, QColor], *, disabled: QColor) -> QPalette:
    """A palette with `roles` in every group, and greyed text for disabled widgets."""
    p = QPalette()
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def light_palette() -> QPalette:
    text = QColor("#1f1f22")
    roles = {
        QPalette.ColorRole.Window: QColor("#f3f3f5"),
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: QColor("#ffffff"),
        QPalette.ColorRole.AlternateBase: QColor("#f6f6f8"),
        QPalette.ColorRole.ToolTipBase: QColor("#ffffff"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#85858b"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#fbfbfc"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#c62828"),
        QPalette.ColorRole.Light: QColor("#ffffff"),
        QPalette.ColorRole.Midlight: QColor("#ececef"),
        QPalette.ColorRole.Mid: QColor("#c4c4c9"),
        QPalette.ColorRole.Dark: QColor("#a0a0a6"),
        QPalette.ColorRole.Shadow: QColor("#6b6b70"),
        QPalette.ColorRole.Highlight: _ACCENT,
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#1a5fb4"),
        QPalette.ColorRole.LinkVisited: QColor("#7b3fb4"),
    }
    return _palette(roles, disabled=QColor("#9a9aa0"))


def system_is_dark() -> bool:
    """What the platform says (Qt ≥ 6.5), else judged from the default palette's window colour."""
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str, font_size: int) -> bool:
    """Apply `theme` ("system" | "light" | "dark"; anything else counts as "system") and the text
    size in points (0 = the system's). Returns True when the result is dark."""
    if app.property(_ORIGINAL_STYLE) is None:
        app.setProperty(_ORIGINAL_STYLE, app.style().name())
        app.setProperty(_ORIGINAL_FONT, QFont(app.font()).toString())
    hints = QGuiApplication.styleHints()
    if theme in ("light", "dark"):
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
        if app.style().name().lower() != "fusion":
            app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if theme == "dark" else light_palette())
        dark = theme == "dark"
    else:
        hints.unsetColorScheme()
        original = str(app.property(_ORIGINAL_STYLE) or "")
        if original and app.style().name().lower() != original.lower():
            app.setStyle(QStyleFactory.create(original))
        app.setPalette(QPalette())  # an empty palette: follow the platform, including later changes
        dark = system_is_dark()
    font = QFont()
    font.fromString(str(app.property(_ORIGINAL_FONT)))
    if font_size > 0:
        font.setPointSize(int(font_size))
    app.setFont(font)
    return dark
