"""The dependency graph of `desktop_chat`, as the README's "Layers" table writes it, is the one the code has.

Why read the table from README.md: the rule people read and the rule the test enforces are then the
same text and cannot drift apart. Every import of every module counts — top-level, inside a
function, under `TYPE_CHECKING`, and `importlib.import_module("desktop_chat....")` with a constant
name — because each of them is a dependency someone has to understand. A "unit" is a top-level
module (`domain`, `paths`…) or subpackage (`api`, `ui`…) of `desktop_chat`; a unit may always
import its own modules. Qt (PySide6, shiboken6, qasync) is allowed only in rows marked "yes"; each
Qt-free unit is also imported in a fresh interpreter to show that nothing drags Qt in indirectly.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop_chat"
README = ROOT / "README.md"
QT_DISTRIBUTIONS = frozenset({"PySide6", "shiboken6", "qasync"})
ANYTHING = "anything"


@dataclass(frozen=True)
class Rule:
    unit: str
    may_import: frozenset[str] | None  # None: any unit
    qt: bool


@dataclass(frozen=True)
class Edge:
    source: Path
    line: int
    importer: str  # unit
    target: str  # a unit, or a Qt distribution's name


def read_rules(readme: Path = README) -> dict[str, Rule]:
    """The rows of the table under "## Layers": module | may import | Qt | …"""
    text = readme.read_text(encoding="utf-8")
    match = re.search(r"^## Layers\n(.*?)(?=^## |\Z)", text, flags=re.S | re.M)
    assert match, "README.md has no '## Layers' section"
    rules: dict[str, Rule] = {}
    for line in match.group(1).splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 3 or cells[0] in ("module", "") or set(cells[0]) <= {"-"}:
            continue
        (unit,) = re.findall(r"`([^`]+)`", cells[0])
        names = re.findall(r"`([^`]+)`", cells[1])
        if cells[1] == ANYTHING:
            allowed = None
        else:
            assert names or cells[1] in ("—", "-", ""), f"README Layers row {unit!r}: {cells[1]!r}"
            allowed = frozenset(names)
        assert cells[2] in ("yes", "no"), f"README Layers row {unit!r}: Qt must be yes or no"
        assert unit not in rules, f"README Layers lists {unit!r} twice"
        rules[unit] = Rule(unit, allowed, cells[2] == "yes")
    assert rules, "README.md's Layers section has no table rows"
    return rules


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def unit_of(module: str) -> str:
    """desktop_chat.ui.chat.card → ui; desktop_chat.domain → domain; desktop_chat → desktop_chat."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _imported_names(node: ast.AST, module: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level == 0:
            return [node.module or ""]
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        if node.module:
            return [".".join([*base, node.module])]
        return [".".join([*base, alias.name]) for alias in node.names]
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("import_module", "__import__") and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                return [first.value]
    return []


def edges() -> list[Edge]:
    """Every import of another unit or of Qt, in every module of the package."""
    found: list[Edge] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        importer = unit_of(module)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            for name in _imported_names(node, module, path.name == "__init__.py"):
                top = name.split(".")[0]
                if top == "desktop_chat":
                    target = unit_of(name)
                    if target != importer:
                        found.append(Edge(path, getattr(node, "lineno", 0), importer, target))
                elif top in QT_DISTRIBUTIONS:
                    found.append(Edge(path, getattr(node, "lineno", 0), importer, top))
    return found


def units() -> set[str]:
    return {unit_of(module_name(path)) for path in PACKAGE.rglob("*.py")}


def violations(rules: dict[str, Rule]) -> list[str]:
    problems = [f"desktop_chat: unit {unit!r} has no row in README.md's Layers table"
                for unit in sorted(units() - rules.keys())]
    for edge in edges():
        rule = rules.get(edge.importer)
        if rule is None:
            continue
        where = f"{edge.source.relative_to(ROOT)}:{edge.line}"
        if edge.target in QT_DISTRIBUTIONS:
            if not rule.qt:
                problems.append(f"{where}: {edge.importer} imports {edge.target} (its row says Qt: no)")
        elif rule.may_import is not None and edge.target not in rule.may_import:
            allowed = ", ".join(sorted(rule.may_import)) or "nothing"
            problems.append(f"{where}: {edge.importer} imports {edge.target} (its row allows: {allowed})")
    return problems


def test_every_import_is_an_edge_the_readme_allows() -> None:
    problems = violations(read_rules())
    assert not problems, f"{len(problems)} imports break README.md's Layers table:\n" + "\n".join(problems)


def test_the_table_is_consistent_with_itself() -> None:
    """A Qt-free unit may only depend on Qt-free units, and every name in the table is a row."""
    rules = read_rules()
    for rule in rules.values():
        for target in rule.may_import or ():
            assert target in rules, f"row {rule.unit!r} allows {target!r}, which has no row"
            assert rule.qt or not rules[target].qt, f"Qt-free {rule.unit!r} may import Qt-using {target!r}"


def test_the_checker_sees_each_kind_of_import(tmp_path: Path) -> None:
    """The parser itself: relative, function-level, TYPE_CHECKING and import_module imports count."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "from ..store import HistoryStore\n"
        "from . import widgets\n"
        "if TYPE_CHECKING:\n"
        "    from desktop_chat.api import Client\n"
        "def later():\n"
        "    import desktop_chat.secrets\n"
        "    importlib.import_module('desktop_chat.settings')\n"
        "    from PySide6 import QtCore\n"
    )
    tree = ast.parse(source)
    names = [n for node in ast.walk(tree) for n in _imported_names(node, "desktop_chat.ui.card", False)]
    assert {unit_of(n) for n in names if n.startswith("desktop_chat")} == {"store", "ui", "api", "secrets",
                                                                          "settings"}
    assert "desktop_chat.store" in names and "desktop_chat.ui.widgets" in names
    in_package = [n for node in ast.walk(tree) for n in _imported_names(node, "desktop_chat.ui.chat", True)]
    assert "desktop_chat.ui.store" in in_package and "desktop_chat.ui.chat.widgets" in in_package
    assert "PySide6" in names
    rules = read_rules()
    assert rules["domain"].may_import == frozenset() and not rules["domain"].qt
    assert rules["app"].may_import is None and rules["ui"].qt


def _qt_free_units() -> list[str]:
    return sorted(rule.unit for rule in read_rules().values() if not rule.qt and rule.unit in units())


@pytest.mark.parametrize("unit", _qt_free_units())
def test_a_qt_free_unit_loads_no_qt(unit: str) -> None:
    """Each module of the unit, imported in a fresh interpreter, leaves PySide6 out of sys.modules."""
    if unit == "desktop_chat":
        modules = ["desktop_chat"]
    else:
        folder = PACKAGE / unit
        paths = sorted(folder.rglob("*.py")) if folder.is_dir() else [PACKAGE / f"{unit}.py"]
        modules = [module_name(path) for path in paths if path.name != "__main__.py"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync'))\n"
        "    if qt:\n"
        "        sys.exit(f'{name} pulled in {qt[:3]}')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr


def test_importing_the_package_does_no_work() -> None:
    """Nothing happens at import time: no Qt, no httpx, no files."""
    code = "import sys, desktop_chat; print(sorted(m for m in ('PySide6', 'httpx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
