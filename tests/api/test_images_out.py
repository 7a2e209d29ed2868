"""Images out: every form gateways send a picture in, read by the stream decoder and from whole bodies."""

from __future__ import annotations

import base64
import itertools
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_chat.api import (
    Finished,
    ImageReceived,
    IncompleteAnswer,
    RemoteImage,
    StreamEvent,
    StreamFailed,
    TextDelta,
)
from desktop_chat.api.decoder import StreamDecoder, events_from_completion
from desktop_chat.api.images_out import (
    MAX_IMAGE_BYTES,
    MarkdownImages,
    decode_base64_image,
    decode_data_url,
    image_from_entry,
    image_mime,
)
from desktop_chat.devtools.attachments import make_png

PNG = make_png(8, 6, (10, 200, 30))
B64 = base64.b64encode(PNG).decode()
DATA_URL = "data:image/png;base64," + B64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 40
GIF = b"GIF89a" + b"\x01\x00\x01\x00" + b"\x00" * 20
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 20


def sse(*deltas: dict[str, Any], finish: str = "stop") -> bytes:
    chunks: list[dict[str, Any]] = [
        {"choices": [{"index": 0, "delta": d, "finish_reason": None}]} for d in deltas
    ]
    chunks.append({"choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
    return b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks) + b"data: [DONE]\n\n"


def decode(body: bytes, read: int = 0) -> tuple[list[StreamEvent], StreamDecoder]:
    decoder = StreamDecoder()
    events: list[StreamEvent] = []
    step = read or len(body)
    for start in range(0, len(body), step):
        events += decoder.feed(body[start : start + step])
        if decoder.done or decoder.failure is not None:
            break
    if not decoder.done and decoder.failure is None:
        events += decoder.end()
    return events, decoder


def text_of(events: list[StreamEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def images_of(events: list[StreamEvent]) -> list[ImageReceived | RemoteImage]:
    return [e for e in events if isinstance(e, ImageReceived | RemoteImage)]


# -- the pure readers --------------------------------------------------------------------------
def test_the_mime_type_comes_from_the_bytes_not_from_the_url() -> None:
    assert [image_mime(b) for b in (PNG, JPEG, GIF, WEBP, b"%PDF-1.7", b"")] == [
        "image/png", "image/jpeg", "image/gif", "image/webp", None, None]
    image = decode_data_url("data:image/jpeg;base64," + B64)  # claims JPEG, is a PNG
    assert image == ImageReceived("image/png", PNG)
    assert "bytes" in repr(image) and B64[:20] not in repr(image)  # no megabytes in logs


def test_base64_is_strict_but_allows_line_breaks_urlsafe_letters_and_missing_padding() -> None:
    wrapped = "\n".join(B64[i : i + 76] for i in range(0, len(B64), 76))
    assert decode_base64_image(wrapped) == ImageReceived("image/png", PNG)
    urlsafe = base64.urlsafe_b64encode(PNG).decode().rstrip("=")
    assert decode_base64_image(urlsafe) == ImageReceived("image/png", PNG)
    for bad in (B64[:-3] + "*==", B64 + "A", "é" + B64, base64.b64encode(b"%PDF-1.7 not an image").decode()):
        assert decode_base64_image(bad) is None
    assert decode_data_url("data:image/svg+xml,<svg/>") is None
    assert decode_data_url("data:image/png," + B64) is None  # not base64


def test_entries_in_every_known_shape() -> None:
    png = ImageReceived("image/png", PNG)
    shapes: list[object] = [
        DATA_URL,
        {"type": "image_url", "image_url": {"url": DATA_URL}},
        {"type": "image_url", "image_url": DATA_URL},
        {"url": DATA_URL, "detail": "auto"},
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": B64}},
        {"inline_data": {"mime_type": "image/png", "data": B64}},
        {"type": "output_image", "b64_json": B64},
    ]
    assert [image_from_entry(shape) for shape in shapes] == [png] * len(shapes)
    assert image_from_entry({"image_url": {"url": "https://cdn.example/x.png"}}) == RemoteImage(
        "https://cdn.example/x.png")
    for bad in ("file:///etc/passwd", "javascript:alert(1)", {"image_url": 3}, [DATA_URL], None,
                {"image_url": {"image_url": {"image_url": {"image_url": {"url": DATA_URL}}}}}):
        assert image_from_entry(bad) is None


# -- the streamed forms --------------------------------------------------------------------------
@pytest.mark.parametrize("read", [0, 1, 7, 100])
def test_delta_images_in_a_late_chunk(read: int) -> None:
    body = sse({"role": "assistant", "content": "Here it is."},
               {"content": "", "images": [{"type": "image_url", "image_url": {"url": DATA_URL}, "index": 0}]},
               {"images": [{"type": "image_url", "image_url": "https://cdn.example/2.png"}]})
    events, decoder = decode(body, read)
    assert text_of(events) == "Here it is."
    assert images_of(events) == [ImageReceived("image/png", PNG), RemoteImage("https://cdn.example/2.png")]
    assert isinstance(events[-1], Finished) and decoder.images_dropped == 0


def test_legacy_singular_image_as_object_and_as_string() -> None:
    legacy = {"image": {"url": DATA_URL, "detail": "auto"}}
    events, _ = decode(sse({"content": "A"}, legacy, {"image": DATA_URL}))
    assert images_of(events) == [ImageReceived("image/png", PNG)] * 2 and text_of(events) == "A"


def test_content_as_a_list_of_parts() -> None:
    parts = [{"type": "text", "text": "Look: "}, {"type": "image_url", "image_url": {"url": DATA_URL}},
             {"type": "text", "text": "done."}, {"type": "unknown"}, 42]
    events, _ = decode(sse({"content": parts}))
    assert [type(e).__name__ for e in events] == ["TextDelta", "ImageReceived", "TextDelta", "Finished"]
    assert text_of(events) == "Look: done."


@pytest.mark.parametrize("piece", [1, 2, 3, 7, 64, 10_000])
def test_markdown_data_url_split_across_chunks_never_reaches_the_text(piece: int) -> None:
    text = f"Before! ![a picture]({DATA_URL}) after ![remote](https://x.example/y.png) end!"
    deltas = [{"content": text[i : i + piece]} for i in range(0, len(text), piece)]
    events, decoder = decode(sse(*deltas))
    assert text_of(events) == "Before!  after ![remote](https://x.example/y.png) end!"
    assert images_of(events) == [ImageReceived("image/png", PNG)]
    assert B64[:8] not in decoder.partial_text and decoder.images_dropped == 0


def test_markdown_images_that_are_broken_are_dropped_and_the_text_goes_on() -> None:
    reader = MarkdownImages()
    out = reader.feed("a ![x](data:image/png;base64,AAAA) b ![y](data:image/png;base64,%%%) c "
                      "![z](data:text/plain,hello) d ![w](data:image/png;base64,")
    out += reader.feed(B64[:40])
    out += reader.flush()  # cut off inside its base64
    assert "".join(p for p in out if isinstance(p, str)) == "a  b %%%) c  d "
    assert not [p for p in out if not isinstance(p, str)] and reader.dropped == 4


def test_an_oversized_markdown_image_is_dropped_without_holding_it() -> None:
    reader = MarkdownImages()
    out = reader.feed("big ![x](data:image/png;base64,")
    chunk = "A" * (1 << 20)
    for _ in range(MAX_IMAGE_BYTES * 4 // 3 // len(chunk) + 2):
        out += reader.feed(chunk)
    out += reader.feed(") after")
    assert "".join(p for p in out if isinstance(p, str)) == "big  after" and reader.dropped == 1
    assert reader.idle


def test_text_that_only_looks_like_the_start_of_an_image_is_kept() -> None:
    for text in ("Wow!", "![", "![alt", "![alt]", "![alt](", "![alt](da", "![[x]](data:", "! [x](data:a,b)",
                 "![a](http://x)", "!!![b]", "![a]\n\n(data:image/png;base64,AA)"):
        events, _ = decode(sse({"content": text}))
        assert text_of(events) == text, text


def test_a_whole_body_in_each_form() -> None:
    def body(message: dict[str, Any]) -> bytes:
        return json.dumps({"choices": [{"message": message, "finish_reason": "stop"}], "model": "g"}).encode()

    png = ImageReceived("image/png", PNG)
    forms: list[dict[str, Any]] = [
        {"content": "Hi", "images": [{"type": "image_url", "image_url": {"url": DATA_URL}}]},
        {"content": "Hi", "image": {"url": DATA_URL}},
        {"content": [{"type": "text", "text": "Hi"}, {"type": "image_url", "image_url": {"url": DATA_URL}}]},
        {"content": f"Hi![image]({DATA_URL})"},
    ]
    for message in forms:
        events = events_from_completion(body(message))
        assert text_of(events) == "Hi" and images_of(events) == [png], message
        assert isinstance(events[-1], Finished)
    events = events_from_completion(body({"content": f"<think>hmm</think>A ![i]({DATA_URL}) B"}))
    assert [type(e).__name__ for e in events] == ["ReasoningDelta", "TextDelta", "ImageReceived", "TextDelta",
                                                  "Finished"]


def test_a_stream_cut_off_inside_a_markdown_image_keeps_the_text_but_no_base64() -> None:
    body = sse({"content": "Text ![x]("}, {"content": DATA_URL[:60]})
    body = body[: body.index(b'{"choices": [{"index": 0, "delta": {}')]  # no finish, no [DONE]
    decoder = StreamDecoder()
    decoder.feed(body)
    with pytest.raises(IncompleteAnswer) as caught:
        decoder.end()
    assert caught.value.partial_text == "Text " and decoder.images_dropped == 1


# -- a small sample of the fuzzing (benchmarks/fuzz_image_parsers.py runs 100,000+) ----------------
_piece = st.sampled_from([
    "![", "](", ")", "data:", "image/png;base64,", B64[:12], B64, "=", " ", "\n", "!", "[", "]", "(",
    "https://x/y.png", '"t"', "é", "%", "<think>", "</think>",
])
_texts = st.lists(st.one_of(_piece, st.text(max_size=8)), max_size=20).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=_texts, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_markdown_reader_keeps_every_character_outside_images(text: str, cuts: list[int]) -> None:
    reader = MarkdownImages()
    points = sorted({c for c in cuts if c < len(text)} | {0, len(text)})
    out: list[object] = []
    for start, end in itertools.pairwise(points):
        out += reader.feed(text[start:end])
    out += reader.flush()
    whole = MarkdownImages()
    expected = whole.feed(text) + whole.flush()
    assert out == expected or _joined(out) == _joined(expected)  # the cut points never matter
    if "data:" not in text:
        assert "".join(p for p in out if isinstance(p, str)) == text


def _joined(parts: list[Any]) -> list[Any]:
    merged: list[Any] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    return merged


_json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6) | _piece | st.just(DATA_URL),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["type", "image_url", "url", "text", "images", "image", "content", "b64_json",
                         "source", "data"]), inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(deltas=st.lists(st.dictionaries(st.sampled_from(["content", "images", "image", "role"]), _json_value,
                                       max_size=3), max_size=5),
       read=st.integers(min_value=1, max_value=300))
def test_arbitrary_image_chunks_give_events_or_a_documented_error(
    deltas: list[dict[str, Any]], read: int
) -> None:
    body = sse(*deltas)
    try:
        decode(body, read)
    except IncompleteAnswer:
        pass
    for delta in deltas:
        try:
            whole = {"choices": [{"message": delta, "finish_reason": "stop"}]}
            events_from_completion(json.dumps(whole).encode())
        except StreamFailed:
            pass
