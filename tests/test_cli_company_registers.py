"""`tidwizard company registers|flag`, in-process: list the "send to Tid" flags, set and clear
them, refuse unknown registers and keys without changing anything, and prepare an export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from support.soak import configure_home
from tidwizard.cli import main as cli_main
from tidwizard.core.admin import AdministrationStore


@pytest.fixture(autouse=True)
def only_the_company_and_export_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        cli_main, "COMMAND_MODULES", ("tidwizard.cli.company", "tidwizard.cli.export")
    )


@pytest.fixture
def company(home_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert cli_main.main(["company", "create", "--demo", "--json"]) == 0
    return Path(json.loads(capsys.readouterr().out)["company"]["path"])


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli_main.main(["company", *args])
    out, err = capsys.readouterr()
    return code, out, err


def flags(path: Path) -> dict[str, dict[str, bool]]:
    with AdministrationStore.open(path) as store:
        return {
            "customers": {str(c.number): c.send_to_tid for c in store.customers()},
            "articles": {a.number: a.send_to_tid for a in store.articles()},
            "projects": {p.code: p.send_to_tid for p in store.projects()},
            "costcenters": {u.code: u.send_to_tid for u in store.result_units()},
        }


def test_registers_json_lists_every_record_with_its_flag(
    company: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "registers", "--json")
    assert code == 0
    shown = json.loads(out)
    assert list(shown) == ["company", "customers", "articles", "projects", "costcenters"]
    assert shown["company"]["name"] == "Demo Konsult AB"
    listed = {
        "customers": {str(c["customerNumber"]): c["sendToTid"] for c in shown["customers"]},
        "articles": {a["articleNumber"]: a["sendToTid"] for a in shown["articles"]},
        "projects": {p["code"]: p["sendToTid"] for p in shown["projects"]},
        "costcenters": {u["code"]: u["sendToTid"] for u in shown["costcenters"]},
    }
    assert listed == flags(company)
    # The demo company has records of both kinds: what Tid gets and what it does not.
    assert listed["customers"]["1009"] is False and listed["customers"]["1008"] is True
    assert listed["articles"]["401"] is False and listed["articles"]["105"] is True


def test_registers_only_and_human_output(company: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "registers", "demo konsult ab", "--only", " costcenters,projects", "--json"
    )
    assert code == 0
    assert list(json.loads(out)) == ["company", "projects", "costcenters"]
    code, out, _ = run(capsys, "registers", str(company))
    assert code == 0
    assert "Kunder (9, till Tid: 8)" in out and "Artiklar (13, till Tid: 12)" in out
    assert any(
        line.split()[:2] == ["1009", "Västerås"] and line.endswith("Nej")
        for line in out.splitlines()
    )
    for lang in ("sv", "en"):
        assert cli_main.main(["--lang", lang, "company", "registers"]) == 0
        assert all(len(line) < 80 for line in capsys.readouterr().out.splitlines())


def test_flag_sets_and_clears_and_says_what_changed(
    company: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "flag", "customers", "1009", "01001")
    assert code == 0
    assert "Kunder som nu skickas till Tid:" in out and "1009    Västerås Elteknik AB" in out
    assert "Kunder som redan var markerade för Tid:" in out and "1001" in out
    assert flags(company)["customers"]["1009"] is True

    code, out, _ = run(capsys, "--lang", "en", "flag", "articles", "105", "101", "--off", "--json")
    assert code == 0
    assert json.loads(out) == {
        "register": "articles",
        "sendToTid": False,
        "changed": ["101", "105"],
        "unchanged": [],
    }
    code, out, _ = run(capsys, "flag", "articles", "105", "--off", "--json")
    assert json.loads(out)["changed"] == [] and json.loads(out)["unchanged"] == ["105"]
    after = flags(company)["articles"]
    assert not after["101"] and not after["105"] and after["102"]


def test_flag_all_of_one_register_only(company: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = flags(company)
    code, out, _ = run(capsys, "flag", "projects", "--all", "--off", "--json")
    assert code == 0
    assert json.loads(out)["changed"] == sorted(before["projects"])
    after = flags(company)
    assert not any(after["projects"].values())
    assert {k: v for k, v in after.items() if k != "projects"} == {
        k: v for k, v in before.items() if k != "projects"
    }
    code, _, _ = run(capsys, "flag", "result_units", "--all", "--company", str(company))
    assert code == 0 and all(flags(company)["costcenters"].values())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("flag", "kunder", "1001"),
            "Okänt register ”kunder”. Välj ett av: customers, articles, projects, costcenters.",
        ),
        (("registers", "--only", "articles,units"), "Okänt register ”units”."),
        (("flag", "articles"), "Ange antingen vilka poster som ska ändras"),
        (("flag", "articles", "101", "--all"), "Ange antingen vilka poster som ska ändras"),
        (
            ("flag", "customers", "1001", "9999", "abc"),
            "Det finns ingen kund med kundnummer 9999. Det finns ingen kund med kundnummer abc. "
            "Inget har ändrats.",
        ),
        (("flag", "costcenters", "10", "50"), "Det finns ingen resultatenhet 50. Inget har"),
        (("flag", "projects", "P-201", "--company", "Okänt AB"), "Okänt AB"),
    ],
)
def test_refusals_change_nothing_and_say_why(
    company: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    before = flags(company)
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.startswith("tidwizard: ") and message in err
    assert flags(company) == before
    code, out, _ = run(capsys, *args, "--json")
    assert code == 2 and message in json.loads(out)["error"]


def test_flags_prepare_the_export(
    home_dir: Path, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_home(home_dir, sandbox.url)
    assert run(capsys, "flag", "customers", "1009")[0] == 0
    assert run(capsys, "flag", "articles", "105", "--off")[0] == 0
    assert cli_main.main(["export", "--dry-run", "--json", "--only", "customers,articles"]) == 0
    plan = json.loads(capsys.readouterr().out)["registers"]
    # 1008 and now 1009 are new in Tid; article 105 is no longer sent.
    assert plan["customers"]["new"] == 2
    assert plan["articles"]["new"] == 0
