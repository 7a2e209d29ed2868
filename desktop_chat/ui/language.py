"""The app's language: which catalogue is loaded, and switching it while the app runs.

Why one object: every sentence on screen comes from Qt's translation functions, so the language is
whatever translators are installed in the application. This picks the language (the person's
choice in Settings, else the first of the operating system's languages the app has words for,
else English), loads our catalogue and Qt's own (the standard buttons: "Cancel", "Save"…) before
either is installed — a missing or damaged file leaves the previous language in place — sets the
locale numbers and dates are written in, and says `changed` once the new words are in force.
Qt itself sends every widget a LanguageChange event when a translator is installed; widgets answer
it in `changeEvent` (see `is_language_change`), controllers with texts of their own listen to
`changed`.

Catalogues: resources/translations/desktop_chat_<code>.qm, compiled from the .ts sources by the
set-up (scripts/translations.py release) and carried by the installers; Qt's own qtbase_<code>.qm
from PySide6's translations folder.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from desktop_chat.services import UiLanguage

log = logging.getLogger(__name__)

CATALOGUE = "desktop_chat"


@dataclass(frozen=True)
class LanguageChoice:
    """One line of Settings → Language: the setting and the language's name in itself."""

    value: UiLanguage
    native_name: str


# Each language is listed under its own name, which is never translated (a person who cannot read
# the current language must still find theirs).
NATIVE_NAMES: dict[UiLanguage, str] = {
    UiLanguage.ENGLISH: "English",
    UiLanguage.CHINESE_SIMPLIFIED: "简体中文",
    UiLanguage.CHINESE_TRADITIONAL: "繁體中文",
    UiLanguage.JAPANESE: "日本語",
    UiLanguage.GERMAN: "Deutsch",
    UiLanguage.FRENCH: "Français",
    UiLanguage.SPANISH: "Español",
}
SPOKEN = tuple(NATIVE_NAMES)  # every language but SYSTEM, in the order Settings lists them


def catalogue_dir() -> Path:
    """resources/translations beside the package (the same place in a checkout and in the bundle)."""
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def system_language(ui_languages: Sequence[str] | None = None) -> UiLanguage:
    """The first of the OS's languages (most preferred first, "de-CH", "zh-Hant-TW"…) the app speaks."""
    wanted = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in wanted:
        found = _match(tag)
        if found is not None:
            return found
    return UiLanguage.ENGLISH


def _match(tag: str) -> UiLanguage | None:
    parts = tag.replace("_", "-").split("-")
    base = parts[0].lower()
    if base == "zh":
        rest = {part.lower() for part in parts[1:]}
        traditional = bool(rest & {"hant", "tw", "hk", "mo"}) and "hans" not in rest
        return UiLanguage.CHINESE_TRADITIONAL if traditional else UiLanguage.CHINESE_SIMPLIFIED
    for language in SPOKEN:
        if language.value == base:
            return language
    return None


def resolve(setting: UiLanguage, ui_languages: Sequence[str] | None = None) -> UiLanguage:
    """The language the app shows for `setting` (SYSTEM resolved against the OS)."""
    return system_language(ui_languages) if setting == UiLanguage.SYSTEM else setting


def choices() -> tuple[LanguageChoice, ...]:
    return tuple(LanguageChoice(language, NATIVE_NAMES[language]) for language in SPOKEN)


_CJK_MNEMONIC = re.compile(r"\s*[(（]&(\w)[)）]")


def without_mnemonic(label: str) -> str:
    """A menu or button label as words to read out: "&File" → "File", "文件(&F)" → "文件",
    "A && B" → "A & B"."""
    label = _CJK_MNEMONIC.sub("", label)
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


class Languages(QObject):
    """The installed translators; see the module docstring."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self._folder = folder or catalogue_dir()
        self._installed: list[QTranslator] = []
        self.current: UiLanguage | None = None

    def apply(self, setting: UiLanguage) -> bool:
        """Shows the app in `setting`'s language; False (and nothing changed) if its words are missing."""
        language = resolve(setting)
        catalogue = self._folder / f"{CATALOGUE}_{language.value}.qm"
        translators = self._load(catalogue, qt_own=language)
        if translators is None:
            return False
        follows_system = setting == UiLanguage.SYSTEM or language == system_language()
        QLocale.setDefault(QLocale.system() if follows_system else QLocale(language.value))
        self.install(translators)
        self.current = language
        return True

    def apply_catalogue(self, catalogue: Path) -> bool:
        """Loads one catalogue of ours, whatever its language (tests: the pseudo-locale)."""
        translators = self._load(catalogue, qt_own=None)
        if translators is None:
            return False
        self.install(translators)
        self.current = None
        return True

    def _load(self, catalogue: Path, *, qt_own: UiLanguage | None) -> list[QTranslator] | None:
        ours = QTranslator(self)
        if not ours.load(str(catalogue)):
            log.warning("language: no catalogue at %s", catalogue)
            ours.deleteLater()
            return None
        translators = [ours]
        if qt_own is not None and qt_own != UiLanguage.ENGLISH:
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt = QTranslator(self)
            if qt.load(f"qtbase_{qt_own.value}", qt_folder):
                translators.append(qt)
            else:  # Qt's own buttons stay English; ours are still translated
                log.info("language: Qt's own catalogue for %s not found in %s", qt_own.value, qt_folder)
                qt.deleteLater()
        return translators

    def install(self, translators: list[QTranslator]) -> None:
        """Puts `translators` in force in place of the previous ones (tests: a pseudo-locale's)."""
        app = QCoreApplication.instance()
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
            old.deleteLater()
        for translator in translators:
            QCoreApplication.installTranslator(translator)
        self._installed = translators
        if app is not None:
            # Qt posts LanguageChange to every widget; deliver them before our own texts refresh.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        markdown = sys.modules.get("desktop_chat.ui.render.markdown")
        if markdown is not None:  # rendered answers carry a few words ("Copy") of the old language
            markdown.forget_rendered()
        self.changed.emit()
