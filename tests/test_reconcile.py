"""The guard on every import and `tidwizard reconcile`, through the real command line against the
sandbox on both profiles (issue 15, items 3 and 4).

Must hold: copy a company file, import, put the copy back: the next import refuses to write and
names reconcile; `reconcile --json` lists exactly the bases the copy lacks; `--repair --reimport
<those ids>` brings the file back to one document per transferred basis.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from support.cli import set_up_home
from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.clients import Clients
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings, load_settings


@pytest.fixture
def company(profile_sandbox: object, home_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    monkeypatch.setenv("TIDWIZARD_HOME", str(home_dir))
    return set_up_home(home_dir, profile_sandbox.url)  # type: ignore[attr-defined]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    """`tidwizard ARGV... --json`: the exit code, the JSON document, and stderr."""
    code = main([*argv, "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def tid_numbers(sandbox: object) -> dict[int, str | None]:
    """Every basis of Tid company 1 and the number Tid records for it."""
    bases = sandbox.state.bases(1)  # type: ignore[attr-defined]
    return {basis.id: basis.economy_system_invoice_number for basis in bases}


def documents_by_basis(path: Path) -> dict[int, list[int]]:
    with AdministrationStore.open(path) as store:
        found: dict[int, list[int]] = {}
        for document in store.invoices() + store.orders():
            assert document.tid_invoice_id is not None
            found.setdefault(document.tid_invoice_id, []).append(document.number)
    return found


def put_back(copy: Path, path: Path) -> None:
    """As a user restores a backup: the file replaced whole, SQLite's side files gone."""
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    shutil.copyfile(copy, path)


