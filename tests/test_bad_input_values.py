"""Values that fit the wire but make no invoice: a discount outside 0..100 %, a quantity that
shows as 0,00, a total (VAT included) beyond the money bounds. Each is refused with its reason
in both languages; the bases beside it import. And marks that reorder or break a line (bidi
marks, U+2028/U+2029) in a name from Tid reach no screen and no JSON raw."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
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
from tidwizard.core.i18n import UNSAFE_BEYOND_C0, printable
from tidwizard.core.importer import ImportEngine, RefusalReason
from tidwizard.core.paths import Home

ODD = 1900
MARKS = "\u200e\u200f\u061c\u2028\u2029"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


REFUSED = [
    (
        "discount over 100 %",
        (work_row("101", "2", "950.00", "-380.00", discount="120"),),
        RefusalReason.DISCOUNT,
        ("120",),
    ),
    (
        "negative discount",
        (work_row("101", "2", "950.00", "2090.00", discount="-10"),),
        RefusalReason.DISCOUNT,
        ("-10",),
    ),
    (
        "quantity that shows as 0,00",
        (work_row("101", "0.004", "1000.00", "4.00"),),
        RefusalReason.QUANTITY,
        ("0.004",),
    ),
    (
        "negative quantity that shows as 0,00",
        (work_row("101", "-0.001", "950.00", "-0.95"),),
        RefusalReason.QUANTITY,
        ("-0.001",),
    ),
    (
        "quantity and amount that show as 0,00",
        (work_row("101", "0.001", "1.00", "0.00"),),
        RefusalReason.QUANTITY,
        ("0.001",),
    ),
    (
        "total with VAT beyond the bounds",
        (work_row("101", "1000000000", "950.00", "950000000000.00"),),
        RefusalReason.TOTAL_TOO_LARGE,
        (),
    ),
    (
        "credit beyond the bounds",
        (work_row("101", "-1000000000", "950.00", "-950000000000.00"),),
        RefusalReason.TOTAL_TOO_LARGE,
        (),
    ),
]


@pytest.mark.parametrize(
    ("rows", "reason", "culprits"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED]
)
async def test_values_that_make_no_invoice_are_refused(
    sandbox: Any, store: AdministrationStore, rows: Any, reason: RefusalReason, culprits: Any
) -> None:
    plant(sandbox.state, ODD, rows)
    async with client(sandbox.url) as tid:
        report = await ImportEngine(tid, store).run([ODD, *GOOD])

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted(GOOD)
    assert not report.failed, report.failed
    assert [(r.tid_invoice_id, r.refusal.kind) for r in report.refused] == [(ODD, reason)]
    for lang in ("sv", "en"):
        message = report.refused[0].refusal.message(lang)
        for culprit in culprits:
            assert culprit in message.replace(",", "."), message
    assert ODD in pending_ids(sandbox.state)
    assert_nothing_half_written(store, set(GOOD))


LAWFUL = [
    ("no discount at all", work_row("101", "2", "950.00", "1900.00")),
    ("a discount of 100 %", work_row("101", "2", "950.00", "0.00", discount="100")),
    ("a quantity of 0,005", work_row("101", "0.005", "1000.00", "5.00")),
    ("a quantity of nothing", work_row("101", "0", "950.00", "0.00")),
    ("the largest total", work_row("101", "842105263.15", "950.00", "799999999992.50")),
]


@pytest.mark.parametrize("row", [c[1] for c in LAWFUL], ids=[c[0] for c in LAWFUL])
async def test_the_bounds_themselves_import(
    sandbox: Any, store: AdministrationStore, row: Any
) -> None:
    plant(sandbox.state, ODD, (row,))
    async with client(sandbox.url) as tid:
        report = await ImportEngine(tid, store).run([ODD])

    assert [e.tid_invoice_id for e in report.imported] == [ODD], report.refused
    (document,) = store.invoices()
    assert document.rows[0].quantity == row.value
    assert abs(document.total) < Decimal("1e12")


def test_bidi_marks_and_line_separators_are_written_out() -> None:
    assert {0x200E, 0x200F, 0x061C, 0x2028, 0x2029} <= set(UNSAFE_BEYOND_C0)
    assert printable(f"Kund{MARKS}AB") == "Kund\\u200e\\u200f\\u061c\\u2028\\u2029AB"


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_a_name_with_marks_from_tid_reaches_the_output_written_out(
    sandbox: Any, home_dir: Path, monkeypatch: pytest.MonkeyPatch, run: Run, as_json: bool
) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    set_up_demo(
        Home.resolve(home_dir),
        sandbox.url,
        monkeypatch,
        client_id="marks-login",
        secret="Vb3!tecken-hemlis-17",
        import_as="invoice",
    )
    name = f"Omvänd{MARKS} 0001 kr AB"
    consulting = work_row("101", "2", "950.00", "1900.00", "Arbete\u2028rad två")
    plant(sandbox.state, ODD, (consulting,), customer_number="4711", customer_name=name)
    keep_only(sandbox.state, {ODD, *GOOD})

    consent = ["--json", "--create-missing"] if as_json else []
    code, out, err = run("import", "--dry-run", *consent)
    answer = no_traceback(out, err, as_json=as_json)

    assert not any(chr(c) in out + err for c in (0x200E, 0x200F, 0x061C, 0x2028, 0x2029))
    assert "\\u200f" in out, out
    if as_json:
        assert code == 0
        (customer,) = answer["created"]["customers"]
        assert customer["name"] == name  # escaped in the JSON, read back exactly
    else:
        assert code == 1  # refused: it needs a new customer
        assert "\\u2028" in out  # the message stays on its line
