"""The root of the window's behaviour: builds the feature controllers and wires "the chat on screen".

Why it is thin: each feature (the chat list, the chat on screen, the composer, the sidebar, the
gateway and its key, files, the window itself) has its own controller that receives only the
services and widgets it needs. This object creates them, connects the menu actions and the
notice bar to them, and owns the two things that are truly window-wide: the start-up sequence
after the first paint and the one way of quitting (drafts, window state and every streaming
answer saved, the history closed). It holds no behaviour of its own beyond that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_chat.domain import Attachment, Message, Refusal, Role
from desktop_chat.services import AnswerEnded, ContextTrimmed, FilesService, Session, TurnStarted
from desktop_chat.ui.chat.answer_status import AnswerStatus
from desktop_chat.ui.chat.controller import ChatScreen
from desktop_chat.ui.chat.streaming import Streaming
from desktop_chat.ui.chat.tools_controller import ToolsController
from desktop_chat.ui.chat.waiting import Waiting
from desktop_chat.ui.composer.attachments_controller import AttachmentsController
from desktop_chat.ui.composer.context_controller import ContextController
from desktop_chat.ui.composer.controller import ComposerController
from desktop_chat.ui.conversations.controller import ConversationsController
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.dialogs.files import FilesController, exported_words
from desktop_chat.ui.dialogs.gateway import GatewayController
from desktop_chat.ui.language import Languages
from desktop_chat.ui.notices import Notice, NoticeAction, NoticeKind, Notices
from desktop_chat.ui.policy_words import PolicyInForce
from desktop_chat.ui.printing.controller import PrintController
from desktop_chat.ui.problems import attempt, reporter
from desktop_chat.ui.sidebar.controller import SidebarController
from desktop_chat.ui.system.backups_controller import BackupsController
from desktop_chat.ui.system.diagnostics_controller import SupportController
from desktop_chat.ui.system.updates_controller import UpdatesController
from desktop_chat.ui.tasks import TaskRunner
from desktop_chat.ui.window.controller import WindowController
from desktop_chat.ui.window.first_screen import FirstScreen, build_widgets

if TYPE_CHECKING:
    from desktop_chat.ui.usage.window import UsageWindow

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


class MainController(QObject):
    """The window and its feature controllers; see the module docstring."""

    quitRequested = Signal(int)

    def __init__(self, session: Session, *, startup_notice: Notice | None = None,
                 first_screen: FirstScreen | None = None, languages: Languages | None = None,
                 policy_source: str = "") -> None:
        """`first_screen`: the widgets already shown by the composition root (else built here);
        `languages`: the translators the composition root installed (else none yet: English);
        `policy_source`: the file the organisation's policy was read from (Settings names it)."""
        super().__init__()
        self.languages = languages or Languages(self)
        self.session = session
        self.exit_code = 0
        self._shut_down = False
        self.usage_window: UsageWindow | None = None
        self.notices = Notices(self)
        self.tasks = TaskRunner(reporter(self.notices))
        self.current = CurrentChat(self)

        screen = first_screen or build_widgets()
        self.chat_view = screen.chat_view
        self.conversation_list = screen.conversation_list
        self.sidebar = screen.sidebar
        self.window = screen.window
        self.composer = self.window.composer
        self.status = self.window.status
        # the organisation's policy: Export/Import greyed when not allowed; dialogs read it from the window
        self.window.set_policy(PolicyInForce(session.policy, policy_source))
        self.conversation_list.export_allowed = session.policy.export_allowed

        conversations = session.conversations
        self.streaming = Streaming(lambda: session.chat, self.tasks, self)
        self.window_controller = WindowController(window=self.window, chat_view=self.chat_view,
                                                  session=session, parent=self)
        self.sidebar_controller = SidebarController(
            sidebar=self.sidebar, current=self.current, session=session, conversations=conversations,
            notices=self.notices, refresh_models=lambda: self.gateway.refresh_models_soon(), parent=self)
        self.gateway = GatewayController(
            session=session, parent_window=self.window, status=self.status, notices=self.notices,
            tasks=self.tasks, show_models=self.sidebar_controller.show_models,
            after_welcome=self._focus_composer, apply_theme=self.window_controller.apply_theme,
            apply_language=self.languages.apply, parent=self)
        self.chats = ConversationsController(
            panel=self.conversation_list, current=self.current, conversations=conversations,
            streaming=self.streaming, notices=self.notices, parent=self)
        self.chat_screen = ChatScreen(
            view=self.chat_view, current=self.current, conversations=conversations,
            chat=lambda: session.chat, streaming=self.streaming, notices=self.notices,
            require_gateway=self.gateway.require_gateway, say_busy=self._say_busy,
            price_for=session.knowledge.price_for, parent=self)
        self.waiting = Waiting(streaming=self.streaming, current=self.current, notices=self.notices,
                               view=self.chat_view, parent=self)
        self.chat_view.set_attachment_source(session.attachments)
        self.attachments = AttachmentsController(
            session=session, composer=self.composer, current=self.current, notices=self.notices,
            tasks=self.tasks, new_chat_settings=self.sidebar_controller.new_chat_settings,
            switch_model=self.sidebar_controller.choose_model, preview=self._preview_draft_file,
            thumbnail=self._draft_thumbnail, parent=self)
        self.composer_controller = ComposerController(
            composer=self.composer, current=self.current, conversations=conversations,
            streaming=self.streaming, notices=self.notices, require_gateway=self.gateway.require_gateway,
            new_chat_settings=self.sidebar_controller.new_chat_settings,
            may_take_focus=lambda: not self.conversation_list.keyboard_navigation,
            set_stop_enabled=self.window.set_stop_enabled, files_busy=self.attachments.busy, parent=self)
        self.context = ContextController(
            session=session, meter=self.composer.meter, composer=self.composer, view=self.chat_view,
            current=self.current, notices=self.notices, tasks=self.tasks,
            new_chat_settings=self.sidebar_controller.new_chat_settings,
            draft_files=lambda: self.attachments.files, parent=self)
        self.tools = ToolsController(
            session=session, view=self.chat_view, row=self.sidebar.tools_row, current=self.current,
            streaming=self.streaming, notices=self.notices, tasks=self.tasks, redraw=self.chat_screen.redraw,
            parent=self)
        self.answer_status = AnswerStatus(status=self.status, current=self.current, streaming=self.streaming,
                                          chat=lambda: session.chat, conversations=conversations,
                                          price_for=session.knowledge.price_for, parent=self)
        files = FilesService(session.paths.database, changes=session.changes, document_words=exported_words(),
                             policy=session.policy)
        self._files_service = files
        self.files = FilesController(
            files=files, parent_window=self.window, current=self.current,
            title_of=conversations.title, backups_dir=session.paths.backups_dir, notices=self.notices,
            tasks=self.tasks, parent=self)

        self.backups = BackupsController(session=session, parent_window=self.window, notices=self.notices,
                                         tasks=self.tasks, parent=self)
        self.backups.restartRequested.connect(self.request_quit)  # a restore: quit, swap, start again
        self.updates = UpdatesController(session=session, notices=self.notices, tasks=self.tasks, parent=self)

        self.printing = PrintController(
            conversations=conversations, attachments=session.attachments, parent_window=self.window,
            current=self.current, notices=self.notices, tasks=self.tasks, parent=self)

        self.support = SupportController(session=session, window=self.window, notices=self.notices,
                                         tasks=self.tasks, parent=self)  # Help → diagnostic report, curl

        self._wire()
        if not screen.prepared:
            self.window_controller.apply_theme()
            self.window_controller.restore()
        self.chats.refresh()
        self.new_chat()
        if startup_notice is not None:
            self.notices.show(startup_notice)

    # --- wiring ----------------------------------------------------------------------------------
    def _wire(self) -> None:
        w, notices = self.window, self.notices
        notices.bannerShown.connect(self.chat_view.show_notice)
        notices.bannerCleared.connect(self.chat_view.clear_notice)
        notices.remark.connect(lambda text, ms: self.status.showMessage(text, ms))
        self.chat_view.noticeDismissed.connect(notices.dismissed)
        self.chat_view.noticeActionTriggered.connect(self._on_notice_action)
        self.current.changed.connect(self._on_current_changed)
        self.current.leaving.connect(lambda _cid: notices.clear())
        self.streaming.refused.connect(self._on_refused)
        self.streaming.answerEnded.connect(self._on_answer_ended)
        self.streaming.turnStarted.connect(self._on_turn_started)
        self.streaming.contextTrimmed.connect(self._on_context_trimmed)
        self.sidebar.settingsChanged.connect(lambda _settings: self.context.update())
        self.sidebar.settingsChanged.connect(lambda _settings: self.attachments.check())
        self.chats.hitOpened.connect(self._on_hit_opened)
        self.conversation_list.exportRequested.connect(self.files.export_conversation)

        self.languages.changed.connect(self._retranslate)
        w.closeRequested.connect(self.request_quit)
        w.quit_action.triggered.connect(self.request_quit)
        w.new_chat_action.triggered.connect(self.new_chat)
        w.find_action.triggered.connect(self.conversation_list.focus_search)
        w.focus_composer_action.triggered.connect(self.composer.focus_input)
        w.next_chat_action.triggered.connect(lambda: self.chats.select_adjacent(1))
        w.prev_chat_action.triggered.connect(lambda: self.chats.select_adjacent(-1))
        w.stop_action.triggered.connect(self.stop_current)
        w.escapePressed.connect(self.stop_current)
        w.set_stop_enabled(False)
        w.copy_chat_action.triggered.connect(self._copy_chat)
        w.rename_action.triggered.connect(self.chats.rename_current)
        w.settings_action.triggered.connect(lambda: self.open_settings())
        w.export_action.triggered.connect(self.files.export_current)
        w.export_all_action.triggered.connect(self.files.export_all)
        w.print_action.triggered.connect(self.printing.print_current)
        w.export_pdf_action.triggered.connect(self.printing.export_pdf_current)
        if self.session.policy.export_allowed:  # else the window keeps them greyed (a PDF is an export)
            for action in (w.print_action, w.export_pdf_action):
                action.setEnabled(self.printing.available)
                self.printing.availableChanged.connect(action.setEnabled)
        w.import_action.triggered.connect(self.files.import_file)
        w.backup_action.triggered.connect(self.files.backup)
        w.empty_trash_action.triggered.connect(self._confirm_empty_trash)
        w.usage_action.triggered.connect(self.open_usage)
        w.diagnostic_report_action.triggered.connect(self.support.copy_diagnostic_report)

    def _handlers(self) -> dict[NoticeAction, Callable[[], None]]:
        return {
            NoticeAction.STOP: self._stop_and_clear,
            NoticeAction.STOP_SUMMARY: self.context.stop_summary,
            NoticeAction.SUMMARISE: self.context.summarise,
            NoticeAction.STOP_TRYING: self._stop_trying,
            NoticeAction.CHANGE_KEY: lambda: self.open_settings(focus_key=True),
            NoticeAction.OPEN_SETTINGS: self.open_settings,
            NoticeAction.BACKUP_SETTINGS: lambda: self.open_settings(on_backups=True),
            NoticeAction.DOWNLOAD_UPDATE: self.updates.download,
            NoticeAction.CHOOSE_MODEL: self._choose_model,
            NoticeAction.NEW_CHAT: self.new_chat,
            NoticeAction.RETRY: lambda: self.chat_screen.retry_last(continue_if_possible=False),
            NoticeAction.CONTINUE: lambda: self.chat_screen.retry_last(continue_if_possible=True),
        }

    def open_settings(self, *, focus_key: bool = False, on_backups: bool = False) -> None:
        """The Settings dialog, with its Backups page (made by the backups controller); `on_backups`
        opens it on that page."""
        self.gateway.open_settings(focus_key=focus_key)
        dialog = self.gateway.settings_dialog
        if dialog is None:
            return
        if dialog.backups_page is None:
            dialog.add_backups_page(self.backups.page_for(dialog))
        if on_backups and dialog.backups_page is not None:
            dialog.tabs.setCurrentWidget(dialog.backups_page)

    @property
    def restart_requested(self) -> bool:
        """A restore is in place: the composition root starts the app again once it has quit."""
        return self.backups.restart_requested

    def open_usage(self) -> None:
        """Usage and costs: one window, raised if open; a chat row opens that chat."""
        from desktop_chat.ui.usage.window import open_usage_window

        self.usage_window = open_usage_window(self.window, self.session.usage_service(), self.tasks,
                                              on_open_chat=self.open_conversation)

    def _retranslate(self) -> None:
        """The language changed: every text the controllers wrote is written again in the new one.
        (Widgets rewrite their own fixed words on Qt's LanguageChange event.)"""
        self.chat_screen.redraw()
        self.chats.refresh()
        self._on_current_changed(self.current.id)
        self.context.update()
        self.sidebar_controller.retranslate()
        self.attachments.retranslate()
        self.tools.show_servers()  # a failed server's reason is worded there
        self.notices.retranslate()  # a notice that can be worded again is; the others go

    def _on_context_trimmed(self, event: ContextTrimmed) -> None:
        """The gateway said the chat was too long; the app left out more and asked again: say so."""
        if not self.current.is_current(event.conversation_id):
            return
        from desktop_chat.ui.words.plural import english_plural

        self.notices.show(Notice(
            english_plural(self.tr("The chat was too long for the model, so the %n oldest message(s) were "
                                   "left out and it was asked again.", "", event.left_out), event.left_out),
            NoticeAction.SUMMARISE, translate("MainWindow", "Summarise them"), kind=NoticeKind.INFO,
            topic="context"))

    def _on_notice_action(self, action: NoticeAction) -> None:
        handler = self._handlers().get(action)
        if handler is not None:
            handler()

    # --- what several features share ------------------------------------------------------------
    def new_chat(self) -> None:
        self.chats.new_chat()

    def open_conversation(self, cid: int) -> None:
        self.chats.open(cid)

    @property
    def current_id(self) -> int | None:
        return self.current.id

    def stop_current(self) -> None:
        if self.current.id is not None:
            self.streaming.stop(self.current.id)

    def _stop_and_clear(self) -> None:
        self.stop_current()
        self.notices.clear()

    def _stop_trying(self) -> None:
        self.stop_current()
        self.waiting.stop_countdown()
        self.notices.clear()

    def _choose_model(self) -> None:
        self.window.set_sidebar_visible(True)
        self.sidebar_controller.choose_model()

    def _say_busy(self) -> None:
        from desktop_chat.ui.words.refusals import refusal_text

        self.notices.say(refusal_text(Refusal.BUSY))

    def _focus_composer(self) -> None:
        self.composer_controller.focus()

    def _on_current_changed(self, cid: int | None) -> None:
        title = self.session.conversations.title(cid) if cid is not None else ""
        self.window.set_chat_title(title or translate("MainController", "New chat"))

    def _on_turn_started(self, event: TurnStarted) -> None:
        cid = event.conversation_id
        if self.current.is_current(cid) and event.user_message is not None:
            self._on_current_changed(cid)  # a new chat got its title

    def _on_answer_ended(self, event: AnswerEnded) -> None:
        if event.error is not None:
            self.gateway.connection_failed(event.error)
        elif event.message is not None and not event.stopped:
            self.gateway.connected()

    def _preview_draft_file(self, attachment: Attachment) -> None:
        """A chip of the draft was clicked: the same viewer (or text preview) as a sent message's."""
        draft = Message(0, self.current.id or 0, None, Role.USER, "", 0.0, 0.0, attachments=(attachment,))
        self.chat_view.attachment_actions().open(draft, attachment)

    def _draft_thumbnail(self, attachment: Attachment, side: int, done: Callable[[QImage], None]) -> None:
        from desktop_chat.ui.chat.thumbnails import ImageKey

        ratio = self.window.devicePixelRatioF()
        box = (int(side * ratio), int(side * ratio))

        def deliver(result: object) -> None:
            if isinstance(result, QImage):
                done(result)

        loader = self.chat_view.image_loader()
        loader.request(ImageKey(attachment.sent_hash, box), self.composer.chips, deliver)

    def _on_refused(self, cid: int, refusal: Refusal) -> None:
        from desktop_chat.ui.chat.banners import banner_for_missing_key
        from desktop_chat.ui.words.refusals import refusal_text

        if not self.current.is_current(cid):
            return
        if refusal is Refusal.NO_KEY:
            self.notices.show(banner_for_missing_key())
        else:
            self.notices.say(refusal_text(refusal), 5000)

    def _on_hit_opened(self, mid: int, select_branch: bool) -> None:
        self.chat_screen.show_search_hit(mid, select_branch)
        self._focus_composer()

    def _copy_chat(self) -> None:
        cid = self.current.id
        if cid is None:
            return
        ok, text = attempt(self.notices, self.session.conversations.as_markdown, cid, exported_words())
        if ok and text is not None:
            QApplication.clipboard().setText(text)
            self.notices.say(translate("MainController", "The whole chat was copied as text."), 3000)

    def _confirm_empty_trash(self) -> None:
        ok, trashed = attempt(self.notices, self.session.conversations.in_trash)
        if not ok or trashed is None:
            return
        if not trashed:
            self.notices.say(translate("MainController", "The trash is empty."))
            return
        if len(trashed) == 1:
            question = translate("MainController", "Delete the chat in the trash for good?")
        else:
            question = translate("MainController", "Delete the {count} chats in the trash for good?").format(
                count=len(trashed))
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainController", "Empty trash"), question,
                          QMessageBox.StandardButton.Cancel, self.window)
        delete = box.addButton(translate("MainController", "Delete for good"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter must not delete for good
        box.setInformativeText(translate(
            "MainController", "This can't be undone. Chats in the trash are deleted by themselves "
            "after 30 days."))
        box.finished.connect(lambda _r: self._empty_trash() if box.clickedButton() is delete else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.empty_trash_box = box
        box.open()

    def _empty_trash(self) -> None:
        ok, count = attempt(self.notices, self.session.conversations.empty_trash)
        if ok and count is not None:
            if count == 1:
                said = translate("MainController", "1 chat deleted for good.")
            else:
                said = translate("MainController", "{count} chats deleted for good.").format(count=count)
            self.notices.say(said, 5000)

    # --- window life -----------------------------------------------------------------------------
    def show(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()  # keyboard focus in the composer, shortcuts live
        self.composer.focus_input()

    def start(self) -> None:
        """After the first paint: key → welcome or models; old trash emptied in the background."""
        QTimer.singleShot(0, lambda: self.tasks.spawn(self.gateway.startup()))
        QTimer.singleShot(0, self._purge_old_trash)
        self.tools.start_soon()
        self.backups.start()  # the daily backup, when one is due
        self.updates.start()  # only with an update feed in the policy

    def _purge_old_trash(self) -> None:
        if not self._shut_down:
            self.tasks.spawn(self._files_service.purge_old_trash())  # a world error becomes a notice

    def welcome_open(self) -> bool:
        return self.gateway.welcome_open()

    def bring_to_front(self) -> None:
        self.window_controller.bring_to_front()

    def request_quit(self) -> None:
        if not self._shut_down:
            self.tasks.spawn(self._quit())

    async def _quit(self) -> None:
        await self.shutdown()
        self.quitRequested.emit(self.exit_code)

    async def shutdown(self) -> None:
        """The one way out: draft, window state, every streaming answer saved; the history closed."""
        if self._shut_down:
            return
        self._shut_down = True
        self.session.chat.begin_shutdown()  # answers cut off now were not stopped by the person
        self.composer_controller.save_now()
        self.window_controller.save()
        self.chats.close()
        self.chat_screen.close()
        self.context.close()
        self.attachments.close()
        self.tools.close()
        self.answer_status.close()
        self.support.close()
        self.backups.close()
        self.updates.close()
        if self.usage_window is not None and shiboken6.isValid(self.usage_window):
            self.usage_window.close()  # no report is asked for once the tasks are cancelled
        self.gateway.close()
        self.window_controller.close()
        self.session.titles.cancel_all()
        await self.session.titles.wait()
        await self.tasks.cancel_all()  # answers save their partial text as they are cancelled
        self.save_streaming_answers()  # any that could not finish in time
        await self.session.aclose()
        self.session.store.close()
        self.backups.after_history_closed()  # a staged restore takes the history's place now
        if shiboken6.isValid(self.window):
            self.window.allow_close()
            self.window.close()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()

    def save_streaming_answers(self) -> int:
        """Synchronously save every answer still streaming (also for a quit that bypasses Quit)."""
        return self.session.chat.interrupt_all()
