"""Soak: `import --all-clients` as a real process, SIGKILLed at random moments, then run again.
Every client's every basis must end up exactly once.

Short form in CI (3 clients, the soak's kills); ``TIDWIZARD_SOAK_SCALE=long`` (scripts/soak.py)
runs it larger.
"""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest

from support.all_clients import TidCompany, home_with_clients, tid_companies
from support.soak import (
    PROCESS_TIMEOUT,
    SoakScale,
    assert_exactly_once,
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

pytestmark = pytest.mark.soak

ALL_CLIENTS = "--all-clients"


def clients_for(scale: SoakScale) -> int:
    """3 clients for the short form; more as the soak grows (at most 10)."""
    return max(3, min(10, scale.bases // 50))


def check(paths: list[Path], companies: list[TidCompany], *, complete: bool) -> None:
    for path, company in zip(paths, companies, strict=True):
        with AdministrationStore.open(path) as store:
            assert_exactly_once(store, marks(company.bases()), complete=complete)
            if complete:
                assert len(store.invoices()) == len(company.bases())


def test_all_clients_killed_at_random_then_rerun_import_each_basis_once(
    tid_profile: str, home_dir: Path, request: pytest.FixtureRequest
) -> None:
    scale = soak_scale()
    seed = random.randrange(2**32)
    print(f"soak seed for {request.node.name}: {seed}")  # shown on failure, to replay it
    rng = random.Random(seed)
    clients = clients_for(scale)
    per_client = max(1, scale.bases // clients)
    with tid_companies(clients, seed=per_client, profile=tid_profile) as companies:
        _, paths = home_with_clients(home_dir, companies)
        total = clients * per_client
        landed = attempts = 0
        while landed < scale.kills and attempts < 2 * scale.kills + 5:
            attempts += 1
            remaining = total - journal_size(paths)
            if remaining <= 0:
                break
            if attempts % 5 == 0:
                point = rng.choice(POINTS)
                process = import_process(home_dir, f"{point}:{rng.randint(1, 3)}", ALL_CLIENTS)
                process.communicate(timeout=PROCESS_TIMEOUT)
                landed += process.returncode == -signal.SIGKILL
            else:
                share = max(1, remaining // (2 * (scale.kills - landed + 1)))
                process = import_process(home_dir, None, ALL_CLIENTS)
                landed += kill_after_progress(
                    process, paths, rng.randint(0, share), rng.uniform(0, 0.02)
                )
            check(paths, companies, complete=False)
        assert landed >= min(scale.kills * 0.8, scale.kills - 1), (landed, attempts)

        code, report = finish(import_process(home_dir, None, ALL_CLIENTS))
        assert code == 0, report
        assert all("error" not in entry for entry in report["clients"]), report["clients"]
        check(paths, companies, complete=True)
    report_scenario(
        f"all-clients-sigkill-{tid_profile}",
        clients=clients,
        bases=total,
        kills=landed,
        attempts=attempts,
    )
