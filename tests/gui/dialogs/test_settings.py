"""The Settings dialog: saving, key replacement, address normalisation, the address and proxy in
force, the connection test — alone, then opened from the window."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop_chat.api import AuthenticationFailed, ConnectionFailed, ModelList
from desktop_chat.settings import AppSettings, ProxyInForce, ProxySource, effective_proxy
from desktop_chat.ui.dialogs.settings import SettingsDialog
from desktop_chat.ui.dialogs.welcome import PLAIN_HTTP_WARNING
from desktop_chat.ui.words.gateway import error_text
from tests.gui.helpers import SHELL_KEY, FakeTester, models, next_tab_stop

pytestmark = pytest.mark.gui


SETTINGS = AppSettings(base_url="https://gw.example.com/v1", proxy="", theme="system", font_size=0)


def make(qtbot, tester=None, settings=SETTINGS, **kw) -> SettingsDialog:
    kw.setdefault("key_hint", "sk-…a1b2")
    kw.setdefault("key_location", "Secret Service")
    kw.setdefault("effective_proxy",
                  ProxyInForce(ProxySource.ENVIRONMENT, "http://proxy.corp:3128", "HTTPS_PROXY"))
    dialog = SettingsDialog(None, settings=settings, tester=tester or FakeTester(models("m")), **kw)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def save(qtbot, dialog):
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return blocker.args


def test_shows_current_values(qtbot, qloop):
    dialog = make(qtbot)
    assert dialog.key_hint_label.text() == "sk-…a1b2"
    assert dialog.location_label.text() == "Kept in Secret Service, never in a file."
    assert dialog.url_edit.text() == "https://gw.example.com/v1"
    assert dialog.proxy_in_use.text() == "In use now: http://proxy.corp:3128 (from HTTPS_PROXY)"
    assert dialog.theme_combo.currentData() == "system"
    assert dialog.font_spin.text() == "System default"
    assert not dialog.key_field.isVisible()


def test_save_unchanged_keeps_the_key(qtbot, qloop):
    dialog = make(qtbot)
    new, key = save(qtbot, dialog)
    assert new == SETTINGS and key is None
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_save_normalises_and_returns_the_changed_settings(qtbot, qloop):
    dialog = make(qtbot)
    dialog.url_edit.setText("gw2.example.com/v1/chat/completions/")
    dialog.proxy_edit.setText("  http://proxy:8080 ")
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.font_spin.setValue(13)
    new, key = save(qtbot, dialog)
    assert (new.base_url, new.proxy, new.theme, new.font_size) == ("https://gw2.example.com/v1", "http://proxy:8080",
                                                                   "dark", 13)
    assert new.default_model == SETTINGS.default_model  # other fields untouched
    assert key is None


def test_replace_key(qtbot, qloop):
    dialog = make(qtbot)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert dialog.key_field.isVisible()
    assert dialog.key_field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.key_field.setText(" sk-new-key \n")
    _, key = save(qtbot, dialog)
    assert key == "sk-new-key"


def test_replace_then_keep_current(qtbot, qloop):
    dialog = make(qtbot)
    dialog.replace_button.click()
    dialog.key_field.setText("sk-typed")
    dialog.replace_button.click()
    assert not dialog.key_field.isVisible() and dialog.key_field.key() == ""
    _, key = save(qtbot, dialog)
    assert key is None


def test_bad_key_or_address_blocks_saving(qtbot, qloop):
    dialog = make(qtbot)
    dialog.replace_button.click()
    dialog.key_field.setText("sk with spaces")
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()
    assert dialog.status.kind == "error" and "spaces" in dialog.status.text
    dialog.key_field.clear()
    dialog.url_edit.setText("ftp://nope")
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()
    assert dialog.url_warning.isVisible() and "https://" in dialog.url_warning.text()
    assert dialog.isVisible()


def test_address_normalised_on_leaving_the_field(qtbot, qloop):
    dialog = make(qtbot)
    dialog.url_edit.setText("http://10.1.2.3:8000/")
    dialog.url_edit.editingFinished.emit()
    assert dialog.url_edit.text() == "http://10.1.2.3:8000/v1"
    assert dialog.url_note.isVisible() and "Added '/v1'" in dialog.url_note.text()
    assert dialog.url_warning.text() == PLAIN_HTTP_WARNING and dialog.url_warning.isVisible()
    dialog.url_edit.setText("http://localhost:4000/v1")
    dialog.url_edit.editingFinished.emit()
    assert not dialog.url_warning.isVisible() and not dialog.url_note.isVisible()


def test_connection_test_success_with_current_key(qtbot, run):
    tester = FakeTester(models("a", "b", "c"))
    dialog = make(qtbot, tester)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.status.kind == "busy" and dialog.test_button.text() == "Cancel test"
    run(dialog.tester.task)
    assert tester.calls == [("https://gw.example.com/v1", "")]
    assert dialog.status.kind == "success" and "3 models available" in dialog.status.text
    assert dialog.test_button.text() == "Test"


def test_connection_test_with_new_key_and_failure(qtbot, run):
    error = AuthenticationFailed(status=401)
    tester = FakeTester(error)
    dialog = make(qtbot, tester)
    dialog.replace_button.click()
    dialog.key_field.setText("sk-new")
    dialog.start_test()
    run(dialog.tester.task)
    assert tester.calls == [("https://gw.example.com/v1", "sk-new")]
    assert dialog.status.kind == "error" and error_text(error) in dialog.status.text


def test_connection_test_fallback_list_counts_as_failure(qtbot, run):
    error = ConnectionFailed()
    dialog = make(qtbot, FakeTester(ModelList(("x",), False, error)))
    dialog.start_test()
    run(dialog.tester.task)
    assert dialog.status.text == f"✗ {error_text(error)}"


def test_connection_test_bug_is_named_not_detailed(qtbot, run):
    dialog = make(qtbot, FakeTester(RuntimeError("sk-secret in a message")))
    dialog.start_test()
    run(dialog.tester.task)
    assert dialog.status.text == "✗ Something went wrong while testing: RuntimeError"


def test_second_click_cancels_the_test(qtbot, run):
    gate = asyncio.Event()
    dialog = make(qtbot, FakeTester(models("m"), gate=gate))
    dialog.start_test()
    task = dialog.tester.task
    dialog.test_button.click()
    run(task)
    assert dialog.status.text == "Test cancelled." and dialog.test_button.text() == "Test"


def test_closing_cancels_a_running_test(qtbot, run):
    gate = asyncio.Event()
    dialog = make(qtbot, FakeTester(models("m"), gate=gate))
    dialog.start_test()
    task = dialog.tester.task
    dialog.reject()
    run(task)
    assert task.cancelled() or task.done()
    assert not dialog.tester.running


def test_the_key_is_never_shown(qtbot, qloop):
    dialog = make(qtbot)
    dialog.replace_button.click()
    dialog.key_field.setText("sk-very-secret-123")
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert not any("sk-very-secret-123" in t for t in texts)
    assert dialog.key_field.line_edit.displayText() != "sk-very-secret-123"


def test_accessible_names_and_tab_order(qtbot, qloop):
    dialog = make(qtbot)
    for widget in (dialog.replace_button, dialog.test_button, dialog.url_edit, dialog.proxy_edit,
                   dialog.theme_combo, dialog.font_spin, dialog.save_button):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    assert next_tab_stop(dialog.url_edit) is dialog.proxy_choice.mode_combo
    dialog.proxy_edit.setText("http://proxy:8080")  # typing an address chooses "This proxy"
    assert next_tab_stop(dialog.proxy_choice.mode_combo) is dialog.proxy_edit
    assert next_tab_stop(dialog.proxy_edit) is dialog.certificates.choose_button


def make_without_proxy(qtbot, **kw) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """The dialog when no proxy is in force (none saved, none in the environment)."""
    kw.setdefault("effective_proxy", effective_proxy(SETTINGS, {}))
    return make(qtbot, **kw)


def test_an_address_forced_by_the_environment_is_shown(qtbot, qloop) -> None:  # type: ignore[no-untyped-def]
    dialog = make_without_proxy(qtbot, base_url_override="http://127.0.0.1:18800/v1")
    assert dialog.url_edit.text() == "https://gw.example.com/v1"  # the saved one stays editable
    assert dialog.url_override_label.isVisible()
    assert "In use now: http://127.0.0.1:18800/v1" in dialog.url_override_label.text()
    assert "DESKTOP_CHAT_BASE_URL" in dialog.url_override_label.text()


def test_without_an_address_override_there_is_no_note(qtbot, qloop, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("DESKTOP_CHAT_BASE_URL", raising=False)
    assert not make_without_proxy(qtbot).url_override_label.isVisible()
    monkeypatch.setenv("DESKTOP_CHAT_BASE_URL", "http://127.0.0.1:9/v1")
    dialog = make_without_proxy(qtbot)  # not passed: read from the process environment
    assert dialog.url_override_label.isVisible()
    assert "http://127.0.0.1:9/v1" in dialog.url_override_label.text()


def test_no_proxy_reads_as_words_not_none(qtbot, qloop) -> None:  # type: ignore[no-untyped-def]
    dialog = make_without_proxy(qtbot)
    assert dialog.proxy_in_use.text() == "In use now: no proxy (direct connection)"
    covered = effective_proxy(SETTINGS, {"HTTPS_PROXY": "http://p:1", "NO_PROXY": "gw.example.com"})
    dialog = make_without_proxy(qtbot, effective_proxy=covered)
    assert dialog.proxy_in_use.text().startswith("In use now: no proxy (direct connection) (")
    assert "None" not in dialog.proxy_in_use.text()


# --- in the window -----------------------------------------------------------------------------
def test_settings_dialog_opens_with_ctrl_comma(qtbot, make_shell, sim):
    from desktop_chat.ui.dialogs.settings import SettingsDialog

    shell = make_shell({"DESKTOP_CHAT_BASE_URL": sim.base_url, "DESKTOP_CHAT_API_KEY": SHELL_KEY})
    qtbot.waitUntil(lambda: "Connected" in shell.status.connection_label.text(), timeout=10000)
    shell.window.activateWindow()
    shell.window.settings_action.trigger()
    dialog = shell.gateway.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    assert SHELL_KEY not in dialog.key_hint_label.text()
    dialog.reject()
    assert shell.window.settings_action.shortcut().toString() == "Ctrl+,"
