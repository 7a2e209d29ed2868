"""The first-run dialog: key checks, address normalisation, tester success/failure/cancel, demo."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop_chat.api import AuthenticationFailed, ConnectionFailed, ModelList
from desktop_chat.ui.dialogs.welcome import NO_KEYRING_TEXT, PLAIN_HTTP_WARNING, WelcomeDialog
from desktop_chat.ui.words.gateway import error_text
from tests.gui.helpers import FakeTester, models

pytestmark = pytest.mark.gui


def make(qtbot, tester, **kw) -> WelcomeDialog:
    kw.setdefault("default_base_url", "https://aiapi.services/v1")
    kw.setdefault("key_location", "Secret Service")
    dialog = WelcomeDialog(None, tester=tester, **kw)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_success_emits_key_and_closes(qtbot, run):
    tester = FakeTester(models("claude-sonnet-4-5", "gemini-2.5-flash"))
    dialog = make(qtbot, tester)
    assert "Your key is kept in Secret Service, never in a file." in dialog.location_label.text()
    assert dialog.key_field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.key_field.setText("  Bearer sk-test-123\n")
    with qtbot.waitSignal(dialog.keyAccepted) as blocker:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.status.kind == "busy"
        assert dialog.cancel_button.isVisible()
        run(dialog.tester.task)
    assert blocker.args == ["https://aiapi.services/v1", "sk-test-123", False]
    assert tester.calls == [("https://aiapi.services/v1", "sk-test-123")]
    assert dialog.status.kind == "success"
    assert "2 models available" in dialog.status.text
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted


def test_gateway_error_message_is_shown_in_plain_words(qtbot, run):
    error = AuthenticationFailed(status=401)
    dialog = make(qtbot, FakeTester(error))
    dialog.key_field.setText("sk-wrong")
    with qtbot.assertNotEmitted(dialog.keyAccepted):
        dialog.start_test()
        run(dialog.tester.task)
    assert dialog.status.kind == "error"
    assert error_text(error) in dialog.status.text
    assert dialog.isVisible() and dialog.test_button.isEnabled() and dialog.key_field.isEnabled()


def test_model_list_with_error_counts_as_failure(qtbot, run):
    error = ConnectionFailed()
    dialog = make(qtbot, FakeTester(ModelList(("a",), False, error)))
    dialog.key_field.setText("sk-x")
    dialog.start_test()
    run(dialog.tester.task)
    assert dialog.status.kind == "error"
    assert error_text(error) in dialog.status.text


def test_unexpected_exception_names_its_type_only(qtbot, run, caplog):
    dialog = make(qtbot, FakeTester(KeyError("sk-secret-value")))
    dialog.key_field.setText("sk-secret-value")
    dialog.start_test()
    run(dialog.tester.task)
    assert dialog.status.text == "✗ Something went wrong while testing: KeyError"


def test_cancel_while_testing(qtbot, run):
    gate = asyncio.Event()
    dialog = make(qtbot, FakeTester(models("m"), gate=gate))
    dialog.key_field.setText("sk-x")
    dialog.start_test()
    task = dialog.tester.task
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    run(task)
    assert dialog.status.text == "Test cancelled."
    assert not dialog.cancel_button.isVisible()
    assert dialog.test_button.isEnabled()


def test_empty_key_is_refused_before_testing(qtbot, qloop):
    tester = FakeTester(models("m"))
    dialog = make(qtbot, tester)
    dialog.start_test()
    assert dialog.tester.task is None and tester.calls == []
    assert dialog.status.text == "✗ Paste your API key first."


def test_address_is_normalised_with_a_note_and_plain_http_warning(qtbot, run):
    dialog = make(qtbot, FakeTester(models("m")), default_base_url="http://gateway.example.com/v1/chat/completions")
    dialog.key_field.setText("sk-x")
    dialog.start_test()
    run(dialog.tester.task)
    assert dialog.url_edit.text() == "http://gateway.example.com/v1"
    assert "Removed '/chat/completions'" in dialog.url_note.text() and dialog.url_note.isVisible()
    assert dialog.url_warning.text() == PLAIN_HTTP_WARNING and dialog.url_warning.isVisible()


def test_local_plain_http_has_no_warning(qtbot, qloop):
    dialog = make(qtbot, FakeTester(models("m")), default_base_url="127.0.0.1:8080")
    dialog.url_edit.editingFinished.emit()
    assert dialog.url_edit.text() == "http://127.0.0.1:8080/v1"
    assert not dialog.url_warning.isVisible()


def test_bad_address_is_reported_and_not_tested(qtbot, qloop):
    tester = FakeTester(models("m"))
    dialog = make(qtbot, tester, default_base_url="ftp://x")
    dialog.key_field.setText("sk-x")
    dialog.start_test()
    assert tester.calls == [] and dialog.status.kind == "error"


def test_no_keyring_forces_session_only(qtbot, run):
    dialog = make(qtbot, FakeTester(models("m")), keyring_available=False)
    dialog.show()
    assert dialog.location_label.text() == NO_KEYRING_TEXT
    assert dialog.location_label.isVisible()
    # no checkbox that is checked and cannot be unchecked: plain words, and the button says it
    assert not dialog.session_only.isVisible()
    assert dialog.test_button.text() == "Keep for this session and continue"
    assert dialog.test_button.accessibleName() == dialog.test_button.text()
    dialog.key_field.setText("sk-x")
    with qtbot.waitSignal(dialog.keyAccepted) as blocker:
        dialog.start_test()
        run(dialog.tester.task)
    assert blocker.args[2] is True


def test_with_a_password_store_memory_only_is_a_free_choice(qtbot, run):
    dialog = make(qtbot, FakeTester(models("m")))
    dialog.show()
    assert dialog.session_only.isVisible() and dialog.session_only.isEnabled()
    assert not dialog.session_only.isChecked() and dialog.test_button.text() == "Test and continue"
    dialog.session_only.setChecked(True)
    dialog.key_field.setText("sk-x")
    with qtbot.waitSignal(dialog.keyAccepted) as blocker:
        dialog.start_test()
        run(dialog.tester.task)
    assert blocker.args[2] is True


def test_demo_button_asks_for_the_demo_and_closes(qtbot, qloop):
    dialog = make(qtbot, FakeTester(models("m")))
    with qtbot.waitSignal(dialog.demoRequested):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_show_key_toggle_and_accessible_names(qtbot, qloop):
    dialog = make(qtbot, FakeTester(models("m")))
    dialog.key_field.toggle.click()
    assert dialog.key_field.is_revealed()
    assert dialog.key_field.toggle.accessibleName() == "Hide key"
    dialog.key_field.toggle.click()
    assert not dialog.key_field.is_revealed()
    for widget in (dialog.key_field.line_edit, dialog.key_field.toggle, dialog.url_edit,
                   dialog.session_only, dialog.test_button, dialog.demo_button, dialog.cancel_button):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
