"""The Settings dialog: API key, gateway address, proxy, theme and text size; the models' figures.

Why: these are the few things office staff or their IT contact ever change. The dialog shows what
is in force (the key only as a hint like "sk-…a1b2", the proxy actually used), normalises the
address as soon as the field is left and warns about plain HTTP, and can test the connection with
the injected tester before saving. It reports the result with `saved`; it stores nothing itself.

Pages: "General" (connection, appearance), "Models" (each model's context window, longest
answer and prices, who writes summaries, who names new chats; see `models_page`) and, when the
creator passes `tools`, "Tools" (the MCP servers of mcp.json; see `tools_page`). The edited servers
come out with `toolsSaved` (only when they were edited), just before `saved`.

The tester is called as `tester(base_url, key)`; `key` is "" when the user has not typed a new
key, meaning "test with the key already in use".
"""

from __future__ import annotations

import dataclasses
import itertools
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.services import (
    BASE_URL_ENV,
    STANDARD_FACTS,
    InvalidRequest,
    ModelKnowledge,
    PolicyKey,
    ProxyInForce,
    UiLanguage,
    normalize_base_url,
)
from desktop_chat.ui.dialogs.connection_test import ConnectionTester, Tester, TestOutcome
from desktop_chat.ui.dialogs.key_field import KeyField, key_problem
from desktop_chat.ui.dialogs.model_table import Limits
from desktop_chat.ui.dialogs.models_page import ModelsPage
from desktop_chat.ui.dialogs.network_settings import CertificatesChoice, ProxyChoice
from desktop_chat.ui.dialogs.tools_page import ToolsPage, ToolsSetup
from desktop_chat.ui.dialogs.welcome import plain_http_warning
from desktop_chat.ui.language import NATIVE_NAMES, choices, system_language
from desktop_chat.ui.policy_words import (
    LockedCaption,
    PolicyInForce,
    lock,
    managed_text,
    place_after,
    policy_of,
)
from desktop_chat.ui.tasks import TaskRunner
from desktop_chat.ui.window.status_line import StatusLine, grow_to_fit, note_label, show_note, stacked
from desktop_chat.ui.words.gateway import invalid_request_text, url_note_text

if TYPE_CHECKING:
    from desktop_chat.ui.dialogs.backups_page import BackupsPage

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


# (English label, setting): labels shown translated (context "Settings")
THEME_CHOICES = (
    (QT_TRANSLATE_NOOP("Settings", "System"), "system"),
    (QT_TRANSLATE_NOOP("Settings", "Light"), "light"),
    (QT_TRANSLATE_NOOP("Settings", "Dark"), "dark"),
)
MAX_FONT_SIZE = 32


