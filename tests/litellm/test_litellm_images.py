"""Images through a real LiteLLM proxy whose upstream is our simulator: what arrives, what comes back.

Why: the app sends images as OpenAI content parts and asks image models for `modalities`; a gateway
in between may drop, rewrite or refuse them, and may pass a generated picture on in a shape of its
own. Here LiteLLM (the pinned version in .venv-litellm) sits between our client and the simulator,
so the test sees both what the upstream received and what our decoder made of LiteLLM's answer.
A proxy of its own (its config names the simulator's port), started once for this module.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import pytest
from _litellm_proxy import LITELLM_BIN, MASTER_KEY, LiteLLMProxy, start_proxy, stop_proxy

from desktop_chat.api import (
    ChatRequest,
    GatewayClient,
    GatewayConfig,
    GatewayError,
    ImageReceived,
    ImagesNotSupported,
    RemoteImage,
    RetryPolicy,
    ServerTrouble,
    StreamEvent,
    TextDelta,
)
from desktop_chat.devtools.attachments import SeenImage, image_info, make_png
from desktop_chat.devtools.image_answers import ImageForm
from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.domain import ChatMessage, ImagePart, Role

PNG = make_png(320, 200, (30, 90, 200))


def _config(upstream: str) -> str:
    models = {
        "sim-vision": "claude-sonnet-4-5",
        "sim-draws": "gemini-2.5-flash-image-preview",
        "sim-no-images": "deepseek-ai/deepseek-r1-0528-maas",
    }
    entries = "".join(
        f"  - model_name: {name}\n"
        f"    litellm_params:\n"
        f"      model: {json.dumps('openai/' + upstream_model)}\n"
        f"      api_base: {json.dumps(upstream)}\n"
        f"      api_key: sk-upstream-sim\n"
        for name, upstream_model in models.items()
    )
    return (
        f"model_list:\n{entries}"
        "litellm_settings:\n  num_retries: 0\n  telemetry: false\n  drop_params: false\n"
        f"general_settings:\n  master_key: {json.dumps(MASTER_KEY)}\n"
    )


@pytest.fixture(scope="module")
def upstream() -> Iterator[SimulatorServer]:
    with SimulatorServer(default_tps=0) as server:
        yield server


@pytest.fixture(scope="module")
def proxy(upstream: SimulatorServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiteLLMProxy]:
    if not LITELLM_BIN.exists():
        pytest.skip("LiteLLM is not installed: run scripts/setup-litellm.sh")
    proc, running = start_proxy(tmp_path_factory.mktemp("litellm-images"), _config(upstream.base_url))
    try:
        yield running
    finally:
        stop_proxy(proc)


def _run(proxy: LiteLLMProxy, request: ChatRequest) -> tuple[list[StreamEvent], GatewayError | None]:
    async def go() -> tuple[list[StreamEvent], GatewayError | None]:
        config = GatewayConfig(proxy.base_url, proxy.master_key, retry=RetryPolicy(max_attempts=1))
        events: list[StreamEvent] = []
        async with GatewayClient(config) as client:
            try:
                async for event in client.stream_chat(request):
                    events.append(event)
            except GatewayError as exc:
                return events, exc
        return events, None

    return asyncio.run(go())


def _chat_records(upstream: SimulatorServer) -> list[dict[str, object]]:
    return [r.payload for r in upstream.requests if r.path.endswith("/chat/completions") and r.payload]


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "whole"])
def test_content_parts_pass_through_litellm_to_the_upstream(
    proxy: LiteLLMProxy, upstream: SimulatorServer, stream: bool
) -> None:
    upstream.simulator.records.clear()
    message = ChatMessage(Role.USER, "What is in this picture?", (ImagePart("image/png", PNG),))
    events, error = _run(proxy, ChatRequest("sim-vision", [message], stream=stream))
    assert error is None, error
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert text.startswith("1 image 320×200 PNG:")  # the upstream looked at the very bytes we sent
    [sent] = _chat_records(upstream)
    content = sent["messages"][0]["content"]  # type: ignore[index]
    assert content[0] == {"type": "text", "text": "What is in this picture?"}
    assert content[1]["type"] == "image_url"
    assert content[1]["image_url"]["url"].startswith("data:image/png;base64,iVBORw0KGgo")
    assert upstream.requests[-1].images == [("image/png", 320, 200)]


def test_the_upstreams_image_refusal_reaches_us_as_images_not_supported(
    proxy: LiteLLMProxy, upstream: SimulatorServer
) -> None:
    message = ChatMessage(Role.USER, "Look", (ImagePart("image/png", PNG),))
    _events, error = _run(proxy, ChatRequest("sim-no-images", [message]))
    assert isinstance(error, ImagesNotSupported), error
    assert error.status == 400 and "image_url is only supported" in (error.server_message or "")


# What LiteLLM 1.106 does with each form the upstream may answer in (found by this test):
#   images, markdown, remote — passed on as they are (streamed and whole): we read the picture;
#   legacy_image — the singular `image` is dropped: the text arrives, the picture does not;
#   parts — a streamed `content` list is dropped whole (an empty answer); a whole one makes LiteLLM
#   fail with 500 "Invalid response object".
PASSED_ON = (ImageForm.IMAGES, ImageForm.MARKDOWN, ImageForm.REMOTE)


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "whole"])
@pytest.mark.parametrize("form", list(ImageForm), ids=[f.value for f in ImageForm])
def test_what_an_image_answer_becomes_through_litellm(
    proxy: LiteLLMProxy, upstream: SimulatorServer, form: ImageForm, stream: bool
) -> None:
    upstream.simulator.image_form = form
    upstream.simulator.records.clear()
    try:
        request = ChatRequest("sim-draws", [ChatMessage(Role.USER, "Draw")], stream=stream,
                              modalities=("image", "text"))
        events, error = _run(proxy, request)
    finally:
        upstream.simulator.image_form = ImageForm.IMAGES
    [sent] = _chat_records(upstream)
    assert sent.get("modalities") == ["image", "text"]  # LiteLLM passes `modalities` on
    images = [e for e in events if isinstance(e, ImageReceived | RemoteImage)]
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert "base64" not in text
    if form is ImageForm.PARTS:
        if stream:
            assert error is None and text == "" and not images
        else:
            assert isinstance(error, ServerTrouble)
            assert "Invalid response object" in (error.server_message or "")
        return
    assert error is None, error
    assert text.strip().startswith("Here is the picture")
    if form is ImageForm.LEGACY_IMAGE:
        assert not images
    elif form is ImageForm.REMOTE:
        assert len(images) == 1 and isinstance(images[0], RemoteImage)
        assert images[0].url.startswith("https://images.simulator.invalid/generated/")
    else:
        assert len(images) == 1 and isinstance(images[0], ImageReceived)
        assert image_info(images[0].data) == SeenImage("image/png", 64, 48)
