"""The app's translations: sources (.ts, in git) → compiled catalogues (.qm, built by the set-up).

Why a script of its own: Qt's tools do the hard parts (pyside6-lupdate reads every `tr()` /
`QCoreApplication.translate` / `QT_TRANSLATE_NOOP` in desktop_chat/ui and app.py; pyside6-lrelease
compiles), but the project needs a few things around them that must be the same for the set-up, the
tests and the people translating:

  update [--prune]  re-extract every sentence into resources/translations/desktop_chat_<lang>.ts
                    (new sentences appear as unfinished; --prune drops vanished ones, which are
                    otherwise kept as obsolete so a sentence edited back keeps its translation).
                    English gets each sentence as its own translation; only its plural forms
                    ("%n message(s)") are written by hand
  release [DIR]     compile every .ts into .qm (beside them, or into DIR) — run by scripts/bootstrap.sh
  check             exit 1 if a .ts has an unfinished or obsolete entry, or a translation whose
                    {placeholders}, %n or HTML tags differ from its source (a crash or a broken
                    sentence at run time)
  export LANG       the unfinished entries of LANG as JSON, for the person translating
  import LANG FILE  fill LANG's entries from a JSON list of {context, source, [comment],
                    translation: str | [plural forms]}, then list the problems left
  pseudo DIR        a pseudo-locale catalogue in DIR: every sentence wrapped in ⟦…⟧, so a test can
                    find text on screen that did not go through Qt's translation functions

Usage: .venv/bin/python scripts/translations.py <command> …
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
CATALOGUE = "desktop_chat"
# Qt's language codes, in the order Settings → Language lists them. English is the source language:
# its catalogue only carries the plural forms ("1 message" / "3 messages").
LANGUAGES = ("en", "zh_CN", "zh_TW", "ja", "de", "fr", "es")
# How many plural forms Qt expects for each (numerusform entries in the .ts).
PLURAL_FORMS = {"en": 2, "zh_CN": 1, "zh_TW": 1, "ja": 1, "de": 2, "fr": 2, "es": 2}
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%\d")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")


def sources() -> list[Path]:
    """Every file whose sentences are translated (the UI layer and the composition root)."""
    files = sorted((ROOT / "desktop_chat" / "ui").rglob("*.py"))
    return [*files, ROOT / "desktop_chat" / "app.py"]


def ts_path(language: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{language}.ts"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of the interpreter running this script."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} was not found (is PySide6 installed in this venv?)")
    return found


def update(languages: Iterable[str] = LANGUAGES, *, prune: bool = False) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in sources()]
    for language in languages:
        path = ts_path(language)
        subprocess.run(
            [_tool("lupdate"), "-silent", *(["-no-obsolete"] if prune else []), "-locations", "none",
             "-target-language", language, *files, "-ts", str(path.relative_to(ROOT))],
            cwd=ROOT, check=True)
        if language == "en":
            _english_as_itself(path)


def _english_as_itself(path: Path) -> None:
    """English's unfinished ordinary sentences translated as themselves (plurals stay for a person)."""
    tree = ET.parse(path)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or message.get("numerus") == "yes":
            continue
        del translation.attrib["type"]
        translation.text = message.findtext("source") or ""
        changed = True
    if changed:
        _write(tree, path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    """A .ts as Qt's tools write it (ElementTree drops the doctype lupdate puts there)."""
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def release(out_dir: Path | None = None) -> list[Path]:
    target = out_dir or TS_DIR
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        source = ts_path(language)
        qm = target / f"{CATALOGUE}_{language}.qm"
        subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


@dataclass(frozen=True)
class Entry:
    """One <message> of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "obsolete", "vanished"
    translations: tuple[str, ...]


def entries(path: Path) -> Iterator[Entry]:
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = tuple((form.text or "") for form in forms) if forms else (translation.text or "",)
            yield Entry(context=name, source=message.findtext("source") or "",
                        comment=message.findtext("comment") or "",
                        numerus=message.get("numerus") == "yes", kind=translation.get("type", ""),
                        translations=texts)


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def tags(text: str) -> list[str]:
    return sorted(match.group(0).split()[0].rstrip(">").lower() for match in _TAG.finditer(text))


def problems(language: str) -> list[str]:
    """Everything `check` complains about for one language, as sentences for a developer."""
    found = []
    for entry in entries(ts_path(language)):
        where = f"{language} [{entry.context}] {entry.source[:60]!r}"
        if entry.kind in ("unfinished", "obsolete", "vanished"):
            found.append(f"{where}: {entry.kind}")
            continue
        wanted_forms = PLURAL_FORMS[language] if entry.numerus else 1
        if len(entry.translations) != wanted_forms:
            found.append(f"{where}: {len(entry.translations)} forms, {wanted_forms} expected")
        for text in entry.translations:
            if not text.strip() and entry.source.strip():
                found.append(f"{where}: empty translation")
            ours, theirs = placeholders(entry.source), placeholders(text)
            if entry.numerus:  # a form may leave %n out ("one message") only when the source has it
                ours = [p for p in ours if p not in ("%n", "%Ln")]
                theirs = [p for p in theirs if p not in ("%n", "%Ln")]
            if ours != theirs:
                found.append(f"{where}: placeholders {theirs} instead of {ours}")
            if tags(entry.source) != tags(text):
                found.append(f"{where}: HTML tags {tags(text)} instead of {tags(entry.source)}")
    return found


def check() -> int:
    all_problems = [problem for language in LANGUAGES for problem in problems(language)]
    for problem in all_problems:
        print(problem)
    print(f"{len(all_problems)} problem(s) in {len(LANGUAGES)} catalogues", file=sys.stderr)
    return 1 if all_problems else 0


def export(language: str, everything: bool = False) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for entry in entries(ts_path(language)):
        if entry.kind == "unfinished" or everything:
            item: dict[str, object] = {"context": entry.context, "source": entry.source}
            if entry.comment:
                item["comment"] = entry.comment
            if entry.numerus:
                item["plural_forms"] = PLURAL_FORMS[language]
            if everything:
                item["translation"] = list(entry.translations) if entry.numerus else entry.translations[0]
            out.append(item)
    return out


def import_(language: str, items: list[dict[str, object]]) -> int:
    """Fills LANG's .ts from `items`; returns how many entries were filled."""
    wanted = {(str(item["context"]), str(item["source"]), str(item.get("comment", ""))): item["translation"]
              for item in items}
    path = ts_path(language)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in wanted:
                continue
            value = wanted[key]
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value[0] if isinstance(value, list) else value)
            filled += 1
    _write(tree, path)
    return filled


