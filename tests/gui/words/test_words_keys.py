"""The password store's words: every KeyStoreError class, every KeyFlaw and every KeyStatus reads as it
always has, and none of them quotes the key."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_chat.secrets import (
    ENV_VAR,
    ApiKey,
    InvalidApiKey,
    KeyFlaw,
    KeyFromEnvironment,
    KeyringFailed,
    KeyringLocked,
    KeyringTimeout,
    KeyringUnavailable,
    KeySource,
    KeyStatus,
    KeyStore,
    KeyStoreError,
)
from desktop_chat.ui.words.keys import KEY_ERROR_WORDS, invalid_key_text, key_error_text, key_status_text
from tests.core.keyring_doubles import MemoryBackend

KEY = "sk-test-Zq8vT3kP0wLm5Rn7Yc2Xb9"

# The app's English, as it was written before the sentences moved here: it must not change.
STORE_FAILED = ("Your key could not be read from or saved to this computer's password store.", "Try again")
ERROR_WORDS: dict[type[KeyStoreError], tuple[str, str]] = {
    KeyStoreError: STORE_FAILED,
    KeyringFailed: STORE_FAILED,
    KeyringUnavailable: (
        "This computer has no password store, so your key can be kept only until you close the app.",
        "Keep for this session",
    ),
    KeyringLocked: (
        "Your password store is locked, so Desktop Chat can't read or save your key.",
        "Unlock it and try again, or keep the key for this session only",
    ),
    KeyringTimeout: (
        "Your password store didn't answer in time (it may be waiting for you to unlock it).",
        "Try again, or keep the key for this session only",
    ),
    KeyFromEnvironment: (
        "Your key is set by the DESKTOP_CHAT_API_KEY environment variable, so it can't be changed here.",
        "Ask whoever set up this computer",
    ),
}

FLAW_WORDS = {
    KeyFlaw.EMPTY: "The key is empty. Paste your API key.",
    KeyFlaw.BAD_CHARACTERS: (
        "The key contains spaces or unusual characters. Copy it again from where you got it."
    ),
    KeyFlaw.DAMAGED_IN_STORE: "The key saved in your password store is damaged. Enter your key again.",
}


def _all_subclasses(cls: type) -> list[type]:
    out: list[type] = []
    for sub in cls.__subclasses__():
        out += [sub, *_all_subclasses(sub)]
    return out


KEY_ERRORS: list[type[KeyStoreError]] = [KeyStoreError, *_all_subclasses(KeyStoreError)]


@pytest.mark.parametrize("cls", KEY_ERRORS, ids=lambda c: c.__name__)
def test_every_key_store_error_has_words(qapp: Any, cls: type[KeyStoreError]) -> None:
    if cls is InvalidApiKey:
        for flaw in KeyFlaw:
            message, action = key_error_text(InvalidApiKey(flaw))
            assert (message, action) == (FLAW_WORDS[flaw], "Paste your key again")
        return
    # A new subclass fails here until the UI gives it words of its own.
    assert cls in KEY_ERROR_WORDS, f"{cls.__name__} has no words"
    message, action = key_error_text(cls("technical detail"))
    assert (message, action) == ERROR_WORDS[cls]
    assert message.endswith(".") and action and "{" not in message + action
    assert "technical detail" not in message + action  # the detail is for the log only


def test_an_unknown_subclass_borrows_its_parents_words(qapp: Any) -> None:
    class StillLocked(KeyringLocked):
        pass

    assert key_error_text(StillLocked()) == ERROR_WORDS[KeyringLocked]


@pytest.mark.parametrize("flaw", list(KeyFlaw), ids=lambda f: f.name)
def test_every_key_flaw_has_its_sentence(qapp: Any, flaw: KeyFlaw) -> None:
    assert invalid_key_text(flaw) == FLAW_WORDS[flaw]


@pytest.mark.parametrize("bad", ["", "sk-abc def", "sk-ab\u00e9cd", "sk-\x00abc"])
def test_what_was_pasted_is_never_quoted(qapp: Any, bad: str) -> None:
    with pytest.raises(InvalidApiKey) as info:
        ApiKey(bad)
    message, action = key_error_text(info.value)
    assert message.endswith(".") and action
    if bad:
        assert bad not in message + action


@pytest.mark.parametrize(
    ("status", "sentence"),
    [
        (
            KeyStatus(KeySource.ENV, variable="DESKTOP_CHAT_API_KEY"),
            "Your key comes from the DESKTOP_CHAT_API_KEY environment variable and is not stored.",
        ),
        (KeyStatus(KeySource.SESSION), "Your key is kept only until you close the app."),
        (
            KeyStatus(KeySource.KEYRING, backend="Secret Service"),
            "Your key is kept in Secret Service, never in a file.",
        ),
        (KeyStatus(KeySource.KEYRING), "No key is stored yet."),
        (KeyStatus(KeySource.NONE), "No key is stored yet."),
    ],
)
def test_where_the_key_is_kept_reads_as_before(qapp: Any, status: KeyStatus, sentence: str) -> None:
    assert key_status_text(status) == sentence


def test_a_real_store_gives_the_status_the_words_need(qapp: Any) -> None:
    store = KeyStore("gw", backend=MemoryBackend(), environ={})
    assert key_status_text(store.key_status()) == "No key is stored yet."
    store.keep_for_session(ApiKey(KEY))
    assert key_status_text(store.key_status()) == "Your key is kept only until you close the app."
    store.save(ApiKey(KEY))
    sentence = key_status_text(store.key_status())
    assert sentence.startswith("Your key is kept in ") and sentence.endswith(", never in a file.")
    assert KEY not in sentence
    env = KeyStore("gw", backend=MemoryBackend(), environ={ENV_VAR: KEY})
    env.load()
    assert ENV_VAR in key_status_text(env.key_status()) and KEY not in key_status_text(env.key_status())
