"""The simulator with attachments: what it records and says about them, and its image-drawing model."""

from __future__ import annotations

import asyncio
import base64
import json

import pytest

from desktop_chat.api import (
    ChatRequest,
    GatewayClient,
    ImageReceived,
    RemoteImage,
    TextDelta,
    parse_models,
)
from desktop_chat.devtools.attachments import (
    SeenDocument,
    SeenImage,
    colour_for,
    describe,
    documents_in,
    image_info,
    make_png,
)
from desktop_chat.devtools.image_answers import ImageForm, remote_url
from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.domain import ChatMessage, ImagePart, Role

from .conftest import Outcome, collect, fast_config
from .test_simulator import http

DRAWS = "gemini-2.5-flash-image-preview"
# Small real files of each kind, made here: a JPEG header with a SOF0 frame, a GIF, and the three WebPs.
JPEG = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        b"\xff\xdb\x00\x03\x00\xff\xc0\x00\x11\x08\x02\xd0\x05\x00\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
        b"\xff\xd9")
GIF = b"GIF89a\x40\x01\xf0\x00\x80\x00\x00" + b"\x00" * 12
WEBP_LOSSY = b"RIFF\x00\x00\x00\x00WEBPVP8 \x00\x00\x00\x00\x00\x00\x00\x9d\x01\x2a\x80\x02\xe0\x01"
WEBP_LOSSLESS = (b"RIFF\x00\x00\x00\x00WEBPVP8L\x00\x00\x00\x00\x2f"
                 + (639 | (479 << 14)).to_bytes(4, "little") + b"\x00" * 8)
WEBP_EXTENDED = (b"RIFF\x00\x00\x00\x00WEBPVP8X" + b"\x00" * 8
                 + (1279).to_bytes(3, "little") + (719).to_bytes(3, "little"))


def run(base_url: str, request: ChatRequest) -> Outcome:
    async def go() -> Outcome:
        async with GatewayClient(fast_config(base_url)) as client:
            return await collect(client, request)

    return asyncio.run(go())


def test_image_sizes_are_read_from_the_bytes_of_each_kind() -> None:
    assert image_info(make_png(1280, 720, (1, 2, 3))) == SeenImage("image/png", 1280, 720)
    assert image_info(JPEG) == SeenImage("image/jpeg", 1280, 720)
    assert image_info(GIF) == SeenImage("image/gif", 320, 240)
    assert image_info(WEBP_LOSSY) == SeenImage("image/webp", 640, 480)
    assert image_info(WEBP_LOSSLESS) == SeenImage("image/webp", 640, 480)
    assert image_info(WEBP_EXTENDED) == SeenImage("image/webp", 1280, 720)
    assert image_info(b"%PDF-1.7") is None and image_info(b"\xff\xd8\xff\x00") is None


def test_documents_and_the_description() -> None:
    text = 'Please read.\n\n<document name="report &quot;Q3&quot;.pdf">\none two three\n</document>'
    assert documents_in(text) == [SeenDocument('report "Q3".pdf', 3)]
    png = SeenImage("image/png", 1280, 720)
    assert describe([png], [SeenDocument("a", 2314)]) == "1 image 1280×720 PNG, 1 document of 2,314 words"
    assert describe([png, SeenImage("", 0, 0)], []) == "2 images 1280×720 PNG and (unreadable)"
    assert describe([], []) == ""


def test_the_simulator_records_and_describes_images_and_documents(sim: SimulatorServer) -> None:
    words = " ".join(["word"] * 2314)
    content = f'What do you make of these?\n\n<document name="notes.txt">\n{words}\n</document>'
    message = ChatMessage(Role.USER, content, (ImagePart("image/png", make_png(1280, 720, (9, 9, 9))),))
    outcome = run(sim.base_url, ChatRequest("claude-sonnet-4-5", [message]))
    assert outcome.error is None
    said = "1 image 1280×720 PNG, 1 document of 2,314 words:\n\n## You said: “What do"
    assert outcome.text.startswith(said)
    assert "word word" not in outcome.text  # the echo quotes what was typed, not the document
    record = sim.requests[-1]
    assert record.images == [("image/png", 1280, 720)] and record.documents == [("notes.txt", 2314)]
    _, _, body = http(sim.origin + "/_sim/requests")
    public = json.loads(body)[-1]
    assert public["images"] == [["image/png", 1280, 720]] and public["documents"] == [["notes.txt", 2314]]


