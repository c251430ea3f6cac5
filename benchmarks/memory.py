"""Figure 3: peak memory of ``tidwizard import --yes --json`` for 20,000 bases against 1,000.

Each import runs as its own process (the real command, on a fresh configured home) and its peak
resident set comes from ``os.wait4``, which reports that one child's resource use. Linux carries
a process's peak over ``exec`` from the process it was forked from, so the command is started by
a small launcher (a few MiB) rather than by this big process, whose size would mask it. A run with
nothing waiting gives the program's fixed footprint, shown beside the figure: what grows with
the number of bases is (peak at 20,000 - peak at 1,000) / 19,000 per basis.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.figures import Figure, ratio
from benchmarks.home import configured_home
from benchmarks.sandbox_process import SandboxProcess, child_environment

TARGET = 1.3


@dataclass(frozen=True)
class PeakMemory:
    bases: int
    imported: int
    peak_bytes: int


def import_in_child(sandbox: SandboxProcess, bases: int) -> PeakMemory:
    """Reset the sandbox to ``bases`` waiting bases and import them all with the CLI."""
    sandbox.reset(bases)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        configured_home(home, sandbox.url)
        command = [sys.executable, "-m", "tidwizard", "import", "--yes", "--json"]
        environment = child_environment(TIDWIZARD_HOME=str(home), TIDWIZARD_TID_RATE="0")
        report_file, usage_file = Path(folder) / "report.json", Path(folder) / "usage.json"
        with report_file.open("w") as out:
            done = subprocess.run(
                [sys.executable, "-c", LAUNCHER, str(usage_file), *command],
                stdout=out,
                stderr=subprocess.PIPE,
                env=environment,
                check=False,
            )
        usage = json.loads(usage_file.read_text()) if usage_file.exists() else {}
        if done.returncode != 0 or usage.get("exit") != 0:
            raise RuntimeError(f"tidwizard import failed: {done.stderr.decode()[-2000:]}")
        report = json.loads(report_file.read_text())
    imported = len(report["imported"])
    if imported != bases:
        raise RuntimeError(f"tidwizard import moved {imported} of {bases} bases")
    return PeakMemory(bases, imported, int(usage["maxrss_kib"]) * 1024)


# Runs the command given after the usage file and writes its exit status and peak RSS there.
LAUNCHER = """
import json, os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
result = {"exit": os.waitstatus_to_exitcode(status), "maxrss_kib": usage.ru_maxrss}
with open(sys.argv[1], "w") as out:
    json.dump(result, out)
"""


def measure(*, quick: bool, profile: str = "contract") -> Figure:
    small, large = (100, 1_000) if quick else (1_000, 20_000)
    with SandboxProcess(seed=0, rate=0, profile=profile) as sandbox:
        idle = import_in_child(sandbox, 0)
        low = import_in_child(sandbox, small)
        high = import_in_child(sandbox, large)
    growth = ratio(high.peak_bytes, low.peak_bytes)
    mib = 1024 * 1024
    return Figure(
        key="memory",
        name=f"3. peak memory, {large:,} vs {small:,} bases",
        measured=high.peak_bytes / mib,
        measured_text=f"{high.peak_bytes / mib:.1f} MiB at {large:,}",
        baseline=low.peak_bytes / mib,
        baseline_text=f"{low.peak_bytes / mib:.1f} MiB at {small:,}",
        ratio=growth,
        target=f"<= {TARGET}x",
        passed=growth <= TARGET,
        details={
            "command": "tidwizard import --yes --json (TIDWIZARD_TID_RATE=0)",
            "peak_rss_bytes": {str(m.bases): m.peak_bytes for m in (idle, low, high)},
            "nothing_waiting_mib": round(idle.peak_bytes / mib, 1),
            "growth_bytes_per_basis": round(
                (high.peak_bytes - low.peak_bytes) / (large - small), 1
            ),
        },
    )
