"""Exactly once, the hard way: SIGKILL at every gap of the protocol, and a soak under faults.

Every basis must end up as exactly one document in Administration and be marked transferred in
Tid with that document's number, however often the import dies or the network misbehaves.
"""

from __future__ import annotations

import json
import random
import signal
import time
from pathlib import Path

import pytest

from support.soak import assert_exactly_once, configure_home, import_process, marks
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.importer.killpoints import POINTS
from tidwizard.core.tid import TidClient
from tidwizard.sandbox.server import SandboxConfig, start_sandbox

# Enough that no killed run can finish them all: with batched writes a run killed at the
# n-th pass of a point may have written up to ~2 x concurrency more bases than n.
BASES = 400


@pytest.fixture
def bulk_sandbox(tid_profile: str) -> object:
    with start_sandbox(SandboxConfig(seed=BASES, rate=0, profile=tid_profile)) as running:
        yield running


def test_sigkill_at_every_gap_then_rerun_imports_each_basis_exactly_once(
    bulk_sandbox: object, home_dir: Path
) -> None:
    path = configure_home(home_dir, bulk_sandbox.url)  # type: ignore[attr-defined]

    def check(*, complete: bool) -> None:
        with AdministrationStore.open(path) as store:
            marked = marks(bulk_sandbox.state.bases(1))  # type: ignore[attr-defined]
            assert_exactly_once(store, marked, complete=complete)

    # Each run dies at the n-th pass of one point; later runs first complete what it left.
    # Run once per profile, so each profile gets every point at an early and a late pass and
    # two arbitrary kills (one profile at passes 1, 4 and 9 and four arbitrary kills took as
    # long as both do now).
    plan = [f"{point}:{n}" for n in (1, 9) for point in POINTS]
    rng = random.Random(20261128)
    for kill_at in plan:
        process = import_process(home_dir, kill_at)
        _, err = process.communicate(timeout=60)
        assert process.returncode == -signal.SIGKILL, (kill_at, err.decode()[-2000:])
        check(complete=False)
    # And a few kills at arbitrary moments, not only at the named points.
    for _ in range(2):
        process = import_process(home_dir, None)
        time.sleep(rng.uniform(0.8, 2.0))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        check(complete=False)

    process = import_process(home_dir, None)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()[-2000:]
    final = json.loads(out)
    assert not final["failed"] and not final["refused"]
    check(complete=True)
    with AdministrationStore.open(path) as store:
        assert len(store.invoices()) == BASES


async def test_two_hundred_bases_under_faults_import_exactly_once(
    tid_profile: str, tmp_path: Path
) -> None:
    faults = "error=0.1,delay=0.05,reset=0.05,expire=0.05"
    config = SandboxConfig(seed=200, rate=0, faults=faults, delay_seconds=0.2, profile=tid_profile)
    with start_sandbox(config) as sandbox, create_demo_company(tmp_path / "d.sqlite") as store:
        client = TidClient(
            sandbox.url,
            "demo",
            "demo",
            company_id=1,
            rate=0,
            timeout=5,
            retries=8,
            backoff=0.01,
            backoff_cap=0.05,
        )
        async with client:
            report = await ImportEngine(client, store, concurrency=8).run()
        assert not report.failed and not report.refused
        assert len(report.imported) == 200
        documents = store.invoices()
        assert sorted(d.tid_invoice_id for d in documents) == sorted(
            b.id for b in sandbox.state.bases(1)
        )
        marked = {b.id: b.economy_system_invoice_number for b in sandbox.state.bases(1)}
        assert all(marked[d.tid_invoice_id] == str(d.number) for d in documents)
        assert not store.pending_journal_entries()
        stats = sandbox.stats()
    # The faults really hit: each kind was injected.
    assert all(count > 0 for count in stats["faults"].values()), stats["faults"]
