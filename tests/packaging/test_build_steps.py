"""Fast checks of the build steps' own logic (no PyInstaller run): version, ELF reading, slimming,
icon containers, Depends parsing."""

from __future__ import annotations

import struct
import sys
import tomllib
from pathlib import Path

import make_icons
import pytest
from dcbuild import elf, slim
from dcbuild.linux_checks import depends_names
from dcbuild.project import ROOT, read_version

QT = Path(__import__("PySide6").__file__).parent / "Qt"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF/Linux layout")


def test_version_comes_from_the_package(tmp_path: Path) -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        assert read_version() == tomllib.load(handle)["project"]["version"]
    (tmp_path / "desktop_chat").mkdir()
    (tmp_path / "desktop_chat" / "__init__.py").write_text('__version__ = "9.8.7"\n')
    assert read_version(tmp_path) == "9.8.7"


@linux_only
def test_elf_needed_matches_what_qts_xcb_plugin_links_to() -> None:
    needed = elf.needed(QT / "plugins" / "platforms" / "libqxcb.so")
    assert "libQt6XcbQpa.so.6" in needed and "libxcb-cursor.so.0" in needed and "libc.so.6" in needed
    assert elf.needed(ROOT / "pyproject.toml") == []


@linux_only
def test_slim_drops_gtk_theme_its_orphans_and_dangling_symlinks() -> None:
    lib, plugins = QT / "lib", QT / "plugins"
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", str(plugins / "platforms/libqxcb.so"), "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", str(plugins / "platformthemes/libqgtk3.so"),
         "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", str(lib / "libQt6XcbQpa.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", str(lib / "libQt6Gui.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(lib / "libQt6Core.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", str(lib / "libQt6WaylandClient.so.6"), "BINARY"),
        # Nothing kept links to QtNetwork here, so it goes.
        ("PySide6/Qt/lib/libQt6Network.so.6", str(lib / "libQt6Network.so.6"), "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0", "BINARY"),
    ]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_ru.qm", "/x/qtbase_ru.qm", "DATA"),  # a language the app lacks
        ("PySide6/Qt/translations/designer_de.qm", "/x/designer_de.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),  # Qt's buttons in German
    ]
    kept_bins, kept_datas = slim.slim_bundle(binaries, datas, "linux")
    names = {dest for dest, _src, _kind in kept_bins}
    assert names == {"PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6XcbQpa.so.6",
                     "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Core.so.6"}
    assert kept_datas == [("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
                          ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA")]
    # Elsewhere only the named exclusions apply: no ELF pruning, no host-library rule.
    mac = slim.filter_toc(binaries, "darwin")
    assert ("libxcb-cursor.so.0", "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0", "BINARY") in mac
    assert not any("libqgtk3" in dest for dest, _s, _k in mac)


def test_icon_containers_hold_every_size() -> None:
    pngs = {size: b"\x89PNG" + bytes([size % 256]) * 8 for size in make_icons.PNG_SIZES}
    ico = make_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    icns = make_icons.icns_bytes(pngs)
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"icp4" in icns
    for size in (16, 32, 48, 256, 512):
        assert make_icons.png_path(size).is_file()
    assert (ROOT / "resources/icons/desktop-chat.ico").is_file()
    assert (ROOT / "resources/icons/desktop-chat.icns").is_file()


def test_depends_names_reads_alternatives_versions_and_continuations() -> None:
    line = "libc6 (>= 2.35), libstdc++6,\n libxcb-cursor0:amd64 | libxcb-cursor-dev, libglib2.0-0t64"
    expected = {"libc6", "libstdc++6", "libxcb-cursor0", "libxcb-cursor-dev", "libglib2.0-0t64"}
    assert depends_names(line) == expected


@linux_only
def test_a_python_without_its_shared_library_is_refused_with_the_package_to_install(tmp_path: Path) -> None:
    """PyInstaller cannot bundle an interpreter whose libpython3.X.so is missing (Debian's system
    Python until libpython3.X is installed): the build stops first, naming the package."""
    from dcbuild.buildenv import _check_shared_library
    from dcbuild.console import BuildError

    _check_shared_library(sys.executable)  # this interpreter's library is there: no complaint
    # An interpreter whose sysconfig names a library folder that does not hold the library.
    fake_lib = tmp_path / "lib"
    fake_lib.mkdir()
    fake = tmp_path / "python3.99"
    fake.write_text(
        "#!/bin/sh\n"
        f'exec "{sys.executable}" -c "import sysconfig, sys; '
        "v = sysconfig.get_config_vars(); v.update(INSTSONAME='libpython3.99.so.1.0', "
        f"LDLIBRARY='libpython3.99.so', LIBDIR='{fake_lib}', MULTIARCH=''); "
        f"sys.base_prefix = '{tmp_path}'; sys.version_info = (3, 99); "
        "exec(sys.argv[2])\" -c \"$2\"\n"
    )
    fake.chmod(0o755)
    with pytest.raises(BuildError) as info:
        _check_shared_library(str(fake))
    assert "libpython3.99.so.1.0" in str(info.value)
    assert "apt-get install libpython3.99" in info.value.action
