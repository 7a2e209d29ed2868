"""Qt's own translation tool finds every sentence the UI writes, so translating is adding .ts files.

Why: a sentence passed through a home-made helper (`_tr("…")`) is translated at run time but is
invisible to pyside6-lupdate, which only reads `translate("Context", "…")`, `self.tr("…")` and
`QT_TRANSLATE_NOOP("Context", "…")` with literal arguments. This walks every module of
desktop_chat/ui, collects those literal sentences, runs the real lupdate over the same files and
checks that it extracted each one under the same context — and that no call hides a literal
sentence behind another name.
"""

from __future__ import annotations

import ast
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[3] / "desktop_chat" / "ui"
TRANSLATING = {"translate", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _sentences() -> tuple[set[tuple[str, str]], set[str], list[str]]:
    """(context, source) of translate/NOOP calls, sources of tr calls, and hidden literals."""
    with_context: set[tuple[str, str]] = set()
    tr_sources: set[str] = set()
    hidden: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _name(node.func)
            first = _literal(node.args[0])
            if name in TRANSLATING and len(node.args) >= 2:
                source = _literal(node.args[1])
                if first is not None and source is not None:
                    with_context.add((first, source))
            elif name == "tr" and first is not None:
                tr_sources.add(first)
            elif name.startswith("_tr") and first is not None:
                hidden.append(f"{path.relative_to(UI)}:{node.lineno}: {name}({first!r})")
    return with_context, tr_sources, hidden


def _lupdate(tmp_path: Path) -> tuple[set[tuple[str, str]], set[str]]:
    import PySide6

    tool = Path(PySide6.__file__).parent / "lupdate"
    if not tool.exists():
        pytest.fail(f"PySide6's lupdate is missing at {tool}")
    files = [str(p) for p in sorted(UI.rglob("*.py"))]
    listing = tmp_path / "files.lst"
    listing.write_text("\n".join(files), encoding="utf-8")
    out = tmp_path / "ui.ts"
    done = subprocess.run([str(tool), f"@{listing}", "-ts", str(out)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    root = ET.parse(out).getroot()
    pairs: set[tuple[str, str]] = set()
    sources: set[str] = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            pairs.add((name, source))
            sources.add(source)
    return pairs, sources


def test_no_sentence_hides_behind_a_helper_lupdate_cannot_read() -> None:
    _with_context, _tr_sources, hidden = _sentences()
    assert not hidden, "write translate(\"Context\", \"…\") instead:\n" + "\n".join(hidden)


def test_lupdate_extracts_every_sentence_under_its_context(tmp_path: Path) -> None:
    with_context, tr_sources, _hidden = _sentences()
    assert len(with_context) > 300 and len(tr_sources) > 100  # the walk itself works
    pairs, sources = _lupdate(tmp_path)
    missing = sorted(pair for pair in with_context if pair not in pairs)
    assert not missing, f"{len(missing)} sentences lupdate does not see, e.g. {missing[:5]}"
    missing_tr = sorted(source for source in tr_sources if source not in sources)
    assert not missing_tr, f"{len(missing_tr)} self.tr sentences lupdate does not see, e.g. {missing_tr[:5]}"
