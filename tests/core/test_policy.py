"""The system policy: every key read into a typed `Policy`, every malformed case reported and none of
it used (the last good one instead), the sources of each platform (a plist file, a stand-in for
winreg), and the settings in force. Real files in tmp_path, pointed at by DESKTOP_CHAT_POLICY_FILE."""

from __future__ import annotations

import json
import plistlib
from pathlib import Path
from typing import Any

import pytest

from desktop_chat.domain import GenerationParams
from desktop_chat.paths import AppPaths, app_paths
from desktop_chat.policy import (
    BUNDLE_ID,
    KINDS,
    LAST_GOOD_NAME,
    LINUX_POLICY_FILE,
    MACOS_MANAGED_DIR,
    NO_POLICY,
    POLICY_FILE_ENV,
    REGISTRY_SOURCE,
    SETTING_KEYS,
    WINDOWS_REGISTRY_KEY,
    LoadedPolicy,
    Policy,
    PolicyKey,
    PolicyProblemKind,
    SystemPromptPreset,
    apply_policy,
    load_policy,
    own_settings,
    policy_sources,
)
from desktop_chat.settings import AppSettings

EVERY_KEY: dict[str, Any] = {
    "base_url": "https://llm.example.com/v1",
    "user": "${username}@example.com",
    "allowed_models": ["gpt-4o", "claude-sonnet-4", "gpt-4o"],
    "default_model": "claude-sonnet-4",
    "default_params": {"temperature": 0.2, "max_tokens": 2048, "stop": ["END"]},
    "default_system_prompt": "You work for Example Ltd.",
    "system_prompt_presets": [{"name": "Legal", "text": "Answer as a careful lawyer."}],
    "hidden_parameters": ["presence_penalty", "frequency_penalty"],
    "allow_export": False,
    "allow_import": True,
    "mcp_servers": {"wiki": {"url": "https://wiki.example.com/mcp"}},
    "allow_own_mcp_servers": False,
    "proxy": "http://proxy.example.com:3128",
    "pac_url": "http://wpad.example.com/wpad.dat",
    "ca_bundle": "/etc/ssl/certs/example-ca.pem",
    "update_feed": "https://updates.example.com/desktop-chat.json",
    "auto_backup": True,
    "backup_folder": "/srv/backups",
    "backups_kept": 30,
    "defaults_only": ["default_model", "default_params"],
}


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return app_paths({"DESKTOP_CHAT_HOME": str(tmp_path / "home")}).ensure()


