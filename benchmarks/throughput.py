"""Figure 1: import throughput against a bare httpx loop making the same calls, same run.

Runs alternate on fresh sandbox data each time, the order turned round every round (engine,
bare, bare in the engine's order; then the other way), so a busy neighbour on the machine and
whatever the previous run left behind hit all sides alike; the medians are compared. On a
shared machine single runs vary by 20 % or more: seven rounds keep the median steady.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any

from benchmarks.figures import Figure, median, ratio
from benchmarks.imports import CONCURRENCY, ImportTiming, bare_import, engine_import
from benchmarks.sandbox_process import SandboxProcess

TARGET = 1.3
Importer = Callable[[str], Coroutine[Any, Any, ImportTiming]]


def measure(*, quick: bool, profile: str = "contract") -> Figure:
    bases, rounds = (200, 1) if quick else (1000, 7)
    engine: list[ImportTiming] = []
    bare: list[ImportTiming] = []
    ordered: list[ImportTiming] = []
    with SandboxProcess(seed=bases, rate=0, profile=profile) as sandbox:
        importers: list[tuple[list[ImportTiming], Importer]] = [
            (engine, engine_import),
            (bare, bare_import),
            (ordered, functools.partial(bare_import, ordered_marks=True)),
        ]
        for round_number in range(rounds):
            for timings, importer in importers if round_number % 2 == 0 else importers[::-1]:
                sandbox.reset(bases)
                timings.append(asyncio.run(importer(sandbox.url)))
    for run in (*engine, *bare, *ordered):
        if run.bases != bases or run.problems:
            raise RuntimeError(f"an import did not move all {bases} bases: {run}")
    engine_seconds = median([run.seconds for run in engine])
    bare_seconds = median([run.seconds for run in bare])
    slowdown = ratio(engine_seconds, bare_seconds)
    return Figure(
        key="throughput",
        name=f"1. import throughput, {bases:,} bases",
        measured=bases / engine_seconds,
        measured_text=f"{bases / engine_seconds:.0f} bases/s",
        baseline=bases / bare_seconds,
        baseline_text=f"{bases / bare_seconds:.0f} bases/s (bare httpx)",
        ratio=slowdown,
        target=f"time <= {TARGET}x",
        passed=slowdown <= TARGET,
        details={
            "bases": bases,
            "concurrency": CONCURRENCY,
            "engine_seconds": [round(run.seconds, 3) for run in engine],
            "bare_seconds": [round(run.seconds, 3) for run in bare],
            # The engine's own shape done bare: GETs ahead, PATCHes one at a time in order.
            # Engine over this is what the checks, the SQLite writes and the client add.
            "bare_ordered_marks_seconds": [round(run.seconds, 3) for run in ordered],
            "engine_vs_bare_ordered_marks": round(
                ratio(engine_seconds, median([run.seconds for run in ordered])), 3
            ),
            "engine_cpu_seconds": [round(run.cpu_seconds, 3) for run in engine],
            "bare_cpu_seconds": [round(run.cpu_seconds, 3) for run in bare],
            "engine_requests": engine[0].requests,
            "bare_requests": bare[0].requests,
        },
    )
