"""prepare_image: real MIME types, orientation, first frames, scaling, originals kept, bombs refused."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from desktop_chat.services.ingest import CannotRead, IngestLimits, ReadProblem, prepare_image
from tests.ingest import makers
from tests.ingest.conftest import Files


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_small_png_is_sent_as_it_is(files: Files) -> None:
    prepared = prepare_image(files.png)
    assert (prepared.mime, prepared.width, prepared.height, prepared.scaled) == ("image/png", 640, 480, False)
    assert prepared.data == files.png


@pytest.mark.parametrize(("attr", "mime"), [("jpeg", "image/jpeg"), ("webp", "image/webp")])
def test_small_jpeg_and_webp_keep_their_bytes_and_real_type(files: Files, attr: str, mime: str) -> None:
    data = getattr(files, attr)
    prepared = prepare_image(data)
    assert prepared.mime == mime
    assert prepared.data == data and not prepared.scaled


def test_a_4000x3000_screenshot_becomes_a_2048_png(files: Files) -> None:
    prepared = prepare_image(files.big_png)
    assert (prepared.mime, prepared.width, prepared.height) == ("image/png", 2048, 1536)
    assert prepared.scaled
    assert decoded(prepared.data).size == (2048, 1536)


def test_alpha_stays_png_and_transparent(files: Files) -> None:
    prepared = prepare_image(files.png_alpha)
    assert prepared.mime == "image/png" and (prepared.width, prepared.height) == (2048, 683)
    assert decoded(prepared.data).mode == "RGBA"


def test_exif_orientation_is_applied_and_the_photo_scaled_as_jpeg(files: Files) -> None:
    prepared = prepare_image(files.big_jpeg_rotated)
    # 3000×2000 with orientation 6 (rotate 90° clockwise to view) → upright 2000×3000 → 1365×2048.
    assert (prepared.mime, prepared.width, prepared.height) == ("image/jpeg", 1365, 2048)
    assert prepared.scaled
    image = decoded(prepared.data)
    assert image.size == (1365, 2048)
    assert image.getexif().get(0x0112, 1) == 1


def test_a_small_rotated_jpeg_is_re_encoded_upright(files: Files) -> None:
    data = makers.with_exif_orientation(files.jpeg, 8)
    prepared = prepare_image(data)
    assert (prepared.width, prepared.height, prepared.scaled) == (600, 800, True)


def test_an_animated_gif_sends_its_first_frame_as_png(files: Files) -> None:
    prepared = prepare_image(files.gif_animated)
    assert prepared.mime == "image/png" and prepared.scaled
    image = decoded(prepared.data).convert("RGB")
    assert image.getpixel((5, 5)) == (255, 0, 0)
    assert getattr(image, "n_frames", 1) == 1


def test_an_animated_webp_sends_its_first_frame_scaled(qapp: object) -> None:
    prepared = prepare_image(makers.animated_webp())
    assert (prepared.width, prepared.height, prepared.scaled) == (2048, 683, True)
    assert prepared.mime in ("image/png", "image/jpeg")
    assert decoded(prepared.data).convert("RGB").getpixel((10, 10))[0] > 200


def test_the_mime_type_comes_from_the_bytes(files: Files) -> None:
    # prepare_image takes no name at all; a PNG is a PNG.
    assert prepare_image(files.png).mime == "image/png"


def test_a_png_declaring_100000_squared_pixels_is_refused_before_decoding() -> None:
    with pytest.raises(CannotRead) as caught:
        prepare_image(makers.png_declaring(100_000, 100_000))
    assert caught.value.problem is ReadProblem.TOO_COMPLEX


def test_the_pixel_limit_is_the_callers(files: Files) -> None:
    with pytest.raises(CannotRead) as caught:
        prepare_image(files.png, limits=IngestLimits(max_pixels=100_000))
    assert caught.value.problem is ReadProblem.TOO_COMPLEX


@pytest.mark.parametrize("attr", ["png", "jpeg", "webp", "gif_animated", "big_png"])
def test_truncated_images_are_damaged(files: Files, attr: str) -> None:
    data = getattr(files, attr)
    with pytest.raises(CannotRead) as caught:
        prepare_image(data[: len(data) // 2])
    assert caught.value.problem is ReadProblem.DAMAGED


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", ReadProblem.EMPTY),
        (b"hello, not an image", ReadProblem.UNSUPPORTED_TYPE),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ReadProblem.DAMAGED),
        (b"\xff\xd8\xff" + bytes(range(256)) * 4, ReadProblem.DAMAGED),
        (b"RIFF\x00\x00\x00\x00WEBP" + b"\x07" * 100, ReadProblem.DAMAGED),
        (b"BM" + b"\x00" * 100, ReadProblem.UNSUPPORTED_TYPE),
    ],
)
def test_bad_image_bytes(data: bytes, problem: ReadProblem) -> None:
    with pytest.raises(CannotRead) as caught:
        prepare_image(data)
    assert caught.value.problem is problem


def test_too_big_a_file(files: Files) -> None:
    with pytest.raises(CannotRead) as caught:
        prepare_image(files.png, limits=IngestLimits(max_file_bytes=1000))
    assert caught.value.problem is ReadProblem.TOO_BIG


def test_picture_sizes_are_read_from_headers_without_decoding(qapp) -> None:
    """Answers' pictures get their size from their header (no decoder on the event loop)."""
    from desktop_chat.services.ingest import image_size

    for data in (makers.qimage_bytes(321, 123, "PNG"), makers.qimage_bytes(321, 123, "JPEG"), _gif(321, 123)):
        assert image_size(data) == (321, 123)
    assert image_size(b"not a picture") is None
    assert image_size(b"\x89PNG\r\n\x1a\n") is None  # cut short
    assert image_size(b"\xff\xd8\xff\xe0\x00\x10JFIF") is None  # no frame header in what is there


def _gif(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("P", (width, height)).save(out, "GIF")
    return out.getvalue()
