"""How fast do we turn a streamed answer into events, next to a floor and a peer?

Why: every token of every answer goes through the client's decoder; it must never be the
bottleneck of the UI. The same 50,000-chunk stream from the gateway simulator (in a subprocess, so
the server does not share our GIL) is read three ways in one run:

  floor  raw httpx line iteration + `json.loads` of each payload (no interpretation at all)
  peer   the `openai` package's streaming (pydantic chunk objects)
  ours   `GatewayClient.stream_chat` (typed events, every check the client makes of a real gateway)

Budget: ours ≥ 2 × peer, and ours ≥ floor / 1.5. Prints events/s (best of N rounds) and the ratios;
exits 1 if the budget is missed.

    .venv/bin/python benchmarks/stream_decode.py [--chunks 50000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from contextlib import aclosing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from desktop_chat.api import ChatRequest, GatewayClient, GatewayConfig  # noqa: E402
from desktop_chat.domain import ChatMessage, Role  # noqa: E402

KEY = "sk-benchmark"
MODEL = "gemini-2.5-flash"
MESSAGES = [{"role": "user", "content": "Tell me a long story about benchmarks."}]


def start_simulator() -> tuple[subprocess.Popen[str], str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_chat.devtools.simulator", "--port", "0", "--tps", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    url = line.split(" on ", 1)[1].split(" ", 1)[0]  # http://127.0.0.1:PORT/v1
    return proc, url.removesuffix("/v1")


async def floor(http: httpx.AsyncClient, base: str) -> int:
    count = 0
    body = {"model": MODEL, "messages": MESSAGES, "stream": True}
    headers = {"Authorization": f"Bearer {KEY}"}
    async with http.stream("POST", f"{base}/chat/completions", json=body, headers=headers) as response:
        async for line in response.aiter_lines():
            if line.startswith("data: "):
                payload = line[6:]
                if payload == "[DONE]":
                    break
                json.loads(payload)
                count += 1
    return count


async def peer(client: object, base: str) -> int:
    count = 0
    stream = await client.chat.completions.create(  # type: ignore[attr-defined]
        model=MODEL, messages=MESSAGES, stream=True
    )
    async for _chunk in stream:
        count += 1
    return count


async def ours(client: GatewayClient, base: str) -> int:
    count = 0
    request = ChatRequest(MODEL, [ChatMessage(Role.USER, MESSAGES[0]["content"])])
    async with aclosing(client.stream_chat(request)) as events:
        async for _event in events:
            count += 1
    return count


async def measure(name: str, run: Callable[[], Awaitable[int]], rounds: int) -> tuple[float, int]:
    await run()  # warm-up: connection, imports, caches
    best = 0.0
    count = 0
    for _ in range(rounds):
        start = time.perf_counter()
        count = await run()
        rate = count / (time.perf_counter() - start)
        best = max(best, rate)
    print(f"  {name:<6} {best:>12,.0f} events/s   ({count:,} events per stream)", flush=True)
    return best, count


def simulator_start_ms() -> float:
    """How long the in-process simulator takes to start (it must be well under 100 ms)."""
    from desktop_chat.devtools.simulator import SimulatorServer

    server = SimulatorServer()
    start = time.perf_counter()
    server.start()
    took = (time.perf_counter() - start) * 1000
    server.stop()
    return took


async def main_async(chunks: int, rounds: int) -> int:
    print(f"In-process simulator start: {simulator_start_ms():.1f} ms")
    proc, root = start_simulator()
    try:
        base = f"{root}/_sim/default;chunks={chunks};tps=0;usage=separate/v1"
        timeout = httpx.Timeout(60.0)
        async with httpx.AsyncClient(timeout=timeout) as http:
            import openai

            peer_client = openai.AsyncOpenAI(
                base_url=base, api_key=KEY, max_retries=0, http_client=httpx.AsyncClient(timeout=timeout)
            )
            our_client = GatewayClient(GatewayConfig(base, KEY, ask_for_usage=False), http)
            print(f"Stream of {chunks:,} chunks from the simulator; best of {rounds} rounds")
            f, _ = await measure("floor", lambda: floor(http, base), rounds)
            p, _ = await measure("peer", lambda: peer(peer_client, base), rounds)
            o, n = await measure("ours", lambda: ours(our_client, base), rounds)
            await peer_client.close()
        print(f"  ours / peer  = {o / p:.2f}×   (budget ≥ 2.00×)")
        print(f"  ours / floor = {o / f:.2f}×   (budget ≥ {1 / 1.5:.2f}×, i.e. within 1.5× of the floor)")
        ok = o >= 2 * p and o >= f / 1.5 and n >= chunks
        print("  budget:", "met" if ok else "MISSED")
        return 0 if ok else 1
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    return asyncio.run(main_async(args.chunks, args.rounds))


if __name__ == "__main__":
    raise SystemExit(main())
