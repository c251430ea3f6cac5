"""Basis ids Administration cannot keep (a signed 64-bit integer): such a basis fails alone,
naming the field; a command-line id out of range is a usage error. `check`, `--dry-run` and the
import agree on what waits and what becomes of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.bad_input import (
    GOOD,
    assert_nothing_half_written,
    client,
    keep_only,
    no_traceback,
    pending_ids,
    plant,
    work_row,
)
from support.cli import Run, set_up_demo
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.importer import ImportEngine
from tidwizard.core.paths import Home

CONSULTING = work_row("101", "2", "950.00", "1900.00", "Konsultarbete")
HUGE = [2**63, 2**64, 99999999999999999999]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


@pytest.mark.parametrize("huge", HUGE, ids=["2^63", "2^64", "20 digits"])
async def test_a_listed_id_too_large_for_administration_fails_alone(
    sandbox: Any, store: AdministrationStore, huge: int
) -> None:
    plant(sandbox.state, huge, (CONSULTING,))
    keep_only(sandbox.state, {huge, *GOOD})
    async with client(sandbox.url) as tid:
        engine = ImportEngine(tid, store)
        previews = await engine.preview()
        report = await engine.run()

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted(GOOD)
    assert [f.tid_invoice_id for f in report.failed] == [huge]
    assert "”id”" in report.failed[0].error, report.failed[0].error
    # The dry run said the same before.
    assert [(p.tid_invoice_id, p.draft is None) for p in previews if p.draft is None] == [
        (huge, True)
    ]
    assert huge in pending_ids(sandbox.state)
    assert_nothing_half_written(store, set(GOOD))


async def test_an_id_out_of_range_given_to_the_engine_fails_alone(
    sandbox: Any, store: AdministrationStore
) -> None:
    async with client(sandbox.url) as tid:
        report = await ImportEngine(tid, store).run([2**63, 0, *GOOD])

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted(GOOD)
    assert sorted(f.tid_invoice_id for f in report.failed) == [0, 2**63]
    assert_nothing_half_written(store, set(GOOD))


@pytest.fixture
def configured(home_dir: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    set_up_demo(
        Home.resolve(home_dir),
        sandbox.url,
        monkeypatch,
        client_id="ids-login",
        secret="Vb3!ids-hemlis-07",
        import_as="invoice",
    )
    plant(sandbox.state, 2**63, (CONSULTING,))
    keep_only(sandbox.state, {2**63, *GOOD})
    return sandbox


def test_check_dry_run_and_import_agree_on_a_huge_listed_id(configured: Any, run: Run) -> None:
    code, out, err = run("check")
    no_traceback(out, err, as_json=False)
    assert code == 10 and "3" in out, out

    code, out, err = run("import", "--dry-run", "--json")
    dry = no_traceback(out, err, as_json=True)
    assert code == 1
    assert [f["tidInvoiceId"] for f in dry["failed"]] == [2**63]
    assert sorted(i["tidInvoiceId"] for i in dry["imported"]) == sorted(GOOD)

    code, out, err = run("import", "--yes", "--json")
    report = no_traceback(out, err, as_json=True)
    assert code == 1
    assert [f["tidInvoiceId"] for f in report["failed"]] == [2**63]
    assert "”id”" in report["failed"][0]["error"]
    assert sorted(i["tidInvoiceId"] for i in report["imported"]) == sorted(GOOD)

    code, out, err = run("import", "--yes")  # the next run: the same basis fails the same way
    no_traceback(out, err, as_json=False)
    assert code == 1 and str(2**63) in out


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
@pytest.mark.parametrize("given", ["99999999999999999999", "0", "9223372036854775808"])
def test_an_id_option_out_of_range_is_a_usage_error(
    configured: Any, run: Run, given: str, as_json: bool
) -> None:
    argv = ["import", "--yes", "--id", given, *(["--json"] if as_json else [])]
    code, out, err = run(*argv)
    answer = no_traceback(out, err, as_json=as_json)

    assert code == 2
    message = answer["error"] if as_json else err
    assert given in message and "1" in message, message
    assert pending_ids(configured.state) == {2**63, *GOOD}  # nothing was read in
