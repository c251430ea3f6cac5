"""Soak: the import as a real process, killed at random moments, under faults, with the Tid
service restarted under it, and twice at once. Every basis must end up exactly once.

Short form in CI; ``python scripts/soak.py`` runs the long form (500 bases, 50 kills).
"""

from __future__ import annotations

import random
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.soak import (
    PROCESS_TIMEOUT,
    SoakScale,
    assert_exactly_once,
    configure_home,
    finish,
    import_process,
    journal_size,
    kill_after_progress,
    marks,
    report_scenario,
    soak_scale,
)
from tidwizard.core.admin import AdministrationStore
from tidwizard.core.importer.killpoints import POINTS
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

pytestmark = pytest.mark.soak

# Every kind is asserted to have happened: at 0.02 a short run of about 300 requests met no
# delay once in a while (0.98^300 is 0.2 %); at 0.05 that is 2 in 10 million.
FAULTS = "error=0.1,reset=0.05,expire=0.05,delay=0.05"
FAULT_DELAY = 0.1  # seconds a 'delay' fault waits: small, the soak is about errors


@pytest.fixture
def scale() -> SoakScale:
    return soak_scale()


@pytest.fixture
def rng(request: pytest.FixtureRequest) -> random.Random:
    seed = random.randrange(2**32)
    # Printed on failure (pytest shows captured output), so a bad run can be replayed.
    print(f"soak seed for {request.node.name}: {seed}")
    return random.Random(seed)


def check(path: Path, sandbox: RunningSandbox, *, complete: bool) -> None:
    with AdministrationStore.open(path) as store:
        assert_exactly_once(store, marks(sandbox.state.bases(1)), complete=complete)
        if complete:
            assert len(store.invoices()) == len(sandbox.state.bases(1))


def run_until_complete(home: Path, *, tries: int) -> int:
    """Rerun the import, as a user would after an error, until it reports success; the number
    of runs it took."""
    for attempt in range(1, tries + 1):
        code, report = finish(import_process(home))
        assert code in (0, 1), report
        assert not report["refused"], report["refused"][:3]
        if code == 0:
            assert not report["failed"]
            return attempt
    raise AssertionError(f"still failing after {tries} runs: {report['failed'][:3]}")


