"""An attached image → what is sent: real MIME type, EXIF orientation applied, long side ≤ max_side.

Why Pillow, in the calling thread: it releases the GIL while decoding, scaling and encoding, so a
worker thread does not stall the UI, and there is no process start to pay for the 4000×3000
screenshot pasted a dozen times a day. Decompression bombs are refused from the header's declared
size before a pixel is decoded; JPEGs are decoded at 1/2, 1/4 or 1/8 scale (`draft`) when that is
still larger than the target, which makes a 12 MP photo several times faster.
The original bytes are kept when they are already fine (small, upright, a single frame): the model
then sees exactly what the person attached.
"""

from __future__ import annotations

import io
import math
import warnings
from typing import Any

from desktop_chat.domain import image_mime
from desktop_chat.services.ingest.types import (
    DEFAULT_LIMITS,
    CannotRead,
    IngestLimits,
    PreparedImage,
    ReadProblem,
)

_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG", "image/gif": "GIF", "image/webp": "WEBP"}
_ORIENTATION = 0x0112
JPEG_QUALITY = 88


def _has_alpha(image: Any) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode == "P" and "transparency" in image.info
    )


_quiet = False


def _quiet_pillow() -> None:
    """Pillow warns (DecompressionBombWarning) at open for sizes our own check refuses a moment later,
    and warns about damaged EXIF blocks it skips: noise on stderr, once filtered for the process."""
    global _quiet
    if not _quiet:
        from PIL import Image

        warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
        warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
        _quiet = True


def _open(data: bytes, mime: str, limits: IngestLimits) -> Any:
    from PIL import Image, UnidentifiedImageError

    _quiet_pillow()
    try:
        image = Image.open(io.BytesIO(data), formats=[_FORMATS[mime]])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:  # warning: under -W error
        raise CannotRead(ReadProblem.TOO_COMPLEX, str(exc)) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CannotRead(ReadProblem.DAMAGED, f"{type(exc).__name__}: {exc}") from exc
    width, height = image.size
    if width <= 0 or height <= 0:
        raise CannotRead(ReadProblem.DAMAGED, f"declared size {width}×{height}")
    if width * height > limits.max_pixels:
        raise CannotRead(ReadProblem.TOO_COMPLEX,
                         f"declared size {width}×{height} is over {limits.max_pixels} pixels")
    return image


def _orientation(image: Any) -> int:
    try:
        value = image.getexif().get(_ORIENTATION, 1)
    except Exception:  # a broken EXIF block: Pillow raises several types; the pixels may still be fine
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _encode(image: Any, lossless: bool) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    if _has_alpha(image) or lossless:
        if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            image = image.convert("RGBA" if _has_alpha(image) else "RGB")
        image.save(buffer, format="PNG", compress_level=3)
        return buffer.getvalue(), "image/png"
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue(), "image/jpeg"


def prepare_image(data: bytes, *, limits: IngestLimits = DEFAULT_LIMITS) -> PreparedImage:
    """The image as sent (see PreparedImage). Raises CannotRead only; safe to call from any thread."""
    if len(data) > limits.max_file_bytes:
        raise CannotRead(ReadProblem.TOO_BIG, f"{len(data)} bytes (limit {limits.max_file_bytes})")
    if not data:
        raise CannotRead(ReadProblem.EMPTY, "a file of 0 bytes")
    mime = image_mime(data[:16])
    if mime is None:
        raise CannotRead(ReadProblem.UNSUPPORTED_TYPE, "not a PNG, JPEG, GIF or WebP image")
    try:
        return _prepare(data, mime, limits)
    except CannotRead:
        raise
    except MemoryError as exc:
        raise CannotRead(ReadProblem.TOO_COMPLEX, "MemoryError while decoding") from exc
    except Exception as exc:  # Pillow raises OSError, ValueError, SyntaxError, struct.error… on bad data
        raise CannotRead(ReadProblem.DAMAGED, f"{type(exc).__name__}: {exc}"[:500]) from exc


def _prepare(data: bytes, mime: str, limits: IngestLimits) -> PreparedImage:
    from PIL import Image, ImageOps

    image = _open(data, mime, limits)
    width, height = image.size
    orientation = _orientation(image)
    animated = bool(getattr(image, "is_animated", False))
    side = max(width, height)
    if side <= limits.max_side and orientation == 1 and not animated:
        image.load()  # a truncated or corrupt file fails here, not at the model
        return PreparedImage(data, mime, width, height, scaled=False)
    scale = min(1.0, limits.max_side / side)
    if mime == "image/jpeg" and scale < 1.0:
        image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
    image.load()  # the first frame of an animation
    if animated and image.mode == "P":
        image = image.convert("RGBA" if _has_alpha(image) else "RGB")
    if orientation != 1:
        image = ImageOps.exif_transpose(image)
    if max(image.size) > limits.max_side:
        factor = limits.max_side / max(image.size)
        target = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
        if image.mode == "P":
            image = image.convert("RGBA" if _has_alpha(image) else "RGB")
        image = image.resize(target, Image.Resampling.BICUBIC, reducing_gap=3.0)
    # Screenshots and drawings (PNG/GIF sources) stay lossless; photographs become JPEG.
    encoded, out_mime = _encode(image, lossless=mime in ("image/png", "image/gif"))
    return PreparedImage(encoded, out_mime, image.width, image.height, scaled=True)
