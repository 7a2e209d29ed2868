"""The session's LiteLLM proxy (see _litellm_proxy.py): started once, stopped at the end.

Why a fixture: starting the proxy takes ~5 s, so every test of tests/litellm/ shares one. When
.venv-litellm is missing the tests skip with the fix; the project's test command always runs
scripts/setup-litellm.sh first, so in CI they run.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _litellm_proxy import LITELLM_BIN, LiteLLMProxy, start_proxy, stop_proxy


@pytest.fixture(scope="session")
def litellm_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiteLLMProxy]:
    """Start the proxy once for the session; skip (with the fix) if it isn't installed."""
    if not LITELLM_BIN.exists():
        pytest.skip("LiteLLM is not installed: run scripts/setup-litellm.sh")
    proc, proxy = start_proxy(tmp_path_factory.mktemp("litellm"))
    try:
        yield proxy
    finally:
        stop_proxy(proc)
