"""`tidwizard export` in-process, against the sandbox and a demo company in a configured home."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore, Customer
from tidwizard.core.demo_home import set_up_demo_home
from tidwizard.core.paths import Home


@pytest.fixture
def company(home_dir: Path, sandbox: Any) -> Path:
    """A home set up for the demo Tid company 1 and a demo Administration company."""
    return set_up_demo_home(Home.resolve(home_dir), sandbox.url)


def register_writes(sandbox: Any) -> int:
    """POST and PUT calls to Tid's master-data registers so far."""
    return sum(
        count
        for name, count in sandbox.stats()["requests"].items()
        if name.split()[0] in ("POST", "PUT") and name.split()[1].lower().startswith("/v1/core/")
    )


def export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_again_says_nothing_was_needed(
    company: Path, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = export(capsys, "--lang", "en")
    assert code == 0
    assert "  P-207 Webbshop ullgarn: created in Tid" in out
    assert (
        "Projects: 1 created, 0 updated, 6 unchanged, 0 differ, 0 cannot be sent, 0 failed" in out
    )

    code, out, _ = export(capsys)
    assert code == 0
    assert "Inget att skicka: Tid har redan allt som går att skicka." in out
    assert "Kunder: 0 nya, 0 ändrade, 8 oförändrade" in out
    # Both runs together: one create per new record, nothing more.
    assert register_writes(sandbox) == 4


def test_dry_run_json_shows_the_plan_and_sends_nothing(
    company: Path, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = export(capsys, "--dry-run", "--json", "--only", "articles,customers")
    document = json.loads(out)
    assert code == 0
    assert document["dryRun"] is True and document["created"] == []
    assert list(document["registers"]) == ["customers", "articles"]
    assert document["registers"]["articles"] == {
        "new": 1,
        "changed": 0,
        "unchanged": 11,
        "differs": 0,
        "refused": 0,
    }
    with sandbox.state.lock:
        assert sandbox.state.company(1).articles.by_key("105") is None


def test_refused_records_give_exit_1_with_their_reasons_and_the_rest_is_sent(
    company: Path, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    with AdministrationStore.open(company) as store:
        store.add_customer(Customer(2001, "Kund " + "x" * 60, send_to_tid=True))
        with store.transaction() as conn:
            conn.execute("UPDATE customers SET name = 'Nordvik AB' WHERE number = 1001")
    code, out, _ = export(capsys, "--json", "--lang", "en")
    document = json.loads(out)
    assert code == 1
    assert document["refused"] == [{
        "register": "customers", "key": "2001", "name": "Kund " + "x" * 60,
        "reason": "Too long: the name has 65 characters, but Tid accepts at most 50. "
        "Shorten it in Administration.",
    }]  # fmt: skip
    assert document["differs"] == [{
        "register": "customers", "key": "1001", "name": "Nordvik AB",
        "differences": [{"field": "name", "administration": "Nordvik AB",
                         "tid": "Nordvik Fastigheter AB"}],
    }]  # fmt: skip
    assert {(r["register"], r["key"]) for r in document["created"]} == {
        ("costcenters", "60"),
        ("customers", "1008"),
        ("articles", "105"),
        ("projects", "P-207"),
    }


def test_usage_and_setup_errors_exit_2(home_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = export(capsys, "--only", "customers,kunder", "--lang", "en")
    assert code == 2 and "Unknown register in --only: kunder" in err
    code, out, _ = export(capsys, "--json", "--lang", "en")
    assert code == 2
    assert json.loads(out) == {"error": "tidwizard is not set up yet. Run tidwizard setup first."}
