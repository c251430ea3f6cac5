"""`tidwizard company accounts` and the SIE file's edges, on real company files: no invoices,
changed accounts, the VAT-free rate, a credit invoice's rounding, quotes and characters PC8
lacks, invoices over two calendar years."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from support.cli import Run
from support.sie_reader import SieFile, read_sie
from tidwizard.core.admin import AdministrationStore, Document, DocumentRow, create_demo_company
from tidwizard.core.admin import documents as admin_documents
from tidwizard.core.money import round_to_krona, vat_per_rate


@pytest.fixture
def company(home_dir: Path) -> Path:
    path = home_dir / "companies" / "demo-konsult-ab.sqlite"
    create_demo_company(path).close()
    return path


def add_invoice(
    path: Path,
    day: dt.date,
    rows: list[tuple[int, str]],
    *,
    customer: str = "Nordvik Fastigheter AB",
    kind: str = "invoice",
) -> int:
    """An invoice (or order) of article rows (VAT rate, net), with its totals as the import
    computes them: VAT per rate, öresavrundning for an invoice."""
    net_rows = [(Decimal(rate), Decimal(net)) for rate, net in rows]
    nets: dict[Decimal, Decimal] = {}
    for rate, net in net_rows:
        nets[rate] = nets.get(rate, Decimal(0)) + net
    net = sum(nets.values(), Decimal(0))
    vat = sum(vat_per_rate(nets).values(), Decimal(0))
    total, rounding = round_to_krona(net + vat) if kind == "invoice" else (net + vat, Decimal(0))
    with AdministrationStore.open(path) as store, store.transaction() as conn:
        number = store.next_number(conn, kind)  # type: ignore[arg-type]
        admin_documents.insert_document(
            conn,
            Document(
                type=kind,  # type: ignore[arg-type]
                number=number,
                customer_number=1001,
                customer_name=customer,
                date=day,
                net=net,
                vat=vat,
                rounding=rounding,
                total=total,
                is_credit=total < 0,
                rows=tuple(
                    DocumentRow(
                        i, "article", "Rad", "101", price=row_net, vat_rate=rate, net=row_net
                    )
                    for i, (rate, row_net) in enumerate(net_rows, 1)
                ),
            ),
        )
    return number


def sie(run: Run, path: Path, *options: str) -> SieFile:
    code, _, err = run("company", "sie", "--output", str(path), *options)
    assert code == 0, err
    return read_sie(path.read_bytes())


def test_a_company_without_invoices_gives_a_file_without_verifikationer(
    company: Path, run: Run, tmp_path: Path
) -> None:
    add_invoice(company, dt.date(2026, 5, 4), [(25, "1000.00")], kind="order")
    code, out, _ = run("company", "sie", "--output", str(tmp_path / "empty.se"))
    assert code == 0 and out.startswith("0 fakturor")
    found = read_sie((tmp_path / "empty.se").read_bytes())
    assert found.vouchers == [] and found.fields("#KONTO") == []
    year = dt.date.today().year
    assert found.fields("#RAR") == [["0", f"{year}0101", f"{year}1231"]]
    found = sie(run, tmp_path / "to.se", "--to", "2025-03-31")
    assert found.fields("#RAR") == [["0", "20250101", "20251231"]]


def test_vat_free_rows_rounding_and_a_credit_invoice(
    company: Path, run: Run, tmp_path: Path
) -> None:
    # 25 % on 100.30 is 25.08; 6 % on 10.10 is 0.61; total 136.09 + 0 % 0.10 = 136.19 -> 136
    number = add_invoice(company, dt.date(2026, 3, 2), [(25, "100.30"), (6, "10.10"), (0, "0.10")])
    credit = add_invoice(company, dt.date(2026, 3, 3), [(25, "-100.30")])
    found = {int(v.number): v for v in sie(run, tmp_path / "f.se").vouchers}
    invoice = found[number]
    assert sorted(invoice.transactions) == sorted(
        [
            ("1510", Decimal("136.00")),
            ("3001", Decimal("-100.30")),
            ("2611", Decimal("-25.08")),
            ("3003", Decimal("-10.10")),
            ("2631", Decimal("-0.61")),
            ("3004", Decimal("-0.10")),
            ("3740", Decimal("0.19")),  # rounded down: the 19 öre are a cost
        ]
    )
    # -125.38 rounds to -125: the credit invoice's 38 öre are credited to 3740... reversed.
    assert sorted(found[credit].transactions) == sorted(
        [
            ("1510", Decimal("-125.00")),
            ("3001", Decimal("100.30")),
            ("2611", Decimal("25.08")),
            ("3740", Decimal("-0.38")),
        ]
    )
    assert all(v.balance == 0 for v in found.values())


def test_invoices_over_two_years_have_a_rar_for_each(
    company: Path, run: Run, tmp_path: Path
) -> None:
    add_invoice(company, dt.date(2025, 12, 31), [(25, "100.00")])
    add_invoice(company, dt.date(2026, 1, 1), [(25, "100.00")])
    found = sie(run, tmp_path / "f.se")
    assert found.fields("#RAR") == [["0", "20260101", "20261231"], ["-1", "20250101", "20251231"]]
    assert [v.date.year for v in found.vouchers] == [2025, 2026]


def test_quotes_swedish_letters_and_characters_pc8_lacks(
    company: Path, run: Run, tmp_path: Path
) -> None:
    name = 'Åsa "Bästa" Öberg\\€ AB\nrad två'
    add_invoice(company, dt.date(2026, 3, 2), [(25, "100.00")], customer=name)
    path = tmp_path / "f.se"
    (voucher,) = sie(run, path).vouchers
    assert voucher.text == 'Faktura 1001 Åsa "Bästa" Öberg?? AB rad två'
    data = path.read_bytes()
    assert b'\x8fsa \\"B\x84sta\\" \x99berg?? AB rad tv\x86' in data


def test_changed_accounts_are_kept_in_the_company_file_and_booked(
    company: Path, run: Run, tmp_path: Path
) -> None:
    add_invoice(company, dt.date(2026, 3, 2), [(25, "100.00")])
    code, out, _ = run("company", "accounts", "--set", "receivables=1511", "--set", "vat-25=2610")
    assert code == 0 and "1511" in out and "2610" in out
    found = sie(run, tmp_path / "f.se")
    assert [account for account, _ in found.vouchers[0].transactions] == ["1511", "3001", "2610"]
    assert ["1511", "Kundfordringar"] in found.fields("#KONTO")
    assert "1510" not in {fields[0] for fields in found.fields("#KONTO")}

    code, out, _ = run("company", "accounts", "--reset", "receivables", "--json")
    accounts = {a["role"]: a for a in json.loads(out)["accounts"]}
    assert accounts["receivables"] == {
        "role": "receivables",
        "account": "1510",
        "bas": "1510",
        "name": "Kundfordringar",
        "changed": False,
    }
    assert accounts["vat-25"]["account"] == "2610" and accounts["vat-25"]["changed"]
    code, out, _ = run("company", "show", "--json")
    assert {a["role"]: a["account"] for a in json.loads(out)["bookkeepingAccounts"]}[
        "vat-25"
    ] == "2610"
    code, out, _ = run("company", "show")
    assert "vat-25" in out and "2610" in out


@pytest.mark.parametrize(
    ("option", "words"),
    [
        (["--set", "receivables=15100"], ["15100", "fyra siffror"]),
        (["--set", "receivables=9999"], ["9999"]),
        (["--set", "receivables"], ["ROLL=KONTO"]),
        (["--set", "debtors=1511"], ["debtors", "receivables"]),
        (["--reset", "debtors"], ["debtors"]),
    ],
)
def test_a_wrong_role_or_account_changes_nothing_and_exits_2(
    company: Path, run: Run, option: list[str], words: list[str]
) -> None:
    code, _, err = run("company", "accounts", "--set", "rounding=3741", *option)
    assert code == 2
    assert all(word in err for word in words)
    with AdministrationStore.open(company) as store:
        assert store.changed_accounts() == {}
