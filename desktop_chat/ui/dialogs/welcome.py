"""The first-run dialog: paste a key, check the address, "Test and continue" — or try the demo.

Why: people judge the app in its first minute. One screen asks for the key, with the gateway
address already filled in, tests both against the gateway before anything is saved, and says in
one sentence where the key will be kept. The test is injected by the shell and runs as a task, so
the dialog never blocks and can be cancelled; it is opened with `open()`, never `exec()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.services import InvalidRequest, normalize_base_url
from desktop_chat.ui.dialogs.connection_test import ConnectionTester, Tester, TestOutcome
from desktop_chat.ui.dialogs.key_field import KeyField, key_problem
from desktop_chat.ui.tasks import TaskRunner
from desktop_chat.ui.window.status_line import StatusLine, grow_to_fit, note_label, show_note, stacked
from desktop_chat.ui.words.gateway import invalid_request_text, url_note_text

if TYPE_CHECKING:  # PySide6's stub types it object → object; it returns the source text unchanged
    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# English sources (context "Welcome"); the dialog shows them translated (`_tr`, `plain_http_warning`).
NO_KEYRING_TEXT = QT_TRANSLATE_NOOP(
    "Welcome", "This computer has no password store, so your key can be kept only until you close the app."
)
PLAIN_HTTP_WARNING = QT_TRANSLATE_NOOP(
    "Welcome", "This address uses plain HTTP: your key would travel unencrypted."
)
TEST_LABEL = QT_TRANSLATE_NOOP("Welcome", "Test and continue")
TEST_LABEL_NO_KEYRING = QT_TRANSLATE_NOOP("Welcome", "Keep for this session and continue")
ACCEPT_DELAY_MS = 700  # long enough to see the green tick


def _tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


def plain_http_warning() -> str:
    """The warning under an address that would send the key unencrypted, translated."""
    return _tr(PLAIN_HTTP_WARNING)


class WelcomeDialog(QDialog):
    keyAccepted = Signal(str, str, bool)  # base_url (normalised), key, session_only
    demoRequested = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        default_base_url: str,
        key_location: str,
        tester: Tester,
        keyring_available: bool = True,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Desktop Chat"))
        self.setAccessibleName(self.tr("Welcome"))
        self.setMinimumWidth(500)
        self._tester = ConnectionTester(tester, self, tasks=tasks)
        self._tester.finished.connect(self._on_finished)
        self._accepted_args: tuple[str, str, bool] | None = None

        heading = QLabel(self.tr("Welcome to Desktop Chat"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("Paste the API key you were given to start chatting. "
                           "You can change it later in Settings."), self)
        intro.setWordWrap(True)

        self.key_field = KeyField(self)
        self.key_field.returnPressed.connect(self.start_test)
        self.url_edit = QLineEdit(default_base_url, self)
        self.url_edit.setAccessibleName(self.tr("Gateway address"))
        self.url_edit.setToolTip(self.tr("The address of your organisation's chat gateway"))
        self.url_edit.editingFinished.connect(self._normalise_url)
        self.url_edit.returnPressed.connect(self.start_test)
        self.url_note = note_label(self)
        self.url_warning = note_label(self, warning=True)

        self.location_label = QLabel(
            self.tr("Your key is kept in {location}, never in a file.").format(location=key_location)
            if keyring_available else _tr(NO_KEYRING_TEXT),
            self,
        )
        self.location_label.setWordWrap(True)
        self._keyring_available = keyring_available
        # With a password store the person may still choose memory only; without one there is no
        # choice to make: the sentence above says so and the button says what will happen.
        self.session_only = QCheckBox(self.tr("Keep the key only until I close the app"), self)
        self.session_only.setAccessibleName(self.tr("Keep for this session only"))
        self.session_only.setVisible(keyring_available)

        self.status = StatusLine(self)

        self.demo_button = QPushButton(self.tr("Try the offline demo (no key needed)"), self)
        self.demo_button.setAccessibleName(self.tr("Try the offline demo"))
        self.demo_button.setFlat(True)
        self.demo_button.clicked.connect(self._on_demo)
        self.cancel_button = QPushButton(self.tr("Cancel test"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel test"))
        self.cancel_button.clicked.connect(self._tester.cancel)
        self.cancel_button.hide()
        label = _tr(TEST_LABEL if keyring_available else TEST_LABEL_NO_KEYRING)
        self.test_button = QPushButton(label, self)
        self.test_button.setAccessibleName(label)
        self.test_button.setToolTip(self.tr("Check the key and the address with the gateway, then start"))
        self.test_button.setDefault(True)
        self.test_button.clicked.connect(self.start_test)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(12)
        form.addRow(self.tr("API &key"),
                    stacked(self, self.key_field, self.location_label, self.session_only))
        form.addRow(self.tr("Gateway &address"),
                    stacked(self, self.url_edit, self.url_note, self.url_warning))
        _buddy(form, self.key_field.line_edit, 0)
        _buddy(form, self.url_edit, 1)
        # The demo on a line of its own: beside the two buttons it does not fit in German or French.
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(demo_row)
        layout.addStretch(1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.key_field.line_edit, self.key_field.toggle)
        QWidget.setTabOrder(self.key_field.toggle, self.session_only)
        QWidget.setTabOrder(self.session_only, self.url_edit)
        QWidget.setTabOrder(self.url_edit, self.test_button)
        QWidget.setTabOrder(self.test_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.demo_button)
        self.key_field.setFocus()
        self.status.changed.connect(self._fit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        grow_to_fit(self)

    @property
    def tester(self) -> ConnectionTester:
        return self._tester

    def start_test(self) -> None:
        if self._tester.running:
            return
        key = self.key_field.key()
        problem = key_problem(key)
        if problem:
            self.status.show_error(problem)
            self.key_field.setFocus()
            return
        url = self._normalise_url()
        if url is None:
            self.url_edit.setFocus()
            return
        self._set_busy(True)
        self.status.show_busy(self.tr("Testing the connection…"))
        self._pending = (url, key, self.session_only_chosen())
        self._tester.start(url, key)

    def session_only_chosen(self) -> bool:
        """The key is kept in memory only: chosen, or the only way (no password store)."""
        return not self._keyring_available or self.session_only.isChecked()

    def _on_finished(self, outcome: TestOutcome) -> None:
        self._set_busy(False)
        if outcome.cancelled:
            self.status.show_info(outcome.message)
            return
        if not outcome.ok:
            self.status.show_error(outcome.message)
            return
        self.status.show_success(outcome.message)
        self._accepted_args = self._pending
        self._set_inputs_enabled(False)
        self.test_button.setEnabled(False)
        self.keyAccepted.emit(*self._pending)
        QTimer.singleShot(ACCEPT_DELAY_MS, self, self.accept)

    def _normalise_url(self) -> str | None:
        try:
            normalized = normalize_base_url(self.url_edit.text())
        except InvalidRequest as exc:
            self.url_note.hide()
            self.url_warning.hide()
            self.status.show_error(invalid_request_text(exc))
            return None
        if normalized.url != self.url_edit.text().strip():
            self.url_edit.setText(normalized.url)
        show_note(self.url_note, url_note_text(normalized))
        show_note(self.url_warning, plain_http_warning() if normalized.is_plain_http_remote else "")
        self._fit()
        return normalized.url

    def _on_demo(self) -> None:
        self._tester.cancel()
        self.demoRequested.emit()
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self._set_inputs_enabled(not busy)
        self.test_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.cancel_button.setFocus()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        self.key_field.setEnabled(enabled)
        self.url_edit.setEnabled(enabled)

    def done(self, result: int) -> None:
        self._tester.cancel()
        super().done(result)


def _buddy(form: QFormLayout, field: QWidget, row: int) -> None:
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    label = item.widget() if item is not None else None
    if isinstance(label, QLabel):
        label.setBuddy(field)
