"""macOS installer: the PyInstaller .app (Info.plist from packaging/macos/) packed into a .dmg.

Why a shell hook: signing, hdiutil and notarisation are Apple command-line tools driven by
credentials that only a release machine has; packaging/macos/make_dmg.sh runs each step when its
environment variables are present and says it skipped it otherwise. The smoke test mounts the
.dmg, copies the app out as a user would drag it to Applications, and runs that copy.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from dcbuild.console import BuildError, note
from dcbuild.project import APP_ID, APP_NAME, PACKAGING


def app_path(bundle_dir: Path) -> Path:
    return bundle_dir / f"{APP_NAME}.app"


def dmg_name(version: str) -> str:
    return f"DesktopChat-{version}.dmg"


def make_dmg(bundle_dir: Path, out_dir: Path, version: str) -> Path:
    app = app_path(bundle_dir)
    if not app.is_dir():
        raise BuildError(f"{app.name} was not built.",
                         "Check the BUNDLE step in packaging/desktop-chat.spec.")
    target = out_dir / dmg_name(version)
    script = PACKAGING / "macos" / "make_dmg.sh"
    result = subprocess.run(["bash", str(script), str(app), str(target)], check=False)
    if result.returncode != 0:
        raise BuildError("Making, signing or notarising the .dmg failed.", "See the messages above.")
    note(f"built {target.name}")
    return target


def install_from_dmg(dmg: Path, target_dir: Path) -> Path:
    """Mounts the .dmg read-only, copies the app to target_dir, unmounts; returns its executable."""
    if target_dir.exists():
        shutil.rmtree(target_dir)
    mount = target_dir.parent / "dmg-mount"
    mount.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["hdiutil", "attach", "-nobrowse", "-readonly", "-quiet", "-mountpoint", str(mount), str(dmg)],
        check=True,
    )
    try:
        source = mount / f"{APP_NAME}.app"
        if not source.is_dir() or not (mount / "Applications").is_symlink():
            raise BuildError("The .dmg lacks the app or the Applications shortcut.", "Check make_dmg.sh.")
        target_dir.mkdir(parents=True)
        subprocess.run(["cp", "-R", str(source), str(target_dir)], check=True)
    finally:
        subprocess.run(["hdiutil", "detach", "-quiet", str(mount)], check=False)
    return target_dir / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_ID
