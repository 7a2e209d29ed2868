"""Linux installers: a .deb (dpkg-deb, no fpm) and a portable .tar.gz, from the PyInstaller bundle.

Why both: the .deb gives a menu entry, an icon, a `desktop-chat` command and uninstalling through
the package manager; the .tar.gz runs from any folder without root. Both hold the same bundle.
The .deb puts the bundle in /opt/desktop-chat and depends on the system libraries the bundle
leaves to the OS (packaging/dcbuild/slim.py, rule 2); the check that Depends covers them is in
linux_checks.py.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

from dcbuild.console import BuildError, note
from dcbuild.project import APP_ID, ICONS, PACKAGING

LINUX = PACKAGING / "linux"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
INSTALL_DIR = f"opt/{APP_ID}"


def deb_arch() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        machine = os.uname().machine
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def artifact_names(version: str) -> tuple[str, str]:
    """File names of the .deb and the .tar.gz for this version and machine."""
    arch = deb_arch()
    machine = os.uname().machine
    return f"{APP_ID}_{version}_{arch}.deb", f"{APP_ID}-{version}-linux-{machine}.tar.gz"


def libc_minimum(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any binary in the bundle asks for (the .deb's libc6 floor)."""
    best = (2, 17)
    pattern = re.compile(rb"GLIBC_2\.(\d+)(?:\.(\d+))?\x00")
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or path.name == APP_ID):
            for match in pattern.finditer(path.read_bytes()):
                best = max(best, (2, int(match.group(1))))
    return f"{best[0]}.{best[1]}"


def _tree_size_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def make_tarball(bundle: Path, out_dir: Path, version: str) -> Path:
    """desktop-chat-VERSION-linux-ARCH.tar.gz: one folder with the bundle, icon, menu entry, README."""
    _deb_name, tar_name = artifact_names(version)
    top = f"{APP_ID}-{version}"
    target = out_dir / tar_name
    readme = (LINUX / "README-portable.txt").read_text("utf-8").replace("@VERSION@", version)
    readme_file = out_dir / f".{APP_ID}-README.txt"
    readme_file.write_text(readme, "utf-8")
    try:
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=top)
            tar.add(ICONS / "desktop-chat-256.png", arcname=f"{top}/desktop-chat.png")
            tar.add(LINUX / "desktop-chat.desktop", arcname=f"{top}/desktop-chat.desktop")
            tar.add(readme_file, arcname=f"{top}/README.txt")
    finally:
        readme_file.unlink(missing_ok=True)
    return target


def _stage_deb(bundle: Path, stage: Path, version: str) -> None:
    """Lays out the package tree: /opt/desktop-chat, /usr/bin link, menu entry, icons, docs, the policy
    example in /etc/desktop-chat, DEBIAN/."""
    opt = stage / INSTALL_DIR
    opt.parent.mkdir(parents=True)
    shutil.copytree(bundle, opt, symlinks=True, copy_function=_link_or_copy)
    usr = stage / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / APP_ID).symlink_to(f"../../{INSTALL_DIR}/{APP_ID}")
    apps = usr / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(LINUX / "desktop-chat.desktop", apps / f"{APP_ID}.desktop")
    hicolor = usr / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICONS / f"desktop-chat-{size}.png", folder / f"{APP_ID}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(ICONS / "desktop-chat.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    doc = usr / "share" / "doc" / APP_ID
    doc.mkdir(parents=True)
    shutil.copy2(LINUX / "copyright", doc / "copyright")
    # the system policy's folder with an example for IT (docs/POLICY.md); the app never writes there
    policy = stage / "etc" / "desktop-chat"
    policy.mkdir(parents=True)
    shutil.copy2(LINUX / "policy.json.example", policy / "policy.json.example")

    debian = stage / "DEBIAN"
    debian.mkdir(mode=0o755)
    control = (LINUX / "control").read_text("utf-8")
    control = (control.replace("@VERSION@", version).replace("@ARCH@", deb_arch())
               .replace("@INSTALLED_SIZE@", str(_tree_size_kib(stage)))
               .replace("@LIBC_MIN@", libc_minimum(bundle)))
    (debian / "control").write_text(control, "utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy2(LINUX / script, debian / script)
        (debian / script).chmod(0o755)
    (debian / "md5sums").write_text(_md5sums(stage), "utf-8")
    for path in [stage, *stage.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)


def _link_or_copy(src: str, dst: str) -> None:
    """Hard links where possible: staging 120 MB then costs nothing; dpkg-deb reads the data anyway."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _md5sums(stage: Path) -> str:
    lines = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.relative_to(stage).parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(stage).as_posix()}\n")
    return "".join(lines)


def make_deb(bundle: Path, out_dir: Path, version: str, work: Path) -> Path:
    """Builds desktop-chat_VERSION_ARCH.deb with dpkg-deb (root-owned files, xz level 1)."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is not installed, so the .deb cannot be built.",
                         "Install it with: apt-get install dpkg (or build on Debian/Ubuntu).")
    deb_name, _tar_name = artifact_names(version)
    stage = work / "deb-root"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    _stage_deb(bundle, stage, version)
    target = out_dir / deb_name
    result = subprocess.run(
        # xz level 1: 5 s and 42 MB here, against 58 s and 38 MB at the default level 6.
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(stage), str(target)],
        capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError("dpkg-deb could not build the package.", "See its message below.",
                         detail=result.stderr.strip())
    shutil.rmtree(stage)
    note(f"built {target.name}")
    return target


def extract_deb(deb: Path, root: Path) -> Path:
    """`dpkg -x` into a fresh folder (what installing does to the files); returns the installed executable."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    result = subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        raise BuildError(f"{deb.name} could not be unpacked.", "Rebuild it.", detail=result.stderr.strip())
    return root / INSTALL_DIR / APP_ID


def extract_tarball(tarball: Path, root: Path) -> Path:
    """Unpacks the portable archive into a fresh folder; returns its executable."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    with tarfile.open(tarball) as tar:
        if hasattr(tarfile, "tar_filter"):  # Python ≥ 3.11.4: refuse absolute paths and "..".
            tar.extractall(root, filter="tar")
        else:
            tar.extractall(root)
    tops = [p for p in root.iterdir() if p.is_dir()]
    if len(tops) != 1:
        raise BuildError(f"{tarball.name} should hold exactly one folder.", "Rebuild it.")
    return tops[0] / APP_ID
