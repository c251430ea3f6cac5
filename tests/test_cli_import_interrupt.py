"""Ctrl+C (or SIGTERM) on `tidwizard import --yes`: the first stops after the basis in hand and
says how far it came, the second ends at once; never a traceback, and the next run completes
every basis exactly once."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.soak import assert_exactly_once, configure_home, finish, journal_size, marks
from tidwizard.core.admin import AdministrationStore
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

BASES = 120


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with start_sandbox(SandboxConfig(seed=BASES, rate=0)) as running:
        yield running


def slow_import(home: Path) -> subprocess.Popen[bytes]:
    """The import as its own process, at 20 requests a second (about 10 bases a second)."""
    env = dict(
        os.environ,
        TIDWIZARD_HOME=str(home),
        TIDWIZARD_KEYRING="off",
        TIDWIZARD_TID_RATE="20",
        TIDWIZARD_LANG="sv",
    )
    return subprocess.Popen(
        [sys.executable, "-m", "tidwizard", "import", "--yes"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for_bases(path: Path, count: int) -> None:
    deadline = time.monotonic() + 60
    while journal_size(path) < count:
        assert time.monotonic() < deadline, "the import made no progress"
        time.sleep(0.01)


STOPPED = re.compile(r"Stoppad efter (\d+) underlag; (\d+) väntar kvar\. Kör tidwizard import igen")


@pytest.mark.parametrize(
    ("signals", "number"),
    [(1, signal.SIGINT), (2, signal.SIGINT), (1, signal.SIGTERM)],
    ids=["once", "twice", "sigterm"],
)
def test_an_interrupted_import_ends_cleanly_and_the_next_run_completes_it(
    sandbox: RunningSandbox, tmp_path: Path, signals: int, number: signal.Signals
) -> None:
    home = tmp_path / "home"
    company = configure_home(home, sandbox.url)
    process = slow_import(home)
    wait_for_bases(company, 5)
    for _ in range(signals):
        process.send_signal(number)
        time.sleep(0.05)
    out, err = process.communicate(timeout=30)
    text = err.decode()
    assert process.returncode == 130, text
    assert "Traceback" not in text
    if signals == 1:
        # Both counts, and true: every basis it finished is in the journal (and marked, the
        # stop being clean), and the rest still wait.
        found = STOPPED.search(text)
        assert found, text
        done, left = int(found[1]), int(found[2])
        assert done == journal_size(company) == out.decode().count(": inläst som ")
        assert done + left == BASES
        with AdministrationStore.open(company) as store:
            assert store.pending_journal_entries() == []
    else:
        assert "Avslutad direkt" in text and "slutför" in text
    assert journal_size(company) < BASES  # it did stop
    env = dict(
        os.environ, TIDWIZARD_HOME=str(home), TIDWIZARD_KEYRING="off", TIDWIZARD_TID_RATE="0"
    )
    again = subprocess.Popen(
        [sys.executable, "-m", "tidwizard", "import", "--yes", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    code, _ = finish(again)
    assert code == 0
    with AdministrationStore.open(company) as store:
        assert_exactly_once(store, marks(sandbox.state.bases(1)), complete=True)
