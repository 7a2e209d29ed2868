"""Tool round trip: one `get_current_time` call through ToolHost.call vs the same server called directly.

Why: every tool call the model makes goes through the host's thread hop (the caller's loop → the host
loop → the SDK session → the server and back). The budget: at most 30 ms more than calling the same
MCP server directly with the SDK's ClientSession. Both sides run in the same process, against two
copies of the same server (`python -m mcp_server_time`, over stdio; the host's on its leash), from the
same asyncio loop on the main thread — foreign to the host's loop, as the window's qasync loop is —
with calls interleaved one by one so both see the same machine load.

    .venv/bin/python benchmarks/tool_round_trip.py          # 200 calls each
    .venv/bin/python benchmarks/tool_round_trip.py -n 500
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_chat.domain import ToolOutcome  # noqa: E402
from desktop_chat.services.tools.config import ServerConfig, Transport  # noqa: E402
from desktop_chat.services.tools.host import ServerState, ToolHost  # noqa: E402

BUDGET_MS = 30.0
ARGS = {"timezone": "Europe/Paris"}


async def measure(n: int) -> tuple[list[float], list[float], float]:
    from mcp import ClientSession, StdioServerParameters, stdio_client

    host = ToolHost()
    began = time.perf_counter()
    host.start(
        [ServerConfig("time", Transport.STDIO, command=sys.executable, args=("-m", "mcp_server_time"))]
    )
    params = StdioServerParameters(command=sys.executable, args=["-m", "mcp_server_time"])
    direct: list[float] = []
    hosted: list[float] = []
    try:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            await session.list_tools()
            while (status := host.status("time")) is None or status.state is not ServerState.READY:
                await asyncio.sleep(0.01)
            ready_s = time.perf_counter() - began
            for _ in range(5):  # warm-up: the server's first call imports its time-zone code
                await session.call_tool("get_current_time", ARGS)
                await host.call("get_current_time", ARGS)
            for _ in range(n):
                t0 = time.perf_counter()
                answer = await session.call_tool("get_current_time", ARGS)
                direct.append((time.perf_counter() - t0) * 1000)
                assert not answer.is_error
                t0 = time.perf_counter()
                result = await host.call("get_current_time", ARGS)
                hosted.append((time.perf_counter() - t0) * 1000)
                assert result.outcome is ToolOutcome.DONE, result
    finally:
        await host.aclose()
    return direct, hosted, ready_s


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=200, help="calls per side (default 200)")
    args = parser.parse_args()
    direct, hosted, ready_s = asyncio.run(measure(args.n))

    def line(name: str, values: list[float]) -> str:
        q = statistics.quantiles(values, n=20)
        return (
            f"  {name:<34} median {statistics.median(values):6.2f} ms   p95 {q[18]:6.2f} ms   "
            f"min {min(values):5.2f} ms"
        )

    extra = statistics.median(hosted) - statistics.median(direct)
    print(
        f"Tool round trip, get_current_time on mcp-server-time over stdio, {args.n} calls each (interleaved)"
    )
    print(line("SDK ClientSession, direct:", direct))
    print(line("ToolHost.call from a foreign loop:", hosted))
    print(
        f"  difference of the medians: {extra:+.2f} ms (budget ≤ {BUDGET_MS:.0f} ms more): "
        + ("within" if extra <= BUDGET_MS else "OVER")
    )
    print(f"  (host: start() → server READY took {ready_s:.1f} s, importing the SDK included)")
    return 0 if extra <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
