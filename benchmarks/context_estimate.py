"""Estimating and planning the context of long chats, beside the ways without caches, in the same run.

Why: the context meter re-estimates the chat on every keystroke and every send plans what fits the
window; in a 2,000-message chat neither may be felt. Pure services code (no Qt, no I/O): chats of
realistic messages (short questions; answers of 300–2,000 characters, some Chinese, some with
Python code) are built in memory. Prints medians of several runs:

- estimating a 2,000-message chat after one new message (a warm `ContextEstimator`), beside
  re-estimating everything from scratch with a fresh estimator (the baseline);
- planning the context of a 500-turn chat for an 8k window (`plan_context` with the estimator's
  cached counts, one new message since the last plan), beside `build_context` alone (the
  baseline: what the send path did before) — the difference is what planning adds;
- the same plan over the 2,000-message chat with a draft (what the meter's preview does);
- shaping one 100,000-character text.

    .venv/bin/python benchmarks/context_estimate.py [--messages 2000] [--turns 500] [--runs 15]
Budget: the estimate after one new message ≤ 2 ms; planning adds ≤ 5 ms to the send path.
Exits 1 when over budget.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_chat.domain import Message

ESTIMATE_BUDGET_MS = 2.0
PLAN_BUDGET_MS = 5.0
WINDOW = 8192
ANSWER_RESERVE = 1024
ROOT = Path(__file__).resolve().parents[1]

ENGLISH = (
    "The quarterly report covers revenue, churn and hiring across the three regions. "
    "Each section lists the figures, the change against last year and the reasons the managers gave. "
    "Hotels must be chosen from the approved list unless the manager agrees to an exception in writing. "
    "The budget for the offsite is 14,500 euros, including venue, catering and two nights of lodging. "
)
CHINESE = ("季度报告涵盖了三个地区的收入、客户流失和招聘情况。"
           "每一部分都列出了具体数字、与去年相比的变化以及原因。")


def make_branch(n: int, seed: int = 1) -> list[Message]:
    from desktop_chat.domain import Message, Role

    rng = random.Random(seed)
    code = (ROOT / "desktop_chat" / "services" / "context.py").read_text(encoding="utf-8")
    out = []
    for i in range(n):
        mid = i + 1
        if i % 2 == 0:
            text = ENGLISH[: rng.randint(30, 200)] + "?"
            role = Role.USER
        else:
            size = rng.randint(300, 2000)
            pick = rng.random()
            if pick < 0.2:
                text = (CHINESE * (size // len(CHINESE) + 1))[: size // 2]
            elif pick < 0.45:
                start = rng.randint(0, max(0, len(code) - size))
                text = "Here is how:\n\n```python\n" + code[start:start + size] + "\n```"
            else:
                text = (ENGLISH * (size // len(ENGLISH) + 1))[rng.randint(0, 50):][:size]
            role = Role.ASSISTANT
        out.append(Message(mid, 1, mid - 1 or None, role, text, float(mid), float(mid)))
    return out


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--turns", type=int, default=500)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from desktop_chat.domain import Message, Role
    from desktop_chat.services.context import build_context
    from desktop_chat.services.tokens import Calibration, ContextEstimator, shape_of
    from desktop_chat.services.trimming import plan_context

    system = "You are a helpful assistant for the office staff. Answer precisely and briefly."
    calibration = Calibration()
    runs = args.runs

    # 1. the meter: one more message in a 2,000-message chat, a warm estimator
    big = make_branch(args.messages + runs + 1)
    estimator = ContextEstimator()
    estimator.estimate(calibration, system, big[: args.messages])
    step = iter(range(args.messages + 1, args.messages + runs + 1))
    incremental = median_ms(lambda: estimator.estimate(calibration, system, big[: next(step)],
                                                       draft="And one more question?"), runs)
    from_scratch = median_ms(lambda: ContextEstimator().estimate(calibration, system, big[: args.messages]),
                             max(3, runs // 3))
    keystroke = median_ms(lambda: estimator.estimate(calibration, system, big[: args.messages + runs],
                                                     draft="And one more question, typed"), runs)

    # 2. the send path: a 500-turn chat, an 8k window, counts cached, one new message each time
    chat = make_branch(2 * args.turns + runs + 1, seed=2)
    sender = ContextEstimator()
    count = sender.counter(calibration)
    budget = WINDOW - ANSWER_RESERVE
    n = 2 * args.turns - 1  # ends on a question
    plan_context(system, chat[:n], budget=budget, keep_turns=None, summary=None, count=count)
    plans = iter(range(n + 2, n + 2 + 2 * runs, 2))
    planned = median_ms(lambda: plan_context(system, chat[: next(plans)], budget=budget, keep_turns=None,
                                             summary=None, count=count), runs)
    plan = plan_context(system, chat[:n], budget=budget, keep_turns=None, summary=None, count=count)
    baseline = median_ms(lambda: build_context(system, chat[:n]), runs)
    cold = median_ms(lambda: plan_context(system, chat[:n], budget=budget, keep_turns=None, summary=None,
                                          count=ContextEstimator().counter(calibration)), max(3, runs // 3))

    # 3. the meter's preview as the services wire it: plan the whole branch plus the draft
    viewer = ContextEstimator()
    draft = Message(-1, 1, big[args.messages - 1].id, Role.USER, "A draft", 0.0, 0.0)
    preview_branch = [*big[: args.messages], draft]
    plan_context(system, preview_branch, budget=budget, keep_turns=None, summary=None,
                 count=viewer.counter(calibration))
    preview = median_ms(lambda: plan_context(system, preview_branch, budget=budget, keep_turns=None,
                                             summary=None, count=viewer.counter(calibration)), runs)

    # 4. shaping one long text
    text = (ENGLISH + CHINESE + "\n    def f(x):\n        return x + 1\n") * 400
    text = text[:100_000]
    shaping = median_ms(lambda: shape_of(text), runs)

    print(f"Context estimate and plan, medians of {runs} runs")
    print(f"  estimate a {args.messages:,}-message chat after one new message: {incremental:6.2f} ms   "
          f"(baseline, everything again with a fresh estimator: {from_scratch:6.1f} ms)")
    print(f"  the same chat, a keystroke in the draft (nothing new):        {keystroke:6.2f} ms")
    print(f"  plan a {args.turns}-turn chat for an {WINDOW // 1024}k window, one new message: "
          f"{planned:6.2f} ms   "
          f"(baseline, build_context alone: {baseline:5.2f} ms; added: {planned - baseline:5.2f} ms; "
          f"with no cached count: {cold:5.1f} ms)")
    print(f"    sent {len(plan.messages)} of {n + 1} messages, ≈ {plan.estimated_tokens:,} tokens, "
          f"{plan.left_out} left out ({plan.reason.name})")
    print(f"  plan the {args.messages:,}-message chat + a draft (the meter's preview): {preview:6.2f} ms")
    print(f"  shape one {len(text):,}-character text (English, Chinese, code):  {shaping:6.2f} ms")
    ok = incremental <= ESTIMATE_BUDGET_MS and planned - baseline <= PLAN_BUDGET_MS
    print(f"  budget (estimate ≤ {ESTIMATE_BUDGET_MS:.0f} ms, planning adds ≤ {PLAN_BUDGET_MS:.0f} ms): "
          f"{'met' if ok else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
