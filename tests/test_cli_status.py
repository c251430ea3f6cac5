"""`tidwizard status [--json]` against the sandbox: settings, token, orgnr match, pending count."""

from __future__ import annotations

import json
import socket
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from support.cli import Run, set_up_demo
from tidwizard.core.demo_home import set_up_demo_home
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import load_settings, save_settings

CLIENT_ID = "status-login"
SECRET = "Qx9!status-hemlis-77"


@pytest.fixture
def configured(home: Home, sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home set up for demo Tid company 1 and the demo Administration company."""
    return set_up_demo(
        home, sandbox.url, monkeypatch, client_id=CLIENT_ID, secret=SECRET, import_as="order"
    )


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_nothing_set_up_is_said_plainly(run: Run) -> None:
    code, out, err = run("status")
    assert code == 2 and err == ""
    assert "inte inställt" in out and "tidwizard setup" in out
    code, out, _ = run("status", "--json")
    assert code == 2
    report = json.loads(out)
    assert report["configured"] is False and report["ok"] is False
    assert report["tid"]["checked"] is False
    assert report["pendingBases"] is None


def test_everything_works(run: Run, sandbox: Any, configured: Path) -> None:
    sandbox.reset(4)  # exactly four waiting invoice bases for company 1
    code, out, err = run("status")
    assert code == 0, out
    for expected in (
        sandbox.url,
        CLIENT_ID,
        "Demo Konsult AB (556677-8899), id 1",
        "Administration 2000 version 2024.1",
        str(configured),
        "ordrar",
        "ja, inloggningen fungerar",
        "samma i Tid och Administration",
        "4 väntar på att läsas in",
        "en privat fil",
    ):
        assert expected in out
    assert SECRET not in out + err


def test_json_report(run: Run, sandbox: Any, home: Home, configured: Path) -> None:
    sandbox.reset(2)
    code, out, err = run("status", "--json")
    assert code == 0
    assert err == ""
    report = json.loads(out)  # one JSON document and nothing else
    assert report["ok"] is True and report["configured"] is True
    assert report["tid"] == {
        "checked": True,
        "reachable": True,
        "tokenOk": True,
        "company": {
            "objectName": "company",
            "id": 1,
            "name": "Demo Konsult AB",
            "organizationNumber": "556677-8899",
        },
    }
    assert report["orgnrMatch"] is True
    assert report["orgnrCheckedBy"] == "tid"
    assert report["settings"]["tidCompany"]["organizationNumberSource"] == "tid"
    assert report["pendingBases"] == 2
    assert report["problems"] == []
    assert report["administration"]["edition"] == "2000"
    assert report["settings"]["importAs"] == "order"
    assert report["settings"]["savedAt"] == load_settings(home).saved_at.isoformat()  # type: ignore[union-attr]
    assert report["secret"] == {"backend": "file", "stored": True, "madePrivateFrom": None}
    assert SECRET not in out


@pytest.fixture
def typed_setup(home: Home, profile_sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Set up where Tid names no company: the credentials' own, the number typed."""
    return set_up_demo(
        home,
        profile_sandbox.url,
        monkeypatch,
        client_id=CLIENT_ID,
        secret=SECRET,
        import_as="invoice",
        typed_orgnr="5566778899",
    )


@pytest.mark.parametrize("tid_profile", ["public"], indirect=True)
def test_a_typed_number_counts_as_set_up_and_says_how_it_was_checked(
    run: Run, typed_setup: Path
) -> None:
    code, out, _ = run("status")
    assert code == 0, out
    for expected in (
        "API-applikationens eget företag (556677-8899)",
        "samma i Tid och Administration",
        "mot numret som skrevs in från Tid",
    ):
        assert expected in out
    code, out, _ = run("status", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True and report["configured"] is True
    assert report["orgnrCheckedBy"] == "typed"
    assert report["tid"]["company"] is None and report["tid"]["tokenOk"] is True
    assert report["settings"]["tidCompany"] == {
        "id": None,
        "name": "",
        "organizationNumber": "556677-8899",
        "organizationNumberSource": "typed",
    }


@pytest.mark.parametrize("tid_profile", ["public"], indirect=True)
def test_a_typed_number_that_no_longer_matches_administration(run: Run, typed_setup: Path) -> None:
    with sqlite3.connect(typed_setup) as conn:
        conn.execute("UPDATE company SET org_number = '559123-4561' WHERE id = 1")
    conn.close()
    code, out, _ = run("status", "--json")
    report = json.loads(out)
    assert code == 2 and report["orgnrMatch"] is False
    assert report["orgnrCheckedBy"] == "typed"
    assert any("som du skrev in" in problem for problem in report["problems"])


def test_wrong_stored_secret(run: Run, home: Home, configured: Path) -> None:
    SecretStore(home).set(CLIENT_ID, "no-longer-valid")
    code, out, _ = run("status", "--json")
    assert code == 2
    report = json.loads(out)
    assert report["tid"]["reachable"] is True and report["tid"]["tokenOk"] is False
    assert report["pendingBases"] is None
    assert any("inloggningsuppgifterna" in problem for problem in report["problems"])
    assert "no-longer-valid" not in out


def test_missing_secret(run: Run, home: Home, configured: Path) -> None:
    SecretStore(home).delete(CLIENT_ID)
    code, out, _ = run("status")
    assert code == 2
    assert "saknas" in out and "TIDWIZARD_SECRET" in out


def test_secret_from_the_environment_is_shown_as_such(
    run: Run, home: Home, configured: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SecretStore(home).delete(CLIENT_ID)
    monkeypatch.setenv("TIDWIZARD_SECRET", SECRET)
    code, out, _ = run("status", "--json")
    assert code == 0
    assert json.loads(out)["secret"] == {"backend": "env", "stored": True, "madePrivateFrom": None}


def test_tid_unreachable(run: Run, home: Home, configured: Path) -> None:
    settings = load_settings(home)
    save_settings(home, replace(settings, tid_url=f"http://127.0.0.1:{closed_port()}"))
    code, out, _ = run("status", "--json")
    assert code == 75  # try later: EX_TEMPFAIL
    report = json.loads(out)
    assert report["tid"]["checked"] is True and report["tid"]["reachable"] is False
    assert report["orgnrMatch"] is None
    assert report["problems"]


def test_orgnr_changed_in_administration(run: Run, configured: Path) -> None:
    with sqlite3.connect(configured) as conn:  # as if edited in Administration's company settings
        conn.execute("UPDATE company SET org_number = '559123-4561' WHERE id = 1")
    code, out, _ = run("status")
    assert code == 2
    assert "skiljer sig mellan Tid och Administration" in out
    assert "Arkiv - Inställningar - Företagsinställningar - Företag" in out


def test_administration_file_gone(run: Run, configured: Path) -> None:
    configured.unlink()
    code, out, _ = run("status", "--json")
    assert code == 2
    report = json.loads(out)
    assert report["administration"] is None
    assert any(str(configured) in problem for problem in report["problems"])


def test_corrupt_settings_file_is_a_message_not_a_traceback(run: Run, home: Home) -> None:
    home.config_dir.mkdir(parents=True)
    home.settings_file.write_text("{broken")
    code, out, err = run("status")
    assert code == 2
    assert str(home.settings_file) in err and "Traceback" not in err
    code, out, _ = run("status", "--json")
    assert code == 2
    assert str(home.settings_file) in json.loads(out)["error"]


def test_language_from_the_settings_and_from_the_flag(
    run: Run, home: Home, configured: Path
) -> None:
    settings = load_settings(home)
    save_settings(home, replace(settings, language="en"))
    assert "the login works" in run("status")[1]
    assert "inloggningen fungerar" in run("status", "--lang", "sv")[1]


@pytest.mark.parametrize("tid_profile", ["public"], indirect=True)
def test_no_number_from_tid_anywhere_is_a_problem_not_all_well(
    run: Run, home: Home, profile_sandbox: Any
) -> None:
    """Settings with a company id but no number from Tid, against a service that shows none: the
    match cannot be told, so the status says what to do and does not call it ready."""
    set_up_demo_home(home, profile_sandbox.url)
    settings = load_settings(home)
    save_settings(home, replace(settings, tid_org_number=""))
    code, out, _ = run("status")
    assert code == 2
    assert "Organisationsnumret kunde inte jämföras" in out and "--tid-orgnr" in out
    assert "Allt är klart" not in out
