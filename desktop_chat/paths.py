"""Where the app keeps its files.

Why: every file the app writes (history database, settings, window state, logs, model cache,
backups) must be found in one place, and IT staff and tests must be able to move all of it at
once. With
`DESKTOP_CHAT_HOME` set, everything lives under that folder; otherwise the OS conventions from
platformdirs apply. Nothing is created at import time. `write_text_atomically` is the one way the
app's small JSON files (settings, window state, model cache) are written: a crash mid-write leaves
the old file whole.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "DesktopChat"
HOME_ENV = "DESKTOP_CHAT_HOME"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders the app writes to; `ensure()` creates them."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def state_file(self) -> Path:
        """The window's geometry, sidebar and panel sizes: not settings, so kept apart from them."""
        return self.config_dir / "window-state.json"

    @property
    def mcp_config(self) -> Path:
        """The MCP servers that give the model tools, in the shape other apps use (`mcpServers`)."""
        return self.config_dir / "mcp.json"

    @property
    def models_cache(self) -> Path:
        return self.cache_dir / "models.json"

    @property
    def model_knowledge(self) -> Path:
        """What the app learned per gateway and model: context limits named by errors, token calibration."""
        return self.data_dir / "model-knowledge.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "desktop-chat.log"

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.config_dir, self.cache_dir, self.log_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def write_text_atomically(path: Path, text: str, *, durable: bool = True) -> None:
    """Write `text` (UTF-8) to a temp file beside `path`, then rename it over `path`.

    `durable` flushes the file to disk before the rename (settings); a cache can skip that.
    Any failure (encoding, disk) leaves the old file as it was and no temp file behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only when a file is written: its import costs start-up time

    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def app_paths(environ: Mapping[str, str] | None = None) -> AppPaths:
    """The paths in force: under `$DESKTOP_CHAT_HOME` if set, else the platform's own folders."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV, "").strip()
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(root / "data", root / "config", root / "cache", root / "logs")
    import platformdirs  # deferred: only needed without the override

    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
