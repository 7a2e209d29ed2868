"""Windows installer: Inno Setup (packaging/windows/desktop-chat.iss) around the PyInstaller bundle.

Why Inno Setup: a per-user install needs no admin rights (PrivilegesRequired=lowest), gives a
Start-menu entry, an optional desktop shortcut and an entry in Settings → Apps to uninstall; ISCC is
preinstalled on GitHub's Windows runners. The smoke test installs silently into a temporary folder,
runs the installed app, then uninstalls, so the installer itself is what gets tested.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from dcbuild.console import BuildError, note
from dcbuild.project import APP_ID, ICONS, PACKAGING, ROOT

ISS = PACKAGING / "windows" / "desktop-chat.iss"


def installer_name(version: str) -> str:
    return f"DesktopChat-{version}-setup.exe"


def find_iscc() -> str:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)", ""), os.environ.get("PROGRAMFILES", ""),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return str(candidate)
    raise BuildError("Inno Setup's compiler (ISCC.exe) was not found.",
                     "Install Inno Setup 6 (winget install JRSoftware.InnoSetup or choco install innosetup).")


def make_installer(bundle: Path, out_dir: Path, version: str) -> Path:
    cmd = [find_iscc(), "/Q", f"/DAppVersion={version}", f"/DSourceDir={bundle}", f"/DOutputDir={out_dir}",
           f"/DIconFile={ICONS / 'desktop-chat.ico'}", str(ISS)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError("Inno Setup could not build the installer.", "See its message below.",
                         detail=(result.stdout + result.stderr).strip()[-4000:])
    target = out_dir / installer_name(version)
    note(f"built {target.name}")
    return target


def install_silently(installer: Path, target_dir: Path) -> Path:
    """Per-user silent install into target_dir; returns the installed executable."""
    if target_dir.exists():
        shutil.rmtree(target_dir)
    log = target_dir.parent / "install.log"
    result = subprocess.run([str(installer), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
                             f"/DIR={target_dir}", f"/LOG={log}"], check=False, timeout=600)
    exe = target_dir / f"{APP_ID}.exe"
    if result.returncode != 0 or not exe.is_file():
        raise BuildError(f"The silent install failed (exit code {result.returncode}).",
                         f"See the installer's log: {log}")
    return exe


def uninstall_silently(target_dir: Path) -> None:
    """Runs the uninstaller the installer registered and checks the program files are gone."""
    uninstaller = next(iter(sorted(target_dir.glob("unins*.exe"))), None)
    if uninstaller is None:
        raise BuildError("The install has no uninstaller (unins000.exe).", "Check [Setup] in the .iss file.")
    subprocess.run([str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"], check=False,
                   timeout=300)
    deadline = time.monotonic() + 60  # the uninstaller finishes in a copy of itself, after it returns
    while (target_dir / f"{APP_ID}.exe").exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    if (target_dir / f"{APP_ID}.exe").exists():
        raise BuildError("The uninstaller left the program behind.",
                         "Check [UninstallDelete] in the .iss file.")
