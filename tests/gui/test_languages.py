"""The app's languages with the real catalogues: picked from the OS, switched in Settings, complete,
and no word cut off in any of them.

The .qm files are the ones the set-up compiles (scripts/bootstrap.sh → scripts/translations.py
release); Qt's own catalogue (qtbase_<lang>.qm) comes from PySide6. Each test leaves English in force.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDialogButtonBox, QLabel, QRadioButton, QWidget

from desktop_chat.services import UiLanguage
from desktop_chat.ui.language import (
    SPOKEN,
    Languages,
    catalogue_dir,
    choices,
    system_language,
    without_mnemonic,
)
from tests.gui.helpers import env_for, ready, send_and_wait

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def languages(qapp: Any) -> Any:
    """A `Languages` of its own; English (the sources, no translator) again afterwards."""
    langs = Languages(qapp)
    yield langs
    langs.install([])
    QLocale.setDefault(QLocale.system())
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize(("ui_languages", "expected"), [
    (["de-CH", "en-US"], UiLanguage.GERMAN),
    (["fr-CA"], UiLanguage.FRENCH),
    (["es-419"], UiLanguage.SPANISH),
    (["ja-JP"], UiLanguage.JAPANESE),
    (["zh-Hans-CN"], UiLanguage.CHINESE_SIMPLIFIED),
    (["zh-CN"], UiLanguage.CHINESE_SIMPLIFIED),
    (["zh-SG"], UiLanguage.CHINESE_SIMPLIFIED),
    (["zh-Hant-TW"], UiLanguage.CHINESE_TRADITIONAL),
    (["zh-HK"], UiLanguage.CHINESE_TRADITIONAL),
    (["zh_TW"], UiLanguage.CHINESE_TRADITIONAL),
    (["ru-RU", "pl-PL", "ja"], UiLanguage.JAPANESE),  # the first the app speaks, in the person's order
    (["ru-RU", "ko-KR"], UiLanguage.ENGLISH),  # none of them: English
    ([], UiLanguage.ENGLISH),
    (["en-GB", "de-DE"], UiLanguage.ENGLISH),
])
def test_the_os_language_is_the_first_one_the_app_speaks(ui_languages: list[str],
                                                         expected: UiLanguage) -> None:
    assert system_language(ui_languages) == expected


def test_settings_lists_every_language_under_its_own_name() -> None:
    names = [choice.native_name for choice in choices()]
    assert names == ["English", "简体中文", "繁體中文", "日本語", "Deutsch", "Français", "Español"]
    assert [choice.value for choice in choices()] == list(SPOKEN)


def test_every_language_has_a_compiled_catalogue() -> None:
    for language in SPOKEN:
        qm = catalogue_dir() / f"desktop_chat_{language.value}.qm"
        assert qm.is_file() and qm.stat().st_size > 10_000, f"{qm}: run scripts/translations.py release"


def test_every_catalogue_is_complete_with_matching_placeholders() -> None:
    """No unfinished or obsolete entry, and every {placeholder}, %n and tag kept (scripts/translations.py)."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr


@pytest.mark.parametrize(("language", "file_menu", "cancel"), [
    (UiLanguage.GERMAN, "Datei", "Abbrechen"),
    (UiLanguage.FRENCH, "Fichier", "Annuler"),
    (UiLanguage.SPANISH, "Archivo", "Cancelar"),
    (UiLanguage.JAPANESE, "ファイル", "キャンセル"),
    (UiLanguage.CHINESE_SIMPLIFIED, "文件", "取消"),
    (UiLanguage.CHINESE_TRADITIONAL, "檔案", "取消"),
])
def test_a_language_brings_its_words_qts_own_buttons_and_its_numbers(
        languages: Any, language: UiLanguage, file_menu: str, cancel: str) -> None:
    seen: list[bool] = []
    languages.changed.connect(lambda: seen.append(True))
    assert languages.apply(language)
    assert seen == [True] and languages.current == language
    assert file_menu in QCoreApplication.translate("MainWindow", "&File")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    assert QLocale().language() == QLocale(language.value).language()


def test_english_plural_forms_come_from_the_english_catalogue(languages: Any) -> None:
    from desktop_chat.ui.words.plural import counted

    assert languages.apply(UiLanguage.ENGLISH)
    assert counted().chats(1) == "1 chat" and counted().chats(3) == "3 chats"
    assert languages.apply(UiLanguage.GERMAN)
    assert counted().chats(1) == "1 Chat" and "Chats" in counted().chats(3)
    assert languages.apply(UiLanguage.JAPANESE)
    assert "3" in counted().chats(3) and "(s)" not in counted().chats(3)


