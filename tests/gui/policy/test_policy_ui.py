"""The organisation's policy in the real window: what it locks is greyed "Set by your organisation"
and cannot be changed from the UI; what it hides is not shown; what it forbids is disabled.

Each test writes a policy file into tmp_path, points DESKTOP_CHAT_POLICY_FILE at it (the way IT's
pilots do), loads it as the app does (`load_policy`) and runs the real MainController on it.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.gui.helpers import SHELL_KEY

pytestmark = pytest.mark.gui

GATEWAY = "https://gateway.example.org/v1"
PROXY = "http://proxy.example.org:8080"


@pytest.fixture
def policy_shell(qloop: Any, qtbot: Any, run: Callable[..., Any], tmp_path: Path,
                 desktop_chat_home: Path) -> Iterator[Callable[..., Any]]:
    """`policy_shell(policy)` → a MainController running under `policy` (a dict, or text as is)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop_chat.api import RetryPolicy
    from desktop_chat.paths import app_paths
    from desktop_chat.policy import POLICY_FILE_ENV, load_policy
    from desktop_chat.services.session import Session
    from desktop_chat.settings import AppSettings
    from desktop_chat.store import HistoryStore
    from desktop_chat.ui.main_controller import MainController
    from desktop_chat.ui.system.startup_notices import startup_notice

    shells: list[Any] = []

    def factory(policy: dict[str, Any] | str) -> Any:
        path = tmp_path / "policy.json"
        path.write_text(policy if isinstance(policy, str) else json.dumps(policy), encoding="utf-8")
        paths = app_paths({"DESKTOP_CHAT_HOME": str(desktop_chat_home)}).ensure()
        loaded = load_policy(paths, {POLICY_FILE_ENV: str(path)})
        session = Session(paths, AppSettings(auto_titles=False), HistoryStore.open(paths.database),
                          environ={"DESKTOP_CHAT_API_KEY": SHELL_KEY}, keyring_timeout=3,
                          retry=RetryPolicy(max_attempts=1, base_delay=0.05, max_delay=0.1, jitter=0),
                          policy=loaded.policy)
        shell = MainController(session, startup_notice=startup_notice(None, loaded),
                               policy_source=loaded.source_path or "")
        shells.append(shell)
        shell.show()
        return shell

    yield factory
    for shell in shells:
        run(shell.shutdown(), timeout=15)
        for obj in (shell.window, shell):
            if shiboken6.isValid(obj):
                obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


def _settings_dialog(shell: Any) -> Any:
    shell.gateway.open_settings()
    return shell.gateway.settings_dialog


def _saved(shell: Any, qtbot: Any, dialog: Any) -> None:
    """Press Save with the theme changed too, and wait until the settings in force have it."""
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: shell.session.settings.theme == "dark", timeout=5000)


