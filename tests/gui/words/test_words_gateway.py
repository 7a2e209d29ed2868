"""The gateway client's words: every Problem, action, error class, field flaw and address change reads
as it always has, placeholders filled, and the Details text never holds the key."""

from __future__ import annotations

import asyncio
import inspect
import itertools
from typing import Any

import pytest

from desktop_chat.api import (
    BadRequest,
    ChatRequest,
    ConnectionFailed,
    ErrorAction,
    Flaw,
    GatewayClient,
    GatewayConfig,
    GatewayError,
    InsecureConnection,
    InvalidRequest,
    ProxyRefused,
    RateLimited,
    RequestField,
    Retrying,
    RetryPolicy,
    ServerTrouble,
    UnreadableAnswer,
    normalize_base_url,
)
from desktop_chat.api.errors import PartialAnswerError
from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.domain import ChatMessage, GenerationParams, Problem, Role
from desktop_chat.ui.words.gateway import (
    action_label,
    error_details,
    error_text,
    invalid_request_text,
    problem_text,
    retrying_text,
    url_note_text,
)

# The app's English, as it was written before the sentences moved here: it must not change.
PROBLEM_TEXTS = {
    Problem.GATEWAY: "Something went wrong while talking to the gateway.",
    Problem.KEY_REJECTED: "The gateway did not accept your API key.",
    Problem.ACCESS_DENIED: "Your account can't use this model right now (quota or permission).",
    Problem.NOT_A_GATEWAY: "This address doesn't look like a chat gateway.",
    Problem.MODEL_NOT_AVAILABLE: "This model isn't available with your key.",
    Problem.CONTEXT_TOO_LONG: "This conversation is too long for the model.",
    Problem.TOOLS_NOT_SUPPORTED: (
        "This model (or the gateway) can't use tools. Retry sends the message without them (tools stay "
        "off in this chat until you turn them on in the sidebar)."
    ),
    Problem.IMAGES_NOT_SUPPORTED: (
        "This model can't see images. Choose a model that can (Claude or Gemini), or send the message "
        "without its pictures."
    ),
    Problem.RATE_LIMITED: "Too many requests right now.",
    Problem.SERVER_TROUBLE: "The model service is having trouble.",
    Problem.TIMEOUT: "The model service took too long to answer.",
    Problem.NO_CONNECTION: "Can't reach the gateway. Check your internet connection or proxy.",
    Problem.INSECURE: "The connection isn't secure (certificate problem), so nothing was sent.",
    Problem.REQUEST_REFUSED: "The gateway turned this request down.",
    Problem.BROKEN_OFF: "The answer stopped before it was finished. What arrived is kept.",
    Problem.EMPTY_ANSWER: (
        "The gateway sent back an empty answer (this can happen when a conversation is too long)."
    ),
    Problem.STREAM_FAILED: "The model service reported an error while answering. What arrived is kept.",
}

ACTION_LABELS = {
    ErrorAction.CHANGE_KEY: "Change key",
    ErrorAction.CHECK_ADDRESS: "Check the address",
    ErrorAction.CHOOSE_MODEL: "Choose another model",
    ErrorAction.NEW_CHAT: "Start a new chat from here",
    ErrorAction.WAIT: "Try again later",
    ErrorAction.RETRY: "Retry",
    ErrorAction.CHECK_CONNECTION: "Retry",
    ErrorAction.CONTINUE: "Continue",
    ErrorAction.NONE: "",
}

SUBCASE_TEXTS: dict[type[GatewayError], str] = {
    ProxyRefused: "The proxy refused the connection. Check the proxy address, user name and password.",
    UnreadableAnswer: "The gateway sent an answer this app could not read.",
}

KEY = "gw-live-7f3a9b2c44d1e0aa"  # matches none of the generic key patterns: only exact scrubbing hides it


def _all_subclasses(cls: type) -> list[type]:
    out: list[type] = []
    for sub in cls.__subclasses__():
        out += [sub, *_all_subclasses(sub)]
    return out


GATEWAY_ERRORS: list[type[GatewayError]] = [GatewayError, *_all_subclasses(GatewayError)]


@pytest.mark.parametrize("problem", list(Problem), ids=lambda p: p.name)
def test_every_problem_has_its_sentence(qapp: Any, problem: Problem) -> None:
    text = problem_text(problem)
    assert text == PROBLEM_TEXTS[problem]
    assert text.endswith(".") and "\n" not in text and "{" not in text


def test_problems_read_differently() -> None:
    texts = [problem_text(p) for p in Problem]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("action", list(ErrorAction), ids=lambda a: a.name)
def test_every_action_has_its_label(qapp: Any, action: ErrorAction) -> None:
    assert action_label(action) == ACTION_LABELS[action]
    assert bool(action_label(action)) is (action is not ErrorAction.NONE)


