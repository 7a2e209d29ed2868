"""What the PyInstaller spec needs beyond the exclusions: data files, hidden imports, per-OS metadata.

Why outside the spec: a spec file is executed by PyInstaller with injected globals and cannot be
linted or tested; these helpers can (tests/packaging/ reads their outputs).
"""

from __future__ import annotations

import plistlib
from pathlib import Path

from dcbuild.project import APP_ID, APP_NAME, PUBLISHER

# keyring finds its backends through entry points; PyInstaller cannot see those imports.
_KEYRING_COMMON = ["keyring.backends.chainer", "keyring.backends.fail", "keyring.backends.null"]
_KEYRING_BY_OS = {
    "linux": ["keyring.backends.SecretService", "secretstorage", "jeepney", "jeepney.io.blocking",
              "jeepney.io.threading"],
    "darwin": ["keyring.backends.macOS", "keyring.backends.macOS.api"],
    "win32": ["keyring.backends.Windows", "win32ctypes.core", "win32ctypes.pywin32.win32cred"],
}


def hidden_imports(platform: str) -> list[str]:
    """The keyring backend (and its D-Bus/ctypes helpers) each OS needs."""
    key = "linux" if platform.startswith("linux") else platform
    return _KEYRING_COMMON + _KEYRING_BY_OS.get(key, [])


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """resources/ (icons, compiled translations…) beside the package, where the app looks for it; no
    README, no translation sources (.ts: the .qm files built from them are what the app loads)."""
    out: list[tuple[str, str]] = []
    base = root / "resources"
    for path in sorted(base.rglob("*")):
        if (path.is_file() and path.name != "README.md" and not path.name.startswith(".")
                and path.suffix != ".ts"):
            out.append((str(path), str(path.parent.relative_to(root))))
    return out


def package_metadata(root: Path, version: str) -> list[tuple[str, str]]:
    """A minimal desktop_chat-VERSION.dist-info, so importlib.metadata.version("desktop-chat") works
    in the frozen app as in an installed one (the crash report and About show the version)."""
    name = f"desktop_chat-{version}.dist-info"
    base = root / "build" / "pyinstaller" / "metadata"
    folder = base / name
    for old in base.glob("*.dist-info/*"):
        if old.parent != folder:
            old.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "METADATA": f"Metadata-Version: 2.1\nName: desktop-chat\nVersion: {version}\nSummary: {APP_NAME}\n",
        "INSTALLER": "pyinstaller\n",
    }
    for file_name, text in files.items():
        path = folder / file_name
        if not path.is_file() or path.read_text("utf-8") != text:  # unchanged files keep PyInstaller's cache
            path.write_text(text, "utf-8")
    return [(str(folder / "METADATA"), name), (str(folder / "INSTALLER"), name)]


def macos_info_plist(root: Path, version: str) -> dict[str, object]:
    """packaging/macos/Info.plist with the version filled in, as the dict BUNDLE merges."""
    template = (root / "packaging" / "macos" / "Info.plist").read_text("utf-8")
    return dict(plistlib.loads(template.replace("@VERSION@", version).encode("utf-8")))


def windows_version_file(root: Path, version: str) -> str:
    """Writes the EXE's version resource (Explorer → Properties → Details); returns its path."""
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    tup = tuple(numbers)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tup}, prodvers={tup}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', {PUBLISHER!r}),
      StringStruct('FileDescription', {APP_NAME!r}),
      StringStruct('FileVersion', {version!r}),
      StringStruct('InternalName', {APP_ID!r}),
      StringStruct('OriginalFilename', {APP_ID + '.exe'!r}),
      StringStruct('ProductName', {APP_NAME!r}),
      StringStruct('ProductVersion', {version!r})])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    out = root / "build" / "pyinstaller" / "version_info.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.is_file() or out.read_text("utf-8") != text:  # unchanged: PyInstaller's cache stays valid
        out.write_text(text, "utf-8")
    return str(out)
