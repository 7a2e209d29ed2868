"""The API key: kept in the OS password store, never in a file, never on the UI thread.

Why this module exists: a key in a plain file, a log or a repr is how desktop LLM clients leak
credentials. So the key lives in the OS keyring (Secret Service, macOS Keychain,
Windows Credential Manager) through `keyring`; `DESKTOP_CHAT_API_KEY` overrides it and is never
written anywhere; and when the computer has no password store the error says so (the UI offers to
hold the key in memory for this session only). There is deliberately no plain-text fallback: the
`keyrings.alt` file backends, the null backend and the fail backend all count as "no password store".

Keyring calls can block forever (a GTK unlock prompt nobody answers), so every call
runs in its own daemon thread with a timeout: `load_async`/`save_async`/`delete_async` for the event
loop, `load`/`save`/`delete` (same timeout) for scripts and tests. A daemon thread, not
`asyncio.to_thread`: a hung call must not keep the default executor, and with it the app's exit, waiting.

Account: one keyring entry per gateway host (`account_for_base_url`), under the service
"Desktop Chat". The host is the trust boundary: a key saved for one gateway is never offered to
another, so pointing the app at a new host asks for a key instead of silently sending the old one.

Errors: all `KeyStoreError`, with no sentence — the class (and for `InvalidApiKey` its
`flaw: KeyFlaw`) says what happened, `detail` keeps the technical words of keyring or D-Bus for the
log (never the key); the UI words them. Where the key is kept is a typed `KeyStatus` as well.
    KeyStoreError
     ├── KeyringUnavailable   no usable password store → the UI offers "Keep for this session"
     ├── KeyringLocked        the store is locked or the unlock prompt was dismissed
     ├── KeyringTimeout       the store did not answer in time
     ├── KeyringFailed        any other failure of the store
     ├── KeyFromEnvironment   save/delete refused: the key comes from DESKTOP_CHAT_API_KEY
     └── InvalidApiKey        (also a ValueError) text that cannot be a key: pasted, in the
                              environment variable, or found damaged in the store (`flaw`)
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import enum
import hmac
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, NoReturn, TypeVar
from urllib.parse import urlsplit

if TYPE_CHECKING:  # keyring is imported lazily: nothing happens at import time
    from keyring.backend import KeyringBackend

SERVICE_NAME = "Desktop Chat"
ENV_VAR = "DESKTOP_CHAT_API_KEY"
DEFAULT_TIMEOUT = 10.0

T = TypeVar("T")


class ApiKey:
    """An API key whose repr/str never show it; `reveal()` is the one way to read it."""

    __slots__ = ("_value",)
    _value: str

    def __init__(self, value: str) -> None:
        value = value.strip()
        if not value:
            raise InvalidApiKey(KeyFlaw.EMPTY)
        if any(not (0x21 <= ord(ch) <= 0x7E) for ch in value):
            raise InvalidApiKey(KeyFlaw.BAD_CHARACTERS)
        object.__setattr__(self, "_value", value)

    def reveal(self) -> str:
        return self._value

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("ApiKey is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("ApiKey is immutable")

    def __repr__(self) -> str:
        return "ApiKey(****)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApiKey):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((ApiKey, self._value))

    def __reduce__(self) -> NoReturn:
        raise TypeError("ApiKey cannot be pickled")


class KeySource(enum.Enum):
    """Where the key in use came from."""

    ENV = "env"
    KEYRING = "keyring"
    SESSION = "session"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class KeyStatus:
    """Where the key last loaded or saved is kept, for the welcome and settings screens.

    `backend` names the password store ("Secret Service", …) when `source` is KEYRING and the
    store is known; None otherwise (then no key is known to be stored). `variable` names the
    environment variable the key comes from when `source` is ENV.
    """

    source: KeySource
    backend: str | None = None
    variable: str | None = None


@dataclass(frozen=True, slots=True)
class LoadedKey:
    """The result of `KeyStore.load()`: the key (None when there is none) and its source."""

    key: ApiKey | None
    source: KeySource


class KeyStoreError(Exception):
    """The password store went wrong; the class says how, `detail` the technical words (key-free)."""

    def __init__(self, detail: str = "") -> None:
        self.detail = detail  # technical, for the log / "details" (never contains the key)
        super().__init__(f"{type(self).__name__}: {detail}" if detail else type(self).__name__)

    @property
    def message(self) -> str:
        """The technical one-liner (as `str()`), kept for log lines; the UI words the error itself."""
        return str(self)


class KeyringUnavailable(KeyStoreError):
    """No usable password store (none at all, or only plain-file / null / fail backends)."""


class KeyringLocked(KeyStoreError):
    """The store is locked, or the unlock prompt was dismissed."""


class KeyringTimeout(KeyStoreError):
    """The store did not answer within the timeout (it may be waiting for an unlock prompt)."""


class KeyringFailed(KeyStoreError):
    """Any other failure of the store."""


class KeyFlaw(enum.Enum):
    """Why a text cannot be an API key."""

    EMPTY = "empty"
    BAD_CHARACTERS = "bad_characters"  # spaces, control or non-ASCII characters
    DAMAGED_IN_STORE = "damaged_in_store"  # what the password store holds is not a usable key


class InvalidApiKey(KeyStoreError, ValueError):
    """The text (pasted, from the environment, or found in the store) cannot be an API key: `flaw`.

    Never holds the text itself.
    """

    def __init__(self, flaw: KeyFlaw) -> None:
        super().__init__(flaw.value)
        self.flaw = flaw


class KeyFromEnvironment(KeyStoreError):
    """Save/delete refused: the key comes from the environment variable named by `variable`."""

    variable: ClassVar[str] = ENV_VAR


def account_for_base_url(base_url: str) -> str:
    """The keyring account for a gateway: its lower-case host, plus the port if not the default."""
    text = base_url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if not host:
        raise ValueError(f"no host in base URL {base_url!r}")
    try:
        port = parts.port
    except ValueError:
        port = None
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return host if port is None or port == default else f"{host}:{port}"


class SessionKeyHolder:
    """Holds keys in memory only, for "keep for this session", one per gateway account; thread-safe.

    Per account like the keyring: a key kept for one host must not be offered to another one.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, ApiKey] = {}

    def get(self, account: str = "") -> ApiKey | None:
        with self._lock:
            return self._keys.get(account)

    def set(self, key: ApiKey, account: str = "") -> None:
        with self._lock:
            self._keys[account] = key

    def clear(self, account: str | None = None) -> None:
        """Forget the key of `account`, or every key when None."""
        with self._lock:
            if account is None:
                self._keys.clear()
            else:
                self._keys.pop(account, None)

    def __repr__(self) -> str:
        with self._lock:
            return f"SessionKeyHolder(holding={len(self._keys)})"


