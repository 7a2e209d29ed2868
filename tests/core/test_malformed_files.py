"""Files the app reads back (settings.json, the model cache) may be damaged in absurd ways:
deeply nested JSON raises RecursionError, not ValueError, and must count as "damaged" too."""

from __future__ import annotations

import time
from pathlib import Path

from desktop_chat.api import SEED_MODELS
from desktop_chat.paths import app_paths
from desktop_chat.services.models import offline_choice, read_cache
from desktop_chat.settings import AppSettings, read_settings

DEEP = "[" * 100_000 + "]" * 100_000


def test_deeply_nested_settings_file_is_treated_as_damaged(tmp_path: Path) -> None:
    paths = app_paths({"DESKTOP_CHAT_HOME": str(tmp_path / "home")}).ensure()
    paths.settings_file.write_text(DEEP, encoding="utf-8")
    loaded = read_settings(paths)
    assert loaded.settings == AppSettings() and loaded.damaged is not None
    assert loaded.damaged.kept_as.exists()
    assert not paths.settings_file.exists()  # set aside, kept for support


def test_absurd_model_cache_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "models.json"
    cache.write_text(DEEP, encoding="utf-8")
    assert read_cache(cache) is None
    for saved_at in ("1e300", "NaN", "Infinity"):
        cache.write_text('{"models": ["m1"], "saved_at": ' + saved_at + "}", encoding="utf-8")
        assert offline_choice(cache).models in (("m1",), SEED_MODELS)
        cached = read_cache(cache)
        if cached is not None:  # a usable date, or none at all
            time.localtime(cached[1])
