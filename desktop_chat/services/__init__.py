"""Use cases that tie the gateway client to the history store — and everything the UI may import.

Why a layer of its own: "what happens when someone presses Send" — save the message first, stream
the answer into the store, end it with the right status — must be the same in the window, the
self-test and the tests, and testable with plain pytest + asyncio against the real simulator and a
real SQLite file. The UI adapts these to Qt signals. The UI imports only `desktop_chat.domain` and
this package: every type it shows (errors included) is re-exported here.

Public interface
----------------
- `Session(paths, settings, store)` (`services.session`): address, key, shared client, models,
  demo, window state; `session.chat` and `session.conversations` share `session.changes`.
- `ChatService` (`services.chat`): `send`, `edit_and_resend`, `regenerate`, `retry`,
  `continue_answer` — coroutines taking a `Listener`; cancel the task to stop. `live_answer(cid)`,
  `unsaved_answer(mid)`, `streaming_conversations()`, `is_streaming(cid)`.
- Events (`services.events`): `TurnStarted`, `AnswerDelta`, `AnswerRetrying`, `AnswerEnded`,
  and the `LiveAnswer` snapshot.
- `ConversationsService` (`services.conversations`): list, create, rename, pin, archive, trash,
  restore, empty the trash, search, the branch on screen with siblings, drafts.
- `Changes` / `Change` / `ChangeKind` (`services.changes`): the hook announcing every write.
- Saving an answer through store failures and silences (`services.saving`, `services.unsaved`).
- `NothingToDo(refusal)` and `MissingKey` (`services.refusals`): a use case that did not run.
- Model list with offline cache (`services.models`): `ModelChoice`, `ModelSource`.
- `WindowState`, `read_window_state`, `write_window_state` (`services.window_state`).
- `carry_over_old_settings` (`services.upgrade`); `open_history`, `start_new_history`
  (`services.history_file`).
- `FilesService` and its reports (`services.files`): import, export and backup off the UI thread.
- Support (`services.diagnostics`, `services.curl`): `await diagnostic_report(session, ui_versions=…)`,
  the report for IT with no secret in it; `await request_as_curl(session, message_id)`, an answer's
  request as a curl command with the key as `$DESKTOP_CHAT_API_KEY`.
- `BackupsService`, `backup_plan` and the backup results (`services.backups`): the daily backup
  and Restore; `UpdatesService`, `UpdateCheck`, `feed_url_of` (`services.updates`): the update feed.
- Re-exported: the settings types, the paths, the app's version, the store's, the gateway's and
  the key store's errors and typed values.

Importing this package imports neither httpx nor Qt (nor the store): names load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_chat.api import (
        AccessDenied,
        AuthenticationFailed,
        BadRequest,
        ConnectionFailed,
        ContextTooLong,
        EmptyAnswer,
        ErrorAction,
        Fact,
        Flaw,
        GatewayError,
        GatewayTimeout,
        ImagesNotSupported,
        IncompleteAnswer,
        InsecureConnection,
        InvalidRequest,
        ModelList,
        ModelNotAvailable,
        NormalizedBaseURL,
        NotAGateway,
        PartialAnswerError,
        ProxyRefused,
        RateLimited,
        RequestField,
        Retrying,
        ServerTrouble,
        StreamFailed,
        UnreadableAnswer,
        UrlChange,
        normalize_base_url,
    )
    from desktop_chat.logsetup import app_version, format_crash_report
    from desktop_chat.paths import AppPaths, app_paths
    from desktop_chat.policy import LoadedPolicy, Policy, PolicyKey, PolicyProblem, PolicyProblemKind
    from desktop_chat.secrets import (
        ApiKey,
        InvalidApiKey,
        KeyFlaw,
        KeyFromEnvironment,
        KeyringFailed,
        KeyringLocked,
        KeyringTimeout,
        KeyringUnavailable,
        KeySource,
        KeyStatus,
        KeyStore,
        KeyStoreError,
    )
    from desktop_chat.services.attachments import (
        AttachFailed,
        AttachmentIssue,
        AttachmentService,
        AttachProblem,
        IssueKind,
        Reading,
        slot_of,
    )
    from desktop_chat.services.backups import (
        BackupDone,
        BackupFailed,
        BackupFile,
        BackupPlan,
        BackupProblem,
        BackupsService,
        RestoreRefused,
        backup_plan,
    )
    from desktop_chat.services.changes import Change, ChangeKind, ChangeListener, Changes
    from desktop_chat.services.chat import ChatService
    from desktop_chat.services.context import build_context, build_continue_context
    from desktop_chat.services.context_window import ChatContext, ContextPreview, ContextService
    from desktop_chat.services.conversations import ConversationsService, merge_search_hits
    from desktop_chat.services.curl import request_as_curl
    from desktop_chat.services.diagnostics import diagnostic_report
    from desktop_chat.services.events import (
        AnswerDelta,
        AnswerEnded,
        AnswerRetrying,
        ChatEvent,
        ContextTrimmed,
        Listener,
        LiveAnswer,
        ToolFinished,
        ToolRoundsUsedUp,
        ToolRunning,
        TurnStarted,
    )
    from desktop_chat.services.files import (
        BackupReport,
        ExportFormat,
        ExportReport,
        FileJob,
        FilesService,
        ImportSource,
        Progress,
        ProgressListener,
        ProgressUnit,
        export_format_for,
        likely_sources,
    )
    from desktop_chat.services.history_file import open_history, start_new_history
    from desktop_chat.services.model_limits import STANDARD_FACTS, ImageAbilities, ModelKnowledge, ModelLimits
    from desktop_chat.services.models import ModelChoice, ModelSource
    from desktop_chat.services.refusals import Forbidden, MissingKey, NotAllowed, NothingToDo
    from desktop_chat.services.session import KeyHint, KeyHintKind, Session
    from desktop_chat.services.summarise import Summariser, SummaryProgress
    from desktop_chat.services.tool_loop import ApprovalRequest, Approver, ToolRunner
    from desktop_chat.services.tools.config import SECRET_PLACEHOLDER, ServerConfig, Transport
    from desktop_chat.services.tools.host import Failure, ServerState, ServerStatus, TestReport
    from desktop_chat.services.tools_service import ToolsService
    from desktop_chat.services.unsaved import UnsavedAnswer
    from desktop_chat.services.updates import (
        FeedProblem,
        UpdateCheck,
        UpdateOffer,
        UpdatesService,
        feed_url_of,
    )
    from desktop_chat.services.upgrade import carry_over_old_settings
    from desktop_chat.services.window_state import WindowState, read_window_state, write_window_state
    from desktop_chat.settings import (
        BASE_URL_ENV,
        DEFAULT_PRESETS,
        AppSettings,
        DamagedSettings,
        LoadedSettings,
        ModelOverride,
        ProxyInForce,
        ProxySource,
        Theme,
        UiLanguage,
        read_settings,
    )
    from desktop_chat.store import (
        Cancelled,
        CorruptDatabaseError,
        DatabaseBusyError,
        DiskFullError,
        FileNotWritten,
        FolderNotCreatable,
        ImportFailed,
        ImportProblem,
        ImportReport,
        NewerSchemaError,
        ReadOnlyError,
        SearchHit,
        StorageUnavailable,
        StoreError,
        UnsafeLocation,
        UpgradeNeedsWriting,
    )
    from desktop_chat.store.export import DocumentWords

_WHERE: dict[str, str] = {}
for _module, _names in {
    "desktop_chat.api": (
        "AccessDenied AuthenticationFailed BadRequest ConnectionFailed ContextTooLong EmptyAnswer "
        "ErrorAction Fact Flaw GatewayError GatewayTimeout ImagesNotSupported IncompleteAnswer "
        "InsecureConnection InvalidRequest ModelList ModelNotAvailable NormalizedBaseURL NotAGateway "
        "PartialAnswerError "
        "ProxyRefused RateLimited RequestField Retrying ServerTrouble StreamFailed UnreadableAnswer "
        "UrlChange normalize_base_url"
    ),
    "desktop_chat.logsetup": "app_version format_crash_report",
    "desktop_chat.paths": "AppPaths app_paths",
    "desktop_chat.secrets": (
        "ApiKey InvalidApiKey KeyFlaw KeyFromEnvironment KeyringFailed KeyringLocked KeyringTimeout "
        "KeyringUnavailable KeySource KeyStatus KeyStore KeyStoreError"
    ),
    "desktop_chat.services.tool_loop": "ApprovalRequest Approver ToolRunner",
    "desktop_chat.services.tools_service": "ToolsService",
    "desktop_chat.services.tools.config": "SECRET_PLACEHOLDER ServerConfig Transport",
    "desktop_chat.services.tools.host": "Failure ServerState ServerStatus TestReport",
    "desktop_chat.services.attachments": (
        "AttachFailed AttachmentIssue AttachmentService AttachProblem IssueKind Reading slot_of"
    ),
    "desktop_chat.services.changes": "Change ChangeKind ChangeListener Changes",
    "desktop_chat.services.chat": "ChatService",
    "desktop_chat.services.context": "build_context build_continue_context",
    "desktop_chat.services.context_window": "ChatContext ContextPreview ContextService",
    "desktop_chat.services.conversations": "ConversationsService merge_search_hits",
    "desktop_chat.services.events": (
        "AnswerDelta AnswerEnded AnswerRetrying ChatEvent ContextTrimmed Listener LiveAnswer ToolFinished "
        "ToolRoundsUsedUp ToolRunning TurnStarted"
    ),
    "desktop_chat.services.backups": (
        "BackupDone BackupFailed BackupFile BackupPlan BackupProblem BackupsService RestoreRefused "
        "backup_plan"
    ),
    "desktop_chat.services.updates": "FeedProblem UpdateCheck UpdateOffer UpdatesService feed_url_of",
    "desktop_chat.services.files": (
        "BackupReport ExportFormat ExportReport FileJob FilesService ImportSource Progress ProgressListener "
        "ProgressUnit export_format_for likely_sources"
    ),
    "desktop_chat.services.history_file": "open_history start_new_history",
    "desktop_chat.services.diagnostics": "diagnostic_report",
    "desktop_chat.services.curl": "request_as_curl",
    "desktop_chat.services.model_limits": "STANDARD_FACTS ImageAbilities ModelKnowledge ModelLimits",
    "desktop_chat.services.models": "ModelChoice ModelSource",
    "desktop_chat.services.refusals": "Forbidden MissingKey NotAllowed NothingToDo",
    "desktop_chat.policy": "LoadedPolicy Policy PolicyKey PolicyProblem PolicyProblemKind",
    "desktop_chat.services.session": "KeyHint KeyHintKind Session",
    "desktop_chat.services.summarise": "Summariser SummaryProgress",
    "desktop_chat.services.unsaved": "UnsavedAnswer",
    "desktop_chat.services.upgrade": "carry_over_old_settings",
    "desktop_chat.services.window_state": "WindowState read_window_state write_window_state",
    "desktop_chat.settings": (
        "BASE_URL_ENV DEFAULT_PRESETS AppSettings DamagedSettings LoadedSettings ModelOverride ProxyInForce "
        "ProxySource "
        "Theme UiLanguage read_settings"
    ),
    "desktop_chat.store.export": "DocumentWords",
    "desktop_chat.store": (
        "Cancelled CorruptDatabaseError DatabaseBusyError DiskFullError FileNotWritten FolderNotCreatable "
        "ImportFailed ImportProblem ImportReport NewerSchemaError ReadOnlyError SearchHit "
        "StorageUnavailable StoreError UnsafeLocation UpgradeNeedsWriting"
    ),
}.items():
    for _name in _names.split():
        _WHERE[_name] = _module
del _module, _names, _name

__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_PRESETS",
    "SECRET_PLACEHOLDER",
    "STANDARD_FACTS",
    "AccessDenied",
    "AnswerDelta",
    "AnswerEnded",
    "AnswerRetrying",
    "ApiKey",
    "AppPaths",
    "AppSettings",
    "ApprovalRequest",
    "Approver",
    "AttachFailed",
    "AttachProblem",
    "AttachmentIssue",
    "AttachmentService",
    "AuthenticationFailed",
    "BackupDone",
    "BackupFailed",
    "BackupFile",
    "BackupPlan",
    "BackupProblem",
    "BackupReport",
    "BackupsService",
    "BadRequest",
    "Cancelled",
    "Change",
    "ChangeKind",
    "ChangeListener",
    "Changes",
    "ChatContext",
    "ChatEvent",
    "ChatService",
    "ConnectionFailed",
    "ContextPreview",
    "ContextService",
    "ContextTooLong",
    "ContextTrimmed",
    "ConversationsService",
    "CorruptDatabaseError",
    "DamagedSettings",
    "DatabaseBusyError",
    "DiskFullError",
    "DocumentWords",
    "EmptyAnswer",
    "ErrorAction",
    "ExportFormat",
    "ExportReport",
    "Fact",
    "Failure",
    "FeedProblem",
    "FileJob",
    "FileNotWritten",
    "FilesService",
    "Flaw",
    "FolderNotCreatable",
    "Forbidden",
    "GatewayError",
    "GatewayTimeout",
    "ImageAbilities",
    "ImagesNotSupported",
    "ImportFailed",
    "ImportProblem",
    "ImportReport",
    "ImportSource",
    "IncompleteAnswer",
    "InsecureConnection",
    "InvalidApiKey",
    "InvalidRequest",
    "IssueKind",
    "KeyFlaw",
    "KeyFromEnvironment",
    "KeyHint",
    "KeyHintKind",
    "KeySource",
    "KeyStatus",
    "KeyStore",
    "KeyStoreError",
    "KeyringFailed",
    "KeyringLocked",
    "KeyringTimeout",
    "KeyringUnavailable",
    "Listener",
    "LiveAnswer",
    "LoadedPolicy",
    "LoadedSettings",
    "MissingKey",
    "ModelChoice",
    "ModelKnowledge",
    "ModelLimits",
    "ModelList",
    "ModelNotAvailable",
    "ModelOverride",
    "ModelSource",
    "NewerSchemaError",
    "NormalizedBaseURL",
    "NotAGateway",
    "NotAllowed",
    "NothingToDo",
    "PartialAnswerError",
    "Policy",
    "PolicyKey",
    "PolicyProblem",
    "PolicyProblemKind",
    "Progress",
    "ProgressListener",
    "ProgressUnit",
    "ProxyInForce",
    "ProxyRefused",
    "ProxySource",
    "RateLimited",
    "ReadOnlyError",
    "Reading",
    "RequestField",
    "RestoreRefused",
    "Retrying",
    "SearchHit",
    "ServerConfig",
    "ServerState",
    "ServerStatus",
    "ServerTrouble",
    "Session",
    "StorageUnavailable",
    "StoreError",
    "StreamFailed",
    "Summariser",
    "SummaryProgress",
    "TestReport",
    "Theme",
    "ToolFinished",
    "ToolRoundsUsedUp",
    "ToolRunner",
    "ToolRunning",
    "ToolsService",
    "Transport",
    "TurnStarted",
    "UiLanguage",
    "UnreadableAnswer",
    "UnsafeLocation",
    "UnsavedAnswer",
    "UpdateCheck",
    "UpdateOffer",
    "UpdatesService",
    "UpgradeNeedsWriting",
    "UrlChange",
    "WindowState",
    "app_paths",
    "app_version",
    "backup_plan",
    "build_context",
    "build_continue_context",
    "carry_over_old_settings",
    "diagnostic_report",
    "export_format_for",
    "feed_url_of",
    "format_crash_report",
    "likely_sources",
    "merge_search_hits",
    "normalize_base_url",
    "open_history",
    "read_settings",
    "read_window_state",
    "request_as_curl",
    "slot_of",
    "start_new_history",
    "write_window_state",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