_REJECTED_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")
_DESCRIPTIONS = (
    ("keyring.backends.SecretService", "Secret Service"),
    ("keyring.backends.libsecret", "Secret Service"),
    ("keyring.backends.macOS", "macOS Keychain"),
    ("keyring.backends.Windows", "Windows Credential Manager"),
    ("keyring.backends.kwallet", "KWallet"),
)


def _acceptable(backend: KeyringBackend) -> bool:
    return not type(backend).__module__.startswith(_REJECTED_MODULE_PREFIXES)


def usable_backend(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend to use, or None if it is (or chains only) fail/null/plain-file backends."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        return next((b for b in backend.backends if _acceptable(b)), None)
    return backend if _acceptable(backend) else None


def describe_backend(backend: KeyringBackend) -> str:
    """A name people know: "Secret Service", "macOS Keychain", "Windows Credential Manager"…"""
    module = type(backend).__module__
    for prefix, text in _DESCRIPTIONS:
        if module.startswith(prefix):
            return text
    return getattr(backend, "name", "") or type(backend).__name__


def keyring_error(exc: BaseException) -> KeyStoreError:
    """Map keyring/secretstorage/D-Bus failures to our typed errors, keeping their words in `detail`."""
    from keyring import errors

    detail = f"{type(exc).__module__}.{type(exc).__name__}: {exc}"
    if isinstance(exc, KeyStoreError):
        return exc
    if isinstance(exc, errors.NoKeyringError):
        return KeyringUnavailable(detail=detail)
    text = f"{type(exc).__name__} {exc}".lower()
    if isinstance(exc, errors.KeyringLocked) or "locked" in text or "dismissed" in text:
        return KeyringLocked(detail=detail)
    if isinstance(exc, errors.InitError):
        return KeyringUnavailable(detail=detail)
    return KeyringFailed(detail=detail)


def usable_keyring(explicit: KeyringBackend | None = None) -> KeyringBackend:
    """The keyring backend to use (`explicit`, else the system's), or KeyringUnavailable when it is
    one that would keep secrets in plain text or cannot keep them at all. Blocking: off the UI thread."""
    import keyring

    chosen = explicit or keyring.get_keyring()
    usable = usable_backend(chosen)
    if usable is None:
        raise KeyringUnavailable(detail=f"backend: {type(chosen).__module__}")
    return usable


def run_in_daemon_thread(fn: Callable[[], T]) -> concurrent.futures.Future[T]:
    future: concurrent.futures.Future[T] = concurrent.futures.Future()

    def runner() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn())
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=runner, name="desktop-chat-keyring", daemon=True).start()
    return future


