"""Tool names offered to the model are unique and valid; results become capped text."""

from __future__ import annotations

import base64
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop_chat.services.tools.content import MAX_RESULT_CHARS, result_text
from desktop_chat.services.tools.naming import unique_names

VALID = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
REPO = Path(__file__).resolve().parents[2]


def test_own_names_kept_when_unique_else_qualified() -> None:
    names = unique_names(
        [
            ("time", "get_current_time"),
            ("a", "search"),
            ("b", "search"),
            ("b", "dots.and spaces"),
            ("x" * 80, "y" * 80),
        ]
    )
    assert names[("time", "get_current_time")] == "get_current_time"
    assert names[("a", "search")] == "a__search" and names[("b", "search")] == "b__search"
    assert VALID.match(names[("b", "dots.and spaces")])
    assert len(names[("x" * 80, "y" * 80)]) == 64
    assert len(set(names.values())) == len(names)


def test_a_qualified_name_that_meets_an_own_name_is_made_distinct() -> None:
    names = unique_names([("a", "search"), ("b", "search"), ("c", "a__search")])
    assert len(set(names.values())) == 3
    assert all(VALID.match(n) for n in names.values())


def test_the_same_configuration_gives_the_same_names() -> None:
    pairs = [("s1", "t"), ("s2", "t"), ("s3", "ü")]
    assert unique_names(pairs) == unique_names(list(pairs))


@given(st.lists(st.tuples(st.text(min_size=1, max_size=90), st.text(min_size=1, max_size=90)), max_size=30))
def test_names_are_always_unique_and_valid(pairs: list[tuple[str, str]]) -> None:
    names = unique_names(pairs)
    assert set(names) == set(pairs)
    assert len(set(names.values())) == len(names)
    assert all(VALID.match(n) for n in names.values())


@dataclass
class Block:
    type: str
    text: str = ""
    data: str = ""
    mime_type: str = ""
    uri: str = ""
    name: str = ""
    resource: object = None


@dataclass
class Resource:
    uri: str
    text: str | None = None
    mime_type: str = ""


def test_blocks_become_text_and_media_is_described_not_inlined() -> None:
    picture = base64.b64encode(b"\x89PNG" + b"\x00" * 3000).decode()
    text = result_text(
        [
            Block("text", text="first"),
            Block("image", data=picture, mime_type="image/png"),
            Block("resource_link", uri="file:///a.txt", name="a"),
            Block("resource", resource=Resource("mem://x", text="embedded text")),
            Block("resource", resource=Resource("mem://y", mime_type="application/pdf")),
            Block("text", text="last"),
        ]
    )
    assert text.startswith("first\n[image image/png, ")
    assert picture not in text
    assert "[resource link a: file:///a.txt]" in text and "embedded text" in text
    assert "application/pdf, binary" in text and text.endswith("last")


def test_structured_content_only_when_there_is_no_block_and_huge_results_are_capped() -> None:
    assert result_text([], {"a": 1}) == '{\n  "a": 1\n}'
    huge = result_text([Block("text", text="x" * (MAX_RESULT_CHARS + 5000))])
    assert len(huge) < MAX_RESULT_CHARS + 100
    assert huge.endswith("[… 5000 more characters left out]")


def test_importing_the_package_loads_neither_the_sdk_nor_pydantic(tmp_path: Path) -> None:
    code = (
        "import sys, desktop_chat.services.tools, desktop_chat.services.tools.config, "
        "desktop_chat.services.tools.host, desktop_chat.services.tools.secret_store\n"
        "print(sorted(m for m in ('mcp', 'pydantic', 'anyio', 'httpx2', 'keyring') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
