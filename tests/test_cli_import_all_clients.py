"""`tidwizard import --all-clients` and `check --all-clients` through the real command line, each
client on its own Tid company of a real sandbox on loopback (tests/support/all_clients.py)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from support.all_clients import (
    add_client,
    client_name,
    home_with_clients,
    tid_companies,
)
from support.cli import Run, cli_runner
from support.company_file import locked_by_another_program, short_busy_timeout
from support.soak import journal_size, marks
from tidwizard.core.admin import AdministrationStore
from tidwizard.core.clients import Clients
from tidwizard.core.demo_data import sandbox_credentials
from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings

SEED = 50  # bases waiting at each client
__all__ = ["short_busy_timeout"]  # a fixture


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    return cli_runner(capsys, monkeypatch)


def import_json(run: Run, *options: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code, out, _ = run("import", "--all-clients", "--yes", "--create-missing", "--json", *options)
    return code, json.loads(out)


def by_client(document: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {entry["client"]: entry for entry in document["clients"]}


def documents_per_basis(path: Path) -> Counter[int]:
    with AdministrationStore.open(path) as store:
        return Counter(document.tid_invoice_id for document in store.invoices())


@pytest.mark.parametrize("jobs", ["32", "1"])
def test_a_wrong_secret_stops_only_its_client_and_a_second_run_completes_it(
    tid_profile: str, home_dir: Path, run: Run, jobs: str
) -> None:
    """The issue's must-hold, on both profiles, and --jobs 1 gives the same result."""
    with tid_companies(3, seed=SEED, profile=tid_profile) as companies:
        home, files = home_with_clients(home_dir, companies)
        wrong = Clients(home).choose(client_name(2))
        secrets = SecretStore(home)
        secrets.set(wrong.settings.secret_key, "not-the-secret")

        code, first = import_json(run, "--jobs", jobs)
        assert code == 1
        rows = by_client(first)
        assert list(rows) == [client_name(1), client_name(2), client_name(3)]
        assert rows[client_name(2)]["error"] == t("tid.error.invalid_credentials")
        for k in (1, 3):
            assert len(rows[client_name(k)]["imported"]) == SEED
            assert not rows[client_name(k)]["refused"] and not rows[client_name(k)]["failed"]
        assert first["total"]["readInNow"] == 2 * SEED
        assert first["total"]["clientsFailed"] == 1
        assert documents_per_basis(files[1]) == Counter()

        secrets.set(wrong.settings.secret_key, sandbox_credentials(2)[1])
        code, second = import_json(run, "--jobs", jobs)
        assert code == 0
        rows = by_client(second)
        assert len(rows[client_name(2)]["imported"]) == SEED
        assert not rows[client_name(1)]["imported"] and not rows[client_name(3)]["imported"]
        for path in files:  # every client's every basis exactly once
            per_basis = documents_per_basis(path)
            assert len(per_basis) == SEED and set(per_basis.values()) == {1}


def test_the_summary_has_a_row_per_client_with_number_ranges_and_a_total(
    home_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each client's own stored secret is used: TIDWIZARD_SECRET does not override it."""
    monkeypatch.setenv("TIDWIZARD_SECRET", "wrong-for-everyone")
    with tid_companies(2, seed=5) as companies:
        home_with_clients(home_dir, companies)
        code, out, err = run("check", "--all-clients")
        assert code == 10, err
        lines = out.splitlines()
        assert lines[0].startswith(client_name(1)) and lines[0].endswith(
            t("cli.check.many_waiting", count=5)
        )
        assert lines[-1] == t("allclients.check.total", waiting=10, clients="2 klienter")

        code, out, err = run("import", "--all-clients", "--yes")
        assert code == 0, err
        table = out.splitlines()
        assert table[0].split() == ["Klient", "Inlästa", "Nekade", "Misslyckade", "Nummer"]
        assert table[1].split() == [client_name(1), "5", "0", "0", "1001–1005"]
        assert table[2].split() == [client_name(2), "5", "0", "0", "1001–1005"]
        assert table[3].split() == ["Totalt", "10", "0", "0"]

        code, out, _ = run("check", "--all-clients")
        assert code == 0 and out.splitlines()[0].endswith(t("cli.check.none_waiting"))


def test_an_unreachable_service_is_its_clients_row_and_temporary(home_dir: Path, run: Run) -> None:
    with tid_companies(1, seed=3) as companies:
        home, _ = home_with_clients(home_dir, companies)
        add_client(home, "borta", companies[0], url="http://127.0.0.1:9")  # nothing listens
        code, report = import_json(run)
        rows = by_client(report)
        assert rows["borta"]["temporary"] is True and rows["borta"]["error"]
        assert len(rows[client_name(1)]["imported"]) == 3
        assert code == 75  # nothing refused, and the one failure may pass by itself

        code, out, _ = run("check", "--all-clients")
        assert code == 75 and "borta" in out


def test_a_client_not_set_up_is_its_row_and_the_others_import(home_dir: Path, run: Run) -> None:
    with tid_companies(1, seed=3) as companies:
        home, _ = home_with_clients(home_dir, companies)
        Clients(home).save("halvfärdig", Settings(client_id="ap_1"))
        code, report = import_json(run)
        rows = by_client(report)
        assert rows["halvfärdig"]["error"] == t("export.cli.not_set_up")
        assert len(rows[client_name(1)]["imported"]) == 3
        assert code == 1

        code, out, _ = run("check", "--all-clients")
        assert code == 2 and "halvfärdig" in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["import", "--all-clients", "--json"], "--yes"),
        (["import", "--all-clients", "--yes", "--json", "--id", "1001"], "--id"),
        (["import", "--yes", "--json", "--jobs", "2"], "--jobs"),
    ],
)
def test_usage_errors_exit_2(home_dir: Path, run: Run, argv: list[str], needle: str) -> None:
    home = Home.resolve(home_dir)
    home.ensure()
    code, out, _ = run(*argv)
    assert code == 2 and needle in json.loads(out)["error"]


