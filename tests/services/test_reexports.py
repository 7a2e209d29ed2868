"""`desktop_chat.services` re-exports every type the UI shows, and nothing it does not list."""

from __future__ import annotations

import subprocess
import sys

import desktop_chat.services as services


def test_every_listed_name_resolves_to_its_module() -> None:
    assert sorted(services.__all__) == sorted(services._WHERE)
    assert len(set(services.__all__)) == len(services.__all__)
    for name in services.__all__:
        value = getattr(services, name)
        assert value is getattr(__import__(services._WHERE[name], fromlist=[name]), name)


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        services.NoSuchThing  # noqa: B018
    except AttributeError as error:
        assert "NoSuchThing" in str(error)
    else:
        raise AssertionError("an unknown name resolved")


def test_the_error_families_the_ui_shows_are_there() -> None:
    from desktop_chat.api import GatewayError
    from desktop_chat.secrets import KeyStoreError
    from desktop_chat.store import ImportFailed, StoreError

    assert services.StoreError is StoreError and issubclass(services.ImportFailed, services.StoreError)
    assert services.ImportFailed is ImportFailed
    assert services.GatewayError is GatewayError and issubclass(services.ConnectionFailed, GatewayError)
    assert services.KeyStoreError is KeyStoreError
    assert issubclass(services.MissingKey, services.NothingToDo)
    from desktop_chat.store import Cancelled

    assert services.Cancelled is Cancelled


def test_importing_the_package_loads_neither_qt_nor_httpx_nor_the_store() -> None:
    code = ("import sys, desktop_chat.services; "
            "print(sorted(m for m in ('PySide6', 'httpx', 'desktop_chat.store') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
