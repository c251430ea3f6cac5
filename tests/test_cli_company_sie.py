"""`tidwizard company sie` after a real import from the sandbox: the SIE file of the demo
company's invoices balances, and its totals match `company show --json` (issue 15, item 5)."""

from __future__ import annotations

import io
import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from support.cli import Run, set_up_home
from support.sie_reader import SieFile, read_sie
from tidwizard.cli.main import main

RECEIVABLES, ROUNDING = "1510", "3740"
SALES = {Decimal(25): "3001", Decimal(12): "3002", Decimal(6): "3003", Decimal(0): "3004"}
OUTPUT_VAT = {Decimal(25): "2611", Decimal(12): "2621", Decimal(6): "2631"}


@pytest.fixture
def imported(sandbox: object, home_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> dict:  # type: ignore[type-arg]
    """The demo company after `import --yes --create-missing`; gives `company show --json`."""
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    set_up_home(home_dir, sandbox.url)  # type: ignore[attr-defined]
    code, out, _ = run("import", "--yes", "--create-missing", "--json")
    assert code == 1 and json.loads(out)["imported"]  # 1: the bases that must be refused
    code, out, _ = run("company", "show", "--json")
    assert code == 0
    shown: dict = json.loads(out)  # type: ignore[type-arg]
    return shown


def sie_of(run: Run, path: Path, *options: str) -> SieFile:
    code, out, err = run("company", "sie", "--output", str(path), *options)
    assert code == 0, err
    assert str(path) in out
    return read_sie(path.read_bytes())


def test_the_demo_companys_sie_file_balances_and_matches_show_json(
    imported: dict,  # type: ignore[type-arg]
    run: Run,
    tmp_path: Path,
) -> None:
    sie = sie_of(run, tmp_path / "demo.se")
    assert sie.records[0] == ("#FLAGGA", ["0"])
    assert sie.one("#FORMAT") == ["PC8"] and sie.one("#SIETYP") == ["4"]
    assert sie.one("#PROGRAM")[0] == "tidwizard"
    assert sie.one("#ORGNR") == ["556677-8899"] and sie.one("#FNAMN") == ["Demo Konsult AB"]
    assert sie.fields("#RAR") == [["0", "20260101", "20261231"]]

    invoices = imported["invoices"]
    assert len(sie.vouchers) == len(invoices)
    by_number = {int(v.number): v for v in sie.vouchers}
    rates_seen: set[Decimal] = set()
    for invoice in invoices:
        voucher = by_number[invoice["number"]]
        assert voucher.series == "F" and voucher.date.isoformat() == invoice["date"]
        assert voucher.balance == 0
        assert voucher.amount(RECEIVABLES) == Decimal(invoice["total"])
        assert voucher.amount(ROUNDING) == -Decimal(invoice["rounding"])
        net_per_rate: dict[Decimal, Decimal] = defaultdict(Decimal)
        for row in invoice["rows"]:
            if row["kind"] == "article":
                net_per_rate[Decimal(row["vatRate"])] += Decimal(row["net"])
        rates_seen |= set(net_per_rate)
        for rate, net in net_per_rate.items():
            assert voucher.amount(SALES[rate]) == -net
            vat = (net * rate / 100).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
            assert voucher.amount(OUTPUT_VAT[rate]) == -vat
        assert sum(voucher.amount(a) for a in SALES.values()) == -Decimal(invoice["net"])
        assert sum(voucher.amount(a) for a in OUTPUT_VAT.values()) == -Decimal(invoice["vat"])
    assert {Decimal(25), Decimal(12), Decimal(6)} <= rates_seen

    # The credit invoice is booked reversed: kundfordringar credited, sales and VAT debited.
    credits = [i for i in invoices if i["isCredit"]]
    assert credits
    for credit in credits:
        voucher = by_number[credit["number"]]
        assert voucher.amount(RECEIVABLES) < 0 < voucher.amount(SALES[Decimal(25)])
        assert voucher.text.startswith("Kreditfaktura")

    # Every account used is declared, and only those.
    used = {account for v in sie.vouchers for account, _ in v.transactions}
    assert {fields[0] for fields in sie.fields("#KONTO")} == used
    assert ["1510", "Kundfordringar"] in sie.fields("#KONTO")


def test_swedish_names_come_out_in_pc8(imported: dict, run: Run, tmp_path: Path) -> None:  # type: ignore[type-arg]
    path = tmp_path / "demo.se"
    sie_of(run, path)
    data = path.read_bytes()
    name = next(i["customerName"] for i in imported["invoices"] if "ö" in i["customerName"])
    assert name.encode("cp437") in data  # ö is 0x94 in code page 437
    assert "ö".encode() not in data  # not UTF-8


def test_from_and_to_choose_by_invoice_date(imported: dict, run: Run, tmp_path: Path) -> None:  # type: ignore[type-arg]
    october = [i["number"] for i in imported["invoices"] if i["date"].startswith("2026-10")]
    assert october and len(october) < len(imported["invoices"])
    sie = sie_of(run, tmp_path / "oct.se", "--from", "2026-10-01", "--to", "2026-10-31")
    assert sorted(int(v.number) for v in sie.vouchers) == sorted(october)
    sie = sie_of(run, tmp_path / "nov.se", "--from", "2026-11-01")
    assert not {int(v.number) for v in sie.vouchers} & set(october)


def test_without_output_the_file_goes_to_standard_output(
    imported: dict,  # type: ignore[type-arg]
    run: Run,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "demo.se"
    sie_of(run, path)
    out = io.BytesIO()
    monkeypatch.setattr("sys.stdout", io.TextIOWrapper(out, encoding="utf-8"))
    assert main(["company", "sie"]) == 0
    assert out.getvalue() == path.read_bytes()


def test_orders_are_not_booked(
    sandbox: object, home_dir: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    set_up_home(home_dir, sandbox.url)  # type: ignore[attr-defined]
    code, out, _ = run("import", "--yes", "--as", "order", "--id", "1001", "1002", "--json")
    assert code == 0 and {i["type"] for i in json.loads(out)["imported"]} == {"order"}
    sie = sie_of(run, tmp_path / "orders.se")
    assert sie.vouchers == [] and sie.fields("#KONTO") == []
    assert sie.one("#SIETYP") == ["4"]


def test_errors_exit_2_with_a_message(imported: dict, run: Run, tmp_path: Path) -> None:  # type: ignore[type-arg]
    code, _, err = run("company", "sie", "no such company", "--output", str(tmp_path / "x.se"))
    assert code == 2 and "no such company" in err.lower()
    code, _, err = run("company", "sie", "--from", "2026-13-01", "--output", "x.se")
    assert code == 2 and "2026-13-01" in err and "ÅÅÅÅ-MM-DD" in err
    code, _, err = run("company", "sie", "--from", "2026-12-01", "--to", "2026-11-01")
    assert code == 2 and "--from" in err
    code, _, err = run("company", "sie", "--output", str(tmp_path / "no" / "such" / "x.se"))
    assert code == 2 and "x.se" in err
    assert not list(tmp_path.glob("*.se"))
