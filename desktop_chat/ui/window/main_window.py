"""The main window: conversation list | chat + composer | parameter sidebar, menus and shortcuts.

Why a module of its own: this is the window's *shape* — which widget sits where, the menu bar, the
toolbar toggle, keyboard shortcuts, remembering size and position. What happens when something is
clicked lives in ui/shell.py, so this file stays small and the layout can be tested on its own.
Panels are built by their owners (conversation_list, chat_view, sidebar); the window only places them.
Its words (menus, actions, tooltips, the title) are all written by `retranslate`, again on every
language switch; the panels rewrite their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.services import Policy
from desktop_chat.ui.composer.widget import Composer
from desktop_chat.ui.language import is_language_change, without_mnemonic
from desktop_chat.ui.policy_words import PolicyInForce, lock
from desktop_chat.ui.window.shortcuts import description_for
from desktop_chat.ui.window.status_bar import StatusBar

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Desktop Chat")  # the English source; shown: app_title()
AUTO_HIDE_SIDEBAR_BELOW = 1000  # window width (px) under which the parameter sidebar steps aside
MIN_CHAT_COLUMN = 420  # the chat column keeps at least this much when the sidebar is hidden
LIST_MIN_WIDTH = 200
SIDEBAR_MIN_WIDTH = 240

# Shortcuts from ui/shortcuts.SHORTCUTS that a widget handles itself (they must act only while that
# widget has the focus, so they are not window-wide actions). Every other key there is a QAction
# or QShortcut of this window; tests/gui/window/test_keys.py checks both.
WIDGET_SHORTCUTS: dict[str, str] = {
    "Enter": "composer (keyPressEvent): send",
    "Shift+Enter": "composer (keyPressEvent): new line",
    "Ctrl+Enter": "composer (keyPressEvent): send",
    "Delete": "conversation list (eventFilter): delete the selected chat",
    "Ctrl+Z": "conversation list (QShortcut on the list): undo delete",
    "Ctrl+C": "chat view and text fields (Qt's standard copy)",
}


def app_title() -> str:
    """The app's name as the window title shows it, translated."""
    return QCoreApplication.translate("MainWindow", APP_TITLE)


