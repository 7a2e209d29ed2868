"""The running app's state outside the UI: settings, the history, the key, the gateway client.

Why one object: the composition root, the main window, the self-test and the tests all need the
same handful of things wired the same way — which gateway address is in force (settings, or the
DESKTOP_CHAT_BASE_URL override), which key (keyring, session-only, or DESKTOP_CHAT_API_KEY, which
is never stored), one shared HTTP client created lazily (importing httpx and creating the first
client takes 100–300 ms, so not before the first paint), the model list with its offline cache,
the offline demo (the built-in gateway simulator, started in-process on 127.0.0.1), and the two
services the window calls: `chat` (streaming) and `conversations` (everything else), sharing one
`changes` hook. No Qt: the UI reaches all of this through here. Nothing here writes a sentence:
the key's description is a typed `KeyHint`, a missing key the `MissingKey` refusal.
"""

from __future__ import annotations

import enum
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from desktop_chat.api import (
    SEED_MODELS,
    ChatRequest,
    GatewayConfig,
    GatewayError,
    ModelList,
    ModelNotAvailable,
    NotAGateway,
    RetryPolicy,
    normalize_base_url,
)
from desktop_chat.domain import ChatMessage, GenerationParams, Role
from desktop_chat.paths import AppPaths
from desktop_chat.policy import NO_POLICY, Policy, apply_policy, own_settings
from desktop_chat.secrets import ENV_VAR as KEY_ENV_VAR
from desktop_chat.secrets import (
    ApiKey,
    KeySource,
    KeyStore,
    KeyStoreError,
    SessionKeyHolder,
    account_for_base_url,
)
from desktop_chat.services.attachments import AttachmentService
from desktop_chat.services.changes import Changes
from desktop_chat.services.chat import ChatService
from desktop_chat.services.context_window import ContextService
from desktop_chat.services.conversations import ConversationsService
from desktop_chat.services.model_limits import ModelKnowledge
from desktop_chat.services.models import ModelChoice, ModelSource, fetch_models, offline_choice
from desktop_chat.services.refusals import MissingKey
from desktop_chat.services.summarise import Summariser
from desktop_chat.services.titles import TitleWriter
from desktop_chat.services.tools_service import ToolsService
from desktop_chat.services.window_state import WindowState, read_window_state, write_window_state
from desktop_chat.settings import (
    AppSettings,
    ProxyInForce,
    effective_base_url,
    effective_proxy,
    save_settings,
)

if TYPE_CHECKING:
    from desktop_chat.api import GatewayClient
    from desktop_chat.services.usage import UsageService
    from desktop_chat.store import HistoryStore

log = logging.getLogger(__name__)

DEMO_KEY = "demo-key-not-secret"

__all__ = ["DEMO_KEY", "KeyHint", "KeyHintKind", "MissingKey", "Session"]


class KeyHintKind(enum.Enum):
    """How the settings dialog may name the key in use, without showing it."""

    FROM_ENVIRONMENT = "from_environment"  # DESKTOP_CHAT_API_KEY (`KeyHint.shown` is its name)
    DEMO = "demo"  # the offline demo needs no key
    NOT_SET = "not_set"
    SET = "set"  # too short to show a part of it safely
    SHOWN = "shown"  # `KeyHint.shown` is its first three and last four characters


@dataclass(frozen=True, slots=True)
class KeyHint:
    kind: KeyHintKind
    shown: str = ""  # "sk-…a1b2" with SHOWN, the variable's name with FROM_ENVIRONMENT


