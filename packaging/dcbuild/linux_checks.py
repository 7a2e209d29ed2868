"""Checks of the Linux installers beyond "it starts": package metadata, contents, menu entry, Depends.

Why: a .deb can start fine on the build machine and still be broken elsewhere: a system library the
bundle links to but the package does not depend on, a menu entry that does not validate, a missing
icon. These checks read the package as dpkg would (`dpkg-deb --info/--contents`) and fail the
build with the exact problem.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from dcbuild import elf
from dcbuild.console import BuildError, note
from dcbuild.project import APP_ID

GLIBC_SONAMES = re.compile(r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|libanl|ld-linux.*)\.so")
REQUIRED_PATHS = (
    f"./opt/{APP_ID}/{APP_ID}",
    f"./usr/bin/{APP_ID}",
    f"./usr/share/applications/{APP_ID}.desktop",
    f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
    f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
    f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    f"./usr/share/doc/{APP_ID}/copyright",
)


def _dpkg_deb(*args: str) -> str:
    result = subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError(f"dpkg-deb {args[0]} failed on the package.", "Rebuild it.",
                         detail=result.stderr.strip())
    return result.stdout


def control_fields(deb: Path) -> dict[str, str]:
    """The control file's fields (continuation lines joined)."""
    fields: dict[str, str] = {}
    key = ""
    for line in _dpkg_deb("--field", str(deb)).splitlines():
        if line.startswith((" ", "\t")) and key:
            fields[key] += "\n" + line.strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def depends_names(depends: str) -> set[str]:
    """Package names in a Depends line, alternatives included, versions and arch qualifiers dropped."""
    names = set()
    for clause in depends.replace("\n", " ").split(","):
        for alternative in clause.split("|"):
            name = alternative.strip().split(" ")[0].split(":")[0]
            if name:
                names.add(name)
    return names


def check_deb(deb: Path, version: str) -> list[str]:
    """Problems found in the package (empty list = good)."""
    problems = []
    fields = control_fields(deb)
    for key, expected in (("Package", APP_ID), ("Version", version)):
        if fields.get(key) != expected:
            problems.append(f"control field {key} is {fields.get(key)!r}, expected {expected!r}")
    if "libxcb-cursor0" not in depends_names(fields.get("Depends", "")):
        problems.append("Depends lacks the xcb libraries Qt's xcb plugin needs")
    info = _dpkg_deb("--info", str(deb))
    for script in ("postinst", "postrm"):
        if not re.search(rf"^\s+\d+ bytes,\s+\d+ lines\s+\*\s+{script}\s", info, re.M):
            problems.append(f"maintainer script {script} is missing or not executable")
    contents = {line.split()[5] for line in _dpkg_deb("--contents", str(deb)).splitlines() if line.strip()}
    problems += [f"{path} is not in the package" for path in REQUIRED_PATHS if path not in contents]
    return problems


def validate_desktop_file(path: Path) -> list[str]:
    if shutil.which("desktop-file-validate") is None:
        note("desktop-file-validate is not installed, so the menu entry was not validated "
             "(apt-get install desktop-file-utils)")
        return []
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, check=False)
    out = (result.stdout + result.stderr).strip()
    return [f"desktop-file-validate: {out}"] if result.returncode != 0 or "error" in out.lower() else []


def host_sonames(bundle: Path) -> set[str]:
    """Sonames that binaries in the bundle link to but the bundle does not contain."""
    inside = {p.name for p in bundle.rglob("*")}
    wanted: set[str] = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and elf.is_elf(path):
            wanted.update(elf.needed(path))
    return {name for name in wanted if name not in inside}


def _ldconfig_paths() -> dict[str, str]:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    paths: dict[str, str] = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        # On a 64-bit system, 64-bit libraries are tagged e.g. "libc6,x86-64" or "libc6,AArch64".
        if match and (sys.maxsize < 2**32 or "64" in match.group(2)):
            paths.setdefault(match.group(1), match.group(3))
    return paths


def _owning_package(path: str) -> str | None:
    candidates = {path, str(Path(path).resolve())}
    for item in list(candidates):
        if item.startswith("/usr/lib/"):
            candidates.add(item[4:])
        elif item.startswith("/lib/"):
            candidates.add("/usr" + item)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0 and ":" in result.stdout:
            return result.stdout.split(":")[0].split(",")[0].strip()
    return None


def _provides(package: str) -> set[str]:
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Provides}", package], capture_output=True,
                         text=True, check=False).stdout
    return depends_names(out) | {package}


def check_depends_cover(bundle: Path, depends: str) -> list[str]:
    """Every system library the bundle needs must come from a package the .deb depends on."""
    if shutil.which("dpkg") is None:
        return []
    declared = depends_names(depends)
    located = _ldconfig_paths()
    problems = []
    for soname in sorted(host_sonames(bundle)):
        if GLIBC_SONAMES.match(soname):
            continue  # libc6, versioned in Depends from the GLIBC symbols
        path = located.get(soname)
        if path is None:
            problems.append(f"{soname} is needed but not installed on this machine")
            continue
        package = _owning_package(path)
        if package is None:
            problems.append(f"{soname} ({path}) belongs to no Debian package")
        elif not (_provides(package) & declared):
            problems.append(f"{soname} comes from {package}, which Depends does not list")
    return problems
