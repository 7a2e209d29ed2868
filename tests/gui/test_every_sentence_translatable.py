"""Every sentence the window shows goes through Qt's translation functions.

A translator that wraps each sentence it is asked for in ⟦…⟧ is installed before the window is
built; then the window is driven through the places people see words (menus, a chat with an
answer, a chat's context menu, the link question, the undo toast, an edit in progress, the
Settings, Welcome, Keyboard-shortcuts and "Something went wrong" dialogs). Every text of every
widget, shown or hidden (labels, buttons, actions, window titles, accessible names and descriptions,
placeholders, tool tips, combo items, table cells) must then be words inside ⟦…⟧ or data: the
chat's own messages, model ids and names, saved system prompts, numbers, addresses, key names and
symbols. A sentence written as a plain literal shows up unwrapped.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from desktop_chat.ui.language import NATIVE_NAMES
from desktop_chat.ui.sidebar.model_catalog import friendly_model_name
from desktop_chat.ui.system.crash_dialog import CrashDialog
from desktop_chat.ui.window.shortcuts import ShortcutsDialog
from tests.gui.helpers import SHELL_KEY, env_for, ready, send_and_wait, settle, start_slow_answer

pytestmark = pytest.mark.gui

OPEN, CLOSE = "⟦", "⟧"
USER_TEXT = "Hello from the translation test"
LINK = "https://example.com/page"
CRASH_DETAILS = "Traceback (most recent call last): boom"


class WrappingTranslator(QTranslator):
    """Every sentence asked for comes back as ⟦sentence⟧ (Qt's own words too)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:  # type: ignore[override]
        return False


_WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # innermost first: translations nest
_MARKUP = re.compile(r"<[^>]*>|&[#\w]+;")
_URL = re.compile(r"\b(?:https?|file|mailto)://?\S+|\b[\w.-]+@[\w.-]+")
_PATH = re.compile(r"(?:/[\w.~-]+)+/?")
_KEYS = re.compile(
    r"(?:\b(?:Ctrl|Shift|Alt|Meta)\+)+(?:F\d{1,2}\b|Enter|Return|Esc|Up|Down|Del(?:ete)?|[A-Za-z0-9,])"
    r"|\bF\d{1,2}\b|\bEsc\b|\bDel(?:ete)?\b|\bEnter\b"
)


def unwrapped_words(text: str, data: tuple[str, ...], *, keys: bool = False) -> str:
    """What is left of `text` that is neither translated words nor data ("" when all is well)."""
    rest, before = text, None
    while rest != before:
        before, rest = rest, _WRAPPED.sub(" ", rest)
    rest = _MARKUP.sub(" ", rest)
    for item in sorted(data, key=len, reverse=True):
        if item:
            rest = rest.replace(item, " ")
    rest = _URL.sub(" ", rest)
    rest = _PATH.sub(" ", rest)
    if keys:
        rest = _KEYS.sub(" ", rest)
    rest = re.sub(r"\(\s*(?:Ctrl|Shift|Alt)\+[^)]*\)", " ", rest)  # "(Ctrl+N)" after a sentence
    return rest.strip() if re.search(r"[^\W\d_]{2,}", rest) else ""


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) of everything a person can see or hear of one widget."""
    found = [("accessibleName", widget.accessibleName()),
             ("accessibleDescription", widget.accessibleDescription()),
             ("toolTip", widget.toolTip()), ("statusTip", widget.statusTip())]
    if widget.isWindow():
        found.append(("windowTitle", widget.windowTitle()))
    if isinstance(widget, QLabel):
        found.append(("text", widget.text()))
    if isinstance(widget, QAbstractButton):
        found.append(("text", widget.text()))
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        found.append(("placeholderText", widget.placeholderText()))
    if isinstance(widget, QMenu):
        found.append(("title", widget.title()))
    if isinstance(widget, QComboBox):
        for row in range(widget.count()):
            found.append((f"item {row}", widget.itemText(row)))
            found.append((f"item {row} tip", str(widget.itemData(row, 3) or "")))  # ToolTipRole
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            found.append((f"header {column}", header.text() if header is not None else ""))
    return found


def untranslated(widgets: list[QWidget], data: tuple[str, ...]) -> list[str]:
    problems: list[str] = []
    seen: set[int] = set()

    def check(owner: str, what: str, text: str, *, keys: bool = False) -> None:
        left = unwrapped_words(text, data, keys=keys)
        if left:
            problems.append(f"{owner} {what}: {text!r} (unwrapped: {left!r})")

    for root in widgets:
        for widget in [root, *root.findChildren(QWidget)]:
            if id(widget) in seen:
                continue
            seen.add(id(widget))
            name = f"{type(widget).__name__}#{widget.objectName() or '?'}"
            for what, text in texts_of(widget):
                check(name, what, text)
            if isinstance(widget, QTableWidget):
                for row in range(widget.rowCount()):
                    for column in range(widget.columnCount()):
                        item = widget.item(row, column)
                        if item is not None:
                            check(name, f"cell {row},{column}", item.text(), keys=column == 0)
            for action in widget.actions():
                if id(action) in seen:
                    continue
                seen.add(id(action))
                label = f"QAction {action.text()!r}"
                for what, text in (("text", action.text()), ("iconText", action.iconText()),
                                   ("toolTip", action.toolTip()), ("statusTip", action.statusTip())):
                    check(label, what, text)
                if action.menu() is not None and action.menu() not in widgets:
                    widgets.append(action.menu())
    return problems


@pytest.fixture
def wrapping_translator(qapp):
    translator = WrappingTranslator(qapp)
    assert qapp.installTranslator(translator)
    assert QCoreApplication.translate("Any", "words") == f"{OPEN}words{CLOSE}"
    yield translator
    qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Any", "words") == "words"


# opening the menus as popups: the offscreen platform cannot grab the keyboard for them (harmless)
@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_every_sentence_of_the_window_goes_through_translation(qtbot, make_shell, sim, wrapping_translator):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    window = shell.window
    window.resize(1280, 800)
    qtbot.waitUntil(shell.sidebar.isVisible, timeout=3000)

    # a chat with a question and an answer
    answer = send_and_wait(qtbot, shell, USER_TEXT).message
    shell.chat_view.flush_pending_updates()
    cid = shell.current_id
    entries = shell.chat_view.entries()
    assert [e.message.content for e in entries] == [USER_TEXT, answer.content]
    cards = [shell.chat_view.card_for(e.id) for e in entries]
    assert all(card is not None for card in cards)
    qtbot.waitUntil(lambda: all(card.isVisible() for card in cards), timeout=3000)

    # data, not words: the messages, the chat's title, the languages of code blocks, the window's data
    fence_languages = tuple(re.findall(r"^```(\w+)", answer.content, re.MULTILINE))
    data = (USER_TEXT, answer.content, CRASH_DETAILS, *fence_languages, answer.model or "",
            friendly_model_name(answer.model or ""), shell.session.conversations.title(cid) or "",
            *window_data(shell, sim))

    # things that show only on request
    shell.sidebar.advanced_button.setChecked(True)
    user_card = cards[0]
    user_card.start_edit()
    shell.chat_view.confirm_link(QUrl(LINK))
    link_box = shell.chat_view.link_dialog()
    assert link_box is not None
    menu = shell.conversation_list.context_menu_for(cid)
    assert menu is not None
    menus = [menu, *(a.menu() for a in window.menuBar().actions() if a.menu() is not None)]
    for each in menus:
        each.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(each.isVisible, timeout=3000)
        each.hide()
    shell.gateway.open_settings()
    settings = shell.gateway.settings_dialog
    assert settings is not None
    settings.replace_button.setChecked(True)  # the new-key field and "Keep current"
    shell.gateway.open_welcome()
    welcome = shell.gateway.welcome
    assert welcome is not None
    shell.window_controller.open_shortcuts()
    qtbot.waitUntil(lambda: any(isinstance(w, ShortcutsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=3000)
    shortcuts = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))

    crash = CrashDialog(window, details=CRASH_DETAILS, log_path="/tmp/app.log")
    crash.show()

    roots: list[QWidget] = [window, link_box, settings, welcome, shortcuts, crash, *menus]
    problems = untranslated(roots, data)

    # the undo toast of a deleted chat (after the walk above: deleting empties the chat on screen)
    shell.conversation_list.delete_conversation(cid)
    toast = shell.conversation_list.toast
    qtbot.waitUntil(toast.isVisible, timeout=3000)
    problems += untranslated([toast], data)

    user_card.cancel_edit()
    for dialog in (link_box, settings, welcome, shortcuts, crash):
        dialog.close()
    assert not problems, "not through Qt's translation:\n" + "\n".join(problems)


def test_the_words_of_an_answer_streaming_and_stopped_go_through_translation(
        qtbot, make_shell, sim, wrapping_translator):
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    cid = start_slow_answer(qtbot, shell, sim, USER_TEXT)
    shell.chat_view.flush_pending_updates()
    answer_id = shell.chat_view.entries()[-1].id
    live = shell.session.chat.live_answer(cid)
    data = (USER_TEXT, getattr(live, "text", ""), *window_data(shell, sim))
    streaming = untranslated([shell.window], data)  # the Stop button, "Writing…", "Answering…"
    assert shell.composer.button.accessibleName() == f"{OPEN}Stop the answer{CLOSE}"

    shell.stop_current()
    settle(qtbot, shell)
    shell.chat_view.flush_pending_updates()
    card = shell.chat_view.card_for(answer_id)
    assert card is not None and card.notice.isVisibleTo(card)
    stopped_text = shell.session.store.branch(cid)[-1].content
    stopped = untranslated([shell.window], (*data, stopped_text))  # "You stopped this answer." Continue
    assert not streaming + stopped, "not through Qt's translation:\n" + "\n".join(streaming + stopped)


def window_data(shell: Any, sim: Any) -> tuple[str, ...]:
    """Data the window shows that is not words of the app: the models' ids and names, the saved
    system prompts (the person's own, first seeded by the settings), the gateway's address."""
    picker = shell.sidebar.model_picker
    ids = [str(picker.itemData(r, picker.ID_ROLE) or "") for r in range(picker.count())]
    names = [picker.itemText(r).strip() for r in range(picker.count()) if picker.itemData(r, picker.ID_ROLE)]
    presets = [part for preset in shell.session.settings.system_prompt_presets for part in preset]
    languages = tuple(NATIVE_NAMES.values())  # each language is named in itself, never translated
    return (*ids, *names, *(friendly_model_name(i) for i in ids if i), *presets, *languages, sim.base_url,
            SHELL_KEY[-4:])


def test_the_checker_sees_plain_words_and_lets_data_through():
    data = ("gpt-4o-mini", "Hello there")
    assert unwrapped_words("Send", data) == "Send"
    assert unwrapped_words("⟦Send⟧", data) == ""
    assert unwrapped_words("⟦Answer from⟧ gpt-4o-mini", data) == ""
    assert unwrapped_words("⟦⟦Temperature⟧ slider⟧", data) == ""
    assert unwrapped_words("⟦Kept in ⟦the store⟧, never in a file.⟧", data) == ""
    assert unwrapped_words("⟦Temperature⟧ slider", data) == "slider"
    assert unwrapped_words("Hello there — Desktop Chat", data) == "— Desktop Chat"
    assert unwrapped_words("⟦Start a new chat⟧ (Ctrl+N)", data) == ""
    assert unwrapped_words('<span style="color:#9e9e9e">●</span> ⟦Connected⟧', data) == ""
    assert unwrapped_words("1/2", data) == "" and unwrapped_words("‹", data) == ""
    assert unwrapped_words("Ctrl+Shift+E", data, keys=True) == ""
    assert unwrapped_words("Ctrl+Shift+E", data) != ""
    assert unwrapped_words("Open https://example.com/x?", data) == "Open"
