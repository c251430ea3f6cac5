"""A temporary failure exits 75 (EX_TEMPFAIL) from every command that talks to Tid, so cron can
tell "try later" from "fix your setup" (2) (issue 13, item 16): Tid stopped (nothing listens on
its port any more), or answering 500 to everything after every retry. Wrong credentials stay 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from support.cli import Run, cli_runner, set_up_demo
from tidwizard.cli.common import EXIT_TEMPORARY, EXIT_USAGE
from tidwizard.core.paths import Home
from tidwizard.core.tid import RateLimited, TidHttpError, UntrustedCertificate
from tidwizard.core.tid.errors import ConnectionRefused, InvalidCredentials

CLIENT_ID = "tempfail-login"
SECRET = "Tf7!tempfail-hemlis-75"
COMMANDS = [
    ["import", "--yes"],
    ["import", "--yes", "--json"],
    ["import", "--dry-run"],
    ["export"],
    ["export", "--dry-run", "--json"],
    ["check"],
    ["status"],
    ["status", "--json"],
    ["doctor"],
]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setattr("tidwizard.core.tid.session.backoff_delay", lambda *args: 0.0)
    return cli_runner(capsys, monkeypatch)


@pytest.fixture
def configured(home_dir: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    set_up_demo(
        Home.resolve(home_dir),
        sandbox.url,
        monkeypatch,
        client_id=CLIENT_ID,
        secret=SECRET,
        import_as="invoice",
    )
    return sandbox


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_tid_stopped_exits_75(run: Run, configured: Any, argv: list[str]) -> None:
    configured.stop()
    code, out, err = run(*argv)
    assert code == EXIT_TEMPORARY, out + err
    assert "Traceback" not in err
    if "--json" in argv:
        json.loads(out)


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_tid_answering_500_after_every_retry_exits_75(
    run: Run, configured: Any, argv: list[str]
) -> None:
    configured.set_faults("error=1")
    code, out, err = run(*argv)
    assert code == EXIT_TEMPORARY, out + err


@pytest.mark.parametrize("argv", [["import", "--yes"], ["export"], ["check"], ["status"]])
def test_wrong_credentials_stay_a_setup_error(
    run: Run, configured: Any, monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.setenv("TIDWIZARD_SECRET", "not the secret")
    code, out, err = run(*argv)
    assert code == EXIT_USAGE, out + err


def test_one_property_decides_what_is_temporary() -> None:
    assert ConnectionRefused("http://127.0.0.1:1", "refused").temporary
    assert RateLimited(5).temporary
    assert TidHttpError(503).temporary and not TidHttpError(400).temporary
    assert not InvalidCredentials().temporary
    assert not UntrustedCertificate("https://tid.example.com", "self-signed").temporary


@pytest.mark.parametrize("json_out", [False, True], ids=["text", "json"])
def test_tid_going_away_mid_import_exits_75(
    run: Run, configured: Any, monkeypatch: pytest.MonkeyPatch, json_out: bool
) -> None:
    """Tid answers the listing and the first basis, then 500 to everything after every retry:
    nothing was refused and every failure may pass by itself, so the run says "try later"."""
    from tidwizard.core.tid.client import TidClient

    fetch = TidClient.get_invoice_basis
    fetched: list[int] = []

    async def fetch_then_fail(self: TidClient, basis_id: int) -> Any:
        basis = await fetch(self, basis_id)
        if not fetched:
            configured.set_faults("error=1")  # from now on the real service answers 500
        fetched.append(basis_id)
        return basis

    monkeypatch.setattr(TidClient, "get_invoice_basis", fetch_then_fail)
    two = ["--id", "1001", "--id", "1002"]  # few, since each failure is retried at Tid's rate
    code, out, err = run("import", "--yes", *two, *(["--json"] if json_out else []))
    assert fetched, "the import fetched no basis"
    assert code == EXIT_TEMPORARY, out + err
    if json_out:
        report = json.loads(out)
        assert report["failed"] and not report["refused"]


def test_a_refusal_beside_a_temporary_failure_stays_1(
    run: Run, configured: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Something for the user to fix (a refusal) outweighs "try later"."""
    from tidwizard.cli.common import EXIT_SOME_FAILED
    from tidwizard.core.importer.events import BasisFailed, BasisRefused, ImportReport
    from tidwizard.core.importer.refusal import Refusal, RefusalReason

    report = ImportReport()
    report.record(BasisFailed(1, "Tid answered 500", temporary=True))
    assert report.only_temporary_trouble
    refusal = Refusal(2, RefusalReason.ALREADY_TRANSFERRED, {"number": "7"})
    report.record(BasisRefused(2, refusal))
    assert not report.only_temporary_trouble
    report = ImportReport()
    report.record(BasisFailed(1, "Administration refused a value"))
    assert not report.only_temporary_trouble
    assert EXIT_SOME_FAILED == 1