@pytest.mark.parametrize("cls", GATEWAY_ERRORS, ids=lambda c: c.__name__)
def test_every_gateway_error_has_its_own_words(qapp: Any, cls: type[GatewayError]) -> None:
    error = cls()
    text = error_text(error)
    assert text and text.endswith(".") and "\n" not in text and "{" not in text
    own_problem = "problem" in cls.__dict__ or cls is PartialAnswerError  # an abstract grouping
    if not own_problem:  # a subcase of its parent's problem: it needs a sentence of its own
        assert text != problem_text(cls.problem), f"{cls.__name__} has neither a Problem nor words of its own"
    if cls in SUBCASE_TEXTS:
        assert text == SUBCASE_TEXTS[cls]
    elif own_problem:
        assert text == problem_text(cls.problem)


def test_a_request_refused_before_sending_reads_as_its_refusal(qapp: Any) -> None:
    try:
        try:
            ChatRequest("", M).validate()
        except InvalidRequest as bad:
            raise BadRequest(technical=str(bad)) from bad
    except BadRequest as refused:
        assert error_text(refused) == "Please choose a model."
        assert error_details(refused).startswith("What happened: Please choose a model.\n")


def test_a_part_of_a_stream_that_could_not_be_read_says_so() -> None:
    assert error_text(UnreadableAnswer(in_stream=True)) == (
        "The gateway sent a part of the answer this app could not read."
    )


def test_details_list_every_fact_with_its_label_in_the_old_order(qapp: Any) -> None:
    error = RateLimited(
        status=429,
        server_message="slow down",
        server_code="rate_limit",
        url="https://gw.example/v1/chat/completions",
        retry_after=2.5,
        technical="ReadError: x",
    )
    assert error_details(error) == "\n".join(
        [
            "What happened: Too many requests right now.",
            "Suggested: Try again later",
            "HTTP status: 429",
            "Server message: slow down",
            "Server code: rate_limit",
            "Address: https://gw.example/v1/chat/completions",
            "Server asked to wait: 2.5 s",
            "Technical: ReadError: x",
            "Kind: RateLimited",
        ]
    )
    assert error_details(InsecureConnection()) == (
        "What happened: The connection isn't secure (certificate problem), so nothing was sent.\n"
        "Suggested: Open Settings\n"
        "Kind: InsecureConnection"
    )  # the extra CA file is set in Settings
    assert error_details(ProxyRefused(status=407)).splitlines()[:3] == [
        "What happened: " + SUBCASE_TEXTS[ProxyRefused],
        "Suggested: Retry",
        "HTTP status: 407",
    ]


def test_retrying_reads_with_the_reason_and_the_count(qapp: Any) -> None:
    event = Retrying(2, 2, 4, ServerTrouble(status=503))
    assert retrying_text(event) == (
        "The model service is having trouble. Trying again in 2 s (attempt 2 of 4)…"
    )
    assert retrying_text(Retrying(0.2, 3, 5, ConnectionFailed())) == (
        "Can't reach the gateway. Check your internet connection or proxy. "
        "Trying again in 1 s (attempt 3 of 5)…"
    )


def test_details_and_retry_line_never_show_the_key(qapp: Any, sim_server: SimulatorServer) -> None:
    """Over a real socket: the gateway echoes the key in a retried 503 and in the final 401."""
    sim = sim_server.simulator
    sim.clear_queue()
    sim.queue(f"status;code=503;message=Upstream rejected key {KEY} (Bearer {KEY})")
    sim.queue(f"status;code=401;message=Incorrect API key provided: {KEY}")

    async def run() -> tuple[list[Retrying], GatewayError]:
        config = GatewayConfig(sim_server.base_url, KEY, retry=RetryPolicy(base_delay=0.001, jitter=0))
        retries: list[Retrying] = []
        request = ChatRequest("gemini-2.5-flash", [ChatMessage(Role.USER, "hi")])
        async with GatewayClient(config) as client:
            try:
                async for event in client.stream_chat(request):
                    if isinstance(event, Retrying):
                        retries.append(event)
            except GatewayError as exc:
                return retries, exc
        raise AssertionError("the 401 should have ended the stream")

    retries, error = asyncio.run(run())
    assert error.status == 401 and len(retries) == 1
    retry = retries[0]
    for text in (error_details(error), error_text(error), error_details(retry.error), retrying_text(retry)):
        assert KEY not in text
    assert "Server message: Incorrect API key provided: [REDACTED]" in error_details(error)


@pytest.fixture(scope="module")
def sim_server() -> Any:
    with SimulatorServer(default_tps=0) as server:
        yield server


# -- InvalidRequest: every field and flaw the request, the address and the config can report ------------

M = [ChatMessage(Role.SYSTEM, "Be brief."), ChatMessage(Role.USER, "Hi")]


