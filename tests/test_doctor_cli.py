"""`tidwizard doctor` against the sandbox, on both profiles: what it reports, that it only reads,
and its exit codes."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from support.cli import Run, set_up_demo
from tidwizard.core.paths import Home
from tidwizard.sandbox.server import SandboxConfig, start_sandbox

CLIENT_ID = "doctor-login"
SECRET = "Qx9!doctor-nyckel-42"


@pytest.fixture
def demo_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIDWIZARD_SECRET", "demo")


def doctor_json(run: Run, url: str, *extra: str) -> tuple[int, dict[str, Any]]:
    code, out, err = run("doctor", "--json", "--url", url, "--client-id", "demo", *extra)
    assert err == ""
    return code, json.loads(out)


def by_name(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {finding["name"]: finding for finding in report["findings"]}


def status_of(report: dict[str, Any]) -> dict[str, str]:
    return {name: finding["status"] for name, finding in by_name(report).items()}


# What each profile is (TID-API.md "Sandbox profiles"), as the doctor must see it.
EXPECTED = {
    "contract": {
        "companies": "ok",
        "company": "ok",
        "invoice_filter": "ok",
        "customer_number": "ok",
        "articles_path": "/v1/Core/Articles",
        "waiting": 24,
    },
    "public": {
        "companies": "absent",
        "company": "absent",
        "invoice_filter": "absent",
        "customer_number": "absent",
        "articles_path": "/v1/Admin/Articles",
        "waiting": 24,
    },
}


@pytest.mark.usefixtures("demo_secret")
def test_each_profile_is_reported_as_it_is(
    run: Run, profile_sandbox: Any, tid_profile: str
) -> None:
    code, report = doctor_json(run, profile_sandbox.url)
    expected = EXPECTED[tid_profile]
    assert code == 0 and report["ok"] is True and report["exitCode"] == 0
    statuses = status_of(report)
    for name in ("companies", "company", "invoice_filter", "customer_number"):
        assert statuses[name] == expected[name], name
    for name in ("token", "invoice_list", "invoice_basis", "contacts_by_id", "projects_by_id"):
        assert statuses[name] == "ok", name
    findings = by_name(report)
    assert findings["token"]["facts"]["kind"] == "short"
    assert findings["register_articles"]["facts"]["path"] == expected["articles_path"]
    assert findings["register_costcenters"]["facts"]["path"] == "/v1/Core/CostCenters"
    assert findings["invoice_basis"]["facts"]["rows"] > 0
    assert f"{expected['waiting']} väntar" in findings["invoice_list"]["seen"]
    # A GET cannot tell whether a register takes new records, and the doctor says so.
    assert statuses["writable"] == "unknown"
    assert "rate_limit" not in statuses
    honoured = findings["invoice_filter"]["facts"]["honoured"]
    assert honoured is (tid_profile == "contract")
    if tid_profile == "public":
        assert "skrivs in i guiden" in findings["company"]["meaning"]
        assert "ett extra anrop per kund" in findings["customer_number"]["meaning"]
        assert "100 underlag som någonsin skapats" in findings["invoice_filter"]["meaning"]
    # Few requests: one page of each list and one basis.
    assert report["requests"] <= 16


@pytest.mark.usefixtures("demo_secret")
def test_it_only_reads(run: Run, profile_sandbox: Any) -> None:
    before = {basis.id: basis.sent_to_economy_system for basis in bases_of(profile_sandbox)}
    doctor_json(run, profile_sandbox.url)
    run("doctor", "--url", profile_sandbox.url, "--client-id", "demo")
    stats = profile_sandbox.stats()
    methods = {key.split(" ", 1)[0] for key in stats["requests"]}
    tokens = sum(n for key, n in stats["requests"].items() if key.startswith("POST "))
    assert methods <= {"GET", "POST"}
    assert {key for key in stats["requests"] if key.startswith("POST ")} == {
        "POST /v1/Auth/Token 200"
    }
    # The sandbox counts every POST as a write: here only the token calls, one per run.
    assert stats["writes"] == tokens == 2
    after = {basis.id: basis.sent_to_economy_system for basis in bases_of(profile_sandbox)}
    assert after == before


def bases_of(sandbox: Any) -> list[Any]:
    with sandbox.state.lock:
        return [entry.basis for entry in sandbox.state.company(1).bases.values()]


@pytest.mark.usefixtures("demo_secret")
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_text_fits_80_columns_in_both_languages(
    run: Run, profile_sandbox: Any, tid_profile: str, lang: str
) -> None:
    code, out, err = run(
        "doctor", "--lang", lang, "--url", profile_sandbox.url, "--client-id", "demo"
    )
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0] == ("Tid på " if lang == "sv" else "Tid at ") + profile_sandbox.url
    if lang == "en":
        assert "Everything the import needs works." in out
        assert "nothing was written" in out
        if tid_profile == "public":
            assert "The organisationsnummer will be typed in the wizard" in out
            assert "/v1/Admin/Articles" in out
    else:
        assert "Allt som inläsningen behöver fungerar." in out
        assert ("saknas   Företagsuppgifter" in out) is (tid_profile == "public")


@pytest.mark.usefixtures("demo_secret")
def test_a_static_token_is_told(run: Run) -> None:
    with start_sandbox(SandboxConfig(seed="demo", rate=0, token_ttl=0)) as sandbox:
        code, report = doctor_json(run, sandbox.url)
    assert code == 0
    token = by_name(report)["token"]
    assert token["facts"] == {"kind": "static", "expires": None}
    assert "statisk" in token["seen"] and "401" in token["meaning"]


def test_the_saved_setup_is_probed(
    run: Run, profile_sandbox: Any, home_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = Home.resolve(home_dir)
    set_up_demo(
        home,
        profile_sandbox.url,
        monkeypatch,
        client_id=CLIENT_ID,
        secret=SECRET,
        import_as="invoice",
    )
    code, out, err = run("doctor", "--json")
    assert code == 0, out
    assert json.loads(out)["url"] == profile_sandbox.url
    assert SECRET not in out + err


def test_wrong_credentials_stop_at_the_token(
    run: Run, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIDWIZARD_SECRET", "not-the-secret")
    code, report = doctor_json(run, sandbox.url)
    assert code == 1 and report["ok"] is False
    assert [f["name"] for f in report["findings"]] == ["token"]
    assert report["findings"][0]["status"] == "problem"
    assert "API-applikationen" in report["findings"][0]["seen"]
    assert report["requests"] == 1


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.usefixtures("demo_secret")
def test_an_unreachable_service_exits_75(run: Run) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    code, report = doctor_json(run, url)
    assert code == 75
    assert [f["name"] for f in report["findings"]] == ["service"]
    code, out, _ = run("doctor", "--url", url, "--client-id", "demo")
    assert code == 75 and "Försök igen om en stund." in out


def test_usage_and_setup_errors_exit_2(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run("doctor")
    assert code == 2 and "tidwizard setup" in err  # nothing set up
    code, _, err = run("doctor", "--url", "http://127.0.0.1:1")
    assert code == 2 and "--client-id" in err
    code, _, err = run("doctor", "--url", "http://127.0.0.1:1", "--client-id", "demo")
    assert code == 2 and err  # no secret
    monkeypatch.setenv("TIDWIZARD_SECRET", "demo")
    code, out, _ = run("doctor", "--json", "--url", "http://tid.example.com", "--client-id", "x")
    assert code == 2 and "https://" in json.loads(out)["error"]
