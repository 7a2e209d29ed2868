"""What the bundle leaves out: unused Python modules, Qt plugins, translations, libraries.

Why: PyInstaller bundles whatever the build machine has. Once GTK is installed (gnome-keyring pulls
it in) Qt's GTK platform-theme plugin drags GTK, cairo and pango into the bundle, and Qt brings
platform plugins, image formats and 7 MB of translations the app never loads. Three rules:

1. Named exclusions (below, each with its reason): Python modules, Qt plugins, Qt libraries that
   only those plugins need, translations.
2. On Linux, libraries the desktop itself provides are left to the OS, not copied from the build
   machine: X11/xcb, xkbcommon, GL, fontconfig/freetype, GLib, D-Bus, libstdc++. Their ABI follows
   the host (a bundled libstdc++ older than the host's breaks its GL driver; a bundled fontconfig
   misreads newer config files). The .deb depends on their packages (packaging/linux/control).
3. On Linux, after 1 and 2, any library that nothing left in the bundle links to is dropped
   (e.g. GTK, cairo, pango, once the GTK theme plugin is gone) — but not those loaded with
   ctypes (`DLOPENED`: PDFium).
"""

from __future__ import annotations

import fnmatch
import posixpath
import sys
from pathlib import Path, PurePosixPath

from dcbuild import elf

Toc = list[tuple[str, str, str]]

EXCLUDED_MODULES: list[str] = [
    # Standard-library parts a GUI app never runs.
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "ensurepip",
    "venv", "distutils", "test", "unittest", "doctest", "xmlrpc", "curses", "_curses",
    # Build and packaging tools that can be importable in the build venv.
    "setuptools", "pkg_resources", "pip", "PyInstaller", "_pyinstaller_hooks_contrib",
    # Qt modules the app does not import (Core, Gui, Widgets, Network, Svg; Test drives --self-test).
    "PySide6.QtDBus", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDesigner",
    "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtMultimedia", "PySide6.QtWebEngineCore",
    "PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtStateMachine",
    # Parts of the attachment libraries the app never calls: Pillow's AVIF, colour management and
    # GUI bridges (it only prepares pictures; PIL.ImageFont stays, python-pptx imports it); lxml's
    # objectify, HTML and schematron (python-docx/-pptx use lxml.etree); PDFium's command line.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._imagingcms", "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk",
    "PIL.ImageQt", "lxml.objectify", "lxml.html", "lxml.isoschematron", "pypdfium2_cli",
]

# Destination paths in the bundle (fnmatch, '/'-separated) that are always left out.
EXCLUDED_PATHS: list[str] = [
    # Qt's translations: only qtbase (the standard buttons and dialogs) of the app's languages stay
    # (KEPT_PATHS); the other ~7 MB (Designer, Assistant, QML, other languages) go.
    "PySide6/Qt/translations/*",
    "PySide6/translations/*",
    # Platform plugins: keep xcb (X11 and XWayland), offscreen (headless runs); Windows/macOS keep theirs.
    "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqminimal*.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    # Native Wayland: its plugin, client library and shell/decoration plugins (~5 MB); the xcb plugin
    # runs the app through XWayland on every Wayland desktop.
    "PySide6/Qt/plugins/platforms/libqwayland*.so", "PySide6/Qt/plugins/wayland-*/*",
    "PySide6/Qt/lib/libQt6WaylandClient.so*", "PySide6/Qt/lib/libQt6WlShellIntegration.so*",
    "PySide6/Qt/lib/libQt6WaylandEglClientHwIntegration.so*",
    # GTK theme (pulls GTK, cairo and pango into the bundle); the xdg-desktop-portal theme stays.
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    # Embedded-device input and EGL full-screen integrations.
    "PySide6/Qt/plugins/egldeviceintegrations/*", "PySide6/Qt/plugins/generic/*",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so*", "PySide6/Qt/lib/libQt6EglFsKmsSupport.so*",
    # Image formats the UI never shows (PNG is built into QtGui; SVG, ICO and GIF stay, and JPEG and
    # WebP too: attached pictures and pictures in answers are drawn in those formats).
    "PySide6/Qt/plugins/imageformats/*qtiff*", "PySide6/Qt/plugins/imageformats/*qtga*",
    "PySide6/Qt/plugins/imageformats/*qwbmp*", "PySide6/Qt/plugins/imageformats/*qpdf*",
    # QtNetwork is used for the single-instance socket only; HTTPS goes through httpx.
    "PySide6/Qt/plugins/tls/*", "PySide6/Qt/plugins/networkinformation/*",
    "PySide6/Qt/plugins/qmltooling/*", "PySide6/Qt/plugins/sqldrivers/*",
    # Qt's QML/Quick/etc. libraries if a hook ever pulls them in.
    "PySide6/Qt/lib/libQt6Qml*", "PySide6/Qt/lib/libQt6Quick*", "PySide6/Qt/lib/libQt6Pdf*",
    "PySide6/Qt/qml/*",
    # Windows/macOS equivalents of the above.
    "PySide6/plugins/platforms/qminimal.dll", "PySide6/plugins/platforms/qdirect2d.dll",
    "PySide6/plugins/imageformats/qtiff.dll", "PySide6/plugins/imageformats/qtga.dll",
    "PySide6/plugins/imageformats/qwbmp.dll", "PySide6/plugins/imageformats/qpdf.dll",
    "PySide6/plugins/tls/*", "PySide6/plugins/networkinformation/*", "PySide6/plugins/generic/*",
    "PySide6/opengl32sw.dll", "PySide6/translations/*",
    "PySide6/Qt/plugins/platforms/libqminimal.dylib",
    "PySide6/Qt/plugins/imageformats/libqtiff.dylib", "PySide6/Qt/plugins/imageformats/libqtga.dylib",
    "PySide6/Qt/plugins/imageformats/libqwbmp.dylib", "PySide6/Qt/plugins/imageformats/libqpdf.dylib",
]