def pseudo(out_dir: Path) -> Path:
    """A compiled pseudo-locale catalogue: each sentence as ⟦sentence⟧ (plural forms too)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tree = ET.parse(ts_path("en"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        wrapped = f"{PSEUDO_OPEN}{source}{PSEUDO_CLOSE}" if source.strip() else source
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(PLURAL_FORMS["en"]):
                ET.SubElement(translation, "numerusform").text = wrapped
        else:
            translation.text = wrapped
    ts = out_dir / f"{CATALOGUE}_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = out_dir / f"{CATALOGUE}_pseudo.qm"
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update([lang for lang in rest if lang != "--prune"] or LANGUAGES, prune="--prune" in rest)
    elif command == "release":
        release(Path(rest[0]) if rest else None)
    elif command == "check":
        return check()
    elif command == "export":
        json.dump(export(rest[0], everything="--all" in rest), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif command == "import":
        items = json.loads(Path(rest[1]).read_text("utf-8"))
        print(f"{import_(rest[0], items)} entries filled", file=sys.stderr)
        bad = problems(rest[0])
        left = [problem for problem in bad if not problem.endswith(": unfinished")]
        print("\n".join(left) or "no problems but unfinished ones", file=sys.stderr)
    elif command == "pseudo":
        print(pseudo(Path(rest[0])))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
