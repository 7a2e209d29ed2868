"""Renders the app icon (resources/icons/desktop-chat.svg) to every size the installers need.

Why: each OS wants its own icon format (hicolor PNG sizes for the Linux menu, a multi-size .ico for
Windows, an .icns for macOS) and none of them may be fetched at build time. Qt's SVG renderer (in
PySide6-Essentials, already a dependency) draws the PNGs; .ico and .icns are simple containers of
PNG images, written here with the standard library. The outputs are committed, so builds do not
run this; run it again after changing the SVG:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "desktop-chat.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's "icp4"… "ic10" codes).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512))


def png_path(size: int) -> Path:
    return ICONS / f"desktop-chat-{size}.png"


def render_pngs() -> dict[int, bytes]:
    """Draws the SVG at each size with antialiasing; returns the PNG bytes by size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    out: dict[int, bytes] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    del app
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = 6 + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for size in ICO_SIZES:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG elements (the @1x and @2x sizes Finder and the Dock ask for)."""
    body = b""
    for code, size in ICNS_TYPES:
        blob = pngs[size]
        body += code + struct.pack(">I", len(blob) + 8) + blob
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    pngs = render_pngs()
    for size, blob in pngs.items():
        if size <= 512:  # 1024 px lives only inside the .icns
            png_path(size).write_bytes(blob)
    (ICONS / "desktop-chat.ico").write_bytes(ico_bytes(pngs))
    (ICONS / "desktop-chat.icns").write_bytes(icns_bytes(pngs))
    count = sum(size <= 512 for size in pngs)
    print(f"make_icons: wrote {count} PNGs, desktop-chat.ico and desktop-chat.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
