"""Figure 2: import time per basis at 100, 1,000 and 10,000 bases; linear means the same.

Each size runs on fresh sandbox data; smaller sizes run more often (their median is steadier)
and a warm-up run first keeps the interpreter's first-time costs out of the smallest size. The
sizes take turns (as figure 1's importers do), so a slow minute on the shared machine falls on
all of them rather than on the size that happened to run then.
"""

from __future__ import annotations

import asyncio

from benchmarks.figures import Figure, median, ratio
from benchmarks.imports import engine_import
from benchmarks.sandbox_process import SandboxProcess

TARGET = 1.3
# The sizes in the order they run: 100 five times, 1,000 three times, 10,000 once.
FULL = (100, 1_000, 100, 100, 10_000, 100, 1_000, 100, 1_000)
QUICK = (50, 200, 50, 800, 50, 200)


def measure(*, quick: bool, profile: str = "contract") -> Figure:
    schedule = QUICK if quick else FULL
    runs: dict[int, list[float]] = {bases: [] for bases in sorted(set(schedule))}
    with SandboxProcess(seed=schedule[0], rate=0, profile=profile) as sandbox:
        asyncio.run(engine_import(sandbox.url))  # warm-up, not counted
        for bases in schedule:
            sandbox.reset(bases)
            timing = asyncio.run(engine_import(sandbox.url))
            if timing.bases != bases or timing.problems:
                raise RuntimeError(f"an import did not move all {bases} bases: {timing}")
            runs[bases].append(timing.seconds)
    per_basis = {bases: median(times) / bases for bases, times in runs.items()}
    largest, smallest = max(per_basis.values()), min(per_basis.values())
    spread = ratio(largest, smallest)
    biggest, fewest = max(runs), min(runs)
    return Figure(
        key="scaling",
        name=f"2. scaling, {fewest:,} to {biggest:,} bases",
        measured=per_basis[biggest] * 1000,
        measured_text=f"{per_basis[biggest] * 1000:.2f} ms/basis at {biggest:,}",
        baseline=per_basis[fewest] * 1000,
        baseline_text=f"{per_basis[fewest] * 1000:.2f} ms/basis at {fewest:,}",
        ratio=spread,
        target=f"max/min <= {TARGET}",
        passed=spread <= TARGET,
        details={
            "ms_per_basis": {str(n): round(t * 1000, 3) for n, t in per_basis.items()},
            "seconds": {str(n): [round(t, 3) for t in times] for n, times in runs.items()},
            "ratio_is": "largest over smallest time per basis across the sizes",
        },
    )