def write(tmp_path: Path, data: object, name: str = "policy.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def load(paths: AppPaths, path: Path) -> LoadedPolicy:
    return load_policy(paths, {POLICY_FILE_ENV: str(path)})


def test_every_key_is_read_into_its_typed_field(paths: AppPaths, tmp_path: Path) -> None:
    assert set(EVERY_KEY) == {k.value for k in PolicyKey} == {k.value for k in KINDS}
    loaded = load(paths, write(tmp_path, EVERY_KEY))
    assert loaded.problems == () and loaded.problem is None and not loaded.from_last_good
    assert loaded.source_path == str(tmp_path / "policy.json")
    p = loaded.policy
    assert p.base_url == "https://llm.example.com/v1"
    assert p.end_user("ada") == "ada@example.com"
    assert p.allowed_models == ("gpt-4o", "claude-sonnet-4")  # a repeated id once
    assert p.default_model == "claude-sonnet-4"
    assert p.default_params == GenerationParams(temperature=0.2, max_tokens=2048, stop=("END",))
    assert p.default_system_prompt == "You work for Example Ltd."
    assert p.system_prompt_presets == (SystemPromptPreset("Legal", "Answer as a careful lawyer."),)
    assert p.hidden_parameters == {"presence_penalty", "frequency_penalty"}
    assert not p.export_allowed and p.import_allowed and not p.own_mcp_servers_allowed
    assert json.loads(p.mcp_servers or "") == {"wiki": {"url": "https://wiki.example.com/mcp"}}
    assert (p.proxy, p.pac_url) == ("http://proxy.example.com:3128", "http://wpad.example.com/wpad.dat")
    assert p.ca_bundle == "/etc/ssl/certs/example-ca.pem"
    assert p.update_feed == "https://updates.example.com/desktop-chat.json"
    assert (p.auto_backup, p.backup_folder, p.backups_kept) == (True, "/srv/backups", 30)
    assert p.defaults_only == {PolicyKey.DEFAULT_MODEL, PolicyKey.DEFAULT_PARAMS}


def test_every_key_given_locks_unless_it_is_a_default_only(paths: AppPaths, tmp_path: Path) -> None:
    p = load(paths, write(tmp_path, EVERY_KEY)).policy
    for key in PolicyKey:
        expected = key not in (PolicyKey.DEFAULT_MODEL, PolicyKey.DEFAULT_PARAMS, PolicyKey.DEFAULTS_ONLY)
        assert p.locks(key) is expected, key
        assert p.locks(key.value) is expected  # the setting's name works as well
    assert not p.locks("theme") and not p.locks("no such setting")
    assert not NO_POLICY.locks("base_url") and not Policy(allow_export=True).locks("allow_import")


def test_no_policy_anywhere_is_no_policy(paths: AppPaths, tmp_path: Path) -> None:
    loaded = load(paths, tmp_path / "missing.json")
    assert loaded == LoadedPolicy() and loaded.policy is NO_POLICY and loaded.sources == ()


def test_the_user_template(paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "grace")  # getpass reads the login name from here first
    p = load(paths, write(tmp_path, {"user": "${username}@corp.example"})).policy
    assert p.end_user() == "grace@corp.example"
    assert Policy(user="desk-42").end_user() == "desk-42"  # no placeholder: the same for everyone
    assert Policy().end_user() is None


MALFORMED: list[tuple[str, object, PolicyProblemKind, str | None]] = [
    ("not json", "{base_url: nope", PolicyProblemKind.NOT_JSON, None),
    ("a list", ["base_url"], PolicyProblemKind.NOT_AN_OBJECT, None),
    ("unknown key", {"base_url": "https://a.example/v1", "colour": "red"}, PolicyProblemKind.UNKNOWN_KEY,
     "colour"),
    ("bad url", {"base_url": "ftp://a.example"}, PolicyProblemKind.BAD_VALUE, "base_url"),
    ("no host", {"base_url": "https://"}, PolicyProblemKind.BAD_VALUE, "base_url"),
    ("url not text", {"base_url": 42}, PolicyProblemKind.WRONG_TYPE, "base_url"),
    ("models not a list", {"allowed_models": "gpt-4o"}, PolicyProblemKind.WRONG_TYPE, "allowed_models"),
    ("models not texts", {"allowed_models": ["gpt-4o", 3]}, PolicyProblemKind.WRONG_TYPE, "allowed_models"),
    ("no models", {"allowed_models": []}, PolicyProblemKind.BAD_VALUE, "allowed_models"),
    ("default not allowed", {"allowed_models": ["a"], "default_model": "b"},
     PolicyProblemKind.DEFAULT_NOT_ALLOWED, "default_model"),
    ("empty model", {"default_model": "  "}, PolicyProblemKind.BAD_VALUE, "default_model"),
    ("unknown placeholder", {"user": "${hostname}"}, PolicyProblemKind.BAD_VALUE, "user"),
    ("user not text", {"user": ["a"]}, PolicyProblemKind.WRONG_TYPE, "user"),
    ("bool as text", {"allow_export": "no"}, PolicyProblemKind.WRONG_TYPE, "allow_export"),
    ("int as bool", {"backups_kept": True}, PolicyProblemKind.WRONG_TYPE, "backups_kept"),
    ("too many backups", {"backups_kept": 10_000}, PolicyProblemKind.BAD_VALUE, "backups_kept"),
    ("unknown param", {"default_params": {"temprature": 1}}, PolicyProblemKind.UNKNOWN_KEY,
     "default_params.temprature"),
    ("param as text", {"default_params": {"temperature": "hot"}}, PolicyProblemKind.WRONG_TYPE,
     "default_params.temperature"),
    ("preset without text", {"system_prompt_presets": [{"name": "x"}]}, PolicyProblemKind.WRONG_TYPE,
     "system_prompt_presets.text"),
    ("preset extra key", {"system_prompt_presets": [{"name": "x", "text": "y", "z": 1}]},
     PolicyProblemKind.UNKNOWN_KEY, "system_prompt_presets.z"),
    ("hidden unknown", {"hidden_parameters": ["seed"]}, PolicyProblemKind.BAD_VALUE,
     "hidden_parameters.seed"),
    ("server not object", {"mcp_servers": {"wiki": "https://x"}}, PolicyProblemKind.WRONG_TYPE,
     "mcp_servers.wiki"),
    ("server without command", {"mcp_servers": {"wiki": {"args": []}}}, PolicyProblemKind.BAD_VALUE,
     "mcp_servers.wiki"),
    ("relative ca", {"ca_bundle": "certs/ca.pem"}, PolicyProblemKind.BAD_VALUE, "ca_bundle"),
    ("rule as default", {"user": "x", "defaults_only": ["user"]}, PolicyProblemKind.NOT_A_DEFAULT,
     "defaults_only.user"),
    ("unknown default", {"defaults_only": ["colour"]}, PolicyProblemKind.UNKNOWN_KEY, "defaults_only.colour"),
]


@pytest.mark.parametrize(("data", "kind", "key"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_a_malformed_policy_is_reported_and_none_of_it_is_used(
    paths: AppPaths, tmp_path: Path, data: object, kind: PolicyProblemKind, key: str | None
) -> None:
    path = write(tmp_path, data)
    loaded = load(paths, path)
    assert loaded.problem is not None
    assert (loaded.problem.kind, loaded.problem.key, loaded.problem.source) == (kind, key, str(path))
    assert loaded.policy is NO_POLICY and not loaded.from_last_good  # nothing half-applied


def test_a_malformed_policy_falls_back_to_the_last_good_one(paths: AppPaths, tmp_path: Path) -> None:
    path = write(tmp_path, {"base_url": "https://good.example/v1", "allowed_models": ["gpt-4o"]})
    good = load(paths, path)
    assert good.policy.base_url == "https://good.example/v1"
    kept = paths.config_dir / LAST_GOOD_NAME
    assert kept.exists()
    stamp = kept.stat().st_mtime_ns
    assert load(paths, path).policy == good.policy
    assert kept.stat().st_mtime_ns == stamp  # unchanged: not written again
    # IT's next edit has two mistakes and one good change: all reported, none of it used
    write(tmp_path, {"base_url": "https://new.example/v1", "allowed_models": "gpt-4o", "allow_export": 0})
    bad = load(paths, path)
    assert {(p.kind, p.key) for p in bad.problems} == {(PolicyProblemKind.WRONG_TYPE, "allowed_models"),
                                                       (PolicyProblemKind.WRONG_TYPE, "allow_export")}
    assert bad.from_last_good and bad.policy == good.policy
    # the policy removed: none in force, and no stale copy to fall back on later
    path.unlink()
    assert load(paths, path).policy is NO_POLICY and not kept.exists()


def test_a_damaged_last_good_copy_means_no_policy(paths: AppPaths, tmp_path: Path) -> None:
    (paths.config_dir / LAST_GOOD_NAME).write_text("{broken", encoding="utf-8")
    loaded = load(paths, write(tmp_path, "[]"))
    assert loaded.problems and loaded.policy is NO_POLICY and not loaded.from_last_good


def test_unreadable_and_too_large_files(paths: AppPaths, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    assert load(paths, folder).problem.kind is PolicyProblemKind.UNREADABLE  # type: ignore[union-attr]
    big = write(tmp_path, json.dumps({"default_system_prompt": "x" * 1_100_000}))
    assert load(paths, big).problem.kind is PolicyProblemKind.TOO_LARGE  # type: ignore[union-attr]


def test_the_platforms_sources() -> None:
    assert policy_sources({}, "linux") == (("json", LINUX_POLICY_FILE),)
    win = policy_sources({"ProgramData": r"D:\PD"}, "win32")
    assert win[0][0] == "json" and str(win[0][1]).replace("\\", "/").endswith("D:/PD/DesktopChat/policy.json")
    mac = policy_sources({}, "darwin")
    assert mac[1] == ("plist", MACOS_MANAGED_DIR / f"{BUNDLE_ID}.plist")
    assert str(mac[0][1]) == "/Library/Application Support/DesktopChat/policy.json"
    assert policy_sources({POLICY_FILE_ENV: "/x/p.plist"}, "win32") == (("plist", Path("/x/p.plist")),)


def test_a_macos_managed_preferences_plist(paths: AppPaths, tmp_path: Path) -> None:
    path = tmp_path / f"{BUNDLE_ID}.plist"
    data = {"base_url": "https://llm.example.com/v1", "allowed_models": ["gpt-4o"], "allow_export": False,
            "backups_kept": 5, "default_params": {"temperature": 0.5},
            "PayloadUUID": "0F0E", "PayloadVersion": 1}  # a profile's bookkeeping is not policy
    path.write_bytes(plistlib.dumps(data, fmt=plistlib.FMT_BINARY))
    loaded = load(paths, path)
    assert loaded.problems == ()
    assert loaded.policy == Policy(base_url="https://llm.example.com/v1", allowed_models=("gpt-4o",),
                                   allow_export=False, backups_kept=5,
                                   default_params=GenerationParams(temperature=0.5))
    path.write_bytes(b"<?xml not a plist")
    assert load(paths, path).problem.kind is PolicyProblemKind.NOT_JSON  # type: ignore[union-attr]


class FakeWinreg:
    """The part of `winreg` the policy reads: OpenKey (a context manager) and EnumValue."""

    HKEY_LOCAL_MACHINE = object()
    KEY_READ = 0x20019
    KEY_WOW64_64KEY = 0x0100
    REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ, REG_BINARY = 1, 2, 4, 7, 3

    def __init__(self, values: list[tuple[str, object, int]] | None) -> None:
        self.values = values
        self.opened: list[tuple[object, str, int]] = []

    def OpenKey(self, root: object, sub: str, reserved: int, access: int) -> FakeWinreg:
        self.opened.append((root, sub, access))
        if self.values is None:
            raise FileNotFoundError(sub)
        return self

    def EnumValue(self, _key: object, index: int) -> tuple[str, object, int]:
        if self.values is None or index >= len(self.values):
            raise OSError("no more data")
        return self.values[index]

    def __enter__(self) -> FakeWinreg:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def test_the_windows_registry_values_and_their_types(paths: AppPaths, tmp_path: Path) -> None:
    reg = FakeWinreg
    fake = FakeWinreg([
        ("base_url", "https://llm.example.com/v1", reg.REG_SZ),
        ("user", "${username}@example.com", reg.REG_SZ),
        ("allowed_models", ["gpt-4o", "claude-sonnet-4"], reg.REG_MULTI_SZ),
        ("hidden_parameters", '["stop"]', reg.REG_SZ),  # JSON in a REG_SZ
        ("allow_export", 0, reg.REG_DWORD),
        ("allow_import", "true", reg.REG_SZ),
        ("backups_kept", 14, reg.REG_DWORD),
        ("mcp_servers", '{"wiki": {"url": "https://wiki.example.com/mcp"}}', reg.REG_SZ),
    ])
    file = write(tmp_path, {"base_url": "https://file.example/v1", "default_model": "gpt-4o"})
    loaded = load_policy(paths, {"ProgramData": str(tmp_path / "none")}, platform="linux", winreg=fake)
    assert fake.opened[0][1] == WINDOWS_REGISTRY_KEY and fake.opened[0][0] is reg.HKEY_LOCAL_MACHINE
    assert loaded.problems == () and loaded.sources == (REGISTRY_SOURCE,)
    p = loaded.policy
    assert p.allowed_models == ("gpt-4o", "claude-sonnet-4") and p.hidden_parameters == {"stop"}
    assert p.allow_export is False and p.allow_import is True and p.backups_kept == 14
    assert p.end_user("ada") == "ada@example.com"
    # the registry wins over the %ProgramData% file key by key; the file's other keys still count
    both = load_policy(paths, {POLICY_FILE_ENV: str(file)}, winreg=fake)
    assert both.sources == (str(file), REGISTRY_SOURCE)
    assert both.policy.base_url == "https://llm.example.com/v1" and both.policy.default_model == "gpt-4o"


def test_registry_mistakes_name_the_registry(paths: AppPaths) -> None:
    reg = FakeWinreg
    not_json = FakeWinreg([("allowed_models", "[gpt-4o", reg.REG_SZ)])
    loaded = load_policy(paths, {}, platform="linux", winreg=not_json)
    assert loaded.problem is not None and loaded.policy is NO_POLICY
    assert (loaded.problem.source, loaded.problem.kind, loaded.problem.key) == (
        REGISTRY_SOURCE, PolicyProblemKind.NOT_JSON, "allowed_models")
    wrong = FakeWinreg([("allow_export", b"\x00", reg.REG_BINARY), ("Colour", "red", reg.REG_SZ)])
    problems = load_policy(paths, {}, platform="linux", winreg=wrong).problems
    assert {(p.kind, p.key) for p in problems} == {(PolicyProblemKind.WRONG_TYPE, "allow_export"),
                                                   (PolicyProblemKind.UNKNOWN_KEY, "Colour")}
    assert load_policy(paths, {}, platform="linux", winreg=FakeWinreg(None)) == LoadedPolicy()


def test_apply_policy_locks_and_defaults() -> None:
    policy = Policy(base_url="https://llm.example.com/v1", default_model="claude-sonnet-4",
                    system_prompt_presets=(SystemPromptPreset("Legal", "Be careful."),),
                    backups_kept=30,
                    defaults_only=frozenset({PolicyKey.DEFAULT_MODEL, PolicyKey.BACKUPS_KEPT}))
    untouched = apply_policy(AppSettings(), policy)
    assert untouched.base_url == "https://llm.example.com/v1"
    # never set by the person: the policy's defaults
    assert untouched.default_model == "claude-sonnet-4" and untouched.backups_kept == 30
    assert untouched.system_prompt_presets == (("Legal", "Be careful."),)
    mine = AppSettings(base_url="https://mine.example/v1", default_model="gpt-4o", backups_kept=3)
    in_force = apply_policy(mine, policy)
    assert in_force.base_url == "https://llm.example.com/v1"  # locked: the policy wins
    assert (in_force.default_model, in_force.backups_kept) == ("gpt-4o", 3)  # the person's own choice stays
    assert apply_policy(mine, NO_POLICY) is mine
    assert {k for k in PolicyKey} >= SETTING_KEYS


def test_own_settings_never_store_the_organisations_values() -> None:
    policy = Policy(base_url="https://llm.example.com/v1", default_model="claude-sonnet-4",
                    defaults_only=frozenset({PolicyKey.DEFAULT_MODEL}))
    own = AppSettings()
    in_force = apply_policy(own, policy)
    # the person changed the theme only: the locked address and the untouched default stay theirs
    kept = own_settings(in_force.__class__(**{**_as_dict(in_force), "font_size": 14}), own, policy)
    assert kept.base_url == AppSettings().base_url and kept.default_model == AppSettings().default_model
    assert kept.font_size == 14
    # they chose a model of their own (a defaults-only key): that is theirs
    chosen = own_settings(AppSettings(**{**_as_dict(in_force), "default_model": "gpt-4o"}), own, policy)
    assert chosen.default_model == "gpt-4o"
    # and an attempt to change the locked address is not kept
    edited = AppSettings(**{**_as_dict(in_force), "base_url": "https://x.example/v1"})
    tried = own_settings(edited, own, policy)
    assert tried.base_url == AppSettings().base_url


def _as_dict(settings: AppSettings) -> dict[str, Any]:
    from dataclasses import fields

    return {f.name: getattr(settings, f.name) for f in fields(settings)}


def test_the_documented_example_is_a_good_policy_and_the_one_the_deb_installs(paths: AppPaths) -> None:
    import re

    root = Path(__file__).resolve().parents[2]
    doc = (root / "docs" / "POLICY.md").read_text(encoding="utf-8")
    example = root / "packaging" / "linux" / "policy.json.example"
    block = re.search(r"```json\n(.*?)```", doc, re.S)
    assert block is not None and json.loads(block.group(1)) == json.loads(example.read_text(encoding="utf-8"))
    loaded = load(paths, example)
    assert loaded.problems == ()
    assert loaded.policy.locks("base_url") and not loaded.policy.locks("default_model")
    for key in PolicyKey:  # the reference names every key
        assert f"| `{key.value}` |" in doc, key
