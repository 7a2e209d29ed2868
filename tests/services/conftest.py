"""Fixtures for the services tests: the real gateway simulator, a real SQLite file, plain asyncio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from _services_harness import Harness

from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.store import HistoryStore


@pytest.fixture
def sim() -> Iterator[SimulatorServer]:
    with SimulatorServer(default_tps=0) as server:  # as fast as possible unless a scenario says tps=
        yield server


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    history = HistoryStore.open(tmp_path / "history.sqlite3")
    yield history
    history.close()


@pytest.fixture
def harness(store: HistoryStore, sim: SimulatorServer) -> Harness:
    return Harness(store, sim.base_url)
