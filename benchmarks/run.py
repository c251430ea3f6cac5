"""``python -m benchmarks``: run the figures, print one table, write ``results.json``.

``--profile contract|public`` chooses the sandbox profile every figure's Tid service runs in
(TID-API.md "Sandbox profiles"); the output and ``results.json`` say which one was used.

Exit status 0 when every figure meets its target, 1 when one misses or cannot be measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import clients, memory, rate_use, responsiveness, scaling, startup, throughput
from benchmarks.figures import Figure, table
from tidwizard.sandbox.config import PROFILES

Measure = Callable[..., "Figure | list[Figure]"]
FIGURES: dict[str, tuple[str, Measure]] = {
    "throughput": ("1. import throughput", throughput.measure),
    "scaling": ("2. scaling", scaling.measure),
    "memory": ("3. peak memory", memory.measure),
    "rate": ("4. rate use", rate_use.measure),
    "startup": ("5. start-up", startup.measure),
    "responsiveness": ("6. responsiveness", responsiveness.measure),
    "clients": ("7. many clients at once", clients.measure),
}
DEFAULT_OUTPUT = Path(__file__).with_name("results.json")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, about a minute")
    parser.add_argument("--only", default="", help="comma-separated figures: " + ",".join(FIGURES))
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="the JSON file")
    parser.add_argument(
        "--profile",
        choices=PROFILES,
        default=PROFILES[0],
        help="the sandbox profile the figures run against (default: contract)",
    )
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or list(FIGURES)
    unknown = sorted(set(chosen) - set(FIGURES))
    if unknown:
        parser.error(f"unknown figure(s) {', '.join(unknown)}; choose from {', '.join(FIGURES)}")
    args.chosen = chosen
    return args


def run_one(key: str, *, quick: bool, profile: str = PROFILES[0]) -> list[Figure]:
    """The figure's rows; one failed row saying why when it could not be measured."""
    name, measure = FIGURES[key]
    try:
        result = measure(quick=quick, profile=profile)
    except Exception as error:  # one broken figure must not hide the others
        traceback.print_exc(file=sys.stderr)
        nan, reason = math.nan, f"{type(error).__name__}: {error}"
        return [Figure(key, name, nan, "not measured", nan, "-", nan, "-", False, {"why": reason})]
    return result if isinstance(result, list) else [result]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    figures: list[Figure] = []
    for key in args.chosen:
        print(
            f"measuring {FIGURES[key][0]} ({args.profile} profile) ...", file=sys.stderr, flush=True
        )
        figures += run_one(key, quick=args.quick, profile=args.profile)
    elapsed = time.perf_counter() - started
    print(f"sandbox profile: {args.profile}\n")
    print(table(figures))
    kind = "quick" if args.quick else "full"
    print(f"\n{kind} run on the {args.profile} profile, {elapsed:.0f} s, {dt.date.today()}")
    results = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "profile": args.profile,
        "quick": args.quick,
        "seconds": round(elapsed, 1),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        },
        "table": table(figures),
        "figures": [figure.as_json() for figure in figures],
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return 0 if all(figure.passed for figure in figures) else 1
