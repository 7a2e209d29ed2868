"""Our gateway client against a real LiteLLM proxy (mock models, 127.0.0.1, offline).

Why: unit tests feed the client the shapes known gateways send; these check that the
shapes a real, popular gateway actually produces reach the right event or error: streamed text and
usage, the non-streamed body, the model list, 429 / 500 / 529 with retries, a 400 context-window
error without retry, and LiteLLM's odd answer to a wrong key (400 "No connected db.").
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import aclosing
from pathlib import Path
from typing import TypeVar

import pytest
from _litellm_proxy import (
    ALL_MODELS,
    CLAUDE_TEXT,
    CONTEXT_WINDOW,
    GEMINI_TEXT,
    OVERLOADED,
    RATE_LIMITED,
    SERVER_ERROR,
    LiteLLMProxy,
)

from desktop_chat.api import (
    SEED_MODELS,
    AuthenticationFailed,
    ChatRequest,
    Completion,
    ContextTooLong,
    ErrorAction,
    Finished,
    GatewayClient,
    GatewayConfig,
    GatewayError,
    ModelList,
    RateLimited,
    Retrying,
    RetryPolicy,
    ServerTrouble,
    StreamEvent,
    TextDelta,
    UsageReport,
    context_limit_from,
)
from desktop_chat.domain import ChatMessage, FinishReason, GenerationParams, Problem, Role

pytestmark = [pytest.mark.litellm, pytest.mark.timeout(120)]

T = TypeVar("T")
# Quick retries: LiteLLM sends no Retry-After, so our own backoff (0.05 s, 0.1 s) is what waits.
QUICK_RETRY = RetryPolicy(max_attempts=3, base_delay=0.05, max_delay=0.1, max_server_delay=1.0, jitter=0)
WRONG_KEY = "sk-not-the-master-key-42"


def run(factory: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        return await factory()

    return asyncio.run(main())


def make_client(proxy: LiteLLMProxy, *, key: str | None = None, base_url: str | None = None,
                ask_for_usage: bool = True) -> GatewayClient:
    config = GatewayConfig(base_url or proxy.base_url, proxy.master_key if key is None else key,
                           connect_timeout=5, read_timeout=30, retry=QUICK_RETRY, ask_for_usage=ask_for_usage)
    return GatewayClient(config)


def request(model: str, *, stream: bool = True, params: GenerationParams | None = None) -> ChatRequest:
    return ChatRequest(model, [ChatMessage(Role.USER, "hi")], params=params or GenerationParams(),
                       stream=stream)


async def collect(client: GatewayClient, req: ChatRequest) -> tuple[list[StreamEvent], GatewayError | None]:
    """Every event the client yields, and the error it ended with (None on success); closes the client."""
    events: list[StreamEvent] = []
    try:
        async with aclosing(client.stream_chat(req)) as stream:
            async for event in stream:
                events.append(event)
    except GatewayError as exc:
        return events, exc
    finally:
        await client.aclose()
    return events, None


def stream_events(proxy: LiteLLMProxy, req: ChatRequest, **kwargs: object) -> tuple[
        list[StreamEvent], GatewayError | None]:
    return run(lambda: collect(make_client(proxy, **kwargs), req))  # type: ignore[arg-type]


def text_of(events: list[StreamEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


# -- success ----------------------------------------------------------------------------------------
def test_streamed_text_usage_and_finish(litellm_proxy: LiteLLMProxy) -> None:
    events, error = stream_events(litellm_proxy, request("claude-sonnet-4-5"))

    assert error is None
    deltas = [e for e in events if isinstance(e, TextDelta)]
    assert len(deltas) > 5  # LiteLLM streams a mock answer a few characters per chunk
    assert text_of(events) == CLAUDE_TEXT  # multi-byte characters intact across chunks
    usage_reports = [e for e in events if isinstance(e, UsageReport)]
    assert len(usage_reports) == 1  # our client asks for stream_options.include_usage
    usage = usage_reports[0].usage
    assert usage.prompt_tokens and usage.prompt_tokens > 0
    assert usage.completion_tokens and usage.completion_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    assert events[-2:] == [usage_reports[0], Finished(FinishReason.STOP, "stop", "claude-sonnet-4-5")]
    assert not any(isinstance(e, Retrying) for e in events)


def test_without_the_usage_option_litellm_streams_no_usage(litellm_proxy: LiteLLMProxy) -> None:
    events, error = stream_events(litellm_proxy, request("gemini-2.5-flash"), ask_for_usage=False)

    assert error is None
    assert text_of(events) == GEMINI_TEXT
    assert not any(isinstance(e, UsageReport) for e in events)
    assert events[-1] == Finished(FinishReason.STOP, "stop", "gemini-2.5-flash")


def test_every_generation_parameter_is_accepted(litellm_proxy: LiteLLMProxy) -> None:
    params = GenerationParams(temperature=0.7, top_p=0.9, max_tokens=200, presence_penalty=0.5,
                              frequency_penalty=-0.5, stop=("END", "STOP"))
    events, error = stream_events(litellm_proxy, request("gemini-2.5-flash", params=params))

    assert error is None
    assert text_of(events) == GEMINI_TEXT
    assert isinstance(events[-1], Finished)


@pytest.mark.parametrize("stream", [False, True], ids=["plain-json", "streamed"])
def test_complete(litellm_proxy: LiteLLMProxy, stream: bool) -> None:
    async def go() -> Completion:
        client = make_client(litellm_proxy)
        try:
            return await client.complete(request("claude-sonnet-4-5", stream=stream))
        finally:
            await client.aclose()

    completion = run(go)

    assert completion.text == CLAUDE_TEXT
    assert completion.finish_reason is FinishReason.STOP
    assert completion.model == "claude-sonnet-4-5"
    assert completion.usage is not None
    assert completion.usage.completion_tokens and completion.usage.completion_tokens > 0
    assert completion.usage.known_total == completion.usage.prompt_tokens + completion.usage.completion_tokens


def test_list_models_comes_from_the_gateway(litellm_proxy: LiteLLMProxy) -> None:
    async def go() -> ModelList:
        client = make_client(litellm_proxy)
        try:
            return await client.list_models()
        finally:
            await client.aclose()

    models = run(go)

    assert (models.models, models.from_gateway, models.error) == (ALL_MODELS, True, None)
    # LiteLLM's list says what its cost map knows of each public model name (its context window and
    # output limit), which win over the app's standard figures; nothing for the mock-only names
    facts = {f.model: f for f in models.facts}
    assert facts["gemini-2.5-flash"].context_window == 1_048_576
    assert facts["claude-sonnet-4-5"].context_window == 200_000
    assert set(facts) <= set(ALL_MODELS)


@pytest.mark.parametrize("suffix", ["", "/", "/v1", "/v1/", "/v1/chat/completions"])
def test_base_url_spellings_reach_the_same_endpoint(litellm_proxy: LiteLLMProxy, suffix: str) -> None:
    events, error = stream_events(litellm_proxy, request("gemini-2.5-flash"),
                                  base_url=litellm_proxy.base_url + suffix)

    assert error is None
    assert text_of(events) == GEMINI_TEXT


def test_leaving_a_stream_early_then_asking_again(litellm_proxy: LiteLLMProxy) -> None:
    async def go() -> tuple[str, str]:
        client = make_client(litellm_proxy)
        try:
            first = ""
            async with aclosing(client.stream_chat(request("claude-sonnet-4-5"))) as stream:
                async for event in stream:
                    if isinstance(event, TextDelta):
                        first = event.text
                        break
            second = await client.complete(request("gemini-2.5-flash"))
            return first, second.text
        finally:
            await client.aclose()

    first, second = run(go)

    assert first and CLAUDE_TEXT.startswith(first)
    assert second == GEMINI_TEXT


# -- failures ---------------------------------------------------------------------------------------
def _assert_retried_then(events: list[StreamEvent], error: GatewayError | None, kind: type[GatewayError],
                         status: int) -> None:
    assert isinstance(error, kind), f"expected {kind.__name__}, got {error!r}"
    assert error.status == status
    assert error.server_code == str(status)  # LiteLLM sends `code` as a string
    retries = [e for e in events if isinstance(e, Retrying)]
    assert events == retries  # no answer text, only the announced retries
    assert [r.attempt for r in retries] == [2, 3]
    assert all(r.max_attempts == 3 and isinstance(r.error, kind) for r in retries)
    assert all(0 < r.delay <= QUICK_RETRY.max_delay for r in retries)


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "plain-json"])
def test_429_is_retried_then_rate_limited(litellm_proxy: LiteLLMProxy, stream: bool) -> None:
    before = litellm_proxy.access_count(429)
    events, error = stream_events(litellm_proxy, request(RATE_LIMITED, stream=stream))

    _assert_retried_then(events, error, RateLimited, 429)
    assert error is not None and error.action is ErrorAction.WAIT and error.problem is Problem.RATE_LIMITED
    assert "RateLimitError" in (error.server_message or "")
    assert litellm_proxy.wait_for_access_count(429, before + 3) == before + 3  # three real requests


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "plain-json"])
def test_500_is_retried_then_server_trouble(litellm_proxy: LiteLLMProxy, stream: bool) -> None:
    before = litellm_proxy.access_count(500)
    events, error = stream_events(litellm_proxy, request(SERVER_ERROR, stream=stream))

    _assert_retried_then(events, error, ServerTrouble, 500)
    assert litellm_proxy.wait_for_access_count(500, before + 3) == before + 3


def test_mock_streaming_error_529_is_server_trouble(litellm_proxy: LiteLLMProxy) -> None:
    events, error = stream_events(litellm_proxy, request(OVERLOADED))

    _assert_retried_then(events, error, ServerTrouble, 529)


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "plain-json"])
def test_context_window_400_is_context_too_long_without_retry(litellm_proxy: LiteLLMProxy,
                                                              stream: bool) -> None:
    before = litellm_proxy.access_count(400)
    events, error = stream_events(litellm_proxy, request(CONTEXT_WINDOW, stream=stream))

    assert isinstance(error, ContextTooLong), repr(error)
    assert error.status == 400
    assert error.action is ErrorAction.NEW_CHAT and error.problem is Problem.CONTEXT_TOO_LONG
    assert events == []  # never retried
    assert litellm_proxy.wait_for_access_count(400, before + 1) == before + 1
    # Wait a little: a retry would show up as a second 400 in the access log.
    assert litellm_proxy.wait_for_access_count(400, before + 2, timeout=0.3) == before + 1


def test_wrong_key_is_authentication_failed(litellm_proxy: LiteLLMProxy) -> None:
    # Without a database LiteLLM can't look keys up: any key but the master key gets
    # HTTP 400 {"error": {"message": "No connected db.", "type": "no_db_connection", "code": "400"}}.
    events, error = stream_events(litellm_proxy, request("gemini-2.5-flash"), key=WRONG_KEY)

    assert isinstance(error, AuthenticationFailed), repr(error)
    assert error.status == 400
    assert error.action is ErrorAction.CHANGE_KEY
    assert events == []
    assert error.problem is Problem.KEY_REJECTED
    assert WRONG_KEY not in f"{error.facts()}{error!r}{error}"


def test_wrong_key_on_the_model_list_falls_back_with_the_key_error(litellm_proxy: LiteLLMProxy) -> None:
    async def go() -> ModelList:
        client = make_client(litellm_proxy, key=WRONG_KEY)
        try:
            return await client.list_models()
        finally:
            await client.aclose()

    models = run(go)

    assert models.models == SEED_MODELS
    assert models.from_gateway is False
    assert isinstance(models.error, AuthenticationFailed), repr(models.error)


def test_proxy_started_offline_and_cleanly(litellm_proxy: LiteLLMProxy) -> None:
    log = litellm_proxy.startup_log
    assert "Application startup complete" in log
    assert "Traceback" not in log
    for model in ALL_MODELS:
        assert model in log  # "Proxy initialized with Config, Set models: …"
    assert litellm_proxy.master_key not in log


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "plain-json"])
def test_context_window_400_keeps_litellm_s_words_and_names_no_limit(litellm_proxy: LiteLLMProxy,
                                                                      stream: bool) -> None:
    # LiteLLM 1.x's mock raises ContextWindowExceededError with a fixed text that names no token count:
    # "litellm.ContextWindowExceededError: litellm.BadRequestError: this is a mock context window
    # exceeded error model=mock-context-window. context_window_fallbacks=None. …" (code "400").
    # The client classifies it by its words and leaves the limit unknown rather than guessing one.
    _, error = stream_events(litellm_proxy, request(CONTEXT_WINDOW, stream=stream))

    assert isinstance(error, ContextTooLong), repr(error)
    assert error.server_code == "400"
    assert (error.server_message or "").startswith("litellm.ContextWindowExceededError:")
    assert (error.limit, error.requested) == (None, None) == context_limit_from(error.server_message or "")


def test_context_window_400_reaches_the_chat_services_recovery(litellm_proxy: LiteLLMProxy,
                                                               tmp_path: Path) -> None:
    """The real proxy's ContextWindowExceededError (no number in it): the chat service learns a
    smaller window, trims and asks once more by itself, then ends the answer plainly as "too long"
    (this mock refuses every request) — the question kept, no loop, a window remembered."""
    from desktop_chat.domain import EndReason, LimitSource, MessageStatus
    from desktop_chat.services.chat import ChatService
    from desktop_chat.services.context_window import ContextService
    from desktop_chat.services.events import AnswerEnded, ContextTrimmed
    from desktop_chat.services.model_limits import ModelKnowledge
    from desktop_chat.store import HistoryStore

    store = HistoryStore.open(tmp_path / "history.sqlite3")
    knowledge = ModelKnowledge(tmp_path / "k.json", gateway=lambda: litellm_proxy.base_url)
    events: list[object] = []
    chat = store.create_conversation(model="gemini-2.5-flash")
    before = litellm_proxy.access_count(400)

    async def talk() -> None:
        client = make_client(litellm_proxy)
        try:
            service = ChatService(store, lambda: client, default_model=lambda: "gemini-2.5-flash",
                                  context=ContextService(knowledge))
            for turn in range(3):
                await service.send(chat.id, f"Question {turn} about the report " * 20, events.append)
            store.update_settings(chat.id, model=CONTEXT_WINDOW)
            await service.send(chat.id, "And one more?", events.append)
        finally:
            await client.aclose()

    run(talk)
    ended = [e for e in events if isinstance(e, AnswerEnded)]
    assert all(e.message is not None and e.message.status is MessageStatus.COMPLETE for e in ended[:3])
    (trimmed,) = [e for e in events if isinstance(e, ContextTrimmed)]
    assert trimmed.left_out > 0 and trimmed.limit is None
    last = ended[-1]
    assert isinstance(last.error, ContextTooLong) and last.end_reason is EndReason.FAILED
    assert last.message is not None and last.message.problem is Problem.CONTEXT_TOO_LONG
    assert store.branch(chat.id)[-2].content == "And one more?"
    assert litellm_proxy.wait_for_access_count(400, before + 2) == before + 2  # asked twice, not more
    assert knowledge.limits(CONTEXT_WINDOW).window_source is LimitSource.LEARNED
    store.close()
