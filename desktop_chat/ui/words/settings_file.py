"""The words for what the settings and the session report: a damaged settings file, the proxy in
force, the key in use, the themes.

Why here: `desktop_chat.settings` and `services.session` report typed values (`DamagedSettings`,
`ProxyInForce`, `KeyHint`, `Theme`) and never write a sentence; this is the one place they become
words, through Qt's translation function (context "Settings").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_chat.services import (
    DamagedSettings,
    KeyHint,
    KeyHintKind,
    ProxyInForce,
    ProxySource,
    Theme,
)


def damaged_settings_text(damaged: DamagedSettings) -> str:
    """The one warning at start when the settings file could not be read."""
    return QCoreApplication.translate(
        "Settings",
        "Your settings file was damaged, so Desktop Chat started with its default settings. "
        "The damaged file was kept as {name}.",
    ).format(name=damaged.kept_as.name)


def proxy_text(proxy: ProxyInForce) -> str:
    """The proxy in force in plain words, e.g. "http://corp:3128 (from settings)"."""
    if proxy.source is ProxySource.NONE:
        return QCoreApplication.translate("Settings", "no proxy (direct connection)")
    if proxy.source is ProxySource.BYPASSED:
        return QCoreApplication.translate(
            "Settings", "no proxy (direct connection) ({variable} covers {host})"
        ).format(variable=proxy.variable, host=proxy.host)
    if proxy.source is ProxySource.SETTINGS:
        return QCoreApplication.translate("Settings", "{url} (from settings)").format(url=proxy.url)
    if proxy.source is ProxySource.PAC:
        return QCoreApplication.translate(
            "Settings", "the proxy that the automatic settings at {url} choose for each address"
        ).format(url=proxy.url)
    if proxy.source is ProxySource.SYSTEM:
        return QCoreApplication.translate("Settings", "{url} (from the system's settings)").format(
            url=proxy.url)
    return QCoreApplication.translate("Settings", "{url} (from {variable})").format(
        url=proxy.url, variable=proxy.variable
    )


def key_hint_text(hint: KeyHint) -> str:
    """How the settings dialog names the key in use: "sk-…a1b2", "not set", its environment source."""
    if hint.kind is KeyHintKind.SHOWN:
        return hint.shown
    texts = {
        KeyHintKind.FROM_ENVIRONMENT: QCoreApplication.translate("Settings", "from {variable}"),
        KeyHintKind.DEMO: QCoreApplication.translate("Settings", "offline demo (no key)"),
        KeyHintKind.NOT_SET: QCoreApplication.translate("Settings", "not set"),
        KeyHintKind.SET: QCoreApplication.translate("Settings", "set"),
    }
    return texts[hint.kind].format(variable=hint.shown)


def theme_label(theme: Theme) -> str:
    """The theme's name in the settings dialog's list."""
    labels = {
        Theme.SYSTEM: QCoreApplication.translate("Settings", "System"),
        Theme.LIGHT: QCoreApplication.translate("Settings", "Light"),
        Theme.DARK: QCoreApplication.translate("Settings", "Dark"),
    }
    return labels[theme]
