"""The Linux installers are built, checked and smoke-tested on every test run: a broken bundle cannot land.

Runs `build_installer.py --output <tmp>` exactly as a release would (it creates .venv-build on first
use and keeps PyInstaller's cache in build/pyinstaller/, so later runs are quick), then checks its
products from outside: budgets, package metadata and contents, the menu entry, what the bundle
leaves out, and that the smoke test really fails on a broken bundle.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from dcbuild import verify

ROOT = Path(__file__).resolve().parents[2]
MB = 1_000_000
Build = tuple[Path, "subprocess.CompletedProcess[str]"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1200),  # a cold build also creates .venv-build (downloads PyInstaller and the pins)
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installers"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian/Ubuntu)"),
]


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    out = tmp_path_factory.mktemp("installers")
    result = subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--output", str(out)],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    sys.stderr.write(result.stderr[-6000:])
    return out, result


def _deb(out: Path) -> Path:
    (deb,) = out.glob("desktop-chat_*.deb")
    return deb


def test_build_succeeds_and_both_installers_pass_the_smoke_test(build: Build) -> None:
    out, result = build
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads((out / "build-report.json").read_text())
    assert report["version"] == _version()
    assert sorted(entry["installer"] for entry in report["smoke"]) == sorted(report["installers"])
    assert len(report["smoke"]) == 2
    assert result.stderr.count("self-test passed") == 2


def test_sizes_are_within_budget(build: Build) -> None:
    out, _ = build
    report = json.loads((out / "build-report.json").read_text())
    # 140 / 60 MB until attachments and tools: the document and picture libraries add ~22 MB
    # unpacked, the MCP SDK ~9 MB
    assert 40 * MB < report["bundle_bytes"] <= verify.LINUX_BUNDLE_BUDGET
    (tarball,) = out.glob("desktop-chat-*-linux-*.tar.gz")
    assert tarball.stat().st_size <= verify.LINUX_TARBALL_BUDGET


def test_deb_metadata_and_contents(build: Build) -> None:
    out, _ = build
    deb = _deb(out)
    field = lambda name: subprocess.run(  # noqa: E731
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True).stdout.strip()
    assert field("Package") == "desktop-chat"
    assert field("Version") == _version()
    depends = field("Depends")
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libgl1", "libfontconfig1"):
        assert package in depends
    assert "libc6 (>= 2." in depends
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                              check=True).stdout
    for path in ("./opt/desktop-chat/desktop-chat", "./usr/share/applications/desktop-chat.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/desktop-chat.png",
                 "./usr/share/icons/hicolor/scalable/apps/desktop-chat.svg",
                 "./etc/desktop-chat/policy.json.example"):
        assert path in contents
    assert "./usr/bin/desktop-chat -> ../../opt/desktop-chat/desktop-chat" in contents
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "postinst" in info and "postrm" in info


def test_desktop_entry_validates(build: Build, tmp_path: Path) -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    out, _ = build
    subprocess.run(["dpkg-deb", "-x", str(_deb(out)), str(tmp_path)], check=True)
    entry = tmp_path / "usr/share/applications/desktop-chat.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    text = entry.read_text()
    assert "Exec=desktop-chat" in text and "Icon=desktop-chat" in text and "Categories=Network;Chat;" in text


def test_bundle_leaves_out_gtk_translations_and_dev_packages(build: Build) -> None:
    out, _ = build
    names = {path.name for path in (out / "bundle" / "desktop-chat").rglob("*")}
    for unwanted in ("libgtk-3.so.0", "libqgtk3.so", "libcairo.so.2", "libpango-1.0.so.0", "qtbase_ru.qm",
                     "qt_de.qm", "designer_de.qm", "desktop_chat_de.ts",
                     "libstdc++.so.6", "pytest", "openai", "hypothesis"):
        assert unwanted not in names
    for wanted in ("libqxcb.so", "libqoffscreen.so", "libQt6Widgets.so.6", "libsqlite3.so.0",
                   # every language's words: ours and Qt's own (standard buttons)
                   *(f"desktop_chat_{code}.qm" for code in ("en", "zh_CN", "zh_TW", "ja", "de", "fr", "es")),
                   *(f"qtbase_{code}.qm" for code in ("zh_CN", "zh_TW", "ja", "de", "fr", "es"))):
        assert wanted in names
    assert any(name.startswith("libpython3.") for name in names)


def test_smoke_test_fails_on_a_bundle_without_its_platform_plugin(
    build: Build, tmp_path: Path
) -> None:
    from dcbuild.buildenv import venv_python
    from dcbuild.console import BuildError
    from dcbuild.smoke import smoke_test

    out, _ = build
    broken = tmp_path / "broken"
    shutil.copytree(out / "bundle" / "desktop-chat", broken, symlinks=True)
    (broken / "_internal/PySide6/Qt/plugins/platforms/libqxcb.so").unlink()
    with pytest.raises(BuildError, match=r"self-test failed|did not finish"):
        smoke_test(broken / "desktop-chat", python=venv_python(), work=tmp_path / "smoke", timeout=60)
