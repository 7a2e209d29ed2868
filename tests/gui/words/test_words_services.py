"""The services' typed values in words: every enum value has its own sentence, the app's English
is kept word for word, and every sentence goes through Qt's translation function."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_chat.domain import Refusal
from desktop_chat.services import (
    ConnectionFailed,
    DamagedSettings,
    KeyHint,
    KeyHintKind,
    ModelChoice,
    ModelSource,
    ProxyInForce,
    ProxySource,
    Theme,
)
from desktop_chat.ui.words.gateway import error_text
from desktop_chat.ui.words.models import model_note, saved_on_text
from desktop_chat.ui.words.refusals import refusal_text
from desktop_chat.ui.words.settings_file import damaged_settings_text, key_hint_text, proxy_text, theme_label

MODELS = ("model-a", "model-b")
SAVED_AT = 1_764_590_400.0  # 1 Dec 2025, midday UTC


class Marking(QTranslator):
    """Prefixes every source text it is asked for, so a test can see the translation hook in use."""

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:
        return f"«{context}» {source}"


@pytest.fixture
def marked(qapp: Any) -> Iterator[None]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


# --- refusals ------------------------------------------------------------------------------------
@pytest.mark.parametrize("refusal", list(Refusal), ids=lambda r: r.value)
def test_every_refusal_has_a_sentence(qapp: Any, refusal: Refusal) -> None:
    text = refusal_text(refusal)
    assert text.strip() and text.endswith(".")


def test_no_two_refusals_say_the_same(qapp: Any) -> None:
    said = [refusal_text(r) for r in Refusal]
    assert len(set(said)) == len(said)


def test_the_refusals_english_is_kept(qapp: Any) -> None:
    assert refusal_text(Refusal.NO_KEY) == "Add your API key to start chatting."
    assert refusal_text(Refusal.NOTHING_TO_SEND) == "There is nothing to send."
    assert refusal_text(Refusal.BUSY) == "Wait for the answer to finish, or stop it first."
    assert refusal_text(Refusal.ALREADY_COMPLETE) == "This answer is already complete."
    assert refusal_text(Refusal.ONLY_OWN_MESSAGES_EDITABLE) == "Only your own messages can be edited."


# --- the model picker's note ---------------------------------------------------------------------
def test_a_fresh_list_or_one_not_asked_for_has_no_note(qapp: Any) -> None:
    assert model_note(ModelChoice(MODELS, ModelSource.GATEWAY)) == ""
    assert model_note(ModelChoice(MODELS, ModelSource.SAVED, SAVED_AT)) == ""
    assert model_note(ModelChoice(MODELS, ModelSource.STANDARD)) == ""


@pytest.mark.parametrize("source", list(ModelSource), ids=lambda s: s.value)
def test_every_model_source_after_a_failure_reads_on_its_own(qapp: Any, source: ModelSource) -> None:
    error = ConnectionFailed()
    note = model_note(ModelChoice(MODELS, source, SAVED_AT, None if source is ModelSource.GATEWAY_LISTS_NONE
                                  else error))
    others = {model_note(ModelChoice(MODELS, s, SAVED_AT, error)) for s in ModelSource if s is not source}
    if source is ModelSource.GATEWAY:
        assert note == ""
    else:
        assert note and note not in others


def test_the_model_notes_english_is_kept(qapp: Any) -> None:
    error = ConnectionFailed()
    saved = model_note(ModelChoice(MODELS, ModelSource.SAVED, SAVED_AT, error))
    assert saved == f"Showing the models saved on {saved_on_text(SAVED_AT)}. {error_text(error)}"
    assert saved.startswith("Showing the models saved on") and "Can't reach the gateway" in saved
    assert "25" in saved_on_text(SAVED_AT)  # the year, in the locale's short date format
    undated = model_note(ModelChoice(MODELS, ModelSource.SAVED, None, error))
    assert undated.startswith("Showing the models saved earlier. ")
    assert model_note(ModelChoice(MODELS, ModelSource.STANDARD, None, error)) == (
        f"Showing the standard model list. {error_text(error)}"
    )
    assert model_note(ModelChoice(MODELS, ModelSource.GATEWAY_LISTS_NONE)) == (
        "Connected. This gateway doesn't list its models, so the standard list is shown."
    )


# --- settings: the damaged file, the proxy, the key, the themes ----------------------------------
def test_the_damaged_settings_warning_names_the_kept_file(qapp: Any) -> None:
    text = damaged_settings_text(DamagedSettings(Path("/cfg/settings.json.corrupt-20261201-101500")))
    assert text == (
        "Your settings file was damaged, so Desktop Chat started with its default settings. "
        "The damaged file was kept as settings.json.corrupt-20261201-101500."
    )


PROXIES = {
    ProxySource.NONE: (ProxyInForce(ProxySource.NONE), "no proxy (direct connection)"),
    ProxySource.SETTINGS: (ProxyInForce(ProxySource.SETTINGS, "http://bob:****@corp:3128"),
                           "http://bob:****@corp:3128 (from settings)"),
    ProxySource.ENVIRONMENT: (ProxyInForce(ProxySource.ENVIRONMENT, "http://env:8080", "HTTPS_PROXY"),
                              "http://env:8080 (from HTTPS_PROXY)"),
    ProxySource.BYPASSED: (ProxyInForce(ProxySource.BYPASSED, variable="NO_PROXY", host="aiapi.services"),
                           "no proxy (direct connection) (NO_PROXY covers aiapi.services)"),
    ProxySource.PAC: (ProxyInForce(ProxySource.PAC, "http://wpad.corp/proxy.pac"),
                      "the proxy that the automatic settings at http://wpad.corp/proxy.pac choose for each "
                      "address"),
    ProxySource.SYSTEM: (ProxyInForce(ProxySource.SYSTEM, "http://sys.corp:8080"),
                         "http://sys.corp:8080 (from the system's settings)"),
}


@pytest.mark.parametrize("source", list(ProxySource), ids=lambda s: s.value)
def test_every_proxy_source_in_words(qapp: Any, source: ProxySource) -> None:
    proxy, expected = PROXIES[source]
    assert proxy_text(proxy) == expected


KEY_HINTS = {
    KeyHintKind.FROM_ENVIRONMENT: (KeyHint(KeyHintKind.FROM_ENVIRONMENT, "DESKTOP_CHAT_API_KEY"),
                                   "from DESKTOP_CHAT_API_KEY"),
    KeyHintKind.DEMO: (KeyHint(KeyHintKind.DEMO), "offline demo (no key)"),
    KeyHintKind.NOT_SET: (KeyHint(KeyHintKind.NOT_SET), "not set"),
    KeyHintKind.SET: (KeyHint(KeyHintKind.SET), "set"),
    KeyHintKind.SHOWN: (KeyHint(KeyHintKind.SHOWN, "sk-…6789"), "sk-…6789"),
}


@pytest.mark.parametrize("kind", list(KeyHintKind), ids=lambda k: k.value)
def test_every_key_hint_in_words(qapp: Any, kind: KeyHintKind) -> None:
    hint, expected = KEY_HINTS[kind]
    assert key_hint_text(hint) == expected


def test_every_theme_has_its_label(qapp: Any) -> None:
    assert [theme_label(t) for t in Theme] == ["System", "Light", "Dark"]


# --- through Qt's translation function -----------------------------------------------------------
def test_every_sentence_goes_through_the_translator(marked: None) -> None:
    error = ConnectionFailed()
    texts = [
        *(refusal_text(r) for r in Refusal),
        model_note(ModelChoice(MODELS, ModelSource.SAVED, None, error)),
        model_note(ModelChoice(MODELS, ModelSource.STANDARD, None, error)),
        model_note(ModelChoice(MODELS, ModelSource.GATEWAY_LISTS_NONE)),
        damaged_settings_text(DamagedSettings(Path("settings.json.corrupt-1"))),
        *(proxy_text(p) for p, _ in PROXIES.values()),
        *(key_hint_text(h) for h, _ in KEY_HINTS.values() if h.kind is not KeyHintKind.SHOWN),
        *(theme_label(t) for t in Theme),
    ]
    untranslated = [t for t in texts if "«" not in t]
    assert untranslated == []
    assert refusal_text(Refusal.NO_KEY) == "«Refusals» Add your API key to start chatting."
