"""Images in: image parts in the request body, `modalities`, validation, and the gateway's refusal."""

from __future__ import annotations

import asyncio
import base64
import json

import pytest

from desktop_chat.api import (
    ChatRequest,
    ErrorAction,
    Flaw,
    GatewayClient,
    ImagesNotSupported,
    ImagesNotSupportedInStream,
    InvalidRequest,
    ModelNotAvailable,
    Problem,
    ProtocolBug,
    RequestField,
    StreamFailed,
)
from desktop_chat.api.classify import error_from_status
from desktop_chat.api.decoder import StreamDecoder, events_from_completion
from desktop_chat.api.errors import stream_failure
from desktop_chat.devtools.attachments import make_png
from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.domain import ChatMessage, ImagePart, Role

from .conftest import Outcome, collect, fast_config

PNG = make_png(4, 3, (200, 10, 10))


def test_a_message_with_one_image_becomes_a_text_part_and_an_image_url_part() -> None:
    message = ChatMessage(Role.USER, "What is this?", (ImagePart("image/png", PNG),))
    payload = ChatRequest("gemini-2.5-flash", [message]).validate().to_payload()
    url = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert payload == {
        "model": "gemini-2.5-flash",
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is this?"},
                    {"type": "image_url", "image_url": {"url": url}},
                ],
            }
        ],
        "stream": True,
    }
    assert "modalities" not in payload


def test_without_images_the_content_stays_a_string_and_empty_text_is_left_out() -> None:
    plain = ChatRequest("m", [ChatMessage(Role.USER, "Hi")]).to_payload()
    assert plain["messages"] == [{"role": "user", "content": "Hi"}]
    images = (ImagePart("image/jpeg", b"\xff\xd8\xff1"), ImagePart("image/webp", b"RIFF....WEBP"))
    only_images = ChatRequest("m", [ChatMessage(Role.USER, "", images)]).to_payload()
    parts = only_images["messages"][0]["content"]
    assert [p["type"] for p in parts] == ["image_url", "image_url"]
    assert parts[0]["image_url"]["url"].startswith("data:image/jpeg;base64,")
    assert parts[1]["image_url"]["url"].startswith("data:image/webp;base64,")


def test_modalities_are_sent_only_when_set() -> None:
    request = ChatRequest("gemini-2.5-flash-image-preview", [ChatMessage(Role.USER, "Draw a cat")],
                          modalities=("image", "text"))
    assert request.validate().to_payload()["modalities"] == ["image", "text"]
    with pytest.raises(ProtocolBug):
        ChatRequest("m", [ChatMessage(Role.USER, "x")], modalities="image").validate()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "image",
    [ImagePart("application/pdf", b"%PDF-1.7"), ImagePart("image/png", b""), ImagePart("text/plain", b"x"),
     ImagePart("image/png;base64,", b"x"), ImagePart("", b"x")],
    ids=["pdf", "empty", "text", "sneaky-mime", "no-mime"],
)
def test_an_image_part_that_is_not_an_image_is_a_bug_level_invalid_request(image: ImagePart) -> None:
    request = ChatRequest("m", [ChatMessage(Role.USER, "ok"), ChatMessage(Role.USER, "look", (image,))])
    with pytest.raises(InvalidRequest) as caught:
        request.validate()
    assert (caught.value.field, caught.value.flaw, caught.value.index) == (
        RequestField.MESSAGES, Flaw.BAD_IMAGE, 2)


# Real wordings of "this model takes no images", as gateways and servers send them.
REFUSALS = [
    (400, "Invalid content type. image_url is only supported by certain models."),  # OpenAI / Azure
    (400, "litellm.BadRequestError: OpenAIException - Invalid content type. image_url is only supported "
          "by certain models. Received Model Group=deepseek-ai/deepseek-r1-0528-maas"),  # LiteLLM-wrapped
    (400, "Failed to deserialize the JSON body into the target type: messages[1]: unknown variant "
          "`image_url`, expected `text` at line 1 column 679289"),  # DeepSeek
    (400, "litellm.BadRequestError: DeepseekException - Failed to deserialize the JSON body into the "
          "target type: messages[0]: unknown variant `image_url`, expected `text`"),
    (400, "this model does not support image input (ref: 9152fe9a-b690-4322-999d-8158be100749)"),  # Ollama
    (400, "Model does not support images. Please use a model that does."),  # LM Studio
    (400, "Image input modality is not enabled for models/gemma-3-1b-it"),  # Gemini
    (400, 'model "claude-sonnet-4.6" not supported for vision'),  # GitHub Copilot
    (404, "No endpoints found that support image input"),  # OpenRouter
    (500, "image input is not supported - hint: if this is unexpected, you may need to provide the mmproj"),
    (400, "At most 0 image(s) may be provided in one request."),  # vLLM
]


@pytest.mark.parametrize(("status", "message"), REFUSALS, ids=[str(i) for i in range(len(REFUSALS))])
def test_each_wording_of_an_image_refusal_is_images_not_supported(status: int, message: str) -> None:
    body = json.dumps({"error": {"message": message, "type": "invalid_request_error", "code": None}})
    error = error_from_status(status, "application/json", body.encode())
    assert type(error) is ImagesNotSupported
    assert (error.problem, error.action, error.retryable) == (
        Problem.IMAGES_NOT_SUPPORTED, ErrorAction.CHOOSE_MODEL, False)
    in_stream = stream_failure(server_message=message)
    assert type(in_stream) is ImagesNotSupportedInStream and isinstance(in_stream, StreamFailed)
    assert in_stream.problem is Problem.IMAGES_NOT_SUPPORTED and in_stream.action is ErrorAction.CHOOSE_MODEL


