"""`tidwizard company create|show|list`, run in-process and once as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tidwizard.cli import main as cli_main
from tidwizard.core.admin import AdministrationStore


@pytest.fixture(autouse=True)
def only_the_company_command(monkeypatch: pytest.MonkeyPatch) -> None:
    # In-process tests exercise this command alone, independent of the other commands' modules;
    # the subprocess test below runs the complete program.
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", ("tidwizard.cli.company",))


def run(home: Path, *args: str) -> int:
    return cli_main.main(["--home", str(home), *args])


def test_create_demo_then_show_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "company", "create", "--demo") == 0
    assert "Demo Konsult AB" in capsys.readouterr().out
    assert run(tmp_path, "company", "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert set(shown) == {
        "company",
        "customers",
        "articles",
        "projects",
        "resultUnits",
        "invoices",
        "orders",
        "bookkeepingAccounts",
    }
    assert shown["company"]["organizationNumber"] == "556677-8899"
    assert shown["company"]["edition"] == "2000"
    assert shown["company"]["hasOrders"] is True
    konsult = next(a for a in shown["articles"] if a["articleNumber"] == "101")
    assert konsult["price"] == "950.00"
    assert {u["code"] for u in shown["resultUnits"]} == {"10", "20", "30", "40", "60"}


def test_show_json_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt
    from decimal import Decimal

    from tidwizard.core.admin import Document, DocumentRow, documents

    assert run(tmp_path, "company", "create", "--demo", "--json") == 0
    path = Path(json.loads(capsys.readouterr().out)["company"]["path"])
    with AdministrationStore.open(path) as store, store.transaction() as conn:
        documents.insert_document(
            conn,
            Document(
                type="invoice",
                number=store.next_number(conn, "invoice"),
                customer_number=1004,
                customer_name="Malmö Kaffekompani AB",
                date=dt.date(2026, 11, 30),
                net=Decimal(950),
                vat=Decimal("237.5"),
                rounding=Decimal("0.5"),
                total=Decimal(1188),
                tid_invoice_id=1007,
                project_code="P-204",
                rows=(
                    DocumentRow(
                        1,
                        "article",
                        "Konsulttimme",
                        "101",
                        Decimal(1),
                        "tim",
                        Decimal(950),
                        vat_rate=Decimal(25),
                        net=Decimal(950),
                        vat=Decimal("237.5"),
                    ),
                ),
            ),
        )
    assert run(tmp_path, "company", "show", "demo konsult ab", "--json") == 0
    (shown,) = json.loads(capsys.readouterr().out)["invoices"]
    assert {
        k: shown[k]
        for k in (
            "number",
            "tidInvoiceId",
            "customerNumber",
            "date",
            "net",
            "vat",
            "rounding",
            "total",
        )
    } == {
        "number": 1001,
        "tidInvoiceId": 1007,
        "customerNumber": 1004,
        "date": "2026-11-30",
        "net": "950.00",
        "vat": "237.50",
        "rounding": "0.50",
        "total": "1188.00",
    }
    assert shown["rows"][0]["articleNumber"] == "101"
    assert shown["rows"][0]["quantity"] == "1"
    assert run(tmp_path, "company", "show") == 0
    human = capsys.readouterr().out
    assert "Faktura 1001" in human and "Från fakturaunderlag 1007" in human
    assert "Att betala 1\u00a0188,00" in human


def test_human_output_fits_80_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "company", "create", "--demo") == 0
    for lang in ("sv", "en"):
        assert run(tmp_path, "--lang", lang, "company", "show") == 0
        assert run(tmp_path, "--lang", lang, "company", "list") == 0
    out = capsys.readouterr().out
    assert "Nordvik Fastigheter AB" in out and "Customers (9)" in out
    too_wide = [line for line in out.splitlines() if len(line) > 80 and "/" not in line]
    assert too_wide == []


def test_create_with_options_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "--name",
        "Skärgårdens Båtvarv AB",
        "--orgnr",
        "5567037485",
        "--edition",
        "fakturering",
        "--version",
        "2019.2",
    ]
    code = run(tmp_path, "company", "create", *args)
    assert code == 0
    assert "556703-7485" in capsys.readouterr().out
    assert (tmp_path / "companies" / "skargardens-batvarv-ab.sqlite").is_file()
    assert run(tmp_path, "company", "list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)["companies"]
    assert listed["name"] == "Skärgårdens Båtvarv AB"
    assert listed["edition"] == "fakturering"
    assert listed["programVersion"] == "2019.2"


def test_create_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "company", "create", "--demo") == 0
    assert run(tmp_path, "company", "create", "--demo") == 2
    assert "finns redan" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--name", "X AB", "--orgnr", "556677-8898", "--edition", "500", "--version", "2024.1"],
            "Kontrollsiffran",
        ),
        (["--name", "X AB", "--orgnr", "556677-8899", "--edition", "500"], "--version"),
        (["--demo", "--name", "X AB"], "--name"),
        (
            ["--name", "X AB", "--orgnr", "556677-8899", "--edition", "500", "--version", "nyast"],
            "2024.1",
        ),
    ],
)
def test_create_errors_exit_2_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert run(tmp_path, "company", "create", *args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err
    assert not (tmp_path / "companies" / "x-ab.sqlite").exists()


def test_errors_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "--lang", "en", "company", "show", "--json") == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert "There is no company" in error


def test_show_a_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "company", "create", "--demo") == 0
    assert run(tmp_path, "company", "show", "Okänt AB") == 2
    assert "Okänt AB" in capsys.readouterr().err


def test_list_when_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "company", "list") == 0
    assert "tidwizard company create" in capsys.readouterr().out


def test_company_without_an_action(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "company") == 2
    assert "create, show" in capsys.readouterr().err


def test_create_demo_as_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "TIDWIZARD_HOME": str(tmp_path), "PYTHONPATH": str(Path.cwd())}
    done = subprocess.run(
        [sys.executable, "-m", "tidwizard", "company", "create", "--demo", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    created = json.loads(done.stdout)["company"]
    assert created["name"] == "Demo Konsult AB"
    with AdministrationStore.open(created["path"]) as store:
        assert len(store.customers()) == 9
