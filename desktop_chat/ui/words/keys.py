"""The words for the API key's password store: its errors and where the key is kept.

Why here: the key store (its types re-exported by `desktop_chat.services`) reports with typed
values only — a `KeyStoreError` subclass (and an `InvalidApiKey`'s `KeyFlaw`), a `KeyStatus` —
and this module is the one place they become sentences, through Qt's translation function
(context "Keys"), so they can be translated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_chat.services import (
    InvalidApiKey,
    KeyFlaw,
    KeyFromEnvironment,
    KeyringFailed,
    KeyringLocked,
    KeyringTimeout,
    KeyringUnavailable,
    KeySource,
    KeyStatus,
    KeyStoreError,
)


def _store_failed() -> tuple[str, str]:
    return (
        QCoreApplication.translate(
            "Keys", "Your key could not be read from or saved to this computer's password store."
        ),
        QCoreApplication.translate("Keys", "Try again"),
    )


def _unavailable() -> tuple[str, str]:
    return (
        QCoreApplication.translate(
            "Keys",
            "This computer has no password store, so your key can be kept only until you close the app.",
        ),
        QCoreApplication.translate("Keys", "Keep for this session"),
    )


def _locked() -> tuple[str, str]:
    return (
        QCoreApplication.translate(
            "Keys", "Your password store is locked, so Desktop Chat can't read or save your key."
        ),
        QCoreApplication.translate("Keys", "Unlock it and try again, or keep the key for this session only"),
    )


def _timeout() -> tuple[str, str]:
    return (
        QCoreApplication.translate(
            "Keys", "Your password store didn't answer in time (it may be waiting for you to unlock it)."
        ),
        QCoreApplication.translate("Keys", "Try again, or keep the key for this session only"),
    )


def _from_environment() -> tuple[str, str]:
    return (
        QCoreApplication.translate(
            "Keys", "Your key is set by the {variable} environment variable, so it can't be changed here."
        ).format(variable=KeyFromEnvironment.variable),
        QCoreApplication.translate("Keys", "Ask whoever set up this computer"),
    )


# The words of each kind of error, by exact class; a subclass not listed borrows its parent's.
KEY_ERROR_WORDS: dict[type, Callable[[], tuple[str, str]]] = {
    KeyStoreError: _store_failed,
    KeyringFailed: _store_failed,
    KeyringUnavailable: _unavailable,
    KeyringLocked: _locked,
    KeyringTimeout: _timeout,
    KeyFromEnvironment: _from_environment,
}


def invalid_key_text(flaw: KeyFlaw) -> str:
    """Why a text cannot be a key; never quotes the text."""
    texts = {
        KeyFlaw.EMPTY: QCoreApplication.translate("Keys", "The key is empty. Paste your API key."),
        KeyFlaw.BAD_CHARACTERS: QCoreApplication.translate(
            "Keys", "The key contains spaces or unusual characters. Copy it again from where you got it."
        ),
        KeyFlaw.DAMAGED_IN_STORE: QCoreApplication.translate(
            "Keys", "The key saved in your password store is damaged. Enter your key again."
        ),
    }
    return texts[flaw]


def key_error_text(error: KeyStoreError) -> tuple[str, str]:
    """(message, action) for a password-store error, e.g. ("Your password store is locked, …", "Unlock…")."""
    if isinstance(error, InvalidApiKey):
        return invalid_key_text(error.flaw), QCoreApplication.translate("Keys", "Paste your key again")
    for kind in type(error).__mro__:
        words = KEY_ERROR_WORDS.get(kind)
        if words is not None:
            return words()
    return _store_failed()


def key_status_text(status: KeyStatus) -> str:
    """Where the key is kept, for the welcome and settings screens."""
    if status.source is KeySource.ENV:
        return QCoreApplication.translate(
            "Keys", "Your key comes from the {variable} environment variable and is not stored."
        ).format(variable=status.variable or "")
    if status.source is KeySource.SESSION:
        return QCoreApplication.translate("Keys", "Your key is kept only until you close the app.")
    if status.source is KeySource.KEYRING and status.backend is not None:
        return QCoreApplication.translate("Keys", "Your key is kept in {store}, never in a file.").format(
            store=status.backend
        )
    return QCoreApplication.translate("Keys", "No key is stored yet.")
