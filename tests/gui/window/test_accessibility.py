"""Every interactive widget of the window and its dialogs has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import (
    env_for,
    ready,
    type_and_send,
)

pytestmark = pytest.mark.gui


def unnamed_interactive(root) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    interactive = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                   QLineEdit, QPlainTextEdit, QTextEdit)
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.focusProxy() is None
        if not (isinstance(widget, interactive) or focusable):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the spin box / combo box itself carries the name
        if type(widget).__name__ in ("QScrollBar", "QMenu") or not widget.isVisibleTo(root):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else widget.accessibleName()
        if not (name or "").strip():
            missing.append(f"{type(widget).__name__}({widget.objectName()!r}) in "
                           f"{type(widget.parentWidget()).__name__}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(qtbot, make_shell, sim) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    shell.window.resize(1280, 800)
    type_and_send(qtbot, shell, "Show me a table and some code")
    qtbot.waitUntil(lambda: not shell.streaming.is_streaming(shell.current_id), timeout=10000)
    from PySide6.QtWidgets import QToolButton

    advanced = next(b for b in shell.sidebar.findChildren(QToolButton)
                    if b.accessibleName() == "Advanced settings")
    advanced.click()  # the advanced parameters are interactive too
    shell.conversation_list.search_box.setText("x")  # its clear button shows
    assert unnamed_interactive(shell.window) == []
    shell.gateway.open_settings()
    assert unnamed_interactive(shell.gateway.settings_dialog) == []
    shell.gateway.settings_dialog.reject()
    shell.gateway.open_welcome()
    assert unnamed_interactive(shell.gateway.welcome) == []
    shell.gateway.welcome.reject()
