"""Start-up does not pay for attachments: the real app, run to the point where it can be used,
has loaded none of the libraries that read documents and images (Pillow, PDFium, python-docx,
openpyxl, python-pptx, lxml, the ingest package). They load when a file is attached."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.gui
def test_the_ready_app_has_loaded_no_document_library(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "DESKTOP_CHAT_HOME": str(tmp_path / "home"), "DESKTOP_CHAT_EXIT_AFTER_SHOWN": "1",
           "DESKTOP_CHAT_BASE_URL": "http://127.0.0.1:9/v1", "DESKTOP_CHAT_API_KEY": "sk-startup-probe-0000"}
    done = subprocess.run([sys.executable, "-m", "desktop_chat"], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    ready = next(line for line in lines if "ready_ms" in line)
    assert ready["attachment_libraries"] == []
