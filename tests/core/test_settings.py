"""Settings: round trip, atomic write, damaged file, no key, and the proxy/base URL in force."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from desktop_chat.domain import GenerationParams
from desktop_chat.paths import AppPaths, app_paths
from desktop_chat.settings import (
    AppSettings,
    LeftOver,
    ProxyInForce,
    ProxySource,
    Theme,
    effective_base_url,
    effective_proxy,
    load_settings,
    read_settings,
    save_settings,
)


@pytest.fixture
def paths() -> AppPaths:
    return app_paths().ensure()


def test_missing_file_gives_defaults(paths: AppPaths) -> None:
    loaded = read_settings(paths)
    assert loaded.settings == AppSettings() and loaded.damaged is None and loaded.left_over.empty
    assert loaded.settings.base_url == "https://aiapi.services/v1"
    assert loaded.settings.default_model == "gemini-2.5-flash"
    assert all(name and text for name, text in loaded.settings.system_prompt_presets)


def test_round_trip_of_every_field(paths: AppPaths) -> None:
    custom = AppSettings(
        base_url="http://127.0.0.1:4000",
        proxy="http://proxy.local:3128",
        theme=Theme.DARK,
        font_size=14,
        default_model="claude-sonnet-4-5",
        default_params=GenerationParams(temperature=0.2, max_tokens=800, stop=("END",)),
        default_system_prompt="Be brief. Ünïcode ✓",
        system_prompt_presets=(("One", "first"), ("Two", "second")),
        first_run_done=True,
        session_only_key=True,
    )
    save_settings(paths, custom)
    assert load_settings(paths) == custom
    assert json.loads(paths.settings_file.read_text(encoding="utf-8"))["theme"] == "dark"
    assert {p.name for p in paths.config_dir.iterdir()} == {"settings.json"}  # no temp file left


def test_write_is_atomic_old_file_survives_a_failed_write(paths: AppPaths) -> None:
    save_settings(paths, AppSettings(theme=Theme.LIGHT))
    bad = AppSettings(default_system_prompt="\ud800")  # a lone surrogate cannot be encoded
    with pytest.raises(UnicodeEncodeError):
        save_settings(paths, bad)
    assert load_settings(paths).theme is Theme.LIGHT
    assert {p.name for p in paths.config_dir.iterdir()} == {"settings.json"}


def test_corrupt_file_gives_defaults_keeps_the_file_and_warns(paths: AppPaths) -> None:
    paths.settings_file.write_text('{"theme": "dark", ', encoding="utf-8")
    loaded = read_settings(paths)
    assert loaded.settings == AppSettings()
    kept = [p for p in paths.config_dir.iterdir() if p.name.startswith("settings.json.corrupt-")]
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == '{"theme": "dark", '
    assert loaded.damaged is not None and loaded.damaged.kept_as == kept[0]  # the UI names it
    assert not paths.settings_file.exists()
    assert read_settings(paths).damaged is None  # next start is clean


@pytest.mark.parametrize("content", ["[1, 2]", "\u00ff\u00fe garbage", ""])
def test_non_object_files_are_corrupt_too(paths: AppPaths, content: str) -> None:
    paths.settings_file.write_text(content, encoding="latin-1")
    assert read_settings(paths).damaged is not None


def test_wrong_values_fall_back_field_by_field(paths: AppPaths) -> None:
    paths.settings_file.write_text(
        json.dumps(
            {
                "theme": "purple",
                "font_size": "big",
                "first_run_done": "yes",
                "default_model": "  gpt-4o  ",
                "system_prompt_presets": [{"name": "x"}],
                "default_params": {"temperature": 0.5},
                "future_field": 1,
            }
        ),
        encoding="utf-8",
    )
    s = load_settings(paths)
    assert (s.theme, s.font_size, s.first_run_done) == (Theme.SYSTEM, 0, False)
    assert s.default_model == "gpt-4o" and s.default_params == GenerationParams(temperature=0.5)
    assert s.system_prompt_presets == AppSettings().system_prompt_presets


def test_settings_never_hold_the_api_key(paths: AppPaths) -> None:
    names = {f.name for f in dataclasses.fields(AppSettings)}
    assert not {n for n in names if any(w in n for w in ("key", "secret", "token", "password"))} - {
        "session_only_key"
    }
    key = "sk-should-never-be-saved-123456"
    paths.settings_file.write_text(
        json.dumps({"api_key": key, "apiKey": key, "theme": "dark"}), encoding="utf-8"
    )
    settings = load_settings(paths)  # e.g. hand-edited, or written by some other tool
    save_settings(paths, settings)
    text = paths.settings_file.read_text(encoding="utf-8")
    assert key not in text and json.loads(text)["theme"] == "dark"


def test_an_older_files_window_and_draft_fields_are_left_over_not_settings(paths: AppPaths) -> None:
    paths.settings_file.write_text(
        json.dumps({"theme": "dark", "new_chat_draft": " Half a thought ", "window_geometry": "AdnQyw==",
                    "sidebar_visible": False}),
        encoding="utf-8",
    )
    loaded = read_settings(paths)
    assert loaded.settings.theme is Theme.DARK
    assert loaded.left_over == LeftOver(" Half a thought ", "AdnQyw==", False) and not loaded.left_over.empty
    save_settings(paths, loaded.settings)
    data = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert not {"new_chat_draft", "window_geometry", "sidebar_visible"} & set(data)
    assert read_settings(paths).left_over.empty


def test_left_over_values_of_the_wrong_kind_are_ignored(paths: AppPaths) -> None:
    paths.settings_file.write_text(
        json.dumps({"new_chat_draft": 3, "window_geometry": ["x"], "sidebar_visible": "no"}), encoding="utf-8"
    )
    assert read_settings(paths).left_over == LeftOver()


def test_base_url_override() -> None:
    s = AppSettings(base_url="https://aiapi.services/v1")
    assert effective_base_url(s, {}) == ("https://aiapi.services/v1", False)
    assert effective_base_url(s, {"DESKTOP_CHAT_BASE_URL": "  "}) == ("https://aiapi.services/v1", False)
    env = {"DESKTOP_CHAT_BASE_URL": " http://127.0.0.1:4000/v1 "}
    assert effective_base_url(s, env) == ("http://127.0.0.1:4000/v1", True)


NONE = ProxyInForce(ProxySource.NONE)


def _env(url: str, var: str) -> ProxyInForce:
    return ProxyInForce(ProxySource.ENVIRONMENT, url, var)


def _bypassed(var: str) -> ProxyInForce:
    return ProxyInForce(ProxySource.BYPASSED, variable=var, host="aiapi.services")


@pytest.mark.parametrize(
    ("proxy", "env", "expected"),
    [
        ("", {}, NONE),
        ("http://corp:3128", {"HTTPS_PROXY": "http://env:1"}, ProxyInForce(ProxySource.SETTINGS, "http://corp:3128")),
        ("http://bob:hunter22@corp:3128", {}, ProxyInForce(ProxySource.SETTINGS, "http://bob:****@corp:3128")),
        ("", {"HTTPS_PROXY": "http://env:8080"}, _env("http://env:8080", "HTTPS_PROXY")),
        ("", {"HTTPS_PROXY": "http://u:1", "https_proxy": "http://l:2"}, _env("http://l:2", "https_proxy")),
        ("", {"HTTP_PROXY": "http://plain:8080"}, NONE),  # the gateway is https
        ("", {"ALL_PROXY": "socks5://s:1080"}, _env("socks5://s:1080", "ALL_PROXY")),
        ("", {"HTTPS_PROXY": "http://e:1", "NO_PROXY": "a.b, .services"}, _bypassed("NO_PROXY")),
        ("", {"HTTPS_PROXY": "http://e:1", "no_proxy": "*"}, _bypassed("no_proxy")),
        ("", {"HTTPS_PROXY": "http://e:1", "NO_PROXY": "piapi.services"}, _env("http://e:1", "HTTPS_PROXY")),
        ("", {"HTTPS_PROXY": "http://ann:s3cret@e:1"}, _env("http://ann:****@e:1", "HTTPS_PROXY")),
    ],
)
def test_effective_proxy(proxy: str, env: dict[str, str], expected: ProxyInForce) -> None:
    assert effective_proxy(AppSettings(proxy=proxy), env) == expected


def test_effective_proxy_follows_the_gateway_in_force() -> None:
    env = {
        "DESKTOP_CHAT_BASE_URL": "http://127.0.0.1:4000/v1",
        "HTTP_PROXY": "http://env:8080",
        "NO_PROXY": "127.0.0.1:4000",
    }
    assert effective_proxy(AppSettings(), env) == ProxyInForce(ProxySource.BYPASSED, variable="NO_PROXY",
                                                                host="127.0.0.1")
    env["NO_PROXY"] = "127.0.0.1:9999"
    assert effective_proxy(AppSettings(), env) == _env("http://env:8080", "HTTP_PROXY")


def test_settings_file_lives_where_paths_says(paths: AppPaths) -> None:
    save_settings(paths, AppSettings())
    assert paths.settings_file.is_file()
    assert Path(os.environ["DESKTOP_CHAT_HOME"]) in paths.settings_file.parents


def test_a_second_damaged_file_does_not_overwrite_the_first_copy(paths: AppPaths) -> None:
    for content in ("{first", "{second"):
        paths.settings_file.write_text(content, encoding="utf-8")
        assert read_settings(paths).damaged is not None
    kept = sorted(p.read_text() for p in paths.config_dir.glob("settings.json.corrupt-*"))
    assert kept == ["{first", "{second"]


def test_a_theme_given_by_name_is_kept_as_the_enum() -> None:
    assert AppSettings(theme="dark").theme is Theme.DARK  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        AppSettings(theme="purple")  # type: ignore[arg-type]
