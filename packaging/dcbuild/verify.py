"""Checks of the bundle and installers before the smoke test: files present, nothing unwanted, sizes.

Why: "it built" is not "it is shippable". A missing platform plugin or a 200 MB bundle (GTK dragged
in by the GTK theme plugin) must stop the build with the exact reason, and the report
needs the sizes against their budgets.
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass
from pathlib import Path

from dcbuild.console import BuildError, human_size, note
from dcbuild.project import APP_ID

MB = 1_000_000
# unpacked; 140 MB until attachments: PDFium, lxml, Pillow, openpyxl, python-docx/-pptx add ~22 MB,
# the MCP SDK for tools (pydantic-core, its HTTP client, its server side imported with it) ~9 MB;
# 175 / 75 MB until languages, formulas, printing and corporate networks: the seven catalogues and
# Qt's own (~1.3 MB), ziamath's math font and typesetter (~2.5 MB), QtPrintSupport (~1 MB), the PAC
# engine (dukpy, pypac, requests, urllib3, publicsuffixlist ~2.5 MB) — measured 167 / 75.2 MB
LINUX_BUNDLE_BUDGET = 180 * MB
LINUX_TARBALL_BUDGET = 80 * MB

# Relative to the bundle's _internal folder, per OS: what must be there.
REQUIRED = {
    "linux": ["PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6Widgets.so.6",
              "PySide6/QtWidgets.abi3.so", "resources/icons/desktop-chat.svg", "cryptography",
              "keyring-*.dist-info", "pypdfium2_raw/libpdfium.so", "PIL/_imaging*.so",
              "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/imageformats/libqwebp.so",
              "resources/translations/desktop_chat_de.qm", "resources/translations/desktop_chat_zh_CN.qm",
              "PySide6/Qt/translations/qtbase_de.qm", "ziamath/fonts/STIXTwoMath-Regular.ttf",
              "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/lib/libQt6PrintSupport.so.6"],
    "win32": ["PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt6Widgets.dll",
              "PySide6/QtWidgets.pyd", "resources/icons/desktop-chat.svg", "keyring-*.dist-info"],
    "darwin": ["PySide6/Qt/plugins/platforms/libqcocoa.dylib", "PySide6/QtWidgets.abi3.so",
               "resources/icons/desktop-chat.svg", "keyring-*.dist-info"],
}
# Never in the bundle (GTK comes in through Qt's GTK theme plugin; see the exclusions in slim.py).
FORBIDDEN = ["libgtk-3.so*", "libgdk-3.so*", "libcairo.so*", "libpango-1.0.so*", "libqgtk3.so",
             "libqwayland*.so", "qt_*.qm", "designer_*.qm", "qtbase_ru.qm", "*.ts", "libstdc++.so*",
             "pytest*", "_pytest", "openai", "hypothesis",
             "PyInstaller", "libQt6Qml*", "libQt6Quick*", "Qt6Qml*.dll", "Qt6Quick*.dll"]


@dataclass(frozen=True, slots=True)
class BundleFacts:
    path: Path
    size: int       # bytes of regular files (symlinks not followed)
    files: int


def tree_size(root: Path) -> tuple[int, int]:
    size = files = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size += path.stat().st_size
            files += 1
    return size, files


def _platform() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def internal_dir(bundle: Path) -> Path:
    """The folder holding the libraries: _internal (Linux/Windows) or Contents/Frameworks (macOS .app)."""
    if bundle.suffix == ".app":
        return bundle / "Contents" / "Frameworks"
    return bundle / "_internal"


def check_bundle(bundle: Path) -> BundleFacts:
    """Required files present, forbidden ones absent, size within budget (Linux). Raises BuildError."""
    internal = internal_dir(bundle)
    problems = []
    exe = bundle / "Contents" / "MacOS" / APP_ID if bundle.suffix == ".app" else bundle / (
        f"{APP_ID}.exe" if sys.platform == "win32" else APP_ID)
    if not exe.is_file():
        problems.append(f"the executable {exe.name} is missing")
    for pattern in REQUIRED[_platform()]:
        if not list(internal.glob(pattern)):
            problems.append(f"{pattern} is missing")
    for path in internal.rglob("*"):
        if any(fnmatch.fnmatchcase(path.name, pattern) for pattern in FORBIDDEN):
            problems.append(f"{path.relative_to(internal)} should not be in the bundle "
                            "(see packaging/dcbuild/slim.py)")
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    problems += [f"{p.relative_to(internal)} is a dangling symlink" for p in dangling]
    size, files = tree_size(bundle)
    note(f"bundle: {human_size(size)} in {files} files")
    if _platform() == "linux" and size > LINUX_BUNDLE_BUDGET:
        problems.append(f"bundle is {human_size(size)}, over the {human_size(LINUX_BUNDLE_BUDGET)} budget")
    if problems:
        raise BuildError("The bundle failed its checks:\n  - " + "\n  - ".join(problems[:40]),
                         "Fix packaging/desktop-chat.spec or packaging/dcbuild/slim.py, then build again.")
    return BundleFacts(bundle, size, files)


def check_installer(path: Path, *, minimum: int = 10 * MB, budget: int | None = None) -> int:
    """The installer file exists and its size is plausible (and within budget, if any); returns the size."""
    if not path.is_file():
        raise BuildError(f"{path.name} was not produced.", "See the messages above.")
    size = path.stat().st_size
    note(f"{path.name}: {human_size(size)}")
    if size < minimum:
        raise BuildError(f"{path.name} is only {human_size(size)}: something is missing from it.",
                         "See the messages above.")
    if budget is not None and size > budget:
        raise BuildError(f"{path.name} is {human_size(size)}, over the {human_size(budget)} budget.",
                         "Slim the bundle (packaging/dcbuild/slim.py).")
    return size
