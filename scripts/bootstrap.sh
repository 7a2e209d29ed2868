#!/usr/bin/env bash
# Sets up everything Desktop Chat needs on a fresh Debian 12 / Ubuntu 24.04 machine, idempotently:
#   1. the apt packages Qt (offscreen + xcb), Xvfb, D-Bus and gnome-keyring need — installed when
#      run as root, otherwise the single apt line to run is printed;
#   2. a venv in .venv with a Python >= 3.11;
#   3. for the tests (dev): the shared library of the venv's Python, which PyInstaller bundles;
#   4. the pinned Python dependencies (requirements/app.txt, or dev.txt for the tests).
# Usage: scripts/bootstrap.sh app|dev      (sourced by run-app.sh and run-tests.sh)
set -euo pipefail

profile=${1:-app}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }

# --- 1. system packages -------------------------------------------------------------------------
# The exact packages Qt's platform plugins need on a bare Debian 12.
apt_app=(python3 python3-venv libgl1 libegl1 libfontconfig1 fonts-dejavu-core libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-xkb1
  libx11-xcb1 xvfb xauth gnome-keyring libsecret-tools dbus-bin dbus-daemon
  fonts-wqy-microhei)  # Chinese and Japanese glyphs (1.6 MB): the app speaks 简体中文, 繁體中文, 日本語
apt_dev=(imagemagick xdotool xclip binutils desktop-file-utils curl)  # curl: "Copy request as curl" is run for real
wanted=("${apt_app[@]}")
[[ $profile == dev ]] && wanted+=("${apt_dev[@]}")

apt_updated=0
# Installs the given apt packages as root; otherwise prints the one line to run and stops.
apt_install() {
  if [[ $(id -u) -eq 0 ]]; then
    say "Installing system packages: $*"
    export DEBIAN_FRONTEND=noninteractive
    ((apt_updated)) || { apt-get update -qq >/dev/null; apt_updated=1; }
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  else
    say "Some system packages are missing. Please run this once, then start again:"
    printf '    sudo apt-get install -y --no-install-recommends %s\n' "$*" >&2
    exit 1
  fi
}

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ $status == *"install ok installed"* ]] || missing+=("$pkg")
  done
  # The CUPS client library: Qt's print support lists the system's printers through it (File →
  # Print…). Ubuntu 24.04 renamed its package (libcups2t64), so the library itself is looked for.
  if ! ldconfig -p 2>/dev/null | grep -q 'libcups\.so\.2 '; then
    missing+=(libcups2)  # on Ubuntu 24.04 apt installs its only provider, libcups2t64
  fi
fi
((${#missing[@]} == 0)) || apt_install "${missing[@]}"

# --- 2. a Python >= 3.11 and the venv -----------------------------------------------------------
pick_python() {
  for candidate in "${DESKTOP_CHAT_PYTHON:-}" python3 python3.13 python3.12 python3.11; do
    [[ -n $candidate ]] || continue
    command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}
if [[ ! -x .venv/bin/python ]]; then
  python=$(pick_python) || { say "Desktop Chat needs Python 3.11 or newer (python3 --version)."; exit 1; }
  say "Creating .venv with $($python --version)"
  "$python" -m venv .venv
fi

# --- 3. the venv Python's shared library, for PyInstaller (dev: the installer tests) ----------
# PyInstaller copies libpython3.X.so into the bundle. pyenv and python.org builds ship it; the
# system Python of Debian and Ubuntu keeps it in its own package (Debian 12: libpython3.11;
# Ubuntu 24.04: libpython3.12t64), which a minimal install lacks. The name and folder come from the
# interpreter's sysconfig (INSTSONAME, LDLIBRARY, LIBDIR), so any 3.X is handled.
# Prints "<X.Y> <interpreter>" when the library is missing, nothing when it is there.
libpython_probe='
import os, sys, sysconfig
var = sysconfig.get_config_var
names = [n for n in (var("INSTSONAME"), var("LDLIBRARY")) if n and ".so" in n]
libdir = var("LIBDIR") or ""
dirs = [libdir, os.path.join(libdir, var("MULTIARCH") or ""), os.path.join(sys.base_prefix, "lib")]
if names and not any(os.path.exists(os.path.join(d, n)) for d in dirs if d for n in names):
    print(f"{sys.version_info[0]}.{sys.version_info[1]}",
          os.path.realpath(getattr(sys, "_base_executable", sys.executable)))
'
if [[ $profile == dev ]] && command -v dpkg-query >/dev/null 2>&1; then
  read -r pyver pyexe < <(.venv/bin/python -c "$libpython_probe") || true
  # Only an interpreter that dpkg installed gets its library from apt (pyenv's has its own).
  if [[ -n ${pyver:-} ]] && dpkg-query -S "$pyexe" >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]] && ((!apt_updated)); then apt-get update -qq >/dev/null; apt_updated=1; fi
    # Ubuntu 24.04 renamed the package (64-bit time_t): take the name this system's apt knows.
    libpython=libpython$pyver
    for candidate in "libpython${pyver}t64" "libpython${pyver}"; do
      if apt-cache show --no-all-versions "$candidate" >/dev/null 2>&1; then libpython=$candidate; break; fi
    done
    apt_install "$libpython"
  fi
fi

# --- 4. pinned dependencies, reinstalled only when the pins change -----------------------------
req="requirements/$profile.txt"
stamp=".venv/.installed-$profile"
digest=$(cat requirements/app.txt "$req" | sha256sum | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$digest" ]]; then
  say "Installing Python packages from $req"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$req"
  echo "$digest" > "$stamp"
fi

# --- 5. the checkout itself importable from the venv (benchmarks, scripts, `python -m`) ---------
site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
[[ -f $site/desktop-chat-checkout.pth && $(cat "$site/desktop-chat-checkout.pth") == "$root" ]] \
  || echo "$root" > "$site/desktop-chat-checkout.pth"

# --- 6. the translations: resources/translations/*.ts compiled into the .qm files the app loads --
# (pyside6-lrelease from the venv; a few hundred milliseconds, so simply every time)
.venv/bin/python scripts/translations.py release
