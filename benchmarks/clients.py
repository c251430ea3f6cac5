"""Figure 7: many clients at once against one client alone, through the real command line.

Issue 15's agency morning: 20 clients of 20 bases each, each client on its own Tid company of
one sandbox (``sandbox serve --companies 20 --seed 20 --rate 4``: 4 requests per second per
token), read in by one ``tidwizard import --all-clients --yes``; against the largest single
client (they are all the same size: client 1) read in alone by ``tidwizard import --yes`` in
the same run. Each client's run mostly waits on its own rate limit, so running them together
should cost little more than the one alone: target wall-time ratio <= 1.3.

Both are whole processes (start-up included, the same for both). Rounds alternate which goes
first, on fresh sandbox data each time; the medians are compared.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure, median, ratio
from benchmarks.sandbox_process import SandboxProcess, child_environment
from tidwizard.core.demo_home import add_demo_client
from tidwizard.core.paths import Home

RATE = 4.0  # requests per second per token, the real service's limit
TARGET = 1.3
RUN_TIMEOUT = 600.0


def measure(*, quick: bool, profile: str = "contract") -> Figure:
    clients, bases, rounds = (5, 10, 1) if quick else (20, 20, 3)
    all_seconds: list[float] = []
    alone_seconds: list[float] = []
    with (
        SandboxProcess(seed=bases, rate=RATE, profile=profile, companies=clients) as sandbox,
        tempfile.TemporaryDirectory() as folder,
    ):
        for round_number in range(rounds):
            runs = [(all_seconds, "all"), (alone_seconds, "alone")]
            for timings, which in runs if round_number % 2 == 0 else runs[::-1]:
                sandbox.reset(bases)
                home = Path(folder) / f"{which}-{round_number}"
                count = clients if which == "all" else 1
                for k in range(1, count + 1):
                    add_demo_client(
                        Home.resolve(home), f"klient-{k}", sandbox.url, sandbox_company=k
                    )
                options = ["--all-clients"] if which == "all" else []
                seconds, imported = _timed_import(home, options)
                if imported != count * bases:
                    raise RuntimeError(f"{which}: {imported} of {count * bases} bases read in")
                timings.append(seconds)
    together, alone = median(all_seconds), median(alone_seconds)
    slowdown = ratio(together, alone)
    return Figure(
        key="clients",
        name=f"7. {clients} clients of {bases} bases at {RATE:g}/s per token",
        measured=together,
        measured_text=f"{together:.1f} s for all {clients}",
        baseline=alone,
        baseline_text=f"{alone:.1f} s for one alone",
        ratio=slowdown,
        target=f"time <= {TARGET}x",
        passed=slowdown <= TARGET,
        details={
            "clients": clients,
            "bases_per_client": bases,
            "rate_per_token": RATE,
            "all_clients_seconds": [round(s, 3) for s in all_seconds],
            "alone_seconds": [round(s, 3) for s in alone_seconds],
        },
    )


def _timed_import(home: Path, options: list[str]) -> tuple[float, int]:
    """Wall seconds of one `tidwizard import --yes --json` process, and how many bases it read
    in (the total over all clients with --all-clients)."""
    command = [sys.executable, "-m", "tidwizard", "--home", str(home), "import", "--yes"]
    command += ["--json", *options]
    env = child_environment(TIDWIZARD_TID_RATE=f"{RATE:g}")
    started = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT, check=False
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"import exited {done.returncode}: {done.stdout[-2000:]}{done.stderr}")
    report = json.loads(done.stdout)
    counts = report["total"] if "total" in report else report["counts"]
    return seconds, int(counts["readInNow"])