class SettingsDialog(QDialog):
    saved = Signal(object, object)  # new AppSettings, new key str | None (None = unchanged)
    toolsSaved = Signal(object)  # tuple[ServerDraft, ...]: the Tools page's servers, when edited

    def __init__(
        self,
        parent: QWidget | None,
        *,
        settings: Any,  # AppSettings
        key_hint: str,
        key_location: str,
        effective_proxy: ProxyInForce,
        tester: Tester,
        base_url_override: str | None = None,
        tasks: TaskRunner | None = None,
        limits: Limits | None = None,
        models: Iterable[str] | None = None,
        tools: ToolsSetup | None = None,
        policy: PolicyInForce | None = None,
    ) -> None:
        """`base_url_override`: the address `DESKTOP_CHAT_BASE_URL` forces for this run ("" = none;
        None = read it from the process environment).

        `limits(model)`: the figures of the sources other than the person's own (standard, gateway,
        learned); None = the standard figures only. `models`: the models the Models page lists
        (None = the seed's); the models the person has figures for are always listed too.
        `policy`: the organisation's (None = the one the parent window runs under): what it locks is
        greyed with "Set by your organisation" and never saved."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(520)
        self._settings = settings
        self._policy = policy if policy is not None else policy_of(parent)
        self._tester = ConnectionTester(tester, self, tasks=tasks)
        self._tester.finished.connect(self._on_tested)

        # -- connection ----------------------------------------------------------------------
        self.key_hint_label = QLabel(key_hint, self)
        self.key_hint_label.setWordWrap(True)  # "from DESKTOP_CHAT_API_KEY", longer in other languages
        self.key_hint_label.setAccessibleName(self.tr("Current key: {hint}").format(hint=key_hint))
        self.replace_button = QPushButton(self.tr("Replace…"), self)
        self.replace_button.setAccessibleName(self.tr("Replace key"))
        self.replace_button.setCheckable(True)
        self.replace_button.toggled.connect(self._on_replace_toggled)
        self.test_button = QPushButton(self.tr("Test"), self)
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Check the key and address with the gateway"))
        self.test_button.clicked.connect(self.start_test)
        self.key_field = KeyField(self, accessible_name=self.tr("New API key"))
        self.key_field.hide()
        key_row = QHBoxLayout()
        key_row.setSpacing(6)
        key_row.addWidget(self.key_hint_label, 1)
        key_row.addWidget(self.replace_button)
        key_row.addWidget(self.test_button)
        kept_in = self.tr("Kept in {location}, never in a file.").format(location=key_location)
        self.location_label = _caption(kept_in, self)

        self.url_edit = QLineEdit(settings.base_url, self)
        self.url_edit.setAccessibleName(self.tr("Gateway address"))
        self.url_edit.editingFinished.connect(self._normalise_url)
        self.url_note = note_label(self)
        if base_url_override is None:
            base_url_override = os.environ.get(BASE_URL_ENV, "").strip()
        self._base_url_override = base_url_override
        self.url_override_label = _caption(
            self.tr("In use now: {address} (set by {variable} for this run). "
                    "The address above is saved for when that variable is gone.").format(
                address=base_url_override, variable=BASE_URL_ENV),
            self,
        )
        self.url_override_label.setVisible(bool(base_url_override))
        self.url_warning = note_label(self, warning=True)

        # how the gateway is reached (System / This proxy / Automatic (PAC)) and the extra CA file
        self.proxy_choice = ProxyChoice(self, settings, effective_proxy)
        self.proxy_edit = self.proxy_choice.proxy_edit
        self.proxy_in_use = self.proxy_choice.in_use
        self.certificates = CertificatesChoice(self, str(getattr(settings, "ca_bundle", "")))
        self.status = StatusLine(self)

        connection = QGroupBox(self.tr("Connection"), self)
        form = QFormLayout(connection)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(12)
        form.addRow(self.tr("API key"), stacked(self, key_row, self.key_field, self.location_label))
        form.addRow(self.tr("Gateway &address"),
            stacked(self, self.url_edit, self.url_override_label, self.url_note, self.url_warning),
        )
        form.addRow(self.tr("&Proxy"), self.proxy_choice)
        form.addRow(self.tr("&Certificates"), self.certificates)
        form.addRow("", self.status)
        _set_buddies(form)
        for row, field in ((1, self.url_edit), (2, self.proxy_choice.mode_combo),
                           (3, self.certificates.choose_button)):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            row_label = item.widget() if item is not None else None
            if isinstance(row_label, QLabel):
                row_label.setBuddy(field)

        # -- appearance ----------------------------------------------------------------------
        self.theme_combo = QComboBox(self)
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for label, value in THEME_CHOICES:
            self.theme_combo.addItem(_tr(label), value)
        index = self.theme_combo.findData(settings.theme)
        self.theme_combo.setCurrentIndex(max(index, 0))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setToolTip(self.tr("The language of the app's words. It changes at once."))
        self.language_combo.addItem(
            self.tr("Same as the system ({language})").format(language=NATIVE_NAMES[system_language()]),
            UiLanguage.SYSTEM.value)
        for choice in choices():
            self.language_combo.addItem(choice.native_name, choice.value.value)
        index = self.language_combo.findData(UiLanguage(settings.language).value)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.font_spin = QSpinBox(self)
        self.font_spin.setAccessibleName(self.tr("Text size"))
        self.font_spin.setRange(0, MAX_FONT_SIZE)
        self.font_spin.setSpecialValueText(self.tr("System default"))
        self.font_spin.setSuffix(self.tr(" pt"))
        self.font_spin.setValue(max(0, min(int(settings.font_size), MAX_FONT_SIZE)))
        appearance = QGroupBox(self.tr("Appearance"), self)
        form2 = QFormLayout(appearance)
        form2.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.theme_combo.setMinimumWidth(180)
        self.font_spin.setMinimumWidth(180)
        self.language_combo.setMinimumWidth(180)
        form2.addRow(self.tr("&Language"), self.language_combo)
        form2.addRow(self.tr("&Theme"), self.theme_combo)
        form2.addRow(self.tr("Text &size"), self.font_spin)
        _set_buddies(form2)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # -- models ------------------------------------------------------------------------------
        self.models_page = ModelsPage(
            self, settings=settings,
            limits=limits if limits is not None else ModelKnowledge(None).limits,
            models=tuple(STANDARD_FACTS) if models is None else models,
            allowed=self._policy.policy.model_allowed,
        )  # fmt: skip

        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.setContentsMargins(12, 12, 12, 12)
        general_layout.setSpacing(12)
        general_layout.addWidget(connection)
        general_layout.addWidget(appearance)
        general_layout.addStretch(1)
        models_tab = QWidget(self)
        models_layout = QVBoxLayout(models_tab)
        models_layout.setContentsMargins(12, 12, 12, 12)
        models_layout.addWidget(self.models_page)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(general, self.tr("&General"))
        self.tabs.addTab(models_tab, self.tr("&Models"))
        self.tools_page: ToolsPage | None = None
        self.backups_page: BackupsPage | None = None  # see add_backups_page
        self._tools_edited = False
        # how far the model may go with tools: calls in a row, and how long one call may take
        self.rounds_spin = QSpinBox(self)
        self.rounds_spin.setAccessibleName(self.tr("Tool calls in a row"))
        self.rounds_spin.setToolTip(self.tr("After this many rounds of tool calls in one answer, the app "
                                            "stops asking the model again"))
        self.rounds_spin.setRange(1, 100)
        self.rounds_spin.setValue(settings.tool_rounds)
        self.timeout_spin = QSpinBox(self)
        self.timeout_spin.setAccessibleName(self.tr("Time limit of one tool call"))
        self.timeout_spin.setRange(1, 3600)
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.timeout_spin.setValue(settings.tool_timeout_s)
        if tools is not None:
            self.tools_page = ToolsPage(self, _with_organisations(tools, self._policy), tasks=tasks)
            self.tools_page.changed.connect(self._on_tools_edited)
            tools_tab = QWidget(self)
            tools_layout = QVBoxLayout(tools_tab)
            tools_layout.setContentsMargins(12, 12, 12, 12)
            tools_layout.addWidget(self.tools_page)
            bounds = QFormLayout()
            bounds.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            bounds.addRow(self.tr("Tool calls in a &row, at most"), self.rounds_spin)
            bounds.addRow(self.tr("Time &limit of one call"), self.timeout_spin)
            _set_buddies(bounds)
            tools_layout.addLayout(bounds)
            self.tabs.addTab(tools_tab, self.tr("&Tools"))
        else:
            self.rounds_spin.hide()
            self.timeout_spin.hide()
        self.tabs.currentChanged.connect(lambda _i: grow_to_fit(self))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        order = [self.tabs.tabBar(), self.replace_button, self.test_button, self.key_field.line_edit,
                 self.key_field.toggle, self.url_edit, self.proxy_choice.mode_combo, self.proxy_edit,
                 self.proxy_choice.pac_edit, self.certificates.choose_button,
                 self.certificates.remove_button, self.theme_combo, self.font_spin,
                 *self.models_page.focus_order(),
                 *(self.tools_page.focus_order() if self.tools_page is not None else ()),
                 *((self.rounds_spin, self.timeout_spin) if self.tools_page is not None else ()),
                 self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.status.changed.connect(lambda: grow_to_fit(self))
        self._show_policy()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    @property
    def tester(self) -> ConnectionTester:
        return self._tester

    # -- actions -------------------------------------------------------------------------------
    def new_key(self) -> str | None:
        """The key typed in to replace the current one, or None if it is kept."""
        if not self.replace_button.isChecked():
            return None
        return self.key_field.key() or None

    def start_test(self) -> None:
        if self._tester.running:
            self._tester.cancel()
            return
        key = self.new_key()
        if key is not None and (problem := key_problem(key)):
            self.status.show_error(problem)
            return
        url = self._normalise_url()
        if url is None:
            return
        if self._base_url_override:
            url = self._base_url_override  # the address in use now is the one worth testing
        self.test_button.setText(self.tr("Cancel test"))
        self.test_button.setAccessibleName(self.tr("Cancel test"))
        self.status.show_busy(self.tr("Testing the connection…"))
        self._tester.start(url, key or "")

    def save(self) -> None:
        url = self._normalise_url()
        if url is None:
            self.tabs.setCurrentIndex(0)  # the problem is on the General page
            self.url_edit.setFocus()
            return
        key = self.new_key()
        if key is not None and (problem := key_problem(key)):
            self.status.show_error(problem)
            self.tabs.setCurrentIndex(0)
            self.key_field.setFocus()
            return
        new_settings = dataclasses.replace(
            self._settings,
            base_url=url,
            proxy=self.proxy_choice.values()[0],
            pac_url=self.proxy_choice.values()[1],
            ca_bundle=self.certificates.path(),
            theme=str(self.theme_combo.currentData()),
            language=UiLanguage(str(self.language_combo.currentData())),
            font_size=self.font_spin.value(),
            tool_rounds=self.rounds_spin.value(),
            tool_timeout_s=self.timeout_spin.value(),
        )
        models = self.models_page.values()
        new_settings = dataclasses.replace(
            new_settings,
            model_overrides=models.model_overrides,
            summary_model=models.summary_model,
            auto_titles=models.auto_titles,
            title_model=models.title_model,
        )
        if self.backups_page is not None:
            backups = self.backups_page.values()
            new_settings = dataclasses.replace(
                new_settings, auto_backup=backups.auto_backup, backup_folder=backups.backup_folder,
                backups_kept=backups.backups_kept)
        if self.tools_page is not None and self._tools_edited:
            self.toolsSaved.emit(self.tools_page.servers())
        self.saved.emit(self._keep_locked(new_settings), key)
        self.accept()

    def done(self, result: int) -> None:
        self._tester.cancel()
        if self.tools_page is not None:
            self.tools_page.cancel_test()
        super().done(result)

    def add_backups_page(self, page: BackupsPage) -> None:
        """Settings → Backups (the backups controller makes the page: it also runs its buttons)."""
        self.backups_page = page
        self.tabs.addTab(page, self.tr("&Backups"))

    def _on_tools_edited(self) -> None:
        self._tools_edited = True

    # -- internals -----------------------------------------------------------------------------
    def _on_tested(self, outcome: TestOutcome) -> None:
        self.test_button.setText(self.tr("Test"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        if outcome.cancelled:
            self.status.show_info(outcome.message)
        elif outcome.ok:
            self.status.show_success(outcome.message)
        else:
            self.status.show_error(outcome.message)

    def start_replacing_key(self) -> None:
        """Open the dialog on the key field (a "Change key" notice)."""
        self.tabs.setCurrentIndex(0)
        self.replace_button.setChecked(True)

    def _on_replace_toggled(self, replacing: bool) -> None:
        self.key_field.setVisible(replacing)
        self.replace_button.setText(self.tr("Keep current") if replacing else self.tr("Replace…"))
        self.replace_button.setAccessibleName(
            self.tr("Keep current key") if replacing else self.tr("Replace key"))
        grow_to_fit(self)
        if replacing:
            self.key_field.setFocus()
        else:
            self.key_field.clear()

    def _normalise_url(self) -> str | None:
        try:
            normalized = normalize_base_url(self.url_edit.text())
        except InvalidRequest as exc:
            show_note(self.url_note, "")
            show_note(self.url_warning, invalid_request_text(exc))
            return None
        if normalized.url != self.url_edit.text().strip():
            self.url_edit.setText(normalized.url)
        show_note(self.url_note, url_note_text(normalized))
        show_note(self.url_warning, plain_http_warning() if normalized.is_plain_http_remote else "")
        grow_to_fit(self)
        return normalized.url


    # -- the organisation's policy -----------------------------------------------------------------
    def lockable(self) -> dict[PolicyKey, tuple[QWidget, ...]]:
        """The controls of each setting of this dialog that the policy can lock (a new control of a
        lockable setting is named here, and is then greyed with its caption)."""
        return {PolicyKey.BASE_URL: (self.url_edit,), PolicyKey.PROXY: (self.proxy_choice,),
                PolicyKey.PAC_URL: (self.proxy_choice,), PolicyKey.CA_BUNDLE: (self.certificates,)}

    def _show_policy(self) -> None:
        policy = self._policy.policy
        self.locked_captions: dict[PolicyKey, LockedCaption] = {}
        for key, controls in self.lockable().items():
            if controls and policy.locks(key):
                lock(controls)
                captioned = (c[-1] for k, c in self.lockable().items() if k in self.locked_captions)
                if any(controls[-1] is other for other in captioned):
                    continue  # one caption under a control that two keys lock (the proxy and its PAC)
                caption = LockedCaption(self)
                place_after(controls[-1], caption)
                self.locked_captions[key] = caption
        self.managed_label = _caption(managed_text(self._policy.source), self)
        self.managed_label.setObjectName("managedByOrganisation")
        self.managed_label.setVisible(self._policy.active)
        page = self.tabs.widget(0)
        general = page.layout() if page is not None else None
        if isinstance(general, QVBoxLayout):
            general.insertWidget(0, self.managed_label)

    def _keep_locked(self, wanted: Any) -> Any:
        """`wanted` with every setting the policy locks as it is in force (the services refuse too)."""
        policy = self._policy.policy
        kept = {key.value: getattr(self._settings, key.value) for key in PolicyKey
                if policy.locks(key) and hasattr(self._settings, key.value)}
        return dataclasses.replace(wanted, **kept) if kept else wanted


def _with_organisations(tools: ToolsSetup, policy: PolicyInForce) -> ToolsSetup:
    """The Tools page's setup with the organisation's servers and whether one may add one's own."""
    import json

    theirs: frozenset[str] = frozenset()
    if policy.policy.mcp_servers:
        try:
            theirs = frozenset(json.loads(policy.policy.mcp_servers))
        except ValueError:
            theirs = frozenset()
    return dataclasses.replace(tools, organisations=tools.organisations | theirs,
                               own_allowed=tools.own_allowed and policy.policy.own_mcp_servers_allowed)


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setEnabled(False)  # muted
    return label


def _set_buddies(form: QFormLayout) -> None:
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = label_item.widget() if label_item is not None else None
        field = field_item.widget() if field_item is not None else None
        if isinstance(label, QLabel) and field is not None and label.text():
            label.setBuddy(field)
