"""Builds, checks and smoke-tests the Desktop Chat installer for the OS this runs on.

    python3 build_installer.py                  # Linux: .deb + .tar.gz; Windows: setup .exe; macOS: .dmg
    python3 build_installer.py --skip-build     # smoke-test the installers already in --output
    python3 build_installer.py --no-smoke       # build and check only
    python3 build_installer.py --output DIR     # where installers go (default: dist/)

Why one script: staff get an installer, not a Python environment, and a broken bundle must never
ship. So every run, on every OS: (1) a build venv with exactly the app's pins + PyInstaller
(.venv-build, created once); (2) PyInstaller with packaging/desktop-chat.spec (one folder, windowed,
slimmed); (3) the OS's installer(s); (4) checks of files, sizes and package metadata; (5) the
installed app's own --self-test against the gateway simulator, with a real window and a real
keyring. Standard library only; the steps live in packaging/dcbuild/. Writes DIR/build-report.json.
Exit code 0 = shippable; 1 = a step failed (the reason and what to do are printed).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "packaging"))

from dcbuild import buildenv, verify
from dcbuild.console import BuildError, human_size, note, say, step
from dcbuild.project import APP_ID, ROOT, read_version
from dcbuild.smoke import SmokeResult, smoke_test

IS_LINUX = sys.platform.startswith("linux")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build and smoke-test the installer for this OS.")
    parser.add_argument("--skip-build", action="store_true",
                        help="smoke-test the installers already in --output")
    parser.add_argument("--no-smoke", action="store_true", help="build and check, but do not start the app")
    parser.add_argument("--output", type=Path, default=ROOT / "dist",
                        help="folder for the installers (default dist/)")
    return parser.parse_args(argv)


def build_installers(
    python: Path, out: Path, work: Path, version: str, timings: dict[str, float]
) -> list[Path]:
    bundle_dir = out / "bundle"
    with step("Compiling the translations (scripts/translations.py release)"):
        buildenv.run([str(python), str(ROOT / "scripts" / "translations.py"), "release"],
                     what="Compiling the translations",
                     action="The .ts files in resources/translations must be valid XML (git diff them).")
    with step("PyInstaller: freezing the app (packaging/desktop-chat.spec)"):
        start = time.monotonic()
        buildenv.run_pyinstaller(python, bundle_dir)
        timings["pyinstaller_s"] = round(time.monotonic() - start, 1)
    bundle = bundle_dir / APP_ID
    with step("Checking the bundle"):
        verify.check_bundle(bundle_dir / "Desktop Chat.app" if sys.platform == "darwin" else bundle)
    start = time.monotonic()
    if IS_LINUX:
        from dcbuild import linux

        with step("Building the .deb (dpkg-deb)"):
            deb = linux.make_deb(bundle, out, version, work)
        with step("Building the portable .tar.gz"):
            tarball = linux.make_tarball(bundle, out, version)
        made = [deb, tarball]
    elif sys.platform == "win32":
        from dcbuild import windows

        with step("Building the installer (Inno Setup)"):
            made = [windows.make_installer(bundle, out, version)]
    elif sys.platform == "darwin":
        from dcbuild import macos

        with step("Building the .dmg (sign / notarise when credentials are set)"):
            made = [macos.make_dmg(bundle_dir, out, version)]
    else:
        raise BuildError(f"No installer is defined for {sys.platform}.", "Build on Linux, Windows or macOS.")
    timings["installers_s"] = round(time.monotonic() - start, 1)
    return made


def expected_installers(out: Path, version: str) -> list[Path]:
    if IS_LINUX:
        from dcbuild import linux

        return [out / name for name in linux.artifact_names(version)]
    if sys.platform == "win32":
        from dcbuild import windows

        return [out / windows.installer_name(version)]
    from dcbuild import macos

    return [out / macos.dmg_name(version)]


def check_installers(installers: list[Path], version: str) -> dict[str, int]:
    sizes = {}
    for path in installers:
        budget = verify.LINUX_TARBALL_BUDGET if path.name.endswith(".tar.gz") else None
        sizes[path.name] = verify.check_installer(path, budget=budget)
    if IS_LINUX:
        from dcbuild import linux, linux_checks

        deb = installers[0]
        problems = linux_checks.check_deb(deb, version)
        problems += linux_checks.validate_desktop_file(ROOT / "packaging" / "linux" / "desktop-chat.desktop")
        root = linux.extract_deb(deb, installers[0].parent / ".work" / "deb-check")
        depends = linux_checks.control_fields(deb).get("Depends", "")
        problems += linux_checks.check_depends_cover(root.parent, depends)
        shutil.rmtree(root.parents[2])
        if problems:
            raise BuildError("The .deb failed its checks:\n  - " + "\n  - ".join(problems),
                             "Fix packaging/linux/ (control, desktop file) or the spec, then build again.")
        note(".deb metadata, contents, menu entry and Depends: all good")
    return sizes


def smoke_installers(python: Path, installers: list[Path], work: Path) -> list[SmokeResult]:
    """Installs each installer as a user would (into a temporary place) and runs the app's self-test."""
    results = []
    for installer in installers:
        with step(f"Smoke test: {installer.name}"):
            target = work / "installed" / installer.name
            if IS_LINUX:
                from dcbuild import linux

                if installer.name.endswith(".deb"):
                    exe = linux.extract_deb(installer, target)  # what `dpkg -i` puts on disk
                else:
                    exe = linux.extract_tarball(installer, target)
            elif sys.platform == "win32":
                from dcbuild import windows

                exe = windows.install_silently(installer, target)
            else:
                from dcbuild import macos

                exe = macos.install_from_dmg(installer, target)
            result = smoke_test(exe, python=python, work=work / "smoke")
            note(f"self-test passed in {result.seconds:.1f} s")
            results.append(result)
            if sys.platform == "win32":
                from dcbuild import windows

                windows.uninstall_silently(target)
                note("uninstalled cleanly")
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    out: Path = args.output.resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = out / ".work"
    version = read_version()
    say(f"Desktop Chat {version}: installer for {sys.platform} into {out}")
    timings: dict[str, float] = {}
    begin = time.monotonic()
    try:
        with step("Build venv (.venv-build: requirements/app.txt + requirements/build.txt)"):
            start = time.monotonic()
            python = buildenv.ensure_venv()
            timings["venv_s"] = round(time.monotonic() - start, 1)
        if args.skip_build:
            installers = expected_installers(out, version)
            missing = [path.name for path in installers if not path.is_file()]
            if missing:
                raise BuildError(f"--skip-build: {', '.join(missing)} not found in {out}.",
                                 "Build first (run without --skip-build), or pass the right --output.")
        else:
            for old in expected_installers(out, version):
                old.unlink(missing_ok=True)
            installers = build_installers(python, out, work, version, timings)
        with step("Checking the installers"):
            sizes = check_installers(installers, version)
        smokes = [] if args.no_smoke else smoke_installers(python, installers, work)
    except BuildError as error:
        print(f"\nBUILD FAILED: {error.message}", file=sys.stderr)
        if error.action:
            print(f"What to do: {error.action}", file=sys.stderr)
        if error.detail:
            print(f"\n{error.detail}", file=sys.stderr)
        return 1
    shutil.rmtree(work, ignore_errors=True)
    timings["total_s"] = round(time.monotonic() - begin, 1)
    bundle = out / "bundle" / ("Desktop Chat.app" if sys.platform == "darwin" else APP_ID)
    bundle_size = verify.tree_size(bundle)[0] if bundle.exists() else None
    report = {
        "version": version, "platform": sys.platform, "bundle_bytes": bundle_size, "installers": sizes,
        "timings": timings,
        "smoke": [
            {"installer": i.name, "seconds": round(r.seconds, 2), "private_session": r.wrapped_session}
            for i, r in zip(installers, smokes, strict=False)
        ],
    }
    (out / "build-report.json").write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    say("Done: " + ", ".join(f"{name} ({human_size(size)})" for name, size in sizes.items())
        + (f"; bundle {human_size(bundle_size)}" if bundle_size else "")
        + f"; {timings['total_s']:.0f} s in all" + ("" if smokes else "; smoke test skipped"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