class KeyStore:
    """Finds, saves and deletes the key for one gateway account; see the module docstring."""

    def __init__(
        self,
        account: str,
        *,
        service: str = SERVICE_NAME,
        backend: KeyringBackend | None = None,
        environ: Mapping[str, str] | None = None,
        session: SessionKeyHolder | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.account = account
        self.service = service
        self.timeout = timeout
        self.session = session if session is not None else SessionKeyHolder()
        self._explicit_backend = backend
        self._environ = environ
        self._resolved: KeyringBackend | None = None
        self._last_source = KeySource.NONE

    @classmethod
    def for_base_url(
        cls,
        base_url: str,
        *,
        service: str = SERVICE_NAME,
        backend: KeyringBackend | None = None,
        environ: Mapping[str, str] | None = None,
        session: SessionKeyHolder | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> KeyStore:
        """The store for the gateway at `base_url` (its account is the host, see `account_for_base_url`)."""
        return cls(
            account_for_base_url(base_url),
            service=service,
            backend=backend,
            environ=environ,
            session=session,
            timeout=timeout,
        )

    def __repr__(self) -> str:
        return f"KeyStore(account={self.account!r}, service={self.service!r})"

    # --- the environment override and the session holder (no keyring involved) ---

    def env_key(self) -> ApiKey | None:
        env = os.environ if self._environ is None else self._environ
        raw = env.get(ENV_VAR, "").strip()
        return ApiKey(raw) if raw else None

    def keep_for_session(self, key: ApiKey) -> None:
        """Hold the key in memory only; it wins over the keyring until `delete` or exit."""
        self.session.set(key, self.account)
        self._last_source = KeySource.SESSION

    # --- keyring work, run in a worker thread ---

    def _backend(self) -> KeyringBackend:
        if self._resolved is None:
            self._resolved = usable_keyring(self._explicit_backend)
        return self._resolved

    def _call(self, fn: Callable[[KeyringBackend], T]) -> T:
        try:
            return fn(self._backend())
        except Exception as exc:
            raise keyring_error(exc) from exc

    def _load_now(self) -> LoadedKey:
        env = self.env_key()
        if env is not None:
            return LoadedKey(env, KeySource.ENV)
        held = self.session.get(self.account)
        if held is not None:
            return LoadedKey(held, KeySource.SESSION)
        raw = self._call(lambda b: b.get_password(self.service, self.account))
        if raw and raw.strip():
            try:
                return LoadedKey(ApiKey(raw), KeySource.KEYRING)
            except InvalidApiKey:
                raise InvalidApiKey(KeyFlaw.DAMAGED_IN_STORE) from None
        return LoadedKey(None, KeySource.NONE)

    def _save_now(self, key: ApiKey) -> None:
        if self.env_key() is not None:
            raise KeyFromEnvironment()
        self._call(lambda b: b.set_password(self.service, self.account, key.reveal()))
        self.session.clear(self.account)

    def _delete_now(self) -> None:
        from keyring.errors import PasswordDeleteError

        if self.env_key() is not None:
            raise KeyFromEnvironment()
        self.session.clear(self.account)

        def delete(b: KeyringBackend) -> None:
            try:
                b.delete_password(self.service, self.account)
            except PasswordDeleteError:
                pass  # nothing stored: already deleted

        self._call(delete)

    def _describe_now(self) -> str:
        return describe_backend(self._call(lambda b: b))

    # --- blocking API (scripts, tests): same worker thread and timeout ---

    def _blocking(self, fn: Callable[[], T]) -> T:
        future = run_in_daemon_thread(fn)
        try:
            return future.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            raise KeyringTimeout(detail=f"no answer within {self.timeout:g} s") from None

    def load(self) -> LoadedKey:
        loaded = self._blocking(self._load_now)
        self._last_source = loaded.source
        return loaded

    def save(self, key: ApiKey) -> None:
        self._blocking(lambda: self._save_now(key))
        self._last_source = KeySource.KEYRING

    def delete(self) -> None:
        self._blocking(self._delete_now)
        self._last_source = KeySource.NONE

    def backend_description(self) -> str:
        """e.g. "Secret Service"; raises KeyringUnavailable if there is no usable store."""
        return self._blocking(self._describe_now)

    # --- asyncio API for the UI: never blocks the loop, never waits forever ---

    async def _async(self, fn: Callable[[], T]) -> T:
        future = asyncio.wrap_future(run_in_daemon_thread(fn))
        try:
            return await asyncio.wait_for(future, self.timeout)
        except TimeoutError:
            raise KeyringTimeout(detail=f"no answer within {self.timeout:g} s") from None

    async def load_async(self) -> LoadedKey:
        loaded = await self._async(self._load_now)
        self._last_source = loaded.source
        return loaded

    async def save_async(self, key: ApiKey) -> None:
        await self._async(lambda: self._save_now(key))
        self._last_source = KeySource.KEYRING

    async def delete_async(self) -> None:
        await self._async(self._delete_now)
        self._last_source = KeySource.NONE

    async def backend_description_async(self) -> str:
        return await self._async(self._describe_now)

    def key_status(self) -> KeyStatus:
        """Where the key last loaded or saved is kept (the UI words it on the welcome/settings screens)."""
        source = self._last_source
        if source is KeySource.KEYRING and self._resolved is not None:
            return KeyStatus(source, backend=describe_backend(self._resolved))
        if source is KeySource.ENV:
            return KeyStatus(source, variable=ENV_VAR)
        return KeyStatus(source)
