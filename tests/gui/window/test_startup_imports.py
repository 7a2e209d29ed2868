"""The chat view opens without the Markdown renderer: markdown-it and Pygments load on first use.

Why: importing them (and compiling their regexes) cost ~40 ms of start-up, and an empty chat needs
neither. A stray top-level import would silently bring that back, so a fresh interpreter checks it
(the test process itself has long imported everything).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
HEAVY = ("markdown_it", "pygments", "desktop_chat.ui.render.markdown", "desktop_chat.ui.chat.card",
         "desktop_chat.ui.render.formulas", "ziamath", "ziafont", "latex2mathml")
PROBE = """
import json, sys
HEAVY = {heavy!r}

def loaded():
    return sorted(name for name in HEAVY if name in sys.modules)

import desktop_chat.ui.chat.view as chat_view
after_import = loaded()

from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
view = chat_view.ChatView()
view.set_conversation(None, [])
view.resize(800, 600)
view.show()
app.processEvents()
after_empty_view = loaded()
print(json.dumps({{"after_import": after_import, "after_empty_view": after_empty_view}}))
"""


def probe() -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.gui
def test_chat_view_import_and_empty_view_load_no_markdown_renderer() -> None:
    result = probe()
    assert result["after_import"] == []
    assert result["after_empty_view"] == []
