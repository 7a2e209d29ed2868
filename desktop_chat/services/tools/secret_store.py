"""Secret values of MCP servers' `env` and `headers` (tokens, passwords), kept in the OS keyring.

Why: an mcp.json is copied around, backed up and pasted into tickets; a token in it leaks. Values the
person marks secret in Settings → Tools go to the keyring under the service "Desktop Chat", account
`mcp:<server>:env:<key>` or `mcp:<server>:header:<key>`, and the file holds `SECRET_PLACEHOLDER`. Like the
API key (desktop_chat.secrets), every keyring call runs in a daemon thread with a time limit: the
store can hang behind an unlock prompt. `resolve_secrets` is what the host calls, on its own thread,
before it starts a server; a value missing from the keyring is reported, not invented.
"""

from __future__ import annotations

import concurrent.futures
import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from desktop_chat.secrets import (
    DEFAULT_TIMEOUT,
    SERVICE_NAME,
    KeyringTimeout,
    KeyStoreError,
)
from desktop_chat.services.tools.config import SECRET_PLACEHOLDER, ServerConfig

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

T = TypeVar("T")


class SecretPlace(enum.StrEnum):
    ENV = "env"
    HEADER = "header"


def account_for(server: str, place: SecretPlace, key: str) -> str:
    """The keyring account of one secret value: `mcp:<server>:<env|header>:<key>`."""
    return f"mcp:{server}:{place.value}:{key}"


@dataclass(frozen=True, slots=True)
class MissingSecret:
    """A value marked secret that the keyring does not hold (or could not be asked for)."""

    server: str
    place: SecretPlace
    key: str


class McpSecretStore:
    """Reads, writes and deletes MCP secret values in the keyring; blocking calls with a time limit."""

    def __init__(
        self, *, service: str = SERVICE_NAME, backend: KeyringBackend | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.service = service
        self.timeout = timeout
        self._explicit_backend = backend
        self._resolved: KeyringBackend | None = None

    def __repr__(self) -> str:
        return f"McpSecretStore(service={self.service!r})"

    def _backend(self) -> KeyringBackend:
        if self._resolved is None:
            from desktop_chat.secrets import usable_keyring

            self._resolved = usable_keyring(self._explicit_backend)
        return self._resolved

    def _bounded(self, fn: Callable[[KeyringBackend], T]) -> T:
        from desktop_chat.secrets import keyring_error, run_in_daemon_thread

        def work() -> T:
            try:
                return fn(self._backend())
            except Exception as exc:
                raise keyring_error(exc) from exc

        future = run_in_daemon_thread(work)
        try:
            return future.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            raise KeyringTimeout(detail=f"no answer within {self.timeout:g} s") from None

    def get(self, server: str, place: SecretPlace, key: str) -> str | None:
        account = account_for(server, place, key)
        return self._bounded(lambda b: b.get_password(self.service, account))

    def set(self, server: str, place: SecretPlace, key: str, value: str) -> None:
        account = account_for(server, place, key)
        self._bounded(lambda b: b.set_password(self.service, account, value))

    def delete(self, server: str, place: SecretPlace, key: str) -> None:
        from keyring.errors import PasswordDeleteError

        account = account_for(server, place, key)

        def delete(b: KeyringBackend) -> None:
            try:
                b.delete_password(self.service, account)
            except PasswordDeleteError:
                pass  # nothing stored: already gone

        self._bounded(delete)

    def store_secrets(self, config: ServerConfig) -> ServerConfig:
        """Save the real values of `config`'s secret keys (those not already the placeholder) to the
        keyring; returns the config with the placeholder in their place, ready for `save_config`."""
        env = dict(config.env)
        headers = dict(config.headers)
        for place, values, keys in ((SecretPlace.ENV, env, config.secret_env),
                                    (SecretPlace.HEADER, headers, config.secret_headers)):
            for key in keys:
                value = values.get(key)
                if value is not None and value != SECRET_PLACEHOLDER:
                    self.set(config.name, place, key, value)
                    values[key] = SECRET_PLACEHOLDER
        return replace(config, env=env, headers=headers)

    def resolve_secrets(self, config: ServerConfig) -> tuple[ServerConfig, tuple[MissingSecret, ...]]:
        """`config` with every placeholder replaced by its keyring value (blocking: not on the UI thread).
        Values the keyring does not hold are left out (a server started without them says so itself)."""
        missing: list[MissingSecret] = []
        env = dict(config.env)
        headers = dict(config.headers)
        for place, values in ((SecretPlace.ENV, env), (SecretPlace.HEADER, headers)):
            for key, value in list(values.items()):
                if value != SECRET_PLACEHOLDER:
                    continue
                try:
                    found = self.get(config.name, place, key)
                except KeyStoreError:
                    found = None
                if found is None:
                    missing.append(MissingSecret(config.name, place, key))
                    del values[key]
                else:
                    values[key] = found
        return replace(config, env=env, headers=headers), tuple(missing)
