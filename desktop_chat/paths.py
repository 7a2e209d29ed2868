"""Where the app keeps its files.

Why: every file the app writes (history database, settings, logs, model cache, backups) must be
found in one place, and IT staff and tests must be able to move all of it at once. With
`DESKTOP_CHAT_HOME` set, everything lives under that folder; otherwise the OS conventions from
platformdirs apply. Nothing is created at import time.
"""

from __future__ import annotations

import os
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
    def models_cache(self) -> Path:
        return self.cache_dir / "models.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "desktop-chat.log"

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.config_dir, self.cache_dir, self.log_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(environ: os._Environ[str] | dict[str, str] | None = None) -> AppPaths:
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
