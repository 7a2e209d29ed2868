#!/usr/bin/env bash
# Runs Desktop Chat, installing what is missing first (see scripts/bootstrap.sh).
# Without a screen (a server, SSH), the app opens on a virtual Xvfb screen and says so.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/bootstrap.sh" app
cd "$root"
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && $(uname -s) == Linux ]]; then
  display=":$((90 + RANDOM % 9))"
  echo "No screen found: starting Desktop Chat on the virtual screen $display (Xvfb)." >&2
  Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY=$display
  sleep 0.5
fi
export PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}"
.venv/bin/python -m desktop_chat "$@"