def test_content_parts_are_accepted_in_any_message_and_unreadable_images_are_said(
    sim: SimulatorServer,
) -> None:
    gif_url = "data:image/gif;base64," + base64.b64encode(GIF).decode()
    body = {
        "model": "gemini-2.5-flash",
        "stream": False,
        "messages": [
            {"role": "system", "content": [{"type": "text", "text": "Be brief."}]},
            {"role": "user", "content": [
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,%%"}},
                {"type": "image_url", "image_url": gif_url},
            ]},
        ],
    }
    status, _, raw = http(sim.base_url + "/chat/completions", body)
    assert status == 200
    text = json.loads(raw)["choices"][0]["message"]["content"]
    assert text.startswith("2 images (unreadable) and 320×240 GIF:")
    assert sim.requests[-1].images == [("", 0, 0), ("image/gif", 320, 240)]


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "whole"])
@pytest.mark.parametrize("form", list(ImageForm), ids=[f.value for f in ImageForm])
def test_the_image_model_draws_in_each_form_and_the_client_reads_it(
    sim_server: SimulatorServer, form: ImageForm, stream: bool
) -> None:
    sim_server.simulator.clear_queue()
    status, _, body = http(sim_server.origin + "/_sim/image-form", {"form": form.value})
    assert status == 200 and json.loads(body) == {"form": form.value}
    try:
        request = ChatRequest(DRAWS, [ChatMessage(Role.USER, "Draw a square")], stream=stream,
                              modalities=("image", "text"))
        outcome = run(sim_server.base_url, request)
    finally:
        http(sim_server.origin + "/_sim/image-form", method="DELETE")
    assert outcome.error is None, outcome.error
    assert outcome.text.strip().startswith("Here is the picture you asked for")
    assert "base64" not in outcome.text
    images = [e for e in outcome.events if isinstance(e, ImageReceived | RemoteImage)]
    assert len(images) == 1
    image = images[0]
    if form is ImageForm.REMOTE:
        assert isinstance(image, RemoteImage) and image.url.startswith("https://images.simulator.invalid/")
    else:
        assert isinstance(image, ImageReceived) and image.mime == "image/png"
        assert image_info(image.data) == SeenImage("image/png", 64, 48)
    sent = [r.payload for r in sim_server.requests if r.path.endswith("/chat/completions")][-1]
    assert sent is not None and sent["modalities"] == ["image", "text"]


def test_without_modalities_the_image_model_answers_text_only(sim: SimulatorServer) -> None:
    outcome = run(sim.base_url, ChatRequest(DRAWS, [ChatMessage(Role.USER, "Draw a square")]))
    assert outcome.error is None and outcome.text.startswith("## You said")
    assert not [e for e in outcome.events if isinstance(e, ImageReceived | RemoteImage)]


def test_each_request_gets_a_picture_of_its_own_colour_and_the_spec_can_choose_the_form(
    sim: SimulatorServer,
) -> None:
    request = ChatRequest(DRAWS, [ChatMessage(Role.USER, "Draw")], modalities=("image", "text"))
    first, second = (run(sim.scenario_url("default;image_form=markdown"), request) for _ in range(2))
    a, b = (next(e for e in o.events if isinstance(e, ImageReceived)) for o in (first, second))
    assert a.data != b.data
    assert colour_for(1) != colour_for(2)
    chunks = [e for e in first.events if isinstance(e, TextDelta)]
    assert len(chunks) >= 2  # the text around the Markdown picture still streams
    assert remote_url(3).endswith("/3.png")


def test_the_image_form_control_refuses_unknown_forms(sim: SimulatorServer) -> None:
    status, _, body = http(sim.origin + "/_sim/image-form", {"form": "hologram"})
    assert status == 400 and b"markdown" in body
    status, _, body = http(sim.origin + "/_sim/image-form")
    assert status == 200 and json.loads(body) == {"form": "images"}


def test_the_model_list_can_say_what_each_model_reads_and_draws() -> None:
    with SimulatorServer(default_tps=0, report_modalities=True) as server:
        status, _, body = http(server.base_url + "/models")
    assert status == 200
    parsed = parse_models(body)
    assert parsed is not None
    facts = {f.model: f for f in parsed[1]}
    assert (facts[DRAWS].reads_images, facts[DRAWS].draws_images) == (True, True)
    assert (facts["claude-sonnet-4-5"].reads_images, facts["claude-sonnet-4-5"].draws_images) == (True, False)
    deepseek = facts["deepseek-ai/deepseek-r1-0528-maas"]
    assert (deepseek.reads_images, deepseek.draws_images) == (False, False)
