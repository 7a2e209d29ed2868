"""The macOS configuration profile example IT copies is a good policy, key for key."""

from __future__ import annotations

import plistlib
from pathlib import Path

from desktop_chat.policy import policy_from_dict, read_plist_file

EXAMPLE = Path(__file__).parents[2] / "packaging" / "macos" / "desktop-chat.mobileconfig.example"


def test_the_profiles_payload_is_a_policy_without_problems(tmp_path: Path) -> None:
    profile = plistlib.loads(EXAMPLE.read_bytes())
    assert profile["PayloadType"] == "Configuration" and profile["PayloadScope"] == "System"
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == "org.desktopchat.DesktopChat"  # the managed preferences domain
    managed = tmp_path / "org.desktopchat.DesktopChat.plist"
    managed.write_bytes(plistlib.dumps(payload))  # what macOS writes once the profile is installed
    read = read_plist_file(managed)
    assert read.problem is None and read.data is not None
    policy, problems = policy_from_dict(read.data, str(managed))
    assert problems == ()
    assert policy.update_feed == "https://downloads.example.com/desktop-chat/feed.json"
    assert (policy.backup_folder, policy.backups_kept, policy.auto_backup) == (
        "/Users/Shared/Desktop Chat backups", 14, True)
    assert policy.user == "${username}@example.com" and policy.default_model == "gemini-2.5-flash"


def test_the_windows_installer_lets_it_choose_per_machine_on_the_command_line() -> None:
    iss_file = Path(__file__).parents[2] / "packaging" / "windows" / "desktop-chat.iss"
    iss = iss_file.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss  # a double-click: per user, no admin rights
    assert "PrivilegesRequiredOverridesAllowed=commandline" in iss  # IT: /ALLUSERS or /CURRENTUSER
