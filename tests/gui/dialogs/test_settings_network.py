"""Settings → Connection's proxy choice (System / This proxy / Automatic (PAC)) and Certificates."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_chat.settings import AppSettings, ProxyInForce, ProxyMode, ProxySource, effective_proxy
from desktop_chat.ui.dialogs.settings import SettingsDialog
from tests.gui.helpers import FakeTester, models

SETTINGS = AppSettings(base_url="https://gw.example.com/v1")
PEM = """-----BEGIN CERTIFICATE-----
MIIBdzCCAR2gAwIBAgIUQ1m1ke0C4hYkzS6s3h0Dd2r1Yp8wCgYIKoZIzj0EAwIw
-----END CERTIFICATE-----
"""


def make(qtbot, settings: AppSettings = SETTINGS, in_force: ProxyInForce | None = None) -> SettingsDialog:
    dialog = SettingsDialog(None, settings=settings, key_hint="sk-…a1b2", key_location="Secret Service",
                            effective_proxy=in_force or effective_proxy(settings, {}),
                            tester=FakeTester(models("m")))
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def save(qtbot, dialog: SettingsDialog) -> AppSettings:
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_the_choice_follows_the_settings(qtbot, qloop) -> None:
    assert make(qtbot).proxy_choice.mode() is ProxyMode.SYSTEM
    explicit = make(qtbot, replace(SETTINGS, proxy="http://proxy.corp:3128"))
    assert explicit.proxy_choice.mode() is ProxyMode.EXPLICIT and explicit.proxy_edit.isVisible()
    pac = make(qtbot, replace(SETTINGS, pac_url="http://wpad.corp/proxy.pac"))
    assert pac.proxy_choice.mode() is ProxyMode.PAC
    assert pac.proxy_choice.pac_edit.isVisible() and not pac.proxy_edit.isVisible()
    assert pac.proxy_in_use.text() == (
        "In use now: the proxy that the automatic settings at http://wpad.corp/proxy.pac choose for each "
        "address")


def test_choosing_pac_saves_its_address_and_drops_the_proxy(qtbot, qloop) -> None:
    dialog = make(qtbot, replace(SETTINGS, proxy="http://proxy.corp:3128"))
    dialog.proxy_choice.set_mode(ProxyMode.PAC)
    dialog.proxy_choice.pac_edit.setText("  http://wpad.corp/proxy.pac ")
    new = save(qtbot, dialog)
    assert (new.proxy, new.pac_url) == ("", "http://wpad.corp/proxy.pac")


def test_choosing_system_clears_both(qtbot, qloop) -> None:
    dialog = make(qtbot, replace(SETTINGS, pac_url="http://wpad.corp/proxy.pac"))
    dialog.proxy_choice.set_mode(ProxyMode.SYSTEM)
    new = save(qtbot, dialog)
    assert (new.proxy, new.pac_url) == ("", "")


def test_the_system_proxy_is_shown_with_its_source(qtbot, qloop) -> None:
    in_force = effective_proxy(SETTINGS, {}, system={"https": "http://sys.corp:8080"})
    assert in_force.source is ProxySource.SYSTEM
    dialog = make(qtbot, in_force=in_force)
    assert dialog.proxy_in_use.text() == "In use now: http://sys.corp:8080 (from the system's settings)"


def test_a_ca_file_is_shown_removed_and_saved(qtbot, qloop, tmp_path: Path) -> None:
    ca = tmp_path / "corp-ca.pem"
    ca.write_text(PEM, encoding="ascii")  # not a real certificate: the note says so
    dialog = make(qtbot)
    certificates = dialog.certificates
    assert certificates.path_label.text() == "None (this computer's certificates only)"
    assert not certificates.remove_button.isEnabled()
    certificates.set_path(str(ca))
    assert certificates.path_label.text() == str(ca)
    assert certificates.problem.isVisible()
    assert "PEM" in certificates.problem.text()
    assert save(qtbot, dialog).ca_bundle == str(ca)


def test_a_good_ca_file_has_no_note_and_remove_clears_it(qtbot, qloop, tmp_path: Path) -> None:
    from tests.api._certs import make_ca

    ca = make_ca(tmp_path)
    dialog = make(qtbot, replace(SETTINGS, ca_bundle=str(ca.cert_pem)))
    certificates = dialog.certificates
    assert certificates.path_label.text() == str(ca.cert_pem)
    assert not certificates.problem.isVisible()
    qtbot.mouseClick(certificates.remove_button, Qt.MouseButton.LeftButton)
    assert certificates.path() == ""
    assert save(qtbot, dialog).ca_bundle == ""


def test_a_missing_ca_file_is_worded(qtbot, qloop, tmp_path: Path) -> None:
    dialog = make(qtbot, replace(SETTINGS, ca_bundle=str(tmp_path / "gone.pem")))
    assert dialog.certificates.problem.text().startswith("This file doesn't exist")
