"""The benchmark harness works: the quick form of two figures runs end to end through
``python -m benchmarks`` and produces sane figures. No wall-clock target is checked here."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from datetime import date
from pathlib import Path

from benchmarks.figures import Figure, percentile, table

ROOT = Path(__file__).resolve().parents[1]


def test_quick_throughput_and_rate_figures_come_out_sane(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    command = [sys.executable, "-m", "benchmarks", "--quick", "--only", "throughput,rate"]
    done = subprocess.run(
        [*command, "--output", str(output)], cwd=ROOT, capture_output=True, text=True, timeout=240
    )
    assert done.returncode in (0, 1), done.stderr  # 1: a target missed on a busy machine
    results = json.loads(output.read_text())
    figures = {figure["key"]: figure for figure in results["figures"]}
    assert set(figures) == {"throughput", "rate_share", "rate_429"}, done.stderr
    assert results["quick"] is True and results["table"] in done.stdout
    assert results["profile"] == "contract" and "sandbox profile: contract" in done.stdout

    throughput = figures["throughput"]
    assert throughput["measured"] > 0 and throughput["baseline"] > 0
    assert math.isfinite(throughput["ratio"]) and throughput["ratio"] > 0
    details = throughput["details"]
    assert details["engine_requests"] == details["bare_requests"]  # the same HTTP calls

    assert figures["rate_429"]["measured"] == 0  # the client never outruns the limit
    share = figures["rate_share"]
    assert 0 < share["ratio"] <= 1.0 + 1e-9  # 429-free, so at most the allowed rate
    assert share["details"]["sandbox_requests"] == share["details"]["client_requests"]


def test_the_table_and_the_percentile() -> None:
    row = Figure("k", "a figure", 2.0, "2 x", 1.0, "1 x", 2.0, "<= 3", True)
    lost = Figure("n", "lost", math.nan, "not measured", math.nan, "-", math.nan, "-", False)
    lines = table([row, lost]).splitlines()
    assert lines[0].split("|")[1].strip() == "figure" and len(lines) == 4
    assert "| pass" in lines[2] and "n/a" in lines[3] and "FAIL" in lines[3]
    assert lost.as_json()["ratio"] is None  # JSON has no NaN
    assert percentile([5, 1, 4, 2, 3], 0.95) == 5 and percentile([1, 2, 3, 4], 0.5) == 2


async def test_the_bare_loop_makes_the_engines_calls_on_each_profile(tid_profile: str) -> None:
    """The baseline of figure 1 is fair on both profiles: on the public one it also leaves out
    listed bases that are transferred and fetches each distinct customer's contact once."""
    from benchmarks.imports import bare_import, engine_import
    from tidwizard.sandbox.server import SandboxConfig, start_sandbox

    calls = []
    with start_sandbox(SandboxConfig(seed=40, rate=0, profile=tid_profile)) as sandbox:
        for importer in (engine_import, bare_import):
            sandbox.reset(40)
            sandbox.state.mark_transferred(1, sandbox.state.bases(1)[0].id, date(2026, 12, 1), "1")
            timing = await importer(sandbox.url)
            assert (timing.bases, timing.problems) == (39, 0)
            calls.append(sandbox.stats()["requests"])
    engine, bare = calls
    # The engine finds the contacts' path by listing it once first (shared by every fetch).
    probes = {name: n for name, n in engine.items() if name.startswith("GET /v1/Core/Contacts ")}
    assert {name: n for name, n in engine.items() if name not in probes} == bare
    assert sum(probes.values()) == (1 if tid_profile == "public" else 0)
    looked_up = bare.get("GET /v1/Core/Contacts/{item_id} 200", 0)
    assert (looked_up > 0) == (tid_profile == "public")