def test_a_missing_catalogue_changes_nothing(qapp: Any, tmp_path: Path) -> None:
    langs = Languages(qapp, folder=tmp_path)
    assert not langs.apply(UiLanguage.GERMAN)
    assert langs.current is None
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_a_damaged_catalogue_changes_nothing(qapp: Any, tmp_path: Path) -> None:
    (tmp_path / "desktop_chat_de.qm").write_bytes(b"not a catalogue at all" * 100)
    langs = Languages(qapp, folder=tmp_path)
    assert not langs.apply(UiLanguage.GERMAN)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_settings_language_switches_the_running_window_at_once(qtbot: Any, make_shell: Any, sim: Any) -> None:
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    send_and_wait(qtbot, shell, "Hello")
    try:
        shell.gateway.open_settings()
        dialog = shell.gateway.settings_dialog
        combo = dialog.language_combo
        assert combo.itemData(0) == UiLanguage.SYSTEM.value and "English" in combo.itemText(0)
        combo.setCurrentIndex(combo.findData(UiLanguage.GERMAN.value))
        dialog.save_button.click()
        qtbot.waitUntil(lambda: shell.languages.current == UiLanguage.GERMAN, timeout=5000)
        assert shell.session.settings.language == UiLanguage.GERMAN  # kept for the next start
        menus = [action.text() for action in shell.window.menuBar().actions()]
        assert "&Datei" in menus, menus
        assert shell.window.new_chat_action.text() != "&New chat"
        assert shell.composer.button.accessibleName() != "Send"
    finally:
        shell.languages.install([])
        QLocale.setDefault(QLocale.system())


def _clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons whose one-line text is wider than the room they were given (the
    text's own advance in the widget's font against its contents, less a button's icon and frame)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if widget.wordWrap() or not text or "<" in text or not re.search(r"\w", text):
                continue
            room = widget.contentsRect().width()
        elif isinstance(widget, QAbstractButton):
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if not text:
                continue
            icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
            indicator = 20 if isinstance(widget, QCheckBox | QRadioButton) else 0
            room = widget.contentsRect().width() - icon - indicator - 4
        else:
            continue
        needed = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if needed > room:
            found.append(f"{type(widget).__name__} {text!r}: needs {needed} px, has {room}")
        shown = widget.visibleRegion().boundingRect()
        if not shown.isEmpty() and shown.width() < widget.width() - 1:  # its parent cuts it off
            found.append(f"{type(widget).__name__} {text!r}: {shown.width()} of its {widget.width()} px show")
    return found


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
@pytest.mark.parametrize("language", [lang for lang in SPOKEN], ids=[lang.value for lang in SPOKEN])
def test_no_word_is_cut_off(qtbot: Any, make_shell: Any, sim: Any, language: UiLanguage) -> None:
    """The window at its usual size and the Settings and Welcome dialogs, in each language."""
    shell = make_shell(env_for(sim))
    ready(qtbot, shell)
    try:
        assert shell.languages.apply(language)
        shell.window.resize(1280, 800)
        send_and_wait(qtbot, shell, "Hello")
        qtbot.wait(50)
        problems = _clipped(shell.window)
        shell.gateway.open_settings()
        dialog = shell.gateway.settings_dialog
        qtbot.waitExposed(dialog)
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            qtbot.wait(20)
            problems += [f"Settings page {index}: {p}" for p in _clipped(dialog)]
        dialog.close()
        shell.gateway.open_welcome()
        welcome = shell.gateway.welcome
        qtbot.waitExposed(welcome)
        problems += [f"Welcome: {p}" for p in _clipped(welcome)]
        welcome.close()
    finally:
        shell.languages.install([])
        QLocale.setDefault(QLocale.system())
    assert not problems, f"cut off in {language.value}:\n" + "\n".join(problems)


@pytest.mark.parametrize(("label", "read_out"), [
    ("&File", "File"), ("文件(&F)", "文件"), ("ファイル(&F)…", "ファイル…"), ("檔案（&F）", "檔案"),
    ("Export as P&DF…", "Export as PDF…"), ("Q && A", "Q & A"), ("Plain", "Plain"),
])
def test_a_label_is_read_out_without_its_mnemonic(label: str, read_out: str) -> None:
    assert without_mnemonic(label) == read_out


def test_the_built_in_presets_words_are_the_settings_own() -> None:
    from desktop_chat.services import DEFAULT_PRESETS
    from desktop_chat.ui.words.presets import BUILT_IN

    assert BUILT_IN == DEFAULT_PRESETS  # lupdate reads them here; the settings keep them as data


def test_built_in_presets_are_shown_in_the_language_and_the_persons_own_as_written(languages: Any) -> None:
    from desktop_chat.services import DEFAULT_PRESETS
    from desktop_chat.ui.words.presets import shown_presets

    own = ("Budget tone", "Write like our finance team.")
    edited = (DEFAULT_PRESETS[0][0], DEFAULT_PRESETS[0][1] + " Always in French.")
    assert shown_presets([*DEFAULT_PRESETS, own, edited])[:5] == list(DEFAULT_PRESETS)  # English
    assert languages.apply(UiLanguage.GERMAN)
    shown = shown_presets([*DEFAULT_PRESETS, own, edited])
    assert all(german != english for german, english in zip(shown[:5], DEFAULT_PRESETS, strict=True))
    assert shown[5:] == [own, edited]
