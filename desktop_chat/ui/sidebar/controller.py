"""The parameter sidebar's behaviour: the settings of the chat on screen, defaults, presets, models.

Why a controller of its own: the sidebar panel only edits values; here they become the chat's
settings in the history (or, for the new chat with no row yet, the settings it will be created
with), the defaults for new chats, and the saved system-prompt presets. The model list comes from
the gateway controller; "Refresh" asks it again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject

from desktop_chat.domain import ChatSettings
from desktop_chat.services import ConversationsService, ModelChoice, Session
from desktop_chat.ui.current_chat import CurrentChat
from desktop_chat.ui.notices import Notices
from desktop_chat.ui.problems import attempt
from desktop_chat.ui.sidebar.panel import ParameterSidebar

translate = QCoreApplication.translate  # a name pyside6-lupdate finds sentences by


class SidebarController(QObject):
    def __init__(
        self,
        *,
        sidebar: ParameterSidebar,
        current: CurrentChat,
        session: Session,
        conversations: ConversationsService,
        notices: Notices,
        refresh_models: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sidebar = sidebar
        self._current = current
        self._session = session
        self._conversations = conversations
        self._notices = notices
        self._new_chat: ChatSettings | None = None  # chosen for the new chat before it has a row
        self._choice: ModelChoice | None = None  # the model list last shown (its note is written from it)
        sidebar.settingsChanged.connect(self._on_settings)
        sidebar.refreshModelsRequested.connect(refresh_models)
        sidebar.makeDefaultRequested.connect(self._make_default)
        sidebar.savePresetRequested.connect(self._save_preset)
        current.changed.connect(self._on_current_changed)
        sidebar.set_policy(session.policy)  # hidden parameters; locked defaults, prompt and presets greyed
        sidebar.set_models(session.models.models, from_cache=False)  # not known yet: no "offline" note
        sidebar.set_system_prompt_presets(session.settings.system_prompt_presets)

    def defaults(self) -> ChatSettings:
        s = self._session.settings
        return ChatSettings(self._session.default_model(), s.default_params, s.default_system_prompt)

    def new_chat_settings(self) -> ChatSettings:
        """What a new chat is created with: what the sidebar shows for it, or the defaults."""
        return self._new_chat or self.defaults()

    def show_models(self, choice: ModelChoice) -> None:
        from desktop_chat.ui.words.models import model_note

        self._choice = choice
        self.sidebar.set_models(choice.models, from_cache=choice.from_cache, note=model_note(choice))

    def retranslate(self) -> None:
        """The language changed: the model list's note is written again in the new one."""
        if self._choice is not None:
            self.show_models(self._choice)

    def choose_model(self) -> None:
        self.sidebar.focus_model_picker()

    def _on_current_changed(self, cid: int | None) -> None:
        if cid is None:
            self._new_chat = None
            self.sidebar.set_settings(self.defaults())
            return
        conversation = self._conversations.get(cid)
        if conversation is None:
            return
        self.sidebar.set_settings(ChatSettings(conversation.model or self._session.default_model(),
                                               conversation.params, conversation.system_prompt,
                                               conversation.keep_turns))

    def _on_settings(self, settings: ChatSettings) -> None:
        cid = self._current.id
        if cid is None:
            self._new_chat = settings
            return
        attempt(self._notices, self._conversations.update_chat_settings, cid, settings)

    def _make_default(self, settings: ChatSettings) -> None:
        self._session.update_settings(
            replace(self._session.settings, default_model=settings.model, default_params=settings.params,
                    default_system_prompt=settings.system_prompt)
        )
        self._notices.say(translate("Sidebar", "Saved as the default for new chats."))

    def _save_preset(self, name: str, text: str) -> None:
        presets = tuple(p for p in self._session.settings.system_prompt_presets if p[0] != name)
        presets = (*presets, (name, text))
        self._session.update_settings(replace(self._session.settings, system_prompt_presets=presets))
        self.sidebar.set_system_prompt_presets(presets)
