"""Facts about the project that every build step shares: paths, names, the version.

Why: the version must come from the package (pyproject.toml, or desktop_chat.__version__ once it
exists) so an installer can never be labelled differently from the code inside it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
SPEC = PACKAGING / "desktop-chat.spec"

APP_NAME = "Desktop Chat"          # what users see: menu entry, window, .app, installer
APP_ID = "desktop-chat"            # executable, .deb package, folder names
BUNDLE_ID = "org.desktopchat.DesktopChat"
PUBLISHER = "Desktop Chat"
SUMMARY = "Chat with the models of your company's AI gateway; history kept offline"


def read_version(root: Path = ROOT) -> str:
    """desktop_chat.__version__ if the package defines one, else [project].version of pyproject.toml."""
    init = root / "desktop_chat" / "__init__.py"
    if init.is_file():
        match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", init.read_text("utf-8"), re.M)
        if match:
            return match.group(1)
    with (root / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])
