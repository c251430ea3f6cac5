"""Figure 4: how much of Tid's allowed rate an import uses, and how many 429s it meets.

The sandbox allows 20 requests per second per token (``--rate 20``) and the client is told the
same; the sandbox's own counters give the requests and 429s, so the client is not trusted to
count itself. Share used = requests per second over the allowed rate.
"""

from __future__ import annotations

import asyncio

from benchmarks.figures import Figure, ratio
from benchmarks.imports import engine_import
from benchmarks.sandbox_process import SandboxProcess

RATE = 20.0
TARGET_SHARE = 0.90


def measure(*, quick: bool, profile: str = "contract") -> list[Figure]:
    bases = 40 if quick else 300
    with SandboxProcess(seed=bases, rate=RATE, profile=profile) as sandbox:
        sandbox.reset(bases)
        timing = asyncio.run(engine_import(sandbox.url, rate=RATE))
        stats = sandbox.stats()
    if timing.bases != bases or timing.problems:
        raise RuntimeError(f"the import did not move all {bases} bases: {timing}")
    # Only the Tid calls: the sandbox also counts its own control calls (the reset).
    tid_calls = {key: n for key, n in stats["requests"].items() if " /v1/" in key}
    requests, limited = sum(tid_calls.values()), int(stats["rateLimited"])
    per_second = requests / timing.seconds
    share = ratio(per_second, RATE)
    details = {
        "bases": bases,
        "seconds": round(timing.seconds, 3),
        "sandbox_requests": requests,
        "client_requests": timing.requests,
        "sandbox_requests_by_path": tid_calls,
    }
    used = Figure(
        key="rate_share",
        name=f"4. rate used, {bases:,} bases at {RATE:g}/s",
        measured=per_second,
        measured_text=f"{per_second:.1f} requests/s",
        baseline=RATE,
        baseline_text=f"{RATE:g} requests/s allowed",
        ratio=share,
        target=f">= {TARGET_SHARE:.2f}",
        passed=share >= TARGET_SHARE,
        details=details,
    )
    refused = Figure(
        key="rate_429",
        name="4. 429 answers met",
        measured=limited,
        measured_text=f"{limited} of {requests}",
        baseline=0,
        baseline_text="0",
        ratio=ratio(limited, requests),
        target="0",
        passed=limited == 0,
        details={"ratio_is": "429 answers over all requests"},
    )
    return [used, refused]