def test_other_model_errors_are_not_image_refusals() -> None:
    body = b'{"error": {"message": "The model `x` does not exist.", "code": "model_not_found"}}'
    assert type(error_from_status(404, "application/json", body)) is ModelNotAvailable
    body = b'{"error": {"message": "Could not download image from url", "code": "invalid_image_url"}}'
    assert not isinstance(error_from_status(400, "application/json", body), ImagesNotSupported)


def test_an_image_refusal_in_the_stream_and_in_a_200_body() -> None:
    decoder = StreamDecoder()
    decoder.feed(b'data: {"error": {"message": "image_url is only supported by certain models"}}\n\n')
    assert type(decoder.failure) is ImagesNotSupportedInStream
    with pytest.raises(ImagesNotSupportedInStream):
        events_from_completion(b'{"error": {"message": "does not support image input"}}')


def test_the_simulator_refuses_images_for_deepseek_and_the_client_says_images_not_supported(
    sim: SimulatorServer,
) -> None:
    message = ChatMessage(Role.USER, "What is in it?", (ImagePart("image/png", PNG),))

    async def run(model: str) -> Outcome:
        async with GatewayClient(fast_config(sim.base_url)) as client:
            return await collect(client, ChatRequest(model, [message]))

    refused = asyncio.run(run("deepseek-ai/deepseek-r1-0528-maas"))
    assert type(refused.error) is ImagesNotSupported and refused.error.status == 400
    assert sim.requests[-1].images == [("image/png", 4, 3)]
    answered = asyncio.run(run("claude-sonnet-4-5"))
    assert answered.error is None
    assert answered.text.startswith("1 image 4×3 PNG:")
    sent = sim.requests[-1].payload
    assert sent is not None and sent["messages"][0]["content"][1]["image_url"]["url"].startswith(
        "data:image/png;base64,iVBORw0KGgo")


def test_model_facts_read_image_abilities_only_from_real_bools_and_lists() -> None:
    from desktop_chat.api import known_image_abilities, model_facts

    both = ["text", "image"]
    openrouter = {"architecture": {"input_modalities": both, "output_modalities": both}}
    facts = model_facts("g", openrouter)
    assert facts is not None and (facts.reads_images, facts.draws_images) == (True, True)
    older = model_facts("g", {"architecture": {"modality": "text+image->text"}})
    assert older is not None and (older.reads_images, older.draws_images) == (True, False)
    litellm = {"model_info": {"supports_vision": False, "supported_output_modalities": ["text"]}}
    facts = model_facts("d", litellm)
    assert facts is not None and (facts.reads_images, facts.draws_images) == (False, False)
    absurds: list[dict[str, object]] = [
        {"model_info": {"supports_vision": "yes"}},
        {"architecture": {"input_modalities": "image"}},
        {"architecture": {"input_modalities": [1, "image"]}},
        {"supports_vision": None},
    ]
    for absurd in absurds:
        assert model_facts("x", absurd) is None
    assert known_image_abilities("claude-sonnet-4-5@20250929") == (True, False)
    assert known_image_abilities("claude-3-haiku@20240307") == (True, False)
    assert known_image_abilities("gemini-2.5-flash") == (True, False)
    assert known_image_abilities("gemini-2.5-flash-image-preview") == (True, True)
    assert known_image_abilities("google/gemini-3-pro-image-preview") == (True, True)
    assert known_image_abilities("deepseek-ai/deepseek-r1-0528-maas") == (False, False)
    assert known_image_abilities("claude-2.1") == (None, None)
    assert known_image_abilities("some-local-model") == (None, None)


def test_the_body_splices_image_data_exactly_as_json_would_write_it() -> None:
    """Heavy requests: the base64 goes into the body as bytes (json.dumps's C encoder holds the GIL
    for the whole call), and the body is byte for byte what `json.dumps` writes."""
    import json
    import os

    from desktop_chat.api.client import _json_body
    from desktop_chat.api.request import ChatRequest
    from desktop_chat.domain import ChatMessage, ImagePart, Role

    images = tuple(ImagePart("image/png", b"\x89PNG\r\n\x1a\n" + os.urandom(3000 + n)) for n in range(3))
    request = ChatRequest("m", [
        ChatMessage(Role.SYSTEM, 'Say "hi" — ünïcode \\ and @dc-image-0000000000000000-0@ text'),
        ChatMessage(Role.USER, "first", images[:1]),
        ChatMessage(Role.ASSISTANT, "ok"),
        ChatMessage(Role.USER, "", images[1:]),
    ])
    payload = request.to_payload()
    expected = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    assert _json_body(payload) == expected
    plain = ChatRequest("m", [ChatMessage(Role.USER, "no pictures")]).to_payload()
    assert _json_body(plain) == json.dumps(plain, ensure_ascii=False, separators=(",", ":")).encode()