class Session:
    """Everything the app holds between windows and dialogs; see the module docstring."""

    def __init__(
        self,
        paths: AppPaths,
        settings: AppSettings,
        store: HistoryStore,
        *,
        environ: Mapping[str, str] | None = None,
        keyring_backend: Any = None,
        keyring_timeout: float = 10.0,
        retry: RetryPolicy | None = None,
        policy: Policy | None = None,
    ) -> None:
        """`settings` are the person's own; with a system `policy` the settings in force are
        `apply_policy(settings, policy)` (`self.settings`), and what the person saves never stores
        the policy's values as theirs (see `update_settings`)."""
        self.paths = paths
        self.policy: Policy = policy if policy is not None else NO_POLICY
        self._own_settings = settings
        self.settings = apply_policy(settings, self.policy)
        self.store = store
        self.environ: Mapping[str, str] = os.environ if environ is None else environ
        self._keyring_backend = keyring_backend
        self._keyring_timeout = keyring_timeout
        self._retry = retry
        self._session_keys = SessionKeyHolder()
        self.key: ApiKey | None = None
        self.key_source = KeySource.NONE
        self.demo = False
        self._demo_server: Any = None
        self._client: GatewayClient | None = None
        self._http_owner: GatewayClient | None = None
        self._retired: list[GatewayClient] = []
        self.models: ModelChoice = self._allowed_choice(offline_choice(paths.models_cache))
        self._works_without_models: set[str] = set()  # gateways without /models that answered a chat
        self.changes = Changes()
        self.knowledge = ModelKnowledge(
            paths.model_knowledge, overrides=lambda: self.settings.model_overrides,
            gateway=lambda: self.base_url,
        )
        self.knowledge.set_listed(self.models.facts)
        self.context = ContextService(self.knowledge)
        self.titles = TitleWriter(
            store, self.chat_client, enabled=lambda: self.settings.auto_titles,
            model_for=self.title_model, changes=self.changes,
        )
        self.tools = ToolsService(paths.mcp_config, policy=self.policy)
        self.chat = ChatService(store, self.chat_client, default_model=self.default_model,
                                changes=self.changes, context=self.context,
                                after_answer=lambda cid, model: self.titles.after_first_answer(cid, model),
                                tools=self.tools.runner, tool_rounds=lambda: self.settings.tool_rounds,
                                tool_timeout_s=lambda: float(self.settings.tool_timeout_s),
                                model_allowed=self.policy.model_allowed)
        self.summariser = Summariser(
            store, self.chat_client, self.context, chat_context=self.chat.context_of,
            summary_model=self.summary_model, changes=self.changes,
        )
        self.conversations = ConversationsService(store, changes=self.changes,
                                                  is_streaming=self.chat.is_streaming)
        self.attachments = AttachmentService(store, changes=self.changes, context=self.context,
                                             image_max_side=lambda: self.settings.image_max_side)

    # --- the system policy ---------------------------------------------------------------------------
    def locked(self, name: str) -> bool:
        """Is setting (or policy key) `name` set by the organisation, so the person may not change it?"""
        return self.policy.locks(name)

    def _allowed_choice(self, choice: ModelChoice) -> ModelChoice:
        """The model list less the models the policy does not allow; when none of them is listed, the
        policy's own list (the gateway may still serve them), so the picker is never empty."""
        allowed = self.policy.allowed_models
        if allowed is None:
            return choice
        return replace(choice, models=self.policy.allowed(choice.models) or allowed)

    # --- gateway address and key -------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        if self.demo and self._demo_server is not None:
            return str(self._demo_server.base_url)
        return effective_base_url(self.settings, self.environ)[0]

    @property
    def base_url_from_env(self) -> bool:
        return effective_base_url(self.settings, self.environ)[1]

    def proxy_in_force(self, base_url: str | None = None) -> ProxyInForce:
        """The proxy the gateway in force (or `base_url`) is reached through, and where it comes from."""
        from desktop_chat.settings import system_proxies

        return effective_proxy(self.settings, self.environ, base_url=base_url or self.base_url,
                               system=system_proxies())

    @property
    def key_from_env(self) -> bool:
        return bool(self.environ.get(KEY_ENV_VAR, "").strip())

    def key_store(self, base_url: str | None = None) -> KeyStore:
        return KeyStore.for_base_url(
            base_url or self.base_url,
            backend=self._keyring_backend,
            environ=self.environ,
            session=self._session_keys,
            timeout=self._keyring_timeout,
        )

    def can_skip_welcome(self) -> bool:
        """Both overrides set: open straight into the chat, no first-run dialog."""
        return self.base_url_from_env and self.key_from_env

    async def load_key(self) -> KeySource:
        """Find the key for the gateway in force (env, session, keyring); never blocks the loop."""
        loaded = await self.key_store().load_async()
        self.key, self.key_source = loaded.key, loaded.source
        self._client = None
        return loaded.source

    async def set_key(self, base_url: str, key: str, *, session_only: bool) -> None:
        """Use a new key (and address): keep it in the keyring, or in memory only if asked."""
        api_key = ApiKey(key)
        if self.locked("base_url"):  # the organisation's gateway: the key is for it
            base_url = self.settings.base_url
        normalized = normalize_base_url(base_url).url
        store = self.key_store(normalized)
        if session_only:
            store.keep_for_session(api_key)
            source = KeySource.SESSION
        else:
            await store.save_async(api_key)
            source = KeySource.KEYRING
        if not self.base_url_from_env:
            self.update_settings(replace(self.settings, base_url=normalized))
        self.update_settings(replace(self.settings, first_run_done=True, session_only_key=session_only))
        self.demo = False
        self.key, self.key_source = api_key, source
        self._client = None

    def key_hint(self) -> KeyHint:
        """How the settings dialog names the key: a part of it, "not set", or its environment source."""
        if self.key_source is KeySource.ENV:
            return KeyHint(KeyHintKind.FROM_ENVIRONMENT, KEY_ENV_VAR)
        if self.demo:
            return KeyHint(KeyHintKind.DEMO)
        if self.key is None:
            return KeyHint(KeyHintKind.NOT_SET)
        value = self.key.reveal()
        if len(value) > 10:
            return KeyHint(KeyHintKind.SHOWN, f"{value[:3]}…{value[-4:]}")
        return KeyHint(KeyHintKind.SET)

    def secrets(self) -> tuple[str, ...]:
        """Values the log and crash reports must hide."""
        found = [self.key.reveal()] if self.key is not None else []
        env = self.environ.get(KEY_ENV_VAR, "").strip()
        if env:
            found.append(env)
        return tuple(found)

    # --- the gateway client ------------------------------------------------------------------------
    def has_gateway(self) -> bool:
        """A usable key (never an empty one) or the offline demo."""
        return self.demo or (self.key is not None and bool(self.key.reveal().strip()))

    def chat_client(self) -> GatewayClient:
        """The client for sending; raises `MissingKey` rather than send a request without a key."""
        if not self.has_gateway():
            raise MissingKey()
        return self.client()

    def client(self) -> GatewayClient:
        """The client for the address and key in force; one HTTP connection pool for all of them."""
        if self._client is None:
            config = self._config(self.base_url, self.key.reveal() if self.key is not None else "")
            if self._http_owner is None:
                from desktop_chat.api import GatewayClient

                self._http_owner = GatewayClient(config)
                self._client = self._http_owner
            else:
                client = self._http_owner.with_config(config)
                if not client.shares_http_with(self._http_owner):  # another proxy: a new pool
                    self._retired.append(self._http_owner)  # closed at the end (answers may run on it)
                    self._http_owner = client
                self._client = client
        return self._client

    def _config(self, base_url: str, key: str, *, retry: RetryPolicy | None = None) -> GatewayConfig:
        extra: dict[str, Any] = {}
        retry = retry or self._retry
        if retry is not None:
            extra["retry"] = retry
        if "proxy" in {f.name for f in fields(GatewayConfig)}:
            extra["proxy"] = self.settings.proxy.strip() or None  # empty: the PAC's, or the system's
            extra["pac_url"] = self.settings.pac_url.strip() or None  # used only without a proxy
            extra["ca_bundle"] = self.settings.ca_bundle.strip() or None  # beside the system's store
        extra["end_user"] = self.policy.end_user()  # the policy's `user`, sent with every request
        return GatewayConfig(base_url, key, **extra)

    def warm_up(self) -> None:
        """Import httpx and create the shared HTTP client now (after the first paint)."""
        self.client()

    async def test_connection(self, base_url: str, key: str) -> ModelList:
        """For the welcome and settings dialogs: do this address and key work?

        `key` "" means "the key in use" (the settings dialog's Test without a new key). A gateway
        without `/models` (404) is accepted when a one-token chat request gets past the key check:
        the key and the address work, only the model list is missing. A wrong key is refused.
        No key at all (none given, none kept for that host) raises `MissingKey`: nothing is sent.
        """
        url = normalize_base_url(base_url).url
        if not key.strip():
            try:
                key = await self._key_for(url)
            except KeyStoreError as error:  # no key to be had for that host: as if none was saved
                log.info("no key for the address under test: %s", error.detail or type(error).__name__)
                key = ""
        if not key:
            raise MissingKey()
        config = self._config(url, key, retry=RetryPolicy(max_attempts=1))
        self.client()  # make sure the shared pool exists
        assert self._http_owner is not None
        client = self._http_owner.with_config(config)
        result = await client.list_models()
        if not (isinstance(result.error, NotAGateway) and result.error.status == 404):
            return result
        return await self._probe_chat(client, result)

    async def _key_for(self, base_url: str) -> str:
        """The key in use if it belongs to `base_url`'s host, else the one kept for that host, or "".

        A key is never sent to a host other than the one it was given for.
        """
        if self.key_source is KeySource.ENV or _same_host(base_url, self.base_url):
            return self.key.reveal().strip() if self.key is not None else ""
        loaded = await self.key_store(base_url).load_async()
        return loaded.key.reveal().strip() if loaded.key is not None else ""

    async def _probe_chat(self, client: GatewayClient, listed: ModelList) -> ModelList:
        """No `/models`: ask for one token; success (or "unknown model") proves key and address."""
        model = self.settings.default_model or SEED_MODELS[0]
        request = ChatRequest(model, [ChatMessage(Role.USER, "Hi")], GenerationParams(max_tokens=1),
                              stream=False)
        try:
            await client.complete(request)
        except ModelNotAvailable:
            pass  # the gateway checked the key first, then refused the model: the key works
        except GatewayError as error:
            if isinstance(error, NotAGateway):
                return listed  # no chat endpoint either: the address is wrong
            return ModelList(listed.models, False, error)
        log.info("gateway has no /models; a one-token request worked")
        self._works_without_models.add(client.config.base_url)
        return ModelList(listed.models, False, None)

    async def refresh_models(self) -> ModelChoice:
        if not self.has_gateway():
            return self.models  # never ask without a key
        choice = await fetch_models(self.client(), self.paths.models_cache)
        error = choice.error
        if isinstance(error, NotAGateway) and error.status == 404 and not self.demo:
            url = self.client().config.base_url
            if url not in self._works_without_models:
                probe = await self._probe_chat(self.client(), ModelList(choice.models, False, error))
                if probe.error is None:
                    self._works_without_models.add(url)
            if url in self._works_without_models:
                choice = replace(choice, source=ModelSource.GATEWAY_LISTS_NONE, error=None)
        self.models = self._allowed_choice(choice)
        self.knowledge.set_listed(choice.facts)
        return self.models

    def usage_service(self) -> UsageService:
        """The Usage window's reports, with the prices in force (Settings, the gateway's list, standard)."""
        from desktop_chat.services.usage import UsageService

        return UsageService(self.store, self.knowledge.price_for)

    def title_model(self, chat_model: str) -> str:
        """The model that names chats: the one in Settings if the gateway offers it, else the chat's."""
        wanted = self.settings.title_model
        if not self.policy.model_allowed(wanted):
            return chat_model
        if wanted and (wanted in self.models.models or self.models.source is ModelSource.STANDARD):
            return wanted
        return chat_model

    def summary_model(self, chat_model: str) -> str:
        """The model that writes summaries: the one chosen in Settings, else the chat's own."""
        wanted = self.settings.summary_model
        return wanted if wanted and self.policy.model_allowed(wanted) else chat_model

    def default_model(self) -> str:
        """The model of a new chat: the settings' (the policy's `default_model` when it sets one),
        else the first model the list offers; never one the policy does not allow."""
        model = self.settings.default_model
        if not self.policy.model_allowed(model):
            model = self.models.models[0] if self.models.models else ""
        if model and (model in self.models.models or not self.models.models):
            return model
        return model or (self.models.models[0] if self.models.models else "gemini-2.5-flash")

    # --- the offline demo --------------------------------------------------------------------------
    def start_demo(self) -> str:
        """Start the built-in gateway simulator on 127.0.0.1 and talk to it; returns its address."""
        if self._demo_server is None:
            from desktop_chat.devtools.simulator import SimulatorServer

            self._demo_server = SimulatorServer()
            self._demo_server.start()
        self.demo = True
        self.key, self.key_source = ApiKey(DEMO_KEY), KeySource.SESSION
        self._client = None
        return str(self._demo_server.base_url)

    # --- settings -----------------------------------------------------------------------------------
    def update_settings(self, settings: AppSettings) -> None:
        """Use `settings` (the settings in force, edited): what the policy locks stays the policy's,
        and the file keeps only the person's own values (never the organisation's)."""
        own = own_settings(settings, self._own_settings, self.policy)
        settings = apply_policy(own, self.policy)
        changed_gateway = settings.base_url != self.settings.base_url or any(
            getattr(settings, name) != getattr(self.settings, name)
            for name in ("proxy", "pac_url", "ca_bundle"))
        old_url = self.base_url
        self._own_settings = own
        self.settings = settings
        if self.key is not None and not self.demo and self.key_source is not KeySource.ENV \
                and not _same_host(old_url, self.base_url):
            # the key was given for the old host: nothing is sent until the new host's key is loaded
            self.key, self.key_source = None, KeySource.NONE
        try:
            save_settings(self.paths, own)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
        if changed_gateway:
            self._client = None

    # --- where the window was left ------------------------------------------------------------------
    def window_state(self) -> WindowState:
        return read_window_state(self.paths)

    def save_window_state(self, state: WindowState) -> None:
        """Keep the window's geometry and panels for the next start (a failure is only logged)."""
        try:
            write_window_state(self.paths, state)
        except OSError as exc:
            log.warning("could not save the window state: %s", exc)

    async def aclose(self) -> None:
        self.knowledge.flush()
        await self.tools.aclose()  # every tool server's process ends with the app
        for owner in [*self._retired, self._http_owner]:
            if owner is not None:
                await owner.aclose()
        self._retired.clear()
        self._http_owner = None
        self._client = None
        if self._demo_server is not None:
            self._demo_server.stop()
            self._demo_server = None


def _same_host(a: str, b: str) -> bool:
    """Do two gateway addresses share a keyring account (host and port)?"""
    try:
        return account_for_base_url(a) == account_for_base_url(b)
    except ValueError:
        return False
