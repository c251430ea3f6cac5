"""What Administration's database would refuse is refused by the rules, with a reason, before
anything is written; yes to creating new records (`--create-missing`, "Ja" on the screen) never
reaches the database's own CHECK. The refusal does not suggest consent where that cannot help."""

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
from tidwizard.core.importer import ImportEngine, RefusalReason
from tidwizard.core.paths import Home
from tidwizard.core.wire import CostCenterRef, ProjectRef

ODD = 1900
CONSULTING = work_row("101", "2", "950.00", "1900.00", "Konsultarbete")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


def blank_project(code: str) -> dict[str, Any]:
    return {"project": ProjectRef.model_construct(id=77, order_number=code, title="Nytt projekt")}


def blank_unit(code: str) -> dict[str, Any]:
    return {"cost_center": CostCenterRef.model_construct(code=code, name="Ny enhet", id=None)}


CASES = [
    (
        "customer 0",
        {"customer_number": "0", "customer_name": "Noll AB"},
        RefusalReason.CUSTOMER_NUMBER_ZERO,
        "0",
    ),
    (
        "customer 000",
        {"customer_number": "000", "customer_name": "Noll AB"},
        RefusalReason.CUSTOMER_NUMBER_ZERO,
        "000",
    ),
    ("empty project code", blank_project(""), RefusalReason.PROJECT_CODE, "Nytt projekt"),
    ("blank project code", blank_project("   "), RefusalReason.PROJECT_CODE, "Nytt projekt"),
    ("empty result unit code", blank_unit(""), RefusalReason.RESULT_UNIT_CODE, "Ny enhet"),
    ("blank result unit code", blank_unit(" \t"), RefusalReason.RESULT_UNIT_CODE, "Ny enhet"),
]


@pytest.mark.parametrize("create_missing", [True, False], ids=["consent", "no consent"])
@pytest.mark.parametrize(
    ("changes", "reason", "culprit"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
async def test_what_the_database_would_refuse_is_refused_by_the_rules(
    sandbox: Any,
    store: AdministrationStore,
    changes: dict[str, Any],
    reason: RefusalReason,
    culprit: str,
    create_missing: bool,
) -> None:
    plant(sandbox.state, ODD, (CONSULTING,), **changes)
    async with client(sandbox.url) as tid:
        engine = ImportEngine(tid, store)
        (preview,) = await engine.preview([ODD])
        report = await engine.run([ODD, *GOOD], create_missing=create_missing)

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted(GOOD)
    assert not report.failed, report.failed
    assert [(r.tid_invoice_id, r.refusal.kind) for r in report.refused] == [(ODD, reason)]
    assert preview.refusal is not None and preview.refusal.kind is reason  # the dry run agrees
    for lang in ("sv", "en"):
        message = report.refused[0].refusal.message(lang)
        assert culprit in message, message
        assert "--create-missing" not in message
    assert not report.created
    assert ODD in pending_ids(sandbox.state)
    assert_nothing_half_written(store, set(GOOD))


def test_create_missing_on_the_command_line_refuses_them_without_a_traceback(
    sandbox: Any, home_dir: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    set_up_demo(
        Home.resolve(home_dir),
        sandbox.url,
        monkeypatch,
        client_id="consent-login",
        secret="Vb3!samtycke-hemlis-13",
        import_as="invoice",
    )
    plant(sandbox.state, 1901, (CONSULTING,), customer_number="0", customer_name="Noll AB")
    plant(sandbox.state, 1902, (CONSULTING,), **blank_project(" "))
    plant(sandbox.state, 1903, (CONSULTING,), **blank_unit(""))
    keep_only(sandbox.state, {1901, 1902, 1903, *GOOD})

    code, out, err = run("import", "--yes", "--create-missing", "--json")
    report = no_traceback(out, err, as_json=True)

    assert code == 1
    assert sorted(i["tidInvoiceId"] for i in report["imported"]) == sorted(GOOD)
    assert sorted(r["tidInvoiceId"] for r in report["refused"]) == [1901, 1902, 1903]
    assert not any(report["created"].values()), report["created"]
