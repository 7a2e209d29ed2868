#!/usr/bin/env bash
# Runs the whole test suite, installing what is missing first: system packages, .venv with the
# pinned dev dependencies, the pinned LiteLLM proxy in .venv-litellm. Lint and the type checker
# first (cheap; mypy's settings are in pyproject.toml), then pytest inside a private D-Bus session
# with an unlocked gnome-keyring (a real Secret Service), with HOME pointing at a throwaway folder
# so nothing touches the real home or keychain.
# Extra arguments go to pytest (e.g. scripts/run-tests.sh tests/api -x).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/bootstrap.sh dev
scripts/setup-litellm.sh

echo "==> ruff" >&2
.venv/bin/ruff check .

echo "==> mypy" >&2
.venv/bin/python -m mypy  # through the interpreter: a moved checkout keeps working

scratch=$(mktemp -d -t desktop-chat-test-home.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home"
export HOME="$scratch/home" DESKTOP_CHAT_TEST_HOME_SET=1 QT_QPA_PLATFORM=offscreen
export PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

echo "==> pytest" >&2
# gnome-keyring-daemon reads the new keyring's password on stdin and unlocks it.
exec dbus-run-session -- sh -c '
  printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec .venv/bin/python -m pytest "$@"' sh "$@"