class MainWindow(QMainWindow):
    """Holds the panels and the actions; emits `closeRequested` instead of closing by itself."""

    closeRequested = Signal()
    escapePressed = Signal()  # Esc while an answer streams in the chat on screen (see set_stop_enabled)

    def __init__(self, *, conversation_list: QWidget, chat_view: QWidget, sidebar: QWidget) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._chat_title: str | None = None
        self._keys: dict[QAction, str] = {}  # an action's shortcut, as SHORTCUTS writes it (for its tip)
        self.setMinimumSize(720, 480)
        self.resize(1280, 820)
        self._allow_close = False
        # The sidebar: what the person (or the saved settings) chose, and whether a narrow window
        # hid it by itself (widening shows it again; any explicit toggle clears this).
        self._sidebar_wanted = True
        self._sidebar_auto_hidden = False
        self._narrow: bool | None = None  # unknown until the first resize
        self.policy_in_force = PolicyInForce(Policy())  # the organisation's (set_policy); dialogs read it
        self._syncing_action = False

        self.conversation_list = conversation_list
        self.chat_view = chat_view
        self.sidebar = sidebar
        self.composer = Composer(self)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)

        centre = QWidget(self)
        centre.setObjectName("chatColumn")
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(chat_view, 1)
        column.addWidget(self.composer, 0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(conversation_list)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(sidebar)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([260, 720, 290])
        conversation_list.setMinimumWidth(LIST_MIN_WIDTH)
        sidebar.setMinimumWidth(max(SIDEBAR_MIN_WIDTH, sidebar.minimumWidth()))  # more if its words need it
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.retranslate()

    # --- actions ---------------------------------------------------------------------------------
    def _action(self, shortcut: str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._keys[action] = shortcut
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _words(self, action: QAction, text: str, *, tip: str = "") -> None:
        """An action's text, and its tip: `tip`, else its shortcut's description with the keys."""
        action.setText(text)
        shortcut = self._keys.get(action)
        if not tip and shortcut is not None:
            try:
                keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)  # "Strg+N"
                tip = f"{description_for(shortcut)} ({keys})"
            except KeyError:
                tip = ""
        action.setToolTip(tip)  # "" → Qt's own: the text without "&" and "…"
        action.setStatusTip(tip)

    def _build_actions(self) -> None:
        self.new_chat_action = self._action("Ctrl+N")
        self.export_action = self._action("Ctrl+Shift+E")
        self.export_all_action = self._action()
        self.print_action = self._action("Ctrl+P")
        self.export_pdf_action = self._action()
        self.import_action = self._action()
        self.backup_action = self._action()
        self.empty_trash_action = self._action()
        self.quit_action = self._action("Ctrl+Q")
        # Ctrl+Q quits wherever the focus is (composer, chat text, a dialog of this app)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action("Ctrl+F")
        self.rename_action = self._action("F2")
        self.settings_action = self._action("Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.stop_action = self._action()  # Esc is handled by the composer/window
        self.sidebar_action = self._action("Ctrl+Shift+S")
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.sidebar_action.toggled.connect(self._on_sidebar_action_toggled)
        self.theme_actions: dict[str, QAction] = {}
        for key in ("system", "light", "dark"):
            action = QAction(self)
            action.setCheckable(True)
            self.theme_actions[key] = action
        self.shortcuts_action = self._action("F1")
        self.about_action = self._action()
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.log_folder_action = self._action()
        self.diagnostic_report_action = self._action()
        self.copy_chat_action = self._action()
        self.usage_action = self._action()
        self.focus_composer_action = self._action("Ctrl+L")
        self.next_chat_action = self._action("Alt+Down")
        self.prev_chat_action = self._action("Alt+Up")
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape_shortcut.activated.connect(self.escapePressed)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu: QMenu = bar.addMenu("")
        file_menu = self.file_menu
        file_menu.addAction(self.new_chat_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_all_action)
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.export_pdf_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.empty_trash_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = edit_menu = bar.addMenu("")
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.rename_action)
        edit_menu.addAction(self.copy_chat_action)
        edit_menu.addAction(self.stop_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        self.view_menu = view_menu = bar.addMenu("")
        view_menu.addAction(self.sidebar_action)
        self.theme_menu = theme_menu = view_menu.addMenu("")
        for action in self.theme_actions.values():
            theme_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.focus_composer_action)
        view_menu.addAction(self.next_chat_action)
        view_menu.addAction(self.prev_chat_action)
        view_menu.addSeparator()
        view_menu.addAction(self.usage_action)
        self.help_menu = help_menu = bar.addMenu("")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.log_folder_action)
        help_menu.addAction(self.diagnostic_report_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        """Settings and the sidebar toggle, at the right end of the menu bar (no extra row)."""
        corner = QWidget(self)
        corner.setObjectName("menuCorner")
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(2)
        self.corner_buttons: list[QToolButton] = []
        for action in (self.settings_action, self.sidebar_action):
            button = QToolButton(corner)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
            self.corner_buttons.append(button)
        self.menuBar().setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.toolbar = corner

    # --- words -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every word of the window itself: title, menus, actions and their tips, the corner buttons."""
        self.setAccessibleName(app_title())
        self._show_title()
        words = self._words
        words(self.new_chat_action, self.tr("&New chat"), tip=self.tr("Start a new conversation"))
        words(self.export_action, self.tr("&Export chat…"))
        words(self.export_all_action, self.tr("Export &all chats…"),
              tip=self.tr("Save every chat into one JSON archive"))
        words(self.print_action, self.tr("&Print…"))
        words(self.export_pdf_action, self.tr("Export as P&DF…"),
              tip=self.tr("Save the chat on screen as a PDF: code, formulas and pictures included"))
        words(self.import_action, self.tr("&Import archive or ChatGPT export…"))
        words(self.backup_action, self.tr("&Backup history…"))
        words(self.empty_trash_action, self.tr("Empty &trash…"),
              tip=self.tr("Delete the chats in the trash for good"))
        words(self.quit_action, self.tr("&Quit"))
        words(self.find_action, self.tr("&Search chats"))
        words(self.rename_action, self.tr("&Rename chat"))
        words(self.settings_action, self.tr("&Settings…"))
        words(self.stop_action, self.tr("S&top answer"))
        words(self.sidebar_action, self.tr("&Parameter sidebar"), tip=self.tr("Show or hide the sidebar"))
        for key, label in (("system", self.tr("Follow the &system")), ("light", self.tr("&Light")),
                           ("dark", self.tr("&Dark"))):
            self.theme_actions[key].setText(label)
        words(self.shortcuts_action, self.tr("&Keyboard shortcuts"))
        words(self.about_action, self.tr("&About Desktop Chat"))
        words(self.log_folder_action, self.tr("Open &log folder"))
        words(self.diagnostic_report_action, self.tr("Copy &diagnostic report"),
              tip=self.tr("Copy versions, settings, the connection test and the log, without any key, "
                          "for IT"))
        words(self.copy_chat_action, self.tr("&Copy whole chat as text"))
        words(self.usage_action, self.tr("&Usage and costs…"),
              tip=self.tr("Tokens and estimated costs per day, model and chat"))
        words(self.focus_composer_action, self.tr("Focus the message box"))
        words(self.next_chat_action, self.tr("Next chat"))
        words(self.prev_chat_action, self.tr("Previous chat"))

        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        for menu, title in ((self.file_menu, self.tr("&File")), (self.edit_menu, self.tr("&Edit")),
                            (self.view_menu, self.tr("&View")), (self.theme_menu, self.tr("&Theme")),
                            (self.help_menu, self.tr("&Help"))):
            menu.setTitle(title)
            menu.setAccessibleName(without_mnemonic(title))

        corner_labels = (self.tr("Settings"), self.tr("Sidebar"))
        for button, label in zip(self.corner_buttons, corner_labels, strict=True):
            action = button.defaultAction()
            action.setIconText(label)  # what a tool button shows
            button.setAccessibleName(without_mnemonic(action.text()).rstrip("…"))
        self._show_policy()  # the tips just written: a locked action's say "Set by your organisation"

    def set_policy(self, policy: PolicyInForce) -> None:
        """The organisation's policy: Export and Import greyed when it does not allow them."""
        self.policy_in_force = policy
        self._show_policy()

    def _show_policy(self) -> None:
        policy = self.policy_in_force.policy
        # printing and PDF take the chat out of the app as exporting does
        lock((self.export_action, self.export_all_action, self.print_action, self.export_pdf_action),
             not policy.export_allowed)
        lock((self.import_action,), not policy.import_allowed)

    def changeEvent(self, event: QEvent) -> None:
        # (a window being torn down gets the event after its menus went: nothing left to word)
        if is_language_change(event) and shiboken6.isValid(self.help_menu):
            self.retranslate()
        super().changeEvent(event)

    # --- state -----------------------------------------------------------------------------------
    def set_chat_title(self, title: str | None) -> None:
        self._chat_title = title
        self._show_title()

    def _show_title(self) -> None:
        title = self._chat_title
        self.setWindowTitle(f"{title} — {app_title()}" if title else app_title())

    def set_sidebar_visible(self, visible: bool) -> None:
        """The person's (or the saved settings') choice: it wins over the narrow-window rule."""
        self._sidebar_wanted = visible
        self._sidebar_auto_hidden = False
        self._show_sidebar(visible)
        if not visible:
            return
        if self._narrow is None and self.width() < AUTO_HIDE_SIDEBAR_BELOW and not self.isVisible():
            return  # not shown yet: the first resize applies the narrow-window rule
        self._fit_chat_column()

    def sidebar_wanted(self) -> bool:
        """Whether the sidebar should show in a wide window (what to save in the settings)."""
        return self._sidebar_wanted

    def sidebar_auto_hidden(self) -> bool:
        return self._sidebar_auto_hidden

    def _show_sidebar(self, visible: bool) -> None:
        self.sidebar.setVisible(visible)
        if self.sidebar_action.isChecked() != visible:
            self._syncing_action = True
            try:
                self.sidebar_action.setChecked(visible)
            finally:
                self._syncing_action = False

    def _on_sidebar_action_toggled(self, checked: bool) -> None:
        if not self._syncing_action:
            self.set_sidebar_visible(checked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < AUTO_HIDE_SIDEBAR_BELOW
        if narrow != self._narrow:
            self._narrow = narrow
            if narrow and not self.sidebar.isHidden():
                self._sidebar_auto_hidden = True
                self._show_sidebar(False)
            elif not narrow and self._sidebar_auto_hidden:
                self._sidebar_auto_hidden = False
                self._show_sidebar(True)
        self._fit_chat_column(event.size().width())

    def _fit_chat_column(self, width: int | None = None) -> None:
        """Keep the chat column ≥ MIN_CHAT_COLUMN by narrowing the conversation list (to its minimum)."""
        sizes = self.splitter.sizes()
        if len(sizes) != 3:
            return
        total = (width if width is not None else self.width()) - 2 * self.splitter.handleWidth()
        side = sizes[2] if not self.sidebar.isHidden() else 0
        room_for_list = total - side - MIN_CHAT_COLUMN
        if sizes[0] > room_for_list and sizes[0] > LIST_MIN_WIDTH:
            new_list = max(LIST_MIN_WIDTH, room_for_list)
            self.splitter.setSizes([new_list, max(0, total - side - new_list), sizes[2]])

    def set_stop_enabled(self, enabled: bool) -> None:
        """Esc stops the answer only while one streams in the chat on screen."""
        self.escape_shortcut.setEnabled(enabled)

    def panel_sizes(self) -> tuple[int, ...]:
        return tuple(self.splitter.sizes())

    def restore_panel_sizes(self, sizes: tuple[int, ...]) -> None:
        if len(sizes) == 3 and all(size >= 0 for size in sizes) and any(sizes):
            self.splitter.setSizes(list(sizes))

    def set_theme_checked(self, theme: str) -> None:
        for key, action in self.theme_actions.items():
            action.setChecked(key == theme)

    def geometry_b64(self) -> str:
        return bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    def restore_geometry_b64(self, data: str) -> bool:
        """Put the window where it was; without a saved place, a size that fits the screen."""
        restored = False
        if data:
            try:
                restored = bool(self.restoreGeometry(QByteArray.fromBase64(data.encode("ascii"))))
            except (ValueError, UnicodeError):
                restored = False
        if not restored:
            self.fit_to_screen()
        return restored

    def fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = min(1280, int(area.width() * 0.9))
        height = min(820, int(area.height() * 0.9))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        left = area.x() + (area.width() - self.width()) // 2
        self.move(left, area.y() + (area.height() - self.height()) // 2)

    # --- keyboard: Tab walks list → chat → message box → sidebar → menu-bar buttons --------------
    def tab_regions(self) -> tuple[QWidget, ...]:
        return (self.conversation_list, self.chat_view, self.composer, self.sidebar, self.toolbar)

    def tab_chain(self) -> list[QWidget]:
        """The widgets Tab visits, region by region; inside a region, Qt's own focus chain order.

        Qt's chain follows creation order (panels are built before the window, chat cards whenever
        they scroll into view), which sent Tab from the list to the sidebar and skipped the chat.
        """
        by_region: list[list[QWidget]] = [[] for _ in self.tab_regions()]
        regions = self.tab_regions()
        widget = self.nextInFocusChain()
        seen: set[int] = set()
        while widget is not None and widget is not self and id(widget) not in seen:
            seen.add(id(widget))
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus \
                    and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
                for i, region in enumerate(regions):
                    if region is widget or region.isAncestorOf(widget):
                        by_region[i].append(widget)
                        break
            widget = widget.nextInFocusChain()
        return [w for group in by_region for w in group]

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt's name for the argument
        chain = self.tab_chain()
        current = QApplication.focusWidget()
        if current is not None and current.focusProxy() is None and current not in chain:
            parent = current.parentWidget()  # e.g. the viewport of a view: use the view
            while parent is not None and parent not in chain and parent is not self:
                parent = parent.parentWidget()
            current = parent if parent in chain else current
        if not chain or current not in chain:
            return super().focusNextPrevChild(next)
        step = 1 if next else -1
        target = chain[(chain.index(current) + step) % len(chain)]
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def allow_close(self) -> None:
        """The shell has saved everything: the next close really closes."""
        self._allow_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close:
            event.accept()
            return
        event.ignore()
        self.closeRequested.emit()