def kill_soak(
    home: Path, path: Path, sandbox: RunningSandbox, scale: SoakScale, rng: random.Random
) -> dict[str, int]:
    """Kill the import ``scale.kills`` times: mostly after random progress plus a random instant,
    every fifth at a named gap of the protocol. Checks the invariant after every kill."""
    landed = attempts = 0
    while landed < scale.kills and attempts < 2 * scale.kills + 5:
        attempts += 1
        remaining = scale.bases - journal_size(path)
        if remaining <= 0:
            break
        if attempts % 5 == 0:
            point = rng.choice(POINTS)
            process = import_process(home, f"{point}:{rng.randint(1, 3)}")
            process.communicate(timeout=PROCESS_TIMEOUT)
            landed += process.returncode == -signal.SIGKILL
        else:
            # Leave room for the kills still to come: bases keep landing during the jitter.
            share = max(1, remaining // (2 * (scale.kills - landed + 1)))
            killed = kill_after_progress(
                import_process(home), path, rng.randint(0, share), rng.uniform(0, 0.02)
            )
            landed += killed
        check(path, sandbox, complete=False)
    return {"kills": landed, "attempts": attempts}


@pytest.mark.parametrize("faults", ["", FAULTS], ids=["clean", "faults"])
def test_random_sigkills_then_rerun_import_each_basis_once(
    faults: str, tid_profile: str, scale: SoakScale, rng: random.Random, home_dir: Path
) -> None:
    config = SandboxConfig(
        seed=scale.bases, rate=0, faults=faults, delay_seconds=FAULT_DELAY, profile=tid_profile
    )
    with start_sandbox(config) as sandbox:
        path = configure_home(home_dir, sandbox.url)
        started = time.monotonic()
        kills = kill_soak(home_dir, path, sandbox, scale, rng)
        # The kills must really land in running imports, or the soak proved little; one may
        # come after a short import has finished (the short form makes 4 per profile).
        assert kills["kills"] >= min(scale.kills * 0.8, scale.kills - 1), kills
        runs = run_until_complete(home_dir, tries=3 if faults else 1)
        check(path, sandbox, complete=True)
        stats = sandbox.stats()
    if faults:
        assert all(count > 0 for count in stats["faults"].values()), stats["faults"]
    report_scenario(
        f"sigkill-{'faults' if faults else 'clean'}-{tid_profile}",
        bases=scale.bases,
        **kills,
        final_runs=runs,
        faults=stats["faults"],
        seconds=round(time.monotonic() - started, 1),
    )


@pytest.fixture
def persistent_sandbox(
    tmp_path: Path, scale: SoakScale, tid_profile: str
) -> Iterator[tuple[SandboxConfig, list]]:
    """A sandbox keeping its transfers in a state file; the list holds the running one."""
    config = SandboxConfig(
        seed=scale.bases, rate=0, state_file=tmp_path / "tid-state.json", profile=tid_profile
    )
    running = [start_sandbox(config)]
    config.port = int(running[0].url.rsplit(":", 1)[1])  # restarts come back on the same port
    try:
        yield config, running
    finally:
        running[-1].stop()


def test_tid_restarted_mid_import_rerun_completes_each_basis_once(
    persistent_sandbox: tuple[SandboxConfig, list[RunningSandbox]],
    scale: SoakScale,
    rng: random.Random,
    home_dir: Path,
    tid_profile: str,
) -> None:
    config, running = persistent_sandbox
    path = configure_home(home_dir, running[0].url)
    started = time.monotonic()
    codes = []
    # Each round: let the import get going, take Tid away for a moment, bring it back with
    # its state file (old tokens gone), and let the import ride it out or fail cleanly.
    for outage in (0.3, 2.0):
        process = import_process(home_dir)
        target = journal_size(path) + max(1, scale.bases // 4)
        while process.poll() is None and journal_size(path) < target:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.05))
        running[-1].stop()
        time.sleep(outage)
        running.append(start_sandbox(config))
        code, report = finish(process)
        assert code in (0, 1), report
        assert not report["refused"], report["refused"][:3]
        codes.append(code)
        check(path, running[-1], complete=False)
    runs = run_until_complete(home_dir, tries=2)
    check(path, running[-1], complete=True)
    report_scenario(
        f"tid-restart-{tid_profile}",
        bases=scale.bases,
        restarts=2,
        exit_codes=codes,
        final_runs=runs,
        seconds=round(time.monotonic() - started, 1),
    )


def test_two_imports_at_once_import_each_basis_once(
    tid_profile: str, scale: SoakScale, tmp_path: Path
) -> None:
    rounds = max(2, scale.kills // 8)
    started = time.monotonic()
    outcomes = []
    for round_number in range(rounds):
        home = tmp_path / f"round-{round_number}"
        with start_sandbox(SandboxConfig(seed=scale.bases, rate=0, profile=tid_profile)) as sandbox:
            path = configure_home(home, sandbox.url)
            first, second = import_process(home), import_process(home)
            reports = [finish(first), finish(second)]
            for code, report in reports:
                assert code == 0, report
                assert not report["failed"] and not report["refused"], report
            # Between them they read in every basis; neither wrote one the other had.
            imported = [e["tidInvoiceId"] for _, r in reports for e in r["imported"]]
            assert set(imported) == {b.id for b in sandbox.state.bases(1)}
            check(path, sandbox, complete=True)
            outcomes.append([len(r["imported"]) for _, r in reports])
    report_scenario(
        f"two-at-once-{tid_profile}",
        bases=scale.bases,
        rounds=rounds,
        imported_by_each=outcomes,
        seconds=round(time.monotonic() - started, 1),
    )