def test_a_restored_backup_stops_the_import_and_reconcile_repairs_it(
    company: Path,
    profile_sandbox: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(company, backup)
    code, report, _ = run(capsys, "import", "--yes")
    assert code == 1  # the demo's refused bases
    imported = {item["tidInvoiceId"] for item in report["imported"]}
    assert imported
    before = tid_numbers(profile_sandbox)

    put_back(backup, company)
    code, answer, _ = run(capsys, "import", "--yes")
    assert code == 2
    assert "tidwizard reconcile" in answer["error"]
    assert documents_by_basis(company) == {}  # nothing written
    assert tid_numbers(profile_sandbox) == before  # nothing marked

    code, found, _ = run(capsys, "reconcile")
    assert code == 1
    assert {f["kind"] for f in found["findings"]} == {"missing_here"}
    assert {f["tidInvoiceId"] for f in found["findings"]} == imported  # exactly what it lacks
    for finding in found["findings"]:
        assert finding["tidNumber"] == before[finding["tidInvoiceId"]]
        assert finding["repair"] == "reimport_if_asked"

    ids = [str(tid_id) for tid_id in sorted(imported)]
    code, repaired, _ = run(capsys, "reconcile", "--repair", "--reimport", *ids)
    assert code == 0, repaired
    assert {r["tidInvoiceId"] for r in repaired["repairs"]} == imported
    assert {r["state"] for r in repaired["repairs"]} == {"repaired"}
    assert repaired["remaining"] == []
    # One document per transferred basis, under the number Tid records: the two agree again.
    numbers = documents_by_basis(company)
    assert set(numbers) == imported
    assert {tid_id: [int(before[tid_id] or 0)] for tid_id in imported} == numbers
    assert tid_numbers(profile_sandbox) == before

    # The guard lets the next import through, and it makes nothing twice.
    code, again, _ = run(capsys, "import", "--yes")
    assert code == 1 and again["imported"] == []
    assert documents_by_basis(company) == numbers


def test_reading_in_a_later_basis_first_keeps_the_earlier_one_ours(
    company: Path, profile_sandbox: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A re-import under Tid's number must not move where the file's series begins: after the
    second basis the copy lacks is read in again, the first is still listed and can be read in
    under its own number (it was dropped as 'not ours' once the series seemed to begin later)."""
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(company, backup)
    run(capsys, "import", "--yes")
    before = tid_numbers(profile_sandbox)
    put_back(backup, company)
    _, found, _ = run(capsys, "reconcile")
    first, second = sorted(f["tidInvoiceId"] for f in found["findings"])[:2]

    run(capsys, "reconcile", "--repair", "--reimport", str(second))
    _, found, _ = run(capsys, "reconcile")
    assert first in {f["tidInvoiceId"] for f in found["findings"]}
    _, repaired, _ = run(capsys, "reconcile", "--repair", "--reimport", str(first))
    assert {r["tidInvoiceId"]: r["state"] for r in repaired["repairs"]} == {first: "repaired"}
    numbers = documents_by_basis(company)
    assert numbers[first] == [int(before[first] or 0)]
    assert numbers[second] == [int(before[second] or 0)]


def test_another_file_at_the_paired_path_stops_the_import(
    company: Path, profile_sandbox: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(capsys, "import", "--yes", "--id", "1001")
    assert code == 0
    for suffix in ("", "-wal", "-shm"):
        Path(f"{company}{suffix}").unlink(missing_ok=True)
    create_demo_company(company).close()  # the same company, made anew: another identity
    before = tid_numbers(profile_sandbox)
    code, answer, _ = run(capsys, "import", "--yes")
    assert code == 2
    assert "tidwizard reconcile" in answer["error"]
    assert documents_by_basis(company) == {}
    assert tid_numbers(profile_sandbox) == before


def test_a_pairing_without_identity_records_it_on_its_first_import(
    company: Path, home_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = Home.resolve(home_dir)
    assert load_settings(home).company_identity == ""  # saved as before identities existed
    code, _, _ = run(capsys, "import", "--yes", "--id", "1001")
    assert code == 0
    with AdministrationStore.open(company) as store:
        identity = store.identity()
    assert len(identity) == 32
    assert load_settings(home).company_identity == identity


def test_a_lost_mark_is_found_and_repaired(
    company: Path, profile_sandbox: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report, _ = run(capsys, "import", "--yes", "--id", "1001", "1002")
    assert code == 0
    number = str({item["tidInvoiceId"]: item["number"] for item in report["imported"]}[1002])
    state = profile_sandbox.state  # type: ignore[attr-defined]
    with state.lock:  # Tid forgets the mark of 1002
        entry = state.company(1).bases[1002]
        entry.basis = entry.basis.model_copy(
            update={"sent_to_economy_system": None, "economy_system_invoice_number": None}
        )

    code, found, _ = run(capsys, "reconcile")
    assert code == 1
    assert [(f["kind"], f["tidInvoiceId"], f["documentNumber"]) for f in found["findings"]] == [
        ("mark_lost", 1002, int(number))
    ]
    code, repaired, _ = run(capsys, "reconcile", "--repair")
    assert code == 0 and repaired["remaining"] == []
    assert tid_numbers(profile_sandbox)[1002] == number
    assert documents_by_basis(company)[1002] == [int(number)]


def test_a_pending_entry_is_completed(
    company: Path, profile_sandbox: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report, _ = run(capsys, "import", "--yes", "--id", "1003")
    assert code == 0
    number = str(report["imported"][0]["number"])
    with sqlite3.connect(company) as conn:  # as a run killed between the mark and the confirm
        conn.execute(
            "UPDATE import_journal SET state = 'pending', confirmed_at = NULL"
            " WHERE tid_invoice_id = 1003"
        )
    conn.close()

    code, found, _ = run(capsys, "reconcile")
    assert code == 1
    assert [(f["kind"], f["tidInvoiceId"], f["tidNumber"]) for f in found["findings"]] == [
        ("pending", 1003, number)
    ]
    code, repaired, _ = run(capsys, "reconcile", "--repair")
    assert code == 0 and repaired["remaining"] == []
    with AdministrationStore.open(company) as store:
        entry = store.journal_entry(1003)
    assert entry is not None and entry.is_confirmed


def test_reconcile_says_so_when_all_agree(
    company: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--yes"]) == 1
    capsys.readouterr()
    assert main(["reconcile"]) == 0
    out = capsys.readouterr().out
    assert "Tid" in out and "importjournalen" in out  # Swedish: the environment's language


async def test_the_import_screen_says_to_run_reconcile_and_writes_nothing(
    tmp_path: Path, sandbox: object
) -> None:
    from support.import_screen import import_app, line, set_up_home, wait_listed
    from support.waiting import wait_until

    home = set_up_home(tmp_path / "h", sandbox.url)  # type: ignore[attr-defined]
    # Tid shows 1024 read in today as invoice 1001, which this fresh file would hand out next.
    sandbox.state.mark_transferred(1, 1024, dt.date.today(), "1001")  # type: ignore[attr-defined]
    app = import_app(home)
    async with app.run_test(size=(100, 24)) as pilot:
        screen = await wait_listed(pilot)
        await pilot.press("a", "i")
        await wait_until(pilot, lambda: "reconcile" in line(pilot))
        assert screen.phase == "idle"
    path = load_settings(home).administration_path
    assert path is not None
    assert documents_by_basis(path) == {}


def test_all_clients_one_after_another_and_one_failing_does_not_stop_the_others(
    company: Path, home_dir: Path, profile_sandbox: object, capsys: pytest.CaptureFixture[str]
) -> None:
    home = Home.resolve(home_dir)
    second_file = home.companies_dir / "second.sqlite"
    create_demo_company(second_file).close()
    url = profile_sandbox.url  # type: ignore[attr-defined]
    pairing = Settings(
        tid_url=url, client_id="demo", tid_company_id=1, administration_path=second_file
    )
    second = Clients(home).save("second", pairing)  # its secret not saved yet
    assert main(["import", "--yes", "--id", "1001", "--client", "demo-konsult-ab"]) == 0
    capsys.readouterr()

    code, found, _ = run(capsys, "reconcile", "--all-clients")
    assert code == 1
    assert [document["client"] for document in found] == ["demo-konsult-ab", "second"]
    assert found[0]["remaining"] == [] and "error" in found[1]

    SecretStore(home).set(second.settings.secret_key, "demo")
    code, found, _ = run(capsys, "reconcile", "--all-clients")
    # Both files began importing today; 1001 went to the first, so the second lacks it.
    assert code == 1
    assert found[0]["remaining"] == []
    assert [(f["kind"], f["tidInvoiceId"]) for f in found[1]["findings"]] == [
        ("missing_here", 1001)
    ]
    code, mixed, _ = run(capsys, "reconcile", "--all-clients", "--client", "second")
    assert code == 2 and "--client" in mixed["error"]


def test_reimport_asks_for_repair_and_for_yes_without_a_terminal(
    company: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["reconcile", "--reimport", "1001", "--lang", "en"]) == 2
    assert "--reimport needs --repair" in capsys.readouterr().err
    assert main(["reconcile", "--repair", "--reimport", "1001", "--lang", "en"]) == 2
    assert "needs --yes" in capsys.readouterr().err
    assert documents_by_basis(company) == {}
