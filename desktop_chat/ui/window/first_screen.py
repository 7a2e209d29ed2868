"""The window as it is first painted: its widgets, theme, place and the newest chats — nothing else.

Why: people judge the app by how fast its window appears. Everything the first paint does not
show — the event loop's asyncio machinery, the gateway client, the services, the feature
controllers — is built right after the paint (`MainController(session, first_screen=...)` takes
these widgets over). Nothing here may import asyncio: this module runs before the loop exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication

from desktop_chat.domain import Conversation
from desktop_chat.services import WindowState
from desktop_chat.ui.chat.view import ChatView
from desktop_chat.ui.conversations.panel import ConversationListPanel
from desktop_chat.ui.sidebar.panel import ParameterSidebar
from desktop_chat.ui.window.main_window import MainWindow

FIRST_ROWS = 60  # chats listed before the first paint; the rest come once the window is up


@dataclass(frozen=True)
class FirstScreen:
    """The widgets the window is made of, shown once already (theme and place applied)."""

    window: MainWindow
    chat_view: ChatView
    conversation_list: ConversationListPanel
    sidebar: ParameterSidebar
    prepared: bool = False  # theme, place and the first chats are applied


def build_widgets() -> FirstScreen:
    chat_view = ChatView()
    conversation_list = ConversationListPanel()
    sidebar = ParameterSidebar()
    window = MainWindow(conversation_list=conversation_list, chat_view=chat_view, sidebar=sidebar)
    return FirstScreen(window, chat_view, conversation_list, sidebar)


def prepare(
    *, theme: str, font_size: int, state: WindowState, conversations: Sequence[Conversation]
) -> FirstScreen:
    """The widgets with the person's theme, the window where it was left and the newest chats."""
    from desktop_chat.ui.window.theme import apply_theme

    screen = build_widgets()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        screen.chat_view.set_dark(apply_theme(app, theme, font_size))
    window = screen.window
    window.restore_geometry_b64(state.geometry)
    window.set_sidebar_visible(state.sidebar_visible)
    window.restore_panel_sizes(state.panel_sizes)
    window.set_theme_checked(theme)
    screen.conversation_list.set_conversations(conversations)
    return FirstScreen(window, screen.chat_view, screen.conversation_list, screen.sidebar, prepared=True)
