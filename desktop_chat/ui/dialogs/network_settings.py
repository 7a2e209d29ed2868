"""Settings → Connection's network rows: how to reach the gateway (System / This proxy / Automatic
(PAC)) and Certificates (an extra CA file trusted beside the operating system's store).

Why a widget of its own: the proxy choice is a typed value (`ProxyMode`) shown as one list and one
address field, and the CA file needs its picker, its Remove button and a plain note when the file is
unusable (checked as soon as it is chosen, never a crash) — enough behaviour to keep out of the
dialog. Every word is set in `retranslate()`, called again on a language change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.services import Flaw, InvalidRequest, ProxyInForce, RequestField
from desktop_chat.services.network import ProxyMode, check_ca_bundle, proxy_mode
from desktop_chat.ui.language import is_language_change
from desktop_chat.ui.words.gateway import invalid_request_text
from desktop_chat.ui.words.settings_file import proxy_text

MODES = (ProxyMode.SYSTEM, ProxyMode.EXPLICIT, ProxyMode.PAC)


class ProxyChoice(QWidget):
    """The proxy choice: a list (System / This proxy / Automatic (PAC)), the address it needs, and
    what is in force now."""

    def __init__(self, parent: QWidget | None, settings: object, in_force: ProxyInForce) -> None:
        super().__init__(parent)
        self._in_force = in_force
        self.mode_combo = QComboBox(self)
        for mode in MODES:
            self.mode_combo.addItem("", mode.value)
        self.proxy_edit = QLineEdit(str(getattr(settings, "proxy", "")), self)
        self.pac_edit = QLineEdit(str(getattr(settings, "pac_url", "")), self)
        self.in_use = QLabel(self)
        self.in_use.setWordWrap(True)
        self.in_use.setTextFormat(Qt.TextFormat.PlainText)
        self.in_use.setEnabled(False)  # muted
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mode_combo)
        row.addWidget(self.proxy_edit, 1)
        row.addWidget(self.pac_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.in_use)
        self.set_mode(proxy_mode(settings))  # type: ignore[arg-type]
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.proxy_edit.textChanged.connect(self._on_proxy_typed)
        self.retranslate()

    def retranslate(self) -> None:
        labels = {
            ProxyMode.SYSTEM: self.tr("System settings"),
            ProxyMode.EXPLICIT: self.tr("This proxy:"),
            ProxyMode.PAC: self.tr("Automatic (PAC):"),
        }
        for index, mode in enumerate(MODES):
            self.mode_combo.setItemText(index, labels[mode])
        self.mode_combo.setAccessibleName(self.tr("How to reach the gateway"))
        self.proxy_edit.setAccessibleName(self.tr("Proxy"))
        self.proxy_edit.setPlaceholderText(self.tr("http://proxy.example.com:8080"))
        self.proxy_edit.setToolTip(self.tr("For example http://proxy.example.com:8080 "
                                           "(http://user:password@… if it asks for a password)"))
        self.pac_edit.setAccessibleName(self.tr("Automatic proxy settings (PAC) address"))
        self.pac_edit.setPlaceholderText(self.tr("http://wpad.example.com/proxy.pac"))
        self.pac_edit.setToolTip(self.tr("The address of the proxy auto-configuration file IT gave you"))
        self.in_use.setText(self.tr("In use now: {proxy}").format(proxy=proxy_text(self._in_force)))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def mode(self) -> ProxyMode:
        return ProxyMode(str(self.mode_combo.currentData()))

    def set_mode(self, mode: ProxyMode) -> None:
        self.mode_combo.setCurrentIndex(MODES.index(mode))
        self._show_fields()

    def values(self) -> tuple[str, str]:
        """(proxy, pac_url) to save: only the chosen one's address, the other empty."""
        mode = self.mode()
        proxy = self.proxy_edit.text().strip() if mode is ProxyMode.EXPLICIT else ""
        pac = self.pac_edit.text().strip() if mode is ProxyMode.PAC else ""
        return proxy, pac

    def _on_proxy_typed(self, text: str) -> None:
        if text.strip() and self.mode() is ProxyMode.SYSTEM:
            self.set_mode(ProxyMode.EXPLICIT)  # typing an address means "this proxy"

    def _show_fields(self) -> None:
        mode = self.mode()
        self.proxy_edit.setVisible(mode is ProxyMode.EXPLICIT)
        self.pac_edit.setVisible(mode is ProxyMode.PAC)


class CertificatesChoice(QWidget):
    """The extra CA file: its path (or "None"), Choose file…, Remove, and a note when it is unusable."""

    def __init__(self, parent: QWidget | None, ca_bundle: str) -> None:
        super().__init__(parent)
        self._path = ca_bundle.strip()
        self.path_label = QLabel(self)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(lambda: self.set_path(""))
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setEnabled(False)  # muted
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("warning")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.caption)
        layout.addWidget(self.problem)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose a certificates file"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the certificates file"))
        self.caption.setText(self.tr("Certificates from this file (PEM) are trusted as well as this "
                                     "computer's own, e.g. your company's inspection certificate."))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def path(self) -> str:
        return self._path

    def flaw(self) -> Flaw | None:
        """What is wrong with the chosen file, None when it is fine or none is chosen."""
        return check_ca_bundle(self._path)

    def set_path(self, path: str) -> None:
        self._path = path.strip()
        self._show()

    def choose(self) -> None:
        start = str(Path(self._path).parent) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a certificates file"), start,
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.set_path(path)

    def _show(self) -> None:
        self.path_label.setText(self._path or self.tr("None (this computer's certificates only)"))
        self.remove_button.setEnabled(bool(self._path))
        flaw = self.flaw()
        texts = {
            Flaw.NOT_FOUND: self.tr("This file doesn't exist, so it can't be used. Choose it again, or "
                                    "remove it."),
            Flaw.UNREADABLE: self.tr("This file can't be read, so it can't be used. Choose it again, or "
                                     "remove it."),
            Flaw.NOT_PEM: self.tr("This file holds no certificate in PEM form (text starting with "
                                  "“-----BEGIN CERTIFICATE-----”). Ask IT for the certificate as a "
                                  "PEM file."),
        }
        text = "" if flaw is None else texts.get(flaw) or invalid_request_text(
            InvalidRequest(RequestField.CA_BUNDLE, flaw, value=self._path))
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