def test_locked_gateway_and_proxy_are_greyed_and_never_saved(qtbot, policy_shell, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_chat.services import PolicyKey
    from desktop_chat.ui.policy_words import is_locked

    shell = policy_shell({"base_url": GATEWAY, "proxy": PROXY, "ca_bundle": str(tmp_path / "ca.pem")})
    assert shell.session.settings.base_url == GATEWAY
    dialog = _settings_dialog(shell)
    assert not dialog.proxy_edit.isEnabled()
    for control in (dialog.url_edit, dialog.proxy_choice):
        assert not control.isEnabled() and is_locked(control)
        assert control.toolTip() == "Set by your organisation"
    for key in (PolicyKey.BASE_URL, PolicyKey.PROXY):
        caption = dialog.locked_captions[key]
        assert caption.text() == "Set by your organisation" and caption.isVisible()
    assert not dialog.certificates.isEnabled() and dialog.locked_captions[PolicyKey.CA_BUNDLE].isVisible()
    assert dialog.managed_label.isVisible()
    assert str(tmp_path / "policy.json") in dialog.managed_label.text()
    assert dialog.url_edit.text() == GATEWAY

    dialog.url_edit.setText("https://elsewhere.example.com/v1")  # what a person cannot do, forced
    dialog.proxy_edit.setText("http://mine.example.com:3128")
    _saved(shell, qtbot, dialog)
    assert shell.session.settings.base_url == GATEWAY
    assert shell.session.settings.proxy == PROXY
    kept = shell.session.paths.settings_file.read_text(encoding="utf-8")
    assert "elsewhere.example.com" not in kept and "mine.example.com" not in kept
    assert GATEWAY not in kept  # the policy's values are not the person's to store


def test_without_a_policy_nothing_is_greyed(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell({"DESKTOP_CHAT_API_KEY": SHELL_KEY}, start=False)
    dialog = _settings_dialog(shell)
    assert dialog.url_edit.isEnabled() and dialog.proxy_edit.isEnabled()
    assert not dialog.locked_captions and not dialog.managed_label.isVisible()
    w = shell.window
    assert all(a.isEnabled() for a in (w.export_action, w.export_all_action, w.import_action))
    assert shell.sidebar.default_button.isEnabled() and shell.sidebar.prompt_edit.isEnabled()


def test_allowed_models_only_in_the_picker_and_the_models_page(qtbot, policy_shell) -> None:  # type: ignore[no-untyped-def]
    allowed = ["gpt-4o-mini", "claude-sonnet-4-5"]
    shell = policy_shell({"allowed_models": allowed, "default_model": "claude-sonnet-4-5"})
    picker = shell.sidebar.model_picker
    assert set(picker.model_ids()) <= set(allowed) and picker.model_ids()
    assert picker.current_model() == "claude-sonnet-4-5"
    page = _settings_dialog(shell).models_page
    for combo in (page.summary_combo, page.title_combo):
        listed = {combo.itemData(i) for i in range(combo.count())} - {""}
        assert listed <= set(allowed), listed
    assert shell.sidebar.default_button.isEnabled() is False  # the default model is the organisation's


def test_hidden_parameters_are_not_shown(qtbot, policy_shell) -> None:  # type: ignore[no-untyped-def]
    shell = policy_shell({"hidden_parameters": ["temperature", "stop"]})
    bar = shell.sidebar
    bar.advanced_button.setChecked(True)
    assert bar.temperature.isHidden() and bar.style_control.isHidden() and bar.stop_edit.isHidden()
    assert not bar.top_p.isHidden() and not bar.length_control.isHidden()
    assert bar.top_p.isVisibleTo(bar) and not bar.temperature.isVisibleTo(bar)


def test_locked_defaults_prompt_and_presets_are_shown_not_editable(qtbot, policy_shell) -> None:  # type: ignore[no-untyped-def]
    from desktop_chat.services import PolicyKey

    shell = policy_shell({
        "default_params": {"temperature": 0.2},
        "default_system_prompt": "Answer in the company's tone.",
        "system_prompt_presets": [{"name": "Support", "text": "You help our customers."}],
    })
    bar = shell.sidebar
    assert bar.prompt_edit.toPlainText() == "Answer in the company's tone."  # shown
    assert bar.temperature.value() == pytest.approx(0.2)
    for control in (bar.prompt_edit, bar.save_preset_button, bar.default_button, bar.temperature,
                    bar.style_control, bar.stop_edit):
        assert not control.isEnabled(), control
    assert bar.default_button.toolTip() == "Set by your organisation"
    for key in (PolicyKey.DEFAULT_PARAMS, PolicyKey.DEFAULT_SYSTEM_PROMPT, PolicyKey.SYSTEM_PROMPT_PRESETS):
        assert bar.locked_captions[key].text() == "Set by your organisation"
    # the service refuses too: "Use as default" forced through changes nothing in force
    bar.makeDefaultRequested.emit(bar.current_settings().__class__("m", bar.current_params(), "mine"))
    assert shell.session.settings.default_system_prompt == "Answer in the company's tone."


def test_export_and_import_disabled_when_not_allowed(qtbot, policy_shell) -> None:  # type: ignore[no-untyped-def]
    shell = policy_shell({"allow_export": False, "allow_import": False})
    w = shell.window
    ways_out = (w.export_action, w.export_all_action, w.print_action, w.export_pdf_action)
    for action in (*ways_out, w.import_action):
        assert not action.isEnabled() and action.toolTip() == "Set by your organisation"
    w.retranslate()  # a language change writes the tips again: still the organisation's
    assert not w.export_action.isEnabled() and w.export_action.toolTip() == "Set by your organisation"
    from desktop_chat.domain import ChatSettings, GenerationParams

    cid = shell.session.conversations.create(ChatSettings("m", GenerationParams(), "")).id  # to right-click
    shell.chats.refresh()
    menu = shell.conversation_list.context_menu_for(cid)
    export = next(a for a in menu.actions() if a.menu() is not None)
    assert not export.isEnabled()
    shell.open_conversation(cid)  # a chat on screen does not make printing (a way out) available
    qtbot.wait(50)
    assert not w.print_action.isEnabled() and not w.export_pdf_action.isEnabled()


def test_the_organisations_tool_servers_and_no_own_ones(qtbot, policy_shell) -> None:  # type: ignore[no-untyped-def]
    shell = policy_shell({"mcp_servers": {"tickets": {"url": "https://mcp.example.org/tickets"}},
                          "allow_own_mcp_servers": False})
    page = _settings_dialog(shell).tools_page
    assert page is not None
    assert not page.add_button.isEnabled() and page.add_locked.isVisibleTo(page)
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    if names:  # the tools service lists the organisation's servers once started
        assert "Set by your organisation" in names[0]
        page.select(0)
        assert not page.edit_button.isEnabled() and not page.remove_button.isEnabled()


def test_a_malformed_policy_is_said_at_start_and_nothing_is_locked(qtbot, policy_shell) -> None:  # type: ignore[no-untyped-def]
    shell = policy_shell('{"base_url": "https://gateway.example.org/v1", "allow_export": "no"')
    assert shell.notices.current is not None and shell.notices.current.topic == "policy"
    assert shell.session.settings.base_url != GATEWAY  # nothing of it half-applied
    assert shell.window.export_action.isEnabled()