# Linux: sonames left to the OS (rule 2). Each is in a package named in packaging/linux/control.
HOST_LIBRARIES: list[str] = [
    "libX11.so.*", "libX11-xcb.so.*", "libXau.so.*", "libXdmcp.so.*", "libxcb*.so.*",
    "libxkbcommon.so.*", "libxkbcommon-x11.so.*", "libGL.so.*", "libEGL.so.*", "libGLX.so.*",
    "libOpenGL.so.*", "libGLdispatch.so.*", "libfontconfig.so.*", "libfreetype.so.*", "libexpat.so.*",
    "libglib-2.0.so.*", "libgobject-2.0.so.*", "libgthread-2.0.so.*", "libgmodule-2.0.so.*",
    "libgio-2.0.so.*", "libdbus-1.so.*", "libstdc++.so.*", "libgcc_s.so.*", "libz.so.*",
    # CUPS (File → Print… lists the system's printers through Qt's cupsprintersupport plugin): the
    # system's own, which talks to the system's print server; it pulls GnuTLS, Avahi and Kerberos.
    "libcups.so.*",
]


def _dest(entry: tuple[str, str, str]) -> str:
    return PurePosixPath(entry[0].replace("\\", "/")).as_posix()


# Exceptions to EXCLUDED_PATHS: Qt's own words in the languages the app speaks (ui/language.py).
APP_LANGUAGES = ("zh_CN", "zh_TW", "ja", "de", "fr", "es")
KEPT_PATHS: list[str] = [f"PySide6/{folder}translations/qtbase_{code}.qm"
                         for folder in ("Qt/", "") for code in APP_LANGUAGES]


def _excluded(dest: str, platform: str) -> bool:
    if any(fnmatch.fnmatchcase(dest, pattern) for pattern in KEPT_PATHS):
        return False
    if any(fnmatch.fnmatchcase(dest, pattern) for pattern in EXCLUDED_PATHS):
        return True
    name = dest.rsplit("/", 1)[-1]
    if "/" in dest and dest.split("/", 1)[0].endswith(".libs"):
        return False  # a wheel's own renamed copy (pillow.libs/libxcb-…): no host library has that name
    return platform.startswith("linux") and any(fnmatch.fnmatchcase(name, p) for p in HOST_LIBRARIES)


# Libraries loaded with ctypes/dlopen, which nothing links to: never pruned by rule 3 (PDFium reads
# attached PDFs through pypdfium2's ctypes bindings).
DLOPENED: list[str] = ["libpdfium.so*"]


def _is_prunable(entry: tuple[str, str, str]) -> bool:
    """Linux libraries that exist only because something else links to them (rule 3)."""
    dest = _dest(entry)
    name = dest.rsplit("/", 1)[-1]
    if entry[2] != "BINARY" or "/plugins/" in f"/{dest}" or not name.startswith("lib"):
        return False
    if any(fnmatch.fnmatchcase(name, pattern) for pattern in DLOPENED):
        return False
    return ".so" in name and not name.startswith("libpython")


def filter_toc(toc: Toc, platform: str = sys.platform) -> Toc:
    """Binaries without rule 1 and 2 exclusions and, on Linux, without unreferenced libraries."""
    kept = [entry for entry in toc if not _excluded(_dest(entry), platform)]
    if not platform.startswith("linux"):
        return kept
    by_name: dict[str, tuple[str, str, str]] = {}
    for entry in kept:
        if _is_prunable(entry):
            by_name.setdefault(_dest(entry).rsplit("/", 1)[-1], entry)
    wanted: set[str] = set()
    todo = [entry for entry in kept if not _is_prunable(entry)]
    while todo:
        entry = todo.pop()
        source = Path(entry[1])
        if not elf.is_elf(source):
            continue
        for soname in elf.needed(source):
            if soname in by_name and soname not in wanted:
                wanted.add(soname)
                todo.append(by_name[soname])
    kept = [entry for entry in kept
            if not _is_prunable(entry) or _dest(entry).rsplit("/", 1)[-1] in wanted]
    return kept


def slim_bundle(binaries: Toc, datas: Toc, platform: str = sys.platform) -> tuple[Toc, Toc]:
    """Analysis' binaries and datas, slimmed; symlinks (listed among datas) whose target went are dropped."""
    binaries = filter_toc(binaries, platform)
    datas = [entry for entry in datas if not _excluded(_dest(entry), platform)]
    present = {_dest(entry) for entry in binaries + datas if entry[2] != "SYMLINK"}
    return (_without_dangling_symlinks(binaries, present), _without_dangling_symlinks(datas, present))


def _without_dangling_symlinks(toc: Toc, present: set[str]) -> Toc:
    """PyInstaller lists top-level symlinks to Qt's libraries; drop those whose target is gone."""
    out = []
    for entry in toc:
        if entry[2] == "SYMLINK":
            link_dir = PurePosixPath(_dest(entry)).parent.as_posix()
            target = posixpath.normpath(posixpath.join(link_dir, entry[1].replace("\\", "/")))
            if target not in present:
                continue
        out.append(entry)
    return out
