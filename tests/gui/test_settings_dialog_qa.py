"""Settings dialog fixes found in QA: the address in force and the proxy in plain words."""

from __future__ import annotations

import pytest

from desktop_chat.settings import AppSettings, effective_proxy
from desktop_chat.ui.dialogs.settings import SettingsDialog

try:
    from ._panels_helpers import FakeTester, models, panel_loop
except ImportError:
    from _panels_helpers import FakeTester, models, panel_loop

pytestmark = pytest.mark.gui
__all__ = ["panel_loop"]

SETTINGS = AppSettings(base_url="https://gw.example.com/v1", proxy="", theme="system", font_size=0)


def make(qtbot, **kw) -> SettingsDialog:  # type: ignore[no-untyped-def]
    kw.setdefault("effective_proxy", effective_proxy(SETTINGS, {}))
    dialog = SettingsDialog(
        None, settings=SETTINGS, key_hint="sk-…a1b2", key_location="Secret Service",
        tester=FakeTester(models("m")), **kw,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_address_forced_by_the_environment_is_shown(qtbot, panel_loop) -> None:  # type: ignore[no-untyped-def]
    dialog = make(qtbot, base_url_override="http://127.0.0.1:18800/v1")
    assert dialog.url_edit.text() == "https://gw.example.com/v1"  # the saved one stays editable
    assert dialog.url_override_label.isVisible()
    assert "In use now: http://127.0.0.1:18800/v1" in dialog.url_override_label.text()
    assert "DESKTOP_CHAT_BASE_URL" in dialog.url_override_label.text()


def test_no_override_no_note(qtbot, panel_loop, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("DESKTOP_CHAT_BASE_URL", raising=False)
    assert not make(qtbot).url_override_label.isVisible()
    monkeypatch.setenv("DESKTOP_CHAT_BASE_URL", "http://127.0.0.1:9/v1")
    dialog = make(qtbot)  # not passed: read from the process environment
    assert dialog.url_override_label.isVisible()
    assert "http://127.0.0.1:9/v1" in dialog.url_override_label.text()


def test_no_proxy_reads_as_words_not_none(qtbot, panel_loop) -> None:  # type: ignore[no-untyped-def]
    dialog = make(qtbot)
    assert dialog.proxy_in_use.text() == "In use now: no proxy (direct connection)"
    covered = effective_proxy(SETTINGS, {"HTTPS_PROXY": "http://p:1", "NO_PROXY": "gw.example.com"})
    dialog = make(qtbot, effective_proxy=covered)
    assert dialog.proxy_in_use.text().startswith("In use now: no proxy (direct connection) (")
    assert "None" not in dialog.proxy_in_use.text()