def test_a_home_without_clients_has_nothing_to_run(home_dir: Path, run: Run) -> None:
    Home.resolve(home_dir).ensure()
    for argv in (["check"], ["import", "--yes"]):
        code, out, err = run(*argv, "--all-clients")
        assert code == 2 and out == "" and t("allclients.none") in err


@pytest.mark.usefixtures("short_busy_timeout")
def test_a_locked_company_file_is_its_clients_row_and_the_others_import(
    home_dir: Path, run: Run
) -> None:
    with tid_companies(2, seed=3) as companies:
        _, files = home_with_clients(home_dir, companies)
        with locked_by_another_program(files[0], what="everything"):
            code, report = import_json(run)
        rows = by_client(report)
        assert rows[client_name(1)]["temporary"] is True
        assert str(files[0]) in rows[client_name(1)]["error"]
        assert len(rows[client_name(2)]["imported"]) == 3
        assert code == 75
        assert documents_per_basis(files[0]) == Counter()


def test_sigterm_stops_every_client_after_the_basis_in_hand_and_says_what_waits(
    home_dir: Path,
) -> None:
    bases = 60
    with tid_companies(2, seed=bases) as companies:
        _, files = home_with_clients(home_dir, companies)
        env = dict(
            os.environ,
            TIDWIZARD_HOME=str(home_dir),
            TIDWIZARD_TID_RATE="20",  # about 10 bases a second per client
            TIDWIZARD_LANG="sv",
        )
        process = subprocess.Popen(
            [sys.executable, "-m", "tidwizard", "import", "--all-clients", "--yes"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while min(journal_size(path) for path in files) < 3:
            assert time.monotonic() < deadline, "the import made no progress"
            time.sleep(0.01)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
        text = err.decode()
        assert process.returncode == 130, text
        assert "Traceback" not in text
        lefts = []
        for k, path in enumerate(files, start=1):
            found = re.search(rf"^{client_name(k)}: {STOPPED}", text, re.MULTILINE)
            assert found, text
            done, left = int(found[1]), int(found[2])
            assert done == journal_size(path) and done + left == bases
            assert left > 0  # it did stop
            lefts.append(left)
            with AdministrationStore.open(path) as store:
                assert store.pending_journal_entries() == []  # a clean stop: all marked

        code, report = import_json_process(home_dir)
        assert code == 0 and report["total"]["readInNow"] == sum(lefts)
        for path in files:
            per_basis = documents_per_basis(path)
            assert len(per_basis) == bases and set(per_basis.values()) == {1}


STOPPED = r"Stoppad efter (\d+) underlag; (\d+) väntar kvar\."


def import_json_process(home_dir: Path) -> tuple[int, dict]:  # type: ignore[type-arg]
    env = dict(os.environ, TIDWIZARD_HOME=str(home_dir), TIDWIZARD_TID_RATE="0")
    done = subprocess.run(
        [sys.executable, "-m", "tidwizard", "import", "--all-clients", "--yes", "--json"],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    return done.returncode, json.loads(done.stdout)


def test_a_dry_run_of_every_client_writes_nothing_and_says_what_each_would_do(
    home_dir: Path, run: Run
) -> None:
    with tid_companies(2, seed="demo") as companies:
        _, files = home_with_clients(home_dir, companies)
        before = [marks(company.bases()) for company in companies]
        code, out, _ = run("import", "--all-clients", "--dry-run", "--json")
        assert code == 1  # the demo has bases that are refused
        rows = by_client(json.loads(out))
        for company, path in zip(companies, files, strict=True):
            row = rows[client_name(company.number)]
            waiting = [basis for basis in company.bases() if not basis.transferred]
            assert row["dryRun"] is True
            assert len(row["imported"]) + len(row["refused"]) == len(waiting)
            assert all(entry["number"] is None for entry in row["imported"])
            assert documents_per_basis(path) == Counter()
        assert rows[client_name(1)]["refused"]  # the demo's own refused bases
        assert [marks(company.bases()) for company in companies] == before


def test_each_client_says_when_it_is_done_while_the_others_run(
    tid_profile: str, home_dir: Path, run: Run
) -> None:
    # A run of many clients takes minutes at Tid's 4 requests a second: each client's line
    # comes on stderr as it ends, the table on stdout at the end (the same as ever).
    with tid_companies(2, seed=3, profile=tid_profile) as companies:
        home, _ = home_with_clients(home_dir, companies)
        Clients(home).save("halvfärdig", Settings(client_id="ap_1"))
        code, out, err = run("import", "--all-clients", "--yes")
        assert code == 1
        done = sorted(err.splitlines())
        assert done == sorted(
            [
                f"{client_name(1)}: " + t("allclients.done", imported=3, refused=0, failed=0),
                f"{client_name(2)}: " + t("allclients.done", imported=3, refused=0, failed=0),
                f"halvfärdig: {t('export.cli.not_set_up')}",
            ]
        ), err
        assert out.splitlines()[0].split()[0] == "Klient"

        _, _, err = run("import", "--all-clients", "--yes", "--json")
        assert err == ""  # --json: the document alone
