"""Shared by the exactly-once tests and the soak tests: a configured home, the import as a real
process, killing it, and the checks a user (or their accountant) would make afterwards.

The soak size comes from ``TIDWIZARD_SOAK_SCALE``: ``short`` (default, for CI), ``long`` (what
``scripts/soak.py`` runs) or ``BASES,KILLS``. Every soak scenario runs once per sandbox profile
(contract and public), each at that size. With ``TIDWIZARD_SOAK_REPORT=FILE`` each soak
scenario appends one JSON line of what happened, for the script's summary.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tidwizard.core.admin import AdministrationStore
from tidwizard.core.demo_home import set_up_demo_home
from tidwizard.core.importer.killpoints import KILL_ENV
from tidwizard.core.paths import Home
from tidwizard.core.wire import InvoiceBasis

SCALE_ENV = "TIDWIZARD_SOAK_SCALE"
REPORT_ENV = "TIDWIZARD_SOAK_REPORT"
PROCESS_TIMEOUT = 180.0  # seconds: a hung import is a failure, not a stuck CI run


@dataclass(frozen=True)
class SoakScale:
    bases: int
    kills: int


# Per profile: the short form ran 8 kills on one profile; 4 on each keeps CI's time.
SCALES = {"short": SoakScale(60, 4), "long": SoakScale(500, 50)}


def soak_scale() -> SoakScale:
    text = os.environ.get(SCALE_ENV, "short").strip().lower() or "short"
    if text in SCALES:
        return SCALES[text]
    bases, _, kills = text.partition(",")
    try:
        scale = SoakScale(int(bases), int(kills))
    except ValueError:
        raise ValueError(f"{SCALE_ENV}={text!r}: use short, long or BASES,KILLS") from None
    if scale.bases < 1 or scale.kills < 0:
        raise ValueError(f"{SCALE_ENV}={text!r}: need at least one basis")
    return scale


def report_scenario(name: str, **facts: Any) -> None:
    """One JSON line for scripts/soak.py's summary (nothing without ``TIDWIZARD_SOAK_REPORT``)."""
    target = os.environ.get(REPORT_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"scenario": name, **facts}) + "\n")


def configure_home(home_dir: Path, tid_url: str) -> Path:
    """A home set up as `setup --yes` would: the demo company, settings and the secret.
    Returns the company file."""
    return set_up_demo_home(Home.resolve(home_dir), tid_url)


def import_process(
    home: Path, kill_at: str | None = None, *options: str
) -> subprocess.Popen[bytes]:
    """``python -m tidwizard import --yes --json [OPTIONS]`` against ``home``, without a rate
    limit; ``kill_at`` (``point:n``) makes it SIGKILL itself there."""
    env = dict(
        os.environ, TIDWIZARD_HOME=str(home), TIDWIZARD_KEYRING="off", TIDWIZARD_TID_RATE="0"
    )
    env.pop(KILL_ENV, None)
    if kill_at is not None:
        env[KILL_ENV] = kill_at
    return subprocess.Popen(
        [sys.executable, "-m", "tidwizard", "import", "--yes", "--json", *options],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def journal_size(path: Path | Sequence[Path]) -> int:
    """How many bases the company's import journal holds (the companies' together), read
    without disturbing the writer."""
    if not isinstance(path, Path):
        return sum(journal_size(one) for one in path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return int(conn.execute("SELECT count(*) FROM import_journal").fetchone()[0])
    finally:
        conn.close()


def kill_after_progress(
    process: subprocess.Popen[bytes], path: Path | Sequence[Path], progress: int, jitter: float
) -> bool:
    """SIGKILL ``process`` once ``progress`` more bases are journalled (in ``path``, or in the
    company files together), ``jitter`` seconds later (so the kill lands anywhere in a basis's
    protocol). False when it finished first."""
    start = journal_size(path)
    deadline = time.monotonic() + PROCESS_TIMEOUT
    while process.poll() is None and journal_size(path) < start + progress:
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError("the import made no progress")
        time.sleep(0.005)
    time.sleep(jitter)
    if process.poll() is not None:
        process.communicate()
        return False
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=PROCESS_TIMEOUT)
    return process.returncode == -signal.SIGKILL


def finish(process: subprocess.Popen[bytes]) -> tuple[int, dict[str, Any]]:
    """Wait for an import; its exit code and JSON report (stderr shown when it is not JSON)."""
    out, err = process.communicate(timeout=PROCESS_TIMEOUT)
    try:
        return process.returncode, json.loads(out)
    except ValueError:
        raise AssertionError(f"exit {process.returncode}: {err.decode()[-3000:]}") from None


def marks(bases: Iterable[InvoiceBasis]) -> dict[int, str | None]:
    """Tid's view: each basis id with the economySystemInvoiceNumber it is marked with."""
    return {b.id: b.economy_system_invoice_number for b in bases}


def assert_exactly_once(
    store: AdministrationStore, marked: Mapping[int, str | None], *, complete: bool
) -> None:
    """What a user would check: no basis twice, no number twice, Tid and Administration agree.

    While runs are being killed a document may still wait for its confirmation; ``complete``
    demands that every basis is in, marked in Tid with its number, and nothing is pending.
    """
    documents = store.invoices() + store.orders()
    per_basis = Counter(d.tid_invoice_id for d in documents)
    assert max(per_basis.values(), default=1) == 1, per_basis.most_common(3)
    for kind in ("invoice", "order"):
        numbers = sorted(d.number for d in documents if d.type == kind)
        assert len(numbers) == len(set(numbers)), f"{kind} numbers repeat"
        # A killed transaction gives its number back: the series has no holes either.
        if numbers:
            assert numbers == list(range(numbers[0], numbers[0] + len(numbers))), f"{kind} gap"
    unconfirmed = {e.tid_invoice_id for e in store.pending_journal_entries()}
    for document in documents:
        if document.tid_invoice_id not in unconfirmed:
            assert marked[document.tid_invoice_id] == str(document.number), document.tid_invoice_id
    # Tid never knows a number Administration does not have.
    numbers_by_basis = {d.tid_invoice_id: str(d.number) for d in documents}
    for basis_id, number in marked.items():
        assert number is None or numbers_by_basis.get(basis_id) == number, basis_id
    if complete:
        assert set(per_basis) == set(marked), set(marked) ^ set(per_basis)
        assert all(number is not None for number in marked.values())
        assert not unconfirmed, sorted(unconfirmed)