def _with(**params: Any) -> ChatRequest:
    return ChatRequest("m", M, GenerationParams(**params))


@pytest.mark.parametrize(
    ("request_", "sentence"),
    [
        (_with(temperature=2.5), "Temperature must be between 0 and 2."),
        (_with(temperature=-0.1), "Temperature must be between 0 and 2."),
        (_with(temperature=float("nan")), "Temperature must be between 0 and 2."),
        (_with(top_p=1.5), "Top P must be between 0 and 1."),
        (_with(presence_penalty=-3), "Presence penalty must be between -2 and 2."),
        (_with(frequency_penalty=2.01), "Frequency penalty must be between -2 and 2."),
        (_with(max_tokens=0), "Maximum length must be a whole number of at least 1 token."),
        (_with(stop=("a", "b", "c", "d", "e")), "You can give at most 4 stop sequences."),
        (_with(stop=("",)), "A stop sequence can't be empty."),
        (ChatRequest("", M), "Please choose a model."),
        (ChatRequest("m", []), "There is no message to send."),
        (
            ChatRequest("m", [ChatMessage("robot", "x")]),  # type: ignore[arg-type]
            "Message 1 must come from the system, the user or the assistant.",
        ),
        (ChatRequest("m", [M[0], ChatMessage(Role.USER, None)]), "Message 2 has no text."),  # type: ignore[arg-type]
        (ChatRequest("m", M, user=7), "The user identifier must be text."),  # type: ignore[arg-type]
        (ChatRequest("m", M, stream="yes"), "Streaming must be switched on or off."),  # type: ignore[arg-type]
    ],
)
def test_request_refusals_read_as_before(qapp: Any, request_: ChatRequest, sentence: str) -> None:
    with pytest.raises(InvalidRequest) as info:
        request_.validate()
    assert invalid_request_text(info.value) == sentence


@pytest.mark.parametrize(
    ("raw", "sentence"),
    [
        ("", "Please enter the gateway address."),
        ("ftp://host/v1", "The address must start with https:// (or http://)."),
        ("https://", "This doesn't look like a web address."),
        ("https://host:99999/v1", "This doesn't look like a web address."),
        ("https://user:pw@host/v1", "Please leave the user name and password out of the address."),
    ],
)
def test_address_refusals_read_as_before(qapp: Any, raw: str, sentence: str) -> None:
    with pytest.raises(InvalidRequest) as info:
        normalize_base_url(raw)
    assert invalid_request_text(info.value) == sentence


def test_config_refusals_read_as_before_without_credentials(qapp: Any) -> None:
    with pytest.raises(InvalidRequest) as info:
        GatewayConfig("https://gw.example", "sk-x", proxy="ftp://bob:hunter2-pw@proxy:21").check_proxy()
    text = invalid_request_text(info.value)
    assert text == (
        "The proxy address 'ftp://***@proxy:21' isn't usable. "
        "Use a form like http://proxy.example.com:3128 (or leave it empty to use the system's)."
    )
    assert "hunter2-pw" not in text
    with pytest.raises(InvalidRequest) as bad_key:
        GatewayConfig("https://gw.example", KEY + "\n").check_key()
    assert invalid_request_text(bad_key.value) == (
        "The API key contains spaces or characters that can't be part of a key. Please paste it again."
    )
    assert KEY not in invalid_request_text(bad_key.value)


@pytest.mark.parametrize(
    ("field", "flaw"), list(itertools.product(RequestField, Flaw)), ids=lambda v: str(getattr(v, "name", v))
)
def test_every_field_and_flaw_has_words_with_placeholders_filled(
    qapp: Any, field: RequestField, flaw: Flaw
) -> None:
    text = invalid_request_text(InvalidRequest(field, flaw, low=0, high=2, index=3, value="x"))
    assert text.strip() and "{" not in text and "}" not in text and text.endswith(".")


def test_invalid_request_takes_only_typed_facts() -> None:
    assert list(inspect.signature(InvalidRequest).parameters)[:2] == ["field", "flaw"]


# -- address changes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "note"),
    [
        ("https://aiapi.services/v1", ""),
        ("https://aiapi.services", "Added '/v1' to the address."),
        ("  https://aiapi.services/v1/chat/completions  ", "Removed '/chat/completions' from the address."),
        ("https://aiapi.services/v1/models", "Removed '/models' from the address."),
        ("aiapi.services", "Added 'https://' to the address. Added '/v1' to the address."),
        ("localhost:4000", "Added 'http://' to the address. Added '/v1' to the address."),
        ("HTTPS://AIAPI.services:443/openai/V1", ""),
        ("https://h.example/v1?x=1#frag", "Removed the part after '?' or '#'."),
    ],
)
def test_address_notes_read_as_before(qapp: Any, raw: str, note: str) -> None:
    assert url_note_text(normalize_base_url(raw)) == note
