"""The build venv (.venv-build) and the PyInstaller run.

Why a venv of its own: the bundle must hold exactly the app's pinned dependencies
(requirements/app.txt) plus nothing but PyInstaller at build time (requirements/build.txt), never
pytest, openai or hypothesis from the dev venv. It is created once and refreshed only when the pins
or the Python change (a stamp file records their digest), so a second build starts at once.
PyInstaller's work folder and its binary cache live in build/pyinstaller/ so an unchanged app is
re-analysed quickly and stripped libraries are not stripped again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from dcbuild.console import BuildError, note
from dcbuild.project import ROOT, SPEC

VENV = Path(os.environ.get("DESKTOP_CHAT_BUILD_VENV", ROOT / ".venv-build"))
CACHE = ROOT / "build" / "pyinstaller"
REQUIREMENTS = (ROOT / "requirements" / "app.txt", ROOT / "requirements" / "build.txt")
STAMP = ".installed-build"


def venv_python(venv: Path = VENV) -> Path:
    if sys.platform == "win32":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def _base_python() -> str:
    """The interpreter to create the venv from: $DESKTOP_CHAT_BUILD_PYTHON, else this one's base."""
    chosen = os.environ.get("DESKTOP_CHAT_BUILD_PYTHON") or getattr(sys, "_base_executable", sys.executable)
    probe = subprocess.run(
        [chosen, "-c", "import sys; sys.exit(sys.version_info < (3, 11))"],
        capture_output=True, text=True, check=False,
    )
    if probe.returncode != 0:
        raise BuildError(
            f"{chosen} is not a Python 3.11 or newer.",
            "Run build_installer.py with Python 3.11+, or set DESKTOP_CHAT_BUILD_PYTHON to one.",
        )
    return chosen


# Prints the interpreter's shared library name when no folder it names holds it; nothing otherwise.
_LIBPYTHON_PROBE = """
import os, sys, sysconfig
var = sysconfig.get_config_var
names = [n for n in (var("INSTSONAME"), var("LDLIBRARY")) if n and ".so" in n]
libdir = var("LIBDIR") or ""
dirs = [libdir, os.path.join(libdir, var("MULTIARCH") or ""), os.path.join(sys.base_prefix, "lib")]
if names and not any(os.path.exists(os.path.join(d, n)) for d in dirs if d for n in names):
    print(names[0], f"{sys.version_info[0]}.{sys.version_info[1]}")
"""


def _check_shared_library(python: str) -> None:
    """PyInstaller bundles libpython3.X.so; Debian's and Ubuntu's system Python keep it in a package
    of its own (libpython3.X; Ubuntu 24.04: libpython3.Xt64) that a minimal install lacks."""
    if not sys.platform.startswith("linux"):
        return
    probe = subprocess.run([python, "-c", _LIBPYTHON_PROBE], capture_output=True, text=True, check=False)
    if probe.returncode != 0 or not probe.stdout.strip():
        return
    library, version = probe.stdout.split()
    raise BuildError(
        f"{python} has no shared library ({library}), which PyInstaller must bundle.",
        f"Install it (Debian/Ubuntu: sudo apt-get install libpython{version}, or libpython{version}t64 "
        "on Ubuntu 24.04), or run scripts/bootstrap.sh dev as root, then build again.",
    )


def _digest(python: str) -> str:
    version = subprocess.run([python, "-c", "import sys; print(sys.version)"], capture_output=True,
                             text=True, check=True).stdout
    parts = [version.encode()] + [path.read_bytes() for path in REQUIREMENTS]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def ensure_venv() -> Path:
    """Creates or refreshes .venv-build; returns its python. Idempotent (stamp holds a digest)."""
    base = _base_python()
    _check_shared_library(base)
    digest = _digest(base)
    python = venv_python()
    stamp = VENV / STAMP
    if python.exists() and stamp.is_file() and stamp.read_text().strip() == digest:
        note(f"{VENV.name} is up to date")
        return python
    if VENV.exists():
        note(f"pins or Python changed: recreating {VENV}")
        shutil.rmtree(VENV)
    note(f"creating {VENV} with {base}")
    run([base, "-m", "venv", str(VENV)], what="creating the build venv")
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "install", "-q"]
    run([*pip, "--upgrade", "pip"], what="upgrading pip in the build venv")
    note("installing requirements/build.txt (the app's pins + PyInstaller)")
    run([*pip, "-r", str(REQUIREMENTS[1])], what="installing the build requirements",
        action="Check the network connection to the package index, then run again.")
    stamp.write_text(digest + "\n")
    return python


def run_pyinstaller(python: Path, bundle_dir: Path) -> None:
    """Runs the spec; the onedir bundle lands in bundle_dir (its previous content is replaced)."""
    env = dict(os.environ)
    env["PYINSTALLER_CONFIG_DIR"] = str(CACHE / "config")  # binary (strip) cache, kept between runs
    env.pop("PYTHONPATH", None)  # the spec sets its own search path; nothing from the dev venv
    bundle_dir.mkdir(parents=True, exist_ok=True)
    run(
        [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(bundle_dir), "--workpath", str(CACHE / "work"), str(SPEC)],
        what="PyInstaller", env=env, cwd=ROOT,
        action="Read PyInstaller's messages above; a missing module usually needs a hidden import "
               "in packaging/desktop-chat.spec.",
    )


def run(cmd: list[str], *, what: str, action: str = "", env: dict[str, str] | None = None,
        cwd: Path | None = None) -> None:
    """Runs a command with its output shown; a non-zero exit becomes a BuildError."""
    result = subprocess.run(cmd, env=env, cwd=cwd, check=False)
    if result.returncode != 0:
        raise BuildError(f"{what} failed (exit code {result.returncode}).", action,
                         detail=" ".join(cmd))
