"""The words of a malformed system policy at start: which policy is in force, and every mistake for IT."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_chat.paths import app_paths
from desktop_chat.policy import POLICY_FILE_ENV, load_policy
from desktop_chat.services import DamagedSettings, LoadedPolicy, PolicyProblemKind
from desktop_chat.ui.notices import NoticeKind
from desktop_chat.ui.system.startup_notices import policy_notice, policy_problem_text, startup_notice

pytestmark = pytest.mark.gui


def test_a_malformed_policy_is_said_with_each_mistake(qapp: Any, tmp_path: Path) -> None:
    paths = app_paths({"DESKTOP_CHAT_HOME": str(tmp_path / "home")}).ensure()
    policy = tmp_path / "policy.json"
    env = {POLICY_FILE_ENV: str(policy)}
    policy.write_text(json.dumps({"allowed_models": ["gpt-4o"]}), encoding="utf-8")
    assert policy_notice(load_policy(paths, env)) is None  # a good policy: nothing to say
    policy.write_text(json.dumps({"allowed_models": "gpt-4o", "colour": "red"}), encoding="utf-8")
    loaded = load_policy(paths, env)
    notice = policy_notice(loaded)
    assert notice is not None and notice.kind is NoticeKind.WARNING and notice.topic == "policy"
    assert "last policy that worked" in notice.text and "IT department" in notice.text
    assert "a value of the wrong type at “allowed_models” in " + str(policy) in notice.details
    assert "an unknown key at “colour”" in notice.details
    assert notice.reword is not None and notice.reword().text == notice.text
    (paths.config_dir / "policy-last-good.json").unlink()
    fresh = policy_notice(load_policy(paths, env))
    assert fresh is not None and "its own defaults" in fresh.text


def test_every_kind_of_mistake_has_words(qapp: Any) -> None:
    from desktop_chat.services import PolicyProblem

    source = "/etc/desktop-chat/policy.json"
    said = {policy_problem_text(PolicyProblem(source, kind)) for kind in PolicyProblemKind}
    assert len(said) == len(PolicyProblemKind) and all(source in s for s in said)


def test_the_policys_notice_comes_before_a_damaged_settings_one(qapp: Any, tmp_path: Path) -> None:
    damaged = DamagedSettings(tmp_path / "settings.json.corrupt-1")
    assert startup_notice(damaged, LoadedPolicy()) is not None  # the settings' alone
    assert startup_notice(None, LoadedPolicy()) is None
