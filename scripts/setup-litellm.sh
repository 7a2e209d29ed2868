#!/usr/bin/env bash
# Install the pinned LiteLLM proxy used by tests/litellm/ into its own venv, .venv-litellm/.
#
# Why its own venv: LiteLLM pulls ~120 packages (FastAPI, boto3, polars, ...) that the app must not
# depend on or conflict with. Why hashes: several recent LiteLLM releases need packages the registry
# lacks and one release was compromised, so pip installs exactly the files listed in
# requirements/litellm.txt (`--require-hashes`, binary wheels only).
#
# Idempotent: a stamp file records the SHA-256 of the requirements file; when it matches, nothing is
# done. Usage: scripts/setup-litellm.sh [--force]
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo_root/.venv-litellm"
reqs="$repo_root/requirements/litellm.txt"
stamp="$venv/.requirements.sha256"

say() { printf '[setup-litellm] %s\n' "$*"; }
die() { printf '[setup-litellm] ERROR: %s\n' "$*" >&2; exit 1; }

[[ -f "$reqs" ]] || die "missing $reqs"
want="$(sha256sum "$reqs" | cut -d' ' -f1)"

# A venv's scripts name its interpreter by absolute path: after the checkout moved, `litellm`
# points at a python that is gone, so a venv made elsewhere counts as missing.
# (pip writes a `#!/bin/sh` + `exec "PATH"` preamble instead when the path has spaces.)
made_here() { head -n 3 "$venv/bin/litellm" 2>/dev/null | grep -qF "$venv/bin/python"; }

if [[ "${1:-}" != "--force" && -x "$venv/bin/litellm" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]] && made_here; then
    say "up to date: $venv ($("$venv/bin/python" -c 'import importlib.metadata as m; print("litellm", m.version("litellm"))'))"
    exit 0
fi

# The first interpreter that is CPython >= 3.11 (the hashes cover every wheel of each pinned version).
python=""
for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 \
        && "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
        python="$(command -v "$candidate")"
        break
    fi
done
[[ -n "$python" ]] || die "no python3 >= 3.11 found on PATH (tried python3.11, python3.12, python3.13, python3)"

say "creating $venv with $("$python" --version 2>&1) ($python)"
rm -rf "$venv"
"$python" -m venv "$venv" || die "could not create the venv (is the python venv module installed?)"

say "installing requirements/litellm.txt (pinned with hashes; about 35 s on 2 cores)..."
start=$SECONDS
# (This machine's pip config names local indexes that may be absent; drop pip's warnings about them.)
quiet_pip() {
    "$venv/bin/python" -m pip "$@" 2>&1 | grep -v --line-buffered 'is ignored: it is neither a file nor a directory'
    return "${PIPESTATUS[0]}"
}
if ! quiet_pip install --quiet --disable-pip-version-check --require-hashes --only-binary=:all: -r "$reqs"; then
    rm -rf "$venv"
    die "pip install failed (see above); the venv was removed so the next run starts clean"
fi
[[ -x "$venv/bin/litellm" ]] || die "installed, but $venv/bin/litellm is missing"

printf '%s\n' "$want" > "$stamp"
say "done in $((SECONDS - start)) s: $("$venv/bin/python" -c 'import importlib.metadata as m; print("litellm", m.version("litellm"))')"
