"""Bad input that fits the wire but not the books: odd bases planted in the real sandbox.

Each is refused with a reason that names the culprit, or imported exactly as it is; the good
bases beside it still import, and Administration holds no partial document.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from support.bad_input import (
    GOOD,
    assert_nothing_half_written,
    client,
    pending_ids,
    plant,
    work_row,
)
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.importer import ImportEngine, ImportReport, RefusalReason
from tidwizard.sandbox.state import RowSpec

D = Decimal
ODD = 1900
CONSULTING = work_row("101", "2", "950.00", "1900.00", "Konsultarbete")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


async def run(sandbox: Any, store: AdministrationStore, *, create_missing: bool = False):
    async with client(sandbox.url) as tid:
        return await ImportEngine(tid, store).run([ODD, *GOOD], create_missing=create_missing)


def assert_refused(report: ImportReport, reason: RefusalReason, *culprits: str) -> str:
    assert sorted(e.tid_invoice_id for e in report.imported) == sorted(GOOD)
    assert not report.failed, report.failed
    assert [(r.tid_invoice_id, r.refusal.kind) for r in report.refused] == [(ODD, reason)]
    message = report.refused[0].message
    for culprit in culprits:
        assert culprit in message, message
    return message


def document_of(store: AdministrationStore, basis_id: int) -> Any:
    (document,) = [d for d in store.invoices() if d.tid_invoice_id == basis_id]
    return document


async def test_negative_quantity_with_a_positive_sum_is_refused_naming_the_row(
    sandbox: Any, store: AdministrationStore
) -> None:
    plant(sandbox.state, ODD, (work_row("101", "-2", "950.00", "1900.00"),))
    report = await run(sandbox, store)

    assert_refused(report, RefusalReason.ROW_SUM, "1\u00a0900,00", "-1\u00a0900,00")
    assert ODD in pending_ids(sandbox.state)
    assert_nothing_half_written(store, set(GOOD))


async def test_rows_right_but_the_basis_sum_wrong_is_refused(
    sandbox: Any, store: AdministrationStore
) -> None:
    plant(sandbox.state, ODD, (CONSULTING,), basis_sum=D("1900.01"))
    report = await run(sandbox, store)

    assert_refused(report, RefusalReason.SUM_MISMATCH, "1\u00a0900,00", "1\u00a0900,01")
    assert_nothing_half_written(store, set(GOOD))


@pytest.mark.parametrize("number", ["10A7", "١٠٠١", "1001 ", "-1001", "", "1e3"])
async def test_a_customer_number_that_is_not_a_plain_number_is_refused(
    sandbox: Any, store: AdministrationStore, number: str
) -> None:
    plant(sandbox.state, ODD, (CONSULTING,), customer_number=number, customer_name="Kund AB")
    report = await run(sandbox, store, create_missing=True)

    message = assert_refused(report, RefusalReason.CUSTOMER_NUMBER)
    assert f"”{number}”" in message
    assert_nothing_half_written(store, set(GOOD))


async def test_a_customer_number_too_large_for_administration_is_refused(
    sandbox: Any, store: AdministrationStore
) -> None:
    """Administration keeps customer numbers as integers; 24 digits do not fit one."""
    number = "123456789012345678901234"
    plant(sandbox.state, ODD, (CONSULTING,), customer_number=number, customer_name="Stor AB")
    report = await run(sandbox, store, create_missing=True)

    assert_refused(report, RefusalReason.CUSTOMER_NUMBER_TOO_LARGE, number)
    assert not report.created
    assert_nothing_half_written(store, set(GOOD))


async def test_a_new_customer_without_a_name_is_refused_not_half_written(
    sandbox: Any, store: AdministrationStore
) -> None:
    plant(sandbox.state, ODD, (CONSULTING,), customer_number="4711", customer_name="   ")
    report = await run(sandbox, store, create_missing=True)

    assert_refused(report, RefusalReason.CUSTOMER_NAME, "4711")
    assert store.get_customer(4711) is None
    assert_nothing_half_written(store, set(GOOD))


async def test_an_empty_basis_is_refused(sandbox: Any, store: AdministrationStore) -> None:
    """A basis without rows would become an empty invoice of 0 kr that someone must delete."""
    plant(sandbox.state, ODD, ())
    report = await run(sandbox, store)

    assert_refused(report, RefusalReason.NO_ROWS)
    assert ODD in pending_ids(sandbox.state)
    assert_nothing_half_written(store, set(GOOD))


async def test_an_empty_basis_with_a_sum_is_refused_for_the_sum(
    sandbox: Any, store: AdministrationStore
) -> None:
    plant(sandbox.state, ODD, (), basis_sum=D("100.00"))
    report = await run(sandbox, store)

    assert_refused(report, RefusalReason.SUM_MISMATCH, "100,00")


async def test_a_basis_of_5000_rows_imports_exactly(
    sandbox: Any, store: AdministrationStore
) -> None:
    rows = tuple(
        work_row("104", "0.25", "795.00", "198.75", f"Support ärende {n}") for n in range(5000)
    )
    plant(sandbox.state, ODD, rows)
    report = await run(sandbox, store)

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted([ODD, *GOOD])
    document = document_of(store, ODD)
    assert len(document.rows) == 5000
    assert document.net == D("993750.00")  # 5000 x 198.75, to the öre
    assert document.rows[-1].text.endswith("Support ärende 4999")
    assert_nothing_half_written(store, {ODD, *GOOD})


async def test_huge_but_lawful_amounts_and_quantities_import_exactly(
    sandbox: Any, store: AdministrationStore
) -> None:
    rows = (
        work_row("201", "999999999999", "0.50", "499999999999.50"),
        work_row("101", "0.33333333", "3.00", "1.00"),
    )
    plant(sandbox.state, ODD, rows)
    report = await run(sandbox, store)

    assert ODD in {e.tid_invoice_id for e in report.imported}
    document = document_of(store, ODD)
    assert document.net == D("500000000000.50")
    assert [r.quantity for r in document.rows] == [D("999999999999"), D("0.33333333")]
    assert_nothing_half_written(store, {ODD, *GOOD})


LONG = "Lång kommentar:" + " åäö ÅÄÖ" * 25_000  # 200 015 characters


@pytest.mark.parametrize(
    "name",
    ["Åsa Öberg & Söner AB", "Kaffe ☕ & Bullar 🥐 AB", "شركة الرياض", "קפה תל אביב בע״מ"],
    ids=["åäö", "emoji", "arabic", "hebrew"],
)
async def test_unicode_names_and_long_comments_arrive_exactly(
    sandbox: Any, store: AdministrationStore, name: str
) -> None:
    rows = (work_row("101", "2", "950.00", "1900.00", LONG),)
    plant(sandbox.state, ODD, rows, customer_number="4711", customer_name=name)
    report = await run(sandbox, store, create_missing=True)

    assert ODD in {e.tid_invoice_id for e in report.imported}
    customer = store.get_customer(4711)
    assert customer is not None and customer.name == name
    document = document_of(store, ODD)
    assert document.customer_name == name
    same = document.rows[0].text == LONG
    assert same  # (a bool: a diff of 200 000 characters would take minutes)
    assert_nothing_half_written(store, {ODD, *GOOD})


async def test_far_dates_are_kept_as_they_are(sandbox: Any, store: AdministrationStore) -> None:
    import datetime as dt

    plant(sandbox.state, ODD, (CONSULTING,), invoice_date=dt.date(9999, 12, 31))
    report = await run(sandbox, store)

    assert ODD in {e.tid_invoice_id for e in report.imported}
    assert document_of(store, ODD).date == dt.date(9999, 12, 31)


async def test_header_and_sum_rows_with_odd_flags_never_count_twice(
    sandbox: Any, store: AdministrationStore
) -> None:
    """A row flagged both header and sum row carries words only; its amount is not added."""
    odd_row = RowSpec(None, "", "Rubrik och summa", "", D(0), D(0), D(0), D("1900.00"), True, True)
    plant(sandbox.state, ODD, (odd_row, CONSULTING), basis_sum=D("1900.00"))
    report = await run(sandbox, store)

    assert ODD in {e.tid_invoice_id for e in report.imported}
    assert document_of(store, ODD).net == D("1900.00")


def test_the_journal_and_documents_agree_after_every_case(tmp_path: Path) -> None:
    """The helper itself can fail: a document without its journal entry is caught."""
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        conn = sqlite3.connect(company.path)
        conn.execute(
            "INSERT INTO documents (type, number, tid_invoice_id, customer_number, customer_name,"
            " date, net, vat, rounding, total, created_at) VALUES ('invoice', 1, 77, 1001, 'x',"
            " '2026-11-30', '0', '0', '0', '0', '2026-11-30')"
        )
        conn.commit()
        conn.close()
        with pytest.raises(AssertionError):
            assert_nothing_half_written(company, set())
